//! `crosscheck prune`: removes stale flags (flags that match no current conflict) from
//! `flags.yaml`, keeping the rest of the file as it is; `--dry-run` only lists them.

use super::flag::rewrite;
use crate::cli::analysis::analyse_flags;
use crate::cli::args::{Cli, PruneArgs};
use crate::cli::error::CliError;
use crate::cli::output;
use crosscheck::flags_edit;
use crosscheck::load::FLAGS_FILE;

pub fn run(cli: &Cli, args: &PruneArgs) -> Result<(), CliError> {
    let (findings, seen) = analyse_flags(cli)?;
    if findings.stale_flags.is_empty() {
        eprintln!("no stale flags");
        return Ok(());
    }
    for f in &findings.stale_flags {
        output::note(&format!(
            "{} {} ({}){}",
            if args.dry_run {
                "would remove"
            } else {
                "removed"
            },
            f.conflict,
            f.location,
            if f.now.is_empty() {
                String::new()
            } else {
                format!(": the subject's conflict is now {}", f.now.join(", "))
            }
        ));
    }
    if args.dry_run {
        return Ok(());
    }
    let path = cli.facts.join(FLAGS_FILE);
    let ids: Vec<&str> = findings
        .stale_flags
        .iter()
        .map(|f| f.conflict.as_str())
        .collect();
    rewrite(&path, &seen, |old| flags_edit::remove(old, &ids))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
