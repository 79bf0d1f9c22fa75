//! The findings: one value that every renderer (table, YAML export, JSON lines, and the CI
//! gate) reads. Built by `compare::analyze`, annotated with editors' flags by
//! `flags::apply`. Everything here is owned and serializable.

use crate::diagnostic::Location;
use crate::model::{FlagStatus, Rank};
use crate::value::Interval;
use serde::Serialize;

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
    /// One group, or one per time period for subjects that change over time.
    pub groups: Vec<Group>,
    /// Deprecated claims: shown, never compared.
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
}

/// Claims whose values all overlap.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    /// The values every claim in the cluster allows, in the subject's unit.
    pub agreed: String,
    #[serde(skip)]
    pub interval: Interval,
    pub claims: Vec<ClaimView>,
    pub corroboration: Corroboration,
}

#[derive(Debug, Clone, Serialize)]
pub struct Corroboration {
    /// Distinct sources.
    pub sources: usize,
    /// Distinct original claimants (a source speaking for itself counts as one).
    pub independent: usize,
    /// Claimants repeated by more than one source.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repeated: Vec<Repeat>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Repeat {
    pub claimant: String,
    pub sources: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    pub id: String,
    pub value: String,
    pub source: String,
    pub publisher: String,
    pub published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    pub quote: String,
    #[serde(skip_serializing_if = "is_normal")]
    pub rank: Rank,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_reason: Option<String>,
    pub location: Location,
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
