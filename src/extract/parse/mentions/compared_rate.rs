//! A rate carried to a second figure set against it (issue 17, branch exrate32): "20
//! hours a week instead of 36", "11,573 tickets per show, up from 6,901". Decision 620.
//! A rate per a round population carried along a list of places or times (branch
//! exlist57): "36 per 100,000 population in the north and 29 in the south". Decision 1007.

use super::carried_later::ADJUNCT_OPENERS;
use super::population_rate::per_round_base;
use super::*;

/// The most tokens between the rate and the word of comparing after it.
const RATE_GAP: usize = 8;

impl SentenceReader<'_> {
    /// A bare figure (no unit of its own) right after a phrase that sets it against the
    /// figure before ("instead of", "up from", "down from", "compared with", "vs",
    /// "rather than", "against") takes that figure's rate when the figure before was
    /// written as a rate ("… per …", "… a week"), the two within a factor of ten: "works
    /// 20 hours a week instead of 36" → `hour per week`. A sum with a sign of its own
    /// ("$9.50 a dozen, up from about $6") keeps its unit: the readable golds split on
    /// it (decision 620).
    pub(super) fn compared_takes_rate(&self, found: &mut Found, mem: &Memory) {
        if !found.bare_single() {
            return;
        }
        let Some((end, value, unit)) = &mem.last_rate else {
            return;
        };
        let Some(link) = self.link_before(found.first, &words::RATE_COMPARE_LINKS) else {
            return;
        };
        if link < *end || link - end > RATE_GAP || (*end..link).any(|k| self.is_sym(k, ';')) {
            return;
        }
        if one_size(found.low, *value) {
            found.unit = Some(unit.clone());
        }
    }

    /// Rule `population_rate_along` (decision 1007): a bare figure after ",", "and" or ",
    /// and" that follows a rate per a round population and a phrase of time or place
    /// after it, and is itself closed by such a phrase or by a stop, is the same measure
    /// for another place or time and takes the rate: "36 per 100,000 population in the
    /// north and 29 in the south", "41 per million inhabitants in Spain, 38 in Italy and 22
    /// in Germany" (each later figure passes the rate on). The two within a factor of ten.
    pub(super) fn population_rate_along(&self, found: &mut Found, mem: &Memory) {
        if !found.bare_single() || found.first < 2 {
            return;
        }
        let Some((end, value, unit)) = &mem.last_rate else {
            return;
        };
        if !per_round_base(&unit.name) {
            return;
        }
        let mut j = found.first;
        if self.low(j - 1) == "and" {
            j -= 1;
        }
        if j > 0 && self.is_sym(j - 1, ',') {
            j -= 1;
        }
        if j == found.first || j <= *end || self.adjunct_start(j) != Some(*end) {
            return;
        }
        let after = found.end;
        let closes = after >= self.n()
            || ADJUNCT_OPENERS.contains(&self.low(after))
            || [',', '.', ';', ')'].iter().any(|&c| self.is_sym(after, c));
        if closes && one_size(found.low, *value) {
            found.unit = Some(unit.clone());
        }
    }
}
