//! Rates whose period stands away from the unit or is written as an adverb, and the
//! mass a time is counted per: "150 minutes of moderate-intensity activity per week",
//! "2 litres of water daily", "13 minutes per pound" (decisions 437–438).

use super::*;
use crate::units::Unit;

/// The most words (a hyphened compound counts as one) an "of" phrase may hold between a
/// unit and its rate word.
const PHRASE_WORDS: usize = 3;

impl SentenceReader<'_> {
    /// "180 bushels of corn per acre", "1mm of sea level rise per year", "150 minutes of
    /// moderate-intensity aerobic activity per week", "75 minutes of vigorous activity
    /// weekly": a measure or a span of time, "of" and the stuff measured (one to three
    /// plain words, a hyphened compound or a letter code one word), then a rate, or one
    /// phrase opened by a preposition and the rate — "per", "a"/"an" or
    /// "each"/"every" and a noun a rate is counted in, or a rate adverb. Returns where
    /// the rate word stands.
    pub(super) fn substance_rate(&self, k: usize) -> Option<usize> {
        let per = self.of_phrase_find(k, |r| {
            if self.rate_word_at(r) {
                return Some(r);
            }
            // "of water around the machine each minute" (decision 847).
            self.rate_past_phrase(r)
        })?;
        (!self.dose_frequency_before(per)).then_some(per)
    }

    /// Rule `dose_frequency_before` (decision 1413): "200 mg of the drug twice daily",
    /// "two tablets of paracetamol three times a day": a rate word right after "once",
    /// "twice", "thrice" or "times" (`words/dose_frequency_words.txt`) is how often the
    /// measure is taken, so the measure is no rate of that period (real u's "200 mg …
    /// three times a day" → `milligram`).
    fn dose_frequency_before(&self, per: usize) -> bool {
        per > 0 && self.is_word(per - 1) && words::DOSE_FREQUENCY_WORDS.contains(self.low(per - 1))
    }

    /// Walks the "of" phrase at `k` (one to three plain words, a hyphened compound one
    /// word, a letter code one word; a determiner may open it) and returns what `at`
    /// finds right after one of its words.
    pub(super) fn of_phrase_find(
        &self,
        k: usize,
        at: impl Fn(usize) -> Option<usize>,
    ) -> Option<usize> {
        if self.low(k) != "of" {
            return None;
        }
        let plain =
            |w: usize| self.is_word(w) && !self.capitalised(w) && !words::is_stopword(self.low(w));
        // "of fruit and vegetables a day": two plain words joined by "and" or "or" (decision
        // 597).
        let joined = |w: usize| w > k + 1 && matches!(self.low(w), "and" | "or") && plain(w + 1);
        let mut w = k + 1;
        // "of this vitamin each day" (decision 846); a possessive names whose share it is
        // ("6 hours of their time each week", exbm17's probe).
        if matches!(self.low(w), "the" | "this" | "that" | "these" | "those") && plain(w + 1) {
            w += 1;
        }
        for _ in 0..PHRASE_WORDS {
            // "of vitamin D a day", "of CO2-equivalent emissions per year" (decision 846).
            if let Some(end) = self.code_end(w) {
                w = end;
            } else if !plain(w) && !joined(w) {
                return None;
            }
            while self.is_sym(w + 1, '-')
                && self.attached(w + 1)
                && self.attached(w + 2)
                && plain(w + 2)
            {
                w += 2;
            }
            let r = w + 1;
            if let Some(found) = at(r) {
                return Some(found);
            }
            w = r;
        }
        None
    }

    /// Whether a rate begins at `r`: "per" and a unit or a noun a rate is counted in, "a",
    /// "an", "each" or "every" and such a noun (not "a week ago", "every year since"), or
    /// a rate adverb closing the phrase.
    pub(super) fn rate_word_at(&self, r: usize) -> bool {
        match self.low(r) {
            "per" => self.unit_at(r + 1).is_some() || words::rate_noun(self.low(r + 1)),
            "a" | "an" => words::rate_noun(self.low(r + 1)) && !self.period_names_a_time(r + 2),
            // "300 gallons of water each day" (decision 486), as "$10 each month".
            "each" | "every" => {
                words::rate_noun(self.low(r + 1))
                    && !matches!(self.low(r + 2), "since" | "until" | "till")
            }
            _ => self.rate_adverb_at(r).is_some(),
        }
    }

    /// Rule `period_names_a_time`: whether the word at `k`, right after "a year", "a
    /// month", …, makes that period a time rather than a rate: "ago", "earlier", "later",
    /// or "before" not followed by what a sum is counted before (`words/before_deduction_words.txt`).
    /// "50,786 a year before" and "$4.1 billion a year ago" are times; "£32,000 a year
    /// before tax" is a rate (decision 1299).
    pub(super) fn period_names_a_time(&self, k: usize) -> bool {
        match self.low(k) {
            "ago" | "earlier" | "later" => true,
            "before" => !words::BEFORE_DEDUCTION_WORDS.contains(self.low(k + 1)),
            _ => false,
        }
    }

    /// The period a rate adverb at `r` names ("weekly": week), when the adverb ends the
    /// phrase: followed by no word or by a stopword ("daily in order to", "weekly of
    /// strength training"), not by a noun it describes ("monthly active users").
    pub(super) fn rate_adverb_at(&self, r: usize) -> Option<&'static str> {
        if !self.is_word(r) {
            return None;
        }
        let period = words::RATE_ADVERBS.get(self.low(r))?;
        (!self.is_word(r + 1) || words::is_stopword(self.low(r + 1))).then_some(period)
    }

    /// "2 litres daily", "two or more days weekly", "£21,000 annually", "780,000 deaths
    /// annually", "grew 9.8% annually": a measure, a span of time, a sum, a count or a share
    /// with a rate adverb after it (or after its bracketed conversion, `r` past the bracket)
    /// is a rate of that period (decisions 437, 653, 1385). A count reaches the adverb
    /// through its "of" phrase or its passive verb too ("four containers of hydrogen will be
    /// transported daily"), as the other units do (rule `count_before_rate_adverb`, decision
    /// 781).
    pub(super) fn adverb_rate(
        &self,
        unit: &FoundUnit,
        r: usize,
        k: usize,
    ) -> Option<(FoundUnit, usize)> {
        if !takes_rate_adverb(&unit.class) {
            return None;
        }
        let period = self.rate_adverb_at(r)?;
        let end = if r == k { r + 1 } else { k };
        Some((
            FoundUnit {
                name: format!("{} per {period}", unit.name),
                class: UnitKind::Rate,
            },
            end,
        ))
    }

    /// "13 minutes per pound", "15 to 20 minutes a pound": a span of time counted per a
    /// spelling that is both money and a mass is per the mass (roasting, thawing and
    /// smoking times), as a price's is (decision 142); a spelling the registry reads on
    /// its own ("per mile", "per kilogram") is left to it.
    pub(super) fn mass_after_time(&self, d: usize) -> Option<(&'static Unit, usize)> {
        if self
            .unit_at(d)
            .is_some_and(|(def, _)| def.dimension != "money")
        {
            return None;
        }
        self.mass_spelling_at(d)
    }

    /// The noun of a hyphened rate at `d` ("£250,000-a-week": week): after a span of time
    /// a pound is of mass, as in "a 13-minute-per-pound rule".
    pub(super) fn hyphened_denominator(&self, unit: &FoundUnit, d: usize) -> String {
        match self.mass_after_time(d) {
            Some((mass, end)) if unit.class == UnitKind::Time && end == d + 1 => mass.name.clone(),
            _ => self.low(d).to_string(),
        }
    }
}

/// Whether a unit of this class becomes a rate before a rate adverb: measures, spans of
/// time, sums, counts and shares. A share joined since decision 1385: "grew 9.8% annually"
/// is `percentage per year` as "grew 25% a year" was, in 6 readable golds against 2 (real
/// ai's "9.7 percent from September and 7.4 percent annually", blind i); decision 437 had
/// left shares out on ai's one gold.
fn takes_rate_adverb(class: &UnitKind) -> bool {
    matches!(
        class,
        UnitKind::Measure
            | UnitKind::Time
            | UnitKind::Currency(_)
            | UnitKind::Count { .. }
            | UnitKind::Percent
    )
}
