//! A stock's change reported by a verb after its count: "the nearly 16 million
//! subscribers Netflix added", "the 2.3 million Netflix added" (decision 366). The verb
//! before its count is `stock_change` in `not_changes.rs` (decision 211).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "the nearly 16 million subscribers Netflix added during the quarter", "the 5,000
    /// jobs the economy lost", "the 2.3 million Netflix added": a count after "the",
    /// followed by a relative clause whose verb is a past verb of gain or loss
    /// (`words/stock_verbs.txt`), is how the stock changed, as "Netflix added 16 million
    /// subscribers" is. The count is of a stock's members (`words/stock_nouns.txt`) or
    /// names no noun; the clause's subject is a pronoun, a name in capitals (at most
    /// three words) or "the" and one word.
    pub(super) fn stock_verb_after(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_some() || m.range || m.first == 0 || self.low(m.first - 1) != "the" {
            return Ok(());
        }
        let stock = match m.unit.as_ref().map(|u| &u.class) {
            None => true,
            Some(UnitKind::Count { head }) => {
                words::STOCK_NOUNS.contains(head.rsplit(' ').next().unwrap_or_default())
            }
            Some(_) => false,
        };
        if !stock {
            return Ok(());
        }
        let Some(mut v) = self.relative_subject_end(m.end) else {
            return Ok(());
        };
        if matches!(self.low(v), "had" | "has" | "have") {
            v += 1;
        }
        let verb = self.low(v);
        if self.is_word(v) && words::STOCK_VERBS.contains(verb) {
            m.change = words::change_word(verb);
            m.change_from_verb = true;
        }
        Ok(())
    }

    /// The end of the subject of a relative clause starting at `k` without "that" or
    /// "which": a pronoun, a name of one to three capitalised words, or "the" and one
    /// lower-case word.
    fn relative_subject_end(&self, k: usize) -> Option<usize> {
        if !self.is_word(k) {
            return None;
        }
        if matches!(self.low(k), "it" | "they" | "we" | "he" | "she") {
            return Some(k + 1);
        }
        if self.low(k) == "the" {
            return (self.is_word(k + 1) && !self.capitalised(k + 1)).then_some(k + 2);
        }
        let names = (k..k + 3)
            .take_while(|&i| self.is_word(i) && self.capitalised(i))
            .count();
        (names > 0).then_some(k + names)
    }
}
