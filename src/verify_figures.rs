//! The figures a quote states (for [`super::citation`]), and the quick test that a quote
//! states a claim's value in the value's own words.

use super::{Fit, fit};
use crate::model::Subject;
use crate::value::year::Years;
use crate::value::{self, Value};

/// The figures a quote states, read with the value grammar: every span of up to eight
/// words that parses as a value of the subject's dimension, keeping for quantities only
/// the longest reading (so "more than 1.3 thousand kilometers" is not also read as
/// "1.3 thousand kilometers" without its qualifier). A date without a year takes it as
/// `Years` says, and is shown with the date it was read as and where its year came from;
/// a date's qualifier words are not binding ("leave by September 11" states the deadline
/// September 11). Each figure comes as the text to show (quoted) and its value.
pub(super) fn figures(
    quote: &str,
    dimension: value::Dimension,
    years: &Years,
) -> Vec<(String, Value)> {
    figures_of(quote, dimension, years, true)
}

/// The punctuation a span of a quote is trimmed of at both ends.
pub(super) const TRIM: &[char] = &[
    '.', ',', ';', ':', ')', '(', '"', '\'', '“', '”', '‘', '’', '!', '?',
];

/// [`figures`], skipping (when `skip`) the spans whose first word cannot begin a figure
/// of the dimension (`value::may_begin_quantity`, `value::may_begin_date`): those the
/// parser would refuse anyway, most spans of a sentence. Without `skip` every span is
/// parsed, as the test that checks the skip changes nothing does.
pub(super) fn figures_of(
    quote: &str,
    dimension: value::Dimension,
    years: &Years,
    skip: bool,
) -> Vec<(String, Value)> {
    let words = words_of(quote);
    let mut found: Vec<(usize, usize, String, Value)> = Vec::new();
    // Tokenized once for every word start's test and every span's reading (not for
    // dates: theirs reads words).
    let heads = (skip && dimension != value::Dimension::Date).then(|| value::Heads::new(quote));
    let spans = Spans {
        quote,
        words: &words,
        dimension,
        years,
        heads: heads.as_ref(),
    };
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
            found.extend(spans.read(a, b));
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

/// The words of a quote: the byte ranges between white space (the maximal runs of
/// characters that are not `char::is_whitespace`), in one pass over the quote.
pub(super) fn words_of(quote: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::with_capacity(quote.len() / 4 + 1);
    let mut start = None;
    for (i, c) in quote.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, quote.len()));
    }
    words
}

/// The byte range of the span of words `a` to `b` of a quote, trimmed of punctuation;
/// `None` when nothing is left.
pub(super) fn span_range(
    quote: &str,
    words: &[(usize, usize)],
    a: usize,
    b: usize,
) -> Option<(usize, usize)> {
    let raw = &quote[words[a].0..words[b].1];
    let span = raw.trim_matches(TRIM);
    let start = words[a].0 + (raw.len() - raw.trim_start_matches(TRIM).len());
    (!span.is_empty()).then_some((start, start + span.len()))
}

/// A quote's spans of words, read as figures of a dimension.
struct Spans<'a> {
    quote: &'a str,
    words: &'a [(usize, usize)],
    dimension: value::Dimension,
    years: &'a Years<'a>,
    heads: Option<&'a value::Heads<'a>>,
}

impl Spans<'_> {
    fn range(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        span_range(self.quote, self.words, a, b)
    }

    /// The figure the span of words `a` to `b` states, with its byte range and the text
    /// to show.
    fn read(&self, a: usize, b: usize) -> Option<(usize, usize, String, Value)> {
        if self.dimension == value::Dimension::Date {
            let (start, end) = self.range(a, b)?;
            let (shown, v) = date_figure(&self.quote[start..end], start, self.years)?;
            return Some((start, end, shown, v));
        }
        let (start, end, v) = self.figure(a, b)?;
        Some((start, end, format!("\"{}\"", &self.quote[start..end]), v))
    }

    /// [`Spans::read`] without the text to show (a quantity's is not written).
    fn figure(&self, a: usize, b: usize) -> Option<(usize, usize, Value)> {
        let (start, end) = self.range(a, b)?;
        let span = &self.quote[start..end];
        if self.dimension == value::Dimension::Date {
            return date_figure(span, start, self.years).map(|(_, v)| (start, end, v));
        }
        let q = match self.heads {
            Some(h) => h.quantity(start, end, Some(self.dimension)),
            None => value::parse_quantity_in(span, Some(self.dimension)).ok(),
        };
        q.map(|q| (start, end, Value::Quantity(q)))
    }
}

