//! Reading the unit after an amount: currencies and a rate after them, hyphenated units,
//! unit words and pounds, fuzzy amounts ("millions of Americans"), counted noun phrases,
//! listed figures sharing a unit ("5, 10 or 15 percent") and named scales. The share a
//! fraction is and totals ("162 of 398 districts") are `part_of_whole.rs`. Looking a unit
//! up at a token is `unit_lookup.rs`; the unit the words around a bare number give is
//! `unit_context.rs`.

use super::finish::{Draft, Step};
use super::*;

/// A unit read after an amount: the unit, the token after it, and a total.
pub(super) type UnitRead = (Option<FoundUnit>, usize, Option<f64>);

impl<'a> SentenceReader<'a> {
    /// Reads a unit after an amount ending at `j`: the unit, the next index, and the total
    /// a part is counted against ("162 of 398 districts").
    pub(super) fn read_unit(&self, j: usize, amt: &Amt, nested: bool) -> UnitRead {
        if let Some(c) = amt.cur {
            return self.currency_unit(j, c);
        }
        if let Some(unit) = self.scaled_symbol_unit(j, amt) {
            // "3Mt a year" is a rate; "3Mtpa" is one already.
            if unit.name.ends_with("per year") {
                return (Some(unit), j, None);
            }
            let (unit, end) = self.read_rate(unit, j);
            return (Some(unit), end, None);
        }
        // "350,000 MT", "1.5 million mt": the tonne as written (decision 1123).
        if let Some(unit) = self.unscaled_symbol_unit(j, amt) {
            let (unit, end) = self.read_rate(unit, j + 1);
            return (Some(unit), end, None);
        }
        // "a 3m-strong workforce", "a 60,000-capacity stadium": the size of what follows,
        // no unit of its own (decision 587).
        if self.size_word_after(j) {
            return (None, j + 2, None);
        }
        // "40-odd years", "20-ish degrees": the noun after "-odd" or "-ish" is the unit.
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && matches!(self.low(j + 1), "odd" | "ish")
            && !amt.fraction
        {
            let (unit, end, total) = self.read_unit(j + 2, amt, nested);
            return (unit, end.max(j + 2), total);
        }
        // "40ish dollars": the same with "ish" glued (decision 1027).
        if self.glued_ish(j) && !amt.fraction {
            let (unit, end, total) = self.read_unit(j + 1, amt, nested);
            return (unit, end.max(j + 1), total);
        }
        // "ran a 5k": a race named by its distance (decision 548).
        if let Some(unit) = self.race_k_unit(j, amt) {
            return (Some(unit), j + 1, None);
        }
        if let Some(found) = self
            .hyphen_unit_after(j)
            .or_else(|| self.unit_word_after(j, amt))
            .or_else(|| self.fraction_unit(j, amt))
            .or_else(|| self.decimal_of_a_unit(j, amt))
            .or_else(|| self.of_total(j, amt, nested))
        {
            return found;
        }
        if amt.fuzzy.is_some() {
            return self.fuzzy_unit(j, amt);
        }
        // "the 200,000 economists had expected": what they expected, not a count of them.
        if self.expected_by_holders(amt.first, j) {
            return (None, j, None);
        }
        // "40 737 MAX jets", "three A380s": a count before a model with digits; "167 (13%)
        // passengers": a share in brackets before the noun counted (decision 1441).
        if let Some((unit, end)) = self
            .count_before_model(j, amt)
            .or_else(|| self.numbered_label_plural(j, amt))
            .or_else(|| self.count_past_bracketed_share(j, amt))
        {
            return (Some(unit), end, None);
        }
        // "a 7 person crew", "the 3 bedroom flats": a noun that counts itself.
        if let Some((unit, end)) = self.counted_modifier(j, amt) {
            return (Some(unit), end, None);
        }
        // "1.3 million 999 calls": a figure naming the kind counted.
        if let Some((unit, end)) = self.label_number_count(j, amt) {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        // A counted noun phrase.
        let single = amt.value == 1.0 && amt.fuzzy.is_none();
        if let Some((unit, end)) = self
            .country_code_count(j, amt)
            .or_else(|| self.noun_phrase(j, single))
            .or_else(|| self.title_case_count(j, amt))
        {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        // "5,000 more workers", "two other teams": a comparative between the number and
        // the things counted.
        // "upwards of 600 total climbers", "9 combined touchdowns": a word saying the count
        // is a sum names no kind (words/sum_words_before_noun.txt, decision 508).
        if (matches!(
            self.low(j),
            "more" | "fewer" | "other" | "additional" | "extra" | "further"
        ) || words::SUM_WORDS_BEFORE_NOUN.contains(self.low(j)))
            && !single
            && let Some((unit, end)) = self.noun_phrase(j + 1, false)
        {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        // "445 such acts", "five long days", "9,445 high schools" (decision 1391).
        if let Some((unit, end)) = self.count_past_stopword_adjective(j, single) {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        if let Some(unit) = self
            .listed_unit(j, amt, nested)
            .or_else(|| self.slashed_pair_unit(j, amt))
            .or_else(|| self.margin_unit(j, amt, nested))
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
        let mut unit = FoundUnit {
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
        // ("$5 million dollars") just repeats it, or names which of the currencies
        // sharing the sign is meant (rule `shared_sign_named_after`: "$45 CAD").
        if let Some((def, end)) = self.unit_at(k)
            && def.dimension == "money"
        {
            k = end;
            if Self::shared_sign_named_after(c.name, &def.name) {
                unit = Self::unit_of(def);
            }
        }
        let (unit, k) = self.read_rate(unit, k);
        (Some(unit), k, None)
    }

    /// Rule `shared_sign_named_after`: "$" and "¥" are written for several currencies,
    /// read as the US dollar and the yen unless the words say otherwise; a code or name
    /// after the amount says which ("$45 CAD", "$60 NZD", "$500 MXN", "¥80 yuan").
    fn shared_sign_named_after(sign: &str, after: &str) -> bool {
        match sign {
            "dollar" => after.ends_with(" dollar") || after.ends_with(" peso"),
            "japanese yen" => after == "chinese yuan",
            _ => false,
        }
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
                        && self.is_figure(k)
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

    /// Rule `fraction_of_one_unit` (decision 856): "half of one percent", "a tenth of 1%",
    /// "a quarter of one percentage point": after a fraction and "of", "one" or a bare "1"
    /// before a registry unit is the article written as a number, so the fraction is of
    /// the unit, as in "a fifth of a percent" (one mention, not the fraction and a "1%").
    fn one_of_a_unit(&self, k: usize) -> bool {
        ((self.low(k) == "one" && self.is_word(k)) || (self.raw(k) == "1" && self.is_num(k)))
            && !self.is_sym(k + 1, '.')
            && !self.is_sym(k + 1, ',')
            && self.unit_at(k + 1).is_some()
    }

    /// A unit word or pounds after the amount ("5 km", "1/16 of a US pint", "7.6 million
    /// pounds of thrust").
    fn unit_word_after(&self, j: usize, amt: &Amt) -> Option<UnitRead> {
        let mut k = j;
        // "One US fluid ounce", "1/16 of a US pint", "half of one percent".
        if amt.fraction
            && self.low(k) == "of"
            && (!amt.words
                || (matches!(self.low(k + 1), "a" | "an") && self.unit_at(k + 2).is_some())
                || self.one_of_a_unit(k + 1))
        {
            k += 1;
            if matches!(self.low(k), "a" | "an" | "the") || self.one_of_a_unit(k) {
                k += 1;
            }
        }
        // "5 US tons" is the registry's short ton, a mass spelt with its country; "a US
        // pint" stays the pint, as dev annotates volumes (decision 424).
        if matches!(self.raw(k), "US" | "UK" | "imperial")
            && self.unit_at(k + 1).is_some()
            && self
                .unit_at(k)
                .is_none_or(|(u, e)| e <= k + 1 || u.dimension != "mass")
        {
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
            // "two million pounds", "half a million pounds": a scale in words is a scale
            // too (decision 594).
            let scale = if amt.scale < 3
                && k > amt.first
                && self.is_word(k - 1)
                && number::scale_word(self.low(k - 1)).is_some_and(|p| p >= 3)
            {
                3
            } else {
                amt.scale
            };
            let amt = &Amt {
                scale,
                ..amt.clone()
            };
            let unit = match self.sense_at(k) {
                // "3.5 Billion pounds (1.6 Billion Kilograms)" (decision 1116).
                _ if amt.cur.is_none() && self.mass_in_brackets(k + 1) => FoundUnit::pounds(false),
                _ if amt.scale < 3
                    && amt.cur.is_none()
                    && (self.pounds_of_weight_class(amt.first)
                        || self.pounds_weighed(amt.first)) =>
                {
                    FoundUnit::pounds(false)
                }
                // "500 pound barrels … averaged $1.5884 per pound" (decision 1348).
                _ if amt.cur.is_none() && self.pounds_beside_dollars(amt.first, k) => {
                    FoundUnit::pounds(false)
                }
                Some(u) if amt.scale < 3 => Self::unit_of(u),
                _ if amt.scale >= 3 && self.pounds_of_goods(k) => FoundUnit::pounds(false),
                // "Honey production totaled 178 million pounds" (decision 602).
                _ if amt.scale >= 3 && amt.cur.is_none() && self.pounds_of_named_goods() => {
                    FoundUnit::pounds(false)
                }
                // "lobstermen caught 120 million pounds" (decision 892).
                _ if amt.scale >= 3 && amt.cur.is_none() && self.pounds_of_catch(amt.first) => {
                    FoundUnit::pounds(false)
                }
                _ => FoundUnit::pounds(amt.scale >= 3),
            };
            let (unit, end) = self.read_rate(unit, k + 1);
            return Some((Some(unit), end, None));
        }
        // "grade 5 A", "12 b Elm Road": the letter names the figure (decision 451).
        if self.letter_names_figure(k, amt) || self.country_code_before_noun(k, amt) {
            return None;
        }
        if let Some((def, end)) = self
            .unit_at(k)
            .or_else(|| self.letter_unit_apart(k, amt))
            .or_else(|| self.tonne_capital_apart(k, amt))
            .or_else(|| self.quote_mark_unit(k, amt))
        {
            let def = self.ton_by_country(def);
            let (unit, end) = self.read_rate(Self::unit_of(def), end);
            // "fell 36p to 952p": a share price in pence is points (decision 241).
            let unit = self.pence_as_points(k, unit);
            return Some((Some(unit), end, None));
        }
        None
    }

    /// "millions of Americans", "hundreds of miles", "tens of millions of dollars";
    /// "dozens of 155mm shells" counts the noun past the measure, as "300 155mm shells"
    /// does (decision 1207).
    fn fuzzy_unit(&self, j: usize, amt: &Amt) -> UnitRead {
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
        if let Some(unit) = self.noun_after_modifier(m, amt) {
            return (Some(unit), j, None);
        }
        (None, j, None)
    }

    /// "5, 10 or 15 percent", "3, 4 and 5 goals": bare figures listed before the one
    /// that names the unit share it (at most six; the mention still ends at the figure).
    /// The last figure is read nested, where no list is looked for again, so a long run
    /// of figures costs a bounded look-ahead each.
    fn listed_unit(&self, j: usize, a: &Amt, nested: bool) -> Option<FoundUnit> {
        // ", or 19%" right after a figure restates it: a list has a middle figure.
        // Rule `list_member_before_last` (decision 447): the figure right before "and"
        // or "or" is a member too when a listed figure and a comma stand before it
        // ("3, 4 and 5 mg"), as is the first of two bare figures joined by "and" ("25
        // and 50 mg"; "5 or 6 mg" is a range, read before).
        // Two figures alone must be of a size ("630,000 and 16.5 percent" are not).
        let listed = self.list_before(a);
        let before_last = matches!(self.low(j), "and" | "or") && (listed || self.low(j) == "and");
        let pair = before_last && !listed;
        // "5 foot 9 and 70 kg": a figure right after a unit finishes that measure.
        if pair && a.first > 0 && self.unit_at(a.first - 1).is_some() {
            return None;
        }
        if nested
            || !(self.is_sym(j, ',') || before_last)
            || (self.is_sym(j, ',') && matches!(self.low(j + 1), "and" | "or"))
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
            let (next, last) = self.past_list_joint(k);
            k = next;
            if !self.is_num(k) || self.attached(k) {
                return None;
            }
            if last {
                let mut hint = None;
                return match self.try_at(k, &mut hint, true) {
                    Outcome::Found(f, _)
                        if f.date.is_none()
                            && !(pair && (f.range || !pair_of_a_size(a.value, &f))) =>
                    {
                        f.unit
                    }
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

    /// Past a list's joint at `k` (",", "and", "or" or ", and"): the next member's
    /// token, and whether the joint named the last member.
    pub(super) fn past_list_joint(&self, mut k: usize) -> (usize, bool) {
        if self.is_sym(k, ',') {
            k += 1;
        }
        let last = matches!(self.low(k), "and" | "or");
        (if last { k + 1 } else { k }, last)
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

/// Whether two figures joined by "and" are of one size, as two members of a list in one
/// unit are: within a factor of ten ("25 and 50 mg", "61 and 58 per cent"), or, for a
/// measurement unit, sizes listed smallest first within a factor of a hundred ("5 and 10
/// kg sizes", "2 and 50 kg"; decisions 447 and 461). "630,000 and 16.5 percent higher"
/// and "in 2023 and 5 km" are not.
fn pair_of_a_size(a: f64, second: &Found) -> bool {
    let b = second.low;
    let measure = second
        .unit
        .as_ref()
        .is_some_and(|u| matches!(u.class, UnitKind::Measure));
    a > 0.0 && b > 0.0 && (a.max(b) <= 10.0 * a.min(b) || (measure && a < b && b <= 100.0 * a))
}
