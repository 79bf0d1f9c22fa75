//! Imperial measures written in two parts or with marks (issue 17, branch expeer37,
//! decision 683): the bare pounds after stones ("nine stone 7", "11st 6"), stones written
//! "st" apart before pounds ("14 st 3 lb", branch expeer47), the inches of "six-foot-two"
//! in words and "6ft-2" (decision 939), and sides marked in feet ("12' x 14'").

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `pounds_after_stone`: a bare whole number under 14 right after a number of
    /// stones, ending its clause, is pounds ("She weighs nine stone 7.", "12 stone 6 at
    /// his heaviest", "11st 6"), as "five foot six" ends in inches. A glued "st" after a
    /// number ending in 1 (but not 11) is an ordinal ("the 21st 6 …"), not stones.
    pub(super) fn pounds_after_stone(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_some() || m.range || a.cur.is_some() || a.first != a.num || a.num < 2 {
            return Ok(());
        }
        if !(a.value.fract() == 0.0 && (0.0..14.0).contains(&a.value)) {
            return Ok(());
        }
        let unit = a.num - 1;
        let before = a.num - 2;
        let stones = match self.low(unit) {
            "stone" | "stones" => self.is_word(unit) && self.is_figure(before),
            "st" => {
                let n = self.raw(before);
                self.attached(unit)
                    && self.is_num(before)
                    && (!n.ends_with('1') || n.ends_with("11"))
            }
            _ => false,
        };
        let k = m.end;
        let clause_ends = k >= self.n()
            || matches!(self.kind(k), Some(Kind::Sym(',' | '.' | ';' | ')')))
            || matches!(self.low(k), "and" | "or" | "but" | "at" | "when" | "in");
        if stones && clause_ends {
            m.unit = Some(FoundUnit::pounds(false));
        }
        Ok(())
    }

    /// Rule `stone_before_pounds`: a whole number with "st" written apart after it, then
    /// a whole number under 14 and "lb" or "lbs", is stones ("He weighs 14 st 3 lb"), as
    /// the glued "14st 3lb" is; a spaced "st" with no pounds after it stays as read
    /// ("weighed 21 st": the stone, a street or a saint).
    pub(super) fn stone_before_pounds(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.end;
        if m.unit.is_some() || m.range || a.cur.is_some() || a.words || a.value.fract() != 0.0 {
            return Ok(());
        }
        let pounds = self.is_num(k + 1)
            && num_value(self.raw(k + 1)).is_some_and(|v| v.fract() == 0.0 && v < 14.0)
            && matches!(self.low(k + 2), "lb" | "lbs");
        if self.raw(k) == "st" && self.is_word(k) && !self.attached(k) && pounds {
            m.unit = Some(FoundUnit {
                name: "stone".into(),
                class: UnitKind::Measure,
            });
            m.end = k + 1;
        }
        Ok(())
    }

    /// Rule `inches_after_word_feet`: "a six-foot-two striker", "the 6-foot-two guard",
    /// "6ft-2", "5 ft-10" (decision 939): the number hyphened after feet is inches, over a
    /// unit carried from the feet or a noun counted after it.
    pub(super) fn inches_after_word_feet(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || a.cur.is_some()
            || a.first != a.num
            || a.value >= 12.0
            || !self.inches_after_feet_dash(a.num)
        {
            return Ok(());
        }
        let own_measure = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Measure) && u.name != "foot");
        if !own_measure {
            m.unit = Some(FoundUnit {
                name: "inch".into(),
                class: UnitKind::Measure,
            });
            m.end = a.end;
        }
        Ok(())
    }

    /// Whether the digits at `k`, under 12, follow a dash glued between them and feet
    /// written after a number: "six-foot-two", "6-foot-2", "6ft-2", "6ft-2in", "5 ft-10"
    /// (decision 939). The dash there joins the inches, it is no sign nor a label's.
    pub(super) fn inches_after_feet_dash(&self, k: usize) -> bool {
        let hyphen = |j: usize| self.is_sym(j, '-') && self.attached(j) && self.attached(j + 1);
        let under_a_foot = num_value(self.raw(k)).map_or_else(
            || number::small_number_word(self.low(k)).is_some_and(|v| v < 12),
            |v| v < 12.0,
        );
        k >= 3
            && self.is_figure(k)
            && under_a_foot
            && hyphen(k - 1)
            && match self.low(k - 2) {
                "foot" | "feet" => k >= 4 && hyphen(k - 3) && self.is_figure(k - 4),
                "ft" => self.is_num(k - 3),
                _ => false,
            }
    }

    /// Rule `feet_by_feet`: "12' x 14'", "10′ by 12′": sides each written with a prime
    /// and joined by "x", "×" or "by" are feet, whatever the sentence is about (a lone
    /// apostrophe may close a quotation, so it needs the words around it, `senses.tsv`).
    pub(super) fn feet_by_feet(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let prime =
            |k: usize| matches!(self.kind(k), Some(Kind::Sym('\'' | '′'))) && self.attached(k);
        if m.unit.is_some() || m.range || a.cur.is_some() || !prime(a.end) {
            return Ok(());
        }
        let next_side =
            self.is_side_joiner(a.end + 1) && self.is_num(a.end + 2) && prime(a.end + 3);
        let after_side = a.first >= 3
            && self.is_side_joiner(a.first - 1)
            && prime(a.first - 2)
            && self.is_num(a.first - 3);
        if next_side || after_side {
            m.unit = Some(FoundUnit {
                name: "foot".into(),
                class: UnitKind::Measure,
            });
            m.end = a.end + 1;
        }
        Ok(())
    }
}
