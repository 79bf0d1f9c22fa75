//! The unit of a part counted against a whole, read after an amount: the share a
//! fraction or proportion is ("half of all households", "one in five adults": `%
//! household`, `% adult`), a part and its total ("162 of Afghanistan's 398 districts",
//! "14 of the players") and a decimal part of a unit ("0.3 of a percentage point").
//! Split from `units.rs`, whose `read_unit` asks these in turn.

use super::units::UnitRead;
use super::*;

impl<'a> SentenceReader<'a> {
    /// The share of counted things a fraction or proportion is ("half of all households",
    /// "one in five adults": `% household`, `% adult`); a fraction takes no other unit.
    pub(super) fn fraction_unit(&self, j: usize, amt: &Amt) -> Option<UnitRead> {
        // "half of all households", "a third of the 1,200 workers": a fraction of counted
        // things is a share of their noun (the mention ends before "of").
        if amt.fraction && amt.words && self.low(j) == "of" {
            let mut m = j + 1;
            while m < j + 3
                && matches!(
                    self.low(m),
                    "the" | "all" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                )
            {
                m += 1;
            }
            if self.is_word(m) && (self.low(m).ends_with("'s") || self.low(m).ends_with("’s")) {
                m += 1;
            }
            if self.is_num(m) && !self.attached(m) {
                m += 1;
            }
            if let Some((u, _)) = self.noun_phrase(m, false)
                && matches!(u.class, UnitKind::Count { .. })
            {
                return Some((Some(u.share_of()), j, None));
            }
        }
        // "one in five adults": the counted noun right after the proportion.
        if amt.proportion
            && let Some((u, e)) = self.noun_phrase(j, false)
            && matches!(u.class, UnitKind::Count { .. })
        {
            return Some((Some(u.share_of()), e, None));
        }
        // "3/4 cup of sugar": a fraction in digits right before a plain noun measures it.
        if amt.fraction
            && !amt.words
            && !amt.multiplier
            && self.is_word(j)
            && self.low(j) != "of"
            && let Some((u, e)) = self.noun_phrase(j, true)
        {
            return Some((Some(u), e, None));
        }
        if amt.fraction {
            return Some((None, j, None));
        }
        None
    }

    /// "162 of Afghanistan's 398 districts", "14 of the players": the unit and total of
    /// the whole a part is counted against.
    pub(super) fn of_total(&self, j: usize, amt: &Amt, nested: bool) -> Option<UnitRead> {
        // "162 of Afghanistan's 398 districts", "14 of the players", "millions of Americans".
        let mut k = j;
        let after_of = self.low(k) == "of" || (self.low(k) == "out" && self.low(k + 1) == "of");
        if after_of && !nested && amt.fuzzy.is_none() {
            k += if self.low(k) == "out" { 2 } else { 1 };
            let mut m = k;
            let mut saw_det = false;
            while m < self.n() && m < k + 3 {
                let w = self.low(m);
                if matches!(
                    w,
                    "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "all"
                ) || (self.is_word(m) && (w.ends_with("'s") || w.ends_with("’s")))
                {
                    saw_det = true;
                    m += 1;
                } else {
                    break;
                }
            }
            // "four of its past six matches", "three of the top five seeds".
            if saw_det
                && (words::amount_adjective(self.low(m)) || self.low(m) == "top")
                && self.is_figure(m + 1)
            {
                m += 1;
            }
            // "one of nearly 100 labor contracts" (decision 872).
            if !saw_det {
                m = self.past_qualifier_of_whole(m);
            }
            if self.is_figure(m) {
                let mut hint = None;
                if let Outcome::Found(f, _) = self.try_at(m, &mut hint, true)
                    && f.unit.is_some()
                    && f.date.is_none()
                {
                    return Some((f.unit.clone(), j, (!f.range).then_some(f.low)));
                }
                return Some((None, j, None));
            }
            if saw_det && let Some((unit, _)) = self.noun_phrase(m, false) {
                return Some((Some(unit), j, None));
            }
            return Some((None, j, None));
        }
        None
    }

    /// Rule `decimal_of_a_unit` (decision 467): a decimal below one before "of a" and a
    /// unit is that part of the unit: "0.3 of a percentage point", "0.8 of a second",
    /// "0.5 of an inch". Not a fraction in words ("half of a"), read before.
    pub(super) fn decimal_of_a_unit(&self, j: usize, amt: &Amt) -> Option<UnitRead> {
        if amt.words
            || amt.fraction
            || amt.cur.is_some()
            || !(amt.value > 0.0 && amt.value < 1.0)
            || self.low(j) != "of"
            || !matches!(self.low(j + 1), "a" | "an")
        {
            return None;
        }
        let (def, end) = self.unit_at(j + 2)?;
        let (unit, end) = self.read_rate(Self::unit_of(def), end);
        Some((Some(unit), end, None))
    }

    /// Rule `one_of_qualified_whole` (decision 872): the token after a qualifier phrase at
    /// `m` (`bound_words_at`) that stands before the figure of a whole ("of nearly 100
    /// labor contracts", "of more than 40 teams"); `m` when there is none.
    pub(super) fn past_qualifier_of_whole(&self, m: usize) -> usize {
        self.bound_words_at(m, |_, _| true, |at| self.is_figure(at))
            .map_or(m, |(_, at)| at)
    }
}
