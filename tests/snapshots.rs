//! Snapshot tests for the exported formats: a change to the YAML export or the JSON lines
//! shows up as a reviewable diff in tests/snapshots/.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .args(["--facts", "tests/fixtures/conflict"])
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn export_yaml() {
    insta::assert_snapshot!(run(&["export"]));
}

#[test]
fn report_json_lines() {
    insta::assert_snapshot!(run(&["report", "--all", "--format", "json"]));
}

#[test]
fn check_text() {
    insta::assert_snapshot!(run(&["check"]));
}

#[test]
fn check_json_lines() {
    insta::assert_snapshot!(run(&["check", "--format", "json"]));
}

#[test]
fn report_table() {
    insta::assert_snapshot!(run(&["report", "--all"]));
}
