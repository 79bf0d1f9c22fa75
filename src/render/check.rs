//! The CI gate's text output (`crosscheck check`): every failing conflict with its claims,
//! citations and quotes; conflicts already present at the `--since` revision in one line
//! each; then stale flags, then one summary line.

use super::{ConflictRef, Gate, Summary, citation, flag_help, stale_help, values};
use rayon::prelude::*;

pub fn render(gate: &Gate) -> String {
    parts(gate).concat()
}

/// [`render`] in consecutive parts, each ending at a line end, for the writer
/// (`output::out_parts`): the failing conflicts, most of the text, a block at a time
/// written on every core, then the rest.
pub fn parts(gate: &Gate) -> Vec<String> {
    let findings = gate.findings;
    let failing: Vec<ConflictRef> = gate.failing().collect();
    let mut parts: Vec<String> = failing
        .par_chunks(256)
        .map(|chunk| {
            let mut out = String::new();
            for c in chunk {
                conflict(&mut out, c);
            }
            out
        })
        .collect();
    let mut out = String::new();
    if let Some(b) = gate.baseline {
        for (s, g, c) in gate.known() {
            out.push_str(&format!(
                "note[unflagged-conflict]: {} ({}): {} was already present at {}; it does not fail the gate\n",
                s.label,
                c.id,
                values(g),
                b.rev
            ));
        }
        if gate.known().next().is_some() {
            out.push('\n');
        }
    }
    let level = if gate.deny_stale { "error" } else { "warning" };
    for f in &findings.stale_flags {
        out.push_str(&format!(
            "{level}[stale-flag]: flag {} matches no current conflict\n  --> {}\n  = help: {}\n\n",
            f.conflict,
            f.location,
            stale_help(f)
        ));
    }
    let summary = Summary::of(findings);
    let since = gate
        .baseline
        .map(|b| format!(" since {}", b.rev))
        .unwrap_or_default();
    let failed = gate.failure_parts(&since, " (--deny-stale)");
    if failed.is_empty() {
        let head = if gate.baseline.is_some() {
            format!("ok: no new unflagged conflict{since}.")
        } else {
            "ok: every conflict is flagged.".to_string()
        };
        out.push_str(&format!("{head} {}\n", summary.line()));
    } else {
        out.push_str(&format!("{}. {}\n", failed.join(", "), summary.line()));
    }
    parts.push(out);
    parts
}

/// One failing conflict: its values, the claims of each cluster with their citations and
/// quotes, and how to flag it.
fn conflict(out: &mut String, (s, g, c): &ConflictRef) {
    out.push_str(&format!(
        "error[unflagged-conflict]: {} ({}): {}\n",
        s.label,
        s.key,
        values(g)
    ));
    out.push_str(&format!("  conflict: {}\n", c.id));
    if let Some(p) = &g.period {
        out.push_str(&format!("  period: {p}\n"));
    }
    for cluster in &g.clusters {
        out.push_str(&format!(
            "  {} ({}):\n",
            cluster.value,
            cluster.support.describe()
        ));
        let compatible = cluster.compatible.iter().map(|c| (c, "compatible: "));
        for (claim, role) in cluster.claims.iter().map(|c| (c, "")).chain(compatible) {
            out.push_str(&format!(
                "    - {role}{}\n      --> {}\n      quote: “{}”\n",
                citation(claim),
                claim.location,
                claim.quote
            ));
        }
    }
    out.push_str(&format!("  = help: {}\n\n", flag_help(&c.id)));
}
