//! Writing mentions out: one JSON object per mention, and a mention's value in the claims
//! file's value grammar ("more than 1300 km", "about 6000 troops", "2021-09-11").

use super::{Mention, MentionValue};
use crate::value::number::render_number;
use crate::value::{DateValue, Qualifier, Quantity};
use serde_json::{Map, Value};

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
    let mut o = Map::new();
    o.insert("line".into(), Value::from(m.line));
    o.insert("start".into(), Value::from(m.start));
    o.insert("end".into(), Value::from(m.end));
    o.insert("text".into(), Value::from(m.text(input)));
    match &m.value {
        MentionValue::Number(v) => {
            o.insert("value".into(), json_number(*v));
        }
        MentionValue::Range(a, b) => {
            o.insert(
                "value".into(),
                Value::Array(vec![json_number(*a), json_number(*b)]),
            );
        }
        MentionValue::Date(d) => {
            o.insert("date".into(), Value::from(d.to_string()));
        }
    }
    if let Some(u) = &m.unit {
        o.insert("unit".into(), Value::from(u.name.as_str()));
    }
    o.insert("qualifier".into(), Value::from(m.qualifier.code()));
    if let Some(c) = m.change {
        o.insert("change".into(), Value::from(c.code()));
    }
    if let Some(t) = m.total {
        o.insert("total".into(), json_number(t));
    }
    Value::Object(o).to_string()
}

/// The mention's value written in the claims value grammar, and whether its unit could
/// not be written there (then the value is the bare number and the caller should say
/// which unit it was in).
pub fn draft_value(m: &Mention) -> (String, bool) {
    match &m.value {
        MentionValue::Date(d) => {
            let dv = DateValue {
                qualifier: m.qualifier,
                start: *d,
                end: *d,
            };
            (dv.to_string(), false)
        }
        MentionValue::Number(v) => quantity_text(m, *v, *v, false),
        MentionValue::Range(a, b) => quantity_text(m, a.min(*b), a.max(*b), true),
    }
}

fn quantity_text(m: &Mention, low: f64, high: f64, range: bool) -> (String, bool) {
    let qualifier = if range && m.qualifier != Qualifier::Approx {
        Qualifier::Range
    } else if range {
        // The grammar has no "about 5 to 7": keep the range.
        Qualifier::Range
    } else {
        m.qualifier
    };
    let unit = m.unit.as_ref().and_then(|u| u.to_unit());
    let lost = m.unit.is_some() && unit.is_none();
    let q = Quantity {
        qualifier,
        low,
        high,
        unit: unit.clone(),
    };
    let text = q.to_string();
    // Keep only what the grammar reads back; otherwise drop the unit.
    if crate::value::parse_quantity(&text).is_ok() {
        return (text, lost);
    }
    let bare = Quantity {
        qualifier,
        low,
        high,
        unit: None,
    };
    let text = bare.to_string();
    if crate::value::parse_quantity(&text).is_ok() {
        (text, m.unit.is_some())
    } else {
        (render_number(low), m.unit.is_some())
    }
}
