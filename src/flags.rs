//! Editors' decisions: matching the flags in `facts/flags.yaml` to the current conflicts.
//! A flag covers one conflict id; a flag that matches none is stale (its conflict was
//! resolved, or its claims changed and so did its id).

use crate::findings::{Findings, FlagView, StaleFlag};
use crate::model::Flag;
use std::collections::HashMap;

/// Attaches each flag to its conflict and records the flags that match nothing.
pub fn apply(findings: &mut Findings, flags: &[Flag]) {
    let mut used = vec![false; flags.len()];
    // The first flag for a conflict counts, as in the file.
    let mut by_conflict: HashMap<&str, usize> = HashMap::new();
    for (i, f) in flags.iter().enumerate() {
        by_conflict.entry(f.decision.conflict.as_str()).or_insert(i);
    }
    for subject in &mut findings.subjects {
        for group in &mut subject.groups {
            if let Some(conflict) = &mut group.conflict
                && let Some(&i) = by_conflict.get(conflict.id.as_str())
            {
                used[i] = true;
                let f = &flags[i];
                conflict.flag = Some(FlagView {
                    status: f.decision.status,
                    reason: f.decision.reason.clone(),
                    by: f.decision.by.clone(),
                    date: f.decision.date.clone(),
                    claim: f.decision.claim.clone(),
                    location: f.location.clone(),
                });
            }
        }
    }
    let mut by_subject: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in findings.subjects.iter().enumerate() {
        by_subject.entry(s.key.as_str()).or_default().push(i);
    }
    findings.stale_flags = flags
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(f, _)| {
            let subject = f.decision.conflict.split('/').next().unwrap_or("");
            let now = by_subject
                .get(subject)
                .into_iter()
                .flatten()
                .flat_map(|&i| findings.subjects[i].conflicts().map(|(_, c)| c.id.clone()))
                .collect();
            StaleFlag {
                conflict: f.decision.conflict.clone(),
                reason: f.decision.reason.clone(),
                location: f.location.clone(),
                now,
            }
        })
        .collect();
}
