//! A figure that is the size of a population: "a population of about 2000", "has a
//! population of 1500" count people, so a plain four-digit figure there is no year
//! (decision 861). Only "population of", a qualifier phrase between or none.

use super::*;

impl SentenceReader<'_> {
    /// Whether the amount `a` follows "population of", with at most one qualifier
    /// phrase of `words/qualifiers.txt` between ("of about", "of nearly").
    pub(super) fn population_size(&self, a: &Amt) -> bool {
        let Some(of) = (a.num.saturating_sub(4)..a.num)
            .rev()
            .find(|&k| self.is_word(k) && self.low(k) == "of")
        else {
            return false;
        };
        if of == 0 || self.low(of - 1) != "population" {
            return false;
        }
        if of + 1 == a.num {
            return true;
        }
        if !(of + 1..a.num).all(|k| self.is_word(k)) {
            return false;
        }
        words::qualifier_phrases()
            .iter()
            .any(|&(p, _, _)| p.split(' ').eq((of + 1..a.num).map(|k| self.low(k))))
    }
}
