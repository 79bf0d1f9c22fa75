//! `crosscheck prune`: removes stale flags (flags that match no current conflict) from
//! `flags.yaml`, keeping the rest of the file as it is; `--dry-run` only lists them.
//!
//! A stale flag whose subject still has a conflict holds a decision that may still apply
//! (its claims changed beyond what carries over by itself): it is kept, with a line saying
//! so and offering `crosscheck flag --carry OLD NEW`, unless `--force` removes it too.

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
    let mut ids: Vec<&str> = Vec::new();
    for f in &findings.stale_flags {
        if !f.now.is_empty() && !args.force {
            output::note(&format!(
                "kept {} ({}): its subject still has the conflict {}; if the decision still holds, `crosscheck flag --carry {} {}`, else `crosscheck prune --force` removes it",
                f.conflict,
                f.location,
                f.now.join(", "),
                f.conflict,
                f.now[0]
            ));
            continue;
        }
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
        ids.push(&f.conflict);
    }
    if args.dry_run || ids.is_empty() {
        return Ok(());
    }
    let path = cli.facts.join(FLAGS_FILE);
    rewrite(&path, &seen, |old| flags_edit::remove(old, &ids))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
