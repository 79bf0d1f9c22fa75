//! Derived claims: what relations between subjects add to a subject's comparison.
//!
//! - `parts` on a whole: where one source gives every part for one day, the sum of the
//!   parts is a claim about the whole ("188 + 135 + 70 = 393 districts").
//! - `at_most` on a part: every bounded claim of the whole is an upper bound on the part.
//!   When the whole is a running total, its bound holds only for the part's claims dated no
//!   later than it.
//! - `cumulative`: each period of a running total is at least what the earlier periods
//!   allowed (the lowest of their clusters), so a later lower figure conflicts.
//!
//! Derived claims are compared like any other and can make a conflict, but they are no
//! source's statement: `Claim::derived` names the rule and the claims they rest on, and the
//! support count never counts them.

use super::Cx;
use crate::findings::Group;
use crate::model::{Claim, Derivation, Rank, Subject};
use crate::value::date::render_day;
use crate::value::{Date, Qualifier, Quantity, Value};
use std::collections::BTreeMap;

const SUM: &str = "sum-of-parts";
const AT_MOST: &str = "at-most";
const AT_MOST_TOTAL: &str = "at-most-running-total";
const RUNNING: &str = "running-total";

/// The claims relations derive for `subject` (sums of its parts, bounds from its whole).
pub(super) fn claims(cx: &Cx, subject: &Subject) -> Vec<Claim> {
    let mut out = sums(cx, subject);
    out.extend(bounds(cx, subject));
    out
}

/// Whether claim `c` is compared in a group of `claims`: a running total's bound does not
/// hold for a part's claims dated after it.
pub(super) fn applies(cx: &Cx, c: &Claim, claims: &[&Claim]) -> bool {
    match &c.derived {
        Some(d) if d.rule == AT_MOST_TOTAL => {
            let day = cx.when(c);
            !claims
                .iter()
                .any(|o| o.derived.is_none() && cx.when(o) > day)
        }
        _ => true,
    }
}

/// The floor a running total's later periods get: the lowest cluster of `group`, unless
/// the floor already carried is higher.
pub(super) fn running_floor(
    subject: &Subject,
    group: &Group,
    prev: Option<Claim>,
) -> Option<Claim> {
    let lowest = group
        .clusters
        .iter()
        .min_by(|a, b| a.interval.low.value.total_cmp(&b.interval.low.value))?;
    let low = lowest.interval.low.value;
    if !low.is_finite() || low <= 0.0 {
        return prev;
    }
    if let Some(p) = &prev
        && let Value::Quantity(q) = &p.value
        && q.low >= low
    {
        return prev;
    }
    let inputs: Vec<&crate::findings::ClaimView> = lowest.claims.iter().collect();
    let first = inputs.first()?;
    let from = group.period.as_ref().map_or("", |p| p.from.as_str());
    let value = Value::Quantity(Quantity {
        qualifier: Qualifier::AtLeast,
        low,
        high: low,
        unit: subject.unit.clone(),
    });
    let how = Derivation {
        rule: RUNNING,
        inputs: inputs.iter().map(|c| c.id.to_string()).collect(),
    };
    Some(Claim {
        id: format!("{RUNNING}:{from}").into(),
        source: first.shown.id.clone(),
        as_of: Date::parse(from).ok(),
        quote: format!(
            "a running total never falls: at least {} since {from}",
            lowest.value
        )
        .into(),
        ..derived(subject, value, how, first.location.clone())
    })
}

/// For each source and day where every part has a claim, their sum.
fn sums(cx: &Cx, whole: &Subject) -> Vec<Claim> {
    let parts: Vec<&Subject> = whole
        .relations
        .parts
        .iter()
        .filter_map(|k| cx.subjects.get(k.as_str()).copied())
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let mut by_day: BTreeMap<(&str, i64), Vec<Option<&Claim>>> = BTreeMap::new();
    for (k, part) in parts.iter().enumerate() {
        for c in cx.active(&part.key) {
            let slot = by_day
                .entry((&*c.source, cx.when(c)))
                .or_insert_with(|| vec![None; parts.len()]);
            // One claim per part: a preferred one, else the first by id.
            if slot[k].is_none_or(|old| old.rank != Rank::Preferred && c.rank == Rank::Preferred) {
                slot[k] = Some(c);
            }
        }
    }
    by_day
        .into_iter()
        .filter_map(|((source, day), slot)| {
            let inputs: Vec<&Claim> = slot.into_iter().collect::<Option<_>>()?;
            Some(sum(whole, &parts, source, day, &inputs))
        })
        .collect()
}

