//! The single pass over the input: a tokenizer (numbers, words, symbols, line breaks) and
//! a number token's value. The sentence splitter that hands each sentence's tokens to the
//! mention reader is `sentences.rs`. Nothing here allocates per token; the token buffer and
//! the lower-case buffer are reused.

use super::scraped_forms;
use crate::value::number;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Digits with separators and a decimal part ("1,400", "1.3", ".001").
    Num,
    /// Letters, with inner apostrophes ("Afghanistan's").
    Word,
    /// Any other visible character.
    Sym(char),
    /// A line break (never stored in a sentence).
    Break,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Whether whitespace (or the start of the line) stands right before the token.
    pub space: bool,
}

/// A tokenizer over the whole input.
pub struct Tokenizer<'a> {
    text: &'a str,
    pos: usize,
    space: bool,
}

impl<'a> Tokenizer<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokenizer {
            text,
            pos: 0,
            space: true,
        }
    }

    fn skip_url(&mut self) -> bool {
        let rest = &self.text.as_bytes()[self.pos..];
        let is_url = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || (rest.starts_with(b"www.") && self.space);
        if is_url {
            while self.pos < self.text.len() {
                let b = self.text.as_bytes()[self.pos];
                if b.is_ascii_whitespace() || b == b')' || b == b']' || b == b'>' {
                    break;
                }
                self.pos += 1;
            }
            // Stay on a char boundary (URLs may hold non-ASCII text).
            while !self.text.is_char_boundary(self.pos) {
                self.pos += 1;
            }
        }
        is_url
    }
}

impl Tokenizer<'_> {
    /// A token of a form scraped pages write figures in (`scraped_forms.rs`): a number in
    /// fullwidth digits (decision 1019), or mojibake of a sign (decision 1020) read as the
    /// sign it stands for ("Â£" is a "£" token, "â€“" an en dash; "Â " is a space). The
    /// token keeps its own bytes. `None` when `ch` at `start` begins no such form; a
    /// mojibake letter ("Âµ") is left to the word it stands in.
    #[cold]
    #[inline(never)]
    fn scraped_form(&mut self, start: usize, ch: char, space: bool) -> Option<Option<Tok>> {
        let rest = &self.text[start..];
        if scraped_forms::is_fullwidth_digit(ch) {
            self.pos = start + scraped_forms::fullwidth_number_len(rest, digits_len);
            return Some(Some(Tok {
                kind: Kind::Num,
                start,
                end: self.pos,
                space,
            }));
        }
        let (m, len) = scraped_forms::mojibake(rest).filter(|(m, _)| !m.is_alphabetic())?;
        self.pos = start + len;
        if m.is_whitespace() {
            self.space = true;
            return Some(self.next());
        }
        Some(Some(Tok {
            kind: Kind::Sym(typographic_sym(m)),
            start,
            end: self.pos,
            space,
        }))
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let b = self.text.as_bytes();
        loop {
            if self.pos >= b.len() {
                return None;
            }
            let c = b[self.pos];
            if c == b'\n' {
                let start = self.pos;
                self.pos += 1;
                self.space = true;
                return Some(Tok {
                    kind: Kind::Break,
                    start,
                    end: start + 1,
                    space: true,
                });
            }
            if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0b || c == 0x0c {
                self.pos += 1;
                self.space = true;
                continue;
            }
            if (c == b'h' || c == b'w') && self.skip_url() {
                self.space = false;
                continue;
            }
            break;
        }
        let start = self.pos;
        let space = std::mem::replace(&mut self.space, false);
        let c = b[start];
        if c.is_ascii_digit()
            || (c == b'.'
                && b.get(start + 1).is_some_and(u8::is_ascii_digit)
                && (space
                    || self.text[..start]
                        .chars()
                        .next_back()
                        .is_some_and(sign_symbol)))
        {
            let from = if c == b'.' { start + 1 } else { start };
            let len = digits_len(&self.text[from..]);
            self.pos = from + len;
            return Some(Tok {
                kind: Kind::Num,
                start,
                end: self.pos,
                space,
            });
        }
        // An ASCII letter begins a word with no char to decode.
        if c.is_ascii_alphabetic() {
            self.pos = word_end(self.text, start);
            return Some(Tok {
                kind: Kind::Word,
                start,
                end: self.pos,
                space,
            });
        }
        if c >= 0x80 {
            let ch = self.text[start..].chars().next().unwrap_or(' ');
            // Fullwidth forms begin with 0xEF, the mojibake leads "Â" and "â" with 0xC3.
            if (c == 0xef || c == 0xc3)
                && let Some(tok) = self.scraped_form(start, ch, space)
            {
                return tok;
            }
            if ch == 'º' && self.text[..start].ends_with(|c: char| c.is_ascii_digit()) {
                // "28º C", "20ºC": the masculine ordinal glued to a figure is the degree
                // sign pages type for "°" (decision 967).
                self.pos += ch.len_utf8();
                return Some(Tok {
                    kind: Kind::Sym('°'),
                    start,
                    end: self.pos,
                    space,
                });
            }
            if !is_typographic_punctuation(ch) && ch.is_alphabetic() {
                let i = word_end(self.text, start);
                self.pos = i;
                return Some(Tok {
                    kind: Kind::Word,
                    start,
                    end: i,
                    space,
                });
            }
            if !is_typographic_punctuation(ch) && ch.is_whitespace() {
                self.pos += ch.len_utf8();
                self.space = true;
                return self.next();
            }
            self.pos += ch.len_utf8();
            return Some(Tok {
                kind: Kind::Sym(typographic_sym(ch)),
                start,
                end: self.pos,
                space,
            });
        }
        self.pos += 1;
        Some(Tok {
            kind: Kind::Sym(c as char),
            start,
            end: self.pos,
            space,
        })
    }
}

