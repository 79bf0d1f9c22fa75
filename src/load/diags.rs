//! The loader's diagnostics: one constructor per code, so each message and hint is written
//! once and the checks in `sources`, `subjects`, `claims` and `flags` read as rules. The
//! codes themselves and their documentation live in `crate::diagnostic` and
//! docs/diagnostics.md.

use super::layout::{SOURCES_FILE, SUBJECTS_FILE, TEXTS_DIR};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::value::{DateError, Dimension, Unit, ValueError};
use crate::yaml::{YamlError, YamlErrorKind};

/// The kind of entry a diagnostic is about.
#[derive(Debug, Clone, Copy)]
pub enum Entry {
    Source,
    Subject,
    Claim,
    Party,
}

/// What is wrong with a subject's unit.
pub enum BadUnit<'a> {
    /// A date subject with a unit line.
    OnDate,
    /// A measured subject without one.
    Missing(Dimension),
    /// A unit that is not one of the subject's dimension.
    NotOf(Dimension, &'a str),
}

/// What is wrong with a relation between subjects.
pub enum BadRelation<'a> {
    /// Names no declared subject (with a "did you mean", or empty).
    Unknown(&'a str, String),
    ItSelf,
    /// Dates are neither summed nor bounded by other subjects.
    OnDate,
    /// The other subject's dimension, then this one's.
    Dimension(&'a str, Dimension, Dimension),
    CumulativeWithoutChanges,
}

/// What is wrong with a subject's window.
pub enum BadWindow<'a> {
    /// The text is no span of time.
    NotATime(&'a str),
    /// `changes: true` without a window.
    Missing,
    /// A window on a subject that does not change.
    Unwanted,
    /// A window of no time (`0 days`): no two claims could ever be compared.
    Empty(&'a str),
}

pub fn file_missing(root: &str, name: &str, what: &str) -> Diagnostic {
    let path = format!("{root}/{name}");
    Diagnostic::new(
        Code::FileMissing,
        Location::file(path.as_str()),
        format!("{path} is missing: it holds {what}"),
    )
    .hint(format!(
        "create {path}; `crosscheck help format` shows its format"
    ))
}

pub fn empty_file(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::EmptyFile,
        Location::file(path),
        format!("{path} has no content (only blank lines or comments)"),
    )
    .hint("fill it in (`crosscheck help format` shows its format) or delete it")
}

pub fn invalid_date(loc: Location, what: &str, text: &str, e: &DateError) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidDate,
        loc,
        format!("{what} \"{text}\" is not a valid date: {e}"),
    )
    .length(text.chars().count())
    .hint("write a date as YYYY-MM-DD, YYYY-MM or YYYY")
}

pub fn invalid_id(loc: Location, entry: Entry, id: &str) -> Diagnostic {
    let (message, hint) = match entry {
        Entry::Source => (
            format!("source id \"{id}\" is not a valid id"),
            "use letters, digits, '-', '_' and '.' only (it names the file sources/<id>.txt)",
        ),
        Entry::Subject => (
            format!("subject key \"{id}\" is not a valid key"),
            "use lower-case letters, digits and '-' (kebab-case), e.g. tajik-afghan-border-length",
        ),
        Entry::Claim => (
            format!("claim id \"{id}\" is not a valid id"),
            "use letters, digits, '-', '_' and '.' only",
        ),
        Entry::Party => (
            format!("party key \"{id}\" is not a valid key"),
            "use lower-case letters, digits and '-' (kebab-case), e.g. tajik-border-troops",
        ),
    };
    Diagnostic::new(Code::InvalidId, loc, message).hint(hint)
}

/// An entry's required text (a source's publisher, a subject's label, a claim's quote) is
/// empty.
pub fn empty_text(loc: Location, entry: Entry, id: &str) -> Diagnostic {
    let (message, hint) = match entry {
        Entry::Source => (
            format!("source \"{id}\" has an empty publisher"),
            "name who published the article",
        ),
        Entry::Subject => (
            format!("subject \"{id}\" has an empty label"),
            "describe the subject in a few words",
        ),
        Entry::Claim => (
            format!("claim \"{id}\" has an empty quote"),
            "copy the passage of the source the claim rests on, word for word",
        ),
        Entry::Party => (
            format!("party \"{id}\" has an empty name"),
            "write the name as sources usually write it",
        ),
    };
    Diagnostic::new(Code::EmptyText, loc, message).hint(hint)
}

/// An id or key used twice: `duplicate-source`, `duplicate-subject` or
/// `duplicate-claim-id`, by the kind of entry.
pub fn duplicate(loc: Location, entry: Entry, id: &str, first: &Location) -> Diagnostic {
    match entry {
        Entry::Source => duplicate_source(loc, id, first),
        Entry::Subject => duplicate_subject(loc, id, first),
        Entry::Claim => duplicate_claim_id(loc, id, first),
        Entry::Party => duplicate_party(loc, id, first),
    }
}

