//! The reading machinery of the value grammar: the tokenizer, the cursor over tokens, the
//! qualifier words, and the readers of one amount ("$1.3 million"), a unit, a leading
//! qualifier and a trailing one ("or more").

use std::borrow::Cow;

use super::{QUANTITY_HINT, ValueError};
use crate::value::Qualifier;
use crate::value::number::{self, Decimal, MAX_MAGNITUDE};
use crate::value::units::{self, Dimension, Unit};

/// A token of the value grammar. A word is lower-cased: borrowed from the text when it
/// already is (no upper-case letter, all ASCII), so most words cost no allocation.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok<'a> {
    Num(Decimal),
    Word(Cow<'a, str>),
    Sym(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) tok: Tok<'a>,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A word of the text lower-cased: the text itself when that changes nothing (ASCII
/// without a capital), else `str::to_lowercase`'s answer.
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    // About one token in four bytes or fewer: most texts fill the vector once.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            let (d, used) = number::scan_digits(rest).unwrap_or((Decimal::from_integer(0), 1));
            out.push(Token {
                tok: Tok::Num(d),
                start: i,
                end: i + used,
            });
            i += used;
        } else if c == '.' && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            let (mut d, used) =
                number::scan_digits(&rest[1..]).unwrap_or((Decimal::from_integer(0), 0));
            d.exponent -= d.digits.len() as i32;
            out.push(Token {
                tok: Tok::Num(d),
                start: i,
                end: i + 1 + used,
            });
            i += 1 + used;
        } else if c.is_alphabetic() {
            let len: usize = rest
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
                .map(char::len_utf8)
                .sum();
            let mut end = i + len;
            // An abbreviation's full stop ("approx.", "Sept.") belongs to the word.
            if text[end..].starts_with('.')
                && !text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                end += 1;
            }
            out.push(Token {
                tok: Tok::Word(lower(&text[i..i + len])),
                start: i,
                end,
            });
            i = end;
        } else {
            out.push(Token {
                tok: Tok::Sym(c),
                start: i,
                end: i + c.len_utf8(),
            });
            i += c.len_utf8();
        }
    }
    out
}

/// Qualifier phrases that may open a quantity, longest first within each group.
pub(super) const PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["at", "most"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["just", "short", "of"], Qualifier::Nearly),
    (&["just", "shy", "of"], Qualifier::Nearly),
    (&["just", "below"], Qualifier::Nearly),
    (&["just", "over"], Qualifier::JustOver),
    (&["just", "above"], Qualifier::JustOver),
    (&["just", "more", "than"], Qualifier::JustOver),
    (&["circa"], Qualifier::Approx),
    (&["ca"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
];

const SYMBOL_PREFIXES: &[(char, Qualifier)] = &[
    ('~', Qualifier::Approx),
    ('≈', Qualifier::Approx),
    ('>', Qualifier::MoreThan),
    ('≥', Qualifier::AtLeast),
    ('<', Qualifier::LessThan),
    ('≤', Qualifier::AtMost),
];

/// Qualifier phrases that may close a quantity ("1,000 or more").
const SUFFIXES: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast),
    (&["or", "so"], Qualifier::Approx),
    (&["or", "less"], Qualifier::AtMost),
    (&["or", "fewer"], Qualifier::AtMost),
];

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token<'a>],
    pub(super) pos: usize,
    pub(super) len: usize,
    /// The subject's dimension, when known: its units (and their contextual spellings,
    /// such as "pounds" for money) are read first.
    pub(super) dimension: Option<Dimension>,
}