/// Whether the quote states the claim's value (`value`, written `written`) in the same
/// words, as [`figures`] would find it: a span of the quote is the written value, reads as
/// a figure that supports the value, and (for quantities, whose shorter readings inside a
/// longer one are dropped) no longer span around it reads as a figure. Then no other
/// figure matters and the quote supports the claim; `false` says nothing (all the
/// quote's figures decide). Most claims copy their value from their quote: one span
/// and the few around it are read instead of every span.
///
/// `value` is what the loader read of `written` (`Value::parse(written, dimension)`), so
/// the span that is the written value is not read again: it reads as `value` itself
/// (`Heads::quantity` and `date_figure` read a span as `Value::parse` reads its text),
/// which supports itself (decision 267; `stated_as_written_reread` is the old reading).
pub(super) fn stated_as_written(
    quote: &str,
    written: &str,
    value: &Value,
    subject: &Subject,
    years: &Years,
) -> bool {
    stated_as_written_in(quote, written, value, subject, years, false)
}

/// [`stated_as_written`] reading the value's own span again and testing its fit to
/// `value`, as it did before decision 267: the oracle of the test that the two agree.
#[cfg(test)]
pub(super) fn stated_as_written_reread(
    quote: &str,
    written: &str,
    value: &Value,
    subject: &Subject,
    years: &Years,
) -> bool {
    stated_as_written_in(quote, written, value, subject, years, true)
}

/// [`stated_as_written`], reading the value's own span again when `reread`.
fn stated_as_written_in(
    quote: &str,
    written: &str,
    value: &Value,
    subject: &Subject,
    years: &Years,
    reread: bool,
) -> bool {
    if written.is_empty() {
        return false;
    }
    let dimension = subject.dimension;
    let words = words_of(quote);
    let n = words.len();
    // The span of words that is the written value: the words holding its first and last
    // bytes, when trimmed they are exactly the value (any span that is the value begins
    // in its first word or in words of punctuation alone before it).
    let word_at = |i: usize| words.partition_point(|w| w.1 <= i);
    let Some((a, b)) = find_map_matches(quote, written, |p| {
        let (a, b) = (word_at(p), word_at(p + written.len() - 1));
        let whole =
            b < n && b < a + 8 && span_range(quote, &words, a, b) == Some((p, p + written.len()));
        whole.then_some((a, b))
    }) else {
        return false;
    };
    let date = dimension == value::Dimension::Date;
    let heads = (!date).then(|| value::Heads::new(quote));
    let spans = Spans {
        quote,
        words: &words,
        dimension,
        years,
        heads: heads.as_ref(),
    };
    if reread {
        let Some((_, _, figure)) = spans.figure(a, b) else {
            return false;
        };
        if !matches!(fit(value, &figure, subject), Fit::Supports) {
            return false;
        }
    }
    if date {
        return true; // every date read is kept
    }
    // A longer span around it that reads as a figure would drop it: none may. Each such
    // span has more than one word (`a2 <= a <= b <= b2`, and the one-word span
    // `a2 == b2` would be `(a, b)` itself), so only the longer spans' test is made, and
    // only for a word that begins a span around the value (none when the value's words
    // reach past the eight a span may have). Every span of words `a2 <= a`, `b2 >= b`
    // but `(a, b)` is around the value ([`around_value`]), so its range is not read.
    for a2 in a.saturating_sub(7)..=a {
        let mut followed = None;
        for b2 in b..n.min(a2 + 8) {
            if (a2, b2) == (a, b) {
                continue;
            }
            let may = *followed.get_or_insert_with(|| {
                may_begin_followed(quote, &words, a2, dimension, spans.heads)
            });
            if !may {
                break;
            }
            if spans.figure(a2, b2).is_some() {
                return false;
            }
        }
    }
    true
}

