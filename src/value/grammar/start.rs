//! Cheap tests of whether a text can begin a value, for readers that try many spans of a
//! passage (quote verification reads every span of up to eight words): a span whose
//! first word cannot begin a quantity or a date is not parsed at all. Each test is false
//! only where the full parser would fail on every text that begins so; they mirror the
//! first step of `parse_quantity_in` and `parse_date_value`.

use super::read::{PREFIXES, Reader, Tok, Token, tokenize};
use super::{DATE_PREFIXES, Dimension};
use crate::value::Quantity;
use crate::value::date::month_word;
use crate::value::number::{scale_word, small_number_word};
use crate::value::units;

/// Whether a quantity read by `parse_quantity_in(text, dimension)` can begin as `head`
/// does. `head` is the text's start: its first word, and where the text goes on, the four
/// words after it (enough for a currency sign before the number, "U.S. $", "Rs."). False
/// only when the head's first token cannot open a quantity: no qualifier phrase, range
/// word, sign, currency sign, number or number word ("a hundred").
pub fn may_begin_quantity(head: &str, dimension: Option<Dimension>) -> bool {
    match first_word(head) {
        First::Never => false,
        First::Always => true,
        First::Tokens(phrase) => {
            let toks = tokenize(head);
            opens(head, &toks, head.len(), phrase, dimension)
        }
    }
}

/// What the first word of a head says before its tokens are read.
enum First {
    Never,
    Always,
    /// The tokens decide; whether the first word may begin a qualifier phrase.
    Tokens(bool),
}

fn first_word(head: &str) -> First {
    read_first(head).decide(head)
}

/// The first word of a head, read once for heads that begin at the same place
/// ([`Heads::may_begin_quantity_both`]).
struct FirstWord {
    /// `Some` when the word decides alone: no word (false), or a number, a symbol, a
    /// number word or a range word (true).
    verdict: Option<bool>,
    /// Whether the word may begin a qualifier phrase.
    phrase: bool,
    /// Where the word begins in the head (bytes, past white space).
    start: usize,
    /// Where the word's letters and apostrophes end in the head (bytes): a head cut
    /// there or later reads the same word.
    end: usize,
}

impl FirstWord {
    /// [`first_word`]'s answer for `head`, a head that holds this word whole.
    fn decide(&self, head: &str) -> First {
        match self.verdict {
            Some(true) => First::Always,
            Some(false) => First::Never,
            // Any other word opens a quantity only as a currency sign, right before a
            // number.
            None if !self.phrase && !self.may_open_sign(head) => First::Never,
            None => First::Tokens(self.phrase),
        }
    }

    /// Whether a currency sign before a number may begin with this word: the head has a
    /// number, and the sign's first registry token may be the word's, as
    /// `Reader::currency_before` tests the run from the word to the number (that token,
    /// `units::tokenize`'s, is the letters the word begins with, which end within the
    /// word, so the run's and the head's are the same; decision 268).
    fn may_open_sign(&self, head: &str) -> bool {
        if !head.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let word = &head[self.start..];
        let letters = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        units::may_open_sign_before(&word[..letters])
    }
}

fn read_first(head: &str) -> FirstWord {
    let rest = head.trim_start();
    let lead = head.len() - rest.len();
    let decided = |verdict: bool, end: usize| FirstWord {
        verdict: Some(verdict),
        phrase: false,
        start: lead,
        end,
    };
    let Some(c) = rest.chars().next() else {
        return decided(false, lead);
    };
    if !c.is_alphabetic() {
        // A number or a symbol: sign, currency, "~", ">".
        return decided(true, lead + c.len_utf8());
    }
    // The first word as the tokenizer reads it, without an abbreviation's full stop,
    // lower-cased: in a buffer when it is a short ASCII word, as most are. Its letters
    // and apostrophes end where it does (the ASCII word's bytes are one character each,
    // and the character after it is no letter or apostrophe), so they are found once.
    let mut buf = [0_u8; 24];
    let owned: String;
    let (word, len) = match ascii_word(rest, &mut buf) {
        Some(w) => (w, w.len()),
        None => {
            let len = rest
                .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
                .unwrap_or(rest.len());
            owned = rest[..len].to_lowercase();
            (owned.as_str(), len)
        }
    };
    let end = lead + len;
    if small_number_word(word).is_some() || matches!(word, "between" | "from" | "minus") {
        return decided(true, end);
    }
    FirstWord {
        verdict: None,
        phrase: word == "a" || PREFIXES.iter().any(|(p, _)| p[0] == word),
        start: lead,
        end,
    }
}

