//! Behaviour of the resolver on small hand-made tables.

use super::*;

/// Adds one exact figure to a hand-made table, cited by its row (shared by the tests of
/// every method's module).
pub(super) fn add_number(t: &mut ClaimTable, source: &str, object: &str, value: f64) {
    let key = key_of(t, object);
    let cite = t.claims().len() as u32;
    t.add(source, key, Value::Number(Span::exact(value)), cite);
}

/// The key of `object` in a hand-made table (added when new; no attribute, no period).
pub(super) fn key_of(t: &mut ClaimTable, object: &str) -> SubjectKey {
    SubjectKey {
        object: t.objects.intern(object),
        attribute: None,
        period: None,
    }
}

/// A hand-made table of exact figures: (source, object, value) rows.
pub(super) fn table(rows: &[(&str, &str, f64)]) -> ClaimTable {
    numbers(|add| {
        for (source, object, value) in rows {
            add(source, object, *value);
        }
    })
}

/// A hand-made table of the exact figures that `build` adds (source, object, value),
/// for tables whose rows come from loops.
pub(super) fn numbers(build: impl FnOnce(&mut dyn FnMut(&str, &str, f64))) -> ClaimTable {
    let mut t = ClaimTable::new();
    build(&mut |source, object, value| add_number(&mut t, source, object, value));
    t
}

/// The subject of `object` in a hand-made table (no attribute, no period).
pub(super) fn subject(t: &ClaimTable, object: &str) -> u32 {
    let key = SubjectKey {
        object: t.objects.get(object).unwrap(),
        attribute: None,
        period: None,
    };
    t.find_subject(&key).unwrap()
}

/// The figure resolved for `object`.
pub(super) fn best_value(t: &ClaimTable, r: &Resolution, object: &str) -> f64 {
    let best = r.best(subject(t, object)).unwrap();
    t.value_of(best.value).span().unwrap().point
}

/// Three good sources agree on ten objects; two weak sources each get a few wrong.
/// On the contested object the good source beats the weak pair.
#[test]
fn a_source_right_elsewhere_outweighs_two_often_wrong_ones() {
    let t = numbers(|add| {
        for i in 0..20 {
            let o = format!("o{i}");
            let truth = i as f64;
            add("good", &o, truth);
            add("ok1", &o, truth);
            add("ok2", &o, truth);
            let w1 = if i % 10 == 0 { truth } else { 100.0 + truth };
            let w2 = if i % 10 == 5 { truth } else { 200.0 + truth };
            add("weak1", &o, w1);
            add("weak2", &o, w2);
        }
        add("good", "x", 1.0);
        add("weak1", "x", 2.0);
        add("weak2", "x", 2.0);
    });
    let r = resolve(&t, &Config::default());
    assert_eq!(best_value(&t, &r, "x"), 1.0);
    let trust = r.trust();
    let good = t.sources.get("good").unwrap() as usize;
    let weak = t.sources.get("weak1").unwrap() as usize;
    assert!(trust[good] > trust[weak]);
    assert_eq!(
        majority(&t)[t.subjects().len() - 1],
        t.find_value(&Value::Number(Span::exact(2.0)))
    );
}

/// Three sources that repeat each other's mistakes are named as copying pairs and,
/// against two independent sources, count as little more than one.
#[test]
fn copiers_sharing_false_values_are_detected_and_discounted() {
    let t = numbers(|add| {
        let independent = ["a", "b", "c", "d", "e"];
        for i in 0..40 {
            let o = format!("o{i}");
            let truth = i as f64;
            for (k, source) in independent.iter().enumerate() {
                // Each independent source errs on its own objects, with its own value.
                let wrong = i % 8 == k;
                add(
                    source,
                    &o,
                    if wrong {
                        truth + 10.0 * (k + 1) as f64
                    } else {
                        truth
                    },
                );
            }
            let copied = if i % 3 == 0 { truth + 1000.0 } else { truth };
            for copier in ["copy1", "copy2", "copy3"] {
                add(copier, &o, copied);
            }
        }
        add("a", "x", 1.0);
        add("b", "x", 1.0);
        for copier in ["copy1", "copy2", "copy3"] {
            add(copier, "x", 2.0);
        }
    });
    let r = resolve(&t, &Config::default());
    let pairs = r.copying_pairs();
    let named = |a: &str, b: &str| {
        let (a, b) = (t.sources.get(a).unwrap(), t.sources.get(b).unwrap());
        pairs
            .iter()
            .any(|(x, y, _)| (*x, *y) == (a.min(b), a.max(b)))
    };
    assert!(named("copy1", "copy2") && named("copy2", "copy3") && named("copy1", "copy3"));
    assert!(!named("a", "b") && !named("a", "copy1"));
    assert_eq!(best_value(&t, &r, "o3"), 3.0);
    assert_eq!(best_value(&t, &r, "x"), 1.0);
    // From one start (two starts may settle elsewhere without copy detection, where
    // the copiers' trust is lower), counted as three independent voices, the copiers
    // make the right value less sure.
    let one_start = |detect_copying| Config {
        method: Method::AccuOneStart,
        detect_copying,
        ..Config::default()
    };
    let confidence = |r: &Resolution| r.best(subject(&t, "x")).unwrap().confidence;
    assert!(
        confidence(&resolve(&t, &one_start(false))) < confidence(&resolve(&t, &one_start(true)))
    );
}

