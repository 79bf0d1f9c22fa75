//! Second figures of a poll or a vote that take their unit from the figure before them
//! (issue 17, branch expeer66, decision 1156): a whole counted "out of" after a part ("won
//! 50 seats out of 75"). The tally "by 312 votes to 287" is `tally_in_votes` in
//! `mentions.rs`; a poll's move in brackets after a share ("Labour 44% (-1)", decision
//! 1157) is `signed_bracket_change` in `bracketed.rs` (decision 1166).

use super::*;

impl SentenceReader<'_> {
    /// Rule `out_of_takes_count` (decision 1156): "won 50 seats out of 75", "took 17 wards
    /// out of 30": a bare figure right after "out of", right after a count, is the whole
    /// the part is counted against, a count of the same things. A figure with its own
    /// noun ("three out of 10 attempts") or after a figure with none ("1.63 million out of
    /// 8.2 million") keeps its reading.
    pub(super) fn out_of_takes_count(&self, found: &mut Found, mem: &Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.first < 2 {
            return;
        }
        if let Some((pend, Some(u))) = &mem.last_unit
            && *pend + 2 == found.first
            && self.low(found.first - 2) == "out"
            && self.low(found.first - 1) == "of"
            && matches!(u.class, UnitKind::Count { .. })
        {
            found.unit = Some(u.clone());
        }
    }
}
