//! The comparer: within each subject, every claim's value becomes an interval in the
//! subject's unit; claims are grouped by time period (for subjects that change over time),
//! then into clusters around the values sources state (`support`). A group with more than
//! one cluster is a conflict, identified by a fingerprint of its claim ids. Relations
//! between subjects add derived claims (`derive`) that are compared like any other.

mod ahead;
mod derive;
mod fingerprint;
mod money;
mod periods;
pub mod support;

pub use fingerprint::fingerprint;
use periods::periods;

use crate::findings::*;
use crate::model::fxhash::FxHashMap;
use crate::model::{Claim, Corpus, Rank, Source, Subject};
use crate::parties::{Origin, Parties};
use crate::render::interval::{render_interval, render_value_interval};
use crate::value::{Interval, Qualifier};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Compares every subject's claims.
pub fn analyze(corpus: &Corpus) -> Findings {
    let cx = Cx::new(corpus);
    let mut subjects: Vec<&Subject> = corpus.subjects.iter().collect();
    subjects.sort_by(|a, b| a.key.cmp(&b.key));
    let lists: Vec<&[&Claim]> = (subjects.iter())
        .map(|s| cx.claims.get(s.key.as_str()).map_or(&[][..], Vec::as_slice))
        .collect();
    // The records and texts of the subjects a few places on, fetched while one is
    // compared (each core takes a run of places in order).
    let fetch = |k: usize, stage: fn(&Subject, &[&Claim])| {
        if let (Some(s), Some(l)) = (subjects.get(k), lists.get(k)) {
            stage(s, l);
        }
    };
    Findings {
        // Each subject on its own, on every core; collected in key order.
        subjects: (0..subjects.len())
            .into_par_iter()
            .map(|k| {
                fetch(k + ahead::RECORDS, ahead::records);
                fetch(k + ahead::TEXTS, ahead::texts);
                cx.subject(subjects[k])
            })
            .collect(),
        stale_flags: Vec::new(),
    }
}

/// Money claimed in another currency than its subject's, as the comparer compares it: by
/// claim id, the claim with its value converted at the editor's rate, or `None` when
/// there is no rate (the comparer sets it aside). Claims in their subject's currency, and
/// every claim of other dimensions, are absent.
pub fn in_subject_currency(corpus: &Corpus) -> HashMap<String, Option<Claim>> {
    // Only subjects with a claim in another currency give any: found first, so a corpus
    // with nothing to convert builds no comparer.
    let foreign = money::subjects_with_foreign_money(corpus);
    let mut out = HashMap::new();
    if foreign.is_empty() {
        return out;
    }
    let cx = Cx::new(corpus);
    for subject in (corpus.subjects.iter()).filter(|s| foreign.contains(s.key.as_str())) {
        let (converted, no_rate) = cx.in_subject_currency(subject, &cx.active(&subject.key));
        out.extend(no_rate.into_iter().map(|(c, _)| (c.id.to_string(), None)));
        out.extend(converted.into_iter().map(|c| (c.id.to_string(), Some(c))));
    }
    out
}

/// What the comparison of one corpus looks things up in, built once.
struct Cx<'a> {
    /// Each source with its publisher and date as claim views show them, made once per
    /// source and shared by its claims' views.
    sources: FxHashMap<&'a str, (&'a Source, Arc<ShownSource>)>,
    subjects: FxHashMap<&'a str, &'a Subject>,
    /// Each subject's claims, sorted by id.
    claims: FxHashMap<&'a str, Vec<&'a Claim>>,
    parties: Parties<'a>,
    rates: &'a [crate::model::Rate],
}

