//! `export --format jsonl`: every claim and every subject finding as JSON lines, read back
//! as another engine would — typed rows, partitioned by subject key — and checked against
//! the YAML export of the same corpus (derived claims live in the subject findings).

use assert_cmd::Command;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Row {
    Claim(Box<ClaimRow>),
    Subject(SubjectRow),
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct ClaimRow {
    id: String,
    subject: String,
    source: String,
    published: Option<String>,
    value: String,
    qualifier: String,
    low: Option<f64>,
    low_closed: bool,
    high: Option<f64>,
    high_closed: bool,
    axis: String,
    as_of: Option<String>,
    rank: String,
    claimant: Option<String>,
    origin: Option<String>,
    via: Option<String>,
    quote: String,
}

#[derive(Debug, Deserialize)]
struct SubjectRow {
    key: String,
    verdict: String,
    groups: Vec<serde_json::Value>,
}

fn export(format: &str) -> String {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["--facts", "facts", "export", "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn jsonl_export_reads_back_as_claims_partitioned_by_subject_and_findings() {
    let rows: Vec<Row> = export("jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let mut partitions: BTreeMap<String, Vec<ClaimRow>> = BTreeMap::new();
    let mut subjects: BTreeMap<String, SubjectRow> = BTreeMap::new();
    for row in rows {
        match row {
            Row::Claim(c) => partitions.entry(c.subject.clone()).or_default().push(*c),
            Row::Subject(s) => {
                assert!(
                    subjects.insert(s.key.clone(), s).is_none(),
                    "one line a subject"
                );
            }
        }
    }
    // Every partition has its subject's finding, and every claim an interval.
    for (key, claims) in &partitions {
        let s = subjects
            .get(key)
            .unwrap_or_else(|| panic!("no finding for {key}"));
        assert!(!s.verdict.is_empty() && !s.groups.is_empty(), "{key}");
        for c in claims {
            assert!(c.low.is_some() || c.high.is_some(), "{c:?}");
            assert!(
                c.low.unwrap_or(f64::MIN) <= c.high.unwrap_or(f64::MAX),
                "{c:?}"
            );
            assert!(!c.quote.is_empty() && !c.source.is_empty(), "{c:?}");
        }
    }
    // The same claims and subjects as the YAML export. Claims the comparer derives from
    // relations between subjects (ids `rule:…`; a claim id has no colon) are in the
    // subject findings only.
    let yaml = export("yaml");
    let yaml_ids: BTreeSet<&str> = yaml
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- id: "))
        .map(|id| id.trim_matches('"'))
        .filter(|id| !id.contains(':'))
        .collect();
    let jsonl_ids: BTreeSet<&str> = partitions
        .values()
        .flatten()
        .map(|c| c.id.as_str())
        .collect();
    assert!(!jsonl_ids.is_empty());
    assert_eq!(jsonl_ids, yaml_ids);
    let yaml_keys = yaml
        .lines()
        .filter(|l| l.trim_start().starts_with("- key: "))
        .count();
    assert_eq!(subjects.len(), yaml_keys);
}

#[test]
fn jsonl_export_writes_every_object_with_its_fields_in_name_order() {
    // A JSON value read back keeps its fields in name order: writing it again gives the
    // same line only when the line already had them in that order, at every depth.
    for line in export("jsonl").lines() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(value.to_string(), line);
    }
}
