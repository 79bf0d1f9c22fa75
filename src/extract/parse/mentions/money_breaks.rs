//! Where a currency stops carrying: "Riot Games floated around £6 million, but the
//! viewership was incredible, peaking at around 4.7 million" — a bare scaled figure in a
//! clause of contrast ("but", "while", "whereas") after a scaled sum counts something
//! else, unless that clause speaks of expecting or spending ("while analysts had
//! expected 2.4 billion", "but plans to spend 2.5bn", "but 3.8 billion had been
//! expected"), where the figure is again a sum (decision 562).

use super::*;

/// How many tokens after the figure a word of expecting still counts ("3.8 billion had
/// been expected").
const AFTER: usize = 4;

impl SentenceReader<'_> {
    /// True when a word opening a clause of contrast stands between the end of a scaled
    /// sum (`sum_end`) and a later figure (`first`..`end`), and no word of expecting or
    /// spending stands between that word and a few tokens past the figure.
    pub(super) fn contrast_clause_between(&self, sum_end: usize, first: usize, end: usize) -> bool {
        let Some(brk) = (sum_end..first)
            .rev()
            .find(|&k| self.is_word(k) && words::MONEY_CARRY_BREAKS.contains(self.low(k)))
        else {
            return false;
        };
        let money_clause = (brk + 1..(end + AFTER).min(self.n())).any(|k| {
            let w = self.low(k);
            self.is_word(k)
                && (words::EXPECT_WORDS.contains(w)
                    || words::EXPECTATION_VERBS.contains(w)
                    || words::MONEY_VERBS.contains(w))
        });
        !money_clause
    }
}
