//! `crosscheck extract` end to end: both output formats, standard input, known-source
//! detection and a missing file.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/extract/border.txt";

fn crosscheck() -> Command {
    Command::cargo_bin("crosscheck").unwrap()
}

/// The standard output of a run that must succeed, with `stdin` as its standard input.
fn stdout_of(args: &[&str], stdin: impl Into<Vec<u8>>) -> String {
    let out = crosscheck()
        .args(args)
        .write_stdin(stdin)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_reports_every_quantity_with_offsets() {
    let out = stdout_of(
        &[
            "--facts",
            "tests/fixtures/extract/no-facts",
            "extract",
            "--format",
            "jsonl",
            FIXTURE,
        ],
        "",
    );
    let rows = jsonl(&out);
    let input = std::fs::read_to_string(FIXTURE).unwrap();
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "up to 70%",
            "1,400-kilometer",
            "about 6,000 Russian troops",
            "162",
            "398 districts",
            "nine districts",
            "$ 1.1 million",
            "more than 1.3 thousand kilometers"
        ]
    );
    for r in &rows {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], r["text"].as_str().unwrap());
        let line = r["line"].as_u64().unwrap() as usize;
        assert_eq!(input[..s].matches('\n').count() + 1, line);
    }
    assert_eq!(rows[0]["value"], 70);
    assert_eq!(rows[0]["unit"], "percentage");
    assert_eq!(rows[0]["qualifier"], "le", "up to 70% includes 70%");
    assert_eq!(rows[1]["unit"], "kilometre");
    assert_eq!(rows[2]["qualifier"], "approx");
    assert_eq!(rows[3]["value"], 162);
    assert_eq!(rows[3]["unit"], "district");
    assert_eq!(rows[3]["total"], 398);
    assert_eq!(rows[6]["value"], 1_100_000);
    assert_eq!(rows[6]["unit"], "dollar");
    assert_eq!(rows[7]["value"], 1300);
    assert_eq!(rows[7]["qualifier"], "gt");
}

#[test]
fn jsonl_ranges_and_changes() {
    let out = stdout_of(
        &["extract", "--format", "jsonl", "-"],
        "Shares fell 3.5% while five to seven people were hurt.\n",
    );
    let rows = jsonl(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["change"], "down");
    assert_eq!(rows[0]["value"], 3.5);
    assert_eq!(rows[1]["value"], serde_json::json!([5, 7]));
    assert_eq!(rows[1]["qualifier"], "range");
    assert!(rows[1].get("change").is_none());
}

#[test]
fn yaml_drafts_are_valid_yaml_with_values_in_the_grammar() {
    let out = stdout_of(
        &[
            "--facts",
            "tests/fixtures/extract/no-facts",
            "extract",
            FIXTURE,
        ],
        "",
    );
    let doc: serde_json::Value = serde_saphyr::from_str(&out).unwrap();
    let claims = doc["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 8);
    assert_eq!(doc["source"], "");
    for c in claims {
        let value = c["value"].as_str().unwrap();
        assert!(crosscheck::value::parse_quantity(value).is_ok(), "{value}");
        assert!(c["quote"].as_str().unwrap().ends_with('.'));
        assert!(c["id"].as_str().unwrap().starts_with("draft-l"));
    }
    assert_eq!(claims[0]["value"], "up to 70%");
    assert_eq!(claims[1]["value"], "1400 km");
    assert_eq!(claims[2]["value"], "about 6000 troops");
}

#[test]
fn yaml_names_a_known_source_and_suggests_subjects() {
    let corpus = std::path::Path::new("facts/sources/002_6c53de6ec8552ab4.txt");
    let text = std::fs::read_to_string(corpus).unwrap();
    // Detected by content, from standard input.
    let out = stdout_of(&["--facts", "facts", "extract", "-"], text);
    assert!(out.contains("source: \"002_6c53de6ec8552ab4\""), "{out}");
    // A suggestion says how sure it is; a weak one (the border's length, named only
    // as "the 1,400-kilometer border") is left for the editor.
    assert!(
        out.contains(
            "subject: \"border-share-under-taliban-control\" # suggested, confidence high"
        ),
        "{out}"
    );
    assert!(
        out.contains("value: \"1400 km\"")
            && !out.contains("subject: \"tajik-afghan-border-length\""),
        "{out}"
    );
    // And by file name; --source overrides.
    crosscheck()
        .args([
            "--facts",
            "facts",
            "extract",
            "--source",
            "my-id",
            corpus.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("source: \"my-id\""));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = stdout_of(
        &["extract", "--format", "jsonl", "-"],
        "About 600 troops remain.",
    );
    assert!(out.contains("\"text\":\"About 600 troops\""), "{out}");
}

#[test]
fn empty_input_gives_an_empty_claims_list() {
    let out = stdout_of(
        &["--facts", "tests/fixtures/extract/no-facts", "extract", "-"],
        "Nothing to count here.",
    );
    assert!(out.contains("claims: []"), "{out}");
}

#[test]
fn a_missing_file_fails_with_its_name() {
    crosscheck()
        .args([
            "extract",
            "--format",
            "jsonl",
            "tests/fixtures/extract/no-such-file.txt",
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no-such-file.txt"));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    crosscheck()
        .args(["extract", "--format", "csv", FIXTURE])
        .assert()
        .code(64);
}

#[test]
fn a_text_over_the_facts_file_limit_is_still_extracted() {
    // 17 MiB: over the 16 MiB limit of a facts file, under extract's own limit.
    let mut text = "\n".repeat(17 * 1024 * 1024);
    text.push_str("About 600 troops remain.\n");
    let out = stdout_of(&["extract", "--format", "jsonl", "-"], text);
    assert!(out.contains("\"text\":\"About 600 troops\""), "{out}");
}
