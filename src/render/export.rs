//! The YAML export for editors (`crosscheck export`): every subject with its verdict,
//! clusters, claims and citations, and for each conflict a ready-to-paste flag entry.
//! Subjects are in key order and nothing depends on time or file order, so re-exporting
//! after a small change gives a small diff.

use super::Summary;
use crate::findings::{Findings, Group, SubjectFinding};
use serde::Serialize;

#[derive(Serialize)]
struct Export<'a> {
    crosscheck: &'static str,
    summary: Summary,
    subjects: Vec<SubjectOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stale_flags: &'a Vec<crate::findings::StaleFlag>,
}

#[derive(Serialize)]
struct SubjectOut<'a> {
    #[serde(flatten)]
    subject: &'a SubjectFinding,
    /// Entries to paste into facts/flags.yaml (or load with `crosscheck flag --from`),
    /// one per unflagged conflict, with the reason left for the editor.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    flag_entries: Vec<FlagEntryOut>,
}

/// The same fields as an entry of facts/flags.yaml.
#[derive(Serialize)]
pub struct FlagEntryOut {
    pub conflict: String,
    pub status: &'static str,
    pub reason: String,
    pub by: String,
}

pub fn flag_entries(g: &Group) -> Option<FlagEntryOut> {
    let c = g.conflict.as_ref()?;
    if c.flag.is_some() {
        return None;
    }
    Some(FlagEntryOut {
        conflict: c.id.clone(),
        status: "open",
        reason: String::new(),
        by: String::new(),
    })
}

pub fn render(findings: &Findings) -> Result<String, crate::yaml::YamlError> {
    let doc = Export {
        crosscheck: "export v1: fill in the flag_entries (status, reason, by; claim for mistaken and wrong-subject) and load them with `crosscheck flag --from FILE`, or paste them into facts/flags.yaml",
        summary: Summary::of(findings),
        subjects: findings
            .subjects
            .iter()
            .map(|s| SubjectOut {
                subject: s,
                flag_entries: s.groups.iter().filter_map(flag_entries).collect(),
            })
            .collect(),
        stale_flags: &findings.stale_flags,
    };
    let body = crate::yaml::to_string(&doc)?;
    Ok(format!(
        "# crosscheck export: every subject, its verdict, clusters and citations.\n{body}"
    ))
}
