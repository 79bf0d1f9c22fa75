//! A rate carried to a second figure set against it (issue 17, branch exrate32): "20
//! hours a week instead of 36", "11,573 tickets per show, up from 6,901". Decision 620.
//! A sum in the rate's currency after "up from"/"down from" (branch exsmall58): "$82.93
//! per person, up from $74.34". Decision 1083.
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
    /// takes it only as `sum_takes_rate_up_from` allows (decisions 620, 1083).
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

    /// Rule `sum_takes_rate_up_from` (decision 1083): a sum in the currency of a rate of
    /// money just before it, after "up from" or "down from" (`words/rate_sum_links.txt`;
    /// a qualifier between allowed) right after a comma or an opening bracket, is the same
    /// measure and takes the rate: "$82.93 per person, up from $74.34" (real du), "24.5p
    /// per kWh (up from 22.36p)" (ai), "11 cents per kilowatt-hour by 2030, up from about
    /// 10 cents" (aw). Between the rate and the comma at most a phrase of time or place of
    /// three tokens ("by 2030", "in the quarter"); a longer one keeps the sum's own unit
    /// ("$9.50 a dozen in some Melbourne supermarkets, up from about $6", blind i), as do
    /// "compared with" and "versus" (blind e, j), a new clause and a sum of another size
    /// ("$1.45 a share, up from $1.8 billion").
    pub(super) fn sum_takes_rate_up_from(&self, found: &mut Found, mem: &Memory) {
        let Some(unit) = found.unit.as_ref() else {
            return;
        };
        if found.range || found.fraction || !matches!(unit.class, UnitKind::Currency(_)) {
            return;
        }
        let Some((end, value, rate)) = &mem.last_rate else {
            return;
        };
        if !rate.name.starts_with(&format!("{} per ", unit.name)) {
            return;
        }
        let Some(link) = self.link_before(found.first, &words::RATE_SUM_LINKS) else {
            return;
        };
        let Some(mark) = link
            .checked_sub(1)
            .filter(|&k| self.is_sym(k, ',') || self.is_sym(k, '('))
        else {
            return;
        };
        if mark < *end || mark - end > 3 || self.adjunct_start(mark) != Some(*end) {
            return;
        }
        if one_size(found.low, *value) {
            found.unit = Some(rate.clone());
        }
    }
}
