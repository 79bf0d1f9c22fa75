//! Two roles of a figure that the nouns near it do not count: the level a running total
//! is taken to ("bringing the national total to 14", decision 231) and the figure that
//! holders of expectations expected ("the 200,000 economists had expected", decision 232).

use super::*;

impl<'a> SentenceReader<'a> {
    /// "bringing the national total to 14", "taking its tally for the year to 203": whether
    /// the figure starting at `first` is the level a running total is taken to — "to"
    /// right before it, a phrase naming a total or tally before that, and a verb of
    /// taking or bringing opening the phrase (at most eight words, no punctuation but a
    /// hyphen: "the year-to-date total"). A total that names what it counts ("the total
    /// number of deaths", "total sales", "its tally of votes") is not one: only "to" or a
    /// phrase of time may follow the total's noun (`words/running_total_after.txt`).
    pub(super) fn running_total_at(&self, first: usize) -> bool {
        if first < 3 || self.low(first - 1) != "to" {
            return false;
        }
        let mut total = false;
        let mut k = first - 1;
        while k > 0 && first - k < 10 {
            k -= 1;
            if !self.is_word(k) && !self.is_sym(k, '-') {
                return false;
            }
            let w = self.low(k);
            if words::RUNNING_TOTAL_NOUNS.contains(w) {
                let next = self.low(k + 1);
                total = total || next == "to" || words::RUNNING_TOTAL_AFTER.contains(next);
            } else if words::RUNNING_TOTAL_VERBS.contains(w) {
                return total;
            }
        }
        false
    }

    /// "well above the 200,000 economists had expected", "beating the 205m analysts had
    /// pencilled in": whether the figure from `first` to `end` is what the people after it
    /// expected — "the" before it, a plural of expectation holders after it
    /// (`words/expectation_holders.txt`), then a verb of expecting, "had" or "were" allowed
    /// before it and "in" after (`words/expectation_verbs.txt`), then no object: a sign or
    /// the sentence's end. The figure counts no analysts (decision 232).
    pub(super) fn expected_by_holders(&self, first: usize, end: usize) -> bool {
        if first == 0
            || self.low(first - 1) != "the"
            || !self.is_word(end)
            || !words::EXPECTATION_HOLDERS.contains(self.low(end))
        {
            return false;
        }
        let mut k = end + 1;
        if matches!(self.low(k), "had" | "have" | "were" | "are") {
            k += 1;
        }
        if !self.is_word(k) || !words::EXPECTATION_VERBS.contains(self.low(k)) {
            return false;
        }
        k += 1;
        if self.low(k) == "in" {
            k += 1;
        }
        k >= self.n() || !self.is_word(k)
    }
}
