//! An estimate verb that governs a clause (issue 17, branch exread58, decision 1035): "It is
//! estimated that 9,730 deaths …", "it has been estimated that globally 300 million …" and
//! a passive "are estimated to spend $3.4 billion on costumes, $2.7 billion on candy" make
//! the figures of the clause they govern approximate, as "an estimated" and "estimated
//! to be" right before a figure already do. A subject's own verb ("the council estimates
//! that 2,400 …") is left exact, as NewsQuant dev writes it ("has estimated that … $800
//! million", decisions 189 and 281).

use super::finish::{Draft, Step};
use super::*;

/// How far back from a figure the estimate verb may stand, in tokens.
const REACH: usize = 30;

impl SentenceReader<'_> {
    /// A figure with no qualifier or change of its own, in the clause an impersonal "it
    /// is/was/has been estimated that" or a passive "be estimated to" and a verb governs,
    /// is approximate. The clause ends at a dash, a semicolon, a colon, a bracket or a
    /// word opening a contrast ("while", "but", "whereas", "although"); a verb of change
    /// after "estimated to" ("is estimated to fall by 4% to 98 million") keeps its change
    /// and its level.
    pub(super) fn estimate_governs_clause(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.first != a.first || m.first < 3 {
            return Ok(());
        }
        let mut k = m.first - 1;
        while k > 0 && k + REACH > m.first {
            if self.estimate_clause_break(k) {
                return Ok(());
            }
            if self.low(k) == "estimated" {
                if self.impersonal_estimate(k) || self.passive_estimate_to(k) {
                    m.qual = Some(QualCode::Approx);
                }
                return Ok(());
            }
            k -= 1;
        }
        Ok(())
    }

    /// Whether the token at `k` ends the clause an estimate verb before it governs.
    fn estimate_clause_break(&self, k: usize) -> bool {
        match self.kind(k) {
            Some(Kind::Word) => words::ESTIMATE_CLAUSE_BREAKS.contains(self.low(k)),
            Some(Kind::Num) => false,
            // "a 5-kiloton force" joins; a spaced dash ends the clause.
            Some(Kind::Sym('-')) => !(self.attached(k) && self.attached(k + 1)),
            // ", with storm surge reaching 20 feet": a comma and a word opening another
            // clause or phrase.
            Some(Kind::Sym(',')) => words::ESTIMATE_COMMA_OPENERS.contains(self.low(k + 1)),
            Some(Kind::Sym(c)) => !matches!(c, '$' | '£' | '€' | '%' | '.'),
            _ => true,
        }
    }

    /// "it is estimated that", "It's estimated that", "it has been estimated that", "it
    /// was later estimated in 2006 that": "it" at most three words before "estimated"
    /// (forms of "be" and "have", an adverb) and "that" at most three tokens after it.
    fn impersonal_estimate(&self, k: usize) -> bool {
        let it = (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&j| self.is_word(j))
            .any(|j| matches!(self.low(j), "it" | "it's" | "it’s"));
        let that = (k + 1..k + 5)
            .take_while(|&j| self.is_word(j) || self.year_or_hyphen(j))
            .any(|j| self.low(j) == "that");
        it && that
    }

    /// "are estimated to spend", "is estimated to have saved": a form of "be" before
    /// "estimated", "to" (and "have") after it, then a verb that is no verb of change.
    fn passive_estimate_to(&self, k: usize) -> bool {
        let be = k >= 1 && {
            let w = self.low(k - 1);
            words::BE_FORMS.contains(w) || w == "being"
        };
        if !be || self.low(k + 1) != "to" {
            return false;
        }
        let verb = if self.low(k + 2) == "have" {
            k + 3
        } else {
            k + 2
        };
        self.is_word(verb) && words::change_word(self.low(verb)).is_none()
    }
}
