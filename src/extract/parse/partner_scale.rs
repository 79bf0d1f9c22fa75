//! A glued scale letter read from the partner figure of a pair (decision 704): "down to
//! 1,013.3 million from 1,015.6m", "from 1.2m to 1.4 million": where the other figure of
//! a "to"/"from"/"and"/"or" pair spells its scale ("million", "billion"), the glued "m"
//! or "b"/"bn" is that scale, not metres or another unit.

use super::*;

impl SentenceReader<'_> {
    /// Whether the glued letter at `j`, after the digits at `i`, is the scale spelled by
    /// the partner figure: "N million to/from/and/or <i>m" before it, or "<i>m
    /// to/from/and/or N million" after it.
    pub(super) fn scale_of_spelled_partner(&self, i: usize, j: usize) -> bool {
        let word = match lexicon::scale_abbrev(self.raw(j)) {
            Some((6, _)) => "million",
            Some((9, _)) => "billion",
            _ => return false,
        };
        let joins = |k: usize| matches!(self.low(k), "to" | "from" | "and" | "or");
        let before = i >= 3 && joins(i - 1) && self.low(i - 2) == word && self.is_num(i - 3);
        let after =
            joins(j + 1) && self.is_num(j + 2) && self.is_word(j + 3) && self.low(j + 3) == word;
        before || after
    }
}
