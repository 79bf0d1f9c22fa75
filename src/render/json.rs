//! JSON lines: one subject finding per line (or one conflict per line for `check`), the
//! same values as the table and the export.

use crate::findings::{Findings, SubjectFinding};

pub fn subjects<'a>(subjects: impl IntoIterator<Item = &'a SubjectFinding>) -> String {
    let mut out = String::new();
    for s in subjects {
        // Serializing plain owned data cannot fail.
        out.push_str(&serde_json::to_string(s).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// One line per conflict, with its subject's key and label; `unflagged_only` for the gate.
pub fn conflicts(findings: &Findings, unflagged_only: bool) -> String {
    let mut out = String::new();
    for (s, g, c) in findings.conflicts() {
        if unflagged_only && c.flag.is_some() {
            continue;
        }
        let line = serde_json::json!({
            "kind": "conflict",
            "code": if c.flag.is_some() { "flagged-conflict" } else { "unflagged-conflict" },
            "id": c.id,
            "subject": s.key,
            "label": s.label,
            "group": g,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}
