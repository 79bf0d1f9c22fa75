//! Units after an amount: measurement units and currencies from the unit table, rates
//! ("per barrel", "a month"), hyphenated units, totals ("162 of 398 districts") and the
//! units that the surrounding words give a bare number (ages, inches, magnitudes).

use super::finish::{Draft, Step};
use super::*;
use crate::units::{Context, Unit, registry, senses};

/// How many tokens either side of an ambiguous unit are searched for its cue words.
const SENSE_WINDOW: usize = 40;

/// A unit read after an amount: the unit, the token after it, and a total.
type UnitRead = (Option<FoundUnit>, usize, Option<f64>);

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
                    || (self.looks_plural(w, false) && words::person_noun(&singular_noun(w)))
            }
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

    /// "the magnitude 6.2 quake", "a magnitude of 7.0", "a magnitude of 9.1–9.3": the
    /// figure (or range) after the word "magnitude" is a magnitude.
    pub(super) fn magnitude_before(&self, a: &Amt) -> Option<FoundUnit> {
        let magnitude = |k: usize| self.low(k) == "magnitude";
        (a.first == a.num
            && a.value < 10.0
            && ((a.num >= 1 && magnitude(a.num - 1))
                || (a.num >= 2 && self.low(a.num - 1) == "of" && magnitude(a.num - 2))))
        .then(FoundUnit::magnitude)
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

    /// "He will be 35 by the end of the year", "she was 42 when": a person's age.
    fn pronoun_age(&self, a: &Amt, end: usize, qual: Option<QualCode>) -> Option<FoundUnit> {
        if qual.is_none()
            && a.cur.is_none()
            && a.first == a.num
            && (a.plain_digits.is_some_and(|d| d <= 3) || a.words)
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
            && {
                let he = |k: usize| matches!(self.low(k), "he" | "she");
                let v = a.num - 1;
                (matches!(self.low(v), "is" | "was") && he(v - 1))
                    || (self.low(v) == "be"
                        && v >= 2
                        && matches!(self.low(v - 1), "will" | "would")
                        && he(v - 2))
            }
            && (end >= self.n()
                || self.is_sym(end, '.')
                || self.is_sym(end, ',')
                || matches!(self.low(end), "by" | "when" | "next" | "this"))
        {
            return Some(FoundUnit::age());
        }
        None
    }

    /// The longest unit of the registry spelled at `at`.
    pub(super) fn unit_at(&self, at: usize) -> Option<(&'static Unit, usize)> {
        if at >= self.n() {
            return None;
        }
        let cx = Context {
            touching: self.attached(at),
            dimension: None,
        };
        let found = registry().after_at(
            at,
            |i| self.raw(i),
            |i| self.low(i),
            |i| self.attached(i),
            cx,
        );
        let (unit, len) = match self.sense_at(at) {
            Some(u) if found.is_none_or(|f| f.len == 1) => (u, 1),
            _ => found.map(|f| (f.unit, f.len))?,
        };
        // The unit must end at a word boundary: "m" is not the start of "m2x".
        let end = at + len;
        if self.attached(end) && (self.is_word(end) || (self.is_num(end) && self.is_word(end - 1)))
        {
            return None;
        }
        // "5 $10 bills": a currency sign before a number belongs to it.
        if unit.dimension == "money"
            && matches!(self.kind(at), Some(Kind::Sym(_)))
            && self.is_num(end)
        {
            return None;
        }
        // "83 F-35 jets", "a C-130": a model name, not a unit.
        if self.is_sym(end, '-')
            && self.attached(end)
            && self.attached(end + 1)
            && self.is_num(end + 1)
            && self.raw(end - 1).chars().all(|c| c.is_ascii_uppercase())
        {
            return None;
        }
        Some((unit, end))
    }

    /// The denominator of a price at `d` (decision 142): "$1.84 a pound", "$3 per pound"
    /// are prices of a mass, whatever the sentence is about, since money is not priced in
    /// money; a spelling read as a currency there is read again as a mass. `None` when
    /// the unit at `d` is no currency or the spelling has no mass.
    pub(super) fn mass_after_price(&self, d: usize) -> Option<(&'static Unit, usize)> {
        let (def, money_end) = self.unit_at(d)?;
        if def.dimension != "money" {
            return None;
        }
        let cx = Context {
            touching: false,
            dimension: Some("mass"),
        };
        let found = registry().after_at(
            d,
            |i| self.raw(i),
            |i| self.low(i),
            |i| self.attached(i),
            cx,
        )?;
        // "per pound sterling" names the currency in full.
        (d + found.len >= money_end).then_some((found.unit, d + found.len))
    }

    /// The unit the words near `at` choose for a spelling with several senses ("8 kn"
    /// on a yacht is knots, in a shop kuna; `src/units/senses.tsv`).
    fn sense_at(&self, at: usize) -> Option<&'static Unit> {
        let raw = self.raw(at);
        if !senses::has_senses(raw) || (raw == "a" && !self.letter_a_ends_phrase(at)) {
            return None;
        }
        self.sense_near(raw, at, self.attached(at))
    }

    /// The sense of `spelling` (written at `at`) that the words within a window of it
    /// point to; the window keeps the cost linear.
    fn sense_near(&self, spelling: &str, at: usize, touching: bool) -> Option<&'static Unit> {
        let (lo, hi) = (
            at.saturating_sub(SENSE_WINDOW),
            (at + SENSE_WINDOW).min(self.n()),
        );
        let words = (lo..hi)
            .filter(|&k| k != at && self.is_word(k))
            .map(|k| if k == 0 { self.low(k) } else { self.raw(k) });
        senses::sense(spelling, touching, words).map(|id| registry().get(id))
    }

    /// "8.5 million pounds of chicken products": with a scale "pounds" is money unless
    /// the "of" phrase right after it names a weight cue of `senses.tsv` (decision 343);
    /// the words around are not asked, as "lost 5 million pounds" is money.
    fn pounds_of_goods(&self, at: usize) -> bool {
        if self.low(at + 1) != "of" {
            return false;
        }
        let end = (at + 2..(at + 6).min(self.n()))
            .find(|&k| !self.is_word(k))
            .unwrap_or((at + 6).min(self.n()));
        let words = (at + 2..end).map(|k| self.raw(k));
        senses::sense(self.raw(at), self.attached(at), words)
            .is_some_and(|id| registry().get(id).dimension != "money")
    }

    /// The currency a sign written at `at` denotes: a sign with several senses is read
    /// by the words around it ("¥300 in Shanghai" is yuan, else yen; `senses.tsv`).
    pub(super) fn currency_sense(&self, at: usize, cur: Cur) -> Cur {
        let sign = self.raw(at);
        if !senses::has_senses(sign) {
            return cur;
        }
        match self.sense_near(sign, at, true) {
            Some(u) if u.dimension == "money" => Cur {
                name: u.name.as_str(),
                code: u.code.as_deref().unwrap_or(""),
            },
            _ => cur,
        }
    }

    /// How the extractor classes a registry unit: money, the percentage, spans of time
    /// (not ages, which are measures), and every other measure.
    pub(super) fn unit_of(def: &'static Unit) -> FoundUnit {
        let class = match def.dimension.as_str() {
            "money" => UnitKind::Currency(def.code.as_deref().unwrap_or("")),
            "percent" => UnitKind::Percent,
            "duration" if !crate::units::is_age(&def.name) => UnitKind::Time,
            _ => UnitKind::Measure,
        };
        FoundUnit {
            name: def.name.clone(),
            class,
        }
    }

    /// A unit word or counted noun at `at`, for "1,400-kilometer" and "six-cylinder".
    pub(super) fn hyphen_unit(&self, at: usize) -> Option<(FoundUnit, usize)> {
        let w = self.low(at);
        // "a 1,200-pound moose" is a weight; "a 50-pound note" is money.
        if matches!(w, "pound" | "pounds") && self.unit_at(at).is_none_or(|(_, e)| e == at + 1) {
            let money = words::POUND_MONEY_NOUNS.contains(self.low(at + 1));
            return Some((FoundUnit::pounds(money), at + 1));
        }
        if let Some((def, end)) = self.hyphen_joined_unit(at).or_else(|| self.unit_at(at)) {
            let mut unit = Self::unit_of(def);
            let mut end = end;
            // "five-year-old", "400 million-year-old".
            if matches!(unit.name.as_str(), "year" | "month" | "week" | "day")
                && self.is_sym(end, '-')
                && matches!(self.low(end + 1), "old" | "olds" | "old's" | "old’s")
            {
                unit.name.push_str(" of age");
                unit.class = UnitKind::Measure;
                end += 2;
            }
            return Some((unit, end));
        }
        if self.is_word(at)
            && !words::is_stopword(w)
            && !self.capitalised(at)
            && number::small_number_word(w).is_none()
            && w.len() > 1
        {
            let head = singular_noun(w);
            return Some((FoundUnit::count(head), at + 1));
        }
        None
    }

    /// "a 25-basis-point cut", "a 5-percentage-point lead": a unit of several words
    /// joined by hyphens, read as the registry spells it with spaces.
    fn hyphen_joined_unit(&self, at: usize) -> Option<(&'static Unit, usize)> {
        let tok = |k: usize| at + 2 * (k - at);
        let joined = |k: usize| {
            k == at
                || (self.is_sym(tok(k) - 1, '-')
                    && self.attached(tok(k) - 1)
                    && self.attached(tok(k)))
        };
        let cx = Context {
            touching: false,
            dimension: None,
        };
        let found = registry().after_at(
            at,
            |k| if joined(k) { self.raw(tok(k)) } else { "" },
            |k| if joined(k) { self.low(tok(k)) } else { "" },
            |k| self.attached(tok(k)),
            cx,
        )?;
        (found.len >= 2).then(|| (found.unit, tok(at + found.len - 1) + 1))
    }

    /// The tonne of an amount whose scale was a glued tonne symbol ending it (rule
    /// `tonne_scale`): "27.4Mt" is 27.4 million `metric ton`, "320ktpa" 320 thousand
    /// `metric ton per year` ("pa": per annum).
    fn tonne_scale_unit(&self, j: usize, amt: &Amt) -> Option<FoundUnit> {
        let k = j
            .checked_sub(1)
            .filter(|&k| k > amt.num && amt.scale != 0)?;
        self.tonne_scale(k)?;
        let per_year = self.low(k).ends_with("pa");
        let name = if per_year {
            "metric ton per year"
        } else {
            "metric ton"
        };
        Some(FoundUnit {
            name: name.into(),
            class: UnitKind::Measure,
        })
    }

    /// Reads a unit after an amount ending at `j`: the unit, the next index, and the total
    /// a part is counted against ("162 of 398 districts").
    pub(super) fn read_unit(&self, j: usize, amt: &Amt, nested: bool) -> UnitRead {
        if let Some(c) = amt.cur {
            return self.currency_unit(j, c);
        }
        if let Some(unit) = self.tonne_scale_unit(j, amt) {
            // "3Mt a year" is a rate; "3Mtpa" is one already.
            if unit.name.ends_with("per year") {
                return (Some(unit), j, None);
            }
            let (unit, end) = self.read_rate(unit, j);
            return (Some(unit), end, None);
        }
        // "a 3m-strong workforce": the size of what follows, no unit of its own.
        if self.strong_after(j) {
            return (None, j + 2, None);
        }
        // "40-odd years": the noun after "-odd" is the unit.
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.low(j + 1) == "odd"
            && !amt.fraction
        {
            let (unit, end, total) = self.read_unit(j + 2, amt, nested);
            return (unit, end.max(j + 2), total);
        }
        if let Some(found) = self
            .hyphen_unit_after(j)
            .or_else(|| self.unit_word_after(j, amt))
            .or_else(|| self.fraction_unit(j, amt))
            .or_else(|| self.of_total(j, amt, nested))
        {
            return found;
        }
        if amt.fuzzy.is_some() {
            return self.fuzzy_unit(j);
        }
        // "the 200,000 economists had expected": what they expected, not a count of them.
        if self.expected_by_holders(amt.first, j) {
            return (None, j, None);
        }
        // A counted noun phrase.
        let single = amt.value == 1.0 && amt.fuzzy.is_none();
        if let Some((unit, end)) = self
            .noun_phrase(j, single)
            .or_else(|| self.title_case_count(j, amt))
        {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        // "5,000 more workers", "two other teams": a comparative between the number and
        // the things counted.
        if matches!(
            self.low(j),
            "more" | "fewer" | "other" | "additional" | "extra" | "further"
        ) && !single
            && let Some((unit, end)) = self.noun_phrase(j + 1, false)
        {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        if let Some(unit) = self
            .listed_unit(j, amt, nested)
            .or_else(|| self.unit_of_named_scale(j))
        {
            return (Some(unit), j, None);
        }
        if let Some(unit) = self.noun_after_modifier(j, amt) {
            return (Some(unit), j, None);
        }
        if let Some((unit, end)) = self.modifier_noun(j, amt) {
            return (Some(unit), end, None);
        }
        (None, j, None)
    }

    /// The currency of an amount ("$76 US a barrel"), a currency word repeating it, and a
    /// rate after it.
    fn currency_unit(&self, j: usize, c: Cur) -> UnitRead {
        let unit = FoundUnit {
            name: c.name.to_string(),
            class: UnitKind::Currency(c.code),
        };
        let mut k = j;
        // "$76 US a barrel", "$75 U.S. per barrel", "$31.20 US".
        if self.raw(k) == "US" {
            k += 1;
        } else if self.raw(k) == "U"
            && self.is_sym(k + 1, '.')
            && self.raw(k + 2) == "S"
            && self.is_sym(k + 3, '.')
        {
            k += 4;
        }
        // A measurement unit after a currency amount is rare; a currency word
        // ("$5 million dollars") just repeats it.
        if let Some((def, end)) = self.unit_at(k)
            && def.dimension == "money"
        {
            k = end;
        }
        let (unit, k) = self.read_rate(unit, k);
        (Some(unit), k, None)
    }

    /// "1,400-kilometer", "six-cylinder", "five-year", "four-, five- and six-cylinder".
    fn hyphen_unit_after(&self, j: usize) -> Option<UnitRead> {
        // "1,400-kilometer", "six-cylinder", "five-year".
        if self.is_sym(j, '-') && self.attached(j) {
            if self.attached(j + 1)
                && let Some((unit, end)) = self.hyphen_unit(j + 1)
            {
                let (unit, end) = self.read_rate(unit, end);
                return Some((Some(unit), end, None));
            }
            // "four-, five- and six-cylinder engines".
            if matches!(self.kind(j + 1), Some(Kind::Sym(',')))
                || matches!(self.low(j + 1), "and" | "or" | "to")
            {
                let mut k = j + 1;
                while k + 2 < self.n() && k < j + 10 {
                    if self.is_sym(k + 1, '-')
                        && self.attached(k + 1)
                        && self.attached(k + 2)
                        && (self.is_num(k) || number::small_number_word(self.low(k)).is_some())
                        && let Some((unit, _)) = self.hyphen_unit(k + 2)
                    {
                        return Some((Some(unit), j + 1, None));
                    }
                    k += 1;
                }
            }
        }
        None
    }

    /// A unit word or pounds after the amount ("5 km", "1/16 of a US pint", "7.6 million
    /// pounds of thrust").
    fn unit_word_after(&self, j: usize, amt: &Amt) -> Option<UnitRead> {
        let mut k = j;
        // "One US fluid ounce", "1/16 of a US pint".
        if amt.fraction
            && self.low(k) == "of"
            && (!amt.words
                || (matches!(self.low(k + 1), "a" | "an") && self.unit_at(k + 2).is_some()))
        {
            k += 1;
            if matches!(self.low(k), "a" | "an" | "the") {
                k += 1;
            }
        }
        if matches!(self.raw(k), "US" | "UK" | "imperial") && self.unit_at(k + 1).is_some() {
            k += 1;
        }
        // "pounds": money with a scale, or where the words around say money or weight
        // (`senses.tsv`), else weight; "pound-feet" is a unit of its own.
        if matches!(self.low(k), "pounds" | "pound")
            && self.is_word(k)
            && self.unit_at(k).is_none_or(|(_, e)| e == k + 1)
        {
            // "7.6 million pounds of thrust": a force.
            if self.low(k + 1) == "of" && self.low(k + 2) == "thrust" {
                let unit = FoundUnit {
                    name: "pound-force".into(),
                    class: UnitKind::Measure,
                };
                return Some((Some(unit), k + 1, None));
            }
            let unit = match self.sense_at(k) {
                Some(u) if amt.scale < 3 => Self::unit_of(u),
                _ if amt.scale >= 3 && self.pounds_of_goods(k) => FoundUnit::pounds(false),
                _ => FoundUnit::pounds(amt.scale >= 3),
            };
            let (unit, end) = self.read_rate(unit, k + 1);
            return Some((Some(unit), end, None));
        }
        if let Some((def, end)) = self.unit_at(k) {
            let (unit, end) = self.read_rate(Self::unit_of(def), end);
            // "fell 36p to 952p": a share price in pence is points (decision 241).
            let unit = self.pence_as_points(k, unit);
            return Some((Some(unit), end, None));
        }
        None
    }

    /// The share of counted things a fraction or proportion is ("half of all households",
    /// "one in five adults": `% household`, `% adult`); a fraction takes no other unit.
    fn fraction_unit(&self, j: usize, amt: &Amt) -> Option<UnitRead> {
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
    fn of_total(&self, j: usize, amt: &Amt, nested: bool) -> Option<UnitRead> {
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
                && (self.is_num(m + 1) || number::small_number_word(self.low(m + 1)).is_some())
            {
                m += 1;
            }
            if self.is_num(m) || number::small_number_word(self.low(m)).is_some() {
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

    /// "millions of Americans", "hundreds of miles", "tens of millions of dollars".
    fn fuzzy_unit(&self, j: usize) -> UnitRead {
        // "millions of Americans", "hundreds of miles", "tens of millions of dollars".
        let mut m = j;
        if matches!(self.low(m), "the" | "these" | "those") {
            m += 1;
        }
        if let Some((def, end)) = self.unit_at(m) {
            let (unit, end) = self.read_rate(Self::unit_of(def), end);
            return (Some(unit), end, None);
        }
        if let Some((unit, end)) = self.noun_phrase(m, false) {
            return (Some(unit), end, None);
        }
        (None, j, None)
    }

    /// "5, 10 or 15 percent", "3, 4 and 5 goals": bare figures listed before the one
    /// that names the unit share it (at most six; the mention still ends at the figure).
    /// The last figure is read nested, where no list is looked for again, so a long run
    /// of figures costs a bounded look-ahead each.
    fn listed_unit(&self, j: usize, a: &Amt, nested: bool) -> Option<FoundUnit> {
        // ", or 19%" right after a figure restates it: a list has a middle figure.
        if nested
            || !self.is_sym(j, ',')
            || matches!(self.low(j + 1), "and" | "or")
            || a.cur.is_some()
            || a.fraction
            || a.words
            || is_year(a)
        {
            return None;
        }
        // `k` is at a separator: ",", ", and", "and" or "or".
        let mut k = j;
        for _ in 0..6 {
            if self.is_sym(k, ',') {
                k += 1;
            }
            let last = matches!(self.low(k), "and" | "or");
            if last {
                k += 1;
            }
            if !self.is_num(k) || self.attached(k) {
                return None;
            }
            if last {
                let mut hint = None;
                return match self.try_at(k, &mut hint, true) {
                    Outcome::Found(f, _) if f.date.is_none() => f.unit,
                    _ => None,
                };
            }
            k += 1;
            if !self.is_sym(k, ',') && !matches!(self.low(k), "and" | "or") {
                return None;
            }
        }
        None
    }

    /// "7.1 on the Richter scale", "between 50 and 70 on the GPa scale", "9.5 on the
    /// moment magnitude scale": the scale named after a figure gives its unit (one
    /// qualifying word may stand before the unit's name).
    fn unit_of_named_scale(&self, j: usize) -> Option<FoundUnit> {
        if self.low(j) != "on" || self.low(j + 1) != "the" {
            return None;
        }
        (j + 2..j + 4).find_map(|k| {
            if self.low(k) == "magnitude" && self.low(k + 1) == "scale" {
                return Some(FoundUnit::magnitude());
            }
            let (def, end) = self.unit_at(k)?;
            (self.low(end) == "scale").then(|| Self::unit_of(def))
        })
    }

    /// "$5 m", "£2 bn", "$7.5 B": a scale abbreviation standing apart after a currency
    /// amount is a million or a billion, not metres or bytes.
    pub(super) fn scale_after_currency(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = m.end;
        let money = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Currency(_)));
        if money
            && a.cur.is_some()
            && a.scale == 0
            && self.is_word(k)
            && !self.attached(k)
            && !(self.attached(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)))
            && let Some((power, _)) = lexicon::scale_abbrev(self.raw(k))
        {
            m.low = scaled(m.low, power);
            m.high = scaled(m.high, power);
            m.end = k + 1;
        }
        Ok(())
    }
}
