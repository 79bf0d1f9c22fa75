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

/// A claim as the findings show it. The source's id, publisher and date are one
/// [`ShownSource`] shared by the views of the source's claims, and the fields most claims
/// leave empty are boxed together ([`Rare`]): a view is 168 bytes, where one with every
/// field of its own was 328 (336 MB at a million claims; decision 375). Serialised with
/// the fields of the claim in their order, as when each was a field of the view.
#[derive(Debug, Clone)]
pub struct ClaimView {
    /// Shared with the claim (no copy per view).
    pub id: Arc<str>,
    pub value: Arc<str>,
    /// The source's id, publisher and date as shown.
    pub shown: Arc<ShownSource>,
    pub claimant: Option<Arc<str>>,
    pub origin: Option<Arc<str>>,
    /// Kept as the claim's date and written as text ("2021-07") by the renderers.
    pub as_of: Option<Date>,
    pub quote: Arc<str>,
    pub rank: Rank,
    pub location: Location,
    /// What the value allows, in the subject's unit (for drawing).
    pub allows: Interval,
    /// The fields few claims give; `None` when the claim gives none of them.
    pub rare: Option<Box<Rare>>,
}

/// A source as its claims' views show it: one per source, shared by those views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownSource {
    pub id: Arc<str>,
    pub publisher: String,
    /// Its publication date, or "unknown" with the day it was retrieved.
    pub published: String,
}

/// The fields of a claim view that most claims leave empty.
#[derive(Debug, Clone, Default)]
pub struct Rare {
    pub claimant_role: Option<Arc<str>>,
    /// The source whose text names the origin, when the claim's own does not.
    pub origin_named_in: Option<Arc<str>>,
    pub via: Option<Arc<str>>,
    pub rank_reason: Option<Arc<str>>,
    /// Set on claims the comparer derived from a relation between subjects.
    pub derived: Option<crate::model::Derivation>,
    /// Why the claim is not compared ("not comparable: no USD/EUR rate for 2021-07").
    pub note: Option<String>,
}

impl Rare {
    /// Boxed, or `None` when every field is empty (no allocation).
    pub fn boxed(self) -> Option<Box<Rare>> {
        let empty = self.claimant_role.is_none()
            && self.origin_named_in.is_none()
            && self.via.is_none()
            && self.rank_reason.is_none()
            && self.derived.is_none()
            && self.note.is_none();
        (!empty).then(|| Box::new(self))
    }
}

impl ClaimView {
    pub fn source(&self) -> &str {
        &self.shown.id
    }
    pub fn publisher(&self) -> &str {
        &self.shown.publisher
    }
    pub fn published(&self) -> &str {
        &self.shown.published
    }
    pub fn claimant_role(&self) -> Option<&str> {
        self.rare.as_ref()?.claimant_role.as_deref()
    }
    pub fn origin_named_in(&self) -> Option<&str> {
        self.rare.as_ref()?.origin_named_in.as_deref()
    }
    pub fn via(&self) -> Option<&str> {
        self.rare.as_ref()?.via.as_deref()
    }
    pub fn rank_reason(&self) -> Option<&str> {
        self.rare.as_ref()?.rank_reason.as_deref()
    }
    pub fn derived(&self) -> Option<&crate::model::Derivation> {
        self.rare.as_ref()?.derived.as_ref()
    }
    pub fn note(&self) -> Option<&str> {
        self.rare.as_ref()?.note.as_deref()
    }

    /// Who stated the claim and where it came from, by their field names in the order
    /// every renderer writes them (absent names are `None`).
    pub fn names(&self) -> [(&'static str, Option<&str>); 5] {
        [
            ("claimant", self.claimant.as_deref()),
            ("claimant_role", self.claimant_role()),
            ("origin", self.origin.as_deref()),
            ("origin_named_in", self.origin_named_in()),
            ("via", self.via()),
        ]
    }

    /// Sets why the claim is not compared.
    pub fn set_note(&mut self, note: String) {
        self.rare.get_or_insert_with(Box::default).note = Some(note);
    }
}

impl Serialize for ClaimView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let names = self.names();
        let given = |o: Option<&str>| usize::from(o.is_some());
        let len = 7
            + names.iter().map(|(_, v)| given(*v)).sum::<usize>()
            + usize::from(self.as_of.is_some())
            + usize::from(self.rank != Rank::Normal)
            + given(self.rank_reason())
            + usize::from(self.derived().is_some())
            + given(self.note());
        let mut m = s.serialize_struct("ClaimView", len)?;
        m.serialize_field("id", &*self.id)?;
        m.serialize_field("value", &*self.value)?;
        m.serialize_field("source", self.source())?;
        m.serialize_field("publisher", self.publisher())?;
        m.serialize_field("published", self.published())?;
        for (key, v) in names {
            if let Some(v) = v {
                m.serialize_field(key, v)?;
            }
        }
        if let Some(d) = &self.as_of {
            m.serialize_field("as_of", &AsText(d))?;
        }
        m.serialize_field("quote", &*self.quote)?;
        if self.rank != Rank::Normal {
            m.serialize_field("rank", &self.rank)?;
        }
        if let Some(r) = self.rank_reason() {
            m.serialize_field("rank_reason", r)?;
        }
        if let Some(d) = self.derived() {
            m.serialize_field("derived", d)?;
        }
        m.serialize_field("location", &self.location)?;
        if let Some(n) = self.note() {
            m.serialize_field("note", n)?;
        }
        m.end()
    }
}

/// A date written as text ("2021-07").
struct AsText<'a>(&'a Date);

impl Serialize for AsText<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self.0)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn view(rare: Rare) -> ClaimView {
        ClaimView {
            id: "c1".into(),
            value: "910 km".into(),
            shown: Arc::new(ShownSource {
                id: "rt".into(),
                publisher: "RT".into(),
                published: "2021-07-08".into(),
            }),
            claimant: Some("Taliban".into()),
            origin: None,
            as_of: Some(Date {
                year: 2021,
                month: Some(7),
                day: None,
            }),
            quote: "910 kilometres".into(),
            rank: Rank::Deprecated,
            location: Location::new("claims/rt.yaml", 3, 9),
            allows: Interval::point(910.0),
            rare: rare.boxed(),
        }
    }

    #[test]
    fn a_claim_view_is_written_with_its_fields_in_the_claims_order() {
        let rare = Rare {
            via: Some("TASS".into()),
            rank_reason: Some("superseded".into()),
            ..Rare::default()
        };
        let mut v = view(rare);
        v.set_note("not comparable".into());
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            concat!(
                r#"{"id":"c1","value":"910 km","source":"rt","publisher":"RT","#,
                r#""published":"2021-07-08","claimant":"Taliban","via":"TASS","#,
                r#""as_of":"2021-07","quote":"910 kilometres","rank":"deprecated","#,
                r#""rank_reason":"superseded","location":{"file":"claims/rt.yaml","#,
                r#""line":3,"column":9},"note":"not comparable"}"#
            )
        );
    }

    #[test]
    fn a_view_without_rare_fields_allocates_none_and_stays_small() {
        let v = view(Rare::default());
        assert!(v.rare.is_none());
        assert_eq!((v.via(), v.note(), v.derived()), (None, None, None));
        assert!(std::mem::size_of::<ClaimView>() <= 168);
    }
}
