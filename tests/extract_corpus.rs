//! Every claim in the bundled corpus (facts/claims/*.yaml) is among the extractor's
//! proposals for its source text facts/sources/<source-id>.txt: same value, and the same
//! unit where both the claim and the mention name one (compared as crosscheck compares
//! units). Date-valued claims are matched against the dates the extractor reports, dates
//! without a year taking the source's publication year. facts/ is tracked, so a missing
//! folder fails the test.
//!
//! It also measures subject suggestion: for each claim, the proposal inside the claim's
//! quote is given to `SubjectIndex::suggest` with the corpus subjects, and the suggestion is
//! compared with the claim's subject (a floor keeps it from getting worse).

use crosscheck::extract::{Mention, MentionValue, SubjectHint, UnitKind, extract_dated};
use crosscheck::value::{self, Unit};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct ClaimsFile {
    source: String,
    claims: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    id: String,
    value: String,
    subject: String,
    quote: String,
}

/// Claims whose proposal gets the claim's own subject suggested, measured when this floor
/// was set (see docs/extract.md); the test fails below it.
const SUBJECT_FLOOR: usize = 30;

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Units agree as crosscheck compares them: convertible lengths, one currency, percent,
/// and counted nouns one to one.
fn same_unit(claim: &Unit, found: &crosscheck::extract::MentionUnit) -> bool {
    if matches!(found.kind, UnitKind::Time) {
        return false;
    }
    found
        .to_unit()
        .is_some_and(|u| u.factor_to(claim).is_some())
}

#[derive(Deserialize)]
struct SourcesFile {
    sources: Vec<SourceEntry>,
}

#[derive(Deserialize)]
struct SourceEntry {
    id: String,
    published: String,
}

/// Whether the extractor proposed a claim's value among `mentions` (as a quantity, or as
/// a date), and the mention inside the claim's quote that carries it, if any.
fn proposal<'m>(
    value: &str,
    quote: &str,
    article: &str,
    mentions: &'m [Mention],
) -> (bool, Option<&'m Mention>) {
    let quote = squash(quote);
    let in_quote = |m: &Mention| quote.contains(&squash(&article[m.start..m.end]));
    let mut chosen = None;
    let as_quantity = if let Ok(q) = value::parse_quantity(value) {
        mentions.iter().any(|m| {
            let value_ok = match m.value {
                MentionValue::Number(v) => {
                    q.low == q.high && (v - q.low).abs() <= 1e-9 * q.low.abs().max(1.0)
                }
                MentionValue::Range(a, b) => {
                    (a.min(b) - q.low).abs() < 1e-9 && (a.max(b) - q.high).abs() < 1e-9
                }
                MentionValue::Date(_) => false,
            };
            // The unit is compared where both name one: "(more than twenty)" stands for
            // districts named earlier in its sentence.
            let unit_ok = match (&q.unit, &m.unit) {
                (Some(u), Some(f)) => same_unit(u, f),
                _ => true,
            };
            if value_ok && unit_ok && in_quote(m) && chosen.is_none() {
                chosen = Some(m);
            }
            value_ok && unit_ok
        })
    } else {
        false
    };
    // A year ("2013") reads as both; date subjects mean the date.
    let as_date = if let Ok(d) = value::parse_date_value(value) {
        mentions.iter().any(|m| {
            let hit = matches!(m.value, MentionValue::Date(x) if x == d.start);
            if hit && in_quote(m) && chosen.is_none() {
                chosen = Some(m);
            }
            hit
        })
    } else {
        false
    };
    let hit = as_quantity || as_date;
    (hit, chosen)
}

#[test]
fn every_corpus_claim_is_proposed_by_the_extractor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("facts/claims");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} (tracked) cannot be read: {e}", dir.display()));
    let sources = std::fs::read_to_string(root.join("facts/sources.yaml")).unwrap();
    let published: Vec<SourceEntry> = serde_saphyr::from_str::<SourcesFile>(&sources)
        .unwrap()
        .sources;
    let subjects = std::fs::read_to_string(root.join("facts/subjects.yaml")).unwrap();
    let hints = SubjectHint::from_subjects(
        &crosscheck::yaml::from_str::<crosscheck::model::SubjectsFile>(&subjects).unwrap(),
    );
    let (mut subject_right, mut subject_wrong) = (0, Vec::new());
    let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let (mut total, mut found, mut missing) = (0, 0, Vec::new());
    for file in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
    {
        let text = std::fs::read_to_string(file).unwrap();
        let claims: ClaimsFile = serde_saphyr::from_str(&text).unwrap();
        let source = root
            .join("facts/sources")
            .join(format!("{}.txt", claims.source));
        let article = std::fs::read_to_string(&source).unwrap();
        // Dates written without a year ("Sept. 11") take the publication year.
        let year = published
            .iter()
            .find(|s| s.id == claims.source)
            .and_then(|s| s.published.get(..4)?.parse().ok());
        let mentions = extract_dated(&article, year);
        for c in &claims.claims {
            total += 1;
            let (hit, chosen) = proposal(&c.value, &c.quote, &article, &mentions);
            let index = crosscheck::extract::SubjectIndex::new(&hints);
            let suggestion = chosen.and_then(|m| index.suggest(m, &article[m.sentence.clone()]));
            let suggested = suggestion.map(|s| s.hint.key.as_str());
            if let Some(s) = suggestion {
                println!(
                    "  score {:.2} {}",
                    s.score,
                    if suggested == Some(c.subject.as_str()) {
                        "right"
                    } else {
                        "wrong"
                    }
                );
            }
            if suggested == Some(c.subject.as_str()) {
                subject_right += 1;
            } else {
                subject_wrong.push(format!(
                    "{} {}: suggested {:?}, claim says {}",
                    claims.source, c.id, suggested, c.subject
                ));
            }
            if hit {
                found += 1;
            } else {
                missing.push(format!("{} {}: {}", claims.source, c.id, c.value));
            }
        }
    }
    println!("corpus recall: {found}/{total} claims proposed by the extractor");
    for m in &missing {
        println!("  not proposed: {m}");
    }
    println!("subject suggestion: {subject_right}/{total} claims get their own subject");
    for w in &subject_wrong {
        println!("  other subject: {w}");
    }
    assert!(total > 0, "no claims read from {}", dir.display());
    assert!(
        subject_right >= SUBJECT_FLOOR,
        "subject suggestion fell to {subject_right}/{total} (floor {SUBJECT_FLOOR})"
    );
    assert!(
        missing.is_empty(),
        "{} claims were not proposed",
        missing.len()
    );
}