/// The word `text` begins with (letters and apostrophes), lower-cased into `buf`, when it
/// is all ASCII and fits; `None` otherwise (the caller reads it the long way).
fn ascii_word<'b>(text: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let len = text
        .bytes()
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'\'')
        .count();
    let next = text[len..].chars().next();
    if len > buf.len() || next.is_some_and(|c| c.is_alphabetic() || c == '’') {
        return None;
    }
    for (to, from) in buf.iter_mut().zip(&text.as_bytes()[..len]) {
        *to = from.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// The token test of [`may_begin_quantity`], on the tokens of a head (`toks`, with their
/// offsets in `text`; `end` where the head ends in `text`).
fn opens(
    text: &str,
    toks: &[Token],
    end: usize,
    phrase: bool,
    dimension: Option<Dimension>,
) -> bool {
    let r = Reader {
        text,
        toks,
        pos: 0,
        len: end,
        dimension,
    };
    let whole = |p: &[&str]| p.iter().enumerate().all(|(k, w)| r.word_is(k, w));
    phrase && (PREFIXES.iter().any(|(p, _)| whole(p)) || a_number(toks))
        || r.currency_before(0).is_some()
}

/// A passage tokenized once, for [`may_begin_quantity`] on many heads of it (quote
/// verification tests every word start of a quote): the same answers, without tokenizing
/// each head again.
pub struct Heads<'a> {
    text: &'a str,
    toks: Vec<Token<'a>>,
}

