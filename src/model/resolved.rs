//! The resolved types: what the library works with once `load` has checked every
//! cross-reference and parsed every value, and the corpus's lookups by key.

use super::files::{FlagEntry, FlagStatus, PartyKind, Rank};
use super::fxhash::FxHashMap;
use crate::diagnostic::Location;
use crate::value::Tolerance;
use crate::value::interval::{self, Interval};
use crate::value::{Date, Dimension, Unit, Value};
use serde::Serialize;
use std::sync::{Arc, OnceLock};

/// A loaded corpus. Lookups by key ([`Corpus::source`], [`Corpus::subject`],
/// [`Corpus::claim`]) go through an index built on the first lookup: the lists are not
/// changed after it.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub subjects: Vec<Subject>,
    pub claims: Vec<Claim>,
    pub flags: Vec<Flag>,
    pub parties: Vec<Party>,
    pub rates: Vec<Rate>,
    index: OnceLock<Index>,
}

/// One exchange rate: one `from` is `rate` `to` on the days of `date`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    pub date: Date,
    pub from: String,
    pub to: String,
    pub rate: f64,
    pub citation: String,
}

/// Positions in the corpus's lists, by id or key.
#[derive(Debug, Clone, Default)]
struct Index {
    sources: FxHashMap<String, usize>,
    subjects: FxHashMap<String, usize>,
    /// The claims' ids, shared with the claims.
    claims: FxHashMap<Arc<str>, usize>,
}

impl Corpus {
    pub fn new(
        sources: Vec<Source>,
        subjects: Vec<Subject>,
        claims: Vec<Claim>,
        flags: Vec<Flag>,
        parties: Vec<Party>,
        rates: Vec<Rate>,
    ) -> Corpus {
        Corpus {
            sources,
            subjects,
            claims,
            flags,
            parties,
            rates,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            // The first of several entries with one key wins, as a linear search would.
            fn positions<'a, K: 'a + Clone + Eq + std::hash::Hash>(
                keys: impl Iterator<Item = &'a K>,
            ) -> FxHashMap<K, usize> {
                let mut m = FxHashMap::default();
                for (i, k) in keys.enumerate() {
                    m.entry(k.clone()).or_insert(i);
                }
                m
            }
            Index {
                sources: positions(self.sources.iter().map(|s| &s.id)),
                subjects: positions(self.subjects.iter().map(|s| &s.key)),
                claims: positions(self.claims.iter().map(|c| &c.id)),
            }
        })
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index().sources.get(id).map(|&i| &self.sources[i])
    }

    pub fn subject(&self, key: &str) -> Option<&Subject> {
        self.index().subjects.get(key).map(|&i| &self.subjects[i])
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.index().claims.get(id).map(|&i| &self.claims[i])
    }

    /// The subject named by `query`: its key, label or an alias (labels and aliases compared
    /// case- and space-insensitively). A name several subjects answer to is
    /// `NoSubject::Ambiguous`; otherwise the closest key, label or alias, if any is close,
    /// as `NoSubject::Unknown(Some(key))`.
    pub fn find_subject(&self, query: &str) -> Result<&Subject, NoSubject> {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let q = norm(query);
        if let Some(s) = self.subjects.iter().find(|s| s.key == query) {
            return Ok(s);
        }
        let named: Vec<&Subject> = self
            .subjects
            .iter()
            .filter(|s| {
                norm(&s.key) == q || norm(&s.label) == q || s.aliases.iter().any(|a| norm(a) == q)
            })
            .collect();
        match named.as_slice() {
            [one] => return Ok(one),
            [] => {}
            many => {
                return Err(NoSubject::Ambiguous(
                    many.iter().map(|s| s.key.clone()).collect(),
                ));
            }
        }
        let names: Vec<(String, &str)> = self
            .subjects
            .iter()
            .flat_map(|s| {
                std::iter::once(norm(&s.key))
                    .chain(std::iter::once(norm(&s.label)))
                    .chain(s.aliases.iter().map(|a| norm(a)))
                    .map(move |n| (n, s.key.as_str()))
            })
            .collect();
        let best = crate::suggest::did_you_mean(&q, names.iter().map(|(n, _)| n.as_str()));
        let close = best.and_then(|b| {
            names
                .iter()
                .find(|(n, _)| n == b)
                .map(|(_, k)| k.to_string())
        });
        // A part of a key or label ("border-length") points at the one subject that has it.
        let containing = || {
            let mut keys: Vec<&str> = names
                .iter()
                .filter(|(n, _)| q.len() >= 4 && n.contains(&q))
                .map(|(_, k)| *k)
                .collect();
            keys.dedup();
            (keys.len() == 1).then(|| keys[0].to_string())
        };
        Err(NoSubject::Unknown(close.or_else(containing)))
    }
}

