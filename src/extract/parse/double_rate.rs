//! A rate with two "per" (issue 17, branch exleft30, decision 600): "two vet visits per
//! year per pet", "40 mg per kg per day" keep both denominators.

use super::*;

impl SentenceReader<'_> {
    /// The rate `name` read up to `end`, extended by a second "per" and its denominator
    /// right there ("per year per pet"); "per cent" is no denominator.
    pub(super) fn second_per(&self, name: String, end: usize) -> (String, usize) {
        if self.low(end) != "per" || !self.is_word(end) || self.low(end + 1) == "cent" {
            return (name, end);
        }
        match self.denominator(end + 1, false, false) {
            Some((den, after)) => (format!("{name} per {den}"), after),
            None => (name, end),
        }
    }
}
