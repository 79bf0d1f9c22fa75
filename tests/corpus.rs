//! The bundled corpus end to end: the conflicts it must show, the gate passing on main,
//! and the gate failing when a change brings an unflagged conflict or drops a flag. The
//! conflict ids must survive reordering and unrelated additions.

mod common;
use common::copy_tree;

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn crosscheck(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "1000");
    c
}

/// A scratch folder holding a copy of the bundled corpus as `facts/`.
fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(Path::new("facts"), &dir.path().join("facts"));
    dir
}

fn stdout_of(c: &mut Command, code: i32) -> String {
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn report_shows_the_known_conflicts_with_citations() {
    let out = stdout_of(crosscheck(Path::new(".")).arg("report"), 0);
    for needle in [
        "Afghan districts held by the Taliban",
        "162 districts — RT",
        "188 districts — Inforos",
        "Number of districts in Afghanistan",
        "398 districts — RT",
        "“said on July 7 that the movement controls 162 of Afghanistan's",
        "188 districts + 135 districts + 70 districts = 393 districts",
        "Afghans who worked for the US to be relocated to Central Asia",
    ] {
        assert!(out.contains(needle), "report lacks {needle:?}:\n{out}");
    }
    // RT's 910 km measures one district's stretch, so the border's length is no conflict.
    assert!(!out.contains("Length of the Tajik-Afghan border"), "{out}");
    // Agreements are listed only with --all.
    assert!(!out.contains("Deadline Joe Biden set"), "{out}");
    let all = stdout_of(crosscheck(Path::new(".")).args(["report", "--all"]), 0);
    // "More than 1.3 thousand km" allows 1,400 km without stating it: listed as compatible
    // with the 1,400 km cluster, never counted as its support.
    let border = all
        .split("Length of the Tajik-Afghan border")
        .nth(1)
        .unwrap();
    assert!(
        border.contains("1,400 km") && border.contains("compatible: more than 1.3"),
        "{border}"
    );
    assert!(
        all.contains("Deadline Joe Biden set") && all.contains("3 sources: 1 origin ("),
        "{all}"
    );
}

/// One subject's finding from `report --all --format json`.
fn finding(key: &str) -> serde_json::Value {
    let out = stdout_of(
        crosscheck(Path::new(".")).args(["report", "--all", "--format", "json"]),
        0,
    );
    out.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["key"] == key)
        .unwrap_or_else(|| panic!("no subject {key}:\n{out}"))
}

