//! Bounds and approximations stated away from the figure (issue 17, branch exqual10): a
//! mark passed ("crossed the 1 million mark"), an estimate's object before "at" ("estimated
//! the damage at $5 million"), and a closing phrase after a comma ("$50, tops").

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "Ticket sales crossed the 1 million mark", "donations passed the $5 million
    /// milestone", "broke the $100 barrier": a verb of passing (`words/mark_verbs.txt`), "the", the figure and a
    /// word of `words/mark_nouns.txt` is more than the figure; under a negation ("has not
    /// crossed the 1 million mark") at most it. A named threshold keeps its value ("breaching
    /// the 1.5C threshold set in the Paris agreement" is the threshold, exact). Without the mark noun the figure may be the
    /// verb's object ("the Senate passed the $1.9 trillion bill") and stays exact.
    pub(super) fn mark_passed(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if let Some(v) = self.word_before_the_mark(a, m)
            && words::MARK_VERBS.contains(self.low(v))
        {
            let negated = self.verb_negated(v);
            m.qual = Some(if negated { QualCode::Le } else { QualCode::Gt });
            m.first = v;
        }
        Ok(())
    }

    /// "drops below the £1bn mark", "stayed above the 3,000 level": a bound word of
    /// `words/mark_bounds.txt`, "the", the figure and a word of `words/mark_nouns.txt`
    /// bound the figure (decision 536), as "fell below $100" does; the verb before the
    /// bound reports no change of the mark. A mark a relative clause defines ("below the
    /// 50 mark that separates growth from contraction") is named, and keeps its value.
    pub(super) fn mark_bound(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if let Some(bound) = self.word_before_the_mark(a, m)
            && !matches!(self.low(m.end + 1), "that" | "which")
            && let Some(q) = words::MARK_BOUNDS.get(self.low(bound))
        {
            m.qual = Some(if q == "lt" {
                QualCode::Lt
            } else {
                QualCode::Gt
            });
            m.first = bound;
            m.change = None;
        }
        Ok(())
    }

    /// The word before "the" and an unqualified single figure that a noun of
    /// `words/mark_nouns.txt` follows ("crossed the 1 million mark", "below the £1bn
    /// mark"): what `mark_passed` and `mark_bound` read.
    fn word_before_the_mark(&self, a: &Amt, m: &Draft) -> Option<usize> {
        let w = m.first.checked_sub(2)?;
        (m.qual.is_none()
            && !m.range
            && m.first == a.first
            && self.low(m.first - 1) == "the"
            && self.is_word(w)
            && self.is_word(m.end)
            && words::MARK_NOUNS.contains(self.low(m.end)))
        .then_some(w)
    }

    /// "Police estimated the damage at $5 million", "reckons the cost of repairs at
    /// £2bn": a verb of estimating (`words/estimate_verbs.txt`) at most six words before
    /// "at" and the figure, across words only, makes the figure approximate ("estimated
    /// at" right before the figure is a qualifier phrase of its own).
    pub(super) fn estimate_at(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.range || m.first != a.first || m.first < 3 {
            return Ok(());
        }
        let at = m.first - 1;
        if self.low(at) == "at"
            && self
                .words_back(at, 6)
                .any(|k| words::ESTIMATE_VERBS.contains(self.low(k)))
        {
            m.qual = Some(QualCode::Approx);
        }
        Ok(())
    }

    /// "$50, tops", "20 km, more or less", "$800, give or take": a phrase of
    /// `words/closing_after_comma.txt` after a comma that then closes the clause
    /// (punctuation or the sentence's end). The qualifier and the tokens taken, comma
    /// included.
    pub(super) fn closing_after_comma(&self, at: usize) -> Option<(QualCode, usize)> {
        if !self.is_sym(at, ',') {
            return None;
        }
        let (q, len) = words::closing_after_comma()
            .filter_map(|(p, q)| Some((q, self.match_pattern(at + 1, p, false)?)))
            .max_by_key(|&(_, len)| len)?;
        let next = at + 1 + len;
        // Punctuation that ends a clause, not a sign that opens another figure ("Rs 48,390
        // crore, roughly $5.8bn").
        let ends = next >= self.n()
            || matches!(
                self.kind(next),
                Some(Kind::Break | Kind::Sym('.' | ',' | ';' | ':' | ')' | '!' | '?' | '—' | '–'))
            );
        if ends {
            Some((q, len + 1))
        } else {
            // The margin is not taken: "give or take 20 minutes" is a figure of its own.
            self.give_or_take_margin(at + 1).then_some((q, 0))
        }
    }

    /// "3 weeks, give or take a few days": "give or take" makes the figure before it
    /// approximate whatever margin follows (rule `give_or_take_margin`, decision 1026).
    pub(super) fn give_or_take_margin(&self, at: usize) -> bool {
        self.low(at) == "give" && self.low(at + 1) == "or" && self.low(at + 2) == "take"
    }
}
