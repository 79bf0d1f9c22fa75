//! `crosscheck show SUBJECT`: the number line and every claim in full, found by key, label
//! or alias; a snapshot of the ASCII picture of a border-length conflict
//! (tests/fixtures/border: the bundled corpus's three border figures before its audit).

mod common;

use assert_cmd::Command;

/// Three figures for the Tajik-Afghan border, two of which agree.
const BORDER: &str = "tests/fixtures/border";

fn show(args: &[&str], lang: &str, code: i32) -> (String, String) {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .arg("show")
        .args(args);
    common::outputs(cmd, code, &format!("{args:?}"))
}

#[test]
fn border_length_ascii() {
    let (out, _) = show(
        &[
            "--facts",
            BORDER,
            "tajik-afghan-border-length",
            "--ascii",
            "--color",
            "never",
        ],
        "C.UTF-8",
        0,
    );
    assert!(out.is_ascii(), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn the_picture_puts_910_far_from_1300_to_1400() {
    let (out, _) = show(&["--facts", BORDER, "tajik-afghan-border-length"], "C", 0);
    let row = |label: &str| {
        out.lines()
            .find(|l| {
                // A row starts with its cluster's letter, or "(A)" for a compatible claim.
                let mark = l.split("  ").next().unwrap_or("");
                let mark = mark.trim_start_matches('(').trim_end_matches(')');
                !mark.is_empty()
                    && mark.chars().all(|c| c.is_ascii_uppercase() || c == '/')
                    && l.contains(label)
            })
            .unwrap_or_else(|| panic!("no row for {label}:\n{out}"))
            .to_string()
    };
    let r910 = row("910 km");
    let r1400 = row("1,400 km");
    let r1300 = row("more than 1.3 thousand km");
    let plot = |r: &str, glyph: char| r.rfind(glyph).unwrap();
    // 910 sits at the left end, 1,400 near the right, with most of the axis between them.
    assert!(plot(&r1400, 'o') - plot(&r910, 'o') > 35, "{out}");
    // "more than 1,300" runs off the right end with an arrow, from left of 1,400.
    assert!(r1300.trim_end().ends_with("=>"), "{out}");
    assert!(r1300.find('=').unwrap() < plot(&r1400, 'o'), "{out}");
    // The axis is labelled in km with thousands separators.
    assert!(out.contains("1,000") && out.contains("1,400"), "{out}");
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("km ")),
        "{out}"
    );
    // Every claim in full.
    for needle in [
        "rt-border-length",
        "quote:    \"the length of the Tajik-Afghan border is more than 1.3 thousand",
        "claimant: Andrei Rudenko (Russian deputy foreign minister)",
        "source:   The Moscow Times, 2021-07-08",
        "at:       tests/fixtures/border/claims/",
        "flagged open by",
    ] {
        assert!(out.contains(needle), "lacks {needle:?}:\n{out}");
    }
}

#[test]
fn unicode_and_colour_when_the_terminal_has_them() {
    let (out, _) = show(
        &["--facts", BORDER, "tajik-afghan-border-length"],
        "en_US.UTF-8",
        0,
    );
    assert!(
        out.contains('●') && out.contains('▶') && out.contains('┬'),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "colour without asking: {out}");
    let (ascii, _) = show(
        &["--facts", BORDER, "tajik-afghan-border-length"],
        "POSIX",
        0,
    );
    assert!(ascii.is_ascii(), "{ascii}");
    let (colour, _) = show(
        &[
            "--facts",
            BORDER,
            "tajik-afghan-border-length",
            "--color",
            "always",
        ],
        "C.UTF-8",
        0,
    );
    assert!(colour.contains("\x1b[36m●"), "{colour}");
    assert!(
        colour.contains("\x1b[33m"),
        "a second cluster colour: {colour}"
    );
}

#[test]
fn found_by_label_or_alias_and_misspellings_get_a_suggestion() {
    let (by_key, _) = show(&["tajik-afghan-border-length"], "C", 0);
    let (by_label, _) = show(&["length of the tajik-afghan border"], "C", 0);
    let (by_alias, _) = show(&["Afghan-Tajik border length"], "C", 0);
    assert_eq!(by_key, by_label);
    assert_eq!(by_key, by_alias);
    let (out, err) = show(&["tajik-afgan-border-length"], "C", 64);
    assert!(out.is_empty());
    assert!(
        err.contains("did you mean \"tajik-afghan-border-length\"?"),
        "{err}"
    );
    let (_, err) = show(&["zzz"], "C", 64);
    assert!(err.contains("no subject \"zzz\""), "{err}");
}

#[test]
fn dates_and_periods() {
    let (out, _) = show(&["us-left-bagram"], "C", 0);
    assert!(
        out.contains("date  2021-07-01") || out.contains("2021-07-01"),
        "{out}"
    );
    assert!(out.contains("<="), "an open-ended 'by' date: {out}");
    let (out, _) = show(&["afghan-soldiers-crossed-to-tajikistan"], "C", 0);
    assert!(out.contains("Period 2021-07-07 - 2021-07-08"), "{out}");
    let (out, _) = show(&["taliban-held-districts"], "C", 0);
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("districts ")),
        "{out}"
    );
}

#[test]
fn an_ambiguous_name_lists_the_subjects_it_matches() {
    let (out, err) = show(&["--facts", "tests/fixtures/conflict", "crossed"], "C", 64);
    assert!(out.is_empty());
    assert!(
        err.contains("no subject \"crossed\"; did you mean \"soldiers-crossed\"?"),
        "{err}"
    );
    let (_, err) = show(&["--facts", "tests/fixtures/conflict", "e"], "C", 64);
    assert!(err.contains("2 match it:"), "{err}");
    assert!(
        err.find("  border-length (") < err.find("  soldiers-crossed ("),
        "in key order: {err}"
    );
    assert!(err.contains("show one with `crosscheck show KEY`"), "{err}");
}
