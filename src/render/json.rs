//! JSON lines: one subject finding per line (`report`), or one gate finding per line
//! (`check`: unflagged conflicts, then stale flags); the same values as the table and the
//! export.

use super::Gate;
use crate::findings::SubjectFinding;

pub fn subjects<'a>(subjects: impl IntoIterator<Item = &'a SubjectFinding>) -> String {
    let mut out = String::new();
    for s in subjects {
        // Serializing plain owned data cannot fail.
        out.push_str(&serde_json::to_string(s).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// The gate as JSON lines: one line per unflagged conflict (`"code":"unflagged-conflict"`,
/// with `"fails"` telling whether it fails the gate and, under `--since`, `"baseline"`
/// `new` or `unchanged`), then one line per stale flag (`"code":"stale-flag"`).
pub fn conflicts(gate: &Gate) -> String {
    let mut out = String::new();
    for (s, g, c) in gate.findings.unflagged() {
        let mut line = serde_json::json!({
            "kind": "conflict",
            "code": "unflagged-conflict",
            "id": c.id,
            "subject": s.key,
            "label": s.label,
            "fails": gate.is_new(&c.id),
            "group": g,
        });
        if gate.baseline.is_some() {
            line["baseline"] = (if gate.is_new(&c.id) {
                "new"
            } else {
                "unchanged"
            })
            .into();
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    for f in &gate.findings.stale_flags {
        let mut line = serde_json::json!({
            "kind": "stale-flag",
            "code": "stale-flag",
            "fails": gate.deny_stale,
        });
        if let (Some(obj), Ok(serde_json::Value::Object(flag))) =
            (line.as_object_mut(), serde_json::to_value(f))
        {
            obj.extend(flag);
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}
