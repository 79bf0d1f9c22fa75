//! Writing mentions out as claims: a mention's value in the claims file's value grammar
//! ("more than 1300 km", "about 6000 troops", "2021-09-11"), and a whole text's draft
//! claims file (`crosscheck extract`'s YAML). One JSON object per mention is `jsonl.rs`.

use super::{Mention, MentionValue, QuoteWords, SubjectHint, SubjectIndex, for_each_mention_dated};
use crate::fast_hash::FastHash;
use crate::value::number::render_number;
use crate::value::{Qualifier, Quantity};
use std::fmt::Write;
use std::ops::Range;
use yaml_text::{date_text, push_decimal, push_escaped, push_quoted, push_tenths, quote};

mod yaml_text;

/// The mention's value written in the claims value grammar, and whether its unit could
/// not be written there (then the value is the bare number and the caller should say
/// which unit it was in).
pub fn draft_value(m: &Mention) -> (String, bool) {
    match &m.value {
        MentionValue::Date(d) => (date_text(m.qualifier, d), false),
        MentionValue::Number(v) => quantity_text(m, *v, *v, false),
        MentionValue::Range(a, b) => quantity_text(m, a.min(*b), a.max(*b), true),
    }
}

fn quantity_text(m: &Mention, low: f64, high: f64, range: bool) -> (String, bool) {
    let qualifier = if range && m.qualifier != Qualifier::Approx {
        Qualifier::Range
    } else if range {
        // The grammar has no "about 5 to 7": keep the range.
        Qualifier::Range
    } else {
        m.qualifier
    };
    let unit = m.unit.as_ref().and_then(|u| u.to_unit());
    let lost = m.unit.is_some() && unit.is_none();
    let q = Quantity {
        qualifier,
        low,
        high,
        unit,
    };
    let text = q.to_string();
    // Keep only what the grammar reads back; otherwise drop the unit.
    if crate::value::parse_quantity(&text).is_ok() {
        return (text, lost);
    }
    let bare = Quantity {
        qualifier,
        low,
        high,
        unit: None,
    };
    let text = bare.to_string();
    if crate::value::parse_quantity(&text).is_ok() {
        (text, m.unit.is_some())
    } else {
        (render_number(low), m.unit.is_some())
    }
}

/// The draft claims file for a text: one claim per mention, with its suggested subject
/// (or a TODO), its value, its sentence as the quote (Markdown markup dropped, as
/// `verify` reads quotes) and a comment saying where it was found and what was lost.
/// `source` is the source id, when known; `year` its publication year, for dates
/// written without one.
pub fn yaml_drafts(
    text: &str,
    source: Option<&str>,
    year: Option<i32>,
    hints: &[SubjectHint],
) -> String {
    let mut out = Vec::with_capacity(text.len());
    write_yaml_drafts(&mut out, text, source, year, hints).expect("writing to memory");
    String::from_utf8(out).expect("the drafts are UTF-8")
}

/// The drafts' bytes gathered before each write: memory stays bounded however many
/// mentions the text has.
const WRITE_CHUNK: usize = 1 << 16;

/// As [`yaml_drafts`], written to `out` as they are made.
pub fn write_yaml_drafts(
    out: &mut dyn std::io::Write,
    text: &str,
    source: Option<&str>,
    year: Option<i32>,
    hints: &[SubjectHint],
) -> std::io::Result<()> {
    let mut doc = String::with_capacity(2 * WRITE_CHUNK);
    doc.push_str("# Draft claims proposed by `crosscheck extract`: check each value against its\n");
    doc.push_str("# quote, choose the subject, and delete what is not a claim.\n");
    match source {
        Some(id) => doc.push_str(&format!("source: {}\n", quote(id))),
        None => doc.push_str("source: \"\" # TODO: the source id\n"),
    }
    let mut ids = Ids::default();
    let mut subjects = Subjects {
        index: SubjectIndex::new(hints),
        last: None,
    };
    let mut count = 0;
    let mut result = Ok(());
    for_each_mention_dated(text, year, |m: &Mention| {
        if is_dateline(m, text) || result.is_err() {
            return;
        }
        if count == 0 {
            doc.push_str("claims:\n");
        }
        count += 1;
        draft_claim(&mut doc, text, m, &mut subjects, source, &mut ids);
        if doc.len() >= WRITE_CHUNK {
            result = out.write_all(doc.as_bytes());
            doc.clear();
        }
    });
    result?;
    if count == 0 {
        doc.push_str("claims: []\n");
    }
    out.write_all(doc.as_bytes())
}

/// The most a draft's quote reaches on each side of its mention, in bytes: a sentence
/// longer than that is cut at words, so the drafts of a text with one huge line stay
/// linear in its size.
const QUOTE_REACH: usize = 240;

