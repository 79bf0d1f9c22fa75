//! Suggesting a subject for a mention: the corpus subject whose dimension and unit fit the
//! mention and whose label, aliases and key share the most words with the sentence.

use super::{Mention, MentionValue, UnitKind};
use crate::value::units::singular;

/// What the extractor needs to know about a subject (built by the caller from
/// `subjects.yaml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectHint {
    pub key: String,
    pub label: String,
    pub aliases: Vec<String>,
    /// `length`, `money`, `percent`, `count` or `date`.
    pub dimension: String,
    pub unit: Option<String>,
}

impl SubjectHint {
    /// The hints for every subject of a subjects file.
    pub fn from_subjects(file: &crate::model::SubjectsFile) -> Vec<SubjectHint> {
        file.subjects
            .iter()
            .map(|s| SubjectHint {
                key: s.key.value.clone(),
                label: s.label.clone(),
                aliases: s.aliases.clone(),
                dimension: s.dimension.value.as_str().to_string(),
                unit: s.unit.as_ref().map(|u| u.value.clone()),
            })
            .collect()
    }
}

/// The dimension a mention measures, as in `subjects.yaml`.
fn dimension_of(m: &Mention) -> Option<&'static str> {
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
fn dimension_named(name: &str) -> Option<&'static str> {
    let reg = crate::units::registry();
    reg.by_name(name)
        .map(|id| reg.get(id))
        .find(|u| u.name == name)
        .map(|u| u.dimension.as_str())
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(singular)
        .filter(|w| !super::words::is_stopword(w) && !matches!(w.as_str(), "number" | "share"))
        .collect()
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

/// How well a counted noun fits a subject's unit: 2 the same noun, 1 a related one
/// ("counties" for districts, "troops" for soldiers, "Afghans" for persons), -1 another.
fn noun_fit(unit: &str, head: &str) -> f64 {
    let unit = singular(unit);
    if unit == head {
        return 2.0;
    }
    let related = (person_like(&unit) && person_like(head))
        || (armed_like(&unit) && armed_like(head))
        || (armed_like(&unit) && matches!(head, "person" | "people" | "man"))
        || matches!(
            (unit.as_str(), head),
            ("district", "county") | ("county", "district") | ("district", "province")
        );
    if related { 1.0 } else { -1.0 }
}

/// The part of `sentence` within about 60 bytes of the mention, when the mention lies in
/// it (its offsets are relative to the input, the sentence's to `m.sentence`).
fn near_mention<'s>(m: &Mention, sentence: &'s str) -> &'s str {
    let off = m.sentence.start;
    if m.sentence.len() != sentence.len() || m.start < off || m.end - off > sentence.len() {
        return sentence;
    }
    let mut a = (m.start - off).saturating_sub(60);
    let mut b = (m.end - off + 60).min(sentence.len());
    while !sentence.is_char_boundary(a) {
        a -= 1;
    }
    while !sentence.is_char_boundary(b) {
        b += 1;
    }
    &sentence[a..b]
}

/// Whether the mention is the whole after "N of": "162 of Afghanistan's 398 districts",
/// "12 of the 27 members".
fn whole_of_part(m: &Mention, sentence: &str) -> bool {
    let off = m.sentence.start;
    if m.sentence.len() != sentence.len() || m.start < off || m.start - off > sentence.len() {
        return false;
    }
    let mut from = (m.start - off).saturating_sub(40);
    while !sentence.is_char_boundary(from) {
        from -= 1;
    }
    let before = sentence[from..m.start - off].to_lowercase();
    let Some(at) = before.rfind(" of ") else {
        return false;
    };
    let between = before[at + 4..].trim_end();
    let number_before = before[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
    number_before
        && (between == "the"
            || between.ends_with("'s")
            || between.ends_with("’s")
            || between.is_empty())
}

/// The best-fitting subject for `m` in `sentence`, if any fits well enough.
///
/// Words are weighted by how few subjects use them (inverse document frequency): a word
/// in one subject's label says more than "Afghanistan", which is in many. A shared word
/// near the mention counts again.
pub fn suggest_subject<'h>(
    m: &Mention,
    sentence: &str,
    hints: &'h [SubjectHint],
) -> Option<&'h SubjectHint> {
    let dim = dimension_of(m);
    let sentence_lower = sentence.to_lowercase();
    let context: Vec<String> = words(sentence);
    let near: Vec<String> = words(near_mention(m, sentence));
    let vocabs: Vec<Vec<String>> = hints
        .iter()
        .map(|h| {
            let mut vocab: Vec<String> = words(&h.label);
            for a in &h.aliases {
                vocab.extend(words(a));
            }
            vocab.extend(words(&h.key.replace('-', " ")));
            vocab.sort();
            vocab.dedup();
            vocab
        })
        .collect();
    let n = hints.len().max(1) as f64;
    let idf = |w: &String| -> f64 {
        let df = vocabs
            .iter()
            .filter(|v| v.binary_search(w).is_ok())
            .count()
            .max(1);
        (1.0 + n / df as f64).ln()
    };
    let mut best: Option<(f64, &SubjectHint)> = None;
    for (h, vocab) in hints.iter().zip(&vocabs) {
        match dim {
            Some(d) if d != h.dimension => continue,
            // A bare number may only be a count.
            None if h.dimension != "count" => continue,
            _ => {}
        }
        let mut score = 0.0;
        // Unit agreement: the counted noun, or a stated unit.
        if let (Some(unit), Some(mu)) = (&h.unit, &m.unit) {
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
        // Whole alias or label written in the sentence.
        for phrase in std::iter::once(&h.label).chain(h.aliases.iter()) {
            if phrase.len() > 3 && sentence_lower.contains(&phrase.to_lowercase()) {
                score += 3.0;
            }
        }
        // Shared content words with the label, aliases and key, weighted.
        if vocab.is_empty() {
            continue;
        }
        let total: f64 = vocab.iter().map(idf).sum();
        let shared: Vec<&String> = vocab.iter().filter(|w| context.contains(w)).collect();
        if shared.is_empty() {
            continue;
        }
        let weight: f64 = shared.iter().map(|w| idf(w)).sum();
        let near_weight: f64 = shared
            .iter()
            .filter(|w| near.contains(w))
            .map(|w| idf(w))
            .sum();
        score += 4.0 * weight / total + 0.5 * weight / n.ln().max(1.0) + 0.25 * near_weight;
        // "162 of Afghanistan's 398 districts": the part is not the whole, and the whole
        // (a count after "N of") is the total.
        let about_total = h.key.split('-').any(|w| w == "total")
            || h.label.to_lowercase().split(' ').any(|w| w == "total");
        if about_total && m.total.is_some() {
            score -= 5.0;
        } else if about_total && whole_of_part(m, sentence) {
            score += 2.0;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, h));
        }
    }
    best.filter(|(s, _)| *s >= 2.5).map(|(_, h)| h)
}
