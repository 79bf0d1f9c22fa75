//! Minutes before seconds (decision 707): "a 1m 27.4s lap", "4m 10s": a glued "m" right
//! before a spaced figure with a glued "s" is minutes, not metres, as "1h 30m" after hours
//! is (`parts.rs`).

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// A figure read in metres from a glued "m" becomes minutes when the next token is a
    /// figure under 60 with a glued "s" (seconds) and nothing glued after the "s".
    pub(super) fn minutes_before_seconds(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let next = a.end + 1;
        if m.unit.as_ref().is_some_and(|u| u.name == "metre")
            && !m.range
            && m.end == next
            && self.raw(a.end) == "m"
            && self.attached(a.end)
            && self.is_num(next)
            && !self.attached(next)
            && num_value(self.raw(next)).is_some_and(|v| v < 60.0)
            && self.raw(next + 1) == "s"
            && self.attached(next + 1)
            && !(self.is_word(next + 2) && self.attached(next + 2))
        {
            m.unit = Some(FoundUnit {
                name: "minute".into(),
                class: UnitKind::Time,
            });
        }
        Ok(())
    }
}
