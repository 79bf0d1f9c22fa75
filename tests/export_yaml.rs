//! The YAML export is serialised a chunk of subjects at a time on every core; joined, the
//! chunks are the one document's text byte for byte, whatever the chunk size (and however
//! many chunks are written at a time), with and without stale flags.

mod common;

use crosscheck::render::export::{render_in_chunks, render_in_windows, render_whole};

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
            // Written a window of chunks at a time (`write_parts`), the same text.
            for window in [1, 2] {
                assert_eq!(
                    render_in_windows(&f, chunk, window).unwrap(),
                    whole,
                    "{dir}, chunk {chunk}, window {window}"
                );
            }
        }
    }
    assert!(
        stale_seen,
        "no fixture has a stale flag: the tail is not checked"
    );
}

/// `export --format jsonl` written a window of lines at a time (`write_export`) is the
/// one text, whatever the window.
#[test]
fn jsonl_written_a_window_at_a_time_is_the_whole_text() {
    use crosscheck::render::json::{export, export_in_windows};
    let (loaded, f) = crosscheck::run(&common::facts_input("facts"));
    let mut f = f.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics));
    crosscheck::best::attach(&loaded.corpus, &mut f);
    let whole = export(&loaded.corpus, &f);
    assert!(whole.lines().count() > 7);
    for window in [1, 2, 7, usize::MAX] {
        let parts = export_in_windows(&loaded.corpus, &f, window);
        assert_eq!(parts.concat(), whole, "window {window}");
    }
}
