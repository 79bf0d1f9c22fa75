//! `crosscheck resolve`, `sources` and `import`: JSON lines on the bundled corpus and on a
//! small table, the editor's preferred claim overriding the algorithm, usage errors.

mod common;

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str], code: i32) -> String {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1").args(args);
    common::outputs(cmd, code, &format!("{args:?}")).0
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn the_border_length_resolves_to_the_figure_two_origins_support() {
    let out = run(
        &["resolve", "tajik-afghan-border-length", "--format", "json"],
        0,
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["value"], "1,400 km");
    assert_eq!(lines[0]["decided_by"], "algorithm");
    let reason = lines[0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("consistent with more than 1.3 thousand km"),
        "{reason}"
    );
}

#[test]
fn a_tie_is_reported_as_a_tie() {
    let out = run(&["resolve", "taliban-held-districts"], 0);
    assert!(
        out.contains("a tie") && out.contains("an editor should decide"),
        "{out}"
    );
}

#[test]
fn an_unknown_subject_is_a_usage_error() {
    run(&["resolve", "no-such-subject-at-all"], 64);
}

#[test]
fn sources_lists_every_origin_with_its_trust() {
    let lines = json_lines(&run(&["sources", "--format", "json"], 0));
    assert!(lines.len() > 5);
    assert!(lines.iter().any(|l| l["source"] == "Andrei Rudenko"));
    let trusts: Vec<f64> = lines.iter().map(|l| l["trust"].as_f64().unwrap()).collect();
    assert!(
        trusts.windows(2).all(|w| w[0] >= w[1]),
        "most trusted first"
    );
}

#[test]
fn an_article_that_is_its_own_origin_is_named_by_its_publisher() {
    let out = run(&["resolve", "wakhan-border-with-tajikistan-length"], 0);
    assert!(out.contains("RT article 000_cb542d7f8a259a17 ("), "{out}");
    let lines = json_lines(&run(&["sources", "--format", "json"], 0));
    assert!(
        lines
            .iter()
            .any(|l| l["source"] == "RT article 000_cb542d7f8a259a17")
    );
    assert!(!lines.iter().any(|l| l["source"] == "000_cb542d7f8a259a17"));
}

#[test]
fn a_preferred_claim_overrides_the_algorithm_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts");
    copy_dir(std::path::Path::new("facts"), &facts);
    let claims = facts.join("claims");
    let file = std::fs::read_dir(&claims)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("value: more than 1.3 thousand km")
        })
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "    value: more than 1.3 thousand km\n",
        "    value: more than 1.3 thousand km\n    rank: preferred\n    rank_reason: the border guards' figure\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let out = run(
        &[
            "--facts",
            facts.to_str().unwrap(),
            "resolve",
            "tajik-afghan-border-length",
            "--format",
            "json",
        ],
        0,
    );
    let line = &json_lines(&out)[0];
    assert_eq!(line["value"], "more than 1.3 thousand km");
    assert_eq!(line["decided_by"], "editor");
    assert!(line["reason"].as_str().unwrap().contains("preferred"));
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

#[test]
fn import_resolves_a_csv_and_rates_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("pop.csv");
    let mut text = String::from("source,object,value\n");
    for i in 0..10 {
        text.push_str(&format!(
            "census,town{i},{}\nbot,town{i},{}\nfan,town{i},{}\n",
            100 + i,
            100 + i,
            900 + i
        ));
    }
    text.push_str("census,x,5\nfan,x,6\n");
    std::fs::write(&csv, text).unwrap();
    let path = csv.to_str().unwrap();
    let lines = json_lines(&run(&["import", path, "--header", "--format", "json"], 0));
    let x = lines.iter().find(|l| l["subject"] == "x").unwrap();
    assert_eq!(x["value"], "5");
    let sources = json_lines(&run(
        &["import", path, "--header", "--sources", "--format", "json"],
        0,
    ));
    assert_eq!(sources.last().unwrap()["source"], "fan");
    run(&["import", path, "--columns", "source,value"], 64);
}
