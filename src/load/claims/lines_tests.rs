//! The line reader against the YAML parser: where it reads a file, the parser reads the
//! same claims at the same places.

use super::super::parse_yaml;
use super::parse;
use crate::load::TextFile;
use proptest::prelude::*;

fn file(text: &str) -> TextFile {
    TextFile {
        path: "facts/claims/s1.yaml".into(),
        text: text.to_string(),
    }
}

/// The reader's answer, checked against the parser's wherever it gives one.
fn read_as_the_parser(text: &str) -> bool {
    let f = file(text);
    let Some(read) = parse(&f) else {
        return false;
    };
    match parse_yaml(&f) {
        Ok(parsed) => assert_eq!(read, parsed, "{text}"),
        Err(d) => panic!("the parser refused what the reader took: {d:?}\n{text}"),
    }
    true
}

const COMMON: &str = "\
source: s1
claims:
  - id: c1
    subject: tajik-border-crossings
    value: \"more than 1,344 km\"
    quote: \"the border, more than 1,344 km long, \u{e9}tait\"
    claimant: 'Dreka Velcorbre'
    origin: the Baponpon ministry
    as_of: 2021-08-06

  - id: c2
    subject: tajik-border-crossings
    value: 12 km
    quote: ''
    rank: deprecated
    rank_reason:  \"superseded: by a later report\"
    origin_named_in: s2
    note: checked against the map
# a comment
  - id: c3
    via: RIA
    claimant_role: spokesman
    quote: \"a:b, (c) -5 ~x\"
    subject: 'x'
    value: -5.5e3
";

#[test]
fn the_common_shape_is_read_as_the_parser_reads_it() {
    assert!(read_as_the_parser(COMMON));
    let at_the_margin = COMMON.replace("\n  ", "\n");
    assert!(read_as_the_parser(&at_the_margin));
    let source_last = format!("{}source: s1\n", COMMON.replacen("source: s1\n", "", 1));
    assert!(read_as_the_parser(&source_last));
    let parsed = parse(&file(COMMON)).unwrap();
    assert_eq!(parsed.claims.len(), 3);
    assert_eq!(parsed.claims[1].rank, crate::model::Rank::Deprecated);
}

#[test]
fn other_shapes_go_to_the_parser() {
    let cases = [
        (
            "value: \"more than 1,344 km\"",
            "value: \"more than \\u0031,344 km\"",
        ),
        ("value: 12 km", "value: 12 km # about"),
        ("value: 12 km", "value: 12 km "),
        ("value: 12 km", "value: |\n      12 km"),
        ("value: 12 km", "value: 12\n      km"),
        ("value: 12 km", "value: [12, km]"),
        ("value: 12 km", "value: &v 12 km"),
        ("value: 12 km", "value: !!str 12 km"),
        ("value: 12 km", "value:\t12 km"),
        ("value: 12 km", "value: 12 km\r"),
        ("origin: the Baponpon ministry", "origin: null"),
        ("origin: the Baponpon ministry", "origin: ~"),
        ("origin: the Baponpon ministry", "origin:"),
        ("origin: the Baponpon ministry", "origin: true"),
        ("origin: the Baponpon ministry", "origin: the: ministry"),
        (
            "origin: the Baponpon ministry",
            "origin: the Baponpon ministry\n    origin: RT",
        ),
        (
            "origin: the Baponpon ministry",
            "origen: the Baponpon ministry",
        ),
        ("rank: deprecated", "rank: \"deprecated\""),
        ("rank: deprecated", "rank: wrong"),
        ("    value: -5.5e3\n", "\n"),
        ("source: s1\n", "---\nsource: s1\n"),
        ("source: s1\n", "source: s1\nsource: s2\n"),
        ("source: s1\n", ""),
        ("    via: RIA", "     via: RIA"),
        ("  - id: c3", "  -  id: c3"),
        ("claims:\n", "claims: \n  - id: c0\n"),
    ];
    assert!(read_as_the_parser(COMMON));
    for (from, to) in cases {
        assert!(COMMON.contains(from), "{from}");
        let text = COMMON.replacen(from, to, 1);
        assert!(parse(&file(&text)).is_none(), "{text}");
    }
    assert!(parse(&file("source: s1\nclaims:\n")).is_none());
    assert!(parse(&file("source: s1\nclaims: []\n")).is_none());
}

/// Words YAML reads as other things than strings, or that end or open something.
const WORDS: [&str; 33] = [
    "null",
    "Null",
    "~",
    "true",
    "False",
    "yes",
    "no",
    "on",
    "123",
    "1.50",
    "0x1F",
    "0o17",
    "-5",
    "+5",
    ".inf",
    "-.inf",
    ".nan",
    "1e3",
    "2021-08-06",
    "---",
    "...",
    "- x",
    "-",
    "a #b",
    "a: b",
    "a:",
    ":a",
    "1,344 km",
    "\u{e9}t\u{e9}",
    "0",
    "-0",
    "1_000",
    "(1)",
];

