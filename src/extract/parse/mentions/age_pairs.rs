//! An age in a parallel pair (issue 17, branch exunit51, decision 912): "the average age
//! at divorce was 45.6 for men and 43.1 for women", "life expectancy fell to 78.6 years
//! for men and 82.6 years for women", "was 34.8 in 2001, compared with 32.2 years for
//! women". The later figure, bare or in plain years, gives the same measure for another
//! group, so it is an age as the first one is. An age list with nothing between ("aged 10
//! and 11") is `ages_after_age` in `mentions.rs`.

use super::*;

/// The most tokens between the age before and the later figure: "for men and" is three,
/// "in 2001 , compared with" five.
const PAIR_GAP: usize = 8;

impl SentenceReader<'_> {
    /// Rule `age_pair_takes_age` (decision 912): a figure bare or in plain years, no
    /// range, change or fraction, at most 130, followed by "for" and a word, takes `year
    /// of age` when the mention before it was an age, the words between open with that
    /// age's own "for …" or "in YEAR" and end with a link of a pair ("and", "against",
    /// "versus", "while", "whereas", "compared with/to"), within `PAIR_GAP` tokens, with
    /// no number but a year and no clause mark between.
    pub(super) fn age_pair_takes_age(&self, found: &mut Found, mem: &Memory) {
        let Some(e) = mem.last_age_end else {
            return;
        };
        let years = found.unit.as_ref().is_none_or(|u| u.name == "year");
        if years
            && !found.range
            && !found.fraction
            && found.change.is_none()
            && found.low > 0.0
            && found.high <= 130.0
            && found.first > e
            && found.first - e <= PAIR_GAP
            && matches!(self.low(e), "for" | "in")
            && self.low(found.end) == "for"
            && self.is_word(found.end + 1)
            && self.pair_link_between(e, found.first)
        {
            found.unit = Some(FoundUnit::age());
        }
    }

    /// Whether the tokens `from..to` join two figures of a pair: no number but a year,
    /// no clause mark, and a link word last ("and", "against", "versus", "vs", "while",
    /// "whereas", "compared with", "compared to"), a pronoun and "is"/"was" allowed after
    /// it ("59 for men, while it is 57 for women").
    fn pair_link_between(&self, from: usize, to: usize) -> bool {
        let clean = (from..to).all(|k| {
            !([';', ':', '.', '(', ')'].iter().any(|&c| self.is_sym(k, c))
                || (self.is_num(k) && !self.year_token(k)))
        });
        let mut k = to;
        if k >= from + 3
            && matches!(self.low(k - 1), "is" | "was" | "are" | "were")
            && matches!(self.low(k - 2), "it" | "they")
        {
            k -= 2;
        }
        clean
            && k > from + 1
            && (words::AGE_PAIR_LINKS.contains(self.low(k - 1))
                || (matches!(self.low(k - 1), "with" | "to") && self.low(k - 2) == "compared"))
    }

    /// A token of four digits that reads as a year: "in 2001".
    fn year_token(&self, k: usize) -> bool {
        let t = self.low(k);
        t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1800..=2199).contains(&y))
    }
}
