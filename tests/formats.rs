//! The CI formats of `check` and `report` (github, sarif, json, markdown): snapshots on the
//! conflict fixture, SARIF checked against the required fields of its schema, and the exit
//! codes, which do not depend on the format.

mod common;

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str], code: i32) -> String {
    common::on_conflict_fixture(args, code).0
}

#[test]
fn check_github() {
    insta::assert_snapshot!(run(&["check", "--format", "github"], 2));
}

#[test]
fn check_sarif() {
    insta::assert_snapshot!(run(&["check", "--format", "sarif"], 2));
}

#[test]
fn check_markdown() {
    insta::assert_snapshot!(run(&["check", "--format", "markdown"], 2));
}

#[test]
fn report_github() {
    insta::assert_snapshot!(run(&["report", "--format", "github"], 0));
}

#[test]
fn report_markdown() {
    insta::assert_snapshot!(run(&["report", "--all", "--format", "markdown"], 0));
}

/// The bundled corpus: every conflict flagged, so `report --format sarif` lists them as
/// suppressed results and `check --format sarif` has no result but passes.
#[test]
fn sarif_of_the_bundled_corpus() {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["report", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_sarif(&doc);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3, "{doc:#}");
    for r in results {
        assert_eq!(r["level"], "note");
        let s = &r["suppressions"][0];
        assert_eq!(s["kind"], "external");
        assert!(
            s["justification"].as_str().unwrap().starts_with("flagged "),
            "{s}"
        );
    }
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["check", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_sarif(&doc);
    assert_eq!(doc["runs"][0]["results"].as_array().unwrap().len(), 0);
}

#[test]
fn sarif_has_the_schemas_required_fields() {
    let doc: Value = serde_json::from_str(&run(&["check", "--format", "sarif"], 2)).unwrap();
    assert_sarif(&doc);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let conflict = &results[0];
    assert_eq!(conflict["ruleId"], "unflagged-conflict");
    assert_eq!(conflict["level"], "error");
    assert_eq!(
        conflict["partialFingerprints"]["crosscheckConflictId/v1"],
        "border-length/f65c4a00"
    );
    // One location per claim of the conflict.
    assert_eq!(conflict["locations"].as_array().unwrap().len(), 3);
    let stale = &results[1];
    assert_eq!(stale["ruleId"], "stale-flag");
    assert_eq!(stale["level"], "warning");
    // --deny-stale makes the stale flag an error.
    let doc: Value =
        serde_json::from_str(&run(&["check", "--format", "sarif", "--deny-stale"], 2)).unwrap();
    assert_eq!(doc["runs"][0]["results"][1]["level"], "error");
}

/// The fields SARIF 2.1.0's schema requires (sarifLog: version, runs; run: tool;
/// tool: driver; toolComponent: name; result: message; message: text; reportingDescriptor:
/// id), plus what code scanning needs of every result: a rule id, and a physical location
/// with a relative file and a start line.
fn assert_sarif(doc: &Value) {
    assert_eq!(doc["version"], "2.1.0");
    assert!(
        doc["$schema"]
            .as_str()
            .is_some_and(|s| s.contains("sarif-schema-2.1.0")),
        "$schema: {}",
        doc["$schema"]
    );
    let runs = doc["runs"].as_array().expect("runs is an array");
    assert!(!runs.is_empty());
    for run in runs {
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "crosscheck");
        let rules: Vec<&str> = driver["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().expect("every rule has an id"))
            .collect();
        assert_eq!(rules, ["unflagged-conflict", "stale-flag"]);
        for r in run["results"].as_array().expect("results is an array") {
            let rule = r["ruleId"].as_str().expect("ruleId");
            let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[index], rule);
            assert!(
                ["error", "warning", "note", "none"].contains(&r["level"].as_str().unwrap()),
                "{r}"
            );
            assert!(
                !r["message"]["text"]
                    .as_str()
                    .expect("message.text")
                    .is_empty()
            );
            assert!(r["partialFingerprints"].is_object(), "{r}");
            let locations = r["locations"].as_array().expect("locations");
            assert!(!locations.is_empty(), "{r}");
            for l in locations {
                let p = &l["physicalLocation"];
                let uri = p["artifactLocation"]["uri"].as_str().expect("uri");
                assert!(
                    !uri.starts_with('/') && !uri.starts_with("./"),
                    "uri {uri} is not relative"
                );
                assert!(
                    p["region"]["startLine"].as_u64().expect("region.startLine") >= 1,
                    "{l}"
                );
            }
        }
    }
}

#[test]
fn json_lines_are_one_finding_a_line() {
    let out = run(&["check", "--format", "json"], 2);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(lines[0]["code"], "unflagged-conflict");
    assert_eq!(lines[0]["fails"], true);
    assert_eq!(lines[1]["code"], "stale-flag");
    assert_eq!(lines[1]["fails"], false);
}

#[test]
fn every_format_gives_the_same_exit_code() {
    for f in ["text", "json", "github", "sarif", "markdown"] {
        run(&["check", "--format", f], 2);
        run(&["check", "--format", f, "--deny-stale"], 2);
    }
    for f in ["table", "json", "yaml", "github", "sarif", "markdown"] {
        run(&["report", "--format", f], 0);
    }
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let out = run(&["check", "--format", "xml"], 64);
    assert!(out.is_empty());
}
