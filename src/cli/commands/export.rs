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
    let text = {
        let _p = progress::phase("render", "writing the export", None);
        match args.format {
            ExportFormat::Yaml => render::export::parts(&findings)?,
            ExportFormat::Jsonl => render::json::export_parts(&corpus, &findings),
        }
    };
    let _p = progress::phase("write", "writing the export", None);
    let written = match &args.output {
        Some(path) => {
            refuse_facts_path(cli, path)?;
            atomic::Staged::new(path, |f| {
                text.iter().try_for_each(|p| f.write_all(p.as_bytes()))
            })?
            .commit()?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => out_parts(&text),
    };
    discard((corpus, findings, text));
    written
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
