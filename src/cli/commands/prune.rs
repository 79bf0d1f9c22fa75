//! `crosscheck prune`: removes stale flags (flags that match no current conflict) from
//! `flags.yaml`, keeping the rest of the file as it is; `--dry-run` only lists them.

use super::flag::read_flags;
use crate::cli::analysis::analyse;
use crate::cli::args::{Cli, PruneArgs};
use crate::cli::atomic;
use crate::cli::error::CliError;
use anyhow::Context;
use crosscheck::flags_edit;
use crosscheck::load::FLAGS_FILE;

pub fn run(cli: &Cli, args: &PruneArgs) -> Result<(), CliError> {
    let findings = analyse(cli)?;
    if findings.stale_flags.is_empty() {
        eprintln!("no stale flags");
        return Ok(());
    }
    for f in &findings.stale_flags {
        eprintln!(
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
        );
    }
    if args.dry_run {
        return Ok(());
    }
    let path = cli.facts.join(FLAGS_FILE);
    let old = read_flags(&path)?;
    let ids: Vec<&str> = findings
        .stale_flags
        .iter()
        .map(|f| f.conflict.as_str())
        .collect();
    let new = flags_edit::remove(&old, &ids)
        .with_context(|| format!("cannot edit {}", path.display()))?;
    atomic::write(&path, &new)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
