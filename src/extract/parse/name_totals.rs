//! Rule `name_number_total` (issue 17, branch exleft37, decision 688): "phase two of
//! three", "stage 1 of 4": the number after "of" that follows a naming noun and its
//! number is the count of the named parts, part of the name as the first number is
//! (decision 664), no quantity.

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// A bare whole number after "of", a number (digits or a number word) and a noun of
    /// `words/name_number_nouns.txt` ("in phase two of three"): passed over.
    pub(super) fn name_number_total(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.first;
        let named = k >= 3
            && self.low(k - 1) == "of"
            && self.is_name_number(k - 2)
            && self.is_word(k - 3)
            && words::NAME_NUMBER_NOUNS.contains(self.low(k - 3));
        if named
            && m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && a.first == a.num
            && a.end == a.num + 1
            && self.is_name_number(a.num)
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// One token that is a small whole number in digits ("3") or in a word ("three").
    fn is_name_number(&self, k: usize) -> bool {
        let raw = self.raw(k);
        (self.is_num(k) && raw.len() <= 2 && raw.bytes().all(|b| b.is_ascii_digit()))
            || (self.is_word(k) && number::small_number_word(self.low(k)).is_some())
    }
}
