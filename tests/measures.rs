//! Measures as editors meet them (issue 12): any unit of a subject's dimension, compared
//! after conversion; a stated figure's precision; unit mismatches only across dimensions.
//! Each test loads a small facts folder from text and reads the verdicts.

use crosscheck::findings::{Findings, Verdict};
use crosscheck::load::{Input, TextFile};
use std::collections::BTreeMap;

/// A claim: (source, subject, value, quote). Each source's text is its quotes.
type ClaimRow<'a> = (&'a str, &'a str, &'a str, &'a str);

fn input(subjects: &str, claims: &[ClaimRow]) -> Input {
    let file = |path: &str, text: String| TextFile {
        path: path.into(),
        text,
    };
    let mut by_source: BTreeMap<&str, Vec<&ClaimRow>> = BTreeMap::new();
    for c in claims {
        by_source.entry(c.0).or_default().push(c);
    }
    let sources: String = by_source
        .keys()
        .map(|s| format!("  - id: {s}\n    publisher: P {s}\n    published: 2021-07-08\n"))
        .collect();
    let mut texts = BTreeMap::new();
    let mut files = Vec::new();
    for (s, rows) in &by_source {
        let mut yaml = format!("source: {s}\nclaims:\n");
        for (i, (_, subject, value, quote)) in rows.iter().enumerate() {
            yaml.push_str(&format!(
                "  - id: {s}-{i}\n    subject: {subject}\n    value: \"{value}\"\n    quote: \"{quote}\"\n"
            ));
        }
        files.push(file(&format!("facts/claims/{s}.yaml"), yaml));
        let text: Vec<&str> = rows.iter().map(|r| r.3).collect();
        texts.insert(s.to_string(), text.join("\n"));
    }
    Input {
        root: "facts".into(),
        sources: vec![file("facts/sources.yaml", format!("sources:\n{sources}"))],
        subjects: vec![file(
            "facts/subjects.yaml",
            format!("subjects:\n{subjects}"),
        )],
        flags: None,
        claims: files,
        texts,
        ..Input::default()
    }
}

fn subject(key: &str, dimension: &str, unit: &str, extra: &str) -> String {
    format!(
        "  - key: {key}\n    label: {key}\n    dimension: {dimension}\n    unit: \"{unit}\"\n{extra}"
    )
}

/// Subjects (key, dimension, unit) with nothing else set.
fn plain_subjects(rows: &[(&str, &str, &str)]) -> String {
    rows.iter()
        .map(|(key, dimension, unit)| subject(key, dimension, unit, ""))
        .collect()
}

/// The verdict of every subject, after checking that the facts load without errors.
fn verdicts(subjects: &str, claims: &[ClaimRow]) -> BTreeMap<String, Verdict> {
    let input = input(subjects, claims);
    let (loaded, findings) = crosscheck::run(&input);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{d:?}"))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    findings
        .unwrap()
        .subjects
        .into_iter()
        .map(|s| (s.key, s.verdict))
        .collect()
}

/// The findings of facts that must load without errors.
fn findings_of(input: &Input) -> Findings {
    let (loaded, findings) = crosscheck::run(input);
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    findings.unwrap()
}

/// Two sources, s1 and s2, whose texts say "200 soldiers crossed." and "300 soldiers
/// crossed.", with the given sources.yaml, subjects.yaml and claims files (s1's, s2's).
fn soldiers_input(sources: &str, subjects: &str, claims: [String; 2]) -> Input {
    let file = |path: &str, text: String| TextFile {
        path: path.into(),
        text,
    };
    let [s1, s2] = claims;
    Input {
        root: "facts".into(),
        sources: vec![file("facts/sources.yaml", sources.into())],
        subjects: vec![file("facts/subjects.yaml", subjects.into())],
        flags: None,
        claims: vec![
            file("facts/claims/s1.yaml", s1),
            file("facts/claims/s2.yaml", s2),
        ],
        texts: [
            ("s1".to_string(), "200 soldiers crossed.".to_string()),
            ("s2".to_string(), "300 soldiers crossed.".to_string()),
        ]
        .into(),
        ..Input::default()
    }
}

