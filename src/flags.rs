//! Editors' decisions: matching the flags in `facts/flags.yaml` to the current conflicts.
//! A flag covers one conflict id; a flag that matches none is stale (its conflict was
//! resolved, or its claims changed and so did its id).

use crate::findings::{Findings, FlagView, StaleFlag};
use crate::model::Flag;

/// Attaches each flag to its conflict and records the flags that match nothing.
pub fn apply(findings: &mut Findings, flags: &[Flag]) {
    let mut used = vec![false; flags.len()];
    for subject in &mut findings.subjects {
        for group in &mut subject.groups {
            if let Some(conflict) = &mut group.conflict
                && let Some(i) = flags
                    .iter()
                    .position(|f| f.decision.conflict == conflict.id)
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
    findings.stale_flags = flags
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(f, _)| {
            let subject = f.decision.conflict.split('/').next().unwrap_or("");
            let now = findings
                .subjects
                .iter()
                .filter(|s| s.key == subject)
                .flat_map(|s| s.conflicts().map(|(_, c)| c.id.clone()))
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
