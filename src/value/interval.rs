//! Intervals on one axis (a unit, or days since 1970 for dates), with open or closed ends,
//! and how a value becomes one (`interval_of`, what it states): exact values are points,
//! approximate values widen by a tolerance, bounds are open-ended, ranges are ranges. When
//! compared, a figure reaches as far as its precision (`reach_of`). Two values agree when
//! the intervals they reach overlap.

use super::precision::half_unit;
use super::{DateValue, Dimension, Qualifier, Quantity, Tolerance, Unit, Value};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bound {
    /// May be infinite for open-ended values.
    pub value: f64,
    pub closed: bool,
}

impl Bound {
    /// An end that belongs to the interval (≤, ≥).
    pub fn inclusive(value: f64) -> Bound {
        Bound {
            value,
            closed: true,
        }
    }

    /// An end that does not (<, >); infinite ends are exclusive.
    pub fn exclusive(value: f64) -> Bound {
        Bound {
            value,
            closed: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: Bound,
    pub high: Bound,
}

/// Relative slack for comparing converted figures (1,609.344 m is exactly 1 mi, but the
/// floating-point product may be off in the last bits): a few units in the last place, so
/// that even a figure near 10^15 keeps its precision of ±0.5 apart from its neighbours.
const EPS: f64 = 4.0 * f64::EPSILON;

fn close(a: f64, b: f64) -> bool {
    if a.is_infinite() || b.is_infinite() {
        return a == b;
    }
    a == b || (a - b).abs() <= EPS * a.abs().max(b.abs())
}

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval::closed(v, v)
    }

    pub fn closed(low: f64, high: f64) -> Interval {
        Interval {
            low: Bound::inclusive(low),
            high: Bound::inclusive(high),
        }
    }

    /// Every value above `low` ("more than 1,300"; "at least" with an inclusive bound).
    pub fn above(low: Bound) -> Interval {
        Interval {
            low,
            high: Bound::exclusive(f64::INFINITY),
        }
    }

    /// Whether some value lies in both.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// The common part, if any.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        let low = max_low(self.low, other.low);
        let high = min_high(self.high, other.high);
        if close(low.value, high.value) {
            // Touching ends meet only when both are closed.
            return (low.closed && high.closed).then_some(Interval { low, high });
        }
        (low.value < high.value).then_some(Interval { low, high })
    }

    pub fn is_point(&self) -> bool {
        close(self.low.value, self.high.value)
    }

    /// The smallest interval holding both.
    pub fn hull(&self, other: &Interval) -> Interval {
        let low = if self.low.value < other.low.value
            || (close(self.low.value, other.low.value) && self.low.closed)
        {
            self.low
        } else {
            other.low
        };
        let high = if self.high.value > other.high.value
            || (close(self.high.value, other.high.value) && self.high.closed)
        {
            self.high
        } else {
            other.high
        };
        Interval { low, high }
    }
}

fn max_low(a: Bound, b: Bound) -> Bound {
    if close(a.value, b.value) {
        Bound {
            value: a.value.max(b.value),
            closed: a.closed && b.closed,
        }
    } else if a.value > b.value {
        a
    } else {
        b
    }
}

fn min_high(a: Bound, b: Bound) -> Bound {
    if close(a.value, b.value) {
        Bound {
            value: a.value.min(b.value),
            closed: a.closed && b.closed,
        }
    } else if a.value < b.value {
        a
    } else {
        b
    }
}

/// The axis a value is read on: the unit quantities are converted to, whether the
/// dimension has a floor at zero, and how far an approximate value reaches.
#[derive(Debug, Clone, Copy)]
pub struct Axis<'a> {
    pub unit: Option<&'a Unit>,
    pub dimension: Dimension,
    pub tolerance: Tolerance,
    /// Figures are exact counts: not widened by their precision.
    pub exact: bool,
}

/// The interval a value covers on `axis` (days since 1970 for dates).
pub fn interval_of(value: &Value, axis: Axis<'_>) -> Interval {
    match value {
        Value::Quantity(q) => quantity_interval(q, axis),
        Value::Date(d) => date_interval(d, axis.tolerance),
    }
}

/// The figure a value states on `axis`, or `None` when it only bounds the truth: bounds,
/// ranges, and dates of month or year precision state no single value.
pub fn stated_point(value: &Value, axis: Axis<'_>) -> Option<f64> {
    let stated = |q: Qualifier| matches!(q, Qualifier::Exact | Qualifier::Approx);
    match value {
        Value::Quantity(q) if stated(q.qualifier) && q.low == q.high => on_axis(q, axis),
        Value::Date(d) if stated(d.qualifier) => {
            let (first, last) = (d.start.day_span().0, d.end.day_span().1);
            (first == last).then_some(first as f64)
        }
        _ => None,
    }
}

/// A quantity's figure in the axis's unit, when it converts to one figure (an ambiguous
/// unit such as "gallon" converts to a span, so states none).
fn on_axis(q: &Quantity, axis: Axis<'_>) -> Option<f64> {
    let (lo, hi) = convert(q, q.low, axis);
    (lo == hi).then_some(lo)
}

