//! The value grammar: what editors type in a claim's `value` field and how crosscheck
//! reads it. A value is a quantity ("more than 1.3 thousand km", "$1.1 million",
//! "five to seven people") or a date ("2021-07-07", "by September 11, 2021"), each with a
//! qualifier. The grammar is documented in docs/reference.md; `render` writes a value in
//! a canonical form that `parse` reads back to the same value.

pub mod date;
mod grammar;
pub mod interval;
pub mod number;
pub mod precision;
mod tolerance;
pub mod units;
pub mod year;

#[cfg(test)]
mod unit_tests;

pub use date::{Date, DateError};
pub use grammar::{
    Heads, ValueError, may_begin_date, may_begin_quantity, parse_date_value, parse_quantity,
    parse_quantity_in,
};
pub use interval::{Bound, Interval};
pub use tolerance::{Tolerance, parse_days, parse_tolerance};
pub use units::{Dimension, Unit};

use serde::{Deserialize, Serialize};
use std::fmt;

/// How a figure relates to the truth it reports (Wikidata's lower/upper bounds, in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// "910 km": the figure itself.
    Exact,
    /// "about 6,000": widened by the subject's tolerance.
    Approx,
    /// "more than 300", "over", "exceeds"; for dates "after".
    MoreThan,
    /// "at least 300"; for dates "no earlier than".
    AtLeast,
    /// "less than 70%", "under", "fewer than"; for dates "before".
    LessThan,
    /// "up to 70%": an upper bound that may be reached.
    UpTo,
    /// "at most 70%"; for dates "by", "no later than".
    AtMost,
    /// "five to seven", "5–7", "between 5 and 7".
    Range,
    /// "almost 1,500", "nearly", "just under": up to the figure, from a tolerance below.
    Nearly,
    /// "just over 1,500": above the figure, up to a tolerance beyond.
    JustOver,
}

impl Qualifier {
    /// The short code used in JSON output and by the extractor (`eq`, `approx`, `gt`, …).
    pub fn code(self) -> &'static str {
        match self {
            Qualifier::Exact => "eq",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "gt",
            Qualifier::AtLeast => "ge",
            Qualifier::LessThan => "lt",
            // "up to 70%" may reach 70%: an upper bound that includes it, not "lt".
            Qualifier::UpTo | Qualifier::AtMost => "le",
            Qualifier::Range => "range",
            Qualifier::Nearly => "nearly",
            Qualifier::JustOver => "just-over",
        }
    }

    fn quantity_phrase(self) -> &'static str {
        match self {
            Qualifier::Exact | Qualifier::Range => "",
            Qualifier::Approx => "about ",
            Qualifier::MoreThan => "more than ",
            Qualifier::AtLeast => "at least ",
            Qualifier::LessThan => "less than ",
            Qualifier::UpTo => "up to ",
            Qualifier::AtMost => "at most ",
            Qualifier::Nearly => "nearly ",
            Qualifier::JustOver => "just over ",
        }
    }

    /// What a date value of this qualifier begins with (`DateValue`'s `Display`).
    pub(crate) fn date_phrase(self) -> &'static str {
        match self {
            Qualifier::Exact | Qualifier::Range => "",
            Qualifier::Approx => "about ",
            Qualifier::MoreThan => "after ",
            Qualifier::AtLeast => "no earlier than ",
            Qualifier::LessThan => "before ",
            Qualifier::UpTo | Qualifier::AtMost => "by ",
            // The date grammar has neither; written as the nearest date phrase.
            Qualifier::Nearly => "by ",
            Qualifier::JustOver => "after ",
        }
    }
}

/// A number with its qualifier and unit. `low == high` unless the qualifier is `Range`.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub qualifier: Qualifier,
    pub low: f64,
    pub high: f64,
    /// `None` when the value names no unit: it is then in the subject's unit.
    pub unit: Option<Unit>,
}

/// A date, or two for a range, with its qualifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    pub qualifier: Qualifier,
    pub start: Date,
    pub end: Date,
}

/// A parsed claim value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    Date(DateValue),
}

impl Value {
    /// Parses `text` as a value of `dimension`: a date grammar for date subjects, the
    /// quantity grammar for every other.
    pub fn parse(text: &str, dimension: Dimension) -> Result<Value, ValueError> {
        if dimension == Dimension::Date {
            parse_date_value(text).map(Value::Date)
        } else {
            parse_quantity_in(text, Some(dimension)).map(Value::Quantity)
        }
    }

    pub fn qualifier(&self) -> Qualifier {
        match self {
            Value::Quantity(q) => q.qualifier,
            Value::Date(d) => d.qualifier,
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.qualifier.quantity_phrase())?;
        number::write_number(f, self.low)?;
        if self.qualifier == Qualifier::Range {
            f.write_str(" to ")?;
            number::write_number(f, self.high)?;
        }
        if let Some(unit) = &self.unit {
            f.write_str(&unit.render_after(self.high))?;
        }
        Ok(())
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.qualifier.date_phrase())?;
        if self.qualifier == Qualifier::Range {
            write!(f, "{} to {}", self.start, self.end)
        } else {
            write!(f, "{}", self.start)
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Quantity(q) => q.fmt(f),
            Value::Date(d) => d.fmt(f),
        }
    }
}
