//! Snapshot tests for the exported formats: a change to the YAML export or the JSON lines
//! shows up as a reviewable diff in tests/snapshots/. Each run also pins its exit code and
//! that nothing is written to standard error.

mod common;

/// Runs crosscheck on the conflict fixture, asserts the exit code and an empty standard
/// error, and returns standard output.
fn run(args: &[&str], code: i32) -> String {
    let (stdout, stderr) = common::on_conflict_fixture(args, code);
    assert_eq!(stderr, "", "{args:?} wrote to standard error");
    stdout
}

#[test]
fn export_yaml() {
    insta::assert_snapshot!(run(&["export"], 0));
}

#[test]
fn report_json_lines() {
    insta::assert_snapshot!(run(&["report", "--all", "--format", "json"], 0));
}

/// The fixture has an unflagged conflict, so the gate fails with 2.
#[test]
fn check_text() {
    insta::assert_snapshot!(run(&["check"], 2));
}

#[test]
fn check_json_lines() {
    insta::assert_snapshot!(run(&["check", "--format", "json"], 2));
}

#[test]
fn report_table() {
    insta::assert_snapshot!(run(&["report", "--all"], 0));
}
