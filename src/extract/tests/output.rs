//! What a mention carries and that extraction is safe: byte offsets, draft values, subject
//! suggestions, truncated and random text, and bounded look-ahead on long lists.

use super::*;

#[test]
fn offsets_are_bytes_in_the_input() {
    let text = "Préface — über 300 soldiers.\nThen 5 km.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2);
    assert_eq!(
        ms[0].text(text),
        "über 300 soldiers".trim_start_matches("über ")
    );
    assert_eq!(ms[1].line, 2);
    assert_eq!(ms[1].text(text), "5 km");
}

#[test]
fn draft_values_parse_in_the_value_grammar() {
    let text = "up to 70% of the 1,400-kilometer border; about 6,000 Russian troops; $1.1 million; \
                five to seven people; 155 mph winds; 9 districts.";
    for m in extract(text) {
        let (v, _) = draft_value(&m);
        assert!(crate::value::parse_quantity(&v).is_ok(), "{v}");
    }
    let ms = extract("about 6,000 Russian troops");
    assert_eq!(draft_value(&ms[0]).0, "about 6000 troops");
}

#[test]
fn suggestion_uses_label_alias_and_unit() {
    let hints = vec![
        SubjectHint {
            key: "tajik-afghan-border-length".into(),
            label: "Length of the Tajik-Afghan border".into(),
            aliases: vec!["Afghan-Tajik border length".into()],
            dimension: "length".into(),
            unit: Some("km".into()),
        },
        SubjectHint {
            key: "taliban-held-districts".into(),
            label: "Afghan districts held by the Taliban".into(),
            aliases: vec![],
            dimension: "count".into(),
            unit: Some("district".into()),
        },
    ];
    let text =
        "up to 70% of the 1,400-kilometer Tajik-Afghan border; the Taliban held 162 districts";
    let ms = extract(text);
    let km = ms.iter().find(|m| unit(m) == "kilometre").unwrap();
    assert_eq!(
        suggest_subject(km, text, &hints).map(|h| h.key.as_str()),
        Some("tajik-afghan-border-length")
    );
    let pct = ms.iter().find(|m| unit(m) == "percentage").unwrap();
    assert_eq!(suggest_subject(pct, text, &hints), None);
    let d = ms.iter().find(|m| unit(m) == "district").unwrap();
    assert_eq!(
        suggest_subject(d, text, &hints).map(|h| h.key.as_str()),
        Some("taliban-held-districts")
    );
}

#[test]
fn suggestion_tells_the_part_from_the_whole() {
    let hint = |key: &str, label: &str| SubjectHint {
        key: key.into(),
        label: label.into(),
        aliases: vec![],
        dimension: "count".into(),
        unit: Some("district".into()),
    };
    let hints = vec![
        hint(
            "taliban-held-districts",
            "Afghan districts held by the Taliban",
        ),
        hint(
            "afghanistan-district-total",
            "Total number of districts in Afghanistan",
        ),
    ];
    let text = "The Taliban control 162 of Afghanistan's 398 districts.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    let key = |m: &Mention| suggest_subject(m, text, &hints).map(|h| h.key.as_str());
    assert_eq!(key(&ms[0]), Some("taliban-held-districts"));
    assert_eq!(key(&ms[1]), Some("afghanistan-district-total"));
}

#[test]
fn truncated_phrases_do_not_panic() {
    // Every prefix of phrases whose grammar looks ahead past the end of the sentence.
    for text in [
        "rose 18 sen to RM23.50 and 162 of Afghanistan's 398 districts, US $58.24 per barrel",
        "between 5% and 6%, four-, five- and six-cylinder, 1/16 of a US pint, July 7, 2021",
        "tens of millions of dollars, 1.3 A/cm2 to 0.03 A/cm2, $3 billion to $5 billion",
    ] {
        for (i, _) in text.char_indices() {
            let _ = extract(&text[..i]);
        }
    }
}

#[test]
fn a_long_run_of_listed_figures_is_read_with_bounded_look_ahead() {
    // "1 and 2, 3 and 4, …": each figure looks ahead for a list closed by a unit once,
    // and the figure closing it is read without looking again (before, each one re-read
    // the rest of the run, recursively).
    let text = (1..3000)
        .step_by(2)
        .map(|i| format!("{i} and {}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
        + " percent.";
    let ms = extract(&text);
    assert_eq!(ms.len(), 3000);
    assert_eq!(unit(&ms[2999]), "percentage");
}

mod prop {
    use super::super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "5",
        "1,400",
        "1.3",
        "-",
        "to",
        "and",
        "between",
        "of",
        "the",
        "$",
        "US",
        "%",
        "per",
        "cent",
        "million",
        "km",
        "Afghanistan's",
        "districts",
        "one",
        "a",
        "third",
        "(",
        ")",
        "/",
        "16",
        "July",
        "Sept.",
        ",",
        ".",
        "up",
        "rose",
        "by",
        "more",
        "than",
        "about",
        "year",
        "old",
        "\n",
        "RM",
        "Y",
        "=",
        "£",
        "½",
        "2021",
        "10:30",
        "p.m.",
        "dozens",
        "tens",
        "thousands",
        "+",
        "~",
        "°",
        "C",
    ];

    proptest! {
        #[test]
        fn any_text_is_safe(s in "\\PC{0,60}") {
            for m in extract(&s) {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn token_soup_is_safe(idx in proptest::collection::vec(0..PIECES.len(), 0..25), glue in proptest::collection::vec(any::<bool>(), 25)) {
            let mut s = String::new();
            for (k, i) in idx.iter().enumerate() {
                if glue[k] { s.push(' '); }
                s.push_str(PIECES[*i]);
            }
            for m in extract(&s) {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(m.line >= 1);
                let _ = draft_value(&m);
                let _ = jsonl_line(&m, &s);
            }
        }
    }
}
