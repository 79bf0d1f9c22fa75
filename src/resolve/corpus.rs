//! The facts corpus as a claims table, and its resolution with the editors' word on top.
//!
//! Each compared claim (stated, not derived; not deprecated, not flagged `mistaken`)
//! becomes a claim whose source is its independent origin as the evidence model names it
//! (`Parties::origin_of`: its `origin`, else its claimant, resolved through parties.yaml),
//! else the article. Its value is the interval crosscheck compares (an approximate figure
//! widened by the subject's tolerance, a bound open-ended), so a coarse claim supports
//! the precise values inside it. A subject that changes over time is resolved per window
//! of its `window_days`. An editor's `preferred` claim wins over the algorithm, and the
//! reason says so.

use std::collections::HashMap;

use serde::Serialize;

use super::report::Explanation;
use super::table::{ClaimTable, Span, SubjectKey, Value};
use super::{Config, Resolution, resolve};

use crate::model::{Corpus, FlagStatus, Rank};
use crate::parties::Parties;

/// The corpus's claims: the table, and for each table claim (its `cite`) the claim's id.
pub struct CorpusTable {
    pub table: ClaimTable,
    pub claim_ids: Vec<String>,
}

/// One subject's resolved value, as the commands show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved {
    pub subject: String,
    /// The period (window) it holds for, when the subject changes over time.
    pub period: Option<String>,
    pub value: String,
    pub confidence: f64,
    /// `algorithm` or `editor` (a preferred claim).
    pub decided_by: &'static str,
    pub reason: String,
    pub explanation: Explanation,
}

/// Builds the table from the compared claims of a valid corpus.
pub fn table(corpus: &Corpus) -> CorpusTable {
    let mistaken: Vec<&str> = corpus
        .flags
        .iter()
        .filter(|f| f.decision.status == FlagStatus::Mistaken)
        .filter_map(|f| f.decision.claim.as_deref())
        .collect();
    let subjects: HashMap<&str, _> = corpus
        .subjects
        .iter()
        .map(|s| (s.key.as_str(), s))
        .collect();
    let parties = Parties::new(&corpus.parties);
    let mut t = ClaimTable::new();
    let mut claim_ids = Vec::new();
    for claim in &corpus.claims {
        let Some(subject) = subjects.get(claim.subject.as_str()) else {
            continue;
        };
        // Derived claims are no source's statement; deprecated and mistaken ones are out.
        if claim.derived.is_some()
            || claim.rank == Rank::Deprecated
            || mistaken.contains(&claim.id.as_str())
        {
            continue;
        }
        let iv = subject.interval_of(&claim.value);
        let (low, high) = (iv.low.value, iv.high.value);
        let point = match (low.is_finite(), high.is_finite()) {
            (true, true) => (low + high) / 2.0,
            (true, false) => low,
            _ => high,
        };
        let period = subject.window_days.map(|days| {
            let date = claim
                .as_of
                .or_else(|| corpus.source(&claim.source).and_then(|s| s.published));
            let day = date.map_or(0, |d| d.day_span().0);
            let start = day.div_euclid(days.max(1)) * days.max(1);
            t.periods.intern(&crate::value::date::render_day(start))
        });
        let key = SubjectKey {
            object: t.objects.intern(&subject.key),
            attribute: None,
            period,
        };
        let value = Value::Number(Span { point, low, high });
        let source = parties
            .origin_of(claim)
            .map_or_else(|| claim.source.clone(), |o| o.name);
        t.add(&source, key, value, claim_ids.len() as u32);
        let id = t.find_value(&value).unwrap_or(0);
        t.labels
            .entry(id)
            .or_insert_with(|| claim.value_text.clone());
        claim_ids.push(claim.id.clone());
    }
    CorpusTable {
        table: t,
        claim_ids,
    }
}

/// Resolves every subject of the corpus (one entry per subject and period), in the
/// order of the subjects file.
pub fn resolve_corpus(
    corpus: &Corpus,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved>) {
    resolve_table(corpus, table(corpus), config)
}

/// [`resolve_corpus`] on a table built from the corpus and then added to (the facts
/// folder's stored tables: their claims are resolved together with the corpus's, their
/// `cite`s indexing `claim_ids` too). Lists the corpus's subjects only.
pub fn resolve_table(
    corpus: &Corpus,
    ct: CorpusTable,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved>) {
    let resolution = resolve(&ct.table, config);
    let mut out = Vec::new();
    for subject in &corpus.subjects {
        let Some(object) = ct.table.objects.get(&subject.key) else {
            continue;
        };
        let mut ids: Vec<u32> = (0..ct.table.subjects().len() as u32)
            .filter(|s| ct.table.subjects()[*s as usize].object == object)
            .collect();
        ids.sort_by_key(|s| ct.table.subject_name(*s));
        for s in ids {
            let Some(explanation) = resolution.explain(&ct.table, s) else {
                continue;
            };
            let key = ct.table.subjects()[s as usize];
            let preferred = corpus.claims.iter().find(|c| {
                c.subject == subject.key && c.rank == Rank::Preferred && in_subject(&ct, s, &c.id)
            });
            let (value, confidence, decided_by, reason) = match preferred {
                Some(c) => (
                    c.value_text.clone(),
                    1.0,
                    "editor",
                    format!(
                        "an editor marked claim {} preferred; the algorithm alone would say: {}",
                        c.id, explanation.reason
                    ),
                ),
                None => (
                    explanation.value.clone(),
                    explanation.confidence,
                    "algorithm",
                    explanation.reason.clone(),
                ),
            };
            out.push(Resolved {
                subject: subject.key.clone(),
                period: key.period.map(|p| ct.table.periods.name(p).to_string()),
                value,
                confidence,
                decided_by,
                reason,
                explanation,
            });
        }
    }
    (ct, resolution, out)
}

fn in_subject(ct: &CorpusTable, subject: u32, claim_id: &str) -> bool {
    ct.table
        .claims()
        .iter()
        .any(|c| c.subject == subject && ct.claim_ids[c.cite as usize] == claim_id)
}