/// A rounded figure supports the exact one inside its span instead of competing.
#[test]
fn a_coarse_value_supports_the_precise_value_it_contains() {
    let mut t = ClaimTable::new();
    let key = key_of(&mut t, "x");
    let rounded = Span {
        point: 1400.0,
        low: 1350.0,
        high: 1450.0,
    };
    t.add("a", key, Value::Number(Span::exact(1344.0)), 0);
    t.add("b", key, Value::Number(Span::exact(1357.0)), 1);
    t.add("c", key, Value::Number(rounded), 2);
    let r = resolve(&t, &Config::default());
    assert_eq!(best_value(&t, &r, "x"), 1357.0);
}

/// The explanation names the winner, its sources and the value it outweighs; the source
/// record counts contested claims won and lost.
#[test]
fn reasons_name_the_winner_its_sources_and_what_it_outweighs() {
    let t = numbers(|add| {
        for i in 0..10 {
            let o = format!("o{i}");
            add("good", &o, i as f64);
            add("fair", &o, i as f64);
            add("poor", &o, if i < 5 { 50.0 + i as f64 } else { i as f64 });
        }
        add("good", "x", 910.0);
        add("poor", "x", 1400.0);
    });
    let r = resolve(&t, &Config::default());
    let e = r.explain(&t, subject(&t, "x")).unwrap();
    assert_eq!(e.value, "910");
    assert_eq!(e.candidates[1].value, "1,400");
    assert!(e.reason.starts_with("good (1 source"), "{}", e.reason);
    assert!(
        e.reason.contains("it outweighs 1,400 (1 source"),
        "{}",
        e.reason
    );
    let records = r.sources(&t);
    let poor = records.iter().find(|s| s.source == "poor").unwrap();
    assert_eq!(
        (poor.claims, poor.contested, poor.won, poor.lost),
        (11, 11, 5, 6)
    );
    assert_eq!(records.last().unwrap().source, "poor");
}

/// Refined per attribute, a source that is right on one attribute and wrong on another
/// gets two trusts, each from its own record.
#[test]
fn refinement_per_attribute_separates_a_sources_good_and_bad_attributes() {
    let mut t = ClaimTable::new();
    let (good, bad) = (t.attributes.intern("good"), t.attributes.intern("bad"));
    for i in 0..20 {
        for (attribute, wrong) in [(good, false), (bad, true)] {
            let key = SubjectKey {
                object: t.objects.intern(&format!("o{i}")),
                attribute: Some(attribute),
                period: None,
            };
            for source in ["a", "b", "c"] {
                t.add(source, key, Value::Number(Span::exact(i as f64)), 0);
            }
            let value = if wrong { 100.0 + i as f64 } else { i as f64 };
            t.add("mixed", key, Value::Number(Span::exact(value)), 1);
        }
    }
    let r = resolve(&t, &Config::default());
    let mixed = t.sources.get("mixed").unwrap();
    let trust_on = |a: u32| {
        r.unit_trust()
            .iter()
            .find(|((s, attr), _)| *s == mixed && *attr == Some(a))
            .map(|(_, trust)| *trust)
            .unwrap()
    };
    assert!(trust_on(good) > 0.8, "{}", trust_on(good));
    assert!(trust_on(bad) < 0.2, "{}", trust_on(bad));
    let per_source = Config {
        refine_per_attribute: false,
        ..Config::default()
    };
    let plain = resolve(&t, &per_source);
    assert!(
        plain
            .unit_trust()
            .iter()
            .all(|((_, attr), _)| attr.is_none())
    );
}

