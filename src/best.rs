//! Each subject's best-supported value, attached to the findings for the commands that
//! show it beside the clusters (`report`, `show`, `export`): the resolver's answer, an
//! editor's preferred claim deciding over it — the same entries as `crosscheck resolve`
//! (`resolve::corpus::resolve_corpus`; a test holds the two equal), assembled here in
//! one pass over the table and the claims, so `report` and `export` stay linear in the
//! corpus (`resolve_corpus` scans the table once per subject). The gate (`check`) does
//! not ask for it.

use std::collections::HashMap;

use crate::findings::{BestValue, Findings};
use crate::model::{Corpus, Rank};
use crate::resolve::corpus::{self, Resolved};
use crate::resolve::{Config, resolve};

/// Resolves the corpus once and sets every subject's `resolved` values.
pub fn attach(corpus: &Corpus, findings: &mut Findings) {
    let mut by_subject: HashMap<String, Vec<BestValue>> = HashMap::new();
    for r in resolved(corpus, &Config::default()) {
        by_subject.entry(r.subject).or_default().push(BestValue {
            from: r.period,
            value: r.value,
            // Three decimals: the figure is an estimate, not a measurement.
            confidence: (r.confidence * 1000.0).round() / 1000.0,
            decided_by: r.decided_by.to_string(),
            tied_with: match r.decided_by {
                "editor" => Vec::new(),
                _ => r.explanation.tied_with.clone(),
            },
            reason: r.reason,
        });
    }
    for s in &mut findings.subjects {
        s.resolved = by_subject.remove(&s.key).unwrap_or_default();
    }
}

/// Every subject's resolved value (one per window of a subject that changes), in the
/// order of the subjects file, windows by name: what `resolve_corpus` gives.
pub fn resolved(corpus: &Corpus, config: &Config) -> Vec<Resolved> {
    let ct = corpus::table(corpus);
    let resolution = resolve(&ct.table, config);
    let table = &ct.table;
    // The table's subjects (windows) of each corpus subject.
    let mut windows: HashMap<u32, Vec<u32>> = HashMap::new();
    for (s, key) in table.subjects().iter().enumerate() {
        windows.entry(key.object).or_default().push(s as u32);
    }
    // The first preferred claim (in file order) of each table subject.
    let mut window_of: HashMap<&str, u32> = HashMap::new();
    for c in table.claims() {
        window_of
            .entry(ct.claim_ids[c.cite as usize].as_str())
            .or_insert(c.subject);
    }
    let mut preferred: HashMap<u32, &crate::model::Claim> = HashMap::new();
    for c in corpus.claims.iter().filter(|c| c.rank == Rank::Preferred) {
        if let Some(&s) = window_of.get(c.id.as_str()) {
            preferred.entry(s).or_insert(c);
        }
    }
    let mut out = Vec::new();
    for subject in &corpus.subjects {
        let Some(object) = table.objects.get(&subject.key) else {
            continue;
        };
        let mut ids = windows.remove(&object).unwrap_or_default();
        ids.sort_by_cached_key(|s| table.subject_name(*s));
        for s in ids {
            let Some(explanation) = resolution.explain(table, s) else {
                continue;
            };
            let (value, confidence, decided_by, reason) = match preferred.get(&s) {
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
            let period = table.subjects()[s as usize].period;
            out.push(Resolved {
                subject: subject.key.clone(),
                period: period.map(|p| table.periods.name(p).to_string()),
                value,
                confidence,
                decided_by,
                reason,
                explanation,
            });
        }
    }
    out
}
