//! Resolved values and source records as text (for the terminal) and JSON lines.

use crate::resolve::corpus::Resolved;
use crate::resolve::report::{Explanation, SourceRecord};

fn percent(x: f64) -> String {
    format!("{:.0}%", 100.0 * x)
}

/// "key \[from period\]: value (confidence, decided by)" and the reason indented below.
pub fn resolved_text(items: &[Resolved]) -> String {
    let mut out = String::new();
    for r in items {
        let period = r
            .period
            .as_deref()
            .map_or(String::new(), |p| format!(" [from {p}]"));
        let value = match r.explanation.tied_with.as_slice() {
            rivals if rivals.is_empty() || r.decided_by == "editor" => r.value.clone(),
            rivals => format!("a tie: {} or {}", r.value, rivals.join(" or ")),
        };
        out.push_str(&format!(
            "{}{period}: {} (confidence {}, {})\n    {}\n",
            r.subject,
            value,
            percent(r.confidence),
            r.decided_by,
            r.reason
        ));
    }
    out
}

/// One explanation per subject, for tables read by `import`.
pub fn explanations_text(items: &[Explanation]) -> String {
    let mut out = String::new();
    for e in items {
        out.push_str(&format!(
            "{}: {} (confidence {})\n    {}\n",
            e.subject,
            e.value,
            percent(e.confidence),
            e.reason
        ));
    }
    out
}

/// The sources table: trust, claims, contested, won, lost, and suspected copying.
pub fn sources_text(records: &[SourceRecord]) -> String {
    let width = records
        .iter()
        .map(|r| r.source.chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let mut out = format!(
        "{:<width$}  trust  claims  contested  won  lost  agrees suspiciously often with\n",
        "source"
    );
    for r in records {
        let copies: Vec<String> = r
            .copies_with
            .iter()
            .map(|(s, d)| format!("{s} ({})", percent(*d)))
            .collect();
        out.push_str(&format!(
            "{:<width$}  {:>5}  {:>6}  {:>9}  {:>3}  {:>4}  {}\n",
            r.source,
            percent(r.trust),
            r.claims,
            r.contested,
            r.won,
            r.lost,
            copies.join(", ")
        ));
    }
    out
}

/// One JSON object a line.
pub fn json_lines<T: serde::Serialize>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| serde_json::to_string(i).unwrap_or_default() + "\n")
        .collect()
}
