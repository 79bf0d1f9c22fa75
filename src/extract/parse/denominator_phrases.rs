//! Rate denominators in more than one word or after a slash that is not glued on both
//! sides: "$9,200 per academic year", "250 litres per hose pipe use", "568 grains / cubic
//! meter", "12L/ flush", and a second denominator after a slash ("140L/person/day", "5
//! mg/kg/day"). The one-word denominator and the glued slash are `rates.rs`.

use super::*;

impl SentenceReader<'_> {
    /// Rule `denominator_phrase` (decision 816): a rate's denominator that is no registry
    /// unit and no rate noun, written with a describing word or as a compound noun, keeps
    /// its words ("$9,200 per academic year" → `dollar per academic year`, "$935 per
    /// monthly package", "250 litres per hose pipe use"). The words after the first are
    /// plain lower-case singular nouns (a unit may head the phrase: "academic year"), at
    /// most two, and the phrase must end at a clear boundary — a sign, a number or the
    /// end, or a stopword after a describing first word (an adjective ending, an
    /// adjective in -ly, a word in -ing) — or it is left at its first word ("per share
    /// last year", "per capita stood at" keep one word: a rate noun, a verb). `d` is the
    /// first word after "per"; returns the denominator, its head singular, and the token
    /// after it.
    pub(super) fn denominator_phrase(&self, d: usize) -> Option<(String, usize)> {
        let first = self.low(d);
        if !self.is_word(d)
            || self.capitalised(d)
            || words::is_stopword(first)
            || words::rate_noun(first)
            || words::RATE_DENOMINATORS.contains(first)
            || words::DENOMINATOR_MODIFIERS.contains(first)
            || self.unit_at(d).is_some()
            || self.looks_plural(first, false)
            || (self.is_sym(d + 1, '-') && self.attached(d + 1))
        {
            return None;
        }
        let noun = |k: usize| {
            let w = self.low(k);
            // A verb, an adverb or the first half of a hyphenated word ends the phrase.
            let not_a_noun = self.past_verb_at(k)
                || words::change_word(w).is_some()
                || w.ends_with("ing")
                || w.ends_with("ly")
                || (self.is_sym(k + 1, '-') && self.attached(k + 1));
            self.plain_singular_word(k) && !not_a_noun
        };
        let mut e = d + 1;
        while e < d + 3 && noun(e) {
            e += 1;
        }
        // A phrase opened by a describing word may end at a stopword ("per annual
        // inspection of"); one of nouns only must end at a sign or the end, as a verb
        // the lists do not hold may follow a noun ("per capita stood at").
        let describing = words::LY_ADJECTIVES.contains(first)
            || first.ends_with("ing")
            || words::ADJECTIVE_ENDINGS
                .entries()
                .iter()
                .any(|&(ending, _)| first.ends_with(ending));
        let boundary = !self.is_word(e) || (describing && words::is_stopword(self.low(e)));
        if e == d + 1 || !boundary {
            return None;
        }
        let mut name = String::new();
        for k in d..e - 1 {
            name.push_str(self.low(k));
            name.push(' ');
        }
        name.push_str(&singular_noun(self.low(e - 1)));
        Some((name, e))
    }

    /// Rule `spaced_slash_rate` (decision 817): a slash after a unit that is spaced on one
    /// side or both ("568 grains / cubic meter", "12L/ flush", "$300 / day") makes a rate
    /// as the glued slash does, when a lower-case word follows it that is no stopword,
    /// number word or plural (a figure after it, "20 points / 10 rebounds", is a second
    /// quantity). `r` is the slash, `k` the token
    /// after the unit.
    pub(super) fn spaced_slash_rate(&self, r: usize, k: usize) -> bool {
        r == k
            && self.is_sym(r, '/')
            && !(self.attached(r) && self.attached(r + 1))
            && self.is_word(r + 1)
            && !self.capitalised(r + 1)
            && !words::is_stopword(self.low(r + 1))
            && number::small_number_word(self.low(r + 1)).is_none()
            && !self.looks_plural(self.low(r + 1), false)
    }

    /// A second denominator after a slash right after a rate's first one, glued or spaced
    /// as the first was ("140L/person/day", "5 mg/kg/day", "120 L / person / day"): the
    /// slash at `end` and the token after its denominator, when there is one (rule
    /// `spaced_slash_rate`, decision 817).
    pub(super) fn slash_second_per(&self, end: usize) -> Option<(String, usize)> {
        if !self.is_sym(end, '/')
            || self.attached(end) != self.attached(end + 1)
            || !self.is_word(end + 1)
            || self.capitalised(end + 1)
            || words::is_stopword(self.low(end + 1))
            || number::small_number_word(self.low(end + 1)).is_some()
        {
            return None;
        }
        self.denominator(end + 1, false, false)
    }
}
