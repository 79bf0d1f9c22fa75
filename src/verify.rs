//! Trust checks on a loaded corpus: every claim's quote must stand in its source's
//! archived text (after normalising whitespace, quotes, dashes and no-break spaces), and
//! the quote's own figures, read with the value grammar, must include the claimed value
//! with its unit and qualifier. Also subject hygiene: near-duplicate subjects and subjects
//! without claims.

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Claim, Corpus, Subject};
use crate::value::{self, DateValue, Qualifier, Quantity, Value};
use std::collections::BTreeMap;

use crate::passage::Text;
pub use crate::passage::{fold, plain_text};

/// The figures a quote states, read with the value grammar: every span of up to eight
/// words that parses as a value of the subject's dimension, keeping for quantities only
/// the longest reading (so "more than 1.3 thousand kilometers" is not also read as
/// "1.3 thousand kilometers" without its qualifier). Dates without a year take the
/// source's year ("July 5" in an article of 2021); a date's qualifier words are not
/// binding ("leave by September 11" states the deadline September 11).
fn figures(quote: &str, dimension: value::Dimension, year: i32) -> Vec<(String, Value)> {
    let trim: &[char] = &[
        '.', ',', ';', ':', ')', '(', '"', '\'', '“', '”', '‘', '’', '!', '?',
    ];
    let words: Vec<(usize, usize)> = quote
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || quote[..i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| {
            let end = quote[i..]
                .find(char::is_whitespace)
                .map_or(quote.len(), |e| i + e);
            (i, end)
        })
        .collect();
    let mut found: Vec<(usize, usize, String, Value)> = Vec::new();
    for a in 0..words.len() {
        for b in a..words.len().min(a + 8) {
            let raw = &quote[words[a].0..words[b].1];
            let span = raw.trim_matches(trim);
            if span.is_empty() {
                continue;
            }
            let start = words[a].0 + (raw.len() - raw.trim_start_matches(trim).len());
            let parsed = if dimension == value::Dimension::Date {
                value::parse_date_value(span)
                    .or_else(|_| value::parse_date_value(&format!("{span} {year}")))
                    .ok()
                    .map(Value::Date)
            } else {
                value::parse_quantity(span).ok().map(Value::Quantity)
            };
            if let Some(v) = parsed {
                found.push((start, start + span.len(), span.to_string(), v));
            }
        }
    }
    let inside = |x: &(usize, usize, String, Value), y: &(usize, usize, String, Value)| {
        y.0 <= x.0 && x.1 <= y.1 && (y.1 - y.0) > (x.1 - x.0)
    };
    let keep: Vec<bool> = found
        .iter()
        .map(|f| dimension == value::Dimension::Date || !found.iter().any(|g| inside(f, g)))
        .collect();
    found
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|((_, _, s, v), _)| (s, v))
        .collect()
}

fn same_number(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Whether a claim may carry `claim` when its quote says `quote`: the same qualifier, or
/// a weaker one that the quote still supports (an exact figure may be claimed as
/// approximate or as an inclusive bound; "more than" as "at least"; "less than" as "at
/// most").
fn qualifier_supported(claim: Qualifier, quote: Qualifier) -> bool {
    use Qualifier::*;
    claim == quote
        || matches!(
            (quote, claim),
            (Exact, Approx | AtLeast | AtMost | UpTo)
                | (MoreThan, AtLeast)
                | (LessThan, AtMost | UpTo)
                | (UpTo, AtMost)
                | (AtMost, UpTo)
        )
}

/// How a quote's figure relates to a claimed value.
enum Fit {
    Supports,
    /// The same number with another qualifier (or unit).
    Differs(String),
    Unrelated,
}

fn fit(claim: &Value, quote: &Value, subject: &Subject) -> Fit {
    match (claim, quote) {
        (Value::Quantity(c), Value::Quantity(q)) => fit_quantity(c, q, subject),
        (Value::Date(c), Value::Date(q)) => fit_date(c, q),
        _ => Fit::Unrelated,
    }
}

fn fit_quantity(c: &Quantity, q: &Quantity, subject: &Subject) -> Fit {
    let to_subject = |u: &Option<value::Unit>| match (u, &subject.unit) {
        (Some(u), Some(t)) => u.factor_to(t),
        _ => Some(1.0),
    };
    // A quote that names no unit leaves it to the claim ("162 of 398 districts").
    let (Some(fc), Some(fq)) = (
        to_subject(&c.unit),
        if q.unit.is_none() {
            to_subject(&c.unit)
        } else {
            to_subject(&q.unit)
        },
    ) else {
        return Fit::Unrelated;
    };
    if !(same_number(c.low * fc, q.low * fq) && same_number(c.high * fc, q.high * fq)) {
        return Fit::Unrelated;
    }
    if qualifier_supported(c.qualifier, q.qualifier) {
        Fit::Supports
    } else {
        Fit::Differs(format!("\"{q}\""))
    }
}

fn fit_date(c: &DateValue, q: &DateValue) -> Fit {
    if c.start != q.start || c.end != q.end {
        return Fit::Unrelated;
    }
    if qualifier_supported(c.qualifier, q.qualifier) {
        Fit::Supports
    } else {
        Fit::Differs(format!("\"{q}\""))
    }
}

fn describe(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approximate",
        Qualifier::MoreThan => "a lower bound (more than)",
        Qualifier::AtLeast => "a lower bound (at least)",
        Qualifier::LessThan => "an upper bound (less than)",
        Qualifier::UpTo => "an upper bound (up to)",
        Qualifier::AtMost => "an upper bound (at most)",
        Qualifier::Range => "a range",
    }
}

