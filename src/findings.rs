//! The findings: one value that every renderer (table, YAML export, JSON lines, and the CI
//! gate) reads. Built by `compare::analyze`, annotated with editors' flags by
//! `flags::apply`. Everything here is owned and serializable.

use crate::diagnostic::Location;
use crate::model::{FlagStatus, Rank};
use crate::value::{Date, Interval};
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Serialize, Default)]
pub struct Findings {
    pub subjects: Vec<SubjectFinding>,
    /// Flags that match no current conflict.
    pub stale_flags: Vec<StaleFlag>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Some claims that were compared do not overlap.
    Conflict,
    /// Claims from two or more sources, all compatible.
    Agreement,
    /// Claims from several sources, but none close enough in time to compare.
    Uncompared,
    /// Every claim comes from one source.
    SingleSource,
    /// No claim (other than deprecated ones) speaks to the subject.
    NoClaims,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Agreement => "agreement",
            Verdict::Uncompared => "uncompared",
            Verdict::SingleSource => "single source",
            Verdict::NoClaims => "no claims",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SubjectFinding {
    pub key: String,
    pub label: String,
    pub dimension: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub verdict: Verdict,
    /// The value of the subject's preferred claims, when an editor ranked some preferred:
    /// the subject's current value, whatever the clusters say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred: Option<Preferred>,
    /// The best-supported value (one per period for a subject that changes over time),
    /// when the commands that show it asked for it (`best::attach`): `report`, `show`,
    /// `export`. Empty otherwise, and for a subject with no compared claim.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<BestValue>,
    /// One group, or one per time period for subjects that change over time.
    pub groups: Vec<Group>,
    /// Deprecated claims, and undated claims of a subject that changes over time: shown,
    /// never compared.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<ClaimView>,
}

impl SubjectFinding {
    pub fn conflicts(&self) -> impl Iterator<Item = (&Group, &Conflict)> {
        self.groups
            .iter()
            .filter_map(|g| g.conflict.as_ref().map(|c| (g, c)))
    }

    /// Whether any conflict of this subject still lacks an editor's flag.
    pub fn has_unflagged_conflict(&self) -> bool {
        self.conflicts().any(|(_, c)| c.flag.is_none())
    }
}

/// The current value an editor chose by ranking claims preferred.
#[derive(Debug, Clone, Serialize)]
pub struct Preferred {
    /// The most recent preferred claim's value, in the subject's unit.
    pub value: String,
    /// Every preferred claim.
    pub claims: Vec<String>,
}

/// A subject's best-supported value, as `crosscheck resolve` finds it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BestValue {
    /// For a subject that changes over time: the first day of the window it holds for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub value: String,
    /// The probability that the value is true (1 when an editor decided).
    pub confidence: f64,
    /// `algorithm`, or `editor` when a claim ranked preferred decides.
    pub decided_by: String,
    /// Why, in words: the sources and origins behind it, their trust, what it outweighs.
    pub reason: String,
    /// Values as well supported as `value` (a tie: none is best supported).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tied_with: Vec<String>,
}

impl BestValue {
    /// "910 km (confidence 87%)", "1,400 km (editor's preferred)", "a tie: 162 districts
    /// or 188 districts (confidence 40%) — an editor should decide".
    pub fn describe(&self) -> String {
        if self.decided_by == "editor" {
            format!("{} (editor's preferred)", self.value)
        } else if !self.tied_with.is_empty() {
            format!(
                "a tie: {} or {} (confidence {:.0}%) — an editor should decide",
                self.value,
                self.tied_with.join(" or "),
                100.0 * self.confidence
            )
        } else {
            format!(
                "{} (confidence {:.0}%)",
                self.value,
                100.0 * self.confidence
            )
        }
    }
}

/// Claims that were compared with each other.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// For subjects that change over time: the days this group covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    pub verdict: Verdict,
    pub clusters: Vec<Cluster>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Conflict>,
}

impl Group {
    /// The claim ids of each cluster (stating and compatible, sorted): what a flag records
    /// as reviewed.
    pub fn reviewed(&self) -> Vec<Vec<String>> {
        self.clusters
            .iter()
            .map(|k| {
                let mut ids: Vec<String> = k
                    .claims
                    .iter()
                    .chain(&k.compatible)
                    .map(|c| c.id.to_string())
                    .collect();
                ids.sort();
                ids.dedup();
                ids
            })
            .collect()
    }

