//! Units that the words around a bare number give it, where no unit follows it: ages
//! ("people over 80", "the shopkeeper, now 78,", "he was 35 when"), the inches of
//! "6-foot-5", magnitudes, the unit opening an equation ("Total calories = 260") and the
//! noun before "or" ("a day or two"). Split from `units.rs` (decision 365).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// The unit of a bare number that the words around it give: "another pick or two",
    /// "people over 80", "the shopkeeper, now 78,", "He will be 35 by …" (ages), "the
    /// 6-foot-5 guard" (inches), "the magnitude 6.2 quake".
    pub(super) fn unit_from_context(
        &self,
        a: &Amt,
        first: usize,
        end: usize,
        qual: Option<QualCode>,
    ) -> Option<FoundUnit> {
        if let Some(u) = self.noun_before_or(a, end) {
            return Some(u);
        }
        if let Some(u) = self.bowling_figure_unit(a) {
            return Some(u);
        }
        // "people over 80", "children under five", "men aged over 45": an age bound
        // after persons.
        if a.cur.is_none()
            && a.first == a.num
            && first < a.num
            && first > 0
            && matches!(self.low(first), "over" | "under" | "above" | "below")
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && {
                let w = self.low(first - 1);
                matches!(w, "those" | "them" | "anyone" | "everyone" | "aged")
                    || self.persons_word(first - 1)
                    || self.singular_person_before(first)
                    || self.persons_are_before(first, end)
            }
        {
            return Some(FoundUnit::age());
        }
        if self.than_age_bound(a, first) {
            return Some(FoundUnit::age());
        }
        // "children 12 and under", "seniors 65 and over", "kids 5 or younger", "adults
        // 18+": a bound closing a bare number right after persons is an age.
        if a.cur.is_none()
            && a.first == a.num
            && a.num > 0
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && {
                let (link, word) = (self.low(a.num + 1), self.low(a.num + 2));
                (link == "and"
                    && (words::CLOSING_AND_GE.contains(word)
                        || words::CLOSING_AND_LE.contains(word)))
                    || (link == "or" && matches!(word, "older" | "younger" | "over" | "under"))
                    || self.plus_closes_age(a.num + 1)
            }
            && (self.persons_word(a.num - 1) || self.older_younger_closes_age(a.num))
        {
            return Some(FoundUnit::age());
        }
        // "the shopkeeper, now 78, has": an age in apposition.
        if qual.is_none()
            && a.first == a.num
            && a.num >= 2
            && self.low(a.num - 1) == "now"
            && self.is_sym(a.num - 2, ',')
            && (self.is_sym(end, ',') || self.is_sym(end, '.'))
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
        {
            return Some(FoundUnit::age());
        }
        // "the 6-foot-5 guard": the inches after the feet.
        if a.first == a.num
            && a.num >= 4
            && a.value < 12.0
            && self.is_sym(a.num - 1, '-')
            && matches!(self.low(a.num - 2), "foot" | "feet")
            && self.is_sym(a.num - 3, '-')
            && self.is_num(a.num - 4)
        {
            return Some(FoundUnit {
                name: "inch".into(),
                class: UnitKind::Measure,
            });
        }
        if let Some(u) = self.magnitude_before(a) {
            return Some(u);
        }
        if let Some(u) = self.unit_before_equals(a) {
            return Some(u);
        }
        self.pronoun_age(a, end, qual)
    }

    /// A plural of persons ("seniors", "people") or a noun of
    /// `words/age_population_nouns.txt` ("the population 65 and older", "the population
    /// under 15", real eg; decision 1087) at `k`: a bound and figure after it is an age.
    fn persons_word(&self, k: usize) -> bool {
        let w = self.low(k);
        (self.looks_plural(w, false) && words::person_noun(&singular_noun(w)))
            || words::AGE_POPULATION_NOUNS.contains(w)
    }

    /// Rule `plus_closes_age` (decision 1256): "adults 18+ who wear", "women 50+ in the
    /// county", "adults 65-plus run": a plus closing the figure at `k` (glued "+" or
    /// "-plus") with no unit or counted noun after it; after persons the figure is an age
    /// at least that old ("the hall seats 300+ people" counts the people after it).
    fn plus_closes_age(&self, k: usize) -> bool {
        let after = if self.is_sym(k, '+') && self.attached(k) {
            k + 1
        } else if self.is_sym(k, '-')
            && self.attached(k)
            && self.attached(k + 1)
            && self.low(k + 1) == "plus"
        {
            k + 2
        } else {
            return false;
        };
        !self.is_num(after) && self.unit_at(after).is_none() && !self.counted_after(after)
    }

    /// "people are over 60.", "residents were under 25,": the bound word at `first` right
    /// after a verb of `words/age_be_verbs.txt` after persons, its figure closing the
    /// clause (decision 1088). "sales were over 80" (no persons) stays a count.
    fn persons_are_before(&self, first: usize, end: usize) -> bool {
        first >= 2
            && words::AGE_BE_VERBS.contains(self.low(first - 1))
            && self.persons_word(first - 2)
            && (self.is_sym(end, '.') || self.is_sym(end, ',') || self.kind(end).is_none())
    }

    /// "the magnitude 6.2 quake", "a magnitude of 7.0", "a magnitude of 9.1–9.3", "a
    /// magnitude-6.8 quake" (decision 1163): the figure (or
    /// range) after the word "magnitude", or hyphened to it, is a magnitude.
    pub(super) fn magnitude_before(&self, a: &Amt) -> Option<FoundUnit> {
        let magnitude = |k: usize| self.low(k) == "magnitude";
        let hyphened = a.num >= 2
            && self.is_sym(a.num - 1, '-')
            && self.attached(a.num - 1)
            && self.attached(a.num);
        (a.first == a.num
            && a.value < 10.0
            && ((a.num >= 1 && magnitude(a.num - 1))
                || (hyphened && magnitude(a.num - 2))
                || (a.num >= 2 && self.low(a.num - 1) == "of" && magnitude(a.num - 2))))
        .then(FoundUnit::magnitude)
    }

    /// `unit_before_figure` (decision 396): "Mach 2", "Mach 0.85 at cruise", "Mach-2
    /// speeds", "a Mach 3 spy plane": a unit written before its figure
    /// (`words/units_before_figure.txt`, spelled as the registry names it) is the
    /// figure's unit, over a noun counted after it.
    pub(super) fn unit_before_figure(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted_or_none = m
            .unit
            .as_ref()
            .is_none_or(|u| matches!(u.class, UnitKind::Count { .. }));
        if a.cur.is_some() || a.first != a.num || a.num == 0 {
            return Ok(());
        }
        // "an IBU of 60", "with an IBU of 100+" (decision 509): the unit named before "of"
        // is the figure's, over a unit borrowed from a later figure ("an IBU of 60 and ABV
        // of 6%") but not over one written after the figure itself.
        if a.num >= 3
            && self.low(a.num - 1) == "of"
            && words::UNITS_BEFORE_OF.contains(self.low(a.num - 2))
            && matches!(self.low(a.num - 3), "a" | "an" | "the" | "its" | "their")
            && (counted_or_none || m.end <= a.end)
            && let Some((def, e)) = self.unit_at(a.num - 2)
            && e == a.num - 1
        {
            m.unit = Some(Self::unit_of(def));
            return Ok(());
        }
        if !counted_or_none {
            return Ok(());
        }
        let mut k = a.num - 1;
        if k > 0 && self.is_sym(k, '-') && self.attached(k) && self.attached(a.num) {
            k -= 1;
        }
        if !words::UNITS_BEFORE_FIGURE.contains(self.low(k)) {
            return Ok(());
        }
        if let Some((def, e)) = self.unit_at(k)
            && e == k + 1
        {
            m.unit = Some(Self::unit_of(def));
        }
        Ok(())
    }

    /// "Calories from Fat = 99", "Total calories = 260": a bare number after "=" is in
    /// the unit that opens its side of the equation, back to a comma, colon, semicolon
    /// or the sentence start, at most six words (decision 144).
    fn unit_before_equals(&self, a: &Amt) -> Option<FoundUnit> {
        if a.cur.is_some() || a.first != a.num || a.num < 2 || !self.is_sym(a.num - 1, '=') {
            return None;
        }
        let eq = a.num - 1;
        let sep = (eq.saturating_sub(7)..eq)
            .rev()
            .find(|&k| matches!(self.kind(k), Some(Kind::Sym(',' | ':' | ';' | '=' | '('))));
        let start = match sep {
            Some(k) => k + 1,
            None if eq <= 7 => 0,
            None => return None,
        };
        // The unit is the side's first or second word ("Calories from", "Total calories").
        (start..eq.min(start + 2))
            .filter(|&k| self.is_word(k))
            .find_map(|k| self.unit_at(k).filter(|&(_, e)| e <= eq))
            .map(|(def, _)| Self::unit_of(def))
            .filter(|u| matches!(u.class, UnitKind::Measure | UnitKind::Percent))
    }

    /// "another pick or two", "a day or two": the noun before "or" is counted.
    fn noun_before_or(&self, a: &Amt, end: usize) -> Option<FoundUnit> {
        if a.words
            && a.first == a.num
            && a.num >= 3
            && self.low(a.num - 1) == "or"
            && self.is_word(a.num - 2)
            && !self.capitalised(a.num - 2)
            && matches!(self.low(a.num - 3), "a" | "an" | "another" | "one")
            && !self.is_word(end)
        {
            let w = self.low(a.num - 2);
            if let Some((def, _)) = self.unit_at(a.num - 2) {
                return Some(Self::unit_of(def));
            } else if !words::is_stopword(w) && !w.ends_with('s') && !w.ends_with("ly") {
                return Some(FoundUnit {
                    name: w.to_string(),
                    class: UnitKind::Count {
                        head: w.to_string(),
                    },
                });
            }
        }
        None
    }

    /// A whole number of one to three digits (or in words) from 1 to 120, no currency, not
    /// opening the sentence: what a person's age can be.
    pub(super) fn could_be_age(&self, a: &Amt) -> bool {
        a.cur.is_none()
            && a.first == a.num
            && (a.plain_digits.is_some_and(|d| d <= 3) || a.words)
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
    }

    /// "He will be 35 by the end of the year", "she was 42 when", "I was 16," (decision
    /// 1457: "I" and "am" as "he" and "is"): a person's age.
    fn pronoun_age(&self, a: &Amt, end: usize, qual: Option<QualCode>) -> Option<FoundUnit> {
        if qual.is_none()
            && self.could_be_age(a)
            && {
                let he = |k: usize| matches!(self.low(k), "he" | "she" | "who" | "i");
                let v = a.num - 1;
                (matches!(self.low(v), "is" | "was" | "am") && he(v - 1))
                    || (self.low(v) == "be"
                        && v >= 2
                        && matches!(self.low(v - 1), "will" | "would")
                        && he(v - 2))
            }
            && (end >= self.n()
                || self.is_sym(end, '.')
                || self.is_sym(end, ',')
                || matches!(self.low(end), "by" | "when" | "next" | "this" | "and"))
        {
            return Some(FoundUnit::age());
        }
        None
    }

    /// Rule `older_younger_closes_age` (decision 1381): "or older", "and older", "or
    /// younger" or "and younger" right after the bare figure at `num` make it an age with
    /// no persons word before it: "Entrants must be 16 or older" → 16 `year of age`, as
    /// "adults 18 and older" is ("over" and "under" still need persons: "16 or over" may
    /// be any figure).
    fn older_younger_closes_age(&self, num: usize) -> bool {
        matches!(self.low(num + 1), "or" | "and")
            && matches!(self.low(num + 2), "older" | "younger")
    }
}