/// The end of the word starting at `start`: letters, with an apostrophe (`'` or `’`)
/// inside when a letter follows it. ASCII letters are stepped over byte by byte.
#[inline(always)]
fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut k = start;
    loop {
        k += ascii_letters_len(&b[k..]);
        // Any other ASCII byte but an apostrophe ends the word, with no char to decode.
        if k < b.len() && b[k].is_ascii() && b[k] != b'\'' {
            return k;
        }
        let Some(ch) = text[k..].chars().next() else {
            return k;
        };
        // Mojibake of a sign reads as the sign (decision 1020): "COâ‚‚" is "CO" and "₂".
        let (c, len) = scraped_forms::mojibake(&text[k..])
            .filter(|(m, _)| !m.is_alphabetic())
            .unwrap_or((ch, ch.len_utf8()));
        if !is_typographic_punctuation(c) && c.is_alphabetic() {
            k += len;
            continue;
        }
        // An apostrophe, plain or mojibake ("donâ€™t"), stays inside a word before a letter.
        if (c == '\'' || c == '’')
            && text[k + len..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            k += len;
            continue;
        }
        return k;
    }
}

/// The number of ASCII letters at the front of `b` (decision 1420): `b"Afghanistan's"`
/// gives 11.
#[inline(always)]
fn ascii_letters_len(b: &[u8]) -> usize {
    ascii_run_len::<false>(b)
}