impl Reader<'_> {
    pub(super) fn peek(&self) -> Option<&Tok<'_>> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    pub(super) fn peek_at(&self, k: usize) -> Option<&Tok<'_>> {
        self.toks.get(self.pos + k).map(|t| &t.tok)
    }

    pub(super) fn offset(&self) -> usize {
        self.toks.get(self.pos).map_or(self.len, |t| t.start)
    }

    pub(super) fn word_is(&self, k: usize, w: &str) -> bool {
        matches!(self.peek_at(k), Some(Tok::Word(x)) if x.trim_end_matches('.') == w)
    }

    pub(super) fn sym_is(&self, k: usize, set: &[char]) -> bool {
        matches!(self.peek_at(k), Some(Tok::Sym(c)) if set.contains(c))
    }

    pub(super) fn starts_number(&self, k: usize) -> bool {
        match self.peek_at(k) {
            Some(Tok::Num(_)) => true,
            Some(Tok::Word(w)) => number::small_number_word(w).is_some() || w == "a",
            Some(Tok::Sym(_)) => self.currency_before(self.pos + k).is_some(),
            None => false,
        }
    }

    /// Whether a phrase of words stands at the cursor.
    fn phrase_is(&self, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.word_is(k, w))
    }

    /// The first of `phrases` that stands at the cursor, with its qualifier. Every phrase
    /// begins with a word, so only those whose first word is the cursor's are tried: the
    /// answer [`Reader::eat_phrase`] tried in order would give, the cursor's word read once.
    fn phrase_among(&self, phrases: &[(&[&str], Qualifier)]) -> Option<(usize, Qualifier)> {
        let Some(Tok::Word(w)) = self.peek() else {
            return None;
        };
        let first = w.trim_end_matches('.');
        (phrases.iter())
            .find(|(p, _)| p[0] == first && self.phrase_is(p))
            .map(|(p, q)| (p.len(), *q))
    }

    /// Matches a phrase of words at the cursor and moves past it.
    pub(super) fn eat_phrase(&mut self, phrase: &[&str]) -> bool {
        if self.phrase_is(phrase) {
            self.pos += phrase.len();
            true
        } else {
            false
        }
    }
}

/// One side of a quantity: a number with the scale, currency and unit written beside it.
#[derive(Debug, Default)]
pub(super) struct Amount {
    pub(super) decimal: Option<Decimal>,
    pub(super) scale: Option<i32>,
    pub(super) currency: Option<String>,
    pub(super) negative: bool,
    pub(super) start: usize,
    /// The smaller parts of a compound value, in the first part's unit ("9 in" of
    /// "882 ft 9 in" is 0.75).
    pub(super) extra: f64,
}

impl Amount {
    pub(super) fn value(&self, scale: Option<i32>) -> Result<f64, ValueError> {
        let power = scale.unwrap_or(0);
        let v = match &self.decimal {
            Some(d) => d.scaled_to_f64(power),
            None => Decimal::from_integer(0).scaled_to_f64(power),
        };
        let v = v.filter(|v| v.abs() <= MAX_MAGNITUDE).ok_or_else(|| {
            ValueError::at(self.start, "number out of range")
                .hint("figures are limited to ±10^15; check for a typo or extra digits")
        })?;
        Ok(if self.negative { -v } else { v })
    }

    pub(super) fn raw(&self) -> f64 {
        self.decimal
            .as_ref()
            .and_then(Decimal::to_f64)
            .unwrap_or(0.0)
    }
}

pub(super) fn read_amount(r: &mut Reader) -> Result<Amount, ValueError> {
    let mut a = Amount {
        start: r.offset(),
        ..Amount::default()
    };
    if r.sym_is(0, &['-', '−']) || r.word_is(0, "minus") {
        a.negative = true;
        r.pos += 1;
    }
    // Currency before the number: "$", "US$", "USD", "€".
    if let Some((code, num)) = r.currency_before(r.pos) {
        a.currency = Some(code);
        r.pos = num;
    }
    match r.peek().cloned() {
        Some(Tok::Num(d)) => {
            a.decimal = Some(d);
            r.pos += 1;
        }
        Some(Tok::Word(_)) => {
            // Hyphens join number words ("sixty-two"); read them as separate words.
            let plain: Vec<&str> = r.toks[r.pos..]
                .iter()
                .map_while(|t| match &t.tok {
                    Tok::Word(w) => Some(Some(&**w)),
                    Tok::Sym('-') => Some(None),
                    _ => None,
                })
                .flatten()
                .collect();
            let (n, used) = number::read_number_words(&plain)
                .and_then(|(n, used)| Some((u64::try_from(n).ok()?, used)))
                .ok_or_else(|| {
                    ValueError::at(r.offset(), "expected a number here").hint(QUANTITY_HINT)
                })?;
            // Move past `used` plain words and the hyphens among them.
            let mut seen = 0;
            while seen < used {
                if !matches!(r.peek(), Some(Tok::Sym('-'))) {
                    seen += 1;
                }
                r.pos += 1;
            }
            a.decimal = Some(Decimal::from_integer(n));
        }
        _ => {
            return Err(ValueError::at(r.offset(), "expected a number here").hint(QUANTITY_HINT));
        }
    }
    // Scale: "1.3 thousand", "$1.1m", "$2bn".
    if let Some(Tok::Word(w)) = r.peek() {
        let short = match &**w {
            "m" if a.currency.is_some() => Some(6),
            "k" => Some(3),
            _ => None,
        };
        if let Some(p) = number::scale_word(w).or(short) {
            a.scale = Some(p);
            r.pos += 1;
        }
    }
    Ok(a)
}

