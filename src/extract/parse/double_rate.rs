//! A rate with two denominators: a second "per" (issue 17, branch exleft30, decision
//! 600: "two vet visits per year per pet", "40 mg per kg per day") or a period after
//! "a", "an", "each" or "every" right after a rate (branch exrate33, decision 638: "3
//! litres per person a day", "25 lightning strikes per square mile each year").

use super::*;

impl SentenceReader<'_> {
    /// The rate `name` read up to `end`, extended by a second "per" and its denominator
    /// right there ("per year per pet"; "per cent" is no denominator) or by a period a
    /// rate is counted in after "a", "an", "each" or "every" ("per person a day"; not "a
    /// year ago", "every year since", nor the period the rate is already in).
    pub(super) fn second_per(&self, name: String, end: usize) -> (String, usize) {
        // "140L/person/day", "120 L / person / day": a second slash (decision 817).
        if let Some((den, after)) = self.slash_second_per(end) {
            return (format!("{name} per {den}"), after);
        }
        if !self.is_word(end) {
            return (name, end);
        }
        let per = self.low(end) == "per" && self.low(end + 1) != "cent";
        let article = matches!(self.low(end), "a" | "an" | "each" | "every")
            && self.rate_word_at(end)
            && !name.ends_with(&format!(" per {}", singular_noun(self.low(end + 1))));
        if !per && !article {
            return (name, end);
        }
        match self.denominator(end + 1, false, false) {
            Some((den, after)) => (format!("{name} per {den}"), after),
            None => (name, end),
        }
    }
}