fn duplicate_source(loc: Location, id: &str, first: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateSource,
        loc,
        format!("source \"{id}\" is declared twice (first at {first})"),
    )
    .hint("remove one of the two entries or give it another id")
}

pub fn missing_source_text(loc: Location, id: &str, root: &str) -> Diagnostic {
    Diagnostic::new(
        Code::MissingSourceText,
        loc,
        format!("source \"{id}\" has no archived text"),
    )
    .hint(format!(
        "save the article's text as {root}/{TEXTS_DIR}/{id}.txt"
    ))
}

fn duplicate_subject(loc: Location, key: &str, first: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateSubject,
        loc,
        format!("subject \"{key}\" is declared twice (first at {first})"),
    )
    .hint("merge the two entries")
}

pub fn invalid_unit(loc: Location, key: &str, bad: BadUnit) -> Diagnostic {
    match bad {
        BadUnit::OnDate => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("date subject \"{key}\" cannot have a unit"),
        )
        .hint("remove the unit line"),
        BadUnit::Missing(d) => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("{d} subject \"{key}\" needs a unit"),
        )
        .hint(unit_hint(d)),
        BadUnit::NotOf(d, unit) => Diagnostic::new(
            Code::InvalidUnit,
            loc,
            format!("\"{unit}\" is not a unit of {d}"),
        )
        .length(unit.chars().count())
        .hint(unit_hint(d)),
    }
}

fn unit_hint(d: Dimension) -> String {
    match d {
        Dimension::Measure(_) => format!(
            "use a unit of {d}, such as {}",
            crate::value::units::example_units(d)
        ),
        Dimension::Money => "use a currency code such as USD, EUR, GBP or RUB".into(),
        Dimension::Percent => "use %".into(),
        Dimension::Count => "name the counted noun, e.g. district or soldier".into(),
        Dimension::Date => "dates have no unit".into(),
    }
}

/// `message` is the value grammar's, from `value::parse_tolerance`.
pub fn invalid_tolerance(loc: Location, text: &str, message: String) -> Diagnostic {
    Diagnostic::new(Code::InvalidTolerance, loc, message)
        .length(text.chars().count())
        .hint("write a share of the value (\"5%\") or an amount in the subject's unit (\"50 km\", \"3 days\")")
}

pub fn invalid_window(loc: Location, key: &str, bad: BadWindow) -> Diagnostic {
    match bad {
        BadWindow::NotATime(text) => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("\"{text}\" is not a time window"),
        )
        .length(text.chars().count())
        .hint("write a number of days, weeks, months or years, e.g. \"7 days\""),
        BadWindow::Missing => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("subject \"{key}\" changes over time but has no window"),
        )
        .hint("add `window: 7 days` (claims further apart are not compared), or remove `changes: true`"),
        BadWindow::Unwanted => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("subject \"{key}\" has a window but does not change over time"),
        )
        .hint("add `changes: true`, or remove the window"),
        BadWindow::Empty(text) => Diagnostic::new(
            Code::InvalidWindow,
            loc,
            format!("a window of \"{text}\" holds no time: claims of subject \"{key}\" would never be compared"),
        )
        .length(text.chars().count())
        .hint("give a window of at least one day, e.g. \"1 day\" for claims about the same day"),
    }
}

pub fn claims_file_mismatch(loc: Location, stem: &str, source_id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::ClaimsFileMismatch,
        loc,
        format!("this file is named \"{stem}\" but holds claims of source \"{source_id}\""),
    )
    .length(source_id.chars().count())
    .hint(format!(
        "name the file claims/{source_id}.yaml, one file per source"
    ))
}

/// `suggestion` is a "did you mean", or empty.
pub fn unknown_source(loc: Location, id: &str, suggestion: String) -> Diagnostic {
    let message = format!("source \"{id}\" is not declared in {SOURCES_FILE}");
    let fallback = || format!("add it to {SOURCES_FILE}");
    undeclared(Code::UnknownSource, loc, message, id, suggestion, fallback)
}

/// A claim that names the source of its origin without naming the origin.
pub fn origin_named_in_without_origin(loc: Location, claim: &str) -> Diagnostic {
    Diagnostic::new(
        Code::OriginNamedInWithoutOrigin,
        loc,
        format!("claim \"{claim}\" gives `origin_named_in` but no `origin`"),
    )
    .hint("add the `origin` that source names, or delete `origin_named_in`")
}