#[test]
fn figures_at_two_precisions_and_in_two_units_agree() {
    let subjects = plain_subjects(&[("ship-length", "length", "m"), ("keel", "length", "ft")]);
    let v = verdicts(
        &subjects,
        &[
            ("s1", "ship-length", "882.5 ft", "It was 882.5 feet long."),
            (
                "s2",
                "ship-length",
                "883 ft",
                "The ship, 883 ft long, sank.",
            ),
            ("s3", "ship-length", "269 m", "The hull measured 269 m."),
            (
                "s1",
                "keel",
                "882 ft 9 in",
                "She was 882 feet 9 inches long.",
            ),
            ("s2", "keel", "883 ft", "The ship, 883 ft long, sank."),
            ("s3", "keel", "269 m", "The hull measured 269 m."),
        ],
    );
    assert_eq!(v["ship-length"], Verdict::Agreement);
    // A compound figure: 882 ft 9 in is 882.75 ft.
    assert_eq!(v["keel"], Verdict::Agreement);
}

#[test]
fn precision_does_not_hide_real_conflicts() {
    let subjects = plain_subjects(&[
        ("border", "length", "km"),
        ("districts", "count", "district"),
        ("lost", "count", "person"),
    ]);
    let v = verdicts(
        &subjects,
        &[
            ("s1", "border", "1,400 km", "The border is 1,400 km long."),
            ("s2", "border", "1,344 km", "The border is 1,344 km long."),
            (
                "s1",
                "districts",
                "162 districts",
                "The Taliban hold 162 districts.",
            ),
            (
                "s2",
                "districts",
                "188 districts",
                "The Taliban hold 188 districts.",
            ),
            (
                "s1",
                "lost",
                "2,223 people",
                "There were 2,223 people aboard.",
            ),
            (
                "s2",
                "lost",
                "2,224 people",
                "There were 2,224 people aboard.",
            ),
        ],
    );
    assert_eq!(v["border"], Verdict::Conflict);
    assert_eq!(v["districts"], Verdict::Conflict);
    assert_eq!(v["lost"], Verdict::Conflict);
}

#[test]
fn a_round_figure_is_compatible_with_a_precise_one_unless_the_subject_is_exact() {
    let claims = |key| {
        [
            ("s1", key, "1,500 people", "Some say 1,500 people died."),
            (
                "s2",
                key,
                "1,503 people",
                "The inquiry counted 1,503 people.",
            ),
        ]
    };
    let subjects = [
        subject("died", "count", "person", ""),
        subject("died-exact", "count", "person", "    exact: true\n"),
    ]
    .concat();
    let rows: Vec<ClaimRow> = claims("died")
        .into_iter()
        .chain(claims("died-exact"))
        .collect();
    let v = verdicts(&subjects, &rows);
    assert_eq!(v["died"], Verdict::Agreement);
    assert_eq!(v["died-exact"], Verdict::Conflict);
}

