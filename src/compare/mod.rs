//! The comparer: within each subject, every claim's value becomes an interval in the
//! subject's unit; claims are grouped by time period (for subjects that change over time),
//! then into clusters of mutually agreeing values. A group with more than one cluster is a
//! conflict, identified by a fingerprint of its claim ids.

pub mod interval;
pub mod support;

use crate::findings::*;
use crate::model::{Claim, Corpus, Rank, Subject};
use crate::value::date::render_day;
use crate::value::{Dimension, Qualifier, number};
use interval::{Interval, interval_of, stated_point};
use std::collections::BTreeSet;

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
    let items: Vec<support::Item> = claims
        .iter()
        .map(|c| support::Item {
            id: &c.id,
            allows: interval_of(&c.value, subject),
            states: stated_point(&c.value, subject),
            origin: origin_of(c).map(norm),
        })
        .collect();
    let clusters: Vec<Cluster> = support::partition(&items)
        .into_iter()
        .map(|plan| cluster(corpus, subject, claims, &plan))
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

/// Where a claim's figure comes from: its stated origin, else its claimant.
fn origin_of(c: &Claim) -> Option<&str> {
    c.origin.as_deref().or(c.claimant.as_deref())
}

fn cluster(corpus: &Corpus, subject: &Subject, claims: &[&Claim], plan: &support::Plan) -> Cluster {
    let label = claims[plan.label];
    let value = match stated_point(&label.value, subject) {
        Some(v) => {
            let approx = label.value.qualifier() == Qualifier::Approx;
            let text = render_interval(&Interval::point(v), subject);
            if approx { format!("about {text}") } else { text }
        }
        None => render_interval(&interval_of(&label.value, subject), subject),
    };
    let members: Vec<&Claim> = plan.support.iter().map(|&i| claims[i]).collect();
    Cluster {
        value,
        interval: plan.common,
        support: support_of(&members),
        claims: members.iter().map(|c| view(corpus, c)).collect(),
        compatible: plan.compatible.iter().map(|&i| view(corpus, claims[i])).collect(),
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Counts the witnesses behind a value: sources, the distinct origins they name (as first
/// written, in claim order), and the sources that name none.
fn support_of(claims: &[&Claim]) -> Support {
    let sources: BTreeSet<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    let mut seen = BTreeSet::new();
    let mut origins = Vec::new();
    let mut not_stated = BTreeSet::new();
    for c in claims {
        match origin_of(c) {
            Some(o) => {
                if seen.insert(norm(o)) {
                    origins.push(o.to_string());
                }
            }
            None => {
                not_stated.insert(c.source.as_str());
            }
        }
    }
    Support {
        sources: sources.len(),
        origins,
        not_stated: not_stated.len(),
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
        origin: c.origin.clone(),
        via: c.via.clone(),
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

/// Writes an interval the way an editor reads it: "1,400 km", "1,300–1,400 km", "> 1,300 km".
pub fn render_interval(iv: &Interval, subject: &Subject) -> String {
    let is_date = subject.dimension == Dimension::Date;
    let fmt = |v: f64| {
        if is_date {
            render_day(v.round() as i64)
        } else {
            group_digits(v)
        }
    };
    let (lo, hi) = (iv.low, iv.high);
    let unit = match (&subject.unit, subject.dimension) {
        (_, Dimension::Date) | (None, _) => String::new(),
        (Some(u), _) => u.render_after(if iv.is_point() { lo.value } else { 2.0 }),
    };
    let floor = subject.dimension.non_negative() && lo.value == 0.0 && lo.closed;
    let text = if iv.is_point() {
        fmt(lo.value)
    } else if hi.value.is_infinite() {
        format!("{} {}", if lo.closed { "≥" } else { ">" }, fmt(lo.value))
    } else if lo.value.is_infinite() || floor {
        format!("{} {}", if hi.closed { "≤" } else { "<" }, fmt(hi.value))
    } else {
        format!("{}–{}", fmt(lo.value), fmt(hi.value))
    };
    format!("{text}{unit}")
}

/// A number with thousands separators and at most three decimals: 1400 → "1,400".
pub fn group_digits(v: f64) -> String {
    let rounded = (v * 1000.0).round() / 1000.0;
    let s = number::render_number(rounded);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{sign}{out}{frac}")
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

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(1400.0), "1,400");
        assert_eq!(group_digits(1_100_000.0), "1,100,000");
        assert_eq!(group_digits(910.0), "910");
        assert_eq!(group_digits(1.5), "1.5");
    }
}
