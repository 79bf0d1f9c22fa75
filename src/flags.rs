//! Editors' decisions: matching the flags in `facts/flags.yaml` to the current conflicts.
//! A flag covers one conflict id. A flag whose id matches no conflict is carried over to
//! a conflict of its subject when that conflict differs from what the editor reviewed
//! only by claims that joined the reviewed clusters (see [`carry`]); otherwise it is stale
//! (its conflict was resolved, or its claims changed and so did its id).

use crate::findings::{Carried, Findings, FlagView, Group, Joined, StaleFlag};
use crate::model::Flag;
use crate::render::numberline::letter;
use std::collections::{BTreeSet, HashMap};

/// Attaches each flag to its conflict and records the flags that match nothing.
pub fn apply(findings: &mut Findings, flags: &[Flag]) {
    let mut used = vec![false; flags.len()];
    // The first flag for a conflict counts, as in the file.
    let by_id: HashMap<&str, usize> = flags
        .iter()
        .enumerate()
        .rev()
        .map(|(i, f)| (f.decision.conflict.as_str(), i))
        .collect();
    for subject in &mut findings.subjects {
        for group in &mut subject.groups {
            if let Some(conflict) = &mut group.conflict
                && let Some(&i) = by_id.get(conflict.id.as_str())
            {
                used[i] = true;
                conflict.flag = Some(view(&flags[i], None));
            }
        }
    }
    let mut by_subject: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in findings.subjects.iter().enumerate() {
        by_subject.entry(s.key.clone()).or_default().push(i);
    }
    // Flags left over: carried to an unflagged conflict of their subject when the rule
    // allows, in file order.
    for (i, f) in flags.iter().enumerate() {
        if used[i] || f.decision.reviewed.is_empty() {
            continue;
        }
        let subject = f.decision.conflict.split('/').next().unwrap_or("");
        let Some(&s) = by_subject.get(subject).and_then(|v| v.first()) else {
            continue;
        };
        for group in &mut findings.subjects[s].groups {
            let carried = match &group.conflict {
                Some(c) if c.flag.is_none() => carry(&f.decision.reviewed, group),
                _ => None,
            };
            if let (Some(mut carried), Some(conflict)) = (carried, group.conflict.as_mut()) {
                carried.from = f.decision.conflict.clone();
                conflict.flag = Some(view(f, Some(carried)));
                used[i] = true;
                break;
            }
        }
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

fn view(f: &Flag, carried: Option<Carried>) -> FlagView {
    FlagView {
        status: f.decision.status,
        reason: f.decision.reason.clone(),
        by: f.decision.by.clone(),
        date: f.decision.date.clone(),
        claim: f.decision.claim.clone(),
        location: f.location.clone(),
        carried,
    }
}

/// Whether a decision about the `reviewed` clusters (claim ids per cluster) carries over
/// to `group`: every reviewed claim is still there (nothing left), and the group's
/// clusters, seen through the reviewed claims only, are exactly the reviewed ones (no new
/// cluster, no claim moved between clusters). The claims that are not reviewed joined
/// since; they are returned with the clusters they joined. `from` is left empty.
pub fn carry(reviewed: &[Vec<String>], group: &Group) -> Option<Carried> {
    if reviewed.is_empty() {
        return None;
    }
    let seen: BTreeSet<&str> = reviewed.iter().flatten().map(String::as_str).collect();
    let now = group.reviewed();
    let all: BTreeSet<&str> = now.iter().flatten().map(String::as_str).collect();
    if !seen.is_subset(&all) {
        return None;
    }
    let mut through: Vec<Vec<&str>> = now
        .iter()
        .map(|k| {
            k.iter()
                .map(String::as_str)
                .filter(|id| seen.contains(id))
                .collect()
        })
        .collect();
    let mut then: Vec<Vec<&str>> = reviewed
        .iter()
        .map(|k| {
            let mut k: Vec<&str> = k.iter().map(String::as_str).collect();
            k.sort_unstable();
            k.dedup();
            k
        })
        .collect();
    through.sort();
    then.sort();
    if through != then {
        return None;
    }
    let joined = all
        .difference(&seen)
        .map(|id| Joined {
            claim: id.to_string(),
            clusters: now
                .iter()
                .enumerate()
                .filter(|(_, k)| k.iter().any(|c| c == id))
                .map(|(i, _)| format!("{} ({})", letter(i), group.clusters[i].value))
                .collect(),
        })
        .collect();
    Some(Carried {
        from: String::new(),
        joined,
    })
}
