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
use crate::resolve::corpus::{Resolved, resolve_corpus_brief};
use crate::resolve::report::Brief;

/// Resolves the corpus once and sets every subject's `resolved` values (made on every
/// core as they are explained, and handed to their subjects without a map by key of all
/// the entries; the subjects' places by key found while the corpus is resolved).
pub fn attach(corpus: &Corpus, findings: &mut Findings) {
    // The findings' subjects by key (a pass over cold keys on one core) found beside the
    // resolution, which leaves a core free in its passes on one thread.
    let (resolved, at) = rayon::join(
        || resolve_corpus_brief(corpus, findings, &Config::default(), best_value),
        || -> FxHashMap<&str, usize> {
            (findings.subjects.iter().enumerate())
                .map(|(i, s)| (s.key.as_str(), i))
                .collect()
        },
    );
    let places: Vec<Option<usize>> = (resolved.iter())
        .map(|(subject, _)| at.get(subject.key.as_str()).copied())
        .collect();
    drop(at);
    for s in &mut findings.subjects {
        s.resolved.clear();
    }
    for (place, (_, values)) in places.into_iter().zip(resolved) {
        if let Some(i) = place {
            findings.subjects[i].resolved.extend(values);
        }
    }
}

/// One resolved entry as the findings show it.
fn best_value(r: Resolved<Brief>) -> BestValue {
    BestValue {
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
    }
}
