//! A person's age after a verb of a life event: "died at 94", "retired at 65 after 40
//! years", "became chief executive at 38", "left school at 15" (obituaries and
//! biographies). The verbs are `words/life_event_verbs.txt`.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "died at 94", "retired at 65": a whole number after "at", with a verb of a life
    /// event before it in the same clause, is an age.
    pub(super) fn life_event_age(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && self.could_be_age(a)
            && self.low(a.num - 1) == "at"
            && self.age_clause_end(m.end)
            && self.life_event_before(a.num - 1)
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// The sentence ends, a mark closes the clause, or a small word goes on ("at 65
    /// after 40 years", "at 15 to work"): no clock word ("pm", "GMT") follows.
    fn age_clause_end(&self, k: usize) -> bool {
        k >= self.n()
            || [',', '.', ';', ')', ':'].iter().any(|&c| self.is_sym(k, c))
            || (self.is_word(k) && words::is_stopword(self.low(k)))
    }

    /// A verb of a life event within the six words before `at`, in the same clause.
    fn life_event_before(&self, at: usize) -> bool {
        let mut k = at;
        while k > 0 && k + 7 > at {
            k -= 1;
            // "the players' union chief at 38": a plural's apostrophe stays in the clause.
            if self.is_sym(k, '\'') || self.is_sym(k, '’') {
                continue;
            }
            if !self.is_word(k) {
                return false;
            }
            let one = self.low(k);
            if words::LIFE_EVENT_VERBS.contains(one)
                || (k > 0
                    && self.is_word(k - 1)
                    && words::LIFE_EVENT_VERBS.contains(&format!("{} {}", self.low(k - 1), one)))
            {
                return true;
            }
        }
        false
    }
}
