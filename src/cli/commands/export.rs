//! `crosscheck export`: every subject, verdict, cluster and citation as YAML (or every
//! claim and subject finding as JSON lines), to standard output or (atomically) to a file
//! outside the facts folder.

use crate::cli::analysis::{analyse_corpus, discard};
use crate::cli::args::{Cli, ExportArgs, ExportFormat};
use crate::cli::atomic;
use crate::cli::error::CliError;
use crate::cli::output::out;
use crosscheck::render;
use std::path::Path;

pub fn run(cli: &Cli, args: &ExportArgs) -> Result<(), CliError> {
    let (corpus, mut findings) = analyse_corpus(cli)?;
    crosscheck::best::attach(&corpus, &mut findings);
    let text = match args.format {
        ExportFormat::Yaml => render::export::render(&findings)?,
        ExportFormat::Jsonl => render::json::export(&corpus, &findings),
    };
    let written = match &args.output {
        Some(path) => {
            refuse_facts_path(cli, path)?;
            atomic::write(path, &text)?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => out(&text),
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