/// Whether a date mention stands alone in its sentence with at most two other words
/// ("July 08, 2021", "Published: Thursday, 8 July 2021", "Updated 10:32 GMT"): a
/// dateline or a byline's date, not a claim.
fn is_dateline(m: &Mention, text: &str) -> bool {
    // A dateline is short: a long sentence is none, and is not scanned per date in it.
    if !matches!(m.value, MentionValue::Date(_)) || m.sentence.len() > 200 {
        return false;
    }
    let sentence = &text[m.sentence.clone()];
    let date = m.text(text);
    if date.is_empty() {
        return words_with_letters(&sentence.replace(date, " ")).count() <= 2;
    }
    // The words of the sentence with the date written " " wherever it stands are the words
    // of the pieces between: read them in place, and stop at the third.
    (sentence.split(date).flat_map(words_with_letters))
        .take(3)
        .count()
        <= 2
}

/// The pieces of `text` between chars that are not alphanumeric that hold a letter.
fn words_with_letters(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// The quote for a mention: its sentence, or when that is long, the words within
/// `QUOTE_REACH` bytes of the mention.
fn quote_span(m: &Mention, text: &str) -> Range<usize> {
    let s = m.sentence.clone();
    if s.len() <= 3 * QUOTE_REACH {
        return s;
    }
    let floor = |i: usize| {
        (0..=i)
            .rev()
            .find(|&j| text.is_char_boundary(j))
            .unwrap_or(0)
    };
    let lo = floor(m.start.saturating_sub(QUOTE_REACH).max(s.start));
    let hi = floor((m.end + QUOTE_REACH).min(s.end));
    // Whole words only: start after a space, end before one.
    let lo = text[lo..m.start].find(' ').map_or(lo, |i| lo + i + 1);
    let hi = text[m.end..hi].rfind(' ').map_or(hi, |i| m.end + i);
    lo..hi
}

/// How many ids each base has given: the first mention of a base gets `base`, the next
/// ones `base-2`, `base-3`, …. A base ends in `-l` and its line number and a suffixed id
/// in `-` and its count, so no suffixed id is a base or another base's suffixed id: the
/// counts alone keep the ids unique, with one entry per base, not per mention.
///
/// A text's bases all begin with its source's prefix, and the rest, `key-l<line>` (the
/// suggested subject's key or `draft`), splits back into key and line at its last `-l`
/// (the line's digits hold none): so the pair names the base, and counts it without the
/// base being written out first.
///
/// Mentions come line by line (`for_each_mention_dated` gives each the line it is
/// reading, which only grows), so a base of an earlier line is never asked for again:
/// only the current line's counts are kept, under the key alone, and the map stays
/// small (no rehash as the text grows).
#[derive(Default)]
struct Ids<'h> {
    line: usize,
    given: std::collections::HashMap<&'h str, usize, FastHash>,
}

impl<'h> Ids<'h> {
    /// How many times the base of `key` and `line` has been given, this time counted: 1
    /// the first time (the id is the base), `n` the `n`th (the id is `base-n`). `line`
    /// is never less than the last call's.
    fn count(&mut self, key: &'h str, line: usize) -> usize {
        if line != self.line {
            debug_assert!(line > self.line, "mentions come line by line");
            self.given.clear();
            self.line = line;
        }
        let n = self.given.entry(key).or_insert(0);
        *n += 1;
        *n
    }
}

/// Subject suggestions and quotes for a text's drafts, with the last quote's words and
/// text kept: the mentions of one sentence share them.
struct Subjects<'h> {
    index: SubjectIndex<'h>,
    last: Option<Quote>,
}

/// A quote worked out once for all its mentions.
struct Quote {
    span: Range<usize>,
    /// Its words, read when the first of its mentions that some subject may fit needs
    /// them (a text without subjects never reads them): until `read`, the last quote's
    /// lists, kept for their buffers.
    words: QuoteWords,
    read: bool,
    /// The quote as a YAML double-quoted scalar (Markdown markup dropped, as `verify`
    /// reads quotes).
    yaml: String,
}

/// The quote whose span in `text` is `span`, from `last` when it is the same.
fn cached_quote<'q>(last: &'q mut Option<Quote>, span: Range<usize>, text: &str) -> &'q mut Quote {
    if last.as_ref().is_none_or(|q| q.span != span) {
        let yaml = quote(&plain(&text[span.clone()]));
        let words = last.take().map(|q| q.words).unwrap_or_default();
        *last = Some(Quote {
            span,
            words,
            read: false,
            yaml,
        });
    }
    last.get_or_insert_with(|| unreachable!("set above"))
}

/// A quote as `verify` reads it ([`crate::verify::plain_text`]): `text` itself when it
/// has no Markdown markup and no white space but single spaces inside it.
fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    if is_plain(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(crate::verify::plain_text(text))
    }
}

