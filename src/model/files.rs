//! The file shapes: exactly what editors write under `facts/`, with source positions kept
//! for diagnostics and unknown keys refused; and their JSON Schemas (`docs/schema/`).

use crate::value::Dimension;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

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
