//! Where a counted noun's phrase starts and stops, three edges the readable parts showed
//! (docs/extract-log.md, "The readable parts' remaining misses", session 30):
//! - a noun that is its own plural ("people", "staff", "aircraft") modifies a later plural
//!   head ("680 aircraft maintenance engineers"), but not across a verb in the past:
//!   "28,954 people received organ transplants", "8,000 people made donations" count
//!   people (decision 645);
//! - a word that ends a phrase alone ("high", "long", "wide": "30 feet high") opens a
//!   hyphenated modifier: "1,600 high-tech jobs", "14 wide-body jets" (decision 646);
//! - a participle before a compound noun is its modifier, as before a plural head:
//!   "56 docked bikeshare systems", "14 fixed speed cameras" (decision 646).

use super::*;

impl SentenceReader<'_> {
    /// Whether the one-token word at `k` is a verb in the past: a regular form in "-ed"
    /// (not a noun such as "bed", `words/nouns_in_ed.txt`), an irregular participle
    /// (`words/participles.txt`) or a simple past (`words/past_tense_verbs.txt`).
    pub(super) fn past_verb_at(&self, k: usize) -> bool {
        if !self.is_word(k) || self.capitalised(k) {
            return false;
        }
        let w = self.low(k);
        (w.len() > 4 && w.ends_with("ed") && !words::NOUNS_IN_ED.contains(w))
            || words::PARTICIPLES.contains(w)
            || words::PAST_TENSE_VERBS.contains(w)
    }

    /// Whether the word at `k` ends a phrase alone but opens a hyphenated modifier here:
    /// "high-tech", "long-term" (`words/hyphen_modifier_openers.txt`).
    pub(super) fn hyphen_modifier_opener(&self, k: usize) -> bool {
        words::HYPHEN_MODIFIER_OPENERS.contains(self.low(k))
            && self.is_sym(k + 1, '-')
            && self.attached(k + 1)
            && self.attached(k + 2)
            && self.is_word(k + 2)
    }

    /// Whether the participle at `words[n]` is followed by one or two singular nouns and
    /// then a plural head: "fixed speed cameras", "injured bus passengers".
    pub(super) fn participle_before_compound(&self, words: &[(usize, usize)], n: usize) -> bool {
        let plain = |&(c, d): &(usize, usize)| {
            d == c + 1 && !self.capitalised(c) && !words::is_stopword(self.low(c))
        };
        let rest = &words[(n + 1).min(words.len())..];
        (2..=3).any(|len| {
            rest.len() >= len
                && rest[..len].iter().all(plain)
                && rest[..len - 1]
                    .iter()
                    .all(|&(c, _)| !self.looks_plural(self.low(c), false))
                && {
                    let head = self.low(rest[len - 1].0);
                    self.looks_plural(head, false) && !words::noun_verb_plural(head)
                }
        })
    }
}
