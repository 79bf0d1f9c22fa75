//! The data model, in two layers.
//!
//! *File shapes* (`SourcesFile`, `SubjectsFile`, `ClaimsFile`, `FlagsFile`) are exactly what
//! editors write under `facts/`, with source positions kept for diagnostics; unknown keys
//! are refused. *Resolved types* (`Corpus`, `Source`, `Subject`, `Claim`, `Flag`) are what
//! the rest of the library works with once `load` has checked every cross-reference and
//! parsed every value.
//!
//! The model follows Wikidata's statements: a claim is a statement about a subject with a
//! quantity (bounds and unit, via the qualifier) or a date, a point-in-time qualifier
//! (`as_of`), a reference (source and verbatim quote) and a rank.

use crate::diagnostic::Location;
pub use crate::value::Tolerance;
use crate::value::interval::{self, Interval};
use crate::value::{Date, Dimension, Unit, Value};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::sync::{Arc, OnceLock};

pub mod fxhash;

use fxhash::FxHashMap;

// ----- file shapes -------------------------------------------------------------------

/// `facts/sources.yaml`: the articles claims are drawn from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub sources: Vec<SourceEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    /// Also the name of the archived text, `facts/sources/<id>.txt`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub publisher: String,
    #[serde(default)]
    pub title: Option<String>,
    /// Date of publication, at day, month or year precision, or `unknown`.
    #[schemars(with = "String")]
    pub published: Spanned<String>,
    /// When the text was archived (retrieved), for a source whose publication date is
    /// unknown: it bounds what the text can report.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub retrieved: Option<Spanned<String>>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// `facts/subjects.yaml`: what claims are about.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectsFile {
    pub subjects: Vec<SubjectEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectEntry {
    #[schemars(with = "String")]
    pub key: Spanned<String>,
    pub label: String,
    #[schemars(with = "Dimension")]
    pub dimension: Spanned<Dimension>,
    /// The unit values are compared in: `km`, `USD`, `%`, a counted noun; none for dates.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub unit: Option<Spanned<String>>,
    /// How far an approximate value reaches: `5%` of the value, or an amount (`50 km`,
    /// `3 days`). Default 5%.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub tolerance: Option<Spanned<String>>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Whether figures are exact (true counts, such as names on a list): then a stated
    /// figure is not widened by its precision, and 2,223 and 2,224 never meet.
    #[serde(default)]
    pub exact: bool,
    /// Whether the quantity changes over time; then only claims within `window` of each
    /// other are compared.
    #[serde(default)]
    pub changes: bool,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub window: Option<Spanned<String>>,
    /// A whole made of these subjects: where one source gives every part for one date,
    /// their sum is compared with the whole's claims as a derived claim.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub parts: Vec<Spanned<String>>,
    /// A subject this one never exceeds (a part of it; one day's count of a running total).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub at_most: Option<Spanned<String>>,
    /// A running total (with `changes: true`): a later figure may be higher, never lower.
    #[serde(default)]
    pub cumulative: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// `facts/rates.yaml` (optional): exchange rates an editor keeps, each with its date and
/// citation, so money claimed in another currency than its subject's can be compared.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RatesFile {
    pub rates: Vec<RateEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateEntry {
    /// The day, month or year the rate holds for (`2021-07-08`, `2021-07`, `2021`).
    #[schemars(with = "String")]
    pub date: Spanned<String>,
    /// Two ISO 4217 codes: `USD/EUR` means one US dollar is `rate` euros.
    #[schemars(with = "String")]
    pub pair: Spanned<String>,
    pub rate: f64,
    /// Where the rate comes from ("ECB reference rate, July 2021 average").
    pub citation: String,
}

/// `facts/parties.yaml` (optional): the people and bodies claims are attributed to, so
/// that spellings of one name count as one origin.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartiesFile {
    #[serde(default)]
    pub parties: Vec<PartyEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyEntry {
    #[schemars(with = "String")]
    pub key: Spanned<String>,
    /// The name as sources usually write it.
    pub name: String,
    /// Other spellings: "U.S. committee", "the Senate committee".
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: PartyKind,
    /// The body this one belongs to (a ministry's government, a troop's command): claims
    /// from both count as one origin.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub part_of: Option<Spanned<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PartyKind {
    Government,
    Military,
    Agency,
    Outlet,
    Expert,
    Person,
    Organisation,
}

/// `facts/claims/<source-id>.yaml`: the claims drawn from one source.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    #[schemars(with = "String")]
    pub source: Spanned<String>,
    pub claims: Vec<ClaimEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub subject: Spanned<String>,
    #[schemars(with = "TextOrNumber")]
    pub value: Spanned<String>,
    /// The verbatim passage of the source the claim rests on.
    #[schemars(with = "String")]
    pub quote: Spanned<String>,
    /// Who made the claim, when the article attributes it to someone else.
    #[serde(default)]
    pub claimant: Option<String>,
    #[serde(default)]
    pub claimant_role: Option<String>,
    /// Where the figure ultimately comes from, when the article says so ("according to the
    /// Tajik border troops"). Independence is counted over origins; without one, the
    /// claimant stands for the origin.
    #[serde(default)]
    pub origin: Option<String>,
    /// The source whose text names `origin`, when this claim's own article does not: the
    /// editors' attribution ("the article names no source; RT's report of the same
    /// crossing names the border troops"), checked against that source's text.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub origin_named_in: Option<Spanned<String>>,
    /// An intermediary the article names between the origin and itself ("citing RIA").
    #[serde(default)]
    pub via: Option<String>,
    /// The date the figure describes, when the article gives one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub as_of: Option<Spanned<String>>,
    #[serde(default)]
    pub rank: Rank,
    #[serde(default)]
    pub rank_reason: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// `facts/flags.yaml`: editors' decisions about conflicts.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagsFile {
    #[serde(default)]
    pub flags: Vec<FlagEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagEntry {
    #[schemars(with = "String")]
    pub conflict: Spanned<String>,
    #[serde(default)]
    pub status: FlagStatus,
    #[schemars(with = "String")]
    pub reason: Spanned<String>,
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// For `mistaken` and `wrong-subject`: the claim the decision is about.
    #[serde(default)]
    pub claim: Option<String>,
    /// The claims the editor reviewed, cluster by cluster (written by `crosscheck flag`).
    /// The decision carries over to the conflict's new id when claims only join these
    /// clusters.
    #[serde(default)]
    pub reviewed: Vec<Vec<String>>,
}

/// What a schema allows where crosscheck reads text but YAML may see a number
/// (`value: 162`).
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum TextOrNumber {
    Text(String),
    Number(f64),
}

/// A statement's rank, as in Wikidata.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rank {
    Preferred,
    #[default]
    Normal,
    /// Known to be wrong or superseded: shown, never compared.
    Deprecated,
}

