//! A bare figure repeating the shape of the figure before it (issue 17, branch exand35):
//! "up from 6,901 in 2019 and 4,404 in 2016" counts the same things in the same unit as
//! 6,901. Decision 660.

use super::*;

impl SentenceReader<'_> {
    /// A bare figure (no unit of its own) joined by ",", "and", "or", ", and" or ", or" to
    /// the figure before it, each figure followed by its own time ("in 2019", "in
    /// March"), takes the earlier figure's unit when the two are within a factor of ten:
    /// "11,573 tickets per show, up from 6,901 in 2019 and 4,404 in 2016" → `ticket per
    /// show` for 4,404. A figure with a place after it ("78,333 in Hillingdon and
    /// 190,737 in Brent") is left as read: real cc writes such a list bare.
    pub(super) fn parallel_time_takes_unit(&self, found: &mut Found, mem: &Memory) {
        if !found.bare_single() {
            return;
        }
        let Some((pend, value, unit)) = &mem.last_figure else {
            return;
        };
        let Some(time_end) = self.time_adjunct(*pend, found.first) else {
            return;
        };
        if !self.parallel_joint(time_end, found.first)
            || self.time_adjunct(found.end, self.n()).is_none()
        {
            return;
        }
        if one_size(found.low, *value) {
            found.unit = Some(unit.clone());
        }
    }

    /// Whether the tokens `from..to` are ",", "and", "or", ", and" or ", or".
    fn parallel_joint(&self, from: usize, to: usize) -> bool {
        let joint = |k: usize| matches!(self.low(k), "and" | "or");
        match to.checked_sub(from) {
            Some(1) => self.is_sym(from, ',') || joint(from),
            Some(2) => self.is_sym(from, ',') && joint(from + 1),
            _ => false,
        }
    }
}