/// How many places that begin with the needle's first byte but do not read it
/// [`find_map_matches`] tests before it leaves the rest to `memmem`.
const FALSE_STARTS: usize = 32;

/// `text.match_indices(needle).find_map(|(p, _)| f(p))`: `f` of the needle's occurrences in
/// `text` (leftmost first, not overlapping) until it gives `Some`, found without building
/// a substring searcher (a quote is short and every claim has its own value): each place
/// of the needle's first byte (`memchr`) is compared with the needle, an occurrence's
/// search going on past its end. A match of a non-empty `str` in a `str` begins at a
/// character boundary. After [`FALSE_STARTS`] places that do not read the needle,
/// `memmem` searches the rest (its matches are leftmost, not overlapping, too); an empty
/// needle goes to `match_indices`.
pub(super) fn find_map_matches<T>(
    text: &str,
    needle: &str,
    mut f: impl FnMut(usize) -> Option<T>,
) -> Option<T> {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return text.match_indices(needle).find_map(|(p, _)| f(p));
    };
    let (mut at, mut misses) = (0, 0);
    while at + n.len() <= t.len() {
        if misses == FALSE_STARTS {
            return memchr::memmem::find_iter(&t[at..], n).find_map(|m| f(at + m));
        }
        let c = at + memchr::memchr(first, &t[at..=t.len() - n.len()])?;
        if t[c..].starts_with(n) {
            if let Some(found) = f(c) {
                return Some(found);
            }
            at = c + n.len();
        } else {
            misses += 1;
            at = c + 1;
        }
    }
    None
}

/// Whether the span of words `a2` to `b2` of a quote holds the span `(start, end)` (its
/// trimmed range) and is longer, as [`stated_as_written`] tests the spans around the
/// value. For `a2 <= a`, `b2 >= b` and `(a2, b2) != (a, b)` it is always true when the
/// span of words `a` to `b` is `(start, end)` (the test `around_value_is_every_wider_span`
/// checks it), so that loop does not call it: trimming removes no white space, so the
/// wider span's trimmed start is at or before `start` (the non-punctuation character at
/// `start` stops it), and before the white space in front of word `a` when `a2 < a`;
/// its end likewise.
#[cfg(test)]
pub(super) fn around_value(
    quote: &str,
    words: &[(usize, usize)],
    (a2, b2): (usize, usize),
    (start, end): (usize, usize),
) -> bool {
    span_range(quote, words, a2, b2)
        .is_some_and(|(s, e)| s <= start && end <= e && e - s > end - start)
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
    let may = |end: usize| match dimension {
        value::Dimension::Date => value::may_begin_date(&quote[lead..end]),
        _ => value::may_begin_quantity(&quote[lead..end], Some(dimension)),
    };
    match heads {
        // The first word read once for both (it is the same word).
        Some(h) if dimension != value::Dimension::Date => {
            let [alone, followed] =
                h.may_begin_quantity_both(lead, [alone_end, head_end], Some(dimension));
            (alone, followed)
        }
        _ => (may(alone_end), may(head_end)),
    }
}

/// [`may_begin`]'s second answer alone (the spans of more than one word starting at word
/// `a`), for a quantity's test when `heads` is given: the one-word span is not tested.
fn may_begin_followed(
    quote: &str,
    words: &[(usize, usize)],
    a: usize,
    dimension: value::Dimension,
    heads: Option<&value::Heads>,
) -> bool {
    let Some(h) = heads.filter(|_| dimension != value::Dimension::Date) else {
        return may_begin(quote, words, a, dimension, heads).1;
    };
    let word = &quote[words[a].0..words[a].1];
    let rest = word.trim_start_matches(TRIM);
    if rest.is_empty() {
        return true;
    }
    let lead = words[a].1 - rest.len();
    let head_end = words[(a + 5).min(words.len() - 1)].1;
    h.may_begin_quantity(lead, head_end, Some(dimension))
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
