//! A fraction of a point said in words on an interest rate: "backing a quarter-point
//! cut", "a half-point hike", "cut rates by half a point" is a part of a percentage
//! point, as the readable golds write it (blind set k; decision 1132). A word of
//! interest rates must be in the sentence (`words/rate_point_cues.txt`): an index that
//! "slipped half a point" keeps its `point`, and a point written in digits ("23 points")
//! is left as it is.

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// "two members backed a quarter-point cut in interest rates" → 0.25 `percentage
    /// point`: a fraction below one, written in words, of a `point`, in a sentence about
    /// rates.
    pub(super) fn word_fraction_point_on_rate(
        &self,
        a: &Amt,
        m: &mut Draft,
        _nested: bool,
    ) -> Step {
        if !a.words || m.range || m.low >= 1.0 || m.unit.as_ref().is_none_or(|u| u.name != "point")
        {
            return Ok(());
        }
        let on_rate = self.sentence_has_word(&self.memo.names_rate, |w| {
            words::RATE_POINT_CUES.contains(w)
        });
        if on_rate && let Some(u) = m.unit.as_mut() {
            // Both are measures (`points`, `percentage-point` in the registry): the name
            // alone changes.
            u.name = "percentage point".into();
        }
        Ok(())
    }
}
