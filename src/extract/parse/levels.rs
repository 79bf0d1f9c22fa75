//! Words that read as a bound or a change but give a level or a place: "up to" after a
//! verb of summing or a running total ("added up to 58.3%", "brought the total up to
//! $6.1 million"), and a length "down from the top" (a position, not a fall).

use super::finish::Draft;
use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether "up to" with "up" at `up` (the amount after "to" starting at `at`) is the
    /// level a sum or a running total reaches, not a bound (decision 512): a verb of
    /// summing right before it ("added up to £2m", `words/sum_verbs.txt`), unless a modal
    /// or "to" comes before the verb or "to" follows the amount ("could add up to $500 a
    /// year to bills" is at most $500 added); or a running total's noun taken by a verb of
    /// taking or bringing ("brought the total up to $6.1 million", "brings its total number
    /// up to 158 million"; `words/running_total_*.txt`), within six words.
    pub(super) fn up_to_is_level(&self, up: usize, at: usize) -> bool {
        if up == 0 || !self.is_word(up - 1) {
            return false;
        }
        if self.back_up_to_after_be(up) {
            return true;
        }
        if words::SUM_VERBS.contains(self.low(up - 1)) {
            let governed = up >= 2
                && (self.low(up - 2) == "to" || words::MODAL_VERBS.contains(self.low(up - 2)));
            return !governed && !self.to_after(at);
        }
        let mut total = false;
        let mut k = up;
        while k > 0 && up - k < 7 {
            k -= 1;
            if !self.is_word(k) && !self.is_sym(k, '\'') && !self.is_sym(k, '’') {
                return false;
            }
            let w = self.low(k);
            if words::RUNNING_TOTAL_NOUNS.contains(w) {
                total = true;
            } else if words::RUNNING_TOTAL_VERBS.contains(w) {
                return total;
            }
        }
        false
    }

    /// "was back up to $115", "is back up to 4%": "back up to" right after a form of
    /// "be" is the level a figure has returned to, not a bound (decision 860). After a
    /// verb of motion ("inching back up to 4.8 percent") it stays what dev's gold reads.
    fn back_up_to_after_be(&self, up: usize) -> bool {
        up >= 2 && self.low(up - 1) == "back" && words::BE_FORMS.contains(self.low(up - 2))
    }

    /// Whether "to" follows the amount from `at` within eight tokens, before a comma or
    /// the end of the clause: "add up to $500 a year to energy bills".
    fn to_after(&self, at: usize) -> bool {
        (at..at + 8)
            .take_while(|&k| !(self.is_sym(k, ',') || self.is_sym(k, ';') || self.is_sym(k, '.')))
            .any(|k| self.is_word(k) && self.low(k) == "to")
    }

    /// "300 feet down from the top", "150m down from the peak", "400 feet up from the
    /// valley floor": a length "up" or "down from" a place (`words/position_nouns.txt`,
    /// "the" or a possessive between) is how far the place is, not a change (decision
    /// 513). "2 metres down from last spring" and "5% down from the peak" stay changes.
    pub(super) fn position_from_place(&self, m: &Draft) -> bool {
        let k = m.end;
        if !matches!(self.low(k), "up" | "down") || self.low(k + 1) != "from" {
            return false;
        }
        let length = m.unit.as_ref().is_some_and(|u| {
            matches!(u.class, UnitKind::Measure)
                && crate::extract::subject::dimension_named(&u.name) == Some("length")
        });
        if !length || !matches!(self.low(k + 2), "the" | "its" | "their" | "his" | "her") {
            return false;
        }
        // The place: the noun after "the", or after one word before it ("the summit ridge").
        (k + 3..k + 5)
            .take_while(|&j| self.is_word(j))
            .any(|j| words::POSITION_NOUNS.contains(self.low(j)))
    }
}
