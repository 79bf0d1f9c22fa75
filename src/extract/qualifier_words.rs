//! Qualifier words as codes: the prefix qualifiers read backwards from a number ("more
//! than", "as many as"), the closing ones after it ("at most", ", tops") and the bounds
//! "past" sets after a verb, from the word lists `qualifiers`, `as_adjective_bounds`,
//! `closing_phrases`, `closing_after_comma`, `currency_past_verbs`,
//! `past_bound_verbs` and `age_bound_words` (`words.rs`).

use super::words::{
    AGE_BOUND_WORDS, AS_ADJECTIVE_BOUNDS, CLOSING_AFTER_COMMA, CLOSING_PHRASES,
    CURRENCY_PAST_VERBS, PAST_BOUND_VERBS, QUALIFIERS,
};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualCode {
    Gt,
    Ge,
    UpTo,
    Lt,
    Le,
    Approx,
}

/// Prefix qualifiers, read backwards from the number: (phrase, code, tokens in it).
pub fn qualifier_phrases() -> &'static [(&'static str, QualCode, usize)] {
    static PHRASES: OnceLock<Vec<(&'static str, QualCode, usize)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        // "as many as", "as deep as": one phrase per adjective of `as_adjective_bounds.txt`,
        // built once and kept for the life of the program.
        let as_phrases = AS_ADJECTIVE_BOUNDS.entries().iter().map(|(adj, c)| {
            let phrase: &'static str = Box::leak(format!("as {adj} as").into_boxed_str());
            (phrase, *c)
        });
        QUALIFIERS
            .entries()
            .iter()
            .copied()
            .chain(as_phrases)
            .map(|(p, c)| (p, qual_code(c), p.split(' ').count()))
            .collect()
    })
}

/// A qualifier code as written in the word lists.
fn qual_code(c: &str) -> QualCode {
    match c {
        "gt" => QualCode::Gt,
        "ge" => QualCode::Ge,
        "upto" => QualCode::UpTo,
        "lt" => QualCode::Lt,
        "le" => QualCode::Le,
        _ => QualCode::Approx,
    }
}

/// The bound "past" + a figure sets after `verb` ("weakened past 151" is more than 151).
pub fn currency_past(verb: &str) -> Option<QualCode> {
    CURRENCY_PAST_VERBS.get(verb).map(qual_code)
}

/// The bound a word of `age_bound_words.txt` sets before an age word ("before age 70").
pub fn age_bound(word: &str) -> Option<QualCode> {
    AGE_BOUND_WORDS.get(word).map(qual_code)
}

pub fn past_bound(verb: &str) -> Option<QualCode> {
    PAST_BOUND_VERBS.get(verb).map(qual_code)
}

/// Closing qualifiers after an amount and its unit ("at most"): (phrase, code).
pub fn closing_phrases() -> impl Iterator<Item = (&'static str, QualCode)> {
    CLOSING_PHRASES
        .entries()
        .iter()
        .map(|(p, c)| (*p, qual_code(c)))
}

/// Closing qualifiers after an amount, its unit and a comma ("$50, tops"): (phrase, code).
pub fn closing_after_comma() -> impl Iterator<Item = (&'static str, QualCode)> {
    CLOSING_AFTER_COMMA
        .entries()
        .iter()
        .map(|(p, c)| (*p, qual_code(c)))
}

/// Prefix qualifiers as (phrase, code).
pub fn qualifiers() -> impl Iterator<Item = (&'static str, QualCode)> {
    qualifier_phrases().iter().map(|(p, q, _)| (*p, *q))
}