/// Reads the unit after the amount(s): a symbol, a unit word, a currency word, or the
/// words of a counted noun phrase (its last word is the noun).
pub(super) fn read_unit(r: &mut Reader) -> Result<Option<Unit>, ValueError> {
    let touching = r.pos > 0
        && r.toks
            .get(r.pos)
            .is_some_and(|t| t.start == r.toks[r.pos - 1].end);
    // "1,400-kilometer border": the hyphen joins number and unit.
    if r.sym_is(0, &['-']) && matches!(r.peek_at(1), Some(Tok::Word(_))) {
        r.pos += 1;
    }
    if r.peek().is_none() {
        return Ok(None);
    }
    if let Some(unit) = r.registry_unit(touching) {
        return Ok(Some(unit));
    }
    if !matches!(r.peek(), Some(Tok::Word(_))) {
        return Ok(None);
    }
    // A counted noun phrase: every remaining word up to a closing qualifier; the last word
    // is the noun.
    let start = r.offset();
    let mut noun = None;
    while let Some(t) = r.toks.get(r.pos) {
        if r.phrase_among(SUFFIXES).is_some() {
            break;
        }
        match &t.tok {
            Tok::Word(w)
                if w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’') =>
            {
                noun = Some(w.clone());
                r.pos += 1;
            }
            Tok::Sym('-') if matches!(r.peek_at(1), Some(Tok::Word(_))) => r.pos += 1,
            _ => break,
        }
    }
    match noun.map(|n| units::singular(&n)) {
        // A noun that reads as a scale or unit word once singular ("bns") would change
        // meaning when written back; refuse it rather than guess.
        Some(n)
            if number::scale_word(&n).is_some()
                || units::unit_after(&[n.as_str()], false, None).is_some()
                || n == "k" =>
        {
            Err(ValueError::at(
                start,
                format!("\"{n}\" is not a unit or a counted noun crosscheck can read"),
            )
            .hint(QUANTITY_HINT))
        }
        other => Ok(other.map(Unit::Count)),
    }
}

/// Reads a closing qualifier at the cursor: "or more", "or so", a "+" after the number.
pub(super) fn read_suffix(r: &mut Reader) -> Option<(Qualifier, usize)> {
    let at = r.offset();
    if let Some((len, q)) = r.phrase_among(SUFFIXES) {
        r.pos += len;
        return Some((q, at));
    }
    if r.sym_is(0, &['+']) {
        r.pos += 1;
        return Some((Qualifier::AtLeast, at));
    }
    None
}

pub(super) fn read_prefix(r: &mut Reader) -> Option<Qualifier> {
    // "some" and "about" only qualify when a number follows ("some 18 thousand").
    if let Some((len, q)) = r.phrase_among(PREFIXES) {
        r.pos += len;
        return Some(q);
    }
    if let Some(Tok::Sym(c)) = r.peek() {
        let c = *c;
        if let Some((_, q)) = SYMBOL_PREFIXES.iter().find(|(s, _)| *s == c) {
            r.pos += 1;
            // ">=" and "<=" spelled with two characters.
            if r.sym_is(0, &['=']) {
                r.pos += 1;
                return Some(match q {
                    Qualifier::MoreThan => Qualifier::AtLeast,
                    Qualifier::LessThan => Qualifier::AtMost,
                    other => *other,
                });
            }
            return Some(*q);
        }
    }
    None
}
