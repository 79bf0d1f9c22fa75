//! A glued "m" read the same way by the window and the sentence rules: a figure that
//! modifies the noun after it measures that noun ("Residents want a 5m wall"), wherever
//! a counted noun stands; otherwise a count near it or in the sentence makes it a million
//! ("an audience of 12m", "the list has fallen from 7.75m"), as does a large figure it
//! was reached from ("by 460,000 to more than 14m") or a verb of its clause after it
//! ("19.4m had cavity walls").

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether the glued scale abbreviation at `j` after the figure at `i` is a count's
    /// scale because of the words around it: a counted noun in the eight words before
    /// (`count_context`) or anywhere in a sentence that names no length
    /// (`count_sentence`, which itself refuses a word after the "m"), unless an article
    /// stands before a figure whose "m" modifies the noun after it.
    pub(super) fn counted_glued_scale(&self, i: usize, j: usize) -> bool {
        self.count_sentence(j) || (self.count_context(i) && !self.article_glued_m(i, j))
    }

    /// "a 5m wall", "a 30m tower": an article, the figure, a glued "m" and a noun it
    /// modifies (not a change noun: "a 2m rise in visitors" counts). An article keeps
    /// "watched" in "an audience of 12m watched" from being read as that noun.
    fn article_glued_m(&self, i: usize, j: usize) -> bool {
        self.raw(j) == "m"
            && i > 0
            && matches!(self.low(i - 1), "a" | "an")
            && self.glued_m_modifies(j)
            && !words::CHANGE_NOUNS_AFTER_PHRASE.contains(self.low(j + 1))
    }

    /// Whether a word other than a stopword or an adverb follows the "m" at `j`, so that
    /// the figure modifies it: "a 5m pier", "a 30m tower" (a length, as a count of
    /// towers would be written "30m towers" and read by `counted_after`).
    pub(super) fn glued_m_modifies(&self, j: usize) -> bool {
        self.is_word(j + 1)
            && !words::is_stopword(self.low(j + 1))
            && !self.low(j + 1).ends_with("ly")
    }
}

impl SentenceReader<'_> {
    /// Rule `acronym_count_after` (decision 1309): "Of its 17.3m UK customers", "3.4m NHS
    /// patients": an acronym in capitals (two to five letters, no unit) opening the counted
    /// noun phrase after the glued letter at `j` makes it a count's scale, as a lower-case
    /// phrase does (`counted_after`). Not after an article: "the 400m IM swimmers" race.
    pub(super) fn acronym_count_after(&self, i: usize, j: usize) -> bool {
        let k = j + 1;
        let r = self.raw(k);
        !(i > 0 && matches!(self.low(i - 1), "the" | "a" | "an"))
            && self.is_word(k)
            && !self.attached(k)
            && (2..=5).contains(&r.len())
            && r.bytes().all(|b| b.is_ascii_uppercase())
            && self.unit_at(k).is_none()
            && self.counted_after(k + 1)
    }

    /// Rule `metre_speed_or_conversion` (decision 1309): "travels 6m per second", "cleared
    /// 6.24m (20ft 5¾in)": a glued "m" at `j` before "per second" or "a second", or before a
    /// bracket converting it into feet, inches or yards, is a metre, whatever counts the
    /// sentence names.
    pub(super) fn metre_speed_or_conversion(&self, j: usize) -> bool {
        if self.raw(j) != "m" {
            return false;
        }
        let speed = matches!(self.low(j + 1), "per" | "a") && self.low(j + 2) == "second";
        let converted = self.is_sym(j + 1, '(')
            && self.is_num(j + 2)
            && self
                .unit_at(j + 3)
                .is_some_and(|(u, _)| matches!(u.name.as_str(), "foot" | "inch" | "yard"));
        speed || converted
    }

    /// "fell by 95,000 to 7.54m", "increased by 460,000 to more than 14m": after "to" or
    /// "from" and a figure of ten thousand or more before it, the glued "m" at the figure
    /// `i` is its scale; a qualifier phrase may stand between "to" and the figure
    /// (decision 737).
    pub(super) fn glued_after_large_figure(&self, i: usize) -> bool {
        let start = self.qualifier_before(i).map_or(i, |(_, s)| s);
        start >= 2
            && matches!(self.low(start - 1), "to" | "from")
            && self.is_num(start - 2)
            && num_value(self.raw(start - 2)).is_some_and(|v| v >= 10_000.0)
    }

    /// Whether a verb that opens the figure's clause (`words/count_clause_verbs.txt`)
    /// follows the glued letter at `j`: "19.4m had cavity walls", "the remaining 8m
    /// having solid walls" — a length is not the subject of "had".
    pub(super) fn clause_verb_after_glued(&self, j: usize) -> bool {
        self.is_word(j + 1) && words::COUNT_CLAUSE_VERBS.contains(self.low(j + 1))
    }
}
