//! `check`'s text output is rendered a batch of blocks at a time and handed on as it is
//! made; joined, the parts are the whole text byte for byte, whatever the sizes, and an
//! error of the writer ends the rendering.

mod common;

use crosscheck::render::{Gate, check};

/// The bundled corpus's findings with every flag taken off: all its conflicts fail.
fn unflagged() -> crosscheck::findings::Findings {
    let (loaded, findings) = crosscheck::run(&common::facts_input("facts"));
    let mut f = findings.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics));
    for s in &mut f.subjects {
        for g in &mut s.groups {
            if let Some(c) = g.conflict.as_mut() {
                c.flag = None;
            }
        }
    }
    f
}

/// The plain gate: no baseline, stale flags allowed, no revision.
fn gate(findings: &crosscheck::findings::Findings) -> Gate<'_> {
    Gate {
        findings,
        baseline: None,
        deny_stale: false,
        head: None,
    }
}

#[test]
fn streamed_parts_are_the_whole_text() {
    let f = unflagged();
    let gate = gate(&f);
    let failing = gate.failing().count();
    assert!(failing >= 2, "two failing conflicts needed, {failing}");
    let whole = check::render(&gate);
    for (block, batch) in [(1, 1), (1, 2), (2, 1), (3, 2), (256, 16)] {
        let mut text = String::new();
        let mut calls = 0;
        check::stream_in(&gate, block, batch, |parts: &[String]| {
            calls += 1;
            text.extend(parts.iter().map(String::as_str));
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(text, whole, "block {block}, batch {batch}");
        // One call a batch, then one for what follows the conflicts.
        assert_eq!(
            calls,
            failing.div_ceil(block * batch) + 1,
            "{block}, {batch}"
        );
    }
}

#[test]
fn a_writers_error_ends_the_rendering() {
    let f = unflagged();
    let gate = gate(&f);
    let mut calls = 0;
    let outcome = check::stream_in(&gate, 1, 1, |_: &[String]| {
        calls += 1;
        Err("closed")
    });
    assert_eq!(outcome, Err("closed"));
    assert_eq!(calls, 1);
}