/// Checks every claim's quote against its source text and its value against the quote.
/// Each text is normalised and indexed once, by the first claim that cites it.
pub fn citations(corpus: &Corpus, texts: &BTreeMap<String, String>, root: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut indexed: BTreeMap<&str, Text> = BTreeMap::new();
    for claim in &corpus.claims {
        let (Some(source), Some(text)) = (corpus.source(&claim.source), texts.get(&claim.source))
        else {
            continue; // missing-source-text is reported with the source
        };
        let Some(subject) = corpus.subject(&claim.subject) else {
            continue;
        };
        let text = indexed
            .entry(claim.source.as_str())
            .or_insert_with(|| Text::new(text));
        if !text.contains(&claim.quote) {
            out.push(quote_not_found(
                claim,
                text,
                &format!("{root}/{}", source.text_path),
            ));
            continue;
        }
        if let Some(d) = value_not_in_quote(claim, subject, source.published.year) {
            out.push(d);
        }
    }
    out
}

fn quote_not_found(claim: &Claim, text: &Text, path: &str) -> Diagnostic {
    let quote_len = claim.quote.chars().count();
    let mut d = Diagnostic::new(
        Code::QuoteNotFound,
        claim.quote_location.clone(),
        format!(
            "the quote of claim \"{}\" is not in its source {path}",
            claim.id
        ),
    )
    .length(quote_len);
    d = match text.closest(&claim.quote) {
        Some((line, passage, score)) if score >= 0.5 => d.hint(format!(
            "the closest passage is at {path}:{line}: \"{passage}\" — copy the quote from the source word for word"
        )),
        _ => d.hint(format!("no passage of {path} is close; check that the claim is filed under the right source")),
    };
    d
}

fn value_not_in_quote(claim: &Claim, subject: &Subject, year: i32) -> Option<Diagnostic> {
    let found = figures(&claim.quote, subject.dimension, year);
    let mut differs = None;
    for (_, v) in &found {
        match fit(&claim.value, v, subject) {
            Fit::Supports => return None,
            Fit::Differs(said) => differs = differs.or(Some(said)),
            Fit::Unrelated => {}
        }
    }
    let loc: Location = claim.value_location.clone();
    let len = claim.value_text.chars().count();
    let d = match differs {
        Some(said) => Diagnostic::new(
            Code::QuoteValueMismatch,
            loc,
            format!(
                "claim \"{}\" says \"{}\" ({}), but its quote says {said}",
                claim.id,
                claim.value_text,
                describe(claim.value.qualifier())
            ),
        )
        .hint(format!("write the value as the quote gives it: {said}")),
        None => {
            let mut said: Vec<String> = found.iter().map(|(s, _)| format!("\"{s}\"")).collect();
            said.dedup();
            said.truncate(6);
            Diagnostic::new(
                Code::QuoteValueMismatch,
                loc,
                format!(
                    "claim \"{}\" says \"{}\", which its quote does not state",
                    claim.id, claim.value_text
                ),
            )
            .hint(if said.is_empty() {
                "the quote states no figure of this kind: quote the passage that gives the value"
                    .to_string()
            } else {
                format!(
                    "the quote's figures are {}; fix the value or quote the passage that gives it",
                    said.join(", ")
                )
            })
        }
    };
    Some(d.length(len))
}

fn words_of(key: &str) -> Vec<&str> {
    let mut w: Vec<&str> = key
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    w.sort_unstable();
    w
}

/// Warns about subjects that look like duplicates of each other and subjects no claim uses.
pub fn subject_hygiene(corpus: &Corpus) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let subjects = &corpus.subjects;
    for (i, a) in subjects.iter().enumerate() {
        for b in &subjects[i + 1..] {
            let same_words = words_of(&a.key) == words_of(&b.key);
            let key_close = strsim::normalized_levenshtein(&a.key, &b.key) >= 0.9;
            let label_close =
                strsim::normalized_levenshtein(&a.label.to_lowercase(), &b.label.to_lowercase())
                    >= 0.9;
            if same_words || key_close || label_close {
                out.push(
                    Diagnostic::new(
                        Code::SimilarSubjects,
                        b.location.clone(),
                        format!("subject \"{}\" looks like \"{}\" (declared at {})", b.key, a.key, a.location),
                    )
                    .length(b.key.len())
                    .hint(format!("did you mean \"{}\"? If both are needed, make their keys and labels say how they differ", a.key)),
                );
            }
        }
        if !corpus.claims.iter().any(|c| c.subject == a.key) {
            out.push(
                Diagnostic::new(
                    Code::SubjectWithoutClaims,
                    a.location.clone(),
                    format!("no claim speaks to subject \"{}\"", a.key),
                )
                .length(a.key.len())
                .hint("add claims for it, or remove the subject"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_a_quote() {
        let f = figures(
            "the length of the Tajik-Afghan border is more than 1.3 thousand kilometers",
            value::Dimension::Length,
            2021,
        );
        assert!(
            f.iter()
                .any(|(s, _)| s == "more than 1.3 thousand kilometers"),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|(s, _)| s == "1.3 thousand kilometers"),
            "{f:?}"
        );
        let d = figures("On July 2, media reported", value::Dimension::Date, 2021);
        assert!(
            d.iter().any(|(_, v)| v.to_string() == "2021-07-02"),
            "{d:?}"
        );
    }

    #[test]
    fn qualifiers_may_weaken_but_not_strengthen() {
        use Qualifier::*;
        assert!(qualifier_supported(AtMost, Exact));
        assert!(qualifier_supported(Approx, Exact));
        assert!(!qualifier_supported(Exact, MoreThan));
        assert!(!qualifier_supported(Exact, Approx));
        assert!(!qualifier_supported(MoreThan, LessThan));
    }
}
