//! Rule `ordinal_suffix_apart` (decision 495): an ordinal whose suffix is written apart
//! from its digits ("finished 5 th", "the 2 nd round", "came 2 nd of 8 runners") is a
//! rank, as "5th" is, not a count. The suffix must be the one English writes for the
//! number, and only "nd", "rd" or "th": a spaced "st" after a figure is as often the
//! stone ("weighed 21 st"), and left as read.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `ordinal_suffix_apart`: see the module's note.
    pub(super) fn ordinal_suffix_apart(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.end;
        if a.words
            || a.cur.is_some()
            || a.scale != 0
            || m.range
            || a.first != a.num
            || a.plain_digits.is_none()
            || !self.is_word(k)
            || self.attached(k)
        {
            return Ok(());
        }
        let suffix = self.low(k);
        let Some(want) = num_value(self.raw(a.num)).map(|v| ordinal_suffix(v as u64)) else {
            return Ok(());
        };
        if suffix == want && suffix != "st" {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }
}

/// The suffix English writes after a whole number's ordinal: 1st, 2nd, 3rd, 11th, 4th.
fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}
