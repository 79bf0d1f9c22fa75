//! Numbers and intervals written the way an editor reads them: "1,400 km",
//! "1,300–1,400 km", "> 1,300 km", "2021-07-07". Used for a cluster's agreed text and on
//! the number line.

use crate::model::Subject;
use crate::value::date::render_day;
use crate::value::{Dimension, Interval, number};

/// Writes an interval the way an editor reads it: "1,400 km", "1,300–1,400 km", "> 1,300 km".
pub fn render_interval(iv: &Interval, subject: &Subject) -> String {
    let is_date = subject.dimension == Dimension::Date;
    let fmt = |v: f64| {
        if is_date {
            render_day(v.round() as i64)
        } else {
            group_digits(v)
        }
    };
    let (lo, hi) = (iv.low, iv.high);
    let unit = match (&subject.unit, subject.dimension) {
        (_, Dimension::Date) | (None, _) => String::new(),
        (Some(u), _) => u.render_after(if iv.is_point() { lo.value } else { 2.0 }),
    };
    let floor = subject.dimension.non_negative() && lo.value == 0.0 && lo.closed;
    let text = if iv.is_point() {
        fmt(lo.value)
    } else if hi.value.is_infinite() {
        format!("{} {}", if lo.closed { "≥" } else { ">" }, fmt(lo.value))
    } else if lo.value.is_infinite() || floor {
        format!("{} {}", if hi.closed { "≤" } else { "<" }, fmt(hi.value))
    } else {
        format!("{}–{}", fmt(lo.value), fmt(hi.value))
    };
    format!("{text}{unit}")
}

/// A number with thousands separators and at most three decimals: 1400 → "1,400".
pub fn group_digits(v: f64) -> String {
    let rounded = (v * 1000.0).round() / 1000.0;
    let s = number::render_number(rounded);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{sign}{out}{frac}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(1400.0), "1,400");
        assert_eq!(group_digits(1_100_000.0), "1,100,000");
        assert_eq!(group_digits(910.0), "910");
        assert_eq!(group_digits(1.5), "1.5");
    }
}
