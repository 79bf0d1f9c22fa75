//! Odds: a ratio "1 in N" said as a chance ("a one in 300 chance", "put the chance of an
//! impact at 1 in 2,700") is no quantity (rule `odds_ratio`, decision 1162). Asked by
//! `finish.rs` before a proportion is read. A ratio to one after a ratio noun ("a
//! pupil-teacher ratio of 13:1") is its figure (rule `ratio_to_one`, decision 1202).

use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `odds_ratio` (decision 1162): "a one in 300 chance", "Nasa puts the chance of
    /// an impact at 1 in 2,700", "the risk of dying … is about 1 in 250": a ratio with an
    /// odds noun (`words/odds_words.txt`) right after its base, or a bare ratio (no counted
    /// noun after it) in a clause where an odds noun comes before it, is odds, no quantity
    /// (the real pages leave odds out: "a one in three chance", ">1 in 1000 chance", real
    /// dq's "about 1 in 250"). A ratio of counted things stays a share ("the chance that
    /// 1 in 5 adults …"). Returns where the odds end.
    pub(super) fn odds_ratio(&self, a: &Amt) -> Option<usize> {
        let (_, d) = self.ratio_parts(a, false)?;
        if words::ODDS_WORDS.contains(self.low(d.end)) {
            return Some(d.end + 1);
        }
        let counted = self
            .noun_phrase(d.end, false)
            .is_some_and(|(u, _)| matches!(u.class, UnitKind::Count { .. }));
        let odds_before = (0..a.first)
            .rev()
            .take_while(|&k| !matches!(self.kind(k), Some(Kind::Sym(',' | ';' | ':' | '(' | ')'))))
            .any(|k| self.is_word(k) && words::ODDS_WORDS.contains(self.low(k)));
        (!counted && odds_before).then_some(d.end)
    }

    /// Rule `ratio_to_one` (decision 1202): "a pupil-teacher ratio of 13:1", "a
    /// student-to-faculty ratio of 8 to 1": a figure the token at `j` (a glued colon or
    /// "to") sets against 1, with a ratio noun (`words/ratio_nouns.txt`) among the four
    /// words before the figure at `i`, is one quantity, the figure; the ":1" or "to 1" is
    /// part of it (not a time, not a range). A unit after the 1 ("the ratio rose from 3 to
    /// 1%") leaves it alone. Returns the token after the 1.
    pub(super) fn ratio_to_one(&self, i: usize, j: usize) -> Option<usize> {
        let sep = (self.is_sym(j, ':') && self.attached(j) && self.attached(j + 1))
            || self.low(j) == "to";
        (sep && self.raw(j + 1) == "1"
            && self.unit_at(j + 2).is_none()
            && (i.saturating_sub(4)..i)
                .any(|k| self.is_word(k) && words::RATIO_NOUNS.contains(self.low(k))))
        .then_some(j + 2)
    }
}