fn sum(whole: &Subject, parts: &[&Subject], source: &str, day: i64, inputs: &[&Claim]) -> Claim {
    let (mut low, mut high, mut exact) = (0.0, 0.0, true);
    for (c, part) in inputs.iter().zip(parts) {
        let f = factor(part, whole);
        let iv = part.interval_of(&c.value);
        low += iv.low.value * f;
        high += iv.high.value * f;
        exact &= c.value.qualifier() == Qualifier::Exact && part.stated_point(&c.value).is_some();
    }
    let qualifier = match (exact, high.is_finite()) {
        (true, _) => Qualifier::Exact,
        (false, false) => Qualifier::AtLeast,
        (false, true) => Qualifier::Range,
    };
    let value = Value::Quantity(Quantity {
        qualifier,
        low,
        high: if high.is_finite() { high } else { low },
        unit: whole.unit.clone(),
    });
    let terms: Vec<&str> = inputs.iter().map(|c| &*c.value_text).collect();
    let date = render_day(day);
    let how = Derivation {
        rule: SUM,
        inputs: inputs.iter().map(|c| c.id.to_string()).collect(),
    };
    Claim {
        id: format!("{SUM}:{source}:{date}").into(),
        source: source.into(),
        as_of: Date::parse(&date).ok(),
        quote: format!("{} = {value}", terms.join(" + ")).into(),
        ..derived(whole, value.clone(), how, inputs[0].location.clone())
    }
}

/// Every bounded claim of the subject's `at_most` whole, as an upper bound on it.
fn bounds(cx: &Cx, part: &Subject) -> Vec<Claim> {
    let Some(whole) = part
        .relations
        .at_most
        .as_deref()
        .and_then(|k| cx.subjects.get(k).copied())
    else {
        return Vec::new();
    };
    let rule = if whole.relations.cumulative {
        AT_MOST_TOTAL
    } else {
        AT_MOST
    };
    cx.active(&whole.key)
        .into_iter()
        .filter_map(|w| {
            let high = whole.interval_of(&w.value).high.value * factor(whole, part);
            if !high.is_finite() {
                return None;
            }
            let value = Value::Quantity(Quantity {
                qualifier: Qualifier::AtMost,
                low: high,
                high,
                unit: part.unit.clone(),
            });
            let how = Derivation {
                rule,
                inputs: vec![w.id.to_string()],
            };
            Some(Claim {
                id: format!("{AT_MOST}:{}", w.id).into(),
                source: w.source.clone(),
                as_of: Some(w.as_of.unwrap_or_else(|| day_date(cx.when(w)))),
                quote: format!(
                    "{value}: never more than {} ({})",
                    whole.label, w.value_text
                )
                .into(),
                ..derived(part, value.clone(), how, w.location.clone())
            })
        })
        .collect()
}

/// What a value of `from`'s unit is multiplied by to be in `to`'s.
fn factor(from: &Subject, to: &Subject) -> f64 {
    match (&from.unit, &to.unit) {
        (Some(a), Some(b)) => a.factor_to(b).unwrap_or(1.0),
        _ => 1.0,
    }
}

fn day_date(day: i64) -> Date {
    Date::parse(&render_day(day)).expect("a rendered day parses")
}

/// A derived claim of `subject` with `value`, made `how`, shown at `location`; the caller
/// fills in its id, source, date and explanation.
fn derived(
    subject: &Subject,
    value: Value,
    how: Derivation,
    location: crate::diagnostic::Location,
) -> Claim {
    Claim {
        id: "".into(),
        subject: subject.key.as_str().into(),
        source: "".into(),
        value_text: value.to_string().into(),
        value,
        quote: "".into(),
        claimant: None,
        claimant_role: None,
        origin: None,
        origin_named_in: None,
        via: None,
        as_of: None,
        rank: Rank::Normal,
        rank_reason: None,
        derived: Some(how),
        value_location: location.clone(),
        quote_location: location.clone(),
        location,
    }
}
