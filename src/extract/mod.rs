//! Proposes draft claims from article text (issue 5): every quantity mention with its
//! value, unit, qualifier, change, sentence and byte offsets, and a suggested subject.
//!
//! This module owns the extractor: `scan` (one pass: tokens; `scraped_forms` the
//! fullwidth and mojibake forms it reads as plain ones), `sentences` (sentence ends),
//! `parse` (the mention grammar), `lexicon` (word lists), `subject` (subject suggestion),
//! `draft` (claims-file values and YAML drafts) and `jsonl` (JSON lines). It reads the
//! value grammar's number, unit and date helpers from [`crate::value`] and never prints or
//! exits.

mod currencies;
mod draft;
mod jsonl;
pub mod lexicon;
mod number_marks;
mod parse;
mod qualifier_words;
pub mod scan;
mod scraped_forms;
mod sentences;
mod subject;
mod word_forms;
mod word_list;
pub mod words;

pub use draft::{draft_value, write_yaml_drafts, yaml_drafts};
pub use jsonl::{jsonl_line, write_jsonl_line};
pub use subject::{QuoteWords, SubjectHint, SubjectIndex, Suggestion, suggest_subject};

use crate::value::date::Date;
use crate::value::{Qualifier, Unit};
use lexicon::QualCode;
use parse::SentenceReader;
use scan::{Kind, Tok, Tokenizer};
use std::ops::Range;

/// One quantity (or date) mentioned in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// 1-based line of the mention's first byte.
    pub line: usize,
    /// Byte offsets of the mention in the input, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Byte offsets of the sentence holding the mention.
    pub sentence: Range<usize>,
    pub value: MentionValue,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    pub unit: Option<MentionUnit>,
    /// The whole a part is counted against: "162 of Afghanistan's 398 districts" → 398.
    pub total: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MentionValue {
    Number(f64),
    /// Low and high as written ("from 208 pounds to 193" keeps 208 first).
    Range(f64, f64),
    Date(Date),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Up,
    Down,
}

