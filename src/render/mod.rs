//! Renderers: each turns the one `Findings` value (or a list of diagnostics) into text.
//! They return strings and never print; the binary chooses one with `--format`.

pub mod check;
pub mod diagnostics;
pub mod export;
pub mod json;
pub mod table;

use crate::findings::{Findings, Verdict};

/// Counts shown under the table and at the top of the export.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq, Eq)]
pub struct Summary {
    pub subjects: usize,
    pub conflicts: usize,
    pub unflagged: usize,
    pub agreements: usize,
    pub single_source: usize,
    pub uncompared: usize,
    pub stale_flags: usize,
}

impl Summary {
    pub fn of(f: &Findings) -> Summary {
        let count = |v: Verdict| f.subjects.iter().filter(|s| s.verdict == v).count();
        Summary {
            subjects: f.subjects.len(),
            conflicts: f.conflicts().count(),
            unflagged: f.unflagged().count(),
            agreements: count(Verdict::Agreement),
            single_source: count(Verdict::SingleSource),
            uncompared: count(Verdict::Uncompared),
            stale_flags: f.stale_flags.len(),
        }
    }

    pub fn line(&self) -> String {
        format!(
            "{} subjects: {} conflicts ({} unflagged), {} agreements, {} single-source, {} not comparable in time; {} stale flags",
            self.subjects,
            self.conflicts,
            self.unflagged,
            self.agreements,
            self.single_source,
            self.uncompared,
            self.stale_flags
        )
    }
}

/// One claim's citation on one line: `“910 km” RT, 2021-07 · Taliban [claim-id]`.
pub fn citation(c: &crate::findings::ClaimView) -> String {
    let mut s = format!("“{}” {}, {}", c.value, c.publisher, c.published);
    if let Some(who) = &c.claimant {
        s.push_str(&format!(" · {who}"));
    }
    if let Some(d) = &c.as_of {
        s.push_str(&format!(" (as of {d})"));
    }
    s.push_str(&format!(" [{}]", c.id));
    s
}
