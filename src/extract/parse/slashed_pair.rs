//! Two figures joined by a slash before the unit they share: a blood pressure reading
//! "150/95 mmHg", a car's "33/39 mpg city/highway" are two figures in that unit, not a
//! fraction or a date (decision 1102).

use super::*;

/// The last day of a month: two figures at most this size may be a day and a month.
const MAX_DAY: f64 = 31.0;

impl SentenceReader<'_> {
    /// `slashed_pair` (decision 1102): whether the whole digits of `a` open a pair "N/M"
    /// (a slash touching both, no third part as in a date, no year before it) with a unit
    /// of the registry after M, that no fraction writer would mean: N is at least M ("150/95
    /// mmHg"), or both have two digits or more and M is no power of two ("33/39 mpg"; "15/16
    /// inch" and "1/4 mile" stay fractions). One figure is above 31, so no day and month
    /// ("on 25/12 in London") and no "24/7 days" are read as a pair.
    pub(super) fn slashed_pair_at(&self, a: &Amt) -> bool {
        let s = a.end;
        if a.first != a.num
            || a.end != a.num + 1
            || a.cur.is_some()
            || a.scale != 0
            || is_year(a)
            || !self.whole_digits(a.num)
            || !(self.is_sym(s, '/')
                && self.attached(s)
                && self.whole_digits(s + 1)
                && self.attached(s + 1))
            || (self.is_sym(s + 2, '/') && self.attached(s + 2))
            || self.unit_at(s + 2).is_none()
        {
            return false;
        }
        let (Some(n), Some(d)) = (num_value(self.raw(a.num)), num_value(self.raw(s + 1))) else {
            return false;
        };
        // Whole digits: the casts below are exact for any figure a page writes.
        let not_binary = !(d as u64).is_power_of_two();
        d > 0.0 && n.max(d) > MAX_DAY && (n >= d || (n >= 10.0 && not_binary))
    }

    /// Whether the token at `k` is a number of whole digits: no separator, sign or point.
    pub(super) fn whole_digits(&self, k: usize) -> bool {
        self.is_num(k) && self.raw(k).bytes().all(|b| b.is_ascii_digit())
    }

    /// The unit of the first figure of a slashed pair (`slashed_pair_at`): the unit the
    /// second figure, read after the slash at `j`, takes ("150" in "150/95 mmHg").
    pub(super) fn slashed_pair_unit(&self, j: usize, a: &Amt) -> Option<FoundUnit> {
        if j != a.end || !self.slashed_pair_at(a) {
            return None;
        }
        let mut hint = None;
        match self.try_at(j + 1, &mut hint, true) {
            Outcome::Found(f, _) if f.date.is_none() => f.unit,
            _ => None,
        }
    }
}
