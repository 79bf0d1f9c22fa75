//! Every input the fuzzers (fuzz/, see docs/fuzzing.md) found to crash crosscheck is kept
//! under fuzz/regressions/<target>/ and replayed here with the same checks the fuzz
//! targets make.

use crosscheck::load::{Input, TextFile};
use crosscheck::value::{Dimension, Value, parse_date_value, parse_quantity};
use std::path::Path;

/// The kept inputs of `target` that are UTF-8 text (the fuzz targets pass over the
/// others), by file name; there must be some inputs.
fn texts(target: &str) -> Vec<(String, String)> {
    let dir = Path::new("fuzz/regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no regressions kept for {target}");
    out.into_iter()
        .filter_map(|(name, data)| Some((name, String::from_utf8(data).ok()?)))
        .collect()
}

#[test]
fn value_grammar_regressions() {
    for (name, text) in texts("value_grammar") {
        let text = text.as_str();
        if let Ok(q) = parse_quantity(text) {
            let rendered = q.to_string();
            let back = parse_quantity(&rendered)
                .unwrap_or_else(|e| panic!("{name}: {text:?} rendered as {rendered:?}: {e:?}"));
            assert_eq!(
                (back.qualifier, back.low, back.high),
                (q.qualifier, q.low, q.high),
                "{name}: {text:?}"
            );
        }
        if let Ok(d) = parse_date_value(text) {
            assert_eq!(
                parse_date_value(&d.to_string()).as_ref(),
                Ok(&d),
                "{name}: {text:?}"
            );
        }
        for dim in Dimension::all() {
            let _ = Value::parse(text, dim);
        }
    }
}

#[test]
fn facts_loader_regressions() {
    for (name, text) in texts("facts_loader") {
        let text = text.as_str();
        let mut parts = text.split("\n=====\n");
        let mut file = |n: &str| {
            parts.next().map(|t| TextFile {
                path: format!("facts/{n}").into(),
                text: t.to_string(),
            })
        };
        let input = Input {
            root: "facts".into(),
            sources: file("sources.yaml").into_iter().collect(),
            subjects: file("subjects.yaml").into_iter().collect(),
            claims: file("claims/s1.yaml").into_iter().collect(),
            flags: file("flags.yaml"),
            parties: None,
            rates: None,
            unread_texts: Default::default(),
            texts: [("s1".to_string(), parts.next().unwrap_or("").to_string())]
                .into_iter()
                .collect(),
        };
        let (_, findings) = crosscheck::run(&input);
        if let Some(f) = findings {
            assert!(crosscheck::render::export::render(&f).is_ok(), "{name}");
        }
    }
}
