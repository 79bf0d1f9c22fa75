//! What a mention's unit says about a subject: the dimension the mention measures
//! (`dimension_of`, as `subjects.yaml` names them), the registry dimension of a unit
//! (`dimension_named`), and how well a counted noun fits a subject's unit (`noun_fit`,
//! `fit_score`), people counting loosely as people and soldiers as soldiers.

use super::Entry;
use crate::extract::{Mention, MentionValue, UnitKind};

/// The dimension a mention measures, as in `subjects.yaml`.
pub(super) fn dimension_of(m: &Mention) -> Option<&'static str> {
    if matches!(m.value, MentionValue::Date(_)) {
        return Some("date");
    }
    let u = m.unit.as_ref()?;
    Some(match &u.kind {
        UnitKind::Percent => "percent",
        UnitKind::Currency(_) => "money",
        UnitKind::Count { .. } => "count",
        UnitKind::Measure | UnitKind::Time => dimension_named(&u.name).unwrap_or("other"),
        UnitKind::Rate => "other",
    })
}

/// The registry dimension of the unit named `name` ("length" for "foot").
pub(in crate::extract) fn dimension_named(name: &str) -> Option<&'static str> {
    let reg = crate::units::registry();
    reg.by_name(name)
        .map(|id| reg.get(id))
        .find(|u| u.name == name)
        .map(|u| u.dimension.as_str())
}

/// Nouns for people, which count one another loosely: a subject counted in `person`
/// fits "Afghans", "people" or "residents"; one counted in `soldier` fits "troops" and
/// "forces" better than it fits "districts".
fn person_like(noun: &str) -> bool {
    matches!(
        noun,
        "person"
            | "people"
            | "resident"
            | "refugee"
            | "civilian"
            | "worker"
            | "migrant"
            | "citizen"
            | "employee"
            | "voter"
            | "adult"
            | "child"
            | "man"
            | "woman"
    ) || noun.ends_with("an") && noun.len() > 4
}

fn armed_like(noun: &str) -> bool {
    matches!(
        noun,
        "soldier"
            | "troop"
            | "force"
            | "reservist"
            | "serviceman"
            | "fighter"
            | "militant"
            | "guard"
            | "officer"
            | "personnel"
            | "recruit"
            | "conscript"
    )
}

/// How well a counted noun fits a subject's unit (singular): 2 the same noun, 1 a
/// related one ("counties" for districts, "troops" for soldiers, "Afghans" for persons),
/// -1 another.
fn noun_fit(unit: &str, head: &str) -> f64 {
    if unit == head {
        return 2.0;
    }
    let related = (person_like(unit) && person_like(head))
        || (armed_like(unit) && armed_like(head))
        || (armed_like(unit) && matches!(head, "person" | "people" | "man"))
        || matches!(
            (unit, head),
            ("district", "county") | ("county", "district") | ("district", "province")
        );
    if related { 1.0 } else { -1.0 }
}

/// What the mention's unit and dimension say for the subject of entry `e`: the counted
/// noun or a stated unit agreeing, and a dimension that few subjects share.
pub(super) fn fit_score(e: &Entry, m: &Mention, dim: Option<&str>) -> f64 {
    let mut score = 0.0;
    if let (Some(unit), Some(mu)) = (&e.unit, &m.unit) {
        match &mu.kind {
            UnitKind::Count { head } => score += noun_fit(unit, head),
            _ => score += 0.5,
        }
    }
    if dim.is_none() {
        score -= 1.0;
    } else if dim != Some("count") {
        // Length, money and percent subjects are few: the dimension says much.
        score += 1.0;
    }
    score
}