/// Whether `text` has no space at either end, no two spaces in a row, no `*` or `[` and
/// no white space but spaces: one pass over its bytes, eight at a time while they are
/// plain ASCII ([`plain_ascii_chunk`]), else byte by byte with a char decoded only where
/// one that is not ASCII begins (the ASCII white space is tab, line feed, vertical tab,
/// form feed, carriage return and space).
fn is_plain(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        // Eight bytes, and the eight after the first of them (for a space's follower).
        if let Some(chunk) = b[i..].first_chunk::<9>() {
            let x = u64::from_le_bytes(*chunk[..8].first_chunk().expect("eight bytes"));
            let y = u64::from_le_bytes(*chunk[1..].first_chunk().expect("eight bytes"));
            if plain_ascii_chunk(x, y) {
                i += 8;
                continue;
            }
        }
        // The next eight bytes (or the last ones), one at a time.
        for j in i..b.len().min(i + 8) {
            let markup_or_space = match b[j] {
                b'*' | b'[' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
                b' ' => b.get(j + 1) == Some(&b' '),
                0xc0.. => text[j..].chars().next().is_some_and(char::is_whitespace),
                _ => false,
            };
            if markup_or_space {
                return false;
            }
        }
        i += 8;
    }
    true
}

/// Whether the eight bytes of `x` (the first lowest) are all ASCII from the space on,
/// none is `*` or `[`, and no space among them has a space after it, `y` being the eight
/// bytes from the second of `x`'s on: then none of them makes a quote not plain. A
/// `false` only sends the bytes to the byte-by-byte test. Once `x`'s high bits are clear
/// every byte-wise sum below stays within its byte, so each test is exact per byte (but
/// for `y`'s last byte, which may be past ASCII: its test may say "space" wrongly, and
/// that only answers `false`).
#[inline(always)]
fn plain_ascii_chunk(x: u64, y: u64) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    if x & HIGH != 0 {
        return false;
    }
    // The high bit of each byte that is zero.
    let zero = |v: u64| !v.wrapping_add(ONES * 0x7f) & HIGH;
    let control = !(x + ONES * 0x60) & HIGH;
    let star = zero(x ^ (ONES * u64::from(b'*')));
    let bracket = zero(x ^ (ONES * u64::from(b'[')));
    let spaces = zero(x ^ (ONES * 0x20)) & zero(y ^ (ONES * 0x20));
    control | star | bracket | spaces == 0
}

