//! The comparer: within each subject, every claim's value becomes an interval in the
//! subject's unit; claims are grouped by time period (for subjects that change over time),
//! then into clusters of mutually agreeing values. A group with more than one cluster is a
//! conflict, identified by a fingerprint of its claim ids.

use crate::findings::*;
use crate::model::{Claim, Corpus, Rank, Subject};
use crate::render::interval::render_interval;
use crate::value::Interval;
use crate::value::date::render_day;
use std::collections::{BTreeMap, BTreeSet};

/// Compares every subject's claims.
pub fn analyze(corpus: &Corpus) -> Findings {
    let mut subjects: Vec<&Subject> = corpus.subjects.iter().collect();
    subjects.sort_by(|a, b| a.key.cmp(&b.key));
    Findings {
        subjects: subjects
            .into_iter()
            .map(|s| analyze_subject(corpus, s))
            .collect(),
        stale_flags: Vec::new(),
    }
}

fn analyze_subject(corpus: &Corpus, subject: &Subject) -> SubjectFinding {
    let mut claims: Vec<&Claim> = corpus
        .claims
        .iter()
        .filter(|c| c.subject == subject.key)
        .collect();
    claims.sort_by(|a, b| a.id.cmp(&b.id));
    let (active, set_aside): (Vec<&Claim>, Vec<&Claim>) =
        claims.into_iter().partition(|c| c.rank != Rank::Deprecated);

    let groups: Vec<Group> = periods(corpus, subject, &active)
        .into_iter()
        .map(|(period, members)| group(corpus, subject, period, &members))
        .collect();
    let all_sources: BTreeSet<&str> = active.iter().map(|c| c.source.as_str()).collect();
    let verdict = if groups.is_empty() {
        Verdict::NoClaims
    } else if groups.iter().any(|g| g.verdict == Verdict::Conflict) {
        Verdict::Conflict
    } else if groups.iter().any(|g| g.verdict == Verdict::Agreement) {
        Verdict::Agreement
    } else if all_sources.len() > 1 {
        Verdict::Uncompared
    } else {
        Verdict::SingleSource
    };
    SubjectFinding {
        key: subject.key.clone(),
        label: subject.label.clone(),
        dimension: subject.dimension.to_string(),
        unit: subject.unit.as_ref().map(ToString::to_string),
        verdict,
        groups,
        set_aside: set_aside.into_iter().map(|c| view(corpus, c)).collect(),
    }
}

/// The day a claim speaks of: its `as_of`, else its source's publication date (first day).
fn when(corpus: &Corpus, c: &Claim) -> i64 {
    match (&c.as_of, corpus.source(&c.source)) {
        (Some(d), _) => d.day_span().0,
        (None, Some(s)) => s.published.day_span().0,
        (None, None) => 0,
    }
}

/// Splits claims into the groups that are compared: all together, or for subjects that
/// change over time, periods of `window` days anchored at the earliest claim of each.
fn periods<'a>(
    corpus: &Corpus,
    subject: &Subject,
    claims: &[&'a Claim],
) -> Vec<(Option<Period>, Vec<&'a Claim>)> {
    if claims.is_empty() {
        return Vec::new();
    }
    let Some(window) = subject.window_days else {
        return vec![(None, claims.to_vec())];
    };
    let mut dated: Vec<(i64, &Claim)> = claims.iter().map(|c| (when(corpus, c), *c)).collect();
    dated.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let mut out: Vec<(Option<Period>, Vec<&Claim>)> = Vec::new();
    let mut anchor = i64::MIN;
    let mut last = i64::MIN;
    for (day, c) in dated {
        if out.is_empty() || day > anchor.saturating_add(window) {
            if let Some((Some(p), _)) = out.last_mut() {
                p.to = render_day(last);
            }
            anchor = day;
            out.push((
                Some(Period {
                    from: render_day(day),
                    to: render_day(day),
                }),
                Vec::new(),
            ));
        }
        last = day;
        if let Some((_, members)) = out.last_mut() {
            members.push(c);
        }
    }
    if let Some((Some(p), _)) = out.last_mut() {
        p.to = render_day(last);
    }
    out
}

