//! `crosscheck flag` and `crosscheck prune` end to end, on scratch copies of the fixtures:
//! the file keeps its comments and other entries byte for byte, decisions are checked
//! against the current conflicts, and the gate follows.

mod common;

use std::fs;
use std::path::Path;

const COMMENTED: &str = "# Editors' decisions. Keep one entry per conflict.\n\nflags:\n  # An old decision: its claims have changed since.\n  - conflict: border-length/00000000   # stale\n    status: explained\n    reason: >-\n      a decision about claims\n      that have since changed\n\n# end of the list\n";

const BORDER: &str = "border-length/f65c4a00";

/// A scratch folder holding the conflict fixture as `facts/`, with `flags` as its
/// flags.yaml (none when `None`).
fn scratch(flags: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        Path::new("tests/fixtures/conflict"),
        &dir.path().join("facts"),
    );
    let path = dir.path().join("facts/flags.yaml");
    match flags {
        Some(text) => fs::write(&path, text).unwrap(),
        None => fs::remove_file(&path).unwrap(),
    }
    dir
}

fn run(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    common::run_in(dir, args, code)
}

fn flags(dir: &Path) -> String {
    fs::read_to_string(dir.join("facts/flags.yaml")).unwrap()
}

#[test]
fn flag_appends_and_prune_removes_keeping_the_rest_byte_for_byte() {
    let dir = scratch(Some(COMMENTED));
    let d = dir.path();
    run(d, &["check"], 2);
    let (_, err) = run(
        d,
        &[
            "flag",
            BORDER,
            "--reason",
            "the ministry's figure is under review",
            "--by",
            "Ed Itor",
            "--date",
            "2026-01-02",
        ],
        0,
    );
    assert!(err.contains(&format!("flagged {BORDER} (open)")), "{err}");
    let after_flag = flags(d);
    assert_eq!(
        after_flag,
        COMMENTED.replace(
            "\n\n# end of the list\n",
            &format!("\n  - conflict: {BORDER}\n    status: open\n    reason: the ministry's figure is under review\n    by: Ed Itor\n    date: 2026-01-02\n    reviewed:\n      - [s2-border-910]\n      - [s1-border, s2-border]\n\n# end of the list\n")
        )
    );
    // Flagged: the gate passes, but the stale flag still fails --deny-stale.
    run(d, &["check"], 0);
    let (out, _) = run(d, &["check", "--deny-stale"], 2);
    assert!(out.contains("error[stale-flag]"), "{out}");
    // The report still shows the flagged conflict, with its status and reason.
    let (out, _) = run(d, &["report"], 0);
    assert!(
        out.contains("flagged open") && out.contains("ministry's figure"),
        "{out}"
    );
    // Dimmed when colour is on.
    let (out, _) = run(d, &["report", "--color", "always"], 0);
    assert!(out.contains("\x1b[2m"), "{out}");
    // The stale flag's subject still has a conflict: prune keeps it, says so and offers
    // --carry; --force removes it.
    let (_, err) = run(d, &["prune"], 0);
    assert!(
        err.contains("kept border-length/00000000 (")
            && err.contains(&format!(
                "`crosscheck flag --carry border-length/00000000 {BORDER}`"
            )),
        "{err}"
    );
    assert_eq!(flags(d), after_flag);
    let (_, err) = run(d, &["prune", "--force", "--dry-run"], 0);
    assert!(err.contains("would remove border-length/00000000"), "{err}");
    assert_eq!(flags(d), after_flag);
    let (_, err) = run(d, &["prune", "--force"], 0);
    assert!(err.contains("removed border-length/00000000"), "{err}");
    assert_eq!(
        flags(d),
        format!(
            "# Editors' decisions. Keep one entry per conflict.\n\nflags:\n  # An old decision: its claims have changed since.\n  - conflict: {BORDER}\n    status: open\n    reason: the ministry's figure is under review\n    by: Ed Itor\n    date: 2026-01-02\n    reviewed:\n      - [s2-border-910]\n      - [s1-border, s2-border]\n\n# end of the list\n"
        )
    );
    run(d, &["check", "--deny-stale"], 0);
    let (_, err) = run(d, &["prune"], 0);
    assert!(err.contains("no stale flags"), "{err}");
}

#[test]
fn flagging_again_replaces_the_entry() {
    let dir = scratch(None);
    let d = dir.path();
    let first = [
        "flag",
        BORDER,
        "--reason",
        "first look",
        "--by",
        "A",
        "--date",
        "2026-01-01",
    ];
    run(d, &first, 0);
    let (_, err) = run(
        d,
        &[
            "flag",
            BORDER,
            "--status",
            "mistaken",
            "--claim",
            "s2-border-910",
            "--reason",
            "the ministry gives 1,344 km on its own site",
            "--by",
            "B",
            "--date",
            "2026-02-01",
        ],
        0,
    );
    assert!(
        err.contains(&format!("updated {BORDER} (mistaken: s2-border-910)")),
        "{err}"
    );
    assert_eq!(
        flags(d),
        format!(
            "flags:\n  - conflict: {BORDER}\n    status: mistaken\n    reason: the ministry gives 1,344 km on its own site\n    by: B\n    date: 2026-02-01\n    claim: s2-border-910\n    reviewed:\n      - [s2-border-910]\n      - [s1-border, s2-border]\n"
        )
    );
    run(d, &["check"], 0);
}