#[test]
fn every_dimension_compares_after_conversion() {
    let subjects = plain_subjects(&[
        ("tonnage", "mass", "t"),
        ("cold", "temperature", "°C"),
        ("speed", "speed", "knots"),
        ("fuel", "volume", "litres"),
        ("fuel-us", "volume", "litres"),
    ]);
    let v = verdicts(
        &subjects,
        &[
            (
                "s1",
                "tonnage",
                "46,328 long tons",
                "She displaced 46,328 long tons.",
            ),
            (
                "s2",
                "tonnage",
                "47,071 t",
                "Her displacement was 47,071 t.",
            ),
            ("s1", "cold", "-2 °C", "The water was -2 °C."),
            ("s2", "cold", "28 °F", "The sea stood at 28 °F."),
            ("s1", "speed", "22.5 knots", "She made 22.5 knots."),
            ("s2", "speed", "41.67 km/h", "She made 41.67 km/h."),
            ("s1", "fuel", "10 gallons", "It held 10 gallons."),
            ("s2", "fuel", "45 litres", "It held 45 litres."),
            ("s1", "fuel-us", "10 US gallons", "It held 10 US gallons."),
            ("s2", "fuel-us", "45 litres", "It held 45 litres."),
        ],
    );
    assert_eq!(v["tonnage"], Verdict::Agreement);
    assert_eq!(v["cold"], Verdict::Agreement);
    assert_eq!(v["speed"], Verdict::Agreement);
    // "gallons" may be US or imperial: 37.9 to 45.5 litres.
    assert_eq!(v["fuel"], Verdict::Agreement);
    assert_eq!(v["fuel-us"], Verdict::Conflict);
}

#[test]
fn a_unit_of_another_dimension_is_a_mismatch_whose_hint_names_the_quote_units() {
    let input = input(
        &subject("ship-length", "length", "m", ""),
        &[(
            "s1",
            "ship-length",
            "46,328 tons",
            "She was 882 feet 9 inches (269 m) long and 46,328 tons.",
        )],
    );
    let (loaded, _) = crosscheck::run(&input);
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "unit-mismatch")
        .expect("a unit-mismatch");
    let hint = d.hint.as_deref().unwrap_or_default();
    assert!(hint.contains("ft") && hint.contains("m"), "{hint}");
    assert!(hint.contains("mass"), "{hint}");
}

#[test]
fn nearly_is_just_under_the_figure_and_just_over_just_above_it() {
    let subjects = plain_subjects(&[
        ("a", "count", "person"),
        ("b", "count", "person"),
        ("c", "count", "person"),
        ("d", "count", "person"),
    ]);
    let v = verdicts(
        &subjects,
        &[
            (
                "s1",
                "a",
                "almost 1,500 people",
                "Almost 1,500 people died.",
            ),
            ("s2", "a", "1,450 people", "In all 1,450 people died."),
            (
                "s1",
                "b",
                "nearly 1,500 people",
                "Nearly 1,500 people died.",
            ),
            ("s2", "b", "1,503 people", "In all 1,503 people died."),
            (
                "s1",
                "c",
                "just over 1,500 people",
                "Just over 1,500 people died.",
            ),
            ("s2", "c", "1,503 people", "In all 1,503 people died."),
            (
                "s1",
                "d",
                "just under 1,500 people",
                "Just under 1,500 people died.",
            ),
            (
                "s2",
                "d",
                "more than 1,500 people",
                "More than 1,500 people died.",
            ),
        ],
    );
    assert_eq!(v["a"], Verdict::Agreement);
    // "nearly 1,500" stops at 1,500: 1,503 is more.
    assert_eq!(v["b"], Verdict::Conflict);
    assert_eq!(v["c"], Verdict::Agreement);
    assert_eq!(v["d"], Verdict::Conflict);
}

#[test]
fn a_month_dates_a_claim_as_every_day_of_the_month() {
    let claims = |s: &str, value: &str, as_of: &str| {
        format!(
            "source: {s}\nclaims:\n  - id: {s}-c\n    subject: crossed\n    value: {value}\n    quote: \"{value} crossed.\"\n    as_of: {as_of}\n"
        )
    };
    let input = soldiers_input(
        "sources:\n  - id: s1\n    publisher: A\n    published: 2021-08-01\n  - id: s2\n    publisher: B\n    published: 2021-08-01\n",
        "subjects:\n  - key: crossed\n    label: crossed\n    dimension: count\n    unit: soldier\n    changes: true\n    window: 7 days\n",
        [
            claims("s1", "200 soldiers", "2021-07"),
            claims("s2", "300 soldiers", "2021-07-20"),
        ],
    );
    let subject = &findings_of(&input).subjects[0];
    // July 2021 reaches July 20: one period, two figures, a conflict.
    assert_eq!(subject.groups.len(), 1);
    assert_eq!(subject.verdict, Verdict::Conflict);
}

