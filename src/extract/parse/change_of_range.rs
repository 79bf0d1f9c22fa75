//! A to-range whose first end follows a change noun and "of" (issue 17, branch excc34,
//! decision 648): "a rise of £12.30 to £319.10" is a change and the level it reaches, as
//! "by £1.10 to £23.80" is.

use super::*;

impl SentenceReader<'_> {
    /// Whether a change noun of `words/change_of_up.txt` or `change_of_down.txt` and "of"
    /// stand right before the first end `a` ("a rise of £12.30", "an increase of about
    /// 450,000"; an approximation word of `words/approx_after_by.txt` may stand between).
    pub(super) fn change_noun_of_before(&self, a: &Amt) -> bool {
        let mut k = a.first;
        if k > 0 && self.is_word(k - 1) && words::APPROX_AFTER_BY.contains(self.low(k - 1)) {
            k -= 1;
        }
        k >= 2
            && self.low(k - 1) == "of"
            && self.is_word(k - 2)
            && words::change_noun_of(self.low(k - 2)).is_some()
    }
}

impl SentenceReader<'_> {
    /// The first end is pence glued to "p" ("20p") and the second is in pounds ("£2.40"):
    /// the change and the level are compared in one money (decision 689).
    pub(super) fn pence_before_pounds(&self, a: &Amt, b: &Amt) -> bool {
        a.cur.is_none()
            && self.is_word(a.end)
            && self.attached(a.end)
            && self.low(a.end) == "p"
            && b.cur.is_some_and(|c| c.name == "pound sterling")
    }
}
