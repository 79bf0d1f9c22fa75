//! Rule `aged_years_is_age` (decision 494): years written after "aged" are an age, as
//! "aged 45" and "over 12 years old" are (README: "Ages"): "patients aged ≥65 years",
//! "dogs aged 2-3 years", "children aged between 5 and 11 years" → `year of age`. Only
//! years: no set annotates "aged 6 months", so months are left as read. A range of years
//! after "ages" is one too, when "ages" follows a plural or a short word ("children ages
//! 1 to 4 years", "at ages 30–69 years"; not "the whisky ages 12 years"; decision 1114).
//!
//! Rule `aged_bound_or_verb` (decision 1114): a figure after "aged" and a bound ("aged up
//! to 18", "aged at least 70") or before a verb read as a counted noun ("consumers aged
//! 16-24 purchased cosmetics") is an age.
//!
//! Rule `bounded_years_after_persons` (decision 875): years bounded right after persons
//! are an age with the bound ("Adults over 70 years", "Drivers under 20 years", "adults
//! older than 70 years"), where "over" a span of years would otherwise be its length;
//! `than_age_bound` and `singular_person_before` give the same to bare figures ("younger
//! than 30", "a child under 11") in `unit_from_context`.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `aged_years_is_age`: see the module's note.
    pub(super) fn aged_years_is_age(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let years = m.in_years();
        let p = m.first.min(a.first);
        // "aged 45 years", "aged ≥65 years", "aged between 5 and 11 years".
        let aged = (p >= 1 && self.low(p - 1) == "aged")
            || (p >= 2 && self.low(p - 2) == "aged" && !self.is_num(p - 1));
        // "children ages 1 to 4 years", "at ages 30–69 years" (a range: "ages" the noun).
        let ages = m.range && p >= 2 && self.low(p - 1) == "ages" && {
            let w = self.low(p - 2);
            words::is_stopword(w) || self.looks_plural(w, false)
        };
        if years && (aged || ages) && a.cur.is_none() && m.high <= 130.0 {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// Rule `aged_bound_or_verb`: see the module's note. The figure is whole, without a
    /// currency, at most 130; "aged" stands right before the bound or the figure, or
    /// ages open a range ("between ages 15 and 20 increases", decision 1257); a
    /// counted noun read after the figure is dropped with its words.
    pub(super) fn aged_bound_or_verb(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let p = m.first.min(a.first);
        let aged = p > 0 && self.low(p - 1) == "aged";
        if !(aged || self.ages_before_range(a.first)) || a.cur.is_some() || m.high > 130.0 {
            return Ok(());
        }
        let bound =
            (m.unit.is_none() || self.unit_from_later_figure(m)) && m.qual.is_some() && p < a.first;
        let noun = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }));
        if bound || noun {
            m.unit = Some(FoundUnit::age());
        }
        if noun && let Some(last) = (a.first..m.end).rev().find(|&k| self.is_num(k)) {
            m.end = last + 1;
        }
        Ok(())
    }
}

impl<'a> SentenceReader<'a> {
    /// Rule `bounded_years_after_persons`: see the module's note. "older than" and
    /// "younger than" before years are an age after any words; "over", "under", "above"
    /// and "below" only right after persons opening their clause.
    pub(super) fn bounded_years_after_persons(
        &self,
        a: &Amt,
        m: &mut Draft,
        _nested: bool,
    ) -> Step {
        let years = m.in_years();
        if !years || a.cur.is_some() || m.range || m.high > 120.0 || m.first >= a.first {
            return Ok(());
        }
        let f = m.first;
        let than = matches!(self.low(f), "older" | "younger") && self.low(f + 1) == "than";
        let bound = match self.low(f) {
            "over" | "above" => Some(QualCode::Gt),
            "under" | "below" => Some(QualCode::Lt),
            _ => None,
        };
        if than || (bound.is_some() && f + 1 == a.first && self.persons_open_bound(f)) {
            m.unit = Some(FoundUnit::age());
            if !than {
                m.qual = bound;
            }
        }
        Ok(())
    }

    /// Whether persons stand right before the bound word at `bound`: a plural person noun
    /// opening its clause ("Adults over", "and drivers under") or a singular one after an
    /// article ("a child under").
    pub(super) fn persons_open_bound(&self, bound: usize) -> bool {
        if bound == 0 || !self.is_word(bound - 1) {
            return false;
        }
        let w = self.low(bound - 1);
        if self.looks_plural(w, false) && words::person_noun(&singular_noun(w)) {
            let p = bound - 1;
            return p == 0
                || (!self.is_word(p - 1) && !self.is_num(p - 1))
                || words::AGE_BOUND_OPENERS.contains(self.low(p - 1));
        }
        self.singular_person_before(bound)
    }

    /// Whether a singular person noun after an article stands right before the bound word
    /// at `bound`: "for a child under 11", "a baby under two" (decision 875).
    pub(super) fn singular_person_before(&self, bound: usize) -> bool {
        bound >= 2
            && words::person_noun(self.low(bound - 1))
            && matches!(self.low(bound - 2), "a" | "an" | "any" | "every" | "each")
    }

    /// Rule `than_age_bound` (decision 875): a bare whole number right after "older than"
    /// or "younger than" is an age ("tended to be younger than 30", "must be older than
    /// 18"); no other thing is older or younger than a bare number.
    pub(super) fn than_age_bound(&self, a: &Amt, first: usize) -> bool {
        a.cur.is_none()
            && a.first == a.num
            && first + 2 == a.num
            && matches!(self.low(first), "older" | "younger")
            && self.low(first + 1) == "than"
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
    }
}

impl Draft {
    /// Whether the unit read is years ("45 years", "30–69 years"): the unit the age rules
    /// turn into `year of age`.
    pub(super) fn in_years(&self) -> bool {
        self.unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Time && u.name == "year")
    }
}
