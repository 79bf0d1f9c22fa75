//! A count before a country's capitalised code and a plural noun ("3 US states", "10 US
//! banks", "About 500 US troops"): "US" after a bare number is also the dollar's code
//! written after the amount ("$76 US a barrel"), but a noun after it that is no unit says
//! it modifies that noun, as "30,350 EU students" is read `EU student` (decision 708).

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether "US" at `k` after an amount with no currency sign opens a counted noun:
    /// a lower-case word follows that starts no unit ("US tons", "US dollars" keep theirs).
    pub(super) fn country_code_before_noun(&self, k: usize, amt: &Amt) -> bool {
        self.raw(k) == "US"
            && amt.cur.is_none()
            && self.is_word(k + 1)
            && self
                .raw(k + 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && self.unit_at(k + 1).is_none()
    }

    /// "3 US states": the counted noun after "US" at `j` (read without it, as "us" is a
    /// stopword), the code kept before its name as "EU" is in `EU student`.
    pub(super) fn country_code_count(&self, j: usize, amt: &Amt) -> Option<(FoundUnit, usize)> {
        if !self.country_code_before_noun(j, amt) {
            return None;
        }
        let (unit, end) = self.noun_phrase(j + 1, false)?;
        let UnitKind::Count { .. } = unit.class else {
            return None;
        };
        let unit = FoundUnit {
            name: format!("US {}", unit.name),
            class: unit.class,
        };
        Some((unit, end))
    }
}
