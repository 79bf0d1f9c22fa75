//! Rule `joined_heads` (decision 612): two plural nouns joined by "and" after one figure
//! are one counted head as written: "200,000 homes and businesses were without power"
//! counts `home and business`, "60.5 million skiers and snowboarders were documented"
//! `skier and snowboarder` (README ba/bb, the readable parts from ba on). The plural
//! after "and" must be a bare lower-case word that is no unit, scale or number word,
//! and the sentence must go on past it with a mark, its end or a word of
//! `words/joined_head_followers.txt` (an auxiliary, a relative pronoun): otherwise it may
//! be a verb ("14 titles and plays in", "23,000 workers and incorporates over 17 miles")
//! and the first noun stands alone. A figure after "and" has its own count.

use super::*;

impl<'a> SentenceReader<'a> {
    /// At `b`, right after a counted plural head: the second head's singular and the
    /// token after it, when "and" joins a second plural to it.
    pub(super) fn joined_head(&self, b: usize) -> Option<(String, usize)> {
        let k = b + 1;
        if self.low(b) != "and" || !self.is_word(k) || self.attached(k) || self.capitalised(k) {
            return None;
        }
        let w = self.low(k);
        let noun = self.looks_plural(w, false)
            && !words::is_stopword(w)
            && !words::noun_verb_plural(w)
            && number::scale_word(w).is_none()
            && number::small_number_word(w).is_none()
            && self.unit_at(k).is_none();
        let after = k + 1;
        let goes_on = after >= self.n()
            || (!self.is_word(after) && !self.is_num(after) && !self.is_sym(after, '-'))
            || (self.is_word(after) && words::JOINED_HEAD_FOLLOWERS.contains(self.low(after)));
        (noun && goes_on).then(|| (singular_noun(w), after))
    }
}
