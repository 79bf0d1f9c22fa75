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

const LENGTH_UNITS: &[&str] = &[
    "kilometre",
    "metre",
    "mile",
    "centimetre",
    "millimetre",
    "foot",
    "inch",
    "yard",
    "nautical mile",
];

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
        UnitKind::Measure if LENGTH_UNITS.contains(&u.name.as_str()) => "length",
        _ => "other",
    })
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(singular)
        .filter(|w| !super::lexicon::is_stopword(w) && !matches!(w.as_str(), "number" | "share"))
        .collect()
}

/// The best-fitting subject for `m` in `sentence`, if any fits well enough.
pub fn suggest_subject<'h>(
    m: &Mention,
    sentence: &str,
    hints: &'h [SubjectHint],
) -> Option<&'h SubjectHint> {
    let dim = dimension_of(m);
    let sentence_lower = sentence.to_lowercase();
    let context: Vec<String> = words(sentence);
    let mut best: Option<(f64, &SubjectHint)> = None;
    for h in hints {
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
                UnitKind::Count { head } => {
                    if singular(unit) == *head {
                        score += 2.0;
                    } else {
                        score -= 1.0;
                    }
                }
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
        // Shared content words with the label, aliases and key.
        let mut vocab: Vec<String> = words(&h.label);
        for a in &h.aliases {
            vocab.extend(words(a));
        }
        vocab.extend(words(&h.key.replace('-', " ")));
        vocab.sort();
        vocab.dedup();
        if vocab.is_empty() {
            continue;
        }
        let shared = vocab.iter().filter(|w| context.contains(w)).count();
        if shared == 0 {
            continue;
        }
        score += 4.0 * shared as f64 / vocab.len() as f64 + shared as f64 * 0.5;
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, h));
        }
    }
    best.filter(|(s, _)| *s >= 2.5).map(|(_, h)| h)
}
