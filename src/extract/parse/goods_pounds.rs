//! A scaled "pounds" in a sentence about goods sold by weight: "Honey production …
//! totaled 178 million pounds", "Producer honey stocks were 41.2 million pounds",
//! "Total U.S. consumption is 400 million pounds annually, … imported honey"
//! (decision 602). With a scale "pounds" is money unless an "of" phrase names a weight
//! (decision 343); here the good is named elsewhere in the sentence, so the sentence
//! decides: a good of `words/weighed_goods.txt` and no word of money — no sterling cue
//! of `senses.tsv` nor money verb (the money-sentence test of decision 538), no word of
//! `words/goods_money_words.txt`, no "£" or "sterling".

use super::*;

impl SentenceReader<'_> {
    /// Whether the sentence weighs its scaled "pounds": it names a good sold by weight
    /// and nothing of money. Each test is found once per sentence.
    pub(super) fn pounds_of_named_goods(&self) -> bool {
        self.sentence_has_word(&self.memo.names_goods, |w| words::WEIGHED_GOODS.contains(w))
            && !self.sentence_has_word(&self.memo.names_goods_money, |w| {
                words::GOODS_MONEY_WORDS.contains(w)
            })
            && !self.names_money()
            && !self.writes_sterling()
    }
}
