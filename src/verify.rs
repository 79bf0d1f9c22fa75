//! Trust checks on a loaded corpus: every claim's quote must stand in its source's
//! archived text (after normalising whitespace, quotes, dashes and no-break spaces), and
//! the quote's own figures, read with the value grammar, must include the claimed value
//! with its unit and qualifier. (Subject hygiene is `hygiene`.)

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Claim, Corpus, Source, Subject};
use crate::value::year::Years;
use crate::value::{self, DateValue, Qualifier, Quantity, Value};
use rayon::prelude::*;
use std::collections::BTreeMap;

use crate::passage::Text;
pub use crate::passage::{fold, plain_text};

/// The figures a quote states, read with the value grammar: every span of up to eight
/// words that parses as a value of the subject's dimension, keeping for quantities only
/// the longest reading (so "more than 1.3 thousand kilometers" is not also read as
/// "1.3 thousand kilometers" without its qualifier). A date without a year takes it as
/// `Years` says, and is shown with the date it was read as and where its year came from;
/// a date's qualifier words are not binding ("leave by September 11" states the deadline
/// September 11). Each figure comes as the text to show (quoted) and its value.
fn figures(quote: &str, dimension: value::Dimension, years: &Years) -> Vec<(String, Value)> {
    figures_of(quote, dimension, years, true)
}

/// The punctuation a span of a quote is trimmed of at both ends.
const TRIM: &[char] = &[
    '.', ',', ';', ':', ')', '(', '"', '\'', '“', '”', '‘', '’', '!', '?',
];