/// A claim whose `subject` is empty: a draft whose subject is still to be chosen.
pub fn subject_not_chosen(loc: Location, claim: &str, keys: &[&str]) -> Diagnostic {
    let some = keys.iter().take(5).copied().collect::<Vec<_>>().join(", ");
    let hint = if keys.is_empty() {
        format!("declare its subject in {SUBJECTS_FILE}, name it here, or delete the draft")
    } else {
        format!(
            "name one of {SUBJECTS_FILE}'s keys ({some}{}), or delete the draft if it is not a claim",
            if keys.len() > 5 { ", …" } else { "" }
        )
    };
    Diagnostic::new(
        Code::SubjectNotChosen,
        loc,
        format!("claim {claim} has no subject yet"),
    )
    .hint(hint)
}

/// `suggestion` is a "did you mean", or empty.
pub fn unknown_subject(loc: Location, key: &str, suggestion: String) -> Diagnostic {
    let message = format!("subject \"{key}\" is not declared in {SUBJECTS_FILE}");
    let fallback = || format!("declare it in {SUBJECTS_FILE} or fix the key");
    undeclared(
        Code::UnknownSubject,
        loc,
        message,
        key,
        suggestion,
        fallback,
    )
}

/// A reference to an undeclared entry, underlined, with the suggestion or else the
/// fallback hint.
fn undeclared(
    code: Code,
    loc: Location,
    message: String,
    name: &str,
    suggestion: String,
    fallback: impl FnOnce() -> String,
) -> Diagnostic {
    let hint = if suggestion.is_empty() {
        fallback()
    } else {
        suggestion
    };
    Diagnostic::new(code, loc, message)
        .length(name.chars().count())
        .hint(hint)
}

fn duplicate_claim_id(loc: Location, id: &str, first: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateClaimId,
        loc,
        format!("claim id \"{id}\" is already used at {first}"),
    )
    .length(id.chars().count())
    .hint("claim ids are unique across the corpus; rename this one")
}

/// `loc` is where the value starts; the diagnostic points at the error's offset in it.
pub fn invalid_value(
    loc: &Location,
    text: &str,
    dimension: Dimension,
    e: ValueError,
) -> Diagnostic {
    let d = Diagnostic::new(
        Code::InvalidValue,
        loc.shifted(e.offset),
        format!("cannot read \"{text}\" as a {dimension}: {}", e.message),
    )
    .length(text.len().saturating_sub(e.offset).max(1));
    match e.hint {
        Some(h) => d.hint(h),
        None => d,
    }
}

/// `in_quote`: the units of the subject's dimension that the claim's quote uses.
pub fn unit_mismatch(
    loc: Location,
    text: &str,
    unit: &Unit,
    target: &Unit,
    key: &str,
    in_quote: &[Unit],
) -> Diagnostic {
    let (dim, target_dim) = (unit.dimension(), target.dimension());
    let hint = if dim == target_dim {
        match (unit, target) {
            (Unit::Money(_), Unit::Money(_)) => "crosscheck does not convert currencies: record the amount in the subject's currency and keep the original in the quote".to_string(),
            _ => format!("{unit} compares only with itself: give the value in {target}, or attach the claim to a subject measured in {unit}"),
        }
    } else if let Unit::Count(noun) = target {
        format!(
            "subject \"{key}\" counts {}: give the number of {} the quote states, or attach the claim to a {dim} subject",
            crate::value::units::plural_noun(noun),
            crate::value::units::plural_noun(noun)
        )
    } else if in_quote.is_empty() {
        format!("the quote gives no figure in {target_dim}: attach the claim to a {dim} subject")
    } else {
        let names: Vec<String> = in_quote.iter().map(|u| format!("{u}")).collect();
        format!(
            "the quote also gives figures in {}: claim one of those, or attach the claim to a {dim} subject",
            names.join(", ")
        )
    };
    Diagnostic::new(
        Code::UnitMismatch,
        loc,
        format!("\"{text}\" is in {unit} ({dim}), but subject \"{key}\" is measured in {target} ({target_dim})"),
    )
    .length(text.chars().count())
    .hint(hint)
}

pub fn negative_value(loc: Location, text: &str, dimension: Dimension) -> Diagnostic {
    Diagnostic::new(
        Code::NegativeValue,
        loc,
        format!("\"{text}\" is negative, but a {dimension} cannot be"),
    )
    .length(text.chars().count())
    .hint("check the sign; a fall is a change, not a negative count")
}

pub fn missing_rank_reason(loc: Location, id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::MissingRankReason,
        loc,
        format!("claim \"{id}\" is ranked but gives no reason"),
    )
    .hint("add `rank_reason:` saying why the claim is preferred or deprecated")
}

pub fn missing_reason(loc: Location, conflict: &str) -> Diagnostic {
    Diagnostic::new(
        Code::MissingReason,
        loc,
        format!("the flag for {conflict} gives no reason"),
    )
    .hint("say why the conflict is acceptable or what is being done about it")
}

