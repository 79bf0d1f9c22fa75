//! A rate after a comparative that follows a sum or a measure (issue 17, branch
//! exless32): "pays staff £1,200 more a year", "drink 2 litres extra a day" (decision
//! 615).

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `rate_after_comparative` (decision 615): a sum or a measure followed by a
    /// word of `words/comparatives_after_figure.txt` and a rate ("£1,200 more a year",
    /// "£40 less per month") takes the rate as if the comparative were not there, as a
    /// count does through its noun ("700 more trains a day"). The comparative itself adds
    /// no change (decision 614), and the mention keeps its end.
    pub(super) fn rate_after_comparative(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        let Some(unit) = m.unit.as_ref() else {
            return Ok(());
        };
        let open = matches!(unit.class, UnitKind::Currency(_) | UnitKind::Measure);
        if nested || !open || is_year(a) {
            return Ok(());
        }
        let k = m.end;
        if !self.is_word(k) || !words::COMPARATIVES_AFTER_FIGURE.contains(self.low(k)) {
            return Ok(());
        }
        self.take_rate_at(m, k + 1);
        Ok(())
    }
}
