//! Rule `early_year` (decision 636): a plain whole number of three or four digits under
//! 1500 right after "in", "since", "until", "till" or "circa", with no unit, currency or
//! qualifier, is a year before the span `is_year` reads ("founded in 1066", "has stood
//! since 1357"), so no quantity. "1 in 1000" is a proportion read before this rule, and
//! a number after another figure and "in" is left alone. Rule `circa_early_year`
//! (decision 1024): a four-digit number from 1000 to 1499 right after "circa", "c." or
//! "ca." is a year too, though the word made it approximate ("built circa 1450", "dates
//! from c. 1200"); later years are dates already, whatever the qualifier.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "in 1066", "since 1357": a year, passed over.
    pub(super) fn early_year(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let plain = self.raw(a.num);
        let circa = self.circa_before(a.num) && plain.len() == 4 && a.value >= 1000.0;
        if m.unit.is_none()
            && !m.range
            && (m.qual.is_none() || (circa && m.qual == Some(QualCode::Approx)))
            && a.cur.is_none()
            && !a.words
            && !a.fraction
            && a.first == a.num
            && a.end == a.num + 1
            && a.num > 0
            && (3..=4).contains(&plain.len())
            && plain.bytes().all(|b| b.is_ascii_digit())
            && (100.0..1500.0).contains(&a.value)
            && (circa || matches!(self.low(a.num - 1), "in" | "since" | "until" | "till"))
            && !(a.num > 1 && self.is_num(a.num - 2))
            && !matches!(self.low(a.end), "of" | "out" | "-" | "to")
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// "circa", "c." or "ca." right before the token at `i`.
    fn circa_before(&self, i: usize) -> bool {
        (i >= 1 && self.low(i - 1) == "circa")
            || (i >= 2 && self.is_sym(i - 1, '.') && matches!(self.low(i - 2), "c" | "ca"))
    }
}
