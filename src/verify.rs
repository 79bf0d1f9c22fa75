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

#[path = "verify_figures.rs"]
mod figures;
use figures::{figures, stated_as_written};

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

/// One source's archived text, normalised and indexed once for the quotes of its claims,
/// and only when a quote needs it: a quote of plain ASCII standing verbatim in a text
/// without link markup is known to stand in it normalised too (see `verify::verbatim`).
pub struct Archived<'a> {
    source: &'a Source,
    raw: &'a str,
    /// Whether `raw` has no `[`: no link markup, so no part of it is hidden from a reader
    /// but single asterisks.
    unlinked: bool,
    text: std::cell::OnceCell<Text>,
}

impl<'a> Archived<'a> {
    pub fn new(source: &'a Source, raw: &'a str) -> Archived<'a> {
        Archived {
            source,
            raw,
            unlinked: unlinked(raw),
            text: std::cell::OnceCell::new(),
        }
    }

    /// The text normalised and indexed, at its first use.
    fn text(&self) -> &Text {
        self.text.get_or_init(|| Text::new(self.raw))
    }

    /// [`verbatim`] in this text.
    fn verbatim(&self, quote: &str) -> bool {
        verbatim(self.raw, self.unlinked, quote)
    }

    /// Where `quote` stands, as [`Text::locate`] says: without the whole text normalised
    /// and indexed when the quote is found [`verbatim`] (see [`locate_verbatim`]), unless
    /// another quote had it indexed already.
    fn locate(&self, quote: &str) -> Option<usize> {
        match self.text.get() {
            Some(text) => text.locate(quote),
            None => locate_verbatim(self.raw, self.unlinked, quote)
                .or_else(|| self.text().locate(quote)),
        }
    }
}

/// Whether `quote` is sure to stand in `raw` (normalised, as [`Text::locate`] finds it) by
/// a byte search of the text as archived: the quote is printable ASCII without markup
/// characters (`` ` ``, `*`, `[`, `]`), edge spaces or runs of spaces, so it is its own
/// normal form; the text has no link markup (`unlinked`: no `[`), so a stretch of it equal
/// to the quote is all seen by a reader and normalised to itself. `false` says nothing
/// (the normalised search decides). Where the quote stands is not known this way (a
/// normalised occurrence may come earlier), so dates, whose year is read around it, are
/// not searched so.
fn verbatim(raw: &str, unlinked: bool, quote: &str) -> bool {
    verbatim_at(raw, unlinked, quote).is_some()
}

/// The byte offset of the first verbatim occurrence that makes [`verbatim`] true.
fn verbatim_at(raw: &str, unlinked: bool, quote: &str) -> Option<usize> {
    let plain = |b: &u8| (b' '..=b'~').contains(b) && !matches!(b, b'`' | b'*' | b'[' | b']');
    let own_form = unlinked
        && !quote.is_empty()
        && !quote.starts_with(' ')
        && !quote.ends_with(' ')
        && quote.as_bytes().iter().all(plain)
        && !quote.contains("  ");
    own_form.then(|| find_quote(raw.as_bytes(), quote.as_bytes()))?
}

/// How many candidates of the pair prefilter [`find_quote`] tests before it leaves the
/// rest of the text to `memmem` (so a text that matches the pair at many places costs no
/// more than a few quotes' lengths before the linear search).
const PAIR_CANDIDATES: usize = 32;

/// `memchr::memmem::find(text, quote)`: the first occurrence of `quote` in `text`, found
/// without building a `memmem` finder (its Two-Way tables cost more than searching a
/// short text, and every claim has its own quote). The quote's two rarest bytes (by
/// `memchr`'s byte ranking) are searched for with vector instructions and each place
/// they stand at the quote's own distance is compared with the quote, in order, so the
/// first place that reads the quote is the first occurrence; the prefilter reports every
/// place an occurrence could begin, so none is skipped. After [`PAIR_CANDIDATES`]
/// places that do not read the quote, the rest of the text goes to `memmem`. Where AVX2
/// is not available, for a quote of one byte or a text shorter than the prefilter reads,
/// `memmem` searches.
fn find_quote(text: &[u8], quote: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(pair) = memchr::arch::x86_64::avx2::packedpair::Finder::new(quote) {
        let mut at = 0;
        for _ in 0..PAIR_CANDIDATES {
            let rest = &text[at..];
            if rest.len() < pair.min_haystack_len() {
                break;
            }
            let candidate = at + pair.find_prefilter(rest)?;
            if text[candidate..].starts_with(quote) {
                return Some(candidate);
            }
            at = candidate + 1;
        }
        return memchr::memmem::find(&text[at..], quote).map(|m| at + m);
    }
    memchr::memmem::find(text, quote)
}