/// Why no one subject answers a query.
#[derive(Debug, PartialEq, Eq)]
pub enum NoSubject {
    /// No subject has that name; the closest one, if any is close.
    Unknown(Option<String>),
    /// Several subjects have that label or alias: their keys.
    Ambiguous(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: Option<String>,
    /// `None` when the publication date is unknown.
    pub published: Option<Date>,
    /// When the text was archived.
    pub retrieved: Option<Date>,
    pub url: Option<String>,
    /// Where the archived text is, relative to the facts folder.
    pub text_path: String,
}

#[derive(Debug, Clone)]
pub struct Subject {
    pub key: String,
    pub label: String,
    pub dimension: Dimension,
    pub unit: Option<Unit>,
    pub tolerance: Tolerance,
    pub aliases: Vec<String>,
    /// Figures are exact: not widened by their precision.
    pub exact: bool,
    /// For quantities that change over time: claims further apart than this many days are
    /// not compared.
    pub window_days: Option<i64>,
    pub relations: Relations,
    pub location: Location,
}

/// How a subject's values are bound to other subjects' (see `compare::derive`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relations {
    pub parts: Vec<String>,
    pub at_most: Option<String>,
    pub cumulative: bool,
}

/// How a derived claim was made: the relation and the claims it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Derivation {
    /// `sum-of-parts`, `at-most`, `running-total`.
    pub rule: &'static str,
    pub inputs: Vec<String>,
}

/// A declared person or body.
#[derive(Debug, Clone)]
pub struct Party {
    pub key: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: PartyKind,
    pub part_of: Option<String>,
    pub location: Location,
}

impl Subject {
    /// The axis this subject's values are read on: its unit, dimension and tolerance.
    pub fn axis(&self) -> interval::Axis<'_> {
        interval::Axis {
            unit: self.unit.as_ref(),
            dimension: self.dimension,
            tolerance: self.tolerance,
            exact: self.exact,
        }
    }

    /// The interval a value reaches when compared: widened by the precision it is stated
    /// at, unless the subject is `exact` (see `value::interval::reach_of`).
    pub fn reach_of(&self, value: &Value) -> Interval {
        interval::reach_of(value, self.axis())
    }

    /// The interval a value covers in this subject's unit (days since 1970 for dates),
    /// widened by its tolerance: what the comparer compares.
    pub fn interval_of(&self, value: &Value) -> Interval {
        interval::interval_of(value, self.axis())
    }

    /// The figure a value states in this subject's unit, or `None` when it only bounds
    /// the truth (bounds, ranges, dates of month or year precision).
    pub fn stated_point(&self, value: &Value) -> Option<f64> {
        interval::stated_point(value, self.axis())
    }
}

#[derive(Debug, Clone)]
pub struct Claim {
    /// Shared with the findings' views of the claim.
    pub id: Arc<str>,
    /// The subject's key, shared by the subject's claims.
    pub subject: Arc<str>,
    /// The source's id, shared by the source's claims.
    pub source: Arc<str>,
    /// The value as the editor wrote it.
    pub value_text: Arc<str>,
    pub value: Value,
    /// Shared with the findings that show the claim.
    pub quote: Arc<str>,
    /// Names (claimant, role, origin, via) are shared by every claim that gives them.
    pub claimant: Option<Arc<str>>,
    pub claimant_role: Option<Arc<str>>,
    pub origin: Option<Arc<str>>,
    /// The source whose text names the origin, when the claim's own does not.
    pub origin_named_in: Option<Arc<str>>,
    pub via: Option<Arc<str>>,
    pub as_of: Option<Date>,
    pub rank: Rank,
    pub rank_reason: Option<Arc<str>>,
    /// For a claim the comparer derives from a relation between subjects: how, and from
    /// which claims. `None` for every claim an editor wrote.
    pub derived: Option<Derivation>,
    /// Where the claim's `id` stands.
    pub location: Location,
    /// Where its `value` stands.
    pub value_location: Location,
    /// Where its `quote` stands.
    pub quote_location: Location,
}

/// An editor's decision about one conflict: an entry of flags.yaml without its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub conflict: String,
    pub status: FlagStatus,
    pub reason: String,
    pub by: Option<String>,
    pub date: Option<String>,
    pub claim: Option<String>,
    /// The claim ids of each cluster the editor saw (empty for entries written by hand).
    pub reviewed: Vec<Vec<String>>,
}

impl FlagEntry {
    pub fn decision(&self) -> Decision {
        Decision {
            conflict: self.conflict.value.clone(),
            status: self.status,
            reason: self.reason.value.clone(),
            by: self.by.clone(),
            date: self.date.clone(),
            claim: self.claim.clone(),
            reviewed: self.reviewed.clone(),
        }
    }
}

/// A decision and where its entry stands.
#[derive(Debug, Clone)]
pub struct Flag {
    pub decision: Decision,
    pub location: Location,
}
