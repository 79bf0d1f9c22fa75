//! A rate's denominator written away from its figure (issue 17, branch exrate47,
//! decisions 846–849): past a letter code or a determiner in the "of" phrase ("10
//! micrograms of vitamin D a day", "ten gigatonnes of CO2-equivalent emissions per
//! year", "10 micrograms of this vitamin each day"), past "worth of" after a sum ("$2500
//! worth of grapes a year"), past one phrase opened by a preposition ("25,000 litres of
//! water around the machine each minute", "1,500 migrants into the country each day"),
//! and shared by figures in a list ("150 to 300 minutes of moderate-intensity, or 75 to
//! 150 minutes of vigorous-intensity aerobic activity per week"). A rate right after a
//! preposition is a span of a total, not a denominator ("40mm of rain in an hour").
//! The relative clause ("deaths that occur in the US every year", decision 848) is
//! `verb_rate.rs`.

use super::*;

/// The most letters of a code naming a stuff ("D" in "vitamin D", "CO" in "CO2").
const CODE_LETTERS: usize = 3;
/// The most tokens of the second figure of a list ("75 to 150").
const LIST_FIGURE_TOKENS: usize = 3;

impl SentenceReader<'_> {
    /// The rate written away from the unit ending before `k`, when none stands right
    /// after it: shared with the next figure of a list, after "worth of", or past one
    /// phrase opened by a preposition. The mention of a list's first figure ends where
    /// it did; the others reach the rate.
    pub(super) fn far_rate(&self, unit: &FoundUnit, k: usize) -> Option<(FoundUnit, usize)> {
        let counted = matches!(
            unit.class,
            UnitKind::Measure | UnitKind::Time | UnitKind::Count { .. }
        );
        let sum = matches!(unit.class, UnitKind::Currency(_));
        if counted
            && k > 0
            && let Some(per) = self.of_phrase_find(k, |p| self.shared_list_rate(k - 1, p))
        {
            let (found, _) = self.read_rate(unit.clone(), per);
            return (found.class == UnitKind::Rate).then_some((found, k));
        }
        let per = if sum { self.worth_rate(k) } else { None };
        let per = per.or_else(|| (counted || sum).then(|| self.rate_past_phrase(k)).flatten())?;
        let found = self.read_rate(unit.clone(), per);
        (found.0.class == UnitKind::Rate).then_some(found)
    }

    /// Rule `code_in_phrase` (decision 846): the last token of a letter code at `w` in an
    /// "of" phrase: one to three capital letters, glued to a number or not ("vitamin D",
    /// "CO2", "B12").
    pub(super) fn code_end(&self, w: usize) -> Option<usize> {
        let raw = self.raw(w);
        let code = self.is_word(w)
            && raw.len() <= CODE_LETTERS
            && raw.bytes().all(|b| b.is_ascii_uppercase());
        if !code {
            return None;
        }
        Some(if self.is_num(w + 1) && self.attached(w + 1) {
            w + 1
        } else {
            w
        })
    }

    /// Rule `rate_past_phrase` (decision 847): where the rate stands after one short
    /// phrase opened at `x` by a word of `words/verb_rate_prepositions.txt`: the
    /// preposition, a determiner or none, and one word ("around the machine each minute",
    /// "into the country each day", "on average every minute"), the rate one of time. A
    /// longer phrase may hold
    /// a verb whose frequency the rate is ("20 lifeguards on the beach work every day"),
    /// and a rate right after a preposition is a span of a total ("40mm of rain in an
    /// hour", "$5 million for charity in a year"), as is one after a number or a fraction
    /// word ("220c for half an hour").
    pub(super) fn rate_past_phrase(&self, x: usize) -> Option<usize> {
        if !self.is_word(x) || !words::VERB_RATE_PREPOSITIONS.contains(self.low(x)) {
            return None;
        }
        let mut y = x + 1;
        if words::MODIFIER_DETERMINERS.contains(self.low(y)) {
            y += 1;
        }
        let w = self.low(y);
        // "at 220c for half an hour": a number or a fraction word makes the phrase a span.
        let amount = words::fraction_word(w).is_some()
            || number::small_number_word(w).is_some()
            || number::scale_word(w).is_some();
        let noun = self.is_word(y) && !amount && !words::is_stopword(w) && self.phrase_token(y);
        (noun && self.period_rate_at(y + 1)).then_some(y + 1)
    }

    /// Whether a rate of time begins at `r`: a rate adverb, or a rate word and a span of
    /// time or a period of `words/bare_rate_periods.txt` ("each minute", "a day"); not a
    /// rate of a counted thing ("from half a dozen states").
    fn period_rate_at(&self, r: usize) -> bool {
        if !self.rate_word_at(r) {
            return false;
        }
        let d = r + 1;
        self.rate_adverb_at(r).is_some()
            || words::BARE_RATE_PERIODS.contains(self.low(d))
            || self
                .unit_at(d)
                .is_some_and(|(def, _)| def.dimension == "duration")
    }

    /// Rule `worth_rate` (decision 846): "$2500 worth of grapes a year", "£60 worth of
    /// food a month": a sum's "worth of" phrase carries the rate as a measure's "of"
    /// phrase does.
    pub(super) fn worth_rate(&self, k: usize) -> Option<usize> {
        if self.low(k) != "worth" {
            return None;
        }
        self.substance_rate(k + 1)
    }

    /// Rule `shared_list_rate` (decision 849): the figures of a list ("150 to 300 minutes
    /// of moderate activity, or 75 to 150 minutes of vigorous activity per week") share
    /// the rate closing the last one: at `p`, past the first figure's "of" phrase, ", or"
    /// or "and", a figure (a number, a range of numbers), the same unit word as the first
    /// figure's at `u`, and an "of" phrase with its rate. Returns where the rate stands.
    pub(super) fn shared_list_rate(&self, u: usize, p: usize) -> Option<usize> {
        let p = if self.is_sym(p, ',') { p + 1 } else { p };
        if !matches!(self.low(p), "or" | "and") || !self.is_num(p + 1) {
            return None;
        }
        let mut q = p + 2;
        while q < p + 2 + LIST_FIGURE_TOKENS
            && (self.is_num(q) || self.is_sym(q, '-') || self.low(q) == "to")
        {
            q += 1;
        }
        if !self.is_word(q) || self.low(q) != self.low(u) {
            return None;
        }
        self.substance_rate(q + 1)
    }
}
