//! What the mention reader asks of one token of its sentence: its raw and lower-cased
//! text, its kind, whether it is glued to the one before, capitals, a month name, a
//! space-separated word pattern matched at it, and a word the whole sentence has (kept in
//! [`SentenceMemo`](super::SentenceMemo)). Moved out of `parse/mod.rs`, which keeps the
//! mention, unit and amount types and the sentence reader's fields.

use super::*;

fn is_upper_initial(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> SentenceReader<'a> {
    /// Whether some word of the sentence passes `pred`, found on first use and kept in
    /// `cell` (a field of [`SentenceMemo`]) so a sentence of many figures is read once.
    pub(super) fn sentence_has_word(
        &self,
        cell: &std::cell::OnceCell<bool>,
        pred: impl Fn(&str) -> bool,
    ) -> bool {
        *cell.get_or_init(|| (0..self.n()).any(|k| self.is_word(k) && pred(self.low(k))))
    }

    pub(super) fn n(&self) -> usize {
        self.toks.len()
    }

    /// The token's text as written; a number's and a symbol's in the plain form the
    /// tokenizer reads them as ("１，２００" is "1,200", "％" is "%", "Â£" is "£";
    /// decisions 1019, 1020), the same bytes for every ASCII number or symbol.
    #[inline(always)]
    pub(super) fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if matches!(t.kind, Kind::Word) => &self.text[t.start..t.end],
            Some(_) => {
                let (a, b) = self.low[i];
                &self.lowbuf[a..b]
            }
            None => "",
        }
    }

    /// Lower-cased text of a word, or the raw text of other tokens.
    #[inline]
    pub(super) fn low(&self, i: usize) -> &'a str {
        if i >= self.n() {
            return "";
        }
        let (a, b) = self.low[i];
        &self.lowbuf[a..b]
    }

    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Whether the word at `i` is a possessive: "Britain's", "Tesco’s".
    pub(super) fn is_possessive(&self, i: usize) -> bool {
        let w = self.low(i);
        w.ends_with("'s") || w.ends_with("’s")
    }

    /// Token `i` is a plain number of one to three digits: a citation mark, or the first
    /// group of thousands grouped by spaces, apostrophes or commas and spaces.
    pub(super) fn short_digits(&self, i: usize) -> bool {
        let r = self.raw(i);
        (1..=3).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_digit())
    }

    pub(super) fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    pub(super) fn is_sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Sym(c))
    }

    /// Whether the token at `i` joins the sides of a dimension: "×", or the word "x" or
    /// "by" as written ("12 x 14 feet", "10′ by 12′", "24\" x 36\"").
    pub(super) fn is_side_joiner(&self, i: usize) -> bool {
        self.is_sym(i, '×') || (matches!(self.raw(i), "x" | "by") && self.is_word(i))
    }

    /// Whether the token at `i` is a hyphen or an en dash, the two marks of a range.
    pub(super) fn is_dash(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Sym('-' | '–')))
    }

    /// Whether the token at `i` is a figure: digits or a simple number word
    /// ("12", "twelve", "twenty").
    pub(super) fn is_figure(&self, i: usize) -> bool {
        self.is_num(i) || number::small_number_word(self.low(i)).is_some()
    }

    /// Whether the token at `i` is a minus sign: the hyphen-minus or the typographic
    /// minus U+2212 ("−36%", "(−12.3%)") that statistics offices print (decision 938).
    pub(super) fn is_minus(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Sym('-' | '−')))
    }

    pub(super) fn attached(&self, i: usize) -> bool {
        i < self.n() && !self.toks[i].space
    }

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && is_upper_initial(self.raw(i))
    }

    pub(super) fn has_upper(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().any(char::is_uppercase)
    }

    pub(super) fn month_at(&self, i: usize) -> Option<u8> {
        if !self.capitalised(i) {
            // In caseless text a full month name other than "may" still is one.
            let w = self.low(i);
            if self.caseless && self.is_word(i) && w.len() > 3 && w != "may" {
                return date::month_word(w);
            }
            return None;
        }
        date::month_word(self.raw(i))
    }

    /// Matches a space-separated token pattern at `at`; returns tokens used.
    pub(super) fn match_pattern(&self, at: usize, pattern: &str, exact: bool) -> Option<usize> {
        if self.first_byte_differs(at, pattern, exact) {
            return None;
        }
        let mut k = at;
        for p in pattern.split(' ') {
            if k >= self.n() {
                return None;
            }
            let ok = match self.toks[k].kind {
                Kind::Sym(c) => p.chars().count() == 1 && p.starts_with(c),
                Kind::Word | Kind::Num => {
                    if exact {
                        self.raw(k) == p
                    } else {
                        self.low(k) == p
                    }
                }
                Kind::Break => false,
            };
            if !ok {
                return None;
            }
            k += 1;
        }
        Some(k - at)
    }

    /// A quick reject for [`Self::match_pattern`]: token `at` does not begin with the
    /// pattern's first byte, so it cannot be the pattern's first token. Most patterns of a
    /// word list fail here, before the pattern is split.
    fn first_byte_differs(&self, at: usize, pattern: &str, exact: bool) -> bool {
        let Some(&want) = pattern.as_bytes().first() else {
            return false;
        };
        let have = match self.kind(at) {
            Some(Kind::Sym(c)) => c.encode_utf8(&mut [0; 4]).as_bytes()[0],
            Some(Kind::Word | Kind::Num) => {
                let tok = if exact { self.raw(at) } else { self.low(at) };
                match tok.as_bytes().first() {
                    Some(&b) => b,
                    None => return false,
                }
            }
            Some(Kind::Break) | None => return false,
        };
        have != want
    }
}
