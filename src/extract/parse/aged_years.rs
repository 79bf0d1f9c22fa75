//! Rule `aged_years_is_age` (decision 494): years written after "aged" are an age, as
//! "aged 45" and "over 12 years old" are (README: "Ages"): "patients aged ≥65 years",
//! "dogs aged 2-3 years", "children aged between 5 and 11 years" → `year of age`. Only
//! years: no set annotates "aged 6 months", so months are left as read.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `aged_years_is_age`: see the module's note.
    pub(super) fn aged_years_is_age(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let years = m
            .unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Time && u.name == "year");
        let p = m.first.min(a.first);
        // "aged 45 years", "aged ≥65 years", "aged between 5 and 11 years".
        let aged = (p >= 1 && self.low(p - 1) == "aged")
            || (p >= 2 && self.low(p - 2) == "aged" && !self.is_num(p - 1));
        if years && aged && a.cur.is_none() && m.high <= 130.0 {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }
}
