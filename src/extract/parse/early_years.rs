//! Rule `early_year` (decision 636): a plain whole number of three or four digits under
//! 1500 right after "in", "since", "until", "till" or "circa", with no unit, currency or
//! qualifier, is a year before the span `is_year` reads ("founded in 1066", "has stood
//! since 1357"), so no quantity. "1 in 1000" is a proportion read before this rule, and
//! a number after another figure and "in" is left alone.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "in 1066", "since 1357": a year, passed over.
    pub(super) fn early_year(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let plain = self.raw(a.num);
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && !a.words
            && !a.fraction
            && a.first == a.num
            && a.end == a.num + 1
            && a.num > 0
            && (3..=4).contains(&plain.len())
            && plain.bytes().all(|b| b.is_ascii_digit())
            && (100.0..1500.0).contains(&a.value)
            && matches!(
                self.low(a.num - 1),
                "in" | "since" | "until" | "till" | "circa"
            )
            && !(a.num > 1 && self.is_num(a.num - 2))
            && !matches!(self.low(a.end), "of" | "out" | "-" | "to")
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }
}
