//! A word of a change's scope between a figure and its change noun (issue 17, branch
//! exleft30, decision 599): "a 3.8 percent overall increase", "a 1.7% CAGR decline".

use super::finish::Draft;
use super::*;

impl SentenceReader<'_> {
    /// Whether the word at `k` may stand in the short phrase between a figure and the
    /// change noun it sizes: a plain word that is neither a stopword nor capitalised, or
    /// a word of scope (`words/change_scope_words.txt`: "overall", "total", "CAGR"),
    /// which would otherwise end the phrase.
    pub(super) fn change_phrase_word(&self, k: usize) -> bool {
        self.is_word(k)
            && ((!self.capitalised(k) && !words::is_stopword(self.low(k)))
                || words::CHANGE_SCOPE_WORDS.contains(self.low(k)))
    }

    /// Whether the noun at `k` reports a rise only when it sizes a share
    /// (`words/share_change_nouns.txt`: "a 3.6% boost", "a bump of 4%"; "surge" before
    /// "of": "a surge of 21.5 percent") and the figure `m` is no share ("a 5-mpg boost",
    /// "a storm surge of 10-15ft"). "a 500-point surge" after its figure stays a rise.
    pub(super) fn share_only_change_noun(&self, k: usize, m: &Draft) -> bool {
        let w = self.low(k);
        let share_only = words::SHARE_CHANGE_NOUNS.contains(w)
            || (matches!(w, "surge" | "surges") && self.low(k + 1) == "of");
        share_only
            && !m
                .unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Percent))
    }
}
