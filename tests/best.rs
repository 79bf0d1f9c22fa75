//! The best-supported value `report`, `show` and `export` attach (`best::attach`) is
//! exactly what `crosscheck resolve` gives (`resolve_corpus`): every entry, in order, on
//! the bundled corpus, on the conflict fixture, and with an editor's preferred claim.

mod common;

use common::facts_input as input;
use crosscheck::findings::Findings;
use crosscheck::load::Input;
use crosscheck::model::Corpus;
use crosscheck::resolve::Config;
use crosscheck::resolve::corpus::{resolve_corpus, resolve_corpus_brief};

fn analyse(input: &Input) -> (Corpus, Findings) {
    let (loaded, findings) = crosscheck::run(input);
    let findings = findings.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics));
    (loaded.corpus, findings)
}

/// Attaches the best values and checks them against `resolve_corpus`, entry by entry.
fn assert_same(input: &Input) -> Findings {
    let (corpus, mut findings) = analyse(input);
    let (_, _, expected) = resolve_corpus(&corpus, &findings, &Config::default());
    crosscheck::best::attach(&corpus, &mut findings);
    let attached: Vec<_> = findings
        .subjects
        .iter()
        .flat_map(|s| s.resolved.iter().map(move |b| (s.key.as_str(), b)))
        .map(|(k, b)| {
            (
                k,
                b.from.clone(),
                b.value.clone(),
                b.decided_by.clone(),
                b.reason.clone(),
            )
        })
        .collect();
    let mut expected: Vec<_> = expected
        .iter()
        .map(|r| {
            let by = r.decided_by.to_string();
            (
                r.subject.as_str(),
                r.period.clone(),
                r.value.clone(),
                by,
                r.reason.clone(),
            )
        })
        .collect();
    assert!(!expected.is_empty());
    // The findings list subjects by key; each subject's periods keep their order.
    expected.sort_by_key(|e| e.0);
    assert_eq!(attached, expected);
    findings
}

#[test]
fn the_attached_values_are_those_of_resolve() {
    for dir in ["facts", "tests/fixtures/conflict"] {
        assert!(std::path::Path::new(dir).is_dir());
        assert_same(&input(dir));
    }
}

/// The cheap entries `attach` resolves (`resolve_corpus_brief`) carry the full
/// explanation's value, confidence, reason and ties, entry by entry.
#[test]
fn the_brief_entries_are_the_full_ones() {
    for dir in ["facts", "tests/fixtures/conflict"] {
        let (corpus, findings) = analyse(&input(dir));
        let (_, _, full) = resolve_corpus(&corpus, &findings, &Config::default());
        let grouped = resolve_corpus_brief(&corpus, &findings, &Config::default(), |r| r);
        // Grouped by subject, each group its subject's, none empty.
        for (subject, entries) in &grouped {
            assert!(!entries.is_empty());
            assert!(entries.iter().all(|b| b.subject == subject.key));
        }
        let brief: Vec<_> = grouped.into_iter().flat_map(|(_, e)| e).collect();
        assert_eq!(brief.len(), full.len());
        assert!(!full.is_empty());
        for (b, f) in brief.iter().zip(&full) {
            let e = (&b.explanation, &f.explanation);
            assert_eq!(
                (&b.subject, &b.period, &b.value, b.confidence, &b.reason),
                (&f.subject, &f.period, &f.value, f.confidence, &f.reason)
            );
            assert_eq!(
                (e.0.confidence, &e.0.tied_with),
                (e.1.confidence, &e.1.tied_with)
            );
            // The algorithm's value and reason are the entry's (moved out of the brief).
            if f.decided_by == "algorithm" {
                assert_eq!((&b.value, &b.reason), (&e.1.value, &e.1.reason));
            }
        }
    }
}

#[test]
fn an_editors_preferred_claim_decides_as_in_resolve() {
    let mut input = input("facts");
    let id = "  - id: inforos-taliban-held-districts\n";
    let file = input
        .claims
        .iter_mut()
        .find(|f| f.text.contains(id))
        .unwrap();
    file.text = file.text.replace(
        id,
        &format!("{id}    rank: preferred\n    rank_reason: the latest count\n"),
    );
    let findings = assert_same(&input);
    let held = findings
        .subjects
        .iter()
        .find(|s| s.key == "taliban-held-districts")
        .unwrap();
    let best: Vec<_> = held
        .resolved
        .iter()
        .map(|b| (b.decided_by.as_str(), b.value.as_str()))
        .collect();
    assert_eq!(best, [("editor", "188 districts")]);
}

#[test]
fn each_period_of_the_report_has_at_most_one_best_value_from_its_first_day() {
    for dir in ["facts", "tests/fixtures/conflict"] {
        let findings = assert_same(&input(dir));
        let mut changing = 0;
        for s in &findings.subjects {
            let froms: Vec<Option<&str>> = s
                .groups
                .iter()
                .map(|g| g.period.as_ref().map(|p| p.from.as_str()))
                .collect();
            let best: Vec<Option<&str>> = s.resolved.iter().map(|b| b.from.as_deref()).collect();
            // One best value per group at most, in the groups' order, named as they are.
            let mut unmatched = froms.iter();
            for from in &best {
                assert!(
                    unmatched.any(|f| f == from),
                    "{}: best value from {from:?} is not one of the periods {froms:?}",
                    s.key
                );
            }
            changing += usize::from(froms.iter().any(Option::is_some));
        }
        assert!(dir != "facts" || changing > 0, "a subject that changes");
    }
}
