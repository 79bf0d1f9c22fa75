//! Numbers and intervals written the way an editor reads them: "1,400 km",
//! "1,300–1,400 km", "> 1,300 km", "2021-07-07". Used for a cluster's agreed text and on
//! the number line.

use crate::model::Subject;
use crate::value::date::render_day;
use crate::value::{Bound, Dimension, Interval, Qualifier, Quantity, Value, number};

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

/// Writes what a value covers, its computed ends (a tolerance's reach) rounded to the
/// precision of the figures it states: "nearly 1,517 km" covers "1,441–1,517 km", not
/// "1,441.15–1,517 km"; outward, so what is shown holds what is compared. A figure converted from another unit keeps one digit more.
pub fn render_value_interval(value: &Value, subject: &Subject) -> String {
    let iv = subject.interval_of(value);
    let Some(mut step) = step_of(value, subject) else {
        return render_interval(&iv, subject);
    };
    // Outward, so the range shown holds the range compared; never a span made a point
    // or a bound ("nearly 1" is neither "1" nor "≤ 1").
    let round = |b: Bound, step: f64, up: bool| Bound {
        value: match (b.value.is_finite(), up) {
            (false, _) => b.value,
            (true, false) => (b.value / step + 1e-9).floor() * step,
            (true, true) => (b.value / step - 1e-9).ceil() * step,
        },
        ..b
    };
    for _ in 0..4 {
        let rounded = Interval {
            low: round(iv.low, step, false),
            high: round(iv.high, step, true),
        };
        let keeps_shape = !rounded.is_point() && (iv.low.value <= 0.0 || rounded.low.value > 0.0);
        if iv.is_point() || keeps_shape {
            return render_interval(&rounded, subject);
        }
        step /= 10.0;
    }
    render_interval(&iv, subject)
}

/// The precision of a quantity's stated figures, in the subject's unit: a unit of their
/// last decimal, as a power of ten.
fn step_of(value: &Value, subject: &Subject) -> Option<f64> {
    let Value::Quantity(q) = value else {
        return None;
    };
    let decimals = |v: f64| {
        format!("{}", v.abs())
            .split_once('.')
            .map_or(0, |(_, d)| d.len().min(3)) as i32
    };
    let own = 10f64.powi(-decimals(q.low).max(decimals(q.high)));
    let on_axis = |v: f64| {
        subject.stated_point(&Value::Quantity(Quantity {
            qualifier: Qualifier::Exact,
            low: v,
            high: v,
            unit: q.unit.clone(),
        }))
    };
    let size = (on_axis(q.low + own)? - on_axis(q.low)?).abs();
    if !(size.is_finite() && size > 0.0) {
        return None;
    }
    let step = 10f64.powi((size.log10() + 1e-9).floor() as i32);
    let converted = (size - own).abs() > 1e-6 * own;
    Some(if converted { step / 10.0 } else { step })
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
    use crate::value::Tolerance;
    use crate::value::units::parse_subject_unit;

    fn subject(dimension: &str, unit: &str) -> Subject {
        let dimension = Dimension::parse(dimension).unwrap();
        Subject {
            key: "s".into(),
            label: "s".into(),
            dimension,
            unit: parse_subject_unit(unit, dimension),
            tolerance: Tolerance::Relative(0.05),
            aliases: Vec::new(),
            exact: false,
            window_days: None,
            relations: Default::default(),
            location: Default::default(),
        }
    }

    fn rendered(text: &str, s: &Subject) -> String {
        render_value_interval(&Value::parse(text, s.dimension).unwrap(), s)
    }

    #[test]
    fn a_range_is_rounded_to_the_precision_of_its_figures() {
        let km = subject("length", "km");
        assert_eq!(rendered("nearly 1,517 km", &km), "1,441–1,517 km");
        assert_eq!(rendered("nearly 1,517.5 km", &km), "1,441.6–1,517.5 km");
        assert_eq!(rendered("1.2 to 1.35 thousand km", &km), "1,200–1,350 km");
        assert_eq!(rendered("more than 1.3 thousand km", &km), "> 1,300 km");
        // A converted figure keeps one digit more than its unit's.
        assert_eq!(rendered("nearly 3 miles", &km), "4.5–4.9 km");
        // Rounding never makes a span a point.
        assert_eq!(rendered("nearly 1 km", &km), "0.9–1 km");
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(1400.0), "1,400");
        assert_eq!(group_digits(1_100_000.0), "1,100,000");
        assert_eq!(group_digits(910.0), "910");
        assert_eq!(group_digits(1.5), "1.5");
    }
}