impl<'a> Cx<'a> {
    fn new(corpus: &'a Corpus) -> Cx<'a> {
        let mut claims: FxHashMap<&str, Vec<&Claim>> = FxHashMap::default();
        for c in &corpus.claims {
            claims.entry(&*c.subject).or_default().push(c);
        }
        // A million claims in 200,000 lists: sorted on every core, each core taking runs
        // of lists in turn, the ids of the lists a few places on fetched ahead.
        let mut lists: Vec<&mut Vec<&Claim>> = claims.values_mut().collect();
        lists.par_chunks_mut(1024).for_each(|run| {
            for k in 0..run.len() {
                if let Some(l) = run.get(k + ahead::RECORDS) {
                    ahead::id_fields(l);
                }
                if let Some(l) = run.get(k + ahead::TEXTS) {
                    ahead::ids(l);
                }
                run[k].sort_by(|a, b| a.id.cmp(&b.id));
            }
        });
        drop(lists);
        Cx {
            sources: (corpus.sources.iter())
                .map(|s| (s.id.as_str(), (s, shown(s))))
                .collect(),
            subjects: corpus
                .subjects
                .iter()
                .map(|s| (s.key.as_str(), s))
                .collect(),
            claims,
            parties: Parties::new(&corpus.parties),
            rates: &corpus.rates,
        }
    }

    /// A subject's claims that are compared (deprecated ones are set aside).
    fn active(&self, key: &str) -> Vec<&'a Claim> {
        self.claims
            .get(key)
            .map(|l| {
                l.iter()
                    .copied()
                    .filter(|c| c.rank != Rank::Deprecated)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn subject(&self, subject: &Subject) -> SubjectFinding {
        let own = self
            .claims
            .get(subject.key.as_str())
            .cloned()
            .unwrap_or_default();
        // Deprecated claims, and undated ones where the figure changes over time, are set
        // aside: shown, never compared.
        let changes = subject.window_days.is_some();
        let (active, set_aside): (Vec<&Claim>, Vec<&Claim>) = own
            .into_iter()
            .partition(|c| c.rank != Rank::Deprecated && !(changes && self.undated(c)));
        let (converted, no_rate) = self.in_subject_currency(subject, &active);
        // Replaced by their conversion, or set aside: by id, in one pass.
        let other_currency: BTreeSet<&str> = (converted.iter().map(|x| &*x.id))
            .chain(no_rate.iter().map(|(x, _)| &*x.id))
            .collect();
        let mut active: Vec<&Claim> = active
            .into_iter()
            .filter(|c| !other_currency.contains(&*c.id))
            .chain(converted.iter())
            .collect();
        active.sort_by(|a, b| a.id.cmp(&b.id));
        let derived = derive::claims(self, subject);
        let groups = self.groups(subject, &active, &derived);
        let all_sources: BTreeSet<&str> = active.iter().map(|c| &*c.source).collect();
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
            preferred: self.preferred(subject, &active),
            resolved: Vec::new(),
            groups,
            set_aside: set_aside
                .into_iter()
                .map(|c| self.view(c, subject))
                .chain(no_rate.into_iter().map(|(c, why)| {
                    let mut view = self.view(c, subject);
                    view.set_note(why);
                    view
                }))
                .collect(),
        }
    }

    /// The groups of a subject, in time order. A running total's later periods get a
    /// derived floor from the earlier ones before they are compared.
    fn groups(&self, subject: &Subject, active: &[&Claim], derived: &[Claim]) -> Vec<Group> {
        let mut members: Vec<&Claim> = active.to_vec();
        members.extend(derived.iter());
        let mut out: Vec<Group> = Vec::new();
        let mut floor: Option<Claim> = None;
        for (period, claims) in periods(self, subject, &members) {
            let claims: Vec<&Claim> = claims
                .iter()
                .copied()
                .filter(|c| derive::applies(self, c, &claims))
                .collect();
            if claims.iter().all(|c| c.derived.is_some()) {
                continue;
            }
            let group = match &floor {
                Some(f) => self.group(subject, period, &with(&claims, f)),
                None => self.group(subject, period, &claims),
            };
            if subject.relations.cumulative {
                floor = derive::running_floor(subject, &group, floor.take());
            }
            out.push(group);
        }
        // Pushing leaves room for four groups (1,120 bytes) where most subjects have one:
        // 160 bytes a claim at 5 claims a subject, held until the findings are rendered.
        out.shrink_to_fit();
        out
    }

    fn source(&self, id: &str) -> Option<&'a Source> {
        self.sources.get(id).map(|(s, _)| *s)
    }

    /// Claims in another currency than the subject's: converted at the editor's rate for
    /// their date, or, without one, set aside with the reason.
    fn in_subject_currency(
        &self,
        subject: &Subject,
        active: &[&'a Claim],
    ) -> (Vec<Claim>, Vec<(&'a Claim, String)>) {
        let mut converted = Vec::new();
        let mut no_rate = Vec::new();
        for c in active {
            let day = || (!self.undated(c)).then(|| self.span(c).0);
            // Written only when there is no rate to say so.
            let date = || match (&c.as_of, self.source(&c.source)) {
                (Some(d), _) => d.to_string(),
                (None, Some(s)) => published_text(s),
                (None, None) => "an unknown date".to_string(),
            };
            match money::convert(self.rates, subject, c, day, date) {
                Some(money::Converted::Claim(x)) => converted.push(*x),
                Some(money::Converted::NoRate(why)) => no_rate.push((*c, why)),
                None => {}
            }
        }
        (converted, no_rate)
    }

    /// The days a claim speaks of: its `as_of` (every day of a month or a year), else its
    /// source's publication date.
    fn span(&self, c: &Claim) -> (i64, i64) {
        match (&c.as_of, self.source(&c.source).and_then(|s| s.published)) {
            (Some(d), _) => d.day_span(),
            (None, Some(p)) => p.day_span(),
            (None, None) => (i64::MIN, i64::MIN),
        }
    }

    /// Whether a claim has no date: no `as_of`, and a source published on an unknown day.
    fn undated(&self, c: &Claim) -> bool {
        c.as_of.is_none()
            && self
                .source(&c.source)
                .is_some_and(|s| s.published.is_none())
    }

    /// The day a claim speaks of: its `as_of`, else its source's publication date.
    fn when(&self, c: &Claim) -> i64 {
        match (&c.as_of, self.source(&c.source)) {
            (Some(d), _) => d.day_span().0,
            (None, Some(s)) => s.published.map_or(i64::MIN, |p| p.day_span().0),
            (None, None) => 0,
        }
    }

    /// Preferred claims give the subject's current value (Wikidata's rank rule): the most
    /// recent preferred claim's value, with every preferred claim named.
    fn preferred(&self, subject: &Subject, active: &[&Claim]) -> Option<Preferred> {
        let preferred: Vec<&&Claim> = active
            .iter()
            .filter(|c| c.rank == Rank::Preferred)
            .collect();
        let latest = preferred
            .iter()
            .max_by(|a, b| self.when(a).cmp(&self.when(b)).then(b.id.cmp(&a.id)))?;
        Some(Preferred {
            value: label_of(latest, subject),
            claims: preferred.iter().map(|c| c.id.to_string()).collect(),
        })
    }

    fn group(&self, subject: &Subject, period: Option<Period>, claims: &[&Claim]) -> Group {
        // Each claim's origin looked up once, for the partition and for the support.
        let origins: Vec<Option<Origin>> = claims.iter().map(|c| self.origin_of(c)).collect();
        // A derived claim is its own origin, never a witness.
        let derived: Vec<Option<String>> = (claims.iter())
            .map(|c| c.derived.as_ref().map(|_| format!("derived:{}", c.id)))
            .collect();
        let items: Vec<support::Item> = (claims.iter().zip(&origins).zip(&derived))
            .map(|((c, origin), derived)| support::Item {
                id: &c.id,
                allows: subject.reach_of(&c.value),
                states: subject.stated_point(&c.value),
                origin: derived
                    .as_deref()
                    .or(origin.as_ref().map(|o| o.key.as_str())),
                derived: c.derived.is_some(),
            })
            .collect();
        let plans = support::partition(&items);
        // A derived claim belongs to the conflict's id only when it is a side of it (a
        // cluster of derived claims alone): a derived bound that merely fits a cluster must
        // not change the id an editor flagged.
        let sides: BTreeSet<usize> = plans
            .iter()
            .filter(|p| p.support.iter().all(|&i| items[i].derived))
            .flat_map(|p| p.support.iter().copied())
            .collect();
        let clusters: Vec<Cluster> = plans
            .iter()
            .map(|plan| self.cluster(subject, (claims, &origins), plan))
            .collect();
        let sources: BTreeSet<&str> = claims
            .iter()
            .filter(|c| c.derived.is_none())
            .map(|c| &*c.source)
            .collect();
        let (verdict, conflict) = if clusters.len() > 1 {
            let ids: Vec<&str> = claims
                .iter()
                .enumerate()
                .filter(|(i, c)| c.derived.is_none() || sides.contains(i))
                .map(|(_, c)| &*c.id)
                .collect();
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

    /// A stated claim's origin (`None` for a derived claim: its own origin, never a
    /// witness, counted by its id).
    fn origin_of(&self, c: &Claim) -> Option<Origin> {
        match &c.derived {
            Some(_) => None,
            None => self.parties.origin_of(c),
        }
    }

    /// A cluster of `claims` (with their origins, as [`Cx::origin_of`] gives them).
    fn cluster(
        &self,
        subject: &Subject,
        (claims, origins): (&[&Claim], &[Option<Origin>]),
        plan: &support::Plan,
    ) -> Cluster {
        let members: Vec<&Claim> = plan.support.iter().map(|&i| claims[i]).collect();
        let member_origins: Vec<Option<&Origin>> =
            plan.support.iter().map(|&i| origins[i].as_ref()).collect();
        Cluster {
            value: label_of(claims[plan.label], subject),
            interval: plan.common,
            support: self.support(&members, &member_origins),
            claims: members.iter().map(|c| self.view(c, subject)).collect(),
            compatible: plan
                .compatible
                .iter()
                .map(|&i| self.view(claims[i], subject))
                .collect(),
        }
    }

    /// Counts the witnesses behind a value: sources, the distinct origins they name (as
    /// first written, in claim order), and the sources that name none. Derived claims are
    /// no source's statement and count for nothing.
    fn support(&self, claims: &[&Claim], their_origins: &[Option<&Origin>]) -> Support {
        let stated: Vec<(&&Claim, Option<&Origin>)> = (claims.iter().zip(their_origins))
            .filter(|(c, _)| c.derived.is_none())
            .map(|(c, o)| (c, *o))
            .collect();
        let sources: BTreeSet<&str> = stated.iter().map(|(c, _)| &*c.source).collect();
        let mut seen = BTreeSet::new();
        let mut origins = Vec::new();
        let mut not_stated = BTreeSet::new();
        for (c, origin) in &stated {
            match origin {
                Some(o) => {
                    if seen.insert(o.key.as_str()) {
                        origins.push(o.name.clone());
                    }
                }
                None => {
                    not_stated.insert(&*c.source);
                }
            }
        }
        origins.shrink_to_fit(); // held with the findings: no room for four where one is
        Support {
            sources: sources.len(),
            origins,
            not_stated: not_stated.len(),
            derived: claims.len() - stated.len(),
        }
    }

    fn view(&self, c: &Claim, subject: &Subject) -> ClaimView {
        let shown = match self.sources.get(&*c.source) {
            Some((_, shown)) => shown.clone(),
            None => Arc::new(ShownSource {
                id: c.source.clone(),
                publisher: String::new(),
                published: String::new(),
            }),
        };
        let rare = Rare {
            claimant_role: c.claimant_role.clone(),
            origin_named_in: c.origin_named_in.clone(),
            via: c.via.clone(),
            rank_reason: c.rank_reason.clone(),
            derived: c.derived.clone(),
            note: None,
        };
        ClaimView {
            id: c.id.clone(),
            value: c.value_text.clone(),
            shown,
            claimant: c.claimant.clone(),
            origin: c.origin.clone(),
            as_of: c.as_of,
            quote: c.quote.clone(),
            rank: c.rank,
            location: c.location.clone(),
            allows: subject.interval_of(&c.value),
            rare: rare.boxed(),
        }
    }
}

/// A source's id, publisher and date as its claims' views show them.
fn shown(s: &Source) -> Arc<ShownSource> {
    Arc::new(ShownSource {
        id: s.id.as_str().into(),
        publisher: s.publisher.clone(),
        published: published_text(s),
    })
}

/// `claims` and one more.
fn with<'a>(claims: &[&'a Claim], extra: &'a Claim) -> Vec<&'a Claim> {
    let mut all = claims.to_vec();
    all.push(extra);
    all
}

/// A source's date as shown: its publication date, or "unknown" with the day it was
/// retrieved.
fn published_text(s: &Source) -> String {
    match (s.published, s.retrieved) {
        (Some(p), _) => p.to_string(),
        (None, Some(r)) => format!("unknown (retrieved {r})"),
        (None, None) => "unknown".to_string(),
    }
}

/// What a claim states, in its subject's unit, as a cluster's label: "1,400 km",
/// "about 9,000 people"; a bound or range as what it allows ("> 1,300 km").
fn label_of(c: &Claim, subject: &Subject) -> String {
    match subject.stated_point(&c.value) {
        Some(v) => {
            let text = render_interval(&Interval::point(v), subject);
            if c.value.qualifier() == Qualifier::Approx {
                format!("about {text}")
            } else {
                text
            }
        }
        None => render_value_interval(&c.value, subject),
    }
}
