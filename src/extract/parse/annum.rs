//! "a" after a number as a unit: the year (annum) or the acre, read only by the words
//! around it (`src/units/senses.tsv`, decision 312): "working for the same company for 10
//! a and is now", "spans over 20 a of land". Elsewhere "a" is the article that opens the
//! next phrase ("2 a day", "$5 a share"), so the unit is read only where no word but a
//! clause link or "of" follows.

use super::SentenceReader;

impl SentenceReader<'_> {
    /// Whether "a" at `at` may be a unit: it ends its phrase.
    pub(super) fn letter_a_ends_phrase(&self, at: usize) -> bool {
        let next = at + 1;
        next >= self.n()
            || !self.is_word(next)
            || matches!(
                self.low(next),
                "and" | "ago" | "before" | "of" | "or" | "but"
            )
    }
}
