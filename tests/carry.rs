//! Decisions that survive harmless change: a flag carries over to its conflict's new id
//! when claims only join the clusters its editor reviewed; `check --strict-flags` fails on
//! carried flags; `flag --carry OLD NEW` records the decision for the new id; a new
//! cluster still needs a decision, and `prune` keeps (and says so) a flag whose subject
//! still has a conflict.

mod common;

use std::fs;
use std::path::Path;

const BORDER: &str = "border-length/f65c4a00";

fn run(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    common::run_in(dir, args, code)
}

/// A scratch copy of the conflict fixture without flags, its border conflict flagged.
fn flagged() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::copy_tree(Path::new("tests/fixtures/conflict"), &d.join("facts"));
    fs::remove_file(d.join("facts/flags.yaml")).unwrap();
    run(
        d,
        &[
            "flag",
            BORDER,
            "--status",
            "explained",
            "--reason",
            "910 km is one province",
            "--by",
            "E",
            "--date",
            "2026-01-01",
        ],
        0,
    );
    dir
}

/// Adds source `id` with `sentence` as its text and one border claim `value` quoting it.
fn add_claim(d: &Path, id: &str, sentence: &str, value: &str) {
    fs::write(d.join(format!("{id}.txt")), format!("{sentence}\n")).unwrap();
    run(
        d,
        &[
            "add-source",
            &format!("{id}.txt"),
            "--id",
            id,
            "--publisher",
            "P",
            "--published",
            "2021-07-09",
        ],
        0,
    );
    fs::write(
        d.join(format!("facts/claims/{id}.yaml")),
        format!("source: {id}\nclaims:\n  - id: {id}-border\n    subject: border-length\n    value: {value}\n    quote: \"{sentence}\"\n"),
    )
    .unwrap();
}

/// The current conflict id of the border.
fn border_id(d: &Path) -> String {
    let (out, _) = run(d, &["export"], 0);
    let at = out.find("border-length/").unwrap();
    out[at..at + "border-length/".len() + 8].to_string()
}

#[test]
fn a_claim_joining_a_reviewed_cluster_carries_the_flag() {
    let dir = flagged();
    let d = dir.path();
    assert!(
        fs::read_to_string(d.join("facts/flags.yaml"))
            .unwrap()
            .contains("reviewed:\n      - [s2-border-910]\n      - [s1-border, s2-border]\n")
    );
    add_claim(d, "s3", "The border runs for 1,344 km.", "1,344 km");
    let new = border_id(d);
    assert_ne!(new, BORDER, "a claim joined: the id changes (decision 10)");
    let (out, err) = run(d, &["check"], 0);
    assert!(
        !out.contains("stale-flag") && out.contains("0 stale flags"),
        "{out}{err}"
    );
    let (out, _) = run(d, &["report", "--format", "json"], 0);
    assert!(
        out.contains(&format!("\"carried\":{{\"from\":\"{BORDER}\",\"joined\":[{{\"claim\":\"s3-border\",\"clusters\":[\"B (1,344 km)\"]}}]}}")),
        "{out}"
    );
    let (out, _) = run(d, &["report"], 0);
    assert!(out.contains("carried: 1 claim joined B"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains(&format!("--carry {BORDER} ID`"))),
        "the old id and the command are on one line: {out}"
    );
    // Strict: the carried flag does not count, and the note says how to record it.
    let (_, err) = run(d, &["check", "--strict-flags"], 2);
    assert!(
        err.contains(&format!("crosscheck flag --carry {BORDER} {new}")),
        "{err}"
    );
    let (_, err) = run(
        d,
        &[
            "flag",
            "--carry",
            BORDER,
            &new,
            "--by",
            "F",
            "--date",
            "2026-02-02",
        ],
        0,
    );
    assert!(
        err.contains(&format!(
            "carried the decision on {BORDER} to {new} (explained)"
        )),
        "{err}"
    );
    let flags = fs::read_to_string(d.join("facts/flags.yaml")).unwrap();
    assert!(flags.contains(&format!("conflict: {new}\n    status: explained\n    reason: 910 km is one province\n    by: F\n    date: 2026-02-02\n")), "{flags}");
    assert!(
        flags.contains("- [s1-border, s2-border, s3-border]"),
        "{flags}"
    );
    run(d, &["check", "--strict-flags", "--deny-stale"], 0);
}

#[test]
fn a_new_cluster_needs_a_new_decision_and_prune_keeps_the_old_one() {
    let dir = flagged();
    let d = dir.path();
    add_claim(d, "s4", "The border is 1,100 km long.", "1,100 km");
    let new = border_id(d);
    let (out, _) = run(d, &["check"], 2);
    assert!(out.contains(&new), "{out}");
    let (_, err) = run(d, &["prune"], 0);
    assert!(err.contains(&format!("kept {BORDER} (")), "{err}");
    assert!(
        err.contains(&format!("crosscheck flag --carry {BORDER} {new}")),
        "{err}"
    );
    assert!(
        fs::read_to_string(d.join("facts/flags.yaml"))
            .unwrap()
            .contains(BORDER)
    );
    // Carried by hand: the gate passes.
    run(d, &["flag", "--carry", BORDER, &new], 0);
    run(d, &["check", "--strict-flags", "--deny-stale"], 0);
}

#[test]
fn a_claim_leaving_the_conflict_leaves_the_flag_stale() {
    let dir = flagged();
    let d = dir.path();
    add_claim(d, "s3", "The border runs for 1,344 km.", "1,344 km");
    let s2 = d.join("facts/claims/s2.yaml");
    let text = fs::read_to_string(&s2).unwrap();
    let cut = text.find("  - id: s2-border\n").unwrap();
    let end = text.find("  - id: s2-soldiers").unwrap();
    fs::write(&s2, format!("{}{}", &text[..cut], &text[end..])).unwrap();
    let (out, _) = run(d, &["check"], 2);
    assert!(out.contains("stale-flag"), "{out}");
}

#[test]
fn carry_refuses_an_unknown_old_flag_or_a_flagged_new_id() {
    let dir = flagged();
    let d = dir.path();
    let (_, err) = run(
        d,
        &["flag", "--carry", "border-length/00000000", BORDER],
        64,
    );
    assert!(
        err.contains("has no flag for border-length/00000000"),
        "{err}"
    );
    let (_, err) = run(d, &["flag", "--carry", BORDER, BORDER], 64);
    assert!(err.contains("has a flag of its own already"), "{err}");
}
