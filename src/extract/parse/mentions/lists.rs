//! Changes shared along a list of figures: a later item of a list in the unit of a
//! change ("raises of 7%, 6%, and 5%", "climbing 0.7% in March and 0.5% in February",
//! "rose 0.4% m/m and 3.5% y/y") is the same kind of change (decision 279). The plain
//! "and" with no time between ("rose 0.3% month-on-month and 4.6% year-on-year") is
//! `and_shares_change` in `change_repeats.rs`. A bare later figure after "and" ("and 7.2 million
//! overseas", decision 786) and a share restating a change after a time or a dash ("in
//! 2023, or 3.2%", "– or 11%", decision 785) share it too.

use super::*;

/// The most tokens between two items of a list.
const LIST_GAP: usize = 6;

/// The most tokens of a parallel phrase after an item ("for USPS Ground Advantage").
const PHRASE_GAP: usize = 7;

/// The most tokens of a time or place between a change and its restatement ("in 2023, or").
const RESTATED_GAP: usize = 5;

/// The most tokens between a change and a bare later figure ("in the U.S. and").
const BARE_ITEM_GAP: usize = 8;

impl<'a> SentenceReader<'a> {
    /// "raises of 7%, 6%, and 5%", "climbing 0.7% in March and 0.5% in February": a
    /// figure after a comma or "and", in the unit of the change just before it, with at
    /// most a time ("in March", "from September", "m/m") between, shares that change.
    pub(super) fn list_shares_change(&self, found: &mut Found, mem: &mut Memory) {
        if found.change.is_some() || found.range || found.first == 0 {
            return;
        }
        let Some((pend, _, Some(pc), _)) = mem.prev else {
            return;
        };
        let same_unit = matches!((&mem.last_unit, &found.unit),
            (Some((_, Some(pu))), Some(u)) if same_list_unit(&pu.name, &u.name));
        if (same_unit
            && pend < found.first
            && ((found.first - pend <= LIST_GAP && self.list_link(pend, found.first))
                || self.parallel_phrase_link(pend, found.first, found.end)))
            || self.bare_item_shares_change(pend, found, mem)
        {
            found.change = Some(pc);
        }
    }

    /// "added 2.9 million subscribers in the U.S. and 7.2 million overseas", "increase by
    /// 1020 and 643 respectively", "climbed 8,000 in March and 5,500 in April": a bare
    /// figure (no unit of its own) after "and", a few words after a change that is not in
    /// percent or points (`bare_and_repeats_change` reads those), is the same change
    /// (decision 786). A word of `words/change_item_breaks.txt` between ("to", "while", a
    /// verb) or right after the figure ("and 2 million were traded", "and 10 of them")
    /// makes a clause of its own, and a change read from a word after the first figure
    /// ("16 seconds down on Gall") is not shared.
    fn bare_item_shares_change(&self, pend: usize, found: &Found, mem: &Memory) -> bool {
        if found.unit.is_some()
            || found.range
            || found.fraction
            || found.first <= pend
            || found.first - pend > BARE_ITEM_GAP
            || self.low(found.first - 1) != "and"
            || words::CHANGE_ITEM_BREAKS.contains(self.low(found.end))
        {
            return false;
        }
        // "16 seconds down on Gall and 14 on Skjelmose": a change read from a word after
        // the figure ("down", "higher") is no verb the later figure shares.
        let after = self.low(pend);
        if matches!(after, "up" | "down") || words::change_after(after).is_some() {
            return false;
        }
        let share = mem
            .last_unit
            .as_ref()
            .and_then(|(_, u)| u.as_ref())
            .is_some_and(|u| {
                u.class == UnitKind::Percent
                    || matches!(
                        u.name.as_str(),
                        "point" | "percentage point" | "basis point"
                    )
            });
        // "in the U.S.": the dots of an abbreviation are part of the words between.
        let between = (pend..found.first - 1).all(|k| {
            (self.is_word(k) && !words::CHANGE_ITEM_BREAKS.contains(self.low(k)))
                || (self.is_sym(k, '.') && self.attached(k))
        });
        !share && between
    }

    /// "grew by 1.27 million people in 2023, or 3.2%", "fell 120 points on Tuesday, or
    /// 1.5%", "has grown by half a million – or 11% –": after the figure ending at `pend`,
    /// at most a few words of a time or place, then ", or" or a dash and "or", a figure
    /// restating it as a share (one of the two in percent, the other not) restates its
    /// change (decision 785). A word of `words/change_item_breaks.txt` between ("while",
    /// "which", a verb) makes a clause of its own.
    pub(super) fn restated_share(&self, pend: usize, found: &Found, mem: &Memory) -> bool {
        let first = found.first;
        if found.range || first < pend + 2 || self.low(first - 1) != "or" {
            return false;
        }
        let sep = first - 2;
        let dash = matches!(self.kind(sep), Some(Kind::Sym('–' | '—' | '-')));
        if !(dash || self.is_sym(sep, ',')) || sep - pend > RESTATED_GAP {
            return false;
        }
        let year = |k: usize| {
            self.low(k)
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
        };
        let adjunct = (pend..sep).all(|k| {
            (self.is_word(k) && !words::CHANGE_ITEM_BREAKS.contains(self.low(k)))
                || (self.is_num(k) && year(k))
        });
        let percent = |u: Option<&FoundUnit>| u.is_some_and(|u| u.class == UnitKind::Percent);
        let prev = mem.last_unit.as_ref().and_then(|(_, u)| u.as_ref());
        adjunct && percent(found.unit.as_ref()) != percent(prev)
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
    /// ", and", "and" or "or", share the change (decisions 513, 1176).
    fn parallel_phrase_link(&self, from: usize, to: usize, end: usize) -> bool {
        let prep = self.low(from);
        if !matches!(prep, "for" | "in" | "on" | "at" | "among") || self.low(end) != prep {
            return false;
        }
        let mut k = to;
        // "rose 3.9% on month or 8.2% on year": "or" joins two readings of one change
        // (decision 1176).
        if k > 0 && matches!(self.low(k - 1), "and" | "or") {
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

/// Whether a later item of a list is in the earlier item's unit or in that unit per a period:
/// "an increase of 9.7 percent from September and 7.4 percent annually" (`percentage`, then
/// `percentage per year` since decision 1385) shares the change as before.
fn same_list_unit(earlier: &str, later: &str) -> bool {
    earlier == later
        || later
            .strip_prefix(earlier)
            .is_some_and(|rest| rest.starts_with(" per "))
}
