//! "one" as the subject of a casualty clause (issue 17, branch exleft37, decision 691):
//! "eight people died and one was still missing" (real ca, gold 1 `-`). Elsewhere a
//! lone "one" with no noun after it is a pronoun and stays unread.

use super::*;

/// How many tokens after the link verb may come before the casualty word ("was still
/// missing", "is in hospital" is not a casualty word and stays unread).
const REACH: usize = 2;

impl SentenceReader<'_> {
    /// "and one was still missing", "and one remains unaccounted for": "one" at `i`
    /// after "and", then "was", "is", "remains" or "remained", then within [`REACH`]
    /// tokens a word of `words/casualty_verbs.txt`.
    pub(super) fn one_in_casualty_clause(&self, i: usize) -> bool {
        let link = i + 1;
        i > 0
            && self.low(i - 1) == "and"
            && matches!(self.low(link), "was" | "is" | "remains" | "remained")
            && (link + 1..(link + 1 + REACH).min(self.n()))
                .any(|k| self.is_word(k) && words::CASUALTY_VERBS.contains(self.low(k)))
    }
}
