//! The gate stays readable in CI: GitHub shows at most 10 annotations of each kind per
//! step, so `check --format github` never writes more, and says how many it left to the
//! job summary, where `--format markdown` (like SARIF) keeps every conflict.

mod common;

use std::fmt::Write;
use std::fs;

/// A facts folder with `n` subjects, each in conflict between two sources.
fn corpus(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("facts");
    fs::create_dir_all(f.join("claims")).unwrap();
    fs::create_dir_all(f.join("sources")).unwrap();
    fs::write(
        f.join("sources.yaml"),
        "sources:\n  - id: a\n    publisher: A\n    published: 2021-07-01\n  - id: b\n    publisher: B\n    published: 2021-07-02\n",
    )
    .unwrap();
    let (mut subjects, mut ta, mut tb) = ("subjects:\n".to_string(), String::new(), String::new());
    let (mut ca, mut cb) = (
        "source: a\nclaims:\n".to_string(),
        "source: b\nclaims:\n".to_string(),
    );
    for i in 0..n {
        writeln!(
            subjects,
            "  - key: s{i}\n    label: Subject {i}\n    dimension: count\n    unit: people"
        )
        .unwrap();
        writeln!(ta, "Item {i} counts {} people.", 100 + i).unwrap();
        writeln!(tb, "Item {i} counts {} people.", 500 + i).unwrap();
        writeln!(ca, "  - id: a{i}\n    subject: s{i}\n    value: {} people\n    quote: \"Item {i} counts {} people.\"", 100 + i, 100 + i).unwrap();
        writeln!(cb, "  - id: b{i}\n    subject: s{i}\n    value: {} people\n    quote: \"Item {i} counts {} people.\"", 500 + i, 500 + i).unwrap();
    }
    fs::write(f.join("subjects.yaml"), subjects).unwrap();
    fs::write(f.join("sources/a.txt"), ta).unwrap();
    fs::write(f.join("sources/b.txt"), tb).unwrap();
    fs::write(f.join("claims/a.yaml"), ca).unwrap();
    fs::write(f.join("claims/b.yaml"), cb).unwrap();
    dir
}

#[test]
fn github_never_writes_more_than_ten_errors_and_counts_the_rest() {
    let dir = corpus(12);
    let (out, _) = common::run_in(dir.path(), &["check", "--format", "github"], 2);
    assert!(
        out.starts_with("crosscheck: FAIL: 12 unflagged conflicts."),
        "{out}"
    );
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("::error")).collect();
    assert_eq!(errors.len(), 10, "{out}");
    // One per conflict, on the newer source's claim, naming the other.
    assert!(
        errors
            .iter()
            .all(|e| e.contains("claims/b.yaml") && e.contains("against:%0A- 1")),
        "{out}"
    );
    let last = out.lines().last().unwrap();
    assert!(
        last.starts_with("::notice title=crosscheck::2 more in the job summary"),
        "{out}"
    );
    // The job summary keeps all twelve.
    let (md, _) = common::run_in(dir.path(), &["check", "--format", "markdown"], 2);
    assert_eq!(
        (0..12).filter(|i| md.contains(&format!("s{i}/"))).count(),
        12,
        "{md}"
    );
}

#[test]
fn github_with_few_conflicts_needs_no_notice() {
    let dir = corpus(3);
    let (out, _) = common::run_in(dir.path(), &["check", "--format", "github"], 2);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::error")).count(),
        3,
        "{out}"
    );
    assert!(!out.contains("more in the job summary"), "{out}");
}
