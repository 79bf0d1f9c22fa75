//! A race named by its distance with a glued "k" (decision 548): "ran a 5k", "the club's
//! 10K attracted 2,500 entrants", "my first 10K" are races of 5 and 10 kilometres, not
//! counts of 5,000 and 10,000. "5k followers", "a 50k salary" and "$10K" keep "k" as a
//! thousand.

use super::*;

impl SentenceReader<'_> {
    /// Whether the "k" at `j`, glued to the figure before it, names a race's distance: a
    /// determiner, possessive or ordinal before the figure (`words/race_k_before.txt`),
    /// no noun counted after the "k" (a word of a race, a stop word or a past-tense verb
    /// may follow, or one word before a word of a race: "the 5K fun run"), and a word of
    /// running or racing in the sentence (`words/race_words.txt`). A currency sign before
    /// the figure is checked by the caller.
    pub(super) fn race_k(&self, j: usize) -> bool {
        if !(matches!(self.raw(j), "k" | "K")
            && self.attached(j)
            && j >= 2
            && self.is_num(j - 1)
            && !self.attached(j - 1))
        {
            return false;
        }
        let before = self.low(j - 2);
        let owner = before.ends_with("'s") || before.ends_with("’s");
        if !(owner || words::RACE_K_BEFORE.contains(before)) {
            return false;
        }
        let next = self.low(j + 1);
        let free_after = !self.is_word(j + 1)
            || words::is_stopword(next)
            || words::RACE_WORDS.contains(next)
            // "the 5K fun run", "a 10k charity race": one word naming the race before
            // the word of racing.
            || (self.is_word(j + 2) && words::RACE_WORDS.contains(self.low(j + 2)))
            || (next.len() > 4 && next.ends_with("ed"));
        free_after
            && self.sentence_has_word(&self.memo.names_race, |w| words::RACE_WORDS.contains(w))
    }

    /// The kilometre of a race's distance at the "k" at `j` (see [`Self::race_k`]).
    pub(super) fn race_k_unit(&self, j: usize, amt: &Amt) -> Option<FoundUnit> {
        if amt.cur.is_some() || amt.scale != 0 || !self.race_k(j) {
            return None;
        }
        let reg = crate::units::registry();
        let id = reg.by_name("kilometre").next()?;
        Some(Self::unit_of(reg.get(id)))
    }
}
