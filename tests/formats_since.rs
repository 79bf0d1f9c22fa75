//! `check --since REV` in a scratch git repository whose facts live in a subfolder: a
//! conflict present at REV is reported but does not fail; a new one fails, in every format.

mod common;

use serde_json::Value;
use std::fs;
use std::path::Path;

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn crosscheck(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    common::run_in(dir, args, code)
}

const BORDER: &str = "border-length/f65c4a00";

/// A repository with the conflict fixture (without its flags) in `data/facts`, committed;
/// then a new claim that brings a second conflict, not committed.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("data/facts");
    common::copy_tree(Path::new("tests/fixtures/conflict"), &facts);
    fs::remove_file(facts.join("flags.yaml")).unwrap();
    git(dir.path(), &["init", "-q", "."]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "base"]);
    let mut text = fs::read_to_string(facts.join("sources/s1.txt")).unwrap();
    text.push_str("Some 100 soldiers crossed on July 6.\n");
    fs::write(facts.join("sources/s1.txt"), text).unwrap();
    let mut claims = fs::read_to_string(facts.join("claims/s1.yaml")).unwrap();
    claims.push_str("  - id: s1-soldiers-later\n    subject: soldiers-crossed\n    value: some 100 soldiers\n    quote: \"Some 100 soldiers crossed on July 6.\"\n    as_of: 2021-07-06\n");
    fs::write(facts.join("claims/s1.yaml"), claims).unwrap();
    dir
}

#[test]
fn only_new_conflicts_fail() {
    let dir = repo();
    let d = dir.path();
    let facts = ["--facts", "data/facts"];
    // Without --since both conflicts fail.
    let (out, _) = crosscheck(d, &[&facts[..], &["check"]].concat(), 2);
    assert!(out.contains("2 unflagged conflicts"), "{out}");
    let (out, _) = crosscheck(d, &[&facts[..], &["check", "--since", "HEAD"]].concat(), 2);
    assert!(
        out.contains("error[unflagged-conflict]: Soldiers who crossed"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "note[unflagged-conflict]: Length of the border ({BORDER})"
        )),
        "{out}"
    );
    assert!(out.contains("1 new unflagged conflict since HEAD"), "{out}");
    assert!(!out.contains("error[unflagged-conflict]: Length"), "{out}");

    // GitHub: errors only at the new conflict's claims, a notice at the old one's.
    let (out, _) = crosscheck(
        d,
        &[
            &facts[..],
            &["check", "--since", "HEAD", "--format", "github"],
        ]
        .concat(),
        2,
    );
    for line in out.lines().filter(|l| l.starts_with("::error")) {
        assert!(line.contains("Soldiers who crossed"), "{line}");
    }
    assert!(
        out.lines()
            .any(|l| l.starts_with("::notice") && l.contains(BORDER)),
        "{out}"
    );
    // SARIF: baselineState says which is which.
    let (out, _) = crosscheck(
        d,
        &[
            &facts[..],
            &["check", "--since", "HEAD", "--format", "sarif"],
        ]
        .concat(),
        2,
    );
    let doc: Value = serde_json::from_str(&out).unwrap();
    let states: Vec<(String, String, String)> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["partialFingerprints"]["crosscheckConflictId/v1"]
                    .as_str()
                    .unwrap()
                    .split('/')
                    .next()
                    .unwrap()
                    .to_string(),
                r["baselineState"].as_str().unwrap().to_string(),
                r["level"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("border-length".into(), "unchanged".into(), "note".into()),
            ("soldiers-crossed".into(), "new".into(), "error".into()),
        ]
    );
    // JSON lines and Markdown agree.
    let (out, _) = crosscheck(
        d,
        &[
            &facts[..],
            &["check", "--since", "HEAD", "--format", "json"],
        ]
        .concat(),
        2,
    );
    let fails: Vec<bool> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["fails"] == true)
        .collect();
    assert_eq!(fails, [false, true], "{out}");
    let (out, _) = crosscheck(
        d,
        &[
            &facts[..],
            &["check", "--since", "HEAD", "--format", "markdown"],
        ]
        .concat(),
        2,
    );
    assert!(
        out.starts_with("## crosscheck: ❌ 1 new unflagged conflict since `HEAD`"),
        "{out}"
    );

    // Once committed, nothing is new, from the repository root or inside the subfolder.
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "new claim"]);
    let (out, _) = crosscheck(d, &[&facts[..], &["check", "--since", "HEAD"]].concat(), 0);
    assert!(out.starts_with("note[unflagged-conflict]"), "{out}");
    assert!(
        out.contains("ok: no new unflagged conflict since HEAD"),
        "{out}"
    );
    crosscheck(&d.join("data"), &["check", "--since", "HEAD"], 0);
    crosscheck(&d.join("data"), &["check", "--since", "HEAD~1"], 2);
}

