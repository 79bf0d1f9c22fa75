//! A corpus built from nothing with the commands the README walks through: `init`, a
//! subject written in subjects.yaml, `add-source --draft` for a text and an HTML page,
//! `lint`, `report`, `flag`, and the CI gate.

mod common;

use std::fs;
use std::path::Path;

fn run(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    common::run_in(dir, args, code)
}

#[test]
fn init_add_source_draft_lint_report_flag_and_the_gate() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["init"], 0);
    // The editor's one hand-written step: what is compared.
    let subjects = fs::read_to_string(d.join("facts/subjects.yaml")).unwrap().replace(
        "subjects: []",
        "subjects:\n  - key: border-length\n    label: Length of the Tajik-Afghan border\n    dimension: length\n    unit: km\n",
    );
    fs::write(d.join("facts/subjects.yaml"), subjects).unwrap();
    fs::write(
        d.join("mt.txt"),
        "Dushanbe, July 8\n\nThe Tajik-Afghan border is 1,344 km long, the ministry said.\n",
    )
    .unwrap();
    fs::write(
        d.join("rt.html"),
        "<!doctype html><html><body><h1>Wakhan</h1><p>The length of the Tajik-Afghan border is 910 km, according to the report.</p></body></html>",
    )
    .unwrap();
    for (file, id, publisher) in [
        ("mt.txt", "mt-1", "The Moscow Times"),
        ("rt.html", "rt-1", "RT"),
    ] {
        let (_, err) = run(
            d,
            &[
                "add-source",
                file,
                "--id",
                id,
                "--publisher",
                publisher,
                "--published",
                "2021-07-08",
                "--draft",
            ],
            0,
        );
        assert!(
            err.contains(&format!("drafted 1 claim in facts/claims/{id}.yaml")),
            "{err}"
        );
    }
    let (out, _) = run(d, &["lint"], 0);
    assert_eq!(out, "no problems found\n");
    let (out, _) = run(d, &["report"], 0);
    assert!(out.contains("CONFLICT, unflagged"), "{out}");
    let (out, _) = run(d, &["check", "--format", "github"], 2);
    assert!(
        out.starts_with("crosscheck: FAIL: 1 unflagged conflict."),
        "{out}"
    );
    let (json, _) = run(d, &["check", "--format", "json"], 2);
    let at = json.find("border-length/").unwrap();
    let id = &json[at..at + "border-length/".len() + 8];
    run(
        d,
        &[
            "flag",
            id,
            "--status",
            "explained",
            "--reason",
            "910 km is the Wakhan stretch",
        ],
        0,
    );
    let (out, _) = run(d, &["check", "--format", "github", "--deny-stale"], 0);
    assert!(out.starts_with("crosscheck: pass."), "{out}");
    let (out, _) = run(d, &["report"], 0);
    assert!(out.contains("flagged explained"), "{out}");
}
