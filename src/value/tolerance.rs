//! How far an approximate value reaches (a subject's `tolerance:`) and spans of time (a
//! subject's `window:`), read in the value grammar. The messages are the loader's: they
//! become the text of an `invalid-tolerance` diagnostic.

use super::{Dimension, Qualifier, Unit, parse_quantity_in};

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
    let q = parse_quantity_in(t, Some(dimension))
        .map_err(|e| format!("cannot read tolerance \"{text}\": {}", e.message))?;
    if q.qualifier != Qualifier::Exact || q.low < 0.0 {
        return Err(format!(
            "tolerance \"{text}\" must be a plain non-negative amount"
        ));
    }
    // A tolerance is a difference: converted without a temperature's offset, and to the
    // wider end of an ambiguous unit's range.
    let amount = match (&q.unit, unit) {
        (None, _) => q.low,
        (Some(u), Some(target)) => {
            let not_in = || format!("tolerance \"{text}\" is not in the subject's unit {target}");
            let (lo, hi) = u.convert(q.low, target).ok_or_else(not_in)?;
            let (lo0, hi0) = u.convert(0.0, target).ok_or_else(not_in)?;
            (hi - hi0).max(lo - lo0)
        }
        (Some(_), None) => {
            return Err(format!(
                "tolerance \"{text}\" has a unit but the subject has none"
            ));
        }
    };
    Ok(Tolerance::Absolute(amount))
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
