//! The best-supported value `report`, `show` and `export` attach (`best::resolved`, built
//! in one pass) is exactly what `crosscheck resolve` gives (`resolve_corpus`), on the
//! bundled corpus, on the conflict fixture, and with an editor's preferred claim.

use crosscheck::load::layout::{self, strip_bom};
use crosscheck::load::{Input, TextFile};
use crosscheck::model::Corpus;
use crosscheck::resolve::{Config, corpus::resolve_corpus};
use std::path::Path;

/// The facts folder `dir` as the loader's input.
fn input(dir: &str) -> Input {
    let mut input = Input {
        root: dir.to_string(),
        ..Input::default()
    };
    let mut files = Vec::new();
    for top in std::fs::read_dir(dir).unwrap() {
        let path = top.unwrap().path();
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            files.push(path);
        }
    }
    files.sort();
    for path in files {
        let rel = path
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if let Some(slot) = layout::classify(&rel) {
            let text =
                String::from_utf8_lossy(strip_bom(&std::fs::read(&path).unwrap())).into_owned();
            let path = format!("{dir}/{rel}");
            input.place(slot, TextFile { path, text });
        }
    }
    input
}

fn corpus(input: &Input) -> Corpus {
    let (loaded, findings) = crosscheck::run(input);
    assert!(findings.is_some(), "{:?}", loaded.diagnostics);
    loaded.corpus
}

fn assert_same(corpus: &Corpus) {
    let config = Config::default();
    let (_, _, expected) = resolve_corpus(corpus, &config);
    assert!(!expected.is_empty());
    assert_eq!(crosscheck::best::resolved(corpus, &config), expected);
}

#[test]
fn the_attached_values_are_those_of_resolve() {
    for dir in ["facts", "tests/fixtures/conflict"] {
        assert!(Path::new(dir).is_dir());
        assert_same(&corpus(&input(dir)));
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
    let corpus = corpus(&input);
    assert_same(&corpus);
    let resolved = crosscheck::best::resolved(&corpus, &Config::default());
    let held = resolved
        .iter()
        .find(|r| r.subject == "taliban-held-districts")
        .unwrap();
    assert_eq!(
        (held.decided_by, held.value.as_str()),
        ("editor", "188 districts")
    );
}
