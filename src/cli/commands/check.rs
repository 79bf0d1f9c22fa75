//! `crosscheck check`: the CI gate. Fails (exit 2) on unflagged conflicts — with
//! `--since REV`, only on those not present at REV — and with `--deny-stale` on stale
//! flags. A flag carried over to a conflict's new id (claims only joined the clusters its
//! editor reviewed) passes, unless `--strict-flags`: then the conflict counts as
//! unflagged, and a note on standard error says how to record the decision for the new id.
//! Invalid facts (exit 3) are also written to standard output in the format asked for
//! (GitHub annotations, SARIF results, JSON lines, a Markdown list).

use crate::cli::analysis::{conclude, diagnose, discard};
use crate::cli::args::{CheckArgs, CheckFormat, Cli};
use crate::cli::error::CliError;
use crate::cli::output::{out, out_parts};
use crate::cli::since;
use crosscheck::findings::Findings;
use crosscheck::render;

pub fn run(cli: &Cli, args: &CheckArgs) -> Result<(), CliError> {
    let diagnosed = diagnose(cli);
    if diagnosed.findings.is_none() {
        // Invalid facts are reported in the format asked for too, so CI annotates them.
        let d = &diagnosed.diagnostics;
        match args.format {
            CheckFormat::Text => {}
            CheckFormat::Json => out(&render::diagnostics::json_lines(d))?,
            CheckFormat::Github => out(&render::github::diagnostics(d))?,
            CheckFormat::Sarif => out(&render::sarif::diagnostics(d))?,
            CheckFormat::Markdown => out(&render::markdown::diagnostics(d))?,
        }
    }
    // The corpus goes now (freed), not at the end: rendering's output would add to it. It is
    // freed on another core while this one renders (decision 132).
    let (corpus, mut findings) = conclude(cli, diagnosed)?;
    rayon::spawn(move || drop(corpus));
    if args.strict_flags {
        uncarry(&mut findings);
    }
    let baseline = match &args.since {
        Some(rev) => Some(since::baseline(&cli.facts, rev)?),
        None => None,
    };
    // Without a revision, the GitHub annotations go to the claims the working tree
    // changed, when there is one (the other formats do not place annotations).
    let head = match (&baseline, args.format) {
        (None, CheckFormat::Github) => since::head_claims(&cli.facts),
        _ => None,
    };
    let gate = render::Gate {
        findings: &findings,
        baseline: baseline.as_ref(),
        deny_stale: args.deny_stale,
        head: head.as_ref(),
    };
    // The text output in parts, never joined (decision 121), written as they are made
    // (decision 165).
    let parts = match args.format {
        CheckFormat::Text => {
            render::check::stream(&gate, |p: &[String]| out_parts(p))?;
            Vec::new()
        }
        CheckFormat::Json => vec![render::json::conflicts(&gate)],
        CheckFormat::Github => vec![render::github::render(&gate, false)],
        CheckFormat::Sarif => vec![render::sarif::render(&gate, false)],
        CheckFormat::Markdown => vec![render::markdown::check(&gate)],
    };
    out_parts(&parts)?;
    let fails = gate.fails();
    discard((findings, baseline, parts));
    if fails {
        return Err(CliError::Findings);
    }
    Ok(())
}

/// Drops every carried flag (for `--strict-flags`), saying which.
fn uncarry(findings: &mut Findings) {
    for s in &mut findings.subjects {
        for g in &mut s.groups {
            let Some(c) = g.conflict.as_mut() else {
                continue;
            };
            if let Some(carried) = c.flag.as_ref().and_then(|f| f.carried.as_ref()) {
                eprintln!(
                    "note: --strict-flags: {} has no flag of its own (the flag of {} was carried: {}); review it, then `crosscheck flag --carry {} {}`",
                    c.id,
                    carried.from,
                    carried.describe().trim_start_matches("carried: "),
                    carried.from,
                    c.id
                );
                c.flag = None;
            }
        }
    }
}
