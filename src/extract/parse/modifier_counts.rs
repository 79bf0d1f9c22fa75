//! A count whose noun is a modifier or stands past one: "a 12 page report" counts pages,
//! "eight million 250ml bottles" counts bottles past a number with its own unit, and
//! "one 40-tonne truck" one truck (rule `one_before_sized_noun`, decision 870), and
//! "eleven 24,000 TEU vessels" eleven vessels (rule `count_before_spaced_measure`,
//! decision 1440).

use super::*;

impl<'a> SentenceReader<'a> {
    /// "a 12 page report", "a 5 star hotel": a number after a determiner and before a
    /// singular noun that itself modifies a head noun counts that first noun (the
    /// number cannot count the head: a plural would follow a number above one).
    pub(super) fn modifier_noun(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        let det = self.low(a.first.checked_sub(1)?);
        if !is_whole_count(a) || !words::MODIFIER_DETERMINERS.contains(det) || self.attached(j) {
            return None;
        }
        let plain = |k: usize| {
            let w = self.low(k);
            self.is_word(k)
                && !self.capitalised(k)
                && w.len() > 1
                && !words::is_stopword(w)
                && !w.ends_with("ly")
                && number::small_number_word(w).is_none()
                && number::scale_word(w).is_none()
        };
        let w = self.low(j);
        if !plain(j)
            || !plain(j + 1)
            || self.looks_plural(w, false)
            || (w.ends_with("ed") && !words::NOUNS_IN_ED.contains(w))
            || w.ends_with("ing")
            || words::NOT_MODIFIER_NOUNS.contains(w)
        {
            return None;
        }
        let head = w.to_string();
        Some((FoundUnit::count(head), j + 1))
    }

    /// "eight million 250ml bottles", "three 5-star hotels": a number with its own
    /// unit or hyphenated noun stands between a count and the plural noun it counts.
    /// The mention ends before the modifier, which is read as a mention of its own.
    /// Rule `words_around_measure_modifier` (decision 818): up to two plain words may
    /// stand before the measure ("20,000 single use 330ml plastic cups", "600 full 13kg
    /// gas cylinders") and more measures after it ("48 3.2V 100Ah cells"); they are left
    /// out of the counted noun with it.
    pub(super) fn noun_after_modifier(&self, j: usize, a: &Amt) -> Option<FoundUnit> {
        // "one 40-tonne truck": "one" counts the singular noun past the measure.
        let one = a.value == 1.0 && a.words && self.low(a.first) == "one";
        if a.cur.is_some() || a.fraction || (a.value < 2.0 && !one) || is_year(a) {
            return None;
        }
        let m = self.past_words_before_measure(j);
        let mut after = self
            .measure_modifier_end(m)
            .or_else(|| self.spaced_measure_end(m))?;
        while let Some(e) = self.measure_modifier_end(after) {
            after = e;
        }
        // `rate_after_modified_noun` (decision 392): the counted noun keeps a rate after
        // it, "six million 330ml cans a week" is `can per week`.
        match self.noun_phrase(after, one) {
            Some((u, e)) if matches!(u.class, UnitKind::Count { .. }) => {
                Some(self.read_rate(u, e).0)
            }
            _ => None,
        }
    }

    /// Rule `one_before_sized_noun` (decision 870): "one" at `i` before a measure written
    /// as a modifier ("one 40-tonne truck", "one 400g tin", "one 1,600rpm machine"), up to
    /// two plain words allowed before the measure, is a count of the noun the measure
    /// sizes, as "two 20-litre cans" already was; the measure is a mention of its own.
    pub(super) fn one_before_sized_noun(&self, i: usize) -> bool {
        self.low(i) == "one"
            && self.is_word(i)
            && self
                .measure_modifier_end(self.past_words_before_measure(i + 1))
                .is_some()
    }

    /// The end of a measure written as a modifier at `j`: a number apart from what
    /// precedes it with a unit glued to it ("250ml") or hyphenated ("5-star",
    /// "40-year-old").
    fn measure_modifier_end(&self, j: usize) -> Option<usize> {
        if !self.is_num(j) || self.attached(j) {
            return None;
        }
        if self.attached(j + 1) && self.is_word(j + 1) {
            // "250ml": a unit glued to the number.
            self.unit_at(j + 1).map(|(_, e)| e)
        } else if self.is_sym(j + 1, '-') && self.attached(j + 1) && self.attached(j + 2) {
            // "5-star", "40-year-old".
            self.hyphen_unit(j + 2).map(|(_, e)| e)
        } else {
            None
        }
    }

    /// Rule `count_before_spaced_measure` (decision 1440): the end of a measure at `j`
    /// whose unit stands apart from its number, written as a modifier before the noun a
    /// count before it counts ("eleven 24,000 TEU vessels", "four 210,000 dwt bulkers",
    /// "two 3.6 MW generators"), as "ten 24,000-TEU vessels" already was; the caller
    /// keeps the count only where a counted noun follows the unit.
    fn spaced_measure_end(&self, j: usize) -> Option<usize> {
        if !self.is_num(j) || self.attached(j) || self.attached(j + 1) || !self.is_word(j + 1) {
            return None;
        }
        self.unit_at(j + 1).map(|(_, e)| e)
    }

    /// The token after up to two plain lower-case words at `j` that stand before a
    /// measure modifier ("single use 330ml", "full 13kg"); `j` when none do.
    fn past_words_before_measure(&self, j: usize) -> usize {
        (j..j + 3)
            .find(|&k| !self.plain_singular_word(k))
            .filter(|&k| k > j && self.measure_modifier_end(k).is_some())
            .unwrap_or(j)
    }
}
