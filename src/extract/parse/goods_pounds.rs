//! A scaled "pounds" in a sentence about goods sold by weight: "Honey production …
//! totaled 178 million pounds", "Producer honey stocks were 41.2 million pounds",
//! "Total U.S. consumption is 400 million pounds annually, … imported honey"
//! (decision 602). With a scale "pounds" is money unless an "of" phrase names a weight
//! (decision 343); here the good is named elsewhere in the sentence, so the sentence
//! decides: a good of `words/weighed_goods.txt` and no word of money — no sterling cue
//! of `senses.tsv` nor money verb (the money-sentence test of decision 538), no word of
//! `words/goods_money_words.txt`, no "£" or "sterling".

use super::*;
use crate::units::{registry, senses};

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

impl SentenceReader<'_> {
    /// Rule `pounds_of_catch` (decision 892): a scaled "pounds" whose nearest cue before it
    /// is a word of a catch landed or a crop harvested by weight (`words/catch_words.txt`:
    /// "lobstermen caught 120 million pounds of lobster worth $484 million", "landings
    /// topped 131 million pounds") is weight, in a sentence with no "£" or "sterling". A
    /// money cue of `senses.tsv` ("The catch was worth 5 million pounds") or a currency
    /// sign or code before a figure between the cue and this one (`currency_from`) keeps it
    /// money; "landed" is not a cue ("landed a 40 million pounds contract").
    pub(super) fn pounds_of_catch(&self, first: usize) -> bool {
        if self.writes_sterling() {
            return false;
        }
        for k in (0..first).rev() {
            if self.currency_from(k).is_some() {
                return false;
            }
            if !self.is_word(k) {
                continue;
            }
            let w = self.low(k);
            if words::CATCH_WORDS.contains(w) {
                return true;
            }
            if senses::sense("pounds", false, std::iter::once(w))
                .is_some_and(|id| registry().get(id).dimension == "money")
            {
                return false;
            }
        }
        false
    }
}
