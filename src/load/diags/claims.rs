//! The diagnostics of a claim: its file's source, its subject, its value (reading, unit,
//! sign), its rank and `origin_named_in`, and its date against its source's.

use super::undeclared;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::load::layout::{SOURCES_FILE, SUBJECTS_FILE};
use crate::value::{Dimension, Unit, ValueError};

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