impl Change {
    pub fn code(self) -> &'static str {
        match self {
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

/// A unit as the extractor names it: `name` is a singular English unit name
/// ("kilometre", "percentage", "dollar", "mile per hour") or, for a counted noun, the noun
/// phrase with a singular head ("Russian troop", "district").
#[derive(Debug, Clone, PartialEq)]
pub struct MentionUnit {
    pub name: String,
    pub kind: UnitKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitKind {
    Measure,
    Time,
    Percent,
    /// Money; the ISO 4217 code when one is known, else empty.
    Currency(&'static str),
    /// A counted noun with its singular head noun.
    Count {
        head: String,
    },
    /// A rate ("dollar per barrel").
    Rate,
}

impl MentionUnit {
    /// The unit in the value grammar's terms: the registry unit of that name (any
    /// measure, span of time, currency or the percentage), or the counted noun.
    pub fn to_unit(&self) -> Option<Unit> {
        match &self.kind {
            UnitKind::Percent => Some(Unit::Percent),
            UnitKind::Measure | UnitKind::Time => Unit::named(&self.name),
            // By name first: "penny" is a hundredth of its currency, not the pound.
            UnitKind::Currency(code) => Unit::named(&self.name).or_else(|| {
                let reg = crate::units::registry();
                reg.by_code(code).map(Unit::from_id)
            }),
            UnitKind::Count { head } => Some(Unit::Count(head.clone())),
            UnitKind::Rate => None,
        }
    }
}

impl Mention {
    /// The mention's text in `input`.
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.start..self.end]
    }
}

/// Longest run of tokens handed to the sentence splitter at once: bounds memory on input
/// without line breaks.
const MAX_LINE_TOKENS: usize = 20_000;

/// Calls `f` with every mention in `text`, in order. One pass; memory is bounded by the
/// longest line (or `MAX_LINE_TOKENS` tokens).
pub fn for_each_mention(text: &str, f: impl FnMut(&Mention)) {
    for_each_mention_dated(text, None, f)
}

/// As [`for_each_mention`], with the year to give dates written without one ("Sept. 11")
/// until the text names a full date (the source's publication year, say).
pub fn for_each_mention_dated(text: &str, year: Option<i32>, mut f: impl FnMut(&Mention)) {
    let mut toks: Vec<Tok> = Vec::with_capacity(256);
    let mut low: Vec<(usize, usize)> = Vec::with_capacity(256);
    let mut lowbuf = String::with_capacity(4096);
    let mut line = 1usize;
    let mut year_hint: Option<i32> = year;
    let mut flush = |toks: &mut Vec<Tok>, line: usize, year_hint: &mut Option<i32>| {
        if toks.is_empty() {
            return;
        }
        sentences::split_sentences(text, toks, |a, b| {
            let sent = &toks[a..b];
            let caseless = lower_sentence(text, sent, &mut low, &mut lowbuf);
            let reader = SentenceReader {
                text,
                toks: sent,
                low: &low,
                lowbuf: &lowbuf,
                caseless,
                memo: Default::default(),
            };
            let range = sent[0].start..sent[sent.len() - 1].end;
            reader.read(year_hint, |found| {
                let m = to_mention(sent, &found, line, range.clone());
                f(&m);
            });
        });
        toks.clear();
    };
    for t in Tokenizer::new(text) {
        if t.kind == Kind::Break {
            flush(&mut toks, line, &mut year_hint);
            line += 1;
            continue;
        }
        toks.push(t);
        if toks.len() >= MAX_LINE_TOKENS {
            flush(&mut toks, line, &mut year_hint);
        }
    }
    flush(&mut toks, line, &mut year_hint);
}

/// Lower-cases one sentence's tokens into the reused buffers `lowbuf` and `low` (each
/// token's byte range in `lowbuf`: a word lower-cased, a folded symbol as the symbol it
/// reads as, any other token as written) and
/// says whether the sentence is caseless (no token holds a capital letter).
///
/// The sentence's bytes are copied once and ASCII-lower-cased as a whole: no ASCII
/// letter stands in a number or a symbol token, so every token but a word with a
/// non-ASCII letter has its lower-cased text at its own offset; such a word (and a
/// number in fullwidth digits) is lower-cased char by char at the end of `lowbuf`.
fn lower_sentence(
    text: &str,
    sent: &[Tok],
    low: &mut Vec<(usize, usize)>,
    lowbuf: &mut String,
) -> bool {
    low.clear();
    lowbuf.clear();
    let base = sent[0].start;
    lowbuf.push_str(&text[base..sent[sent.len() - 1].end]);
    let ascii = lowbuf.is_ascii();
    lowbuf.make_ascii_lowercase();
    let caseless = sent.iter().all(|t| {
        let s = &text[t.start..t.end];
        if ascii || s.is_ascii() {
            !s.bytes().any(|c| c.is_ascii_uppercase())
        } else {
            !s.chars().any(char::is_uppercase)
        }
    });
    if ascii {
        low.extend(sent.iter().map(|t| (t.start - base, t.end - base)));
        return caseless;
    }
    // Byte slices and a one-byte test of an ASCII symbol first: no char-boundary checks
    // for the plain tokens of a sentence that is not all ASCII (decision 1421).
    let bytes = text.as_bytes();
    for t in sent {
        match t.kind {
            Kind::Word | Kind::Num if !bytes[t.start..t.end].is_ascii() => {
                // Lower-cased char by char, fullwidth forms and mojibake as their plain
                // forms ("１，２００" is "1,200", "donâ€™t" is "don’t"; decisions 1019, 1020).
                let from = lowbuf.len();
                scraped_forms::fold_lower(&text[t.start..t.end], lowbuf);
                low.push((from, lowbuf.len()));
            }
            Kind::Sym(c)
                if !((c.is_ascii() && bytes[t.start] == c as u8)
                    || text[t.start..t.end].starts_with(c)) =>
            {
                // A typographic variant the tokenizer reads as another symbol ("‐" as "-",
                // "º" after a figure as "°"): its lower-cased text is that symbol (decisions
                // 967, 968).
                let from = lowbuf.len();
                lowbuf.push(c);
                low.push((from, lowbuf.len()));
            }
            _ => low.push((t.start - base, t.end - base)),
        }
    }
    caseless
}

/// Every mention in `text`.
pub fn extract(text: &str) -> Vec<Mention> {
    extract_dated(text, None)
}

/// Every mention in `text`, dates without a year taking `year` until a full date is seen.
pub fn extract_dated(text: &str, year: Option<i32>) -> Vec<Mention> {
    let mut out = Vec::new();
    for_each_mention_dated(text, year, |m| out.push(m.clone()));
    out
}

fn to_mention(sent: &[Tok], f: &parse::Found, line: usize, sentence: Range<usize>) -> Mention {
    let start = sent[f.first].start;
    let end = sent[f.end.max(f.first + 1) - 1].end;
    let value = if let Some(d) = f.date {
        MentionValue::Date(d)
    } else if f.range {
        MentionValue::Range(f.low, f.high)
    } else {
        MentionValue::Number(f.low)
    };
    let qualifier = match f.qual {
        Some(QualCode::Gt) => Qualifier::MoreThan,
        Some(QualCode::Ge) => Qualifier::AtLeast,
        Some(QualCode::UpTo) => Qualifier::UpTo,
        Some(QualCode::Lt) => Qualifier::LessThan,
        Some(QualCode::Le) => Qualifier::AtMost,
        Some(QualCode::Approx) => Qualifier::Approx,
        None if f.range => Qualifier::Range,
        None => Qualifier::Exact,
    };
    let unit = f.unit.as_ref().map(|u| MentionUnit {
        name: u.name.clone(),
        kind: u.class.clone(),
    });
    Mention {
        line,
        start,
        end,
        sentence,
        value,
        qualifier,
        change: f
            .change
            .map(|up| if up { Change::Up } else { Change::Down }),
        unit,
        total: f.total,
    }
}

#[cfg(test)]
mod tests;