impl<'a> Heads<'a> {
    pub fn new(text: &'a str) -> Heads<'a> {
        Heads {
            text,
            toks: tokenize(text),
        }
    }

    /// `may_begin_quantity(&text[start..end], dimension)`. The head's tokens are those of
    /// the passage between the two offsets, unless a token of the passage crosses one of
    /// them (a number grouped by a no-break space, ".5" trimmed to "5", "approx." cut
    /// before its full stop): then the head is tokenized on its own.
    pub fn may_begin_quantity(
        &self,
        start: usize,
        end: usize,
        dimension: Option<Dimension>,
    ) -> bool {
        let head = &self.text[start..end];
        let phrase = match first_word(head) {
            First::Never => return false,
            First::Always => return true,
            First::Tokens(phrase) => phrase,
        };
        self.opens_at(start, end, phrase, dimension)
    }

    /// `[may_begin_quantity(start, end, dimension) for end in ends]`, the two heads'
    /// first word read once when the shorter head holds it whole (`ends` in order).
    pub fn may_begin_quantity_both(
        &self,
        start: usize,
        ends: [usize; 2],
        dimension: Option<Dimension>,
    ) -> [bool; 2] {
        let first = read_first(&self.text[start..ends[1]]);
        ends.map(|end| {
            if end - start < first.end {
                return self.may_begin_quantity(start, end, dimension);
            }
            match first.decide(&self.text[start..end]) {
                First::Never => false,
                First::Always => true,
                First::Tokens(phrase) => self.opens_at(start, end, phrase, dimension),
            }
        })
    }

    /// The token test of a head whose first word may open a quantity.
    fn opens_at(
        &self,
        start: usize,
        end: usize,
        phrase: bool,
        dimension: Option<Dimension>,
    ) -> bool {
        match self.own_tokens(start, end) {
            Some(toks) => opens(self.text, toks, end, phrase, dimension),
            None => may_begin_quantity(&self.text[start..end], dimension),
        }
    }

    /// `parse_quantity_in(&text[start..end], dimension).ok()`, read over the passage's
    /// tokens when they are the span's own (see [`Heads::may_begin_quantity`]).
    pub fn quantity(
        &self,
        start: usize,
        end: usize,
        dimension: Option<Dimension>,
    ) -> Option<Quantity> {
        match self.own_tokens(start, end) {
            Some(toks) => super::read_quantity(&self.text[..end], toks, dimension).ok(),
            None => super::parse_quantity_in(&self.text[start..end], dimension).ok(),
        }
    }

    /// The passage's tokens between two offsets, when none crosses either: then they are
    /// the tokens of the text between them (a token is read from its start on, and none
    /// looks past its own end but a word at a full stop, which then crosses `end`).
    fn own_tokens(&self, start: usize, end: usize) -> Option<&[Token<'_>]> {
        let first = self.toks.partition_point(|t| t.start < start);
        let past = self.toks.partition_point(|t| t.start < end);
        let aligned = self.toks.get(first).is_some_and(|t| t.start == start)
            && past > first
            && self.toks[past - 1].end <= end;
        aligned.then(|| &self.toks[first..past])
    }
}

/// Whether "a" opens a number ("a hundred", "a million"): the next word, past hyphens, is
/// "hundred" or a scale word.
fn a_number(toks: &[Token]) -> bool {
    let next = toks[1..].iter().find(|t| !matches!(t.tok, Tok::Sym('-')));
    match next.map(|t| &t.tok) {
        Some(Tok::Word(w)) => [&**w, w.trim_end_matches('.')]
            .iter()
            .any(|w| *w == "hundred" || scale_word(w).is_some()),
        _ => false,
    }
}

/// Whether a date read by `parse_date_value(text)` can begin as `head` does (`head` holds
/// at least the text's first word): a range or qualifier word, an ISO date, a month name,
/// or a day or year number.
pub fn may_begin_date(head: &str) -> bool {
    let Some(first) = head
        .split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())
    else {
        return false;
    };
    let w = first.to_lowercase();
    w == "between"
        || w == "from"
        || DATE_PREFIXES.iter().any(|(phrase, _)| phrase[0] == w)
        || w.contains('-')
        || w.starts_with(|c: char| c.is_ascii_digit())
        || month_word(&w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_begin_quantity` before decision 268: a word that may begin no qualifier
    /// phrase, in a head with a number, went to the token test whatever the word.
    fn may_begin_quantity_before(head: &str, dimension: Option<Dimension>) -> bool {
        let first = read_first(head);
        match first.verdict {
            Some(verdict) => verdict,
            None if !first.phrase && !head.bytes().any(|b| b.is_ascii_digit()) => false,
            None => opens(head, &tokenize(head), head.len(), first.phrase, dimension),
        }
    }

    fn agrees(head: &str) -> Result<(), String> {
        let dimensions = Dimension::all().into_iter().map(Some).chain([None]);
        for d in dimensions {
            let (now, before) = (
                may_begin_quantity(head, d),
                may_begin_quantity_before(head, d),
            );
            if now != before {
                return Err(format!("{d:?}: {head:?}: {now} vs {before}"));
            }
        }
        Ok(())
    }

    #[test]
    fn a_word_that_opens_no_sign_begins_no_quantity_as_before() {
        for head in [
            "US$ 5",
            "U.S. $12",
            "Rs. 400",
            "Rs.5",
            "USD 1.2",
            "A$ 5",
            "A.U.D. 12",
            "RM 3",
            "stood at 32%",
            "dollars 5",
            "US 5",
            "usd5",
            "Über 4",
            "café 9",
            "ten’ 5",
            "over’s 3",
            "Sfr 5",
            "EUR 3",
            "euro 3",
            "in 2021",
            "the $5",
            "£5",
        ] {
            agrees(head).unwrap();
        }
    }

    proptest::proptest! {
        /// Heads of currency words and codes in any case, other words, numbers, signs
        /// and punctuation, glued or apart.
        #[test]
        fn may_begin_quantity_is_as_before(
            pieces in proptest::collection::vec(0..22_usize, 1..7),
            glue in proptest::collection::vec(proptest::bool::ANY, 7),
        ) {
            const PIECES: [&str; 22] = [
                "US", "us", "U.S.", "$", "Rs", ".", "USD", "usd", "A", "AUD", "rupees",
                "dollars", "5", "1,400", "stood", "at", "’s", "Über", "€", "RM", "in", "'",
            ];
            let mut head = String::new();
            for (i, &p) in pieces.iter().enumerate() {
                if i > 0 && !glue[i] {
                    head.push(' ');
                }
                head.push_str(PIECES[p]);
            }
            let agreed = agrees(&head);
            proptest::prop_assert!(agreed.is_ok(), "{:?}", agreed);
        }

        #[test]
        fn may_begin_quantity_of_any_text_is_as_before(head in "\\PC{0,24}") {
            let agreed = agrees(&head);
            proptest::prop_assert!(agreed.is_ok(), "{:?}", agreed);
        }
    }
}
