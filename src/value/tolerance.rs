//! How far an approximate value reaches (a subject's `tolerance:`) and spans of time (a
//! subject's `window:`), read in the value grammar. The messages are the loader's: they
//! become the text of an `invalid-tolerance` diagnostic.

use super::{Dimension, Qualifier, Unit, parse_quantity};

/// How far an approximate value reaches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// A fraction of the value (0.05 for 5%).
    Relative(f64),
    /// An amount in the subject's unit (days for dates).
    Absolute(f64),
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance::Relative(0.05)
    }
}

/// Reads a tolerance: `5%` of the value, or an amount in the subject's unit (days for dates).
pub fn parse_tolerance(
    text: &str,
    dimension: Dimension,
    unit: Option<&Unit>,
) -> Result<Tolerance, String> {
    let t = text.trim();
    if let Some(p) = t.strip_suffix('%')
        && dimension != Dimension::Percent
    {
        return match p.trim().parse::<f64>() {
            Ok(v) if (0.0..=100.0).contains(&v) => Ok(Tolerance::Relative(v / 100.0)),
            _ => Err(format!(
                "tolerance \"{text}\" is not a percentage between 0 and 100"
            )),
        };
    }
    if dimension == Dimension::Date {
        return parse_days(t)
            .map(|d| Tolerance::Absolute(d as f64))
            .ok_or_else(|| format!("tolerance \"{text}\" is not a number of days"));
    }
    let q = parse_quantity(t)
        .map_err(|e| format!("cannot read tolerance \"{text}\": {}", e.message))?;
    if q.qualifier != Qualifier::Exact || q.low < 0.0 {
        return Err(format!(
            "tolerance \"{text}\" must be a plain non-negative amount"
        ));
    }
    let factor = match (&q.unit, unit) {
        (None, _) => 1.0,
        (Some(u), Some(target)) => u
            .factor_to(target)
            .ok_or_else(|| format!("tolerance \"{text}\" is not in the subject's unit {target}"))?,
        (Some(_), None) => {
            return Err(format!(
                "tolerance \"{text}\" has a unit but the subject has none"
            ));
        }
    };
    Ok(Tolerance::Absolute(q.low * factor))
}

/// Reads a span of time as days: "7 days", "2 weeks", "1 month" (30 days), "1 year" (365).
pub fn parse_days(text: &str) -> Option<i64> {
    let mut parts = text.split_whitespace();
    let n: i64 = parts.next()?.parse().ok()?;
    let per = match parts.next().unwrap_or("days").trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        _ => return None,
    };
    if parts.next().is_some() || !(0..=100_000).contains(&n) {
        return None;
    }
    Some(n * per)
}
