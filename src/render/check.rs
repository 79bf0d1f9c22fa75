//! The CI gate's text output (`crosscheck check`): every failing conflict with its claims,
//! citations and quotes; conflicts already present at the `--since` revision in one line
//! each; then stale flags, then one summary line.

use super::{ConflictRef, Gate, Summary, flag_help, stale_help, values, write_citation};
use rayon::prelude::*;
use std::fmt::Write as _;

pub fn render(gate: &Gate) -> String {
    parts(gate).concat()
}

/// Failing conflicts rendered into one part.
const BLOCK: usize = 256;

/// Parts rendered side by side (on every core) before they are handed on together.
const BATCH: usize = 16;

/// [`render`] in consecutive parts, each ending at a line end, for the writer
/// (`output::out_parts`): the failing conflicts, most of the text, a block at a time
/// written on every core, then the rest.
pub fn parts(gate: &Gate) -> Vec<String> {
    let mut all = Vec::new();
    let _ = stream(gate, |parts: &[String]| {
        all.extend_from_slice(parts);
        Ok::<(), ()>(())
    });
    all
}

/// [`parts`] handed to `emit` in order, a batch of blocks at a time, without holding
/// them all: the next batch is rendered on the other cores while `emit` writes the last
/// (decision 165). The first error of `emit` ends the rendering.
pub fn stream<E: Send>(
    gate: &Gate,
    emit: impl FnMut(&[String]) -> Result<(), E> + Send,
) -> Result<(), E> {
    stream_in(gate, BLOCK, BATCH, emit)
}

/// [`stream`] with `block` conflicts a part and `batch` parts a batch (each at least 1).
pub fn stream_in<E: Send>(
    gate: &Gate,
    block: usize,
    batch: usize,
    mut emit: impl FnMut(&[String]) -> Result<(), E> + Send,
) -> Result<(), E> {
    let (block, batch) = (block.max(1), batch.max(1));
    let failing: Vec<ConflictRef> = gate.failing().collect();
    let mut batches = failing.chunks(block * batch);
    let blocks = |b: &[ConflictRef]| blocks(b, block);
    let mut ready = batches.next().map(blocks).unwrap_or_default();
    loop {
        let next = batches.next();
        let (written, rendered) = rayon::join(|| emit(&ready), || next.map(blocks));
        written?;
        match rendered {
            Some(r) => ready = r,
            None => break,
        }
    }
    emit(&[tail(gate)])
}

/// A batch of failing conflicts, `block` of them rendered into each part on every core.
fn blocks(failing: &[ConflictRef], block: usize) -> Vec<String> {
    failing
        .par_chunks(block)
        .map(|chunk| {
            let mut out = String::new();
            for c in chunk {
                conflict(&mut out, c);
            }
            out
        })
        .collect()
}

/// What follows the failing conflicts: those already present at the baseline, the stale
/// flags and the summary line.
fn tail(gate: &Gate) -> String {
    let findings = gate.findings;
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
    out
}

/// One failing conflict: its values, the claims of each cluster with their citations and
/// quotes, and how to flag it.
fn conflict(out: &mut String, (s, g, c): &ConflictRef) {
    // Written into `out` piece by piece (`write!`), no line made on its own: a failing
    // conflict's text is most of `check`'s output.
    let _ = write!(out, "error[unflagged-conflict]: {} ({}): ", s.label, s.key);
    for (i, k) in g.clusters.iter().enumerate() {
        out.push_str(if i == 0 { "" } else { " vs " }); // as `values`
        out.push_str(&k.value);
    }
    let _ = writeln!(out, "\n  conflict: {}", c.id);
    if let Some(p) = &g.period {
        let _ = writeln!(out, "  period: {p}");
    }
    for cluster in &g.clusters {
        let _ = writeln!(out, "  {} ({}):", cluster.value, cluster.support.describe());
        let compatible = cluster.compatible.iter().map(|c| (c, "compatible: "));
        for (claim, role) in cluster.claims.iter().map(|c| (c, "")).chain(compatible) {
            out.push_str("    - ");
            out.push_str(role);
            write_citation(out, claim);
            let _ = write!(out, "\n      --> {}\n      quote: “", claim.location);
            out.push_str(&claim.quote);
            out.push_str("”\n");
        }
    }
    let _ = write!(out, "  = help: {}\n\n", flag_help(&c.id));
}