/// [`Text::locate`] of a quote found [`verbatim`] at byte `m`, from the text up to the
/// end of that occurrence alone: the first normalised occurrence (what `locate` gives)
/// begins at or before `m` (the verbatim one is an occurrence) and so ends within
/// `raw[..m + quote.len()]`; in a text without link markup normalising is left to right
/// (every `*` dropped, white space collapsed as met), and the cut falls after a
/// character that is no space, so that part normalises to the start of the whole text's
/// normal form, with the same byte offsets; and a verbatim quote is its own normal form.
/// `None` when the quote is not found so (the full search decides).
fn locate_verbatim(raw: &str, unlinked: bool, quote: &str) -> Option<usize> {
    let m = verbatim_at(raw, unlinked, quote)?;
    let end = m + quote.len();
    if plain_ascii(&raw.as_bytes()[..end]) {
        return Some(first_spaced(&raw[..end], quote));
    }
    let (chars, origin) = crate::passage::normalize(&raw[..m + quote.len()]);
    let quote: Vec<char> = quote.chars().collect();
    let at = chars.windows(quote.len()).position(|w| w == quote)?;
    origin.get(at).map(|&o| o as usize)
}

/// Whether normalising `bytes` only makes each run of ASCII white space one space (and
/// drops a leading one): printable ASCII and ASCII white space, without the characters
/// normalising drops or changes (`*`, `` ` ``) or link markup (`[`).
fn plain_ascii(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| matches!(b, b'\t'..=b'\r' | b' '..=b'~') && !matches!(b, b'*' | b'`' | b'['))
}

/// [`locate_verbatim`] in a text whose part up to the end of the quote's verbatim
/// occurrence is [`plain_ascii`]: there the normalised text is the text with each run of
/// white space made one space, so a normalised occurrence of the quote (its own normal
/// form, beginning with no space) is a place where the text reads the quote with any run
/// of white space for each of its spaces; its first character's origin is that place.
/// The first such place is the answer; `raw` ends with a verbatim occurrence, so one is
/// found.
fn first_spaced(raw: &str, quote: &str) -> usize {
    let head = quote.split(' ').next().unwrap_or(quote);
    let (text, q) = (raw.as_bytes(), quote.as_bytes());
    let reads_quote = |at: usize| {
        let (mut i, mut k) = (at, 0);
        while k < q.len() {
            if q[k] == b' ' {
                let run = (text[i..].iter())
                    .take_while(|b| matches!(b, b'\t'..=b'\r' | b' '))
                    .count();
                if run == 0 {
                    return false;
                }
                i += run;
            } else if text.get(i) == Some(&q[k]) {
                i += 1;
            } else {
                return false;
            }
            k += 1;
        }
        true
    };
    memchr::memmem::find_iter(text, head.as_bytes())
        .find(|&at| reads_quote(at))
        .unwrap_or(raw.len() - quote.len())
}

/// Whether a text has no link markup (no `[`), for [`verbatim`].
fn unlinked(raw: &str) -> bool {
    memchr::memchr(b'[', raw.as_bytes()).is_none()
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
    let (source, raw) = (archived.source, archived.raw);
    let date = subject.dimension == value::Dimension::Date;
    // Where the quote stands is needed only for dates (a yearless date takes its year
    // from the quote's paragraph).
    let found_at = if !date && archived.verbatim(claim.quote) {
        Some(0)
    } else {
        archived.locate(claim.quote)
    };
    let Some(found_at) = found_at else {
        let path = format!("{root}/{}", source.text_path);
        return Some(quote_not_found(claim, archived.text(), &path));
    };
    let published = source.published.map(|d| d.year);
    let years = if date {
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
    if stated_as_written(claim.quote, claim.value_text, claim.value, subject, years) {
        return None;
    }
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
#[path = "verify_tests.rs"]
mod tests;
