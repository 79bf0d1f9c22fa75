//! Rates per a round population (issue 17, branch exrate53, decisions 984–986): "41.5
//! per 100,000 people", "4.7 deaths per 1,000 live births", "134 cases per 100 000
//! population", "52 per million inhabitants", "7.5 new infections for every 100,000
//! people". The round base and the population noun after it are the rate's denominator,
//! never a quantity of their own; the base is written as plain digits when it is a figure
//! ("100,000", "100 000", "100k" → "100000") and as written when it is a word ("per
//! million", "per thousand": README dm, aw). A denominator in words that is a registry
//! unit ("per thousand cubic feet") is `rates.rs`'s `scaled_denominator`.

use super::bare_rate::unitless_figure;
use super::finish::{Draft, Step};
use super::*;

/// The fewest and most zeros after the "1" of a round base in digits: 1,000 to
/// 10,000,000. A base of 100 ("7.8 for every 100 renter households") is a share, two
/// figures as README co/cp and dm annotate it (decision 984).
const BASE_ZEROS: std::ops::RangeInclusive<usize> = 3..=7;

impl SentenceReader<'_> {
    /// Rule `population_denominator` (decision 985): at `d`, a round base — "100,000",
    /// "100 000", "100k", "1,000", "thousand", "million" — then a population
    /// noun of `words/population_nouns.txt`, with at most one describing word before it
    /// ("live births", "married women", "young men"), or nothing a noun could be (a
    /// stopword, a sign, a number or the end: "41.5 per 100,000 in 2021"). Returns the
    /// denominator ("100000 people", "1000 live birth", "million inhabitant", "100000")
    /// and the token after it. A base before any other word ("per 1,000 impressions") is
    /// not read here.
    pub(super) fn population_denominator(&self, d: usize) -> Option<(String, usize)> {
        let (base, after) = self.round_base(d)?;
        if let Some((noun, end)) = self.population_noun(after) {
            return Some((format!("{base} {noun}"), end));
        }
        let open = !self.is_word(after) || words::is_stopword(self.low(after));
        (open && !self.is_num(after)).then_some((base, after))
    }

    /// A round base at `d`: its text in the rate's unit and the token after it.
    fn round_base(&self, d: usize) -> Option<(String, usize)> {
        if self.is_word(d) {
            let w = self.low(d);
            return matches!(w, "thousand" | "million").then(|| (w.to_string(), d + 1));
        }
        if !self.is_num(d) {
            return None;
        }
        let (mut digits, mut after) = match self.space_grouped(d) {
            Some((joined, last)) => (joined, last + 1),
            None => (self.raw(d).replace(',', ""), d + 1),
        };
        // "per 100k people": the thousands letter glued to the figure.
        if let Some(stem) = digits.strip_suffix(['k', 'K']) {
            digits = format!("{stem}000");
        } else if self.attached(after) && matches!(self.raw(after), "k" | "K") {
            digits.push_str("000");
            after += 1;
        }
        let round = digits.starts_with('1')
            && digits.bytes().skip(1).all(|b| b == b'0')
            && BASE_ZEROS.contains(&(digits.len() - 1));
        round.then_some((digits, after))
    }

    /// A population noun at `k`, or one describing word then a population noun: the
    /// words with the noun singular, and the token after them.
    fn population_noun(&self, k: usize) -> Option<(String, usize)> {
        let noun = |i: usize| self.is_word(i) && words::POPULATION_NOUNS.contains(self.low(i));
        if noun(k) {
            return Some((singular_noun(self.low(k)), k + 1));
        }
        let describing = self.is_word(k)
            && !self.capitalised(k)
            && !words::is_stopword(self.low(k))
            && number::small_number_word(self.low(k)).is_none();
        (describing && noun(k + 1)).then(|| {
            (
                format!("{} {}", self.low(k), singular_noun(self.low(k + 1))),
                k + 2,
            )
        })
    }

    /// "for every 100,000 people" at `r`: "for every" before a population denominator is
    /// "per" (decision 985), and so is "out of every" (rule `out_of_every_population`,
    /// decision 1031: README dy's "105 out of every 1,000 people" → `per 1000 people`; a
    /// base of 10 or 100, "one out of every 10 pupils", is no round population and stays
    /// a ratio). Returns where the denominator starts.
    pub(super) fn for_every_population(&self, r: usize) -> Option<usize> {
        let d = match self.low(r) {
            "for" if self.low(r + 1) == "every" => r + 2,
            "out" if self.low(r + 1) == "of" && self.low(r + 2) == "every" => r + 3,
            _ => return None,
        };
        self.population_denominator(d).is_some().then_some(d)
    }

    /// Rule `bare_population_rate` (decision 986): a figure with no unit, then "per" or
    /// "for every" and a population denominator, is a rate with no counted noun: "41.5
    /// per 100,000 people" → `per 100000 people`, "rose to 31.7 per 100,000" → `per
    /// 100000` (README dm's "at 3317 per million inhabitants" → `per million
    /// inhabitant`). The mention ends after the denominator, so the base is no quantity
    /// of its own.
    pub(super) fn bare_population_rate(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if !unitless_figure(a, m) {
            return Ok(());
        }
        let r = m.end;
        let d = if self.low(r) == "per" {
            r + 1
        } else if let Some(d) = self.for_every_population(r) {
            d
        } else {
            return Ok(());
        };
        if let Some((den, end)) = self.population_denominator(d) {
            m.unit = Some(FoundUnit {
                name: format!("per {den}"),
                class: UnitKind::Rate,
            });
            m.end = end;
        }
        Ok(())
    }
}

/// Whether a unit is a rate per a round base ("per 100000 people", "death per 1000 live
/// birth", "per million inhabitant"): the word after its "per" is a base
/// `population_denominator` reads (decision 985).
pub(super) fn per_round_base(name: &str) -> bool {
    name.split(' ')
        .skip_while(|w| *w != "per")
        .nth(1)
        .is_some_and(|w| {
            matches!(w, "thousand" | "million")
                || (w.starts_with('1')
                    && w.bytes().skip(1).all(|b| b == b'0')
                    && BASE_ZEROS.contains(&(w.len() - 1)))
        })
}
