//! Odds: a ratio "1 in N" said as a chance ("a one in 300 chance", "put the chance of an
//! impact at 1 in 2,700") is no quantity (rule `odds_ratio`, decision 1162). Asked by
//! `finish.rs` before a proportion is read.

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
}
