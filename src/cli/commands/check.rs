//! `crosscheck check`: the CI gate. Fails (exit 2) on unflagged conflicts — with
//! `--since REV`, only on those not present at REV — and with `--deny-stale` on stale
//! flags.

use crate::cli::analysis::analyse;
use crate::cli::args::{CheckArgs, CheckFormat, Cli};
use crate::cli::error::CliError;
use crate::cli::output::out;
use crate::cli::since;
use crosscheck::render;

pub fn run(cli: &Cli, args: &CheckArgs) -> Result<(), CliError> {
    let findings = analyse(cli)?;
    let baseline = match &args.since {
        Some(rev) => Some(since::baseline(&cli.facts, rev)?),
        None => None,
    };
    let gate = render::Gate {
        findings: &findings,
        baseline: baseline.as_ref(),
        deny_stale: args.deny_stale,
    };
    let text = match args.format {
        CheckFormat::Text => render::check::render(&gate),
        CheckFormat::Json => render::json::conflicts(&gate),
        CheckFormat::Github => render::github::render(&gate, false),
        CheckFormat::Sarif => render::sarif::render(&gate, false),
        CheckFormat::Markdown => render::markdown::check(&gate),
    };
    out(&text)?;
    if gate.fails() {
        return Err(CliError::Findings);
    }
    Ok(())
}
