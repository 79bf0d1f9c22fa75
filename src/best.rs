//! Each subject's best-supported value, attached to the findings for the commands that
//! show it beside the clusters (`report`, `show`, `export`): the entries of
//! `resolve::corpus::resolve_corpus` (its explanations cut to what is kept here:
//! `resolve_corpus_brief`), the one linear resolution `crosscheck resolve` and
//! `sources` use too, so every command gives one answer. The gate (`check`) does not ask
//! for it.

use crate::findings::{BestValue, Findings};
use crate::model::Corpus;
use crate::model::fxhash::FxHashMap;
use crate::resolve::Config;
use crate::resolve::corpus::resolve_corpus_brief;

/// Resolves the corpus once and sets every subject's `resolved` values.
pub fn attach(corpus: &Corpus, findings: &mut Findings) {
    let mut by_subject: FxHashMap<String, Vec<BestValue>> = FxHashMap::default();
    let resolved = resolve_corpus_brief(corpus, findings, &Config::default());
    for r in resolved {
        by_subject.entry(r.subject).or_default().push(BestValue {
            from: r.period,
            value: r.value,
            // Three decimals: the figure is an estimate, not a measurement.
            confidence: (r.confidence * 1000.0).round() / 1000.0,
            decided_by: r.decided_by.to_string(),
            tied_with: match r.decided_by {
                "editor" => Vec::new(),
                _ => r.explanation.tied_with,
            },
            reason: r.reason,
        });
    }
    for s in &mut findings.subjects {
        s.resolved = by_subject.remove(&s.key).unwrap_or_default();
    }
}
