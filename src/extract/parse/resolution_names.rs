//! A video resolution named by its glued "K" (decision 894): "1 million 4K streams", "8K
//! televisions", "shot in 4K", "supports 4K at up to 144Hz" name a picture of about 4,000
//! or 8,000 pixels across, not counts of 4,000 and 8,000. "4K followers", "$4K" and "a 5K"
//! (a race, `race_k.rs`) keep their readings.

use super::*;

impl SentenceReader<'_> {
    /// Rule `resolution_name`: the figure at `i` is "4" or "8" with a capital "K" glued
    /// after it, no currency before (`currency_before`: "$4K", "₹8K", "Rs 4K"), and either
    /// a word of a screen or a picture after it (`words/resolution_nouns.txt`: "streams",
    /// "TVs", "monitor") or "in", "at" or a bracket before it ("Streaming in 4K", "video
    /// (4K)").
    pub(super) fn resolution_name(&self, i: usize) -> bool {
        let k = i + 1;
        if !(matches!(self.raw(i), "4" | "8")
            && self.raw(k) == "K"
            && self.attached(k)
            && self.currency_before(i).is_none()
            && !(self.is_word(k + 1) && self.attached(k + 1)))
        {
            return false;
        }
        let noun_after = self.is_word(k + 1) && words::RESOLUTION_NOUNS.contains(self.low(k + 1));
        let named_before =
            i > 0 && (matches!(self.low(i - 1), "in" | "at") || self.is_sym(i - 1, '('));
        noun_after || named_before
    }
}
