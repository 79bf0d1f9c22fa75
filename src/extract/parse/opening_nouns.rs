//! A counting noun that opens the sentence, capitalised only for that: "Subscribers
//! climbed to 238 million" counts subscribers as "Netflix subscribers climbed to 238
//! million" does. Decision 540.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The counted noun of a plural word at `k` that opens the sentence and, in lower
    /// case, is a noun that says a number counts people or things
    /// (`words/count_context_nouns.txt`, `words/count_sentence_nouns.txt`): such a word is
    /// no name ("Rangers", "Democrats" are not in the lists).
    pub(super) fn opening_count_noun(&self, k: usize) -> Option<FoundUnit> {
        let w = self.low(k);
        (self.capitalised(k)
            && self.opens_sentence(k)
            && self.looks_plural(w, false)
            && (words::COUNT_CONTEXT_NOUNS.contains(w) || words::COUNT_SENTENCE_NOUNS.contains(w)))
        .then(|| FoundUnit::count(singular_noun(w)))
    }
}
