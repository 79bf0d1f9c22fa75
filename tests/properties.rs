//! Property tests for the value grammar and the comparer.

use crosscheck::compare::fingerprint;
use crosscheck::diagnostic::Location;
use crosscheck::model::{Subject, Tolerance};
use crosscheck::value::{Dimension, Qualifier, Quantity, Unit, Value, parse_quantity};
use proptest::prelude::*;

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::Approx),
        Just(Qualifier::MoreThan),
        Just(Qualifier::AtLeast),
        Just(Qualifier::LessThan),
        Just(Qualifier::UpTo),
        Just(Qualifier::AtMost),
        Just(Qualifier::Range),
    ]
}

fn unit() -> impl Strategy<Value = Option<Unit>> {
    prop_oneof![
        Just(None),
        Just(Unit::named("kilometre")),
        Just(Unit::named("mile")),
        Just(Unit::named("metre")),
        Just(Some(Unit::Money("USD".into()))),
        Just(Some(Unit::Money("EUR".into()))),
        Just(Some(Unit::Percent)),
        Just(Some(Unit::Count("district".into()))),
        Just(Some(Unit::Count("person".into()))),
        Just(Some(Unit::Count("soldier".into()))),
    ]
}

/// Amounts as reporters write them: whole numbers or up to three decimals.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..10_000_000_000).prop_map(|n| n as f64),
        (0u64..100_000_000, 1u32..4)
            .prop_map(|(n, d)| format!("{}e-{d}", n).parse::<f64>().unwrap()),
    ]
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (qualifier(), amount(), amount(), unit()).prop_map(|(q, a, b, unit)| {
        let (low, high) = if q == Qualifier::Range {
            (a.min(b), a.max(b))
        } else {
            (a, a)
        };
        Quantity {
            qualifier: q,
            low,
            high,
            unit,
        }
    })
}

fn subject(tolerance: Tolerance) -> Subject {
    Subject {
        key: "s".into(),
        label: "s".into(),
        dimension: Dimension::LENGTH,
        unit: Unit::named("kilometre"),
        tolerance,
        aliases: vec![],
        exact: false,
        window_days: None,
        relations: Default::default(),
        location: Location::default(),
    }
}

