//! A bare count with a rate of time after it and no noun: "pubs are closing at 36 a
//! week", "equivalent to 82 each day", "around 25,000 a year" are `per week`, `per day`,
//! `per year`, the rate's period kept as the unit (README cg/ch, cc/cd; decision 736).

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `bare_count_rate`: a figure with no unit (no currency, fraction, factor,
    /// proportion or year, no range), then "a"/"an"/"per"/"each"/"every" and a period of
    /// `words/bare_rate_periods.txt`, is a rate of that period. A time reference is no
    /// rate: "3,900 a year earlier", "45 a year ago", "every week since" (the word after
    /// the period, `bare_rate_time_reference`).
    pub(super) fn bare_count_rate(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range || !unitless_figure(a, m) {
            return Ok(());
        }
        let r = m.end;
        let p = r + 1;
        if !matches!(self.low(r), "a" | "an" | "per" | "each" | "every")
            || !self.is_word(r)
            || !self.is_word(p)
            || !words::BARE_RATE_PERIODS.contains(self.low(p))
            || self.bare_rate_time_reference(p + 1)
        {
            return Ok(());
        }
        // The mention keeps its end: the words after the rate are read as before ("82
        // each day and up from 78 per day" is no "and up" bound).
        m.unit = Some(FoundUnit {
            name: format!("per {}", self.low(p)),
            class: UnitKind::Rate,
        });
        Ok(())
    }

    /// Whether the token at `k`, right after a period, makes "a year" a point in time: a
    /// word of `words/period_time_references.txt` ("earlier", "ago", "since", …) or a
    /// hyphen ("a year-on-year rise").
    fn bare_rate_time_reference(&self, k: usize) -> bool {
        (self.is_sym(k, '-') && self.attached(k))
            || words::PERIOD_TIME_REFERENCES.contains(self.low(k))
    }
}

/// Whether the mention is a plain figure a rate word may give a unit: no unit yet, no
/// currency, fraction, factor, proportion or year (shared by `bare_count_rate` and
/// `bare_population_rate`).
pub(super) fn unitless_figure(a: &Amt, m: &Draft) -> bool {
    m.unit.is_none()
        && !m.multiplier
        && !a.multiplier
        && !a.fraction
        && !a.proportion
        && a.cur.is_none()
        && !is_year(a)
}
