//! `crosscheck report`'s terminal blocks at 80 and 120 columns: snapshots of the bundled
//! corpus and of the conflict fixture, and at every width the promises the snapshots
//! illustrate — no id, value or date is cut across lines (a conflict id copies whole into
//! `crosscheck flag`), no line is wider than the terminal, values are never in quote
//! marks while quotations always are.

mod common;

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/conflict";

fn report(facts: &str, columns: usize, args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string())
        .args(["--facts", facts, "report"])
        .args(args);
    let (out, _) = common::outputs(cmd, 0, &format!("report {args:?} at {columns}"));
    out
}

#[test]
fn bundled_conflicts_at_80_columns() {
    insta::assert_snapshot!(report("facts", 80, &[]));
}

#[test]
fn bundled_conflicts_at_120_columns() {
    insta::assert_snapshot!(report("facts", 120, &[]));
}

#[test]
fn fixture_at_80_columns() {
    insta::assert_snapshot!(report(FIXTURE, 80, &["--all"]));
}

/// Every id, value and date the JSON report gives for the subjects shown.
fn unbreakables(facts: &str) -> Vec<String> {
    let json = report(facts, 120, &["--all", "--format", "json"]);
    let mut out = Vec::new();
    for line in json.lines() {
        let s: serde_json::Value = serde_json::from_str(line).unwrap();
        for g in s["groups"].as_array().unwrap() {
            if let Some(id) = g["conflict"]["id"].as_str() {
                out.push(id.to_string());
            }
            for k in g["clusters"].as_array().unwrap() {
                out.push(k["value"].as_str().unwrap().to_string());
                let claims = k["claims"].as_array().unwrap().iter();
                let compatible = k["compatible"].as_array().into_iter().flatten();
                for c in claims.chain(compatible) {
                    out.push(format!("[{}]", c["id"].as_str().unwrap()));
                    if c.get("derived").is_none() {
                        out.push(c["value"].as_str().unwrap().to_string());
                        out.push(c["published"].as_str().unwrap().to_string());
                    }
                    if let Some(d) = c["as_of"].as_str() {
                        out.push(d.to_string());
                    }
                }
            }
        }
        for r in s["resolved"].as_array().into_iter().flatten() {
            out.push(r["value"].as_str().unwrap().to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn no_id_value_or_date_is_cut_and_no_line_overflows_at_any_width() {
    for facts in ["facts", FIXTURE] {
        let whole = unbreakables(facts);
        assert!(whole.len() > 10, "{whole:?}");
        for width in [60, 72, 80, 100, 120] {
            let out = report(facts, width, &["--all"]);
            for line in out.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{facts} at {width}: a line overflows:\n{line}"
                );
            }
            for piece in &whole {
                assert!(
                    out.lines().any(|l| l.contains(piece.as_str())),
                    "{facts} at {width}: {piece:?} is cut across lines:\n{out}"
                );
            }
        }
    }
}

#[test]
fn values_are_never_quoted_and_quotations_always_are() {
    let out = report(FIXTURE, 80, &["--all"]);
    for value in ["910 km", "1,344 km", "about 1,350 km", "some 200 soldiers"] {
        assert!(out.contains(value), "{out}");
        assert!(
            !out.contains(&format!("“{value}”")),
            "{value} quoted:\n{out}"
        );
    }
    for quote in [
        "“The Ministry of Defence gives 910 km.”",
        "“The border is 1,344 km long”",
    ] {
        assert!(out.contains(quote), "{quote} not quoted:\n{out}");
    }
}

#[test]
fn colour_marks_an_unflagged_conflict_an_agreement_and_the_quotations() {
    let out = report(FIXTURE, 80, &["--all", "--color", "always"]);
    assert!(
        out.contains("\x1b[1;31mLength of the border — CONFLICT"),
        "{out}"
    );
    assert!(
        out.contains("\x1b[1;32mSoldiers who crossed — agreement"),
        "{out}"
    );
    assert!(
        out.contains("\x1b[3m        “The border is 1,344 km long”\x1b[0m"),
        "{out}"
    );
    let plain = report(FIXTURE, 80, &["--all"]);
    assert!(!plain.contains('\x1b'), "{plain}");
}