#[test]
fn an_undated_claim_is_compared_only_where_the_figure_does_not_change() {
    let claims = |s: &str, value: &str| {
        let claim = |subject: &str| {
            format!(
                "  - id: {s}-{subject}\n    subject: {subject}\n    value: {value}\n    quote: \"{value} crossed.\"\n"
            )
        };
        format!(
            "source: {s}\nclaims:\n{}{}",
            claim("moving"),
            claim("fixed")
        )
    };
    let input = soldiers_input(
        "sources:\n  - id: s1\n    publisher: A\n    published: unknown\n    retrieved: 2024-01-02\n  - id: s2\n    publisher: B\n    published: 2021-08-01\n",
        "subjects:\n  - key: moving\n    label: moving\n    dimension: count\n    unit: soldier\n    changes: true\n    window: 7 days\n  - key: fixed\n    label: fixed\n    dimension: count\n    unit: soldier\n",
        [claims("s1", "200 soldiers"), claims("s2", "300 soldiers")],
    );
    let findings = findings_of(&input);
    let of = |key: &str| findings.subjects.iter().find(|s| s.key == key).unwrap();
    // Undated: set aside where the figure changes, compared where it does not.
    assert_eq!(of("moving").set_aside.len(), 1);
    assert_eq!(of("moving").verdict, Verdict::SingleSource);
    assert_eq!(of("fixed").verdict, Verdict::Conflict);
    assert_eq!(
        of("moving").set_aside[0].published(),
        "unknown (retrieved 2024-01-02)"
    );
}

#[test]
fn money_in_another_currency_compares_at_the_editors_rate_or_not_at_all() {
    let subjects = plain_subjects(&[("cost", "money", "USD"), ("price", "money", "USD")]);
    let rows = [
        ("s1", "cost", "$1.18 million", "It cost $1.18 million."),
        ("s2", "cost", "€1 million", "It cost €1 million."),
        ("s1", "price", "$2 million", "The price was $2 million."),
        ("s2", "price", "£1 million", "The price was £1 million."),
    ];
    let mut facts = input(&subjects, &rows);
    facts.rates = Some(TextFile {
        path: "facts/rates.yaml".into(),
        text: "rates:\n  - date: 2021-07\n    pair: EUR/USD\n    rate: 1.18\n    citation: ECB reference rate, July 2021 average\n".into(),
    });
    let findings = findings_of(&facts);
    let of = |key: &str| findings.subjects.iter().find(|s| s.key == key).unwrap();
    // €1 million at 1.18 is $1.18 million.
    assert_eq!(of("cost").verdict, Verdict::Agreement);
    // No GBP rate: shown, never silently converted.
    let price = of("price");
    assert_eq!(price.verdict, Verdict::SingleSource);
    assert_eq!(
        price.set_aside[0].note(),
        Some("not comparable: no GBP/USD rate for 2021-07-08")
    );
}

#[test]
fn a_bad_rate_is_an_invalid_rate() {
    let mut facts = input(
        &subject("cost", "money", "USD", ""),
        &[("s1", "cost", "$5", "It cost $5.")],
    );
    facts.rates = Some(TextFile {
        path: "facts/rates.yaml".into(),
        text: "rates:\n  - date: 2021-07\n    pair: EUR/XXX\n    rate: 1.18\n    citation: c\n  - date: 2021-07\n    pair: EUR/USD\n    rate: -1\n    citation: c\n".into(),
    });
    let (loaded, _) = crosscheck::run(&facts);
    let bad = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "invalid-rate")
        .count();
    assert_eq!(bad, 2, "{:#?}", loaded.diagnostics);
}