#[test]
fn by_defaults_to_someone_and_date_to_today() {
    let dir = scratch(None);
    let d = dir.path();
    run(d, &["flag", BORDER, "--reason", "r"], 0);
    let text = flags(d);
    let by = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("by: "))
        .expect("a by line");
    assert!(!by.is_empty(), "{text}");
    let date = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("date: "))
        .expect("a date line");
    assert!(
        date.len() == 10 && date.starts_with("20") && date.as_bytes()[4] == b'-',
        "{date}"
    );
}

#[test]
fn flag_all_baselines_every_unflagged_conflict() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(Path::new("facts"), &dir.path().join("facts"));
    let d = dir.path();
    fs::write(
        d.join("facts/flags.yaml"),
        "# Decisions: none yet.\nflags: []\n",
    )
    .unwrap();
    run(d, &["check"], 2);
    let (_, err) = run(
        d,
        &[
            "flag",
            "--all",
            "--reason",
            "baseline: known before adopting crosscheck",
            "--by",
            "CI",
            "--date",
            "2026-03-01",
        ],
        0,
    );
    assert!(err.contains("(3 flags)"), "{err}");
    let text = flags(d);
    assert!(
        text.starts_with("# Decisions: none yet.\nflags:\n  - conflict: "),
        "{text}"
    );
    assert_eq!(text.matches("- conflict: ").count(), 3, "{text}");
    run(d, &["check", "--deny-stale"], 0);
    let (_, err) = run(d, &["flag", "--all", "--reason", "again"], 0);
    assert!(err.contains("nothing to flag"), "{err}");
    assert_eq!(flags(d), text);
}

#[test]
fn flag_from_an_export_records_the_entries_with_a_reason() {
    let dir = scratch(None);
    let d = dir.path();
    run(d, &["export", "-o", "review.yaml"], 0);
    let export = fs::read_to_string(d.join("review.yaml")).unwrap();
    assert!(export.contains(&format!("conflict: {BORDER}")), "{export}");
    // Untouched, the entry has no reason: skipped, nothing written.
    let (_, err) = run(d, &["flag", "--from", "review.yaml"], 0);
    assert!(
        err.contains(&format!("skipped {BORDER}: its reason is empty")),
        "{err}"
    );
    assert!(!d.join("facts/flags.yaml").exists());
    // Filled in by the editor.
    let filled = export
        .replacen("status: open", "status: explained", 1)
        .replacen(
            "reason: \"\"",
            "reason: \"two measures: with and without the Wakhan\"",
            1,
        )
        .replacen("by: \"\"", "by: \"Ed Itor\"", 1);
    assert_ne!(filled, export, "the export's flag entry was not found");
    fs::write(d.join("review.yaml"), filled).unwrap();
    let (_, err) = run(
        d,
        &["flag", "--from", "review.yaml", "--date", "2026-04-01"],
        0,
    );
    assert!(
        err.contains(&format!("flagged {BORDER} (explained)")),
        "{err}"
    );
    assert_eq!(
        flags(d),
        format!(
            "flags:\n  - conflict: {BORDER}\n    status: explained\n    reason: \"two measures: with and without the Wakhan\"\n    by: Ed Itor\n    date: 2026-04-01\n    reviewed:\n      - [s2-border-910]\n      - [s1-border, s2-border]\n"
        )
    );
    run(d, &["check"], 0);
}

#[test]
fn bad_requests_write_nothing() {
    let dir = scratch(Some(COMMENTED));
    let d = dir.path();
    let cases: [(&[&str], i32, &str); 8] = [
        (
            &["flag", "border-length/f65c4a0", "--reason", "r"],
            64,
            "did you mean border-length/f65c4a00?",
        ),
        (
            &["flag", BORDER, "--status", "mistaken", "--reason", "r"],
            64,
            "add --claim with one of",
        ),
        (
            &[
                "flag",
                BORDER,
                "--status",
                "mistaken",
                "--claim",
                "s2-border-91",
                "--reason",
                "r",
            ],
            64,
            "did you mean s2-border-910?",
        ),
        (
            &[
                "flag",
                "--all",
                "--status",
                "wrong-subject",
                "--reason",
                "r",
            ],
            64,
            "flag those one by one",
        ),
        (&["flag", BORDER, "--reason", " "], 64, "--reason must say"),
        (&["flag", BORDER], 64, "--reason"),
        (
            &["flag", BORDER, "--reason", "r", "--date", "2026-13-01"],
            64,
            "is not a date",
        ),
        (
            &["flag", "--from", "missing.yaml"],
            1,
            "cannot read missing.yaml",
        ),
    ];
    for (args, code, needle) in cases {
        let (_, err) = run(d, args, code);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(flags(d), COMMENTED, "{args:?} changed flags.yaml");
    }
    // Not an export.
    fs::write(d.join("other.yaml"), "- just\n- a list\n").unwrap();
    let (_, err) = run(d, &["flag", "--from", "other.yaml"], 64);
    assert!(
        err.contains("expected the YAML written by `crosscheck export`"),
        "{err}"
    );
    // Invalid facts: exit 3, nothing written.
    fs::write(d.join("facts/claims/s1.yaml"), "source: s1\nclaims: [\n").unwrap();
    run(d, &["flag", BORDER, "--reason", "r"], 3);
    run(d, &["prune"], 3);
    assert_eq!(flags(d), COMMENTED);
}

#[test]
fn a_flow_style_flags_file_is_refused_not_rewritten() {
    let text = "flags: [{conflict: border-length/00000000, reason: old}]\n";
    let dir = scratch(Some(text));
    let d = dir.path();
    let (_, err) = run(d, &["flag", BORDER, "--reason", "r"], 1);
    assert!(err.contains("write it as a block list"), "{err}");
    assert_eq!(flags(d), text);
}
