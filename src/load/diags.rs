//! The loader's diagnostics: one constructor per code, so each message and hint is written
//! once and the checks in `sources`, `subjects`, `claims` and `flags` read as rules. The
//! codes themselves and their documentation live in `crate::diagnostic` and
//! docs/diagnostics.md.
//!
//! One family per file: here the diagnostics of any file or entry (missing files, YAML,
//! ids, dates, duplicates) and those of flags, parties and rates; `subjects` those of a
//! subject's unit, tolerance, window and relations; `claims` those of a claim's source,
//! subject and value. Callers name them all as `diags::…`.

use super::layout::TEXTS_DIR;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::value::DateError;
use crate::yaml::{YamlError, YamlErrorKind};

mod claims;
mod subjects;

pub use claims::{
    as_of_after_publication, claims_file_mismatch, invalid_value, missing_rank_reason,
    negative_value, origin_named_in_without_origin, subject_not_chosen, unit_mismatch,
    unknown_source, unknown_subject,
};
pub use subjects::{
    BadRelation, BadUnit, BadWindow, invalid_relation, invalid_tolerance, invalid_unit,
    invalid_window,
};

/// The kind of entry a diagnostic is about.
#[derive(Debug, Clone, Copy)]
pub enum Entry {
    Source,
    Subject,
    Claim,
    Party,
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

pub fn invalid_rate(loc: Location, text: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::InvalidRate, loc, format!("rate {text}: {why}"))
        .length(text.chars().count())
        .hint("write a rate as date (YYYY-MM-DD, YYYY-MM or YYYY), pair (two ISO 4217 codes, \"USD/EUR\"), a positive rate (one of the first is this many of the second) and a citation")
}
