//! A noun or gerund opening the sentence, capitalised only for that, that modifies the
//! plural a clause counts: "Drug deaths reached 4,907" counts `drug death`, as "drug
//! deaths reached 4,907" does in mid-sentence. Decision 566.

use super::*;

impl<'a> SentenceReader<'a> {
    /// `u`, the counted noun of a phrase starting at `start`, with the word before it when
    /// that word opens the sentence in title case and, in lower case, modifies a counted
    /// noun and names nothing (`words/opening_modifiers.txt`): "Netflix subscribers" still
    /// counts `subscriber`.
    pub(super) fn with_opening_modifier(&self, start: usize, u: FoundUnit) -> FoundUnit {
        if start == 0 || !matches!(u.class, UnitKind::Count { .. }) {
            return u;
        }
        let k = start - 1;
        let w = self.low(k);
        let title = self.raw(k).chars().skip(1).all(|c| c.is_lowercase());
        if self.is_word(k)
            && self.capitalised(k)
            && title
            && self.opens_sentence(k)
            && words::OPENING_MODIFIERS.contains(w)
        {
            FoundUnit {
                name: format!("{w} {}", u.name),
                class: u.class,
            }
        } else {
            u
        }
    }
}