#[test]
fn words_yaml_reads_otherwise_are_read_as_the_parser_reads_them() {
    let mut read = 0;
    for word in WORDS {
        for written in [word.to_string(), format!("\"{word}\""), format!("'{word}'")] {
            for field in ["value: 12 km", "origin: the Baponpon ministry", "id: c1"] {
                let key = field.split(':').next().unwrap();
                let text = COMMON.replacen(field, &format!("{key}: {written}"), 1);
                read += usize::from(read_as_the_parser(&text));
            }
        }
    }
    assert!(read > WORDS.len() * 3, "{read}");
}

/// A scalar's text, with words YAML reads otherwise and characters that end or open
/// something.
fn content() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => "[a-zA-Z0-9\u{e9}][a-z0-9 ,.()$\\-]{0,8}[a-z0-9]",
        1 => "[a-z0-9 ,.:#'\"\\\\()$\\-]{0,8}",
        1 => "[A-Za-z0-9\u{e9}\u{20ac}\u{85}\u{2028}\u{feff}\t!&*~\\[{|>%@`?]{0,6}",
        1 => prop::sample::select(WORDS.to_vec()).prop_map(String::from),
    ]
}

/// A value as written: plain, double- or single-quoted, empty, or with a space after.
fn written() -> impl Strategy<Value = String> {
    (0..40u8, content()).prop_map(|(style, s)| match style {
        0..20 => s,
        20..30 => format!("\"{s}\""),
        30..39 => format!("'{s}'"),
        39 => String::new(),
        _ => format!("{s} "),
    })
}

const KEYS: [&str; 14] = [
    "id",
    "subject",
    "value",
    "quote",
    "as_of",
    "claimant",
    "claimant_role",
    "origin",
    "origin_named_in",
    "via",
    "rank",
    "rank_reason",
    "note",
    "other",
];

/// One claim's lines: the four required keys (now and then one left out or given twice),
/// shuffled among a few others.
fn entry() -> impl Strategy<Value = Vec<(String, String)>> {
    let extra = prop::collection::vec(prop::sample::select(KEYS.to_vec()), 0..4);
    let rank = prop::sample::select(vec!["deprecated", "preferred", "normal", "'normal'", "x"]);
    (extra, 0..40usize, rank)
        .prop_flat_map(|(extra, drop, rank)| {
            let mut keys: Vec<&str> = KEYS[..4].to_vec();
            if drop < 4 {
                keys.remove(drop);
            }
            keys.extend(extra);
            let n = keys.len();
            (
                Just(keys).prop_shuffle(),
                prop::collection::vec(written(), n),
                Just(rank),
            )
        })
        .prop_map(|(keys, values, rank)| {
            (keys.into_iter().zip(values))
                .map(|(k, v)| {
                    let v = if k == "rank" { rank.to_string() } else { v };
                    (k.to_string(), v)
                })
                .collect()
        })
}

/// A claims file: the source, then the list at an indentation, blank and comment lines
/// now and then, one or two spaces after a colon.
fn document() -> impl Strategy<Value = String> {
    (
        written(),
        prop::collection::vec(entry(), 0..5),
        prop::sample::select(vec![0usize, 2, 3]),
        any::<bool>(),
        prop::collection::vec(0..8u8, 40),
    )
        .prop_map(|(source, entries, d, two_spaces, noise)| {
            let gap = if two_spaces { "  " } else { " " };
            let mut out = format!("source:{gap}{source}\nclaims:\n");
            let mut noise = noise.into_iter().cycle();
            for e in entries {
                for (i, (k, v)) in e.iter().enumerate() {
                    let lead = if i == 0 { "- " } else { "  " };
                    let sep = if v.is_empty() { "" } else { gap };
                    out.push_str(&format!("{}{lead}{k}:{sep}{v}\n", " ".repeat(d)));
                    match noise.next() {
                        Some(0) => out.push('\n'),
                        Some(1) => out.push_str("  # note\n"),
                        _ => {}
                    }
                }
            }
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn what_the_reader_takes_the_parser_reads_alike(text in document()) {
        read_as_the_parser(&text);
    }

    #[test]
    fn any_text_the_reader_takes_the_parser_reads_alike(text in "[a-z_:\\- \n\"'#]{0,80}") {
        read_as_the_parser(&text);
    }
}

#[test]
fn the_generated_files_are_often_read_so_the_comparison_counts() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = document();
    let read = (0..1000)
        .filter(|_| read_as_the_parser(&strategy.new_tree(&mut runner).unwrap().current()))
        .count();
    eprintln!("read by lines: {read} of 1000");
    assert!(read >= 50, "{read} of 1000");
}
