//! `crosscheck export`: every subject, verdict, cluster and citation as YAML (or every
//! claim and subject finding as JSON lines), to standard output or (atomically) to a file
//! outside the facts folder.

use crate::cli::analysis::{analyse_corpus, discard};
use crate::cli::args::{Cli, ExportArgs, ExportFormat};
use crate::cli::atomic;
use crate::cli::error::CliError;
use crate::cli::output::out_parts;
use crate::cli::progress;
use crosscheck::render;
use std::io::Write;
use std::path::Path;

pub fn run(cli: &Cli, args: &ExportArgs) -> Result<(), CliError> {
    let (corpus, mut findings) = analyse_corpus(cli)?;
    {
        let _p = progress::phase("resolve", "resolving", None);
        crosscheck::best::attach(&corpus, &mut findings);
    }
    // Rendered and written a window at a time (`write_parts`): the text is never whole.
    let _p = progress::phase("render", "writing the export", None);
    let written = match &args.output {
        Some(path) => {
            refuse_facts_path(cli, path)?;
            let mut failed = None;
            let staged = atomic::Staged::new(path, |f| {
                let each = |parts: Vec<String>| {
                    (parts.iter())
                        .try_for_each(|p| f.write_all(p.as_bytes()).map_err(Failed::Io))?;
                    start_writeback(f);
                    Ok(())
                };
                write(args, &corpus, &findings, each).map_err(|e| match e {
                    Failed::Io(e) => e,
                    Failed::Cli(_) => std::io::Error::other("the export could not be written"),
                    Failed::Render(e) => {
                        failed = Some(e);
                        std::io::Error::other("the export could not be rendered")
                    }
                })
            });
            if let Some(e) = failed {
                return Err(e.into());
            }
            staged?.commit()?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => {
            let each = |parts: Vec<String>| out_parts(&parts).map_err(Failed::Cli);
            match write(args, &corpus, &findings, each) {
                Ok(()) => Ok(()),
                Err(Failed::Render(e)) => Err(e.into()),
                Err(Failed::Cli(e)) => Err(e),
                Err(Failed::Io(e)) => Err(anyhow::Error::from(e).into()),
            }
        }
    };
    discard((corpus, findings));
    written
}

/// Asks the system to start writing the file's new pages to disk, without waiting: the
/// disk works while the next windows are rendered, and the flush before the file is put
/// in place (`atomic::Staged`, as safe as before) finds little left to write (decision
/// 228).
fn start_writeback(f: &std::fs::File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: a valid open descriptor; offset and length 0 name the whole file. A
        // failure only leaves the writing to the flush.
        unsafe { libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = f;
}

/// Why the export stopped: its text could not be rendered, or not written.
enum Failed {
    Render(crosscheck::yaml::YamlError),
    Io(std::io::Error),
    Cli(CliError),
}

impl From<crosscheck::yaml::YamlError> for Failed {
    fn from(e: crosscheck::yaml::YamlError) -> Failed {
        Failed::Render(e)
    }
}

/// The export in the chosen format, handed to `each` a window of parts at a time.
fn write(
    args: &ExportArgs,
    corpus: &crosscheck::model::Corpus,
    findings: &crosscheck::findings::Findings,
    each: impl FnMut(Vec<String>) -> Result<(), Failed> + Send,
) -> Result<(), Failed> {
    match args.format {
        ExportFormat::Yaml => render::export::write_parts(findings, each),
        ExportFormat::Jsonl => render::json::write_export(corpus, findings, each),
    }
}

/// `export -o` must not overwrite an editor's facts file by accident.
fn refuse_facts_path(cli: &Cli, path: &Path) -> anyhow::Result<()> {
    let facts = cli.facts.canonicalize().ok();
    // The file itself when it exists (a link is judged by where it leads), else its folder.
    let target = path
        .canonicalize()
        .or_else(|_| {
            path.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .canonicalize()
        })
        .ok();
    if let (Some(f), Some(t)) = (facts, target)
        && t.starts_with(&f)
    {
        anyhow::bail!(
            "refusing to write the export inside the facts folder ({}): write it elsewhere and paste the flag entries you want into flags.yaml",
            f.display()
        );
    }
    Ok(())
}
