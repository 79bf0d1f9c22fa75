//! A count whose share stands in brackets between it and the noun it counts: "167 (13%)
//! passengers" counts passengers (rule `count_past_bracketed_share`, decision 1441).

use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `count_past_bracketed_share` (decision 1441): a whole count followed by its
    /// share in brackets and a plural noun ("a total of 167 (13%) passengers and nine (2%)
    /// crew members", "detained 152 (4.1%) ships") counts that noun, as real part eg's
    /// golds write it; the share is read as a mention of its own, so the count's mention
    /// ends before the bracket (the end returned is `j`). "215 (67%) of the ports" (the
    /// golds split on "N of the X", decision 1061) and a verb after the bracket ("312
    /// (12%) fell ill") are left as they were.
    pub(super) fn count_past_bracketed_share(
        &self,
        j: usize,
        amt: &Amt,
    ) -> Option<(FoundUnit, usize)> {
        if !self.is_sym(j, '(') || !is_whole_count(amt) || !self.is_num(j + 1) {
            return None;
        }
        let (share, close) = self.unit_at(j + 2)?;
        if share.dimension != "percent" || !self.is_sym(close, ')') {
            return None;
        }
        match self.noun_phrase(close + 1, false) {
            Some((unit, _)) if matches!(unit.class, UnitKind::Count { .. }) => Some((unit, j)),
            _ => None,
        }
    }
}
