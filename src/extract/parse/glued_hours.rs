//! Hours and minutes glued into one word ("4h12m", "3h20min", "2h30", "1hr45"): the
//! minutes after a glued hour are their own mention, as "4h 12m" with a space is, not
//! a code with letters glued to its front (rule `glued_hours_minutes`, decision 632).
//! After "at" the same form is a clock time ("at 14h30") and is left alone.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether the digits at `k` are the minutes of a glued hours-and-minutes word: a
    /// number, a glued "h", "hr" or "hrs", and one or two glued digits under 60, then
    /// nothing glued but "m", "min" or "mins" closing the word.
    pub(super) fn glued_minutes_at(&self, k: usize) -> bool {
        let raw = self.raw(k);
        let minutes = raw.len() <= 2
            && raw.bytes().all(|b| b.is_ascii_digit())
            && raw.parse::<u8>().is_ok_and(|m| m < 60);
        let closed = |e: usize| !(self.attached(e) && (self.is_word(e) || self.is_num(e)));
        let end_ok = if self.attached(k + 1) && matches!(self.low(k + 1), "m" | "min" | "mins") {
            closed(k + 2)
        } else {
            closed(k + 1)
        };
        k >= 2
            && minutes
            && end_ok
            && self.is_num(k)
            && self.attached(k)
            && self.is_word(k - 1)
            && self.attached(k - 1)
            && matches!(self.low(k - 1), "h" | "hr" | "hrs")
            && self.is_num(k - 2)
            // "A4h12": a code with letters glued to its front; "at 14h30": a clock time.
            && !(k >= 3 && self.attached(k - 2) && self.is_word(k - 3))
            && !(k >= 3 && self.low(k - 3) == "at")
    }

    /// Rule `glued_hours_minutes`: bare minutes glued after an hour ("2h30") are minutes.
    pub(super) fn glued_hours_minutes(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_none() && !m.range && a.first == a.num && self.glued_minutes_at(a.num) {
            m.unit = Some(FoundUnit {
                name: "minute".into(),
                class: UnitKind::Time,
            });
        }
        Ok(())
    }
}
