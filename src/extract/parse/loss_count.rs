//! A noun of loss before a count (issue 17, branch exleft28, decision 535): "a loss of
//! 49 libraries", "an overall loss of 337 libraries" report a fall of the counted stock.

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// An indefinite noun of loss (`words/loss_nouns.txt`), with at most one word between
    /// the article and it ("an overall loss"), then "of" and a count: the count is the
    /// size of a fall, as "a drop of 1.2%" is. A loss of money stays a level ("a net
    /// loss of 2.1 billion euros"), and so does "the loss of 74 libraries".
    pub(super) fn loss_of_count(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }));
        if m.change.is_some() || !counted || a.cur.is_some() || m.first < 3 {
            return Ok(());
        }
        let noun = m.first - 2;
        if self.low(m.first - 1) == "of"
            && words::LOSS_NOUNS.contains(self.low(noun))
            && self.indefinite_noun(noun)
        {
            m.change = Some(false);
            m.change_from_verb = true;
            m.change_by = true;
        }
        Ok(())
    }
}
