//! A bound closing after the noun a share is of: "played to 80% capacity or less".

use super::finish::Draft;
use super::*;

impl<'a> SentenceReader<'a> {
    /// Where "or" stands when a share is followed by one noun and then "or" and a closing
    /// word of `words/closing_or_le.txt` or `closing_or_ge.txt`, the clause ending after it:
    /// "80% capacity or less", "a 40% stake or more" (decision 514). The noun is not the
    /// share's unit, so the closing phrase is one word further than after "four hours".
    pub(super) fn share_noun_then_or(&self, m: &Draft) -> Option<usize> {
        let share = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Percent));
        let k = m.end + 1;
        let closing = words::CLOSING_OR_LE.contains(self.low(k + 1))
            || words::CLOSING_OR_GE.contains(self.low(k + 1));
        let ends = k + 2 >= self.n()
            || matches!(self.kind(k + 2), Some(Kind::Sym(_) | Kind::Break))
            || (self.is_word(k + 2)
                && words::is_stopword(self.low(k + 2))
                && self.low(k + 2) != "than");
        (share
            && self.is_word(m.end)
            && !words::is_stopword(self.low(m.end))
            && self.low(k) == "or"
            && closing
            && ends)
            .then_some(k)
    }
}