/// [`figures`], skipping (when `skip`) the spans whose first word cannot begin a figure
/// of the dimension (`value::may_begin_quantity`, `value::may_begin_date`): those the
/// parser would refuse anyway, most spans of a sentence. Without `skip` every span is
/// parsed, as the test that checks the skip changes nothing does.
fn figures_of(
    quote: &str,
    dimension: value::Dimension,
    years: &Years,
    skip: bool,
) -> Vec<(String, Value)> {
    let trim = TRIM;
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
    // Tokenized once for every word start's test and every span's reading (not for
    // dates: theirs reads words).
    let heads = (skip && dimension != value::Dimension::Date).then(|| value::Heads::new(quote));
    for a in 0..words.len() {
        let (alone, followed) = if skip {
            may_begin(quote, &words, a, dimension, heads.as_ref())
        } else {
            (true, true)
        };
        for b in a..words.len().min(a + 8) {
            if !(if b == a { alone } else { followed }) {
                continue;
            }
            let raw = &quote[words[a].0..words[b].1];
            let span = raw.trim_matches(trim);
            if span.is_empty() {
                continue;
            }
            let start = words[a].0 + (raw.len() - raw.trim_start_matches(trim).len());
            let parsed = if dimension == value::Dimension::Date {
                date_figure(span, start, years)
            } else {
                let q = match &heads {
                    Some(h) => h.quantity(start, start + span.len(), Some(dimension)),
                    None => value::parse_quantity_in(span, Some(dimension)).ok(),
                };
                q.map(|q| (format!("\"{span}\""), Value::Quantity(q)))
            };
            if let Some((shown, v)) = parsed {
                found.push((start, start + span.len(), shown, v));
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

/// Whether spans of a quote starting at word `a` may be read as figures: the one-word
/// span (the word trimmed at both ends), and the longer ones (the word trimmed at its
/// start, with the five words after it, enough for a currency sign before a number).
/// `heads` is the quote tokenized, for a quantity's tests.
fn may_begin(
    quote: &str,
    words: &[(usize, usize)],
    a: usize,
    dimension: value::Dimension,
    heads: Option<&value::Heads>,
) -> (bool, bool) {
    let word = &quote[words[a].0..words[a].1];
    let rest = word.trim_start_matches(TRIM);
    if rest.is_empty() {
        // Only punctuation: the longer spans begin with the next word, trimmed at its end
        // when it is their last; no test is made.
        return (false, true);
    }
    let lead = words[a].1 - rest.len();
    let head_end = words[(a + 5).min(words.len() - 1)].1;
    let alone_end = lead + rest.trim_end_matches(TRIM).len();
    let may = |end: usize| match (dimension, heads) {
        (value::Dimension::Date, _) => value::may_begin_date(&quote[lead..end]),
        (_, Some(h)) => h.may_begin_quantity(lead, end, Some(dimension)),
        (_, None) => value::may_begin_quantity(&quote[lead..end], Some(dimension)),
    };
    (may(alone_end), may(head_end))
}

/// A date figure of a quote: as written, or, without a year, with the year `years` gives
/// for byte `at` (only when the words name a month, so "on" or "before" alone are no date).
fn date_figure(span: &str, at: usize, years: &Years) -> Option<(String, Value)> {
    if let Ok(d) = value::parse_date_value(span) {
        return Some((format!("\"{span}\""), Value::Date(d)));
    }
    let (y, from) = years.at(at)?;
    let d = value::parse_date_value(&format!("{span} {y}")).ok()?;
    d.start.month?;
    let shown = format!("\"{span}\" (read as {}, {from})", d.start);
    Some((shown, Value::Date(d)))
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
                | (Nearly, Approx | AtMost | UpTo)
                | (JustOver, Approx | MoreThan | AtLeast)
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
    // A quote that names no unit leaves it to the claim ("162 of 398 districts"); figures
    // in two units are the same figure when they convert to the same amounts.
    let same = if q.unit.is_none() || q.unit == c.unit {
        same_number(c.low, q.low) && same_number(c.high, q.high)
    } else {
        let to_subject = |u: &Option<value::Unit>, v: f64| match (u, &subject.unit) {
            (Some(u), Some(t)) => u.convert(v, t),
            _ => Some((v, v)),
        };
        let ends = |x: &Quantity| Some((to_subject(&x.unit, x.low)?, to_subject(&x.unit, x.high)?));
        match (ends(c), ends(q)) {
            (Some((cl, ch)), Some((ql, qh))) => {
                same_number(cl.0, ql.0)
                    && same_number(cl.1, ql.1)
                    && same_number(ch.0, qh.0)
                    && same_number(ch.1, qh.1)
            }
            _ => false,
        }
    };
    if !same {
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
        Qualifier::Nearly => "just under the figure (nearly)",
        Qualifier::JustOver => "just over the figure",
    }
}

/// Checks every claim's quote against its source text and its value against the quote.
/// Each text is normalised and indexed once; sources are checked on every core. (The
/// loader checks each claims file's claims as it reads them, with [`Archived`] and
/// [`citation`]: this is the same check on a corpus.)
pub fn citations(corpus: &Corpus, texts: &BTreeMap<String, String>, root: &str) -> Vec<Diagnostic> {
    // Claims by source: each text is normalised and indexed once, sources on every core.
    // Diagnostics are sorted by place afterwards, so the order of work does not show.
    let mut by_source: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for claim in &corpus.claims {
        by_source.entry(&*claim.source).or_default().push(claim);
    }
    let by_source: Vec<(&str, Vec<&Claim>)> = by_source.into_iter().collect();
    by_source
        .par_iter()
        .flat_map_iter(|(id, claims)| {
            let archived = match (corpus.source(id), texts.get(*id)) {
                (Some(source), Some(raw)) => Some(Archived::new(source, raw)),
                _ => None, // missing-source-text is reported with the source
            };
            claims
                .iter()
                .filter_map(move |claim| {
                    let subject = corpus.subject(&claim.subject)?;
                    citation(archived.as_ref()?, subject, &Cited::of(claim), root)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One source's archived text, normalised and indexed once for the quotes of its claims.
pub struct Archived<'a> {
    source: &'a Source,
    raw: &'a str,
    text: Text,
}

impl<'a> Archived<'a> {
    pub fn new(source: &'a Source, raw: &'a str) -> Archived<'a> {
        Archived {
            source,
            raw,
            text: Text::new(raw),
        }
    }
}

/// What the citation check reads of a claim: a loaded claim's fields, or a claim's still
/// being loaded.
pub struct Cited<'a> {
    pub id: &'a str,
    pub quote: &'a str,
    pub quote_location: &'a Location,
    pub value: &'a Value,
    pub value_text: &'a str,
    pub value_location: &'a Location,
}

impl<'a> Cited<'a> {
    pub fn of(claim: &'a Claim) -> Cited<'a> {
        Cited {
            id: &claim.id,
            quote: &claim.quote,
            quote_location: &claim.quote_location,
            value: &claim.value,
            value_text: &claim.value_text,
            value_location: &claim.value_location,
        }
    }
}

/// The citation problem of one claim of `archived`'s source, if any: its quote is not in
/// the text, or the quote does not state its value.
pub fn citation(
    archived: &Archived,
    subject: &Subject,
    claim: &Cited,
    root: &str,
) -> Option<Diagnostic> {
    let Archived { source, raw, text } = archived;
    let Some(found_at) = text.locate(claim.quote) else {
        let path = format!("{root}/{}", source.text_path);
        return Some(quote_not_found(claim, text, &path));
    };
    // The quote's paragraph is read only for dates (a yearless date takes its year).
    let published = source.published.map(|d| d.year);
    let years = if subject.dimension == value::Dimension::Date {
        Years::around(raw, found_at, claim.quote, published)
    } else {
        Years::around("", 0, "", published)
    };
    value_not_in_quote(claim, subject, &years)
}

fn quote_not_found(claim: &Cited, text: &Text, path: &str) -> Diagnostic {
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
    d = match text.closest(claim.quote) {
        Some((line, passage, score)) if score >= 0.5 => d.hint(format!(
            "the closest passage is at {path}:{line}: \"{passage}\" — copy the quote from the source word for word"
        )),
        _ => d.hint(format!("no passage of {path} is close; check that the claim is filed under the right source")),
    };
    d
}

fn value_not_in_quote(claim: &Cited, subject: &Subject, years: &Years) -> Option<Diagnostic> {
    let found = figures(claim.quote, subject.dimension, years);
    let mut differs = None;
    for (_, v) in &found {
        match fit(claim.value, v, subject) {
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
            // Only the longest readings ("on April 14", not also "April" and "April 14").
            let span = |s: &str| s.split('"').nth(1).unwrap_or_default().to_string();
            let spans: Vec<String> = found.iter().map(|(s, _)| span(s)).collect();
            let mut said: Vec<String> = found
                .iter()
                .filter(|(s, _)| {
                    let own = span(s);
                    !spans
                        .iter()
                        .any(|o| o.len() > own.len() && o.contains(own.as_str()))
                })
                .map(|(s, _)| s.clone())
                .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_a_quote() {
        fn published(quote: &str) -> Years<'_> {
            Years::around(quote, 0, quote, Some(2021))
        }
        let quote = "the length of the Tajik-Afghan border is more than 1.3 thousand kilometers";
        let f = figures(quote, value::Dimension::LENGTH, &published(quote));
        assert!(
            f.iter()
                .any(|(s, _)| s == "\"more than 1.3 thousand kilometers\""),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|(s, _)| s == "\"1.3 thousand kilometers\""),
            "{f:?}"
        );
        let quote = "On July 2, media reported";
        let d = figures(quote, value::Dimension::Date, &published(quote));
        assert!(
            d.iter().any(|(_, v)| v.to_string() == "2021-07-02"),
            "{d:?}"
        );
        // "On" alone with the year appended is no date.
        assert!(!d.iter().any(|(s, _)| s.starts_with("\"On\"")), "{d:?}");
    }

    /// Passages that open figures in every way the grammar allows, and some that only
    /// look as if they did.
    const OPENINGS: &[&str] = &[
        "Officials said US$ 5 million, U.S. $12 bn or Rs. 400 were spent, some €3m more.",
        "It cost USD 1.2 billion (about £900m), minus 5 percent, or 12% — roughly.",
        "Between 5 and 7 km, from five to seven people, a hundred or so; “over 1,000.”",
        "Temperatures fell to −40 °C, ~20°C, >= 30 °F; at least 882 ft 9 in high.",
        "On or before Sept. 11, no later than July 7, 2021, by 2013-07-07 and in mid-July.",
        "The 7th of July 2021, 12 June 2020, 2019 — between May 2020 and June 2021.",
        "\" five. \" Sept. ( 2021 ) “twenty-nine” fifty-two thousand, a dozen, .5 km",
        "no fewer than 3,000 troops; not more than 40 per cent; just under 2 hours 20 minutes",
        "It cost a million. A$ 5 went to a-hundred men, at least 4, at most 6, a maximum of 9.",
        "Sixty-two, a dozen, an estimated 7 and in excess of 8; at the gate, A.U.D. 12 and a",
    ];

    /// Windows of about fourteen words of the bundled corpus's archived texts.
    fn bundled_passages() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("facts/sources");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.sort();
        let mut out = Vec::new();
        for line in texts.iter().flat_map(|t| t.lines()) {
            let words: Vec<&str> = line.split_whitespace().collect();
            for start in (0..words.len()).step_by(7) {
                out.push(words[start..(start + 14).min(words.len())].join(" "));
            }
        }
        out
    }

    #[test]
    fn skipping_spans_that_cannot_begin_a_figure_changes_no_figure() {
        let passages = bundled_passages();
        assert!(passages.len() > 100, "{} passages", passages.len());
        let dimensions = [
            value::Dimension::Date,
            value::Dimension::Count,
            value::Dimension::Money,
            value::Dimension::Percent,
            value::Dimension::LENGTH,
        ];
        let all = value::Dimension::all();
        let cases = (passages
            .iter()
            .flat_map(|p| dimensions.map(|d| (p.as_str(), d))))
        .chain(OPENINGS.iter().flat_map(|p| all.iter().map(|d| (*p, *d))));
        let mut read = 0;
        for (passage, dimension) in cases {
            let years = Years::around(passage, 0, passage, Some(2021));
            let every = figures_of(passage, dimension, &years, false);
            let skipped = figures_of(passage, dimension, &years, true);
            assert_eq!(
                format!("{skipped:?}"),
                format!("{every:?}"),
                "{dimension:?}: {passage}"
            );
            read += every.len();
        }
        assert!(read > 100, "only {read} figures read");
    }

    #[test]
    fn a_quote_tokenized_once_tests_every_head_as_each_head_alone() {
        let crossing = [
            "some 1\u{a0}000 people, 5\u{202f}000 km, .5 km and (.5 m), approx. 5 or approx.",
            "Rs.5, 2,50,000 rupees; US$3 bn; “$ 4” — about 1,000, not 1, 000.",
        ];
        let passages = bundled_passages();
        let all = (passages.iter().map(String::as_str))
            .chain(OPENINGS.iter().copied())
            .chain(crossing);
        let mut tested = 0;
        for passage in all {
            let heads = value::Heads::new(passage);
            let words: Vec<(usize, usize)> = passage
                .split_whitespace()
                .map(|w| {
                    let start = w.as_ptr() as usize - passage.as_ptr() as usize;
                    (start, start + w.len())
                })
                .collect();
            for a in 0..words.len() {
                let rest = passage[words[a].0..words[a].1].trim_start_matches(TRIM);
                let lead = words[a].1 - rest.len();
                let alone = lead + rest.trim_end_matches(TRIM).len();
                for end in [alone, words[(a + 5).min(words.len() - 1)].1] {
                    for d in value::Dimension::all() {
                        let each = value::may_begin_quantity(&passage[lead..end], Some(d));
                        let once = heads.may_begin_quantity(lead, end, Some(d));
                        assert_eq!(once, each, "{d:?}: {:?}", &passage[lead..end]);
                        tested += usize::from(each);
                    }
                }
            }
        }
        assert!(tested > 1000, "only {tested} heads may begin a quantity");
    }

    #[test]
    fn a_date_without_a_year_is_shown_with_the_date_read_and_its_year() {
        let text = "Looking back in 2012.\n\nShe sailed on April 10, 1912. Late on April 14 she struck ice.";
        let quote = "Late on April 14 she struck ice.";
        let years = Years::around(text, text.find(quote).unwrap(), quote, Some(2012));
        let d = figures(quote, value::Dimension::Date, &years);
        let (shown, v) = d.iter().find(|(s, _)| s.contains("April 14")).unwrap();
        assert_eq!(v.to_string(), "1912-04-14");
        assert!(
            shown.contains("\"April 10, 1912\" in its paragraph"),
            "{shown}"
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
        assert!(qualifier_supported(Approx, Nearly));
        assert!(qualifier_supported(AtMost, Nearly));
        assert!(!qualifier_supported(Exact, Nearly));
        assert!(!qualifier_supported(Nearly, Approx));
        assert!(qualifier_supported(MoreThan, JustOver));
        assert!(!qualifier_supported(JustOver, Exact));
    }
}
