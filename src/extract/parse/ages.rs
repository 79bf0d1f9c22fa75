//! Ages told by the words around a bare number: after a full name ("Janet Okafor 58
//! who"), after an age word ("aged 45", "turned 31", "will turn 60"), years compared by
//! age ("18 years or older"), an age in apposition ("Maddon, 66, has"), after a person
//! and "of" ("a boy of 15"), "the ages of" before a range and a figure or range before
//! "age group" ("the 18-24 age group").

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "Janet Okafor 58 who has run the shop": an age after a full name.
    pub(super) fn age_after_full_name(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "Janet Okafor 58 who has run the shop": an age after a full name, commas lost.
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && a.plain_digits.is_some_and(|d| d <= 3)
            && (1.0..=120.0).contains(&a.value)
            && a.first == a.num
            && a.num >= 1
            && ((a.num >= 2
                && self.capitalised(a.num - 1)
                && self.capitalised(a.num - 2)
                && self.low(m.end) == "who")
                // "ronaldo 39 has scored": text without capitals.
                || (self.caseless
                    && self.is_word(a.num - 1)
                    && !words::is_stopword(self.low(a.num - 1))
                    && self.unit_at(a.num - 1).is_none()
                    && matches!(self.low(m.end), "who" | "has" | "had" | "was" | "is" | "said")))
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// "aged 45", "turned 31", "will turn 60", "the retirement age from 62 to 64": an age.
    pub(super) fn age_after_age_word(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "aged 45", "ages 5 to 11", "aged between 45 and 79", "turned 31", "the
        // retirement age from 62 to 64", "over the age of 21": an age.
        let age_word = |k: usize| matches!(self.low(k), "aged" | "age" | "ages");
        if (m.unit.is_none() || self.unit_from_later_figure(m))
            && a.cur.is_none()
            && (m.first == a.first || m.between || self.ages_before_range(a.first))
            && m.first > 0
            && a.value <= 130.0
            && ((age_word(m.first - 1)
                && !(m.first > 1 && matches!(self.low(m.first - 2), "the" | "an" | "a")))
                || (m.first > 1
                    && matches!(self.low(m.first - 1), "from" | "of")
                    && matches!(self.low(m.first - 2), "age" | "aged"))
                || self.ages_before_range(a.first)
                || (matches!(self.low(m.first - 1), "turned" | "turns" | "turning")
                    && !m.range
                    && a.value.fract() == 0.0)
                || (!m.range && a.value.fract() == 0.0 && self.will_turn_age(m.first, m.end)))
        {
            m.unit = Some(FoundUnit::age());
            if m.qual.is_none() && !m.range {
                m.qual = self.bound_before_age_word(m.first);
            }
        } else if m.qual.is_none()
            && !m.range
            && m.unit.as_ref().is_some_and(|u| u.name.ends_with(" of age"))
        {
            // "over the age of 5 years": the years already an age.
            m.qual = self.bound_before_age_word(m.first);
        }
        Ok(())
    }

    /// Rule `unit_from_later_figure` (decision 1255): the draft's unit, not one of time,
    /// was shared from a later figure of a list or pair, so the mention ends at its own
    /// figure ("aged under 24 and 70 percent", "ages 70 to 79 and 81.47%"): after an age
    /// word the age wins ("aged 6 and 12 months" keeps its months).
    pub(super) fn unit_from_later_figure(&self, m: &Draft) -> bool {
        m.end > 0
            && self.is_num(m.end - 1)
            && m.unit.as_ref().is_some_and(|u| u.class != UnitKind::Time)
    }

    /// Rule `bound_before_age_word` (decisions 1041, 1085): "under age 12", "over the age
    /// of 21", "at least age 18", "up to the age of 16", "about age 12", "no younger than
    /// age 16" — the qualifier phrase of `words/qualifiers.txt` ending right before "age"
    /// (or "the age of") whose figure starts at `first` bounds the age as it bounds a bare
    /// figure (`qualifier_before`, negation and phrasal "over" included); failing one, a
    /// word of `words/age_bound_words.txt` ("before age 70" `lt`, real dq and dy).
    pub(super) fn bound_before_age_word(&self, first: usize) -> Option<QualCode> {
        let age = match first.checked_sub(1) {
            Some(k) if self.low(k) == "age" => k,
            Some(k) if k >= 2 && self.low(k) == "of" && self.low(k - 1) == "age" => {
                if self.low(k - 2) != "the" {
                    return None;
                }
                k - 2
            }
            _ => return None,
        };
        if let Some((q, _)) = self.qualifier_before(age) {
            return Some(q);
        }
        words::age_bound(self.low(age.checked_sub(1)?))
    }

    /// Rule `will_turn_age` (decision 913): "who will turn 60 next month", "does not turn
    /// 18 until May": the bare verb "turn" after a modal, "not" or "to", with a word of
    /// time or a clause mark after the figure ("turn 17 until", "turn 60 next"). A
    /// corner's number ("at turn 4") and "to turn 20 of its stores into" are not ages.
    fn will_turn_age(&self, first: usize, end: usize) -> bool {
        first >= 2
            && self.low(first - 1) == "turn"
            && words::TURN_AGE_OPENERS.contains(self.low(first - 2))
            && (end >= self.n()
                || [',', '.', ';'].iter().any(|&c| self.is_sym(end, c))
                || words::TURN_AGE_FOLLOWERS.contains(self.low(end)))
    }

    /// "between the ages of 18 and 30", "from the ages of 5 to 11": "the ages of" between
    /// the range opener and the first end `at` (decision 832). `open` passes over it so
    /// the range is read; `age_after_age_word` names the age.
    pub(super) fn ages_before_range(&self, at: usize) -> bool {
        self.ages_words_before_range(at) > 0
    }

    /// How many words name the ages between the range opener and the first end `at`:
    /// three for "the ages of" (decision 832); one for "ages" or "age" right after
    /// "between" (rule `between_ages`, decision 1257: "sunburns between ages 15 and 20"),
    /// none otherwise.
    pub(super) fn ages_words_before_range(&self, at: usize) -> usize {
        let ages = |k: usize| matches!(self.low(k), "ages" | "age");
        if at >= 4
            && self.low(at - 1) == "of"
            && ages(at - 2)
            && self.low(at - 3) == "the"
            && matches!(self.low(at - 4), "between" | "from")
        {
            3
        } else if at >= 2 && ages(at - 1) && self.low(at - 2) == "between" {
            1
        } else {
            0
        }
    }

    /// "18 years or older", "5 years and younger": years compared by age are an age.
    pub(super) fn years_older_younger(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.end >= 2
            && matches!(self.low(m.end - 1), "older" | "younger")
            && matches!(self.low(m.end - 2), "or" | "and")
            && m.unit.as_ref().is_some_and(|u| {
                u.class == UnitKind::Time
                    && matches!(u.name.as_str(), "year" | "month" | "week" | "day")
            })
            && let Some(u) = m.unit.as_mut()
        {
            u.name.push_str(" of age");
            u.class = UnitKind::Measure;
        }
        Ok(())
    }

    /// "Maddon, 66, has": an age after a name or a person.
    pub(super) fn age_in_apposition(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "Maddon, 66, has …", "the man, 45, was …": an age after a name or a person
        // (any word when the text has no capitals: "alcaraz, 21, became").
        if m.unit.is_none()
            && !m.range
            && (a.plain_digits.is_some_and(|d| d <= 3) || (a.words && a.value.fract() == 0.0))
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
            && self.is_sym(a.num - 1, ',')
            && (self.capitalised(a.num - 2)
                || words::person_noun(self.low(a.num - 2))
                || (self.caseless
                    && self.is_word(a.num - 2)
                    && !words::is_stopword(self.low(a.num - 2))))
            && (self.is_sym(m.end, ',') || self.is_sym(m.end, '.'))
            && m.qual.is_none()
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// "a boy of 15 has been charged", "a man of 45": a whole number after "of" and a
    /// person of `words/age_of_persons.txt` is the person's age.
    pub(super) fn age_of_person(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && (a.plain_digits.is_some_and(|d| d <= 3) || (a.words && a.value.fract() == 0.0))
            && (1.0..=120.0).contains(&a.value)
            && a.first == a.num
            && a.num >= 2
            && self.low(a.num - 1) == "of"
            && words::AGE_OF_PERSONS.contains(self.low(a.num - 2))
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// "the 18-24 age group", "the 25 to 34 age bracket", "a 65+ age band": a figure or
    /// range right before "age" and a noun of `words/age_group_nouns.txt` is an age
    /// (branch expeer51, decision 933); so is one in years ("the 15 to 44 year age
    /// group", decision 1114).
    pub(super) fn age_before_group_noun(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let mut k = m.end;
        // "65+ age group": a closing plus is the bound's, not the noun's.
        if self.is_sym(k, '+') {
            k += 1;
        }
        let years = m.in_years();
        if (m.unit.is_none() || years)
            && a.cur.is_none()
            && m.high <= 130.0
            && a.value >= 0.0
            && self.low(k) == "age"
            && words::AGE_GROUP_NOUNS.contains(self.low(k + 1))
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }

    /// Rule `age_after_those` (decision 1115): "for those 20-29", "among those 16 to 24",
    /// "those 80 and above", "those 12 and under": a bare range or a bounded figure right
    /// after "those", with no unit or noun read after it, is the age of the people meant.
    /// A bare figure with no bound ("of those 20, five") stays a count.
    pub(super) fn age_after_those(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let p = m.first.min(a.first);
        if m.unit.is_none()
            && a.cur.is_none()
            && !a.fraction
            && p >= 1
            && self.low(p - 1) == "those"
            && (m.range || m.qual.is_some_and(|q| q != QualCode::Approx))
            && a.value >= 0.0
            && m.high <= 120.0
            && a.value.fract() == 0.0
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
    }
}