proptest! {
    #[test]
    fn rendering_then_parsing_gives_the_same_value(q in quantity()) {
        let text = q.to_string();
        let back = parse_quantity(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
        prop_assert_eq!(back, q, "{}", text);
    }

    #[test]
    fn conflict_is_symmetric(a in quantity(), b in quantity(), tol in 0u32..30) {
        let length = |q: Quantity| Value::Quantity(Quantity { unit: Unit::named("kilometre"), ..q });
        let s = subject(Tolerance::Relative(f64::from(tol) / 100.0));
        let (ia, ib) = (s.interval_of(&length(a)), s.interval_of(&length(b)));
        prop_assert_eq!(ia.overlaps(&ib), ib.overlaps(&ia));
        prop_assert!(ia.overlaps(&ia));
    }

    #[test]
    fn miles_and_kilometres_describe_the_same_interval(km in 1u64..100_000, q in qualifier()) {
        // A figure in km, written again in miles (to the precision f64 gives), then back.
        let s = subject(Tolerance::Relative(0.05));
        let as_km = Quantity { qualifier: q, low: km as f64, high: km as f64, unit: Unit::named("kilometre") };
        let miles = km as f64 / 1.609344;
        let as_mi = Quantity { qualifier: q, low: miles, high: miles, unit: Unit::named("mile") };
        let (a, b) = (s.interval_of(&Value::Quantity(as_km)), s.interval_of(&Value::Quantity(as_mi)));
        let close = |x: f64, y: f64| (x.is_infinite() && x == y) || (x - y).abs() <= 1e-9 * x.abs().max(1.0);
        prop_assert!(close(a.low.value, b.low.value) && close(a.high.value, b.high.value), "{a:?} vs {b:?}");
        prop_assert_eq!(a.low.closed, b.low.closed);
        prop_assert!(a.overlaps(&b));
    }

    #[test]
    fn fingerprint_ignores_claim_order(ids in proptest::collection::vec("[a-z0-9-]{1,12}", 2..8), seed in any::<u64>()) {
        let mut shuffled: Vec<&str> = ids.iter().map(String::as_str).collect();
        let original = shuffled.clone();
        // A deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(fingerprint("subject", &original), fingerprint("subject", &shuffled));
    }
}

/// Builds a two-source corpus from `(id, source, km)` claims, writing each claim's keys in
/// the order `key_order` and the claims of each file in the order given.
fn corpus_input(
    claims: &[(String, usize, u32)],
    key_order: &[usize; 4],
) -> crosscheck::load::Input {
    use crosscheck::load::{Input, TextFile};
    let file = |path: &str, text: String| TextFile {
        path: format!("facts/{path}").into(),
        text,
    };
    let mut input = Input {
        root: "facts".into(),
        sources: vec![file(
            "sources.yaml",
            "sources:\n  - id: s0\n    publisher: A\n    published: 2021\n  - id: s1\n    publisher: B\n    published: 2021\n".into(),
        )],
        subjects: vec![file(
            "subjects.yaml",
            "subjects:\n  - key: border\n    label: Border\n    dimension: length\n    unit: km\n".into(),
        )],
        ..Input::default()
    };
    for s in 0..2 {
        let mut text = String::new();
        let mut yaml = format!("source: s{s}\nclaims:\n");
        for (id, source, km) in claims.iter().filter(|c| c.1 == s) {
            let _ = source;
            text.push_str(&format!("Figure {id} is {km} km.\n"));
            let fields = [
                format!("id: {id}"),
                "subject: border".to_string(),
                format!("value: {km} km"),
                format!("quote: \"Figure {id} is {km} km.\""),
            ];
            for (k, i) in key_order.iter().enumerate() {
                yaml.push_str(if k == 0 { "  - " } else { "    " });
                yaml.push_str(&fields[*i]);
                yaml.push('\n');
            }
        }
        if !yaml.contains("  - ") {
            yaml = format!("source: s{s}\nclaims: []\n");
        }
        input.claims.push(file(&format!("claims/s{s}.yaml"), yaml));
        input.texts.insert(format!("s{s}"), text);
    }
    input
}

fn conflict_ids(input: &crosscheck::load::Input) -> Vec<String> {
    let (loaded, findings) = crosscheck::run(input);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let mut ids: Vec<String> = findings
        .unwrap()
        .conflicts()
        .map(|(_, _, c)| c.id.clone())
        .collect();
    ids.sort();
    ids
}

proptest! {
    #[test]
    fn conflict_ids_ignore_the_order_of_files_claims_and_keys(
        kms in proptest::collection::vec(prop_oneof![Just(910u32), Just(1344), Just(1400)], 2..7),
        sources in proptest::collection::vec(0usize..2, 7),
        order in Just([0usize, 1, 2, 3]).prop_shuffle(),
        rotate in 0usize..7,
    ) {
        let claims: Vec<(String, usize, u32)> =
            kms.iter().enumerate().map(|(i, km)| (format!("c{i}"), sources[i], *km)).collect();
        let base = conflict_ids(&corpus_input(&claims, &[0, 1, 2, 3]));
        let mut moved = claims.clone();
        moved.rotate_left(rotate % claims.len());
        moved.reverse();
        let order: [usize; 4] = [order[0], order[1], order[2], order[3]];
        let mut input = corpus_input(&moved, &order);
        input.claims.reverse();
        prop_assert_eq!(conflict_ids(&input), base);
    }
}

fn claim_of(i: usize, source: usize, q: Quantity) -> crosscheck::model::Claim {
    crosscheck::model::Claim {
        id: format!("c{i}").into(),
        subject: "s".into(),
        source: format!("src{source}").into(),
        value_text: q.to_string().into(),
        value: Value::Quantity(q),
        quote: "".into(),
        claimant: None,
        claimant_role: None,
        origin: None,
        origin_named_in: None,
        via: None,
        derived: None,
        as_of: None,
        rank: crosscheck::model::Rank::Normal,
        rank_reason: None,
        location: Location::default(),
        value_location: Location::default(),
        quote_location: Location::default(),
    }
}

proptest! {
    /// The sweep's verdict agrees with the definition: a subject is in conflict exactly
    /// when two of its claims do not overlap, and every cluster is pairwise compatible.
    #[test]
    fn conflict_iff_some_pair_is_disjoint(
        qs in proptest::collection::vec((quantity(), 0usize..3), 1..8),
        tol in 0u32..20,
    ) {
        let subject = subject(Tolerance::Relative(f64::from(tol) / 100.0));
        let claims: Vec<_> = qs
            .into_iter()
            .enumerate()
            .map(|(i, (q, src))| claim_of(i, src, Quantity { unit: Unit::named("kilometre"), ..q }))
            .collect();
        let sources = (0..3)
            .map(|i| crosscheck::model::Source {
                id: format!("src{i}"),
                publisher: "p".into(),
                title: None,
                published: Some(crosscheck::value::Date::parse("2021").unwrap()),
                retrieved: None,
                url: None,
                text_path: String::new(),
            })
            .collect();
        let corpus = crosscheck::model::Corpus::new(sources, vec![subject.clone()], claims.clone(), vec![], vec![], vec![]);
        let findings = crosscheck::compare::analyze(&corpus);
        let intervals: Vec<_> = claims.iter().map(|c| subject.reach_of(&c.value)).collect();
        let disjoint_pair = (0..intervals.len()).any(|a| (a + 1..intervals.len()).any(|b| !intervals[a].overlaps(&intervals[b])));
        let finding = &findings.subjects[0];
        prop_assert_eq!(finding.verdict == crosscheck::findings::Verdict::Conflict, disjoint_pair);
        for cluster in &finding.groups[0].clusters {
            let ivs: Vec<_> = cluster.claims.iter().map(|c| {
                let i: usize = c.id[1..].parse().unwrap();
                intervals[i]
            }).collect();
            for a in &ivs {
                for b in &ivs {
                    prop_assert!(a.overlaps(b));
                }
            }
        }
    }
}

fn date() -> impl Strategy<Value = crosscheck::value::Date> {
    (1900i64..2100, proptest::option::of(1u32..=12), 1u32..=31).prop_map(|(y, m, d)| {
        let day = m.map(|m| {
            d.min(u32::from(crosscheck::value::date::days_in_month(
                y as i32, m as u8,
            )))
        });
        crosscheck::value::Date::new(y, m, day).unwrap()
    })
}

proptest! {
    #[test]
    fn dates_render_and_parse_back(a in date(), b in date(), q in qualifier()) {
        use crosscheck::value::{DateValue, parse_date_value};
        let (start, end) = if q == Qualifier::Range {
            if a.day_span().0 <= b.day_span().1 { (a, b) } else { (b, a) }
        } else {
            (a, a)
        };
        let v = DateValue { qualifier: q, start, end };
        let text = v.to_string();
        let back = parse_date_value(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
        // "up to" and "at most" are both written "by".
        let expect = if q == Qualifier::UpTo { DateValue { qualifier: Qualifier::AtMost, ..v } } else { v };
        prop_assert_eq!(back, expect, "{}", text);
    }
}

fn sources_for_props() -> Vec<crosscheck::model::Source> {
    (0..4)
        .map(|i| crosscheck::model::Source {
            id: format!("src{i}"),
            publisher: format!("p{i}"),
            title: None,
            published: Some(crosscheck::value::Date::parse("2021").unwrap()),
            retrieved: None,
            url: None,
            text_path: String::new(),
        })
        .collect()
}

proptest! {
    /// Clusters, labels, support counts and the lists of compatible claims depend on the
    /// set of claims only: permuting the claims gives identical findings.
    #[test]
    fn findings_do_not_depend_on_claim_order(
        qs in proptest::collection::vec((quantity(), 0usize..4, proptest::option::of(0usize..3)), 1..10),
        tol in 0u32..20,
        rotate in 0usize..10,
    ) {
        let subject = subject(Tolerance::Relative(f64::from(tol) / 100.0));
        let claims: Vec<_> = qs
            .into_iter()
            .enumerate()
            .map(|(i, (q, src, origin))| crosscheck::model::Claim {
                origin: origin.map(|o| ["Border troops", "the Kremlin", "Ministry"][o].into()),
                ..claim_of(i, src, Quantity { unit: Unit::named("kilometre"), ..q })
            })
            .collect();
        let corpus = |claims: Vec<crosscheck::model::Claim>| {
            crosscheck::model::Corpus::new(sources_for_props(), vec![subject.clone()], claims, vec![], vec![], vec![])
        };
        let base = serde_json::to_string(&crosscheck::compare::analyze(&corpus(claims.clone()))).unwrap();
        let mut moved = claims.clone();
        moved.rotate_left(rotate % claims.len());
        moved.reverse();
        let permuted = serde_json::to_string(&crosscheck::compare::analyze(&corpus(moved))).unwrap();
        prop_assert_eq!(base, permuted);
    }
}