/// `v` in `q`'s unit, in the axis's unit: a span for an ambiguous unit ("gallon"). The
/// loader refused values whose unit does not convert.
fn convert(q: &Quantity, v: f64, axis: Axis<'_>) -> (f64, f64) {
    match (&q.unit, axis.unit) {
        (Some(u), Some(target)) => u.convert(v, target).unwrap_or((v, v)),
        _ => (v, v),
    }
}

fn floor_of(axis: Axis<'_>) -> f64 {
    if axis.dimension.non_negative() {
        0.0
    } else {
        f64::NEG_INFINITY
    }
}

fn quantity_interval(q: &Quantity, axis: Axis<'_>) -> Interval {
    shape(
        q.qualifier,
        convert(q, q.low, axis).0,
        convert(q, q.high, axis).1,
        axis.tolerance,
        floor_of(axis),
    )
}

/// The interval a value reaches when compared: a figure stands for every amount that
/// rounds to it ("883 ft" is 882.5 up to, not including, 883.5 ft; see
/// `value::precision`), unless the axis is `exact`. An approximate figure reaches the
/// farther of its tolerance and its precision; bounds, ranges and dates reach what they
/// state.
pub fn reach_of(value: &Value, axis: Axis<'_>) -> Interval {
    let stated = interval_of(value, axis);
    let Value::Quantity(q) = value else {
        return stated;
    };
    if axis.exact || !matches!(q.qualifier, Qualifier::Exact | Qualifier::Approx) {
        return stated;
    }
    let rounded = Interval {
        low: Bound {
            value: convert(q, q.low - half_unit(q.low), axis)
                .0
                .max(floor_of(axis)),
            closed: true,
        },
        high: Bound {
            value: convert(q, q.high + half_unit(q.high), axis).1,
            closed: false,
        },
    };
    match q.qualifier {
        Qualifier::Approx => stated.hull(&rounded),
        _ => rounded,
    }
}

fn date_interval(d: &DateValue, tolerance: Tolerance) -> Interval {
    let (first, _) = d.start.day_span();
    let (_, last) = d.end.day_span();
    let iv = shape(
        d.qualifier,
        first as f64,
        last as f64,
        tolerance,
        f64::NEG_INFINITY,
    );
    // A bound on a date of month or year precision: "before July 2021" ends where July
    // starts, "after July 2021" begins where it ends.
    match d.qualifier {
        Qualifier::MoreThan | Qualifier::AtLeast => Interval {
            low: Bound {
                value: if d.qualifier == Qualifier::MoreThan {
                    last as f64
                } else {
                    first as f64
                },
                closed: d.qualifier == Qualifier::AtLeast,
            },
            high: iv.high,
        },
        Qualifier::LessThan | Qualifier::UpTo | Qualifier::AtMost => Interval {
            low: iv.low,
            high: Bound {
                value: if d.qualifier == Qualifier::LessThan {
                    first as f64
                } else {
                    last as f64
                },
                closed: d.qualifier != Qualifier::LessThan,
            },
        },
        _ => iv,
    }
}

fn shape(q: Qualifier, low: f64, high: f64, tolerance: Tolerance, floor: f64) -> Interval {
    let (open, shut) = (Bound::exclusive, Bound::inclusive);
    let lowest = if floor.is_finite() {
        shut(floor)
    } else {
        open(f64::NEG_INFINITY)
    };
    match q {
        Qualifier::Exact | Qualifier::Range => Interval::closed(low, high),
        Qualifier::Approx => {
            let (dl, dh) = match tolerance {
                Tolerance::Relative(r) => (low.abs() * r, high.abs() * r),
                Tolerance::Absolute(a) => (a, a),
            };
            Interval::closed((low - dl).max(floor), high + dh)
        }
        Qualifier::Nearly => {
            let below = match tolerance {
                Tolerance::Relative(r) => low.abs() * r,
                Tolerance::Absolute(a) => a,
            };
            Interval::closed((low - below).max(floor), high)
        }
        Qualifier::JustOver => {
            let above = match tolerance {
                Tolerance::Relative(r) => high.abs() * r,
                Tolerance::Absolute(a) => a,
            };
            Interval {
                low: open(low),
                high: shut(high + above),
            }
        }
        Qualifier::MoreThan => Interval::above(open(low)),
        Qualifier::AtLeast => Interval::above(shut(low)),
        Qualifier::LessThan => Interval {
            low: lowest,
            high: open(high),
        },
        Qualifier::UpTo | Qualifier::AtMost => Interval {
            low: lowest,
            high: shut(high),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_and_closed_ends() {
        let more_than_1300 = Interval::above(Bound::exclusive(1300.0));
        assert!(more_than_1300.overlaps(&Interval::point(1400.0)));
        assert!(!more_than_1300.overlaps(&Interval::point(1300.0)));
        assert!(!more_than_1300.overlaps(&Interval::point(910.0)));
        assert!(Interval::closed(1.0, 2.0).overlaps(&Interval::closed(2.0, 3.0)));
        assert!(Interval::point(1609.344).overlaps(&Interval::point(1.609344 * 1000.0)));
        let over_300 = Interval::above(Bound::exclusive(300.0));
        assert!(over_300.overlaps(&over_300));
        assert!(!over_300.is_point());
    }
}