/// With false values drawn by popularity, one lone claim from a source of accuracy A
/// has probability A, and two agreeing sources are surer than either alone.
#[test]
fn a_lone_claim_has_its_sources_accuracy_and_agreement_raises_it() {
    let t = table(&[("a", "x", 1.0), ("a", "y", 2.0), ("b", "y", 2.0)]);
    let r = resolve(&t, &Config::default());
    let confidence = |object: &str| r.best(subject(&t, object)).unwrap().confidence;
    let a = r.trust()[t.sources.get("a").unwrap() as usize];
    assert!(
        (confidence("x") - a).abs() < 1e-9,
        "{} vs {a}",
        confidence("x")
    );
    assert!(confidence("y") > a);
}

/// PooledInvestment (the measured alternative): on the same table, the sources right
/// elsewhere earn more trust than the often-wrong ones, and the value they back wins.
#[test]
fn pooled_investment_trusts_the_sources_right_elsewhere() {
    let t = numbers(|add| {
        for i in 0..10 {
            let o = format!("o{i}");
            let truth = i as f64;
            add("good", &o, truth);
            add("ok", &o, truth);
            add("weak", &o, 100.0 + truth);
        }
        add("good", "x", 1.0);
        add("weak", "x", 2.0);
    });
    let config = Config {
        method: Method::PooledInvestment,
        ..Config::default()
    };
    let r = resolve(&t, &config);
    assert_eq!(best_value(&t, &r, "x"), 1.0);
    assert_eq!(best_value(&t, &r, "o3"), 3.0);
    let trust = r.trust();
    let source = |name: &str| t.sources.get(name).unwrap() as usize;
    assert!(trust[source("good")] > trust[source("weak")]);
}

/// In the refinement per attribute, a source that is nearly always wrong on an attribute
/// (a tracker giving its own kind of time) does not count against the value it gives
/// when, for once, it agrees with a trusted source: it is ignored, not inverted.
#[test]
fn a_usually_wrong_source_agreeing_with_a_trusted_one_is_not_evidence_against_it() {
    let mut t = ClaimTable::new();
    let (s, k) = (t.attributes.intern("s"), t.attributes.intern("t"));
    let add = |t: &mut ClaimTable, object: &str, attribute: u32, source: &str, v: f64| {
        let key = SubjectKey {
            object: t.objects.intern(object),
            attribute: Some(attribute),
            period: None,
        };
        t.add(source, key, Value::Number(Span::exact(v)), 0);
    };
    for i in 0..20 {
        let (o, truth) = (format!("o{i}"), i as f64);
        for source in ["a", "b", "c", "d", "t1", "t2"] {
            add(&mut t, &o, s, source, truth);
        }
        add(&mut t, &o, k, "a", truth);
        add(&mut t, &o, k, "b", truth);
        add(
            &mut t,
            &o,
            k,
            "c",
            if i < 14 { truth } else { 500.0 + truth },
        );
        add(
            &mut t,
            &o,
            k,
            "d",
            if i >= 6 { truth } else { 600.0 + truth },
        );
        add(&mut t, &o, k, "t1", 1000.0 + truth);
        add(&mut t, &o, k, "t2", 1000.0 + truth);
    }
    for (source, v) in [("a", 1.0), ("t1", 1.0), ("t2", 1.0), ("c", 2.0), ("d", 2.0)] {
        add(&mut t, "x", k, source, v);
    }
    let winner = |config: &Config| {
        let r = resolve(&t, config);
        let key = SubjectKey {
            object: t.objects.get("x").unwrap(),
            attribute: Some(k),
            period: None,
        };
        let best = r.best(t.find_subject(&key).unwrap()).unwrap();
        t.value_of(best.value).span().unwrap().point
    };
    assert_eq!(winner(&Config::default()), 1.0);
    let inverted = Config {
        refine_vote_floor: 0.0,
        ..Config::default()
    };
    assert_eq!(winner(&inverted), 2.0);
}

