//! The diagnostics of a subject's declaration: its unit, tolerance, window and the
//! relations it names (`parts`, `at_most`, `cumulative`), each with what is wrong with it.

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::load::layout::SUBJECTS_FILE;
use crate::value::Dimension;

/// What is wrong with a subject's unit.
pub enum BadUnit<'a> {
    /// A date subject with a unit line.
    OnDate,
    /// A measured subject without one.
    Missing(Dimension),
    /// A unit that is not one of the subject's dimension.
    NotOf(Dimension, &'a str),
}

/// What is wrong with a relation between subjects.
pub enum BadRelation<'a> {
    /// Names no declared subject (with a "did you mean", or empty).
    Unknown(&'a str, String),
    ItSelf,
    /// Dates are neither summed nor bounded by other subjects.
    OnDate,
    /// The other subject's dimension, then this one's.
    Dimension(&'a str, Dimension, Dimension),
    CumulativeWithoutChanges,
}

/// What is wrong with a subject's window.
pub enum BadWindow<'a> {
    /// The text is no span of time.
    NotATime(&'a str),
    /// `changes: true` without a window.
    Missing,
    /// A window on a subject that does not change.
    Unwanted,
    /// A window of no time (`0 days`): no two claims could ever be compared.
    Empty(&'a str),
}

pub fn invalid_unit(loc: Location, key: &str, bad: BadUnit) -> Diagnostic {
    match bad {
        BadUnit::OnDate => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("date subject \"{key}\" cannot have a unit"),
        )
        .hint("remove the unit line"),
        BadUnit::Missing(d) => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("{d} subject \"{key}\" needs a unit"),
        )
        .hint(unit_hint(d)),
        BadUnit::NotOf(d, unit) => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("\"{unit}\" is not a unit of {d}"),
        )
        .length(unit.chars().count())
        .hint(unit_hint(d)),
    }
}

fn unit_hint(d: Dimension) -> String {
    match d {
        Dimension::Measure(_) => format!(
            "use a unit of {d}, such as {}",
            crate::value::units::example_units(d)
        ),
        Dimension::Money => "use a currency code such as USD, EUR, GBP or RUB".into(),
        Dimension::Percent => "use %".into(),
        Dimension::Count => "name the counted noun, e.g. district or soldier".into(),
        Dimension::Date => "dates have no unit".into(),
    }
}

/// `message` is the value grammar's, from `value::parse_tolerance`.
pub fn invalid_tolerance(loc: Location, text: &str, message: String) -> Diagnostic {
    Diagnostic::new(Code::InvalidTolerance, loc, message)
        .length(text.chars().count())
        .hint("write a share of the value (\"5%\") or an amount in the subject's unit (\"50 km\", \"3 days\")")
}

pub fn invalid_window(loc: Location, key: &str, bad: BadWindow) -> Diagnostic {
    match bad {
        BadWindow::NotATime(text) => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("\"{text}\" is not a time window"),
        )
        .length(text.chars().count())
        .hint("write a number of days, weeks, months or years, e.g. \"7 days\""),
        BadWindow::Missing => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("subject \"{key}\" changes over time but has no window"),
        )
        .hint("add `window: 7 days` (claims further apart are not compared), or remove `changes: true`"),
        BadWindow::Unwanted => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("subject \"{key}\" has a window but does not change over time"),
        )
        .hint("add `changes: true`, or remove the window"),
        BadWindow::Empty(text) => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("a window of \"{text}\" holds no time: claims of subject \"{key}\" would never be compared"),
        )
        .length(text.chars().count())
        .hint("give a window of at least one day, e.g. \"1 day\" for claims about the same day"),
    }
}

pub fn invalid_relation(loc: Location, key: &str, bad: BadRelation) -> Diagnostic {
    let (message, hint) = match bad {
        BadRelation::Unknown(target, suggestion) => (
            format!("subject \"{key}\" relates to \"{target}\", which is not declared"),
            if suggestion.is_empty() {
                format!("declare \"{target}\" in {SUBJECTS_FILE} or fix the key")
            } else {
                suggestion
            },
        ),
        BadRelation::ItSelf => (
            format!("subject \"{key}\" names itself in `parts` or `at_most`"),
            "name other subjects".to_string(),
        ),
        BadRelation::OnDate => (
            format!("subject \"{key}\" is a date: dates have no parts or bounds"),
            "remove `parts` and `at_most`, or relate quantities instead".to_string(),
        ),
        BadRelation::Dimension(target, theirs, ours) => (
            format!("subject \"{key}\" ({ours}) relates to \"{target}\" ({theirs})"),
            "parts and bounds must measure the same dimension".to_string(),
        ),
        BadRelation::CumulativeWithoutChanges => (
            format!("subject \"{key}\" is `cumulative` but does not change over time"),
            "add `changes: true` and a `window`, or remove `cumulative`".to_string(),
        ),
    };
    Diagnostic::new(Code::InvalidRelation, loc, message)
        .length(key.chars().count())
        .hint(hint)
}
