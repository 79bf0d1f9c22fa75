//! A verb of change, its object, then a share with no "by" between: "boosted throughput
//! 17.9 percent", "shrunk overall port traffic 8.9 percent", "lifting the all share index
//! 0.7%" (decision 300).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "boosted throughput 17.9 percent": a share after a verb of change and its object
    /// (one to four words) is the change of that object, as "raised rates by 25 basis
    /// points" is with "by" (`verb_object_by`). The object holds no number, comma or
    /// stopword other than `words/change_object_fillers.txt` ("the", "its", "overall");
    /// a determiner or a preposition right before the verb makes it a noun or an adjective
    /// ("the increase in …", "of lower copper grade overall averaging 0.50%") and no
    /// change is read. Only a single share (unit percent) not followed by "of" or "than"
    /// ("cut 2.5 percent of its workforce" is read at the verb already).
    pub(super) fn verb_object_share(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_none()
            && !m.range
            && m.unit
                .as_ref()
                .is_some_and(|u| u.class == UnitKind::Percent)
            && !matches!(self.low(m.end), "of" | "than")
            && let Some(c) = self.verb_before_object(m.first)
        {
            m.change = Some(c);
            m.change_from_verb = true;
        }
        Ok(())
    }

    /// The direction of a verb of change that stands one to four object words before
    /// `at` (see `verb_object_share`).
    fn verb_before_object(&self, at: usize) -> Option<bool> {
        let mut k = at;
        for seen in 0..=4 {
            let j = k.checked_sub(1)?;
            if !self.is_word(j) {
                return None;
            }
            let w = self.low(j);
            let verb = words::change_word(w).or_else(|| words::change_verb_with_object(w));
            if let Some(c) = verb {
                // "the increase in …", "of lower copper grade": a noun or an adjective.
                let noun = j > 0
                    && (words::MODIFIER_DETERMINERS.contains(self.low(j - 1))
                        || matches!(self.low(j - 1), "of" | "with" | "in" | "for" | "at" | "on"));
                return (seen > 0
                    && !matches!(w, "up" | "down")
                    && !noun
                    && !self.base_form_without_verb(j))
                .then_some(c);
            }
            if seen == 4 || (words::is_stopword(w) && !words::CHANGE_OBJECT_FILLERS.contains(w)) {
                return None;
            }
            k = j;
        }
        None
    }

    /// "expect lower margins 20% below": the base form of a verb of change with an object
    /// (`change_object_up`/`change_object_down`: "lower", "raise", "increase") at `j` is
    /// read as a verb only after "to" or a modal ("to boost exports 5%", "will lower
    /// fees 2%"); elsewhere it may be an adjective or a noun.
    fn base_form_without_verb(&self, j: usize) -> bool {
        let w = self.low(j);
        let base = !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s'));
        base && words::change_verb_with_object(w).is_some()
            && !(j > 0 && (self.low(j - 1) == "to" || words::MODAL_VERBS.contains(self.low(j - 1))))
    }
}