    /// Every claim compared in this group once, cluster by cluster: supporting claims
    /// first, then compatible ones not met before.
    pub fn claims(&self) -> Vec<&ClaimView> {
        let mut seen = std::collections::BTreeSet::new();
        self.clusters
            .iter()
            .flat_map(|k| k.claims.iter().chain(&k.compatible))
            .filter(|c| seen.insert(&*c.id))
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub from: String,
    pub to: String,
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.from == self.to {
            write!(f, "as of {}", self.from)
        } else {
            write!(f, "{} – {}", self.from, self.to)
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// Stable fingerprint: `<subject>/<hash of the claim ids>`.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<FlagView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FlagView {
    pub status: FlagStatus,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    pub location: Location,
    /// Set when the flag was written for an earlier id of this conflict and carried over
    /// because claims only joined the clusters it reviewed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried: Option<Carried>,
}

/// A decision carried over from an earlier id of a conflict.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Carried {
    /// The id the flag was written for.
    pub from: String,
    /// The claims that joined since, each with the clusters it joined ("B (2,224 people)").
    pub joined: Vec<Joined>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Joined {
    pub claim: String,
    pub clusters: Vec<String>,
}

impl Carried {
    /// "carried: 1 claim joined B (2,224 people) since the decision".
    pub fn describe(&self) -> String {
        let n = self.joined.len();
        let mut into: Vec<&str> = self
            .joined
            .iter()
            .flat_map(|j| j.clusters.iter().map(String::as_str))
            .collect();
        into.sort_unstable();
        into.dedup();
        format!(
            "carried: {n} claim{} joined {} since the decision",
            if n == 1 { "" } else { "s" },
            into.join(" and ")
        )
    }
}

/// A value the sources state, with the claims that state it and those that only allow it.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    /// The best-supported value a source states in this cluster, in the subject's unit
    /// ("1,400 km"); in a cluster of bounds only, the narrowest bound ("> 1,300 km").
    pub value: String,
    /// What every claim stating a value here allows.
    #[serde(skip)]
    pub interval: Interval,
    /// The claims that state `value` at their own precision.
    pub claims: Vec<ClaimView>,
    /// Claims that allow `value` without stating it: bounds, ranges, figures at another
    /// precision. A bound may be compatible with several clusters.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub compatible: Vec<ClaimView>,
    pub support: Support,
}

/// How many independent witnesses stand behind a value.
#[derive(Debug, Clone, Serialize)]
pub struct Support {
    /// Distinct sources among the supporting claims.
    pub sources: usize,
    /// Distinct origins the supporting claims name (their `origin`, else their
    /// claimant), as first written. Each counts once however many sources repeat it.
    pub origins: Vec<String>,
    /// Sources among the supporting claims that name no origin: not counted as
    /// independent witnesses.
    pub not_stated: usize,
    /// Derived claims among the supporting ones (sums of parts, bounds): no source's
    /// statement, never counted as a witness.
    #[serde(skip_serializing_if = "is_zero")]
    pub derived: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Support {
    /// "1 source", "3 sources: 1 origin (Tajik border troops), 1 not stated".
    pub fn describe(&self) -> String {
        let sources = plural(self.sources, "source");
        let mut parts = Vec::new();
        if !self.origins.is_empty() {
            parts.push(format!(
                "{} ({})",
                plural(self.origins.len(), "origin"),
                self.origins.join(", ")
            ));
        }
        if self.not_stated > 0 {
            parts.push(format!("{} not stated", self.not_stated));
        }
        if self.sources == 0 {
            "derived only".to_string()
        } else if self.origins.is_empty() {
            format!("{sources}, origin not stated")
        } else {
            format!("{sources}: {}", parts.join(", "))
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    /// Shared with the claim (no copy per view).
    pub id: Arc<str>,
    pub value: Arc<str>,
    pub source: Arc<str>,
    /// Shared by the views of one source's claims.
    pub publisher: Arc<str>,
    pub published: Arc<str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant_role: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Arc<str>>,
    /// The source whose text names the origin, when the claim's own does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin_named_in: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<Arc<str>>,
    /// Kept as the claim's date and written as text ("2021-07") by the renderers.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_as_text"
    )]
    pub as_of: Option<Date>,
    pub quote: Arc<str>,
    #[serde(skip_serializing_if = "is_normal")]
    pub rank: Rank,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_reason: Option<Arc<str>>,
    /// Set on claims the comparer derived from a relation between subjects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived: Option<crate::model::Derivation>,
    pub location: Location,
    /// Why the claim is not compared ("not comparable: no USD/EUR rate for 2021-07").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the value allows, in the subject's unit (for drawing).
    #[serde(skip)]
    pub allows: Interval,
}

fn date_as_text<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

fn is_normal(r: &Rank) -> bool {
    *r == Rank::Normal
}

#[derive(Debug, Clone, Serialize)]
pub struct StaleFlag {
    pub conflict: String,
    pub reason: String,
    pub location: Location,
    /// The current conflicts of the same subject, when it still has some (its claims
    /// changed, so its id did).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub now: Vec<String>,
}

impl Findings {
    /// Every conflict with its subject, in report order.
    pub fn conflicts(&self) -> impl Iterator<Item = (&SubjectFinding, &Group, &Conflict)> {
        self.subjects
            .iter()
            .flat_map(|s| s.conflicts().map(move |(g, c)| (s, g, c)))
    }

    pub fn unflagged(&self) -> impl Iterator<Item = (&SubjectFinding, &Group, &Conflict)> {
        self.conflicts().filter(|(_, _, c)| c.flag.is_none())
    }
}
