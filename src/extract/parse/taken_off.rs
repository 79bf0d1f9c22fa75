//! A time or amount taken "off" a mark: "took 0.93 seconds off her own world record",
//! "to take 0.07 seconds off her own mark", "will take 20 minutes off the journey": a
//! fall, as the readable golds write it (decision 608). A verb of taking
//! (`words/take_off_verbs.txt`) right before the amount and a determiner or possessive
//! (`words/modifier_determiners.txt`) right after "off" name the mark; "took two weeks
//! off work" (a break) has none and stays no change. The verbs of cutting ("shaving 30
//! seconds off", `words/cut_off_verbs.txt`) need no such mark. A discount offered to a
//! buyer ("offers £5,000 off the cost", "receive 10% off", "offers regular users a 60 per
//! cent discount") is the offer's size, no fall (decision 1251).

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

    /// Rule `offered_discount` (decision 1251): whether the amount `m`, followed by "off" or
    /// "discount" (`words/offer_discount_words.txt`), is offered by a verb of giving
    /// (`words/offer_verbs.txt`) at most four words before it in the clause: "offers regular
    /// users a 60 per cent discount", "are offering up to 70% off". Such a discount is a
    /// price's size, not a fall; "knocked 15% off the price" and "$50 off the list price"
    /// stay falls.
    pub(super) fn offered_discount(&self, m: &Draft) -> bool {
        words::OFFER_DISCOUNT_WORDS.contains(self.low(m.end))
            && (m.first.saturating_sub(4)..m.first)
                .rev()
                .take_while(|&k| self.is_word(k))
                .any(|k| words::OFFER_VERBS.contains(self.low(k)))
    }
}
