//! A change named by the word right after the amount: a noun or comparative of
//! `words/change_after_*.txt` ("a 5% rise", "34.4% higher"), or, after a share only, a
//! plural change noun of `words/change_of_*.txt` ("facing 50 percent drops in their
//! numbers", "25 per cent cuts to salaries", decision 1175). After a count the plural is
//! what is counted ("made three cuts this year"), so only a share takes it.

use super::finish::Draft;
use super::*;

impl SentenceReader<'_> {
    /// The change named by the word at `m.end`, right after the amount `m`.
    pub(super) fn change_word_after(&self, m: &Draft) -> Option<bool> {
        let w = self.low(m.end);
        let share = m
            .unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Percent);
        words::change_after(w).or_else(|| {
            (share && w.ends_with('s'))
                .then(|| words::change_noun_of(w))
                .flatten()
        })
    }
}