fn group(corpus: &Corpus, subject: &Subject, period: Option<Period>, claims: &[&Claim]) -> Group {
    let mut items: Vec<(Interval, &Claim)> = claims
        .iter()
        .map(|c| (subject.interval_of(&c.value), *c))
        .collect();
    items.sort_by(|a, b| {
        a.0.low
            .value
            .total_cmp(&b.0.low.value)
            .then(a.0.high.value.total_cmp(&b.0.high.value))
            .then(a.1.id.cmp(&b.1.id))
    });
    // Sweep: a claim joins the current cluster while it overlaps what every member allows.
    let mut raw: Vec<(Interval, Vec<&Claim>)> = Vec::new();
    for (iv, c) in items {
        match raw
            .last_mut()
            .and_then(|(common, members)| common.intersect(&iv).map(|i| (common, members, i)))
        {
            Some((common, members, i)) => {
                *common = i;
                members.push(c);
            }
            None => raw.push((iv, vec![c])),
        }
    }
    let clusters: Vec<Cluster> = raw
        .into_iter()
        .map(|(iv, members)| Cluster {
            agreed: render_interval(&iv, subject),
            interval: iv,
            corroboration: corroboration(&members),
            claims: members.iter().map(|c| view(corpus, c)).collect(),
        })
        .collect();
    let sources: BTreeSet<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    let (verdict, conflict) = if clusters.len() > 1 {
        let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        (
            Verdict::Conflict,
            Some(Conflict {
                id: fingerprint(&subject.key, &ids),
                flag: None,
            }),
        )
    } else if sources.len() > 1 {
        (Verdict::Agreement, None)
    } else {
        (Verdict::SingleSource, None)
    };
    Group {
        period,
        verdict,
        clusters,
        conflict,
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn corroboration(claims: &[&Claim]) -> Corroboration {
    let sources: BTreeSet<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    // Who originally said it: the claimant, or the source speaking for itself.
    let mut origins: BTreeMap<String, (Option<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for c in claims {
        let key = c
            .claimant
            .as_deref()
            .map(norm)
            .unwrap_or_else(|| format!("source:{}", c.source));
        let entry = origins
            .entry(key)
            .or_insert((c.claimant.as_deref(), BTreeSet::new()));
        entry.1.insert(c.source.as_str());
    }
    let repeated = origins
        .values()
        .filter_map(|(name, srcs)| {
            let claimant = (*name)?.to_string();
            (srcs.len() > 1).then_some(Repeat {
                claimant,
                sources: srcs.len(),
            })
        })
        .collect();
    Corroboration {
        sources: sources.len(),
        independent: origins.len(),
        repeated,
    }
}

fn view(corpus: &Corpus, c: &Claim) -> ClaimView {
    let source = corpus.source(&c.source);
    ClaimView {
        id: c.id.clone(),
        value: c.value_text.clone(),
        source: c.source.clone(),
        publisher: source.map(|s| s.publisher.clone()).unwrap_or_default(),
        published: source.map(|s| s.published.to_string()).unwrap_or_default(),
        claimant: c.claimant.clone(),
        claimant_role: c.claimant_role.clone(),
        as_of: c.as_of.map(|d| d.to_string()),
        quote: c.quote.clone(),
        rank: c.rank,
        rank_reason: c.rank_reason.clone(),
        location: c.location.clone(),
    }
}

/// A conflict's stable id: the subject key and a hash of the sorted claim ids. It does not
/// change when files, claims or keys are reordered or lines move, nor when claims of other
/// subjects change; it does change when a claim joins or leaves the conflict, so an
/// editor's flag always covers exactly the claims that were reviewed.
pub fn fingerprint(subject: &str, claim_ids: &[&str]) -> String {
    let mut ids: Vec<&str> = claim_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    // FNV-1a, 64 bit: stable across platforms and releases, unlike std's hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in std::iter::once(subject).chain(ids) {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{subject}/{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_order() {
        assert_eq!(fingerprint("s", &["b", "a"]), fingerprint("s", &["a", "b"]));
        assert_ne!(
            fingerprint("s", &["a", "b"]),
            fingerprint("s", &["a", "b", "c"])
        );
        assert_ne!(fingerprint("s", &["a", "b"]), fingerprint("t", &["a", "b"]));
        assert!(fingerprint("s", &["a"]).starts_with("s/"));
    }
}
