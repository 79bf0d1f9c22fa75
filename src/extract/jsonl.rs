//! One JSON object per mention (`crosscheck extract --format jsonl`): its line, byte
//! offsets, text, value or date, unit, qualifier, change and total, written field by field
//! in the order `serde_json` writes an object's keys. Moved out of `draft.rs`, which keeps
//! the claims-file values and the YAML drafts.

use super::{Mention, MentionValue};
use serde_json::Value;
use std::io::Write as _;

fn json_number(v: f64) -> Value {
    if v == v.trunc() && v.abs() < 9e15 {
        Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
    }
}

/// The JSON line for a mention: `line`, `start`, `end`, `text`, `value` (number or
/// `[low, high]`; dates have `date` instead), `unit`, `qualifier`, `change`, `total`.
pub fn jsonl_line(m: &Mention, input: &str) -> String {
    let mut out = Vec::with_capacity(128);
    write_jsonl_line(&mut out, m, input);
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Appends the JSON line for a mention (as [`jsonl_line`], without a line break) to
/// `out`, written field by field in the order of the keys (as `serde_json` writes an
/// object) with no object built in between.
pub fn write_jsonl_line(out: &mut Vec<u8>, m: &Mention, input: &str) {
    fn key(out: &mut Vec<u8>, first: bool, key: &str) {
        if !first {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
    }
    fn string(out: &mut Vec<u8>, s: &str) {
        // Writing to memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
    fn number(out: &mut Vec<u8>, v: f64) {
        let _ = serde_json::to_writer(&mut *out, &json_number(v));
    }
    out.push(b'{');
    let mut first = true;
    if let Some(c) = m.change {
        key(out, first, "change");
        first = false;
        string(out, c.code());
    }
    if let MentionValue::Date(d) = &m.value {
        key(out, first, "date");
        first = false;
        string(out, &d.to_string());
    }
    key(out, first, "end");
    let _ = write!(out, "{}", m.end);
    key(out, false, "line");
    let _ = write!(out, "{}", m.line);
    key(out, false, "qualifier");
    string(out, m.qualifier.code());
    key(out, false, "start");
    let _ = write!(out, "{}", m.start);
    key(out, false, "text");
    string(out, m.text(input));
    if let Some(t) = m.total {
        key(out, false, "total");
        number(out, t);
    }
    if let Some(u) = &m.unit {
        key(out, false, "unit");
        string(out, &u.name);
    }
    match &m.value {
        MentionValue::Number(v) => {
            key(out, false, "value");
            number(out, *v);
        }
        MentionValue::Range(a, b) => {
            key(out, false, "value");
            out.push(b'[');
            number(out, *a);
            out.push(b',');
            number(out, *b);
            out.push(b']');
        }
        MentionValue::Date(_) => {}
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// Text whose mentions have every field: change, date, total, unit, ranges,
    /// fractions and a quote mark to escape.
    const TEXT: &str = "Sales rose 12.5% to $1.1 billion on \"July 7, 2021\". \
        162 of Afghanistan's 398 districts fell. Between 5 and 7 km of road, \
        about 1.99×10^30 kg, and 3 \"quoted\" trucks.";

    #[test]
    fn json_lines_are_the_objects_serde_json_writes() {
        let ms = extract(TEXT);
        assert!(ms.len() >= 6, "{ms:?}");
        let mut kinds = (false, false, false, false);
        for m in &ms {
            let line = jsonl_line(m, TEXT);
            let v: Value = serde_json::from_str(&line).expect("valid JSON");
            // serde_json's own object (keys sorted, numbers as it writes them).
            assert_eq!(v.to_string(), line);
            assert_eq!(v["text"], m.text(TEXT));
            assert_eq!(v["start"], m.start);
            kinds.0 |= m.change.is_some();
            kinds.1 |= matches!(m.value, MentionValue::Date(_));
            kinds.2 |= m.total.is_some();
            kinds.3 |= matches!(m.value, MentionValue::Range(..));
        }
        assert_eq!(kinds, (true, true, true, true), "{ms:?}");
    }
}
