//! Money claimed in another currency than its subject's: converted at the rate an editor
//! keeps in `rates.yaml` for the claim's date, or, without one, set aside as "not
//! comparable" — never converted at a guessed rate.

use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Claim, Corpus, Rate, Subject};
use crate::value::{Quantity, Unit, Value};

/// What becomes of a claim in another currency.
pub(super) enum Converted {
    /// The claim with its value in the subject's currency.
    Claim(Box<Claim>),
    /// Why it cannot be compared: "no USD/EUR rate for 2021-07".
    NoRate(String),
}

/// The keys of the subjects in a currency with a claim in another one, in one pass over
/// the claims.
pub(super) fn subjects_with_foreign_money(corpus: &Corpus) -> FxHashSet<&str> {
    let money: FxHashMap<&str, &str> = (corpus.subjects.iter())
        .filter_map(|s| match &s.unit {
            Some(Unit::Money(code)) => Some((s.key.as_str(), code.as_str())),
            _ => None,
        })
        .collect();
    (corpus.claims.iter())
        .filter(|c| {
            money
                .get(&*c.subject)
                .is_some_and(|target| foreign_code(&c.value).is_some_and(|code| code != *target))
        })
        .map(|c| &*c.subject)
        .collect()
}

/// The claim in its subject's currency, when it is in another one; `None` when it needs
/// no conversion. `day` gives the first day the claim speaks of (none when undated) and
/// `date` how that date is written: each is asked only when needed.
pub(super) fn convert(
    rates: &[Rate],
    subject: &Subject,
    c: &Claim,
    day: impl FnOnce() -> Option<i64>,
    date: impl FnOnce() -> String,
) -> Option<Converted> {
    let (Value::Quantity(q), Some(Unit::Money(target))) = (&c.value, &subject.unit) else {
        return None;
    };
    let Some(Unit::Money(code)) = &q.unit else {
        return None;
    };
    if code == target {
        return None;
    }
    let Some(factor) = day().and_then(|d| rate(rates, code, target, d)) else {
        return Some(Converted::NoRate(format!(
            "not comparable: no {code}/{target} rate for {}",
            date()
        )));
    };
    let value = Value::Quantity(Quantity {
        low: q.low * factor,
        high: q.high * factor,
        unit: subject.unit.clone(),
        ..q.clone()
    });
    Some(Converted::Claim(Box::new(Claim { value, ..c.clone() })))
}

/// The currency a claim's value is stated in, when it is an amount of money: a claim
/// [`convert`] converts or sets aside is one whose currency differs from its subject's.
fn foreign_code(value: &Value) -> Option<&str> {
    match value {
        Value::Quantity(Quantity {
            unit: Some(Unit::Money(code)),
            ..
        }) => Some(code.as_str()),
        _ => None,
    }
}

/// How many `to` one `from` is worth on `day`: the most precise rate whose date holds the
/// day (a day's rate before a month's, a month's before a year's), either way round.
fn rate(rates: &[Rate], from: &str, to: &str, day: i64) -> Option<f64> {
    rates
        .iter()
        .filter(|r| {
            let (first, last) = r.date.day_span();
            (first..=last).contains(&day)
        })
        .filter_map(|r| {
            let width = r.date.day_span().1 - r.date.day_span().0;
            if r.from == from && r.to == to {
                Some((width, r.rate))
            } else if r.from == to && r.to == from {
                Some((width, 1.0 / r.rate))
            } else {
                None
            }
        })
        .min_by_key(|(width, _)| *width)
        .map(|(_, f)| f)
}
