//! "up" or "down" between two figures: "wagering totaled $233 million up 85% on last
//! year", "attendance was 52,000 down 9%". The word names the second figure's change
//! (it is read there, before that figure), not a change of the first, which is the level
//! it reached (decision 644). "£500 up on the average bill" and "5% up on the year" keep
//! their change: no figure follows the word.

use super::*;

impl SentenceReader<'_> {
    /// Whether the word at `k` is "up" or "down" and a figure follows it, after "by" or
    /// not: "up 85%", "down by 600", "up $4".
    pub(super) fn direction_before_figure(&self, k: usize) -> bool {
        if !(self.is_word(k) && matches!(self.low(k), "up" | "down")) {
            return false;
        }
        let mut f = k + 1;
        if self.is_word(f) && self.low(f) == "by" {
            f += 1;
        }
        f < self.n() && (self.is_num(f) || self.currency_from(f).is_some())
    }
}