/// The number of ASCII letters, and digits too when `DIGITS`, at the front of `b`, eight
/// bytes at a time (decision 1420; the quote runs of `subject` read letters and digits,
/// decision 1422). With bit 5 set (lower case) a letter lies from `a` to `z`; a digit lies
/// from `0` to `9` as it is; a byte with its high bit set is neither. Each bound is one
/// byte-wise addition on the bytes' low seven bits, which cannot carry into the next byte.
#[inline(always)]
pub(super) fn ascii_run_len<const DIGITS: bool>(b: &[u8]) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte whose low seven bits are at least `n` (n <= 0x80).
    let from = |low: u64, n: u8| (low + (0x80 - u64::from(n)) * ONES) & HIGH;
    let mut k = 0;
    while let Some(chunk) = b[k..].first_chunk::<8>() {
        let x = u64::from_le_bytes(*chunk);
        let low = x & !HIGH;
        let lower = low | (0x20 * ONES);
        let mut kept = from(lower, b'a') & !from(lower, b'z' + 1);
        if DIGITS {
            kept |= from(low, b'0') & !from(low, b'9' + 1);
        }
        let others = !(kept & !x) & HIGH;
        if others != 0 {
            return k + (others.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    k + b[k..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || (DIGITS && c.is_ascii_digit()))
        .count()
}

/// Whether `ch` is one of the dashes, quotation marks, bullets and dots of U+2010 to
/// U+2027 ("–", "’", "“", "•", "…"), which news text writes often: none is a letter or
/// white space, so `char::is_alphabetic` and `char::is_whitespace` (a table search for
/// each char that is not ASCII) need not be asked. Only a shortcut: `'’'` gives `true`,
/// and then both answers are `false` as the tables say.
#[inline(always)]
fn is_typographic_punctuation(ch: char) -> bool {
    ('\u{2010}'..='\u{2027}').contains(&ch)
}

/// The symbol a token of `ch` reads as: the hyphen U+2010, the non-breaking hyphen
/// U+2011 and the figure dash U+2012 that pages print in "6‐8 weeks", "‑9 °C", "8‒10 km"
/// read as the hyphen-minus (decision 968); the token keeps its own text. Every other
/// symbol is itself.
fn typographic_sym(ch: char) -> char {
    match ch {
        '\u{2010}' | '\u{2011}' | '\u{2012}' => '-',
        // Fullwidth signs ("％", "，", "－", "＄") are their ASCII forms (decision 1019).
        _ => scraped_forms::fullwidth_plain(ch),
    }
}

/// Bytes used by the number at the front of `s` (digits, well-placed separators, decimals).
#[inline(always)]
fn digits_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if let Some(len) = number::indian_grouping_len(&s[i..], i) {
        i += len;
    } else if i <= 3 {
        loop {
            let sep = number::separator_len(&s[i..]);
            if sep == 0 {
                break;
            }
            let group = b[i + sep..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if group != 3 {
                break;
            }
            i += sep + 3;
        }
    }
    let point = number::decimal_point_len(&s[i..]);
    if point > 0 {
        i += point;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

/// Whether `ch` is a currency sign written as one symbol ("$", "£", "€"): a decimal point
/// right after it begins a sum ("$.76" is 0.76 dollars, decision 436), as one after a
/// space does (".5 percent").
fn sign_symbol(ch: char) -> bool {
    static SIGNS: OnceLock<Vec<char>> = OnceLock::new();
    SIGNS
        .get_or_init(|| {
            let mut signs: Vec<char> = super::currencies::currency_prefix_index()
                .iter()
                .filter_map(|e| {
                    let mut chars = e.last.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) if !c.is_alphanumeric() => Some(c),
                        _ => None,
                    }
                })
                .collect();
            signs.sort_unstable();
            signs.dedup();
            signs
        })
        .contains(&ch)
}

/// The value of a number token's text ("1,400" → 1400, ".5" → 0.5).
pub fn num_value(text: &str) -> Option<f64> {
    let t = text.strip_prefix('.');
    let (d, _) = match t {
        Some(rest) => {
            let (d, used) = number::scan_digits(&format!("0.{rest}"))?;
            (d, used)
        }
        None => number::scan_digits(text)?,
    };
    d.to_f64()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, &str)> {
        Tokenizer::new(s)
            .map(|t| (t.kind, &s[t.start..t.end]))
            .collect()
    }

    #[test]
    fn tokens() {
        let k = kinds("the 1,400-kilometer border, $1.1m and Afghanistan's .5");
        let texts: Vec<&str> = k.iter().map(|(_, t)| *t).collect();
        assert_eq!(
            texts,
            [
                "the",
                "1,400",
                "-",
                "kilometer",
                "border",
                ",",
                "$",
                "1.1",
                "m",
                "and",
                "Afghanistan's",
                ".5"
            ]
        );
        assert_eq!(k[1].0, Kind::Num);
        assert_eq!(k[11].0, Kind::Num);
        assert_eq!(num_value(".5"), Some(0.5));
        assert_eq!(num_value("1,400"), Some(1400.0));
    }

    #[test]
    fn typographic_punctuation_is_no_letter_and_no_space() {
        for ch in '\u{2000}'..='\u{2030}' {
            if is_typographic_punctuation(ch) {
                assert!(!ch.is_alphabetic() && !ch.is_whitespace(), "{ch:?}");
            }
        }
        assert!(is_typographic_punctuation('’') && is_typographic_punctuation('–'));
        assert!(!is_typographic_punctuation('\u{2028}') && !is_typographic_punctuation('a'));
    }

    #[test]
    fn ascii_letters_are_counted_as_byte_by_byte() {
        let slow = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        for byte in 0..=255u8 {
            for at in 0..20 {
                let mut b = b"AbcdefghijklmnopqrstuvwxyZ".to_vec();
                b[at] = byte;
                for end in at..b.len() {
                    assert_eq!(ascii_letters_len(&b[..end]), slow(&b[..end]), "{byte} {at}");
                }
            }
        }
        assert_eq!(ascii_letters_len(b"Afghanistan's"), 11);
    }

    #[test]
    fn urls_are_skipped() {
        let k = kinds("see https://example.com/2021/07/08 now");
        let texts: Vec<&str> = k.iter().map(|(_, t)| *t).collect();
        assert_eq!(texts, ["see", "now"]);
    }
}