/// Money in another currency than its subject's is resolved at the comparer's conversion
/// (the editor's rate), not at its raw figure; without a rate it takes no part.
#[test]
fn money_in_another_currency_is_resolved_at_the_editors_rate() {
    use crate::load::{Input, TextFile};
    let file = |path: &str, text: &str| TextFile {
        path: path.into(),
        text: text.into(),
    };
    let rows = [
        ("s1", "cost", "$1.18 million", "It cost $1.18 million."),
        ("s2", "cost", "€1 million", "It cost €1 million."),
        ("s3", "cost", "$1 million", "It cost $1 million."),
        ("s4", "cost", "£1 million", "It cost £1 million."),
    ];
    let mut sources = String::from("sources:\n");
    let mut claims = Vec::new();
    let mut texts = std::collections::BTreeMap::new();
    for (s, subject, value, quote) in rows {
        sources.push_str(&format!(
            "  - id: {s}\n    publisher: P {s}\n    published: 2021-07-08\n"
        ));
        claims.push(file(
            &format!("facts/claims/{s}.yaml"),
            &format!(
                "source: {s}\nclaims:\n  - id: {s}-0\n    subject: {subject}\n    value: \"{value}\"\n    quote: \"{quote}\"\n"
            ),
        ));
        texts.insert(s.to_string(), quote.to_string());
    }
    let input = Input {
        root: "facts".into(),
        sources: vec![file("facts/sources.yaml", &sources)],
        subjects: vec![file(
            "facts/subjects.yaml",
            "subjects:\n  - key: cost\n    label: cost\n    dimension: money\n    unit: \"USD\"\n",
        )],
        claims,
        texts,
        rates: Some(file(
            "facts/rates.yaml",
            "rates:\n  - date: 2021-07\n    pair: EUR/USD\n    rate: 1.18\n    citation: ECB reference rate, July 2021 average\n",
        )),
        ..Input::default()
    };
    let (loaded, findings) = crate::run(&input);
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    let ct = corpus::table(&loaded.corpus, &findings.unwrap());
    let mut points: Vec<f64> = ct
        .table
        .claims()
        .iter()
        .map(|c| ct.table.value_of(c.value).span().unwrap().point)
        .collect();
    points.sort_by(f64::total_cmp);
    // €1 million is $1.18 million, two origins behind it; the pound has no rate.
    assert_eq!(ct.claim_ids.len(), 3);
    assert!((points[0] - 1.0e6).abs() < 1.0, "{points:?}");
    assert!((points[1] - 1.18e6).abs() < 1.0, "{points:?}");
    assert!((points[2] - 1.18e6).abs() < 1.0, "{points:?}");
}

/// The cheap explanation `best::attach` uses (`brief`) says what the full one says: the
/// same value, confidence, reason and ties, on a generated table with many sources per
/// value (the reason names three and counts the rest), a source claiming twice, coarse
/// spans agreeing with finer values, and exact ties.
#[test]
fn the_brief_explanation_is_the_full_ones_value_confidence_reason_and_ties() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let mut t = ClaimTable::new();
    for subject in 0..400 {
        let key = key_of(&mut t, &format!("s{subject}"));
        for _ in 0..1 + next(12) {
            let source = format!("source {}", next(40));
            let point = 100.0 + next(4) as f64;
            let value = match next(5) {
                0 => Span {
                    point,
                    low: point - 2.0,
                    high: point + 2.0,
                },
                _ => Span::exact(point),
            };
            let cite = t.claims().len() as u32;
            t.add(&source, key, Value::Number(value), cite);
        }
    }
    let r = resolve(&t, &Config::default());
    let (mut more, mut tied) = (0, 0);
    for s in 0..t.subjects().len() as u32 {
        let full = r.explain(&t, s).unwrap();
        let brief = r.brief(&t, s).unwrap();
        assert_eq!(
            (
                &brief.value,
                brief.confidence,
                &brief.reason,
                &brief.tied_with
            ),
            (&full.value, full.confidence, &full.reason, &full.tied_with)
        );
        more += full.reason.contains(" more (") as usize;
        tied += !full.tied_with.is_empty() as usize;
    }
    // The cases the brief path could get wrong are there.
    assert!(more > 0 && tied > 0, "{more} {tied}");
}
