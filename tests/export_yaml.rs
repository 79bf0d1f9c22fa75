//! The YAML export is serialised a chunk of subjects at a time on every core; joined, the
//! chunks are the one document's text byte for byte, whatever the chunk size, with and
//! without stale flags.

mod common;

use crosscheck::render::export::{render_in_chunks, render_whole};

fn findings(dir: &str) -> crosscheck::findings::Findings {
    let (loaded, findings) = crosscheck::run(&common::facts_input(dir));
    let mut findings = findings.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics));
    crosscheck::best::attach(&loaded.corpus, &mut findings);
    findings
}

#[test]
fn chunked_export_is_the_whole_documents_text() {
    let mut stale_seen = false;
    for dir in ["facts", "tests/fixtures/conflict", "tests/fixtures/base"] {
        let f = findings(dir);
        assert!(f.subjects.len() >= 2, "{dir}");
        stale_seen |= !f.stale_flags.is_empty();
        let whole = render_whole(&f).unwrap();
        assert!(whole.contains("\nsubjects:\n- key: "), "{dir}");
        for chunk in [1, 2, 3, f.subjects.len(), f.subjects.len() + 1] {
            assert_eq!(
                render_in_chunks(&f, chunk).unwrap(),
                whole,
                "{dir}, chunk {chunk}"
            );
        }
    }
    assert!(
        stale_seen,
        "no fixture has a stale flag: the tail is not checked"
    );
}