fn clusters(f: &serde_json::Value) -> Vec<&serde_json::Value> {
    f["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["clusters"].as_array().unwrap())
        .collect()
}

#[test]
fn the_soldiers_who_crossed_rest_on_one_origin() {
    // The crossing of 5 July (RT, Erkec) and the running total (Inforos, The Moscow
    // Times): two sources each, one origin each, the Tajik border troops.
    for key in [
        "afghan-soldiers-fled-to-tajikistan-on-5-july",
        "afghan-soldiers-crossed-to-tajikistan",
    ] {
        let f = finding(key);
        assert_eq!(f["verdict"], "agreement", "{f:#}");
        let cs = clusters(&f);
        assert_eq!(cs.len(), 1, "{f:#}");
        let support = &cs[0]["support"];
        assert_eq!(support["origins"].as_array().unwrap().len(), 1, "{f:#}");
        assert_eq!(support["not_stated"], 0, "{f:#}");
    }
}

#[test]
fn the_district_total_conflicts_with_the_sum_of_its_parts() {
    let f = finding("afghanistan-district-total");
    assert_eq!(f["verdict"], "conflict", "{f:#}");
    let ids: Vec<&str> = clusters(&f)
        .iter()
        .flat_map(|c| c["claims"].as_array().unwrap())
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert!(ids.contains(&"rt-afghanistan-district-total"), "{f:#}");
    assert!(
        ids.iter().any(|id| id.starts_with("sum-of-parts:")),
        "{f:#}"
    );
}

#[test]
fn the_910_km_is_a_stretch_of_the_border() {
    let border = finding("tajik-afghan-border-length");
    assert_eq!(border["verdict"], "agreement", "{border:#}");
    let stretch = finding("wakhan-border-with-tajikistan-length");
    let values: Vec<&str> = clusters(&stretch)
        .iter()
        .flat_map(|c| c["claims"].as_array().unwrap())
        .filter_map(|c| c["value"].as_str())
        .collect();
    assert_eq!(values, ["910 km"], "{stretch:#}");
}

#[test]
fn lint_is_clean_and_every_editors_attribution_says_where_it_is_named() {
    // Three articles give the soldiers' crossings without naming a source; the corpus
    // records the Tajik border troops as their origin, says so in the claim's note, and
    // names the source whose text gives them (`origin_named_in`), where lint checks them.
    let out = stdout_of(
        crosscheck(Path::new(".")).args(["lint", "--format", "json"]),
        0,
    );
    assert_eq!(out.trim(), "", "the bundled corpus lints without a warning");
    let mut attributions = 0;
    for e in fs::read_dir("facts/claims").unwrap() {
        let text = fs::read_to_string(e.unwrap().path()).unwrap();
        for claim in text.split("  - id:").skip(1) {
            if claim.contains("the editors' attribution") {
                attributions += 1;
                assert!(claim.contains("origin_named_in:"), "{claim}");
            }
        }
    }
    assert!(attributions >= 4, "{attributions} attributions");
}

#[test]
fn no_arguments_runs_the_report() {
    let out = stdout_of(&mut crosscheck(Path::new(".")), 0);
    assert!(out.contains("Number of districts in Afghanistan"), "{out}");
}

#[test]
fn check_passes_on_the_bundled_corpus() {
    let out = stdout_of(crosscheck(Path::new(".")).arg("check"), 0);
    assert!(out.contains("ok: every conflict is flagged"), "{out}");
    assert!(out.contains("3 conflicts (0 unflagged)"), "{out}");
}

#[test]
fn a_new_conflicting_claim_fails_the_gate() {
    let dir = corpus_copy();
    // An editor archives a later paragraph and draws a claim from it.
    let text_path = dir.path().join("facts/sources/004_b0d1a0f51122871d.txt");
    let mut text = fs::read_to_string(&text_path).unwrap();
    text.push_str("\nAn update: some 7,500 Russian troops now serve at the base.\n");
    fs::write(&text_path, text).unwrap();
    let path = dir.path().join("facts/claims/004_b0d1a0f51122871d.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(
        "\n  - id: svp-russian-troops\n    subject: russian-troops-at-tajik-base\n    value: some 7,500 troops\n    quote: \"some 7,500 Russian troops now serve at the base\"\n",
    );
    fs::write(&path, text).unwrap();
    let out = stdout_of(crosscheck(dir.path()).arg("check"), 2);
    assert!(
        out.contains(
            "error[unflagged-conflict]: Russian troops at the military base in Tajikistan"
        ),
        "{out}"
    );
    assert!(
        out.contains("svp-russian-troops") && out.contains("mt-russian-troops-at-base"),
        "{out}"
    );
    assert!(
        out.contains("facts/claims/004_b0d1a0f51122871d.yaml:"),
        "{out}"
    );
    assert!(out.contains("1 unflagged conflict."), "{out}");
}

#[test]
fn removing_a_flag_fails_the_gate() {
    let dir = corpus_copy();
    let path = dir.path().join("facts/flags.yaml");
    let text = fs::read_to_string(&path).unwrap();
    // Drop the districts flag: everything from its entry to the next one.
    let start = text.find("  - conflict: taliban-held-districts/").unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 2;
    fs::write(&path, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let out = stdout_of(crosscheck(dir.path()).arg("check"), 2);
    assert!(
        out.contains("error[unflagged-conflict]: Afghan districts held by the Taliban"),
        "{out}"
    );
    assert!(out.contains("conflict: taliban-held-districts/"), "{out}");
    assert!(
        out.contains("quote: “said on July 7 that the movement controls 162"),
        "{out}"
    );
}

fn conflict_ids(dir: &Path) -> Vec<String> {
    let out = stdout_of(crosscheck(dir).args(["report", "--format", "json"]), 0);
    let mut ids: Vec<String> = out
        .lines()
        .flat_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["groups"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|g| g["conflict"]["id"].as_str().map(String::from))
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn conflict_ids_survive_reordering_and_unrelated_claims() {
    let original = conflict_ids(Path::new("."));
    assert_eq!(original.len(), 3, "{original:?}");
    let dir = corpus_copy();
    // Reverse the order of the claims in every file (moving every line), and add an
    // unrelated claim.
    for e in fs::read_dir(dir.path().join("facts/claims")).unwrap() {
        let path = e.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let (head, body) = text.split_at(text.find("\n  - id:").unwrap() + 1);
        let mut entries: Vec<&str> = body.split("\n  - id:").collect();
        let first = entries.remove(0);
        entries.insert(0, first.trim_start_matches("  - id:"));
        entries.reverse();
        let mut out = head.to_string();
        for e in entries {
            out.push_str("  - id:");
            out.push_str(e.trim_end());
            out.push_str("\n\n");
        }
        if path.ends_with("002_6c53de6ec8552ab4.yaml") {
            out.push_str("  - id: mt-new-unrelated\n    subject: border-share-under-taliban-control\n    value: up to 70%\n    quote: \"up to 70% of the 1,400-kilometer border\"\n    as_of: 2021-06\n");
        }
        fs::write(&path, out).unwrap();
    }
    assert_eq!(conflict_ids(dir.path()), original);
    stdout_of(crosscheck(dir.path()).arg("check"), 0);
}

#[test]
fn export_is_deterministic_and_carries_flag_entries() {
    let a = stdout_of(crosscheck(Path::new(".")).arg("export"), 0);
    let b = stdout_of(crosscheck(Path::new(".")).arg("export"), 0);
    assert_eq!(a, b);
    assert!(
        a.contains("key: afghanistan-district-total") && a.contains("verdict: conflict"),
        "{a}"
    );
    // Every conflict is flagged on main, so no entry is left to fill in; with one flag
    // removed, its entry appears ready to paste.
    assert!(!a.contains("flag_entries:"), "{a}");
    let dir = corpus_copy();
    fs::write(dir.path().join("facts/flags.yaml"), "flags: []\n").unwrap();
    let out = stdout_of(crosscheck(dir.path()).arg("export"), 0);
    assert_eq!(out.matches("flag_entries:").count(), 3, "{out}");
    assert!(
        out.contains("- conflict: afghanistan-district-total/"),
        "{out}"
    );
}

#[test]
fn export_to_a_file_writes_it_whole_and_refuses_the_facts_folder() {
    let dir = corpus_copy();
    let target = dir.path().join("review.yaml");
    crosscheck(dir.path())
        .args(["export", "-o", "review.yaml"])
        .assert()
        .code(0);
    let text = fs::read_to_string(&target).unwrap();
    assert!(
        text.starts_with("# crosscheck export") && text.contains("subjects:"),
        "{text}"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    crosscheck(dir.path())
        .args(["export", "-o", "facts/review.yaml"])
        .assert()
        .code(1);
    assert!(!dir.path().join("facts/review.yaml").exists());
}
