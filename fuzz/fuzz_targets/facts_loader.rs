//! Fuzzes the facts loader end to end (parse, validate, verify citations, compare, apply
//! flags): the input is split on lines of `=====` into sources.yaml, subjects.yaml, one
//! claims file, flags.yaml and the source text. Nothing may panic.
#![no_main]

use crosscheck::load::{Input, TextFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.split("\n=====\n");
    let mut file = |name: &str| parts.next().map(|t| TextFile { path: format!("facts/{name}").into(), text: t.to_string() });
    let sources = file("sources.yaml");
    let subjects = file("subjects.yaml");
    let claims = file("claims/s1.yaml");
    let flags = file("flags.yaml");
    let source_text = parts.next().unwrap_or("").to_string();
    let input = Input {
        root: "facts".into(),
        sources: sources.into_iter().collect(),
        subjects: subjects.into_iter().collect(),
        flags,
        parties: None,
        rates: None,
        unread_texts: Default::default(),
        claims: claims.into_iter().collect(),
        texts: [("s1".to_string(), source_text)].into_iter().collect(),
    };
    let (loaded, findings) = crosscheck::run(&input);
    if let Some(f) = findings {
        // The renderers must cope with whatever the loader accepted.
        let _ = crosscheck::render::export::render(&f);
        let _ = crosscheck::render::json::subjects(&f.subjects);
    }
    let _ = loaded.diagnostics.len();
});
