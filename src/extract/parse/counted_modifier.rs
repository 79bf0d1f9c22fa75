//! Rule `counted_modifier` (decision 495): a noun from
//! `words/counted_modifiers.txt` written in the singular right after a whole count of
//! two or more, and before another noun, is what the count counts, as the same words
//! hyphenated are ("a 7-person crew" → `person`): "a 7 person crew", "the 3 bedroom
//! flats", "a 4 lane highway", "a 500 bed hospital". A plural after a number above one
//! would be the head; the singular says the figure sizes the later noun. Only listed
//! nouns: "the 27 member states", "3 car bombs" and "20 health workers" count the
//! later noun. Rule `modifier_period_compound` (decision 1373): before a period in the
//! plural the two words are one unit of work or stay ("2.15 million man days" → `man
//! day`, "2.4 million bed nights" → `bed night`).

use super::*;

impl<'a> SentenceReader<'a> {
    /// The listed noun at `j` and the token after it, when the count `a` counts it.
    pub(super) fn counted_modifier(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        let w = self.low(j);
        let next = j + 1;
        let noun_after = self.is_word(next)
            && !self.attached(next)
            && !self.capitalised(next)
            && !words::is_stopword(self.low(next));
        if !(is_whole_count(a)
            && self.is_word(j)
            && !self.attached(j)
            && words::COUNTED_MODIFIERS.contains(w)
            && noun_after)
        {
            return None;
        }
        Some(
            self.modifier_period_compound(j)
                .unwrap_or_else(|| (FoundUnit::count(w.to_string()), next)),
        )
    }

    /// Rule `modifier_period_compound` (decision 1373): a listed noun at `j` before a
    /// period in the plural (`words/modifier_period_heads.txt`) makes one unit with it, a
    /// measure of work or of stays counted in that period: "2.15 million man days" →
    /// `man day`, "2.4 million bed nights" → `bed night`, "40,000 room nights" → `room
    /// night`, "12,000 person hours" → `person hour`.
    fn modifier_period_compound(&self, j: usize) -> Option<(FoundUnit, usize)> {
        let period = self.low(j + 1);
        words::MODIFIER_PERIOD_HEADS.contains(period).then(|| {
            let name = format!("{} {}", self.low(j), singular_noun(period));
            (FoundUnit::count(name), j + 2)
        })
    }
}
