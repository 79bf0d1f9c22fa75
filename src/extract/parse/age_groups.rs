//! An age group written as a bound before a plural of years (decision 569): "in
//! over-65s", "with under-5s", "for under 21s" → 65, 5, 21 `year of age`, "over" a bound
//! above and "under" a bound below, as the readable golds write them. The figure is one
//! or two digits with a glued "s", right after "over" or "under" (spaced or hyphenated);
//! "on the 21s" (wheels), "the 1990s" (a decade) and "over 100s of fans" (hundreds) are
//! no age and stay skipped.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The age group whose figure is at `i` and whose glued "s" is at `j`, if it is one.
    pub(super) fn age_group(&self, i: usize, j: usize) -> Option<Outcome> {
        if self.low(j) != "s" || !self.attached(j) || self.low(j + 1) == "of" {
            return None;
        }
        let raw = self.raw(i);
        if raw.is_empty() || raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let bound = self.age_bound_before(i)?;
        let value = num_value(raw)?;
        if value < 1.0 {
            return None;
        }
        let (qual, first) = bound;
        let found = Found {
            first,
            end: j + 1,
            low: value,
            high: value,
            range: false,
            unit: Some(FoundUnit::age()),
            qual: Some(qual),
            change: None,
            total: None,
            date: None,
            fraction: false,
        };
        Some(Outcome::Found(Box::new(found), j + 1))
    }

    /// "over" or "under" right before the figure at `i`, spaced ("under 21s") or joined by
    /// a hyphen ("over-65s"): the bound and where the word is.
    fn age_bound_before(&self, i: usize) -> Option<(QualCode, usize)> {
        let k = if i >= 2 && self.is_sym(i - 1, '-') && self.attached(i) && self.attached(i - 1) {
            i - 2
        } else if i >= 1 && !self.attached(i) {
            i - 1
        } else {
            return None;
        };
        match self.low(k) {
            "over" => Some((QualCode::Gt, k)),
            "under" => Some((QualCode::Lt, k)),
            _ => None,
        }
    }
}