/// What an editor decided about a conflict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FlagStatus {
    /// Both values stand: different dates, definitions or scopes.
    Explained,
    /// One claim is wrong (name it in `claim`).
    Mistaken,
    /// A claim belongs to another subject (name it in `claim`).
    WrongSubject,
    /// Known and under investigation.
    #[default]
    Open,
}

impl FlagStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FlagStatus::Explained => "explained",
            FlagStatus::Mistaken => "mistaken",
            FlagStatus::WrongSubject => "wrong-subject",
            FlagStatus::Open => "open",
        }
    }
}

/// The JSON Schema of each facts file, by file name under `docs/schema/`.
pub fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    let to_json = |s: schemars::Schema| s.to_value();
    vec![
        ("sources.json", to_json(schemars::schema_for!(SourcesFile))),
        (
            "subjects.json",
            to_json(schemars::schema_for!(SubjectsFile)),
        ),
        ("claims.json", to_json(schemars::schema_for!(ClaimsFile))),
        ("flags.json", to_json(schemars::schema_for!(FlagsFile))),
        ("parties.json", to_json(schemars::schema_for!(PartiesFile))),
        ("rates.json", to_json(schemars::schema_for!(RatesFile))),
    ]
}

// ----- resolved types ----------------------------------------------------------------

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
    claims: FxHashMap<String, usize>,
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
            fn positions<'a>(keys: impl Iterator<Item = &'a String>) -> FxHashMap<String, usize> {
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
    pub id: String,
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