#[test]
fn a_revision_without_facts_makes_every_conflict_new() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "."]);
    fs::write(d.join("README"), "empty\n").unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "nothing yet"]);
    common::copy_tree(Path::new("tests/fixtures/conflict"), &d.join("facts"));
    let (out, err) = crosscheck(d, &["check", "--since", "HEAD"], 2);
    assert!(out.contains("error[unflagged-conflict]"), "{out}");
    assert!(err.contains("has no facts"), "{err}");
}

#[test]
fn unknown_revisions_and_folders_outside_git_fail_clearly() {
    let dir = repo();
    let (_, err) = crosscheck(
        dir.path(),
        &["--facts", "data/facts", "check", "--since", "no-such-rev"],
        1,
    );
    assert!(err.contains("unknown revision \"no-such-rev\""), "{err}");
    let (_, err) = crosscheck(
        dir.path(),
        &["--facts", "data/facts", "check", "--since", "--all"],
        64,
    );
    assert!(err.contains("unexpected argument"), "{err}");
    let plain = tempfile::tempdir().unwrap();
    common::copy_tree(
        Path::new("tests/fixtures/conflict"),
        &plain.path().join("facts"),
    );
    let (_, err) = crosscheck(plain.path(), &["check", "--since", "HEAD"], 1);
    assert!(err.contains("--since needs a git repository"), "{err}");
}

#[test]
fn github_puts_one_error_per_new_conflict_on_the_claim_that_changed() {
    let dir = repo();
    let d = dir.path();
    let (out, _) = crosscheck(
        d,
        &[
            "--facts",
            "data/facts",
            "check",
            "--since",
            "HEAD",
            "--format",
            "github",
        ],
        2,
    );
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("crosscheck: FAIL: 1 new unflagged conflict since HEAD."),
        "{out}"
    );
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("::error")).collect();
    assert_eq!(errors.len(), 1, "{out}");
    // s2's claims are newer by publication, but s1-soldiers-later is the one added.
    assert!(
        errors[0].contains("file=data/facts/claims/s1.yaml,line=12"),
        "{out}"
    );
    assert!(errors[0].contains("[s1-soldiers-later]%0Aquote"), "{out}");
    assert!(errors[0].contains("against:%0A- "), "{out}");
    assert!(errors[0].contains("[s2-soldiers]"), "{out}");
}

/// The `::error` lines of `check --format github` (no `--since`) in `d`.
fn github_errors(d: &Path) -> Vec<String> {
    let (out, _) = crosscheck(
        d,
        &["--facts", "data/facts", "check", "--format", "github"],
        2,
    );
    out.lines()
        .filter(|l| l.starts_with("::error"))
        .map(str::to_string)
        .collect()
}

/// Checks that the error annotation about `about` (a label) is on claims/`file`.
fn assert_annotated_in(errors: &[String], about: &str, file: &str) {
    let line = errors
        .iter()
        .find(|l| l.contains(about))
        .unwrap_or_else(|| panic!("no error about {about}: {errors:?}"));
    assert!(
        line.contains(&format!("file=data/facts/claims/{file}")),
        "{about}: {line}"
    );
}

#[test]
fn without_since_annotations_go_to_the_claims_the_working_tree_changed() {
    let dir = repo();
    let d = dir.path();
    // Unstaged: the new claim in claims/s1.yaml brings the soldiers conflict. Its newest
    // claim by date is Weekly Two's (claims/s2.yaml), but that one did not change.
    let errors = github_errors(d);
    assert_eq!(
        errors.len(),
        2,
        "every unflagged conflict still fails: {errors:?}"
    );
    assert_annotated_in(&errors, "Soldiers", "s1.yaml");
    // The border conflict has no changed claim: on its newest claim, as outside git.
    assert_annotated_in(&errors, BORDER, "s2.yaml");
    // Staged changes count too.
    git(d, &["add", "."]);
    assert_annotated_in(&github_errors(d), "Soldiers", "s1.yaml");
    // Committed: nothing changed, so the newest claim of each conflict, as outside git.
    git(d, &["commit", "-q", "-m", "new claim"]);
    assert_annotated_in(&github_errors(d), "Soldiers", "s2.yaml");
    // Untracked: a claims file git does not know yet.
    git(d, &["rm", "-q", "--cached", "data/facts/claims/s1.yaml"]);
    git(d, &["commit", "-q", "-m", "s1's claims untracked"]);
    assert_annotated_in(&github_errors(d), BORDER, "s1.yaml");
}
