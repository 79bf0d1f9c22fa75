//! Changes shared along a list of figures: a later item of a list in the unit of a
//! change ("raises of 7%, 6%, and 5%", "climbing 0.7% in March and 0.5% in February",
//! "rose 0.4% m/m and 3.5% y/y") is the same kind of change (decision 279). The plain
//! "and" with no time between ("rose 0.3% month-on-month and 4.6% year-on-year") is
//! `and_shares_change` in `mentions.rs`.

use super::*;

/// The most tokens between two items of a list.
const LIST_GAP: usize = 6;

/// The most tokens of a parallel phrase after an item ("for USPS Ground Advantage").
const PHRASE_GAP: usize = 7;

impl<'a> SentenceReader<'a> {
    /// "raises of 7%, 6%, and 5%", "climbing 0.7% in March and 0.5% in February": a
    /// figure after a comma or "and", in the unit of the change just before it, with at
    /// most a time ("in March", "from September", "m/m") between, shares that change.
    pub(super) fn list_shares_change(&self, found: &mut Found, mem: &mut Memory) {
        if found.change.is_some() || found.range || found.first == 0 {
            return;
        }
        let Some((pend, _, Some(pc))) = mem.prev else {
            return;
        };
        let same_unit = matches!((&mem.last_unit, &found.unit),
            (Some((_, Some(pu))), Some(u)) if pu.name == u.name);
        if same_unit
            && pend < found.first
            && ((found.first - pend <= LIST_GAP && self.list_link(pend, found.first))
                || self.parallel_phrase_link(pend, found.first, found.end))
        {
            found.change = Some(pc);
        }
    }

    /// Whether the tokens `from..to` join two items of a list: an optional time ("in
    /// March", "from September", "in both February", "in 2023", "m/m"), then ",", ",
    /// and" or "and" (the last only after a time: a bare "and" is `and_shares_change`'s).
    fn list_link(&self, from: usize, to: usize) -> bool {
        let after_time = self.time_adjunct(from, to);
        let k = after_time.unwrap_or(from);
        match to - k {
            1 if self.is_sym(k, ',') => true,
            1 => after_time.is_some() && self.low(k) == "and",
            2 => self.is_sym(k, ',') && self.low(k + 1) == "and",
            _ => false,
        }
    }

    /// "raised prices 6.3 percent for Priority Mail, 7.1 percent for Ground Advantage and
    /// 7.6 percent for Parcel Select": the items of a list each followed by the same
    /// preposition (for, in, on, at, among) and a few words with no figure, joined by ",",
    /// ", and" or "and", share the change (decision 513).
    fn parallel_phrase_link(&self, from: usize, to: usize, end: usize) -> bool {
        let prep = self.low(from);
        if !matches!(prep, "for" | "in" | "on" | "at" | "among") || self.low(end) != prep {
            return false;
        }
        let mut k = to;
        if k > 0 && self.low(k - 1) == "and" {
            k -= 1;
        }
        if k > 0 && self.is_sym(k - 1, ',') {
            k -= 1;
        }
        // "for accident & illness policies": an ampersand between two words is one of
        // the phrase's words (decision 601).
        let phrase_token = |t: usize| {
            self.is_word(t) || (self.is_sym(t, '&') && self.is_word(t - 1) && self.is_word(t + 1))
        };
        k < to && from + 1 < k && k - from <= PHRASE_GAP && (from + 1..k).all(phrase_token)
    }

    /// The end of a time right at `k` and before `to`: "in March", "from September",
    /// "in both February", "in 2023", or a slashed period such as "m/m", "y/y".
    pub(super) fn time_adjunct(&self, k: usize, to: usize) -> Option<usize> {
        if k + 3 <= to
            && self.is_word(k)
            && self.is_sym(k + 1, '/')
            && self.is_word(k + 2)
            && self.attached(k + 1)
            && self.attached(k + 2)
            && self.low(k).len() == 1
            && self.low(k + 2).len() == 1
        {
            return Some(k + 3);
        }
        if !matches!(self.low(k), "in" | "from" | "since") {
            return None;
        }
        let mut j = k + 1;
        if self.low(j) == "both" {
            j += 1;
        }
        let year = self.is_num(j)
            && self
                .low(j)
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y));
        (j < to && (self.month_at(j).is_some() || year)).then_some(j + 1)
    }
}