/// Appends one mention's draft claim; `ids` keeps the ids unique. Ids start with the
/// source id when it is known, so drafts of different sources never collide.
fn draft_claim<'h>(
    doc: &mut String,
    text: &str,
    m: &Mention,
    subjects: &mut Subjects<'h>,
    source: Option<&str>,
    ids: &mut Ids<'h>,
) {
    // The subject is suggested from the quote's words: the sentence, or a window of it
    // around the mention when it is long, so one huge sentence costs linear time.
    let span = quote_span(m, text);
    let q = cached_quote(&mut subjects.last, span.clone(), text);
    let index = &subjects.index;
    let suggestion = if index.may_suggest(m) {
        if !q.read {
            index.quote_words_in(&text[span.clone()], &mut q.words);
            q.read = true;
        }
        let words = &q.words;
        // The mention with its quote as its sentence: itself unless the sentence was cut
        // (cloned only then, its unit's strings with it).
        let windowed;
        let in_quote = if span == m.sentence {
            m
        } else {
            windowed = Mention {
                sentence: span.clone(),
                ..m.clone()
            };
            &windowed
        };
        index.suggest_in(in_quote, &text[span], words)
    } else {
        None
    };
    let subject = suggestion.map(|s| s.hint);
    let prefix = source.filter(|s| !s.is_empty());
    let key = subject.map_or("draft", |h| h.key.as_str());
    let n = ids.count(key, m.line);
    let (value, lost_unit) = draft_value(m);
    // The id, `prefix-key-l<line>` and `-n` after the first, escaped a piece at a time
    // (as the whole: `push_escaped`); the joins and digits need no escape.
    doc.push_str("  - id: \"");
    if let Some(p) = prefix {
        push_escaped(doc, p);
        doc.push('-');
    }
    push_escaped(doc, key);
    doc.push_str("-l");
    push_decimal(doc, m.line);
    if n > 1 {
        doc.push('-');
        push_decimal(doc, n);
    }
    doc.push('"');
    match suggestion {
        Some(s) => {
            doc.push_str("\n    subject: ");
            push_quoted(doc, &s.hint.key);
            doc.push_str(" # suggested, confidence ");
            doc.push_str(s.confidence());
            doc.push_str(" (score ");
            push_tenths(doc, s.score);
            doc.push_str(")\n");
        }
        None => {
            doc.push_str("\n    subject: \"\" # TODO: no subject suggested; name one or delete\n")
        }
    }
    doc.push_str("    value: ");
    push_quoted(doc, &value);
    doc.push_str("\n    quote: ");
    doc.push_str(&q.yaml);
    doc.push_str("\n    # line ");
    push_decimal(doc, m.line);
    doc.push_str("; text ");
    push_quoted(doc, m.text(text));
    if lost_unit && let Some(u) = &m.unit {
        doc.push_str("; unit ");
        doc.push_str(&u.name);
    }
    if let Some(c) = m.change {
        doc.push_str("; change ");
        doc.push_str(c.code());
    }
    if let Some(t) = m.total {
        let _ = write!(doc, "; of a total of {t}");
    }
    if matches!(m.value, MentionValue::Date(_)) {
        doc.push_str("; a date");
    }
    doc.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_plain` answers as the four scans it replaces did.
    #[test]
    fn plain_quotes_are_those_without_markup_or_other_white_space() {
        let old = |text: &str| {
            let b = text.as_bytes();
            b.first().is_none_or(|&c| c != b' ')
                && b.last().is_none_or(|&c| c != b' ')
                && !b.windows(2).any(|w| w == b"  ")
                && !text.contains(|c: char| c == '*' || c == '[' || (c.is_whitespace() && c != ' '))
        };
        let mut texts = vec![
            String::new(),
            " ".into(),
            "a  b".into(),
            "plain text, 5 km.".into(),
            "Zürich’s café — 1½ km".into(),
        ];
        for c in [
            '*', '[', '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{2009}',
            '\u{3000}', 'é', '東',
        ] {
            texts.extend([
                format!("a{c}b"),
                format!("{c}ab"),
                format!("ab{c}"),
                format!("a {c}b"),
            ]);
        }
        for t in &texts {
            assert_eq!(is_plain(t), old(t), "{t:?}");
        }
        // Every byte that matters at every place of the eight-byte steps, among plain
        // ASCII and text that is not, and a second space at every distance after a first.
        let fillers = ["a", "é", "’", "\u{a0}", "~", "\u{1}"];
        let specials = [
            "*", "[", "\t", "\n", "\u{b}", "\u{c}", "\r", " ", "  ", "\u{85}", "\u{a0}",
            "\u{3000}", "é", "\u{7f}", "\u{1f}", "!", "]", ")", "+", "Z", "z", "{",
        ];
        for filler in fillers {
            for len in 0..20 {
                for special in specials {
                    for at in 0..=len {
                        for gap in [0, 1, 7, 8, 9] {
                            let mut t = filler.repeat(at);
                            t.push_str(special);
                            t.push_str(&"x".repeat(gap));
                            t.push_str(special);
                            t.push_str(&filler.repeat(len - at));
                            assert_eq!(is_plain(&t), old(&t), "{t:?}");
                            let t = format!("{}{special}", filler.repeat(len));
                            assert_eq!(is_plain(&t), old(&t), "{t:?}");
                        }
                    }
                }
            }
        }
        // Every pair of bytes that are both ASCII, at every offset of a chunk.
        for a in 0u8..0x80 {
            for c in 0u8..0x80 {
                for at in 0..10 {
                    let mut v = vec![b'a'; 12];
                    v[at] = a;
                    v[at + 1] = c;
                    let t = String::from_utf8(v).expect("ASCII");
                    assert_eq!(is_plain(&t), old(&t), "{t:?}");
                }
            }
        }
    }

    /// `Ids` keeps the current line's counts only: mentions come with lines that never
    /// go back, across sentences, lines and the flushes of one overlong line.
    #[test]
    fn mentions_come_line_by_line() {
        let long = "5 tons, 6 km. ".repeat(3000);
        let text = format!("7 tons. 8 km\n\n{long}\n9 tons. 10 km, 11 tons.\n12 km");
        let mut lines = Vec::new();
        crate::extract::for_each_mention(&text, |m| lines.push(m.line));
        assert!(lines.len() > 6000, "{}", lines.len());
        assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    }

    #[test]
    fn draft_ids_are_unique_numbered_per_line_and_source() {
        let text = "Sales were 5 tons, 6 tons and 7 tons.\nThen 8 tons.\nAnd 9 tons, 10 tons.";
        let yaml = yaml_drafts(text, Some("src"), None, &[]);
        let ids: Vec<&str> = yaml
            .lines()
            .filter_map(|l| l.strip_prefix("  - id: "))
            .collect();
        assert_eq!(
            ids,
            [
                "\"src-draft-l1\"",
                "\"src-draft-l1-2\"",
                "\"src-draft-l1-3\"",
                "\"src-draft-l2\"",
                "\"src-draft-l3\"",
                "\"src-draft-l3-2\""
            ]
        );
    }
}