pub fn duplicate_flag(loc: Location, conflict: &str) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateFlag,
        loc,
        format!("conflict {conflict} is flagged twice"),
    )
    .hint("keep one flag per conflict")
}

/// Turns a YAML error into a diagnostic with a code and a hint.
pub fn yaml_diagnostic(path: &str, e: &YamlError) -> Diagnostic {
    let (code, hint) = match e.kind {
        YamlErrorKind::Syntax => (
            Code::YamlSyntax,
            "fix the YAML syntax at this place (indentation, quotes, colons)",
        ),
        YamlErrorKind::DuplicateKey => (
            Code::DuplicateKey,
            "a key may appear once per entry: remove or rename one of them",
        ),
        YamlErrorKind::UnknownField => (
            Code::UnknownField,
            "check the spelling; `crosscheck help format` lists every field",
        ),
        YamlErrorKind::MissingField => (
            Code::MissingField,
            "add the missing field; `crosscheck help format` lists the required ones",
        ),
        YamlErrorKind::WrongType => (
            Code::WrongType,
            "give the field the kind of value `crosscheck help format` describes (quote text that looks like a number or date)",
        ),
        YamlErrorKind::Limit => (
            Code::YamlLimit,
            "facts files are plain: no deep nesting, few anchors and aliases (limits in `crosscheck help format`)",
        ),
        YamlErrorKind::Tag => (
            Code::YamlTag,
            "remove the tag and write the value as plain text (a reviewer must read what crosscheck reads)",
        ),
    };
    let loc = if e.line == 0 {
        Location::file(path)
    } else {
        Location::new(path, e.line, e.column)
    };
    Diagnostic::new(code, loc, e.message.clone()).hint(hint)
}

pub fn invalid_relation(loc: Location, key: &str, bad: BadRelation) -> Diagnostic {
    let (message, hint) = match bad {
        BadRelation::Unknown(target, suggestion) => (
            format!("subject \"{key}\" relates to \"{target}\", which is not declared"),
            if suggestion.is_empty() {
                format!("declare \"{target}\" in {SUBJECTS_FILE} or fix the key")
            } else {
                suggestion
            },
        ),
        BadRelation::ItSelf => (
            format!("subject \"{key}\" names itself in `parts` or `at_most`"),
            "name other subjects".to_string(),
        ),
        BadRelation::OnDate => (
            format!("subject \"{key}\" is a date: dates have no parts or bounds"),
            "remove `parts` and `at_most`, or relate quantities instead".to_string(),
        ),
        BadRelation::Dimension(target, theirs, ours) => (
            format!("subject \"{key}\" ({ours}) relates to \"{target}\" ({theirs})"),
            "parts and bounds must measure the same dimension".to_string(),
        ),
        BadRelation::CumulativeWithoutChanges => (
            format!("subject \"{key}\" is `cumulative` but does not change over time"),
            "add `changes: true` and a `window`, or remove `cumulative`".to_string(),
        ),
    };
    Diagnostic::new(Code::InvalidRelation, loc, message)
        .length(key.chars().count())
        .hint(hint)
}

fn duplicate_party(loc: Location, key: &str, first: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateParty,
        loc,
        format!("party \"{key}\" is declared twice"),
    )
    .length(key.chars().count())
    .hint(format!("first declared at {first}; merge the two entries"))
}

/// `suggestion` is a "did you mean", or empty.
pub fn unknown_party(loc: Location, key: &str, suggestion: String) -> Diagnostic {
    Diagnostic::new(
        Code::UnknownParty,
        loc,
        format!("`part_of` names \"{key}\", which is not a declared party"),
    )
    .length(key.chars().count())
    .hint(if suggestion.is_empty() {
        "declare it in parties.yaml or fix the key".to_string()
    } else {
        suggestion
    })
}

pub fn party_cycle(loc: Location, key: &str) -> Diagnostic {
    Diagnostic::new(
        Code::PartyCycle,
        loc,
        format!("party \"{key}\" is, through `part_of`, part of itself"),
    )
    .length(key.chars().count())
    .hint("break the chain of `part_of`")
}

pub fn as_of_after_publication(
    loc: Location,
    claim: &str,
    as_of: &str,
    published: &str,
) -> Diagnostic {
    Diagnostic::new(
        Code::AsOfAfterPublication,
        loc,
        format!("claim \"{claim}\" is dated {as_of}, after its source was published ({published})"),
    )
    .hint("an article cannot report what had not happened yet: check the as_of date (or its year) and the source's published date")
}

pub fn invalid_rate(loc: Location, text: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::InvalidRate, loc, format!("rate {text}: {why}"))
        .length(text.chars().count())
        .hint("write a rate as date (YYYY-MM-DD, YYYY-MM or YYYY), pair (two ISO 4217 codes, \"USD/EUR\"), a positive rate (one of the first is this many of the second) and a citation")
}
