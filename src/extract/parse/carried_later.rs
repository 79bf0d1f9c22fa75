//! A rate carried forward to a later figure of the same measure (issue 17, branch
//! excarry18): "GDP per capita was $17,500 in 2019 and $19,000 in 2020", "capped at
//! £20,000 per farm, then £25,000". The earlier figure's rate is in `carried_rate.rs`.

use super::finish::{Draft, Step};
use super::*;

/// Words that open a phrase of time or place after a figure ("in 2019", "at weekends",
/// "this year"): the phrase that may stand after each figure of a carried rate.
pub(super) const ADJUNCT_OPENERS: [&str; 12] = [
    "in", "on", "at", "during", "from", "by", "after", "before", "until", "this", "last", "next",
];

impl SentenceReader<'_> {
    /// Rule `rate_carried_forward` (decision 519): a sum in a plain currency takes the
    /// rate of the sum before it in the same currency when the two are written as one
    /// measure — joined by "then", "or" or "to", or by "and" after a phrase of time or
    /// place ("$17,500 in 2019 and $19,000 in 2020") — and nothing after the later sum
    /// names what it pays for ("$150 a night, and $25 for parking" keeps `dollar`; "the
    /// deposit was $2,400" has a verb between), the two within a factor of ten of each
    /// other, or the later sum the level after "to" that a change stated with its rate
    /// reached ("climbed 3p a litre to 145.2p", "fell $3 a barrel to $79", decision 1159).
    pub(super) fn rate_carried_forward(&self, _a: &Amt, m: &mut Draft, nested: bool) -> Step {
        let Some(unit) = m.unit.as_ref() else {
            return Ok(());
        };
        if nested || m.range || !matches!(unit.class, UnitKind::Currency(_)) || m.first < 4 {
            return Ok(());
        }
        let after = self.low(m.end);
        let closes = m.end >= self.n()
            || ADJUNCT_OPENERS.contains(&after)
            || [',', '.', ';', ')'].iter().any(|&c| self.is_sym(m.end, c));
        if !closes {
            return Ok(());
        }
        // The joint right before the later sum (its sign aside).
        let mut j = m.first;
        let joint = self.low(j - 1);
        if !matches!(joint, "and" | "then" | "or" | "to") {
            return Ok(());
        }
        j -= 1;
        if joint == "then" && matches!(self.low(j - 1), "and") {
            j -= 1;
        }
        let comma = self.is_sym(j - 1, ',');
        if comma {
            j -= 1;
        }
        // The phrase of time or place after the earlier sum, at most five tokens.
        let Some(start) = self.adjunct_start(j) else {
            return Ok(());
        };
        if start == j && !matches!(joint, "then" | "or" | "to") {
            return Ok(());
        }
        let prefix = format!("{} per ", unit.name);
        let Some((rate, before, changed)) = self.rate_ending_at(start, &prefix) else {
            return Ok(());
        };
        // A change stated with its rate and the level it reached, right after "to", are
        // one measure at any sizes (decision 1159).
        let level_of_change = joint == "to" && start == j && changed && m.change.is_none();
        // One measure written twice is of a size: "$157 a share in cash, or about $28
        // billion" restates the deal's total (blind f).
        if one_size(m.low, before) || level_of_change {
            m.unit = Some(rate);
        }
        Ok(())
    }

    /// Where a phrase of time or place ending at `end` begins ("in 2019", "on
    /// weekdays", "last year", "in May": a capitalised name though a stopword);
    /// `end` itself when there is none.
    pub(super) fn adjunct_start(&self, end: usize) -> Option<usize> {
        for s in end.saturating_sub(5)..end {
            if !ADJUNCT_OPENERS.contains(&self.low(s)) {
                continue;
            }
            let plain = (s + 1..end).all(|k| {
                (self.is_word(k)
                    && (!words::is_stopword(self.low(k))
                        || self.low(k) == "the"
                        || self.capitalised(k)))
                    || (self.is_num(k) && self.raw(k).len() == 4)
            });
            if plain {
                return Some(s);
            }
        }
        Some(end)
    }

    /// The rate of a sum whose reading ends right at `end` and whose unit starts with
    /// `prefix` ("dollar per "), with the sum's value and whether it is a change.
    fn rate_ending_at(&self, end: usize, prefix: &str) -> Option<(FoundUnit, f64, bool)> {
        for s in end.saturating_sub(8)..end {
            if !self.is_num(s) {
                continue;
            }
            let mut hint = None;
            let Outcome::Found(f, next) = self.try_at(s, &mut hint, true) else {
                continue;
            };
            if next != end || f.range || f.date.is_some() {
                continue;
            }
            if let Some(u) = f.unit.filter(|u| u.name.starts_with(prefix)) {
                return Some((u, f.low, f.change.is_some()));
            }
        }
        None
    }
}
