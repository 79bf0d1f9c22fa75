//! A time or amount taken "off" a mark: "took 0.93 seconds off her own world record",
//! "to take 0.07 seconds off her own mark", "will take 20 minutes off the journey": a
//! fall, as the readable golds write it (decision 608). A verb of taking
//! (`words/take_off_verbs.txt`) right before the amount and a determiner or possessive
//! (`words/modifier_determiners.txt`) right after "off" name the mark; "took two weeks
//! off work" (a break) has none and stays no change. The verbs of cutting ("shaving 30
//! seconds off", `words/cut_off_verbs.txt`) need no such mark.

use super::finish::Draft;
use super::*;

impl SentenceReader<'_> {
    /// Whether the amount `m` is taken off a named mark: "took 1.2 seconds off the
    /// record". `m.end` is the word after the amount, "off".
    pub(super) fn taken_off_a_mark(&self, m: &Draft) -> bool {
        m.first > 0
            && words::TAKE_OFF_VERBS.contains(self.low(m.first - 1))
            && self.is_word(m.end + 1)
            && words::MODIFIER_DETERMINERS.contains(self.low(m.end + 1))
    }
}
