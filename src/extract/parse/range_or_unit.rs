//! The range or the unit right after the first amount (`range_or_unit`, run by `finish`
//! before the rules): the second end of a range, right after the first or after its unit,
//! and whether the two make a range at all (not a score, a phone or model number, two
//! years or a street number); a first end converted into the second end's unit or
//! currency, and the scale word the two ends share.

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// "between 1500 and 2000 people", "1900 to 2100 homes": when the second end is a
    /// four-digit number that counts the noun right after it, the first end counts the
    /// same things; it is not a year.
    fn counted_range(&self, a: &Amt, b: &Amt) -> bool {
        is_year(a) && is_year(b) && !self.year_like(b) && a.value < b.value
    }

    /// A range right after the first amount or after its unit, else the unit alone.
    pub(super) fn range_or_unit(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        // A range right after the first number ("5-10W", "1 to 2 thousand", "$89 to $93 billion"),
        // or after the first unit ("5 per cent to 20 per cent").
        // "rose 0.5 per cent or 16.74 points to 3,297.98": an amount restated after "or"
        // is governed by the same verb, so "to" gives the level, not a range.
        let governed = m.change_from_verb
            || (m.first > 0
                && self.low(m.first - 1) == "or"
                && (m.first.saturating_sub(8)..m.first - 1)
                    .any(|k| self.is_word(k) && words::change_word(self.low(k)).is_some()));
        let mut b = None;
        // A bowler's "5-41" is two figures, wickets and runs (decision 1067).
        if a.fuzzy.is_none()
            && (!a.fraction || self.is_slash_fraction(a))
            && self.bowling_runs_at(a.num).is_none()
        {
            b = self.second_amount(a, m, nested, governed);
        }
        // "from about 1,200 to more than 5,000": two bounded figures, no range.
        if b.as_ref()
            .is_some_and(|bb| self.bounds_on_both_ends(a, m, bb))
        {
            b = None;
            self.take_unit_at(a.end, a, m, nested);
        }
        // "in 2008 to 29 mpg": a year does not open a range of other numbers.
        if b.as_ref()
            .is_some_and(|bb| self.year_like(a) != self.year_like(bb) && !self.counted_range(a, bb))
        {
            b = None;
            if m.unit.is_none() {
                let (u, after, t) = self.read_unit(a.end, a, nested);
                m.unit = u;
                m.end = after;
                m.total = t;
            }
        }
        if let Some(bb) = b {
            return self.accept_range(a, m, bb, nested);
        }
        if m.unit.is_none() && (a.fuzzy.is_some() || a.fraction || a.value.is_finite()) {
            self.take_unit_at(a.end, a, m, nested);
        }
        Ok(())
    }

    /// The unit read at `j`, when there is one, becomes the draft's unit, its end and its
    /// total; otherwise the draft is left as it was.
    pub(super) fn take_unit_at(&self, j: usize, a: &Amt, m: &mut Draft, nested: bool) {
        let (u, after, t) = self.read_unit(j, a, nested);
        if u.is_some() {
            m.unit = u;
            m.end = after;
            m.total = t;
        }
    }

    /// The second amount of a range, right after the first or after its unit (and then
    /// the first unit, when the second does not disagree); without a range, the unit read
    /// on the way is kept in `m`.
    fn second_amount(&self, a: &Amt, m: &mut Draft, nested: bool, governed: bool) -> Option<Amt> {
        let mut b;
        b = self.range_second(a, a.end, m.between, governed && !m.from, false);
        // "from $36,040 at 10.45pm last night to $34,935": a short adjunct between
        // the ends of a from-to range.
        if b.is_none()
            && m.from
            && let Some(j) = self.range_gap(a.end)
            && self.read_unit(a.end, a, nested).0.is_none()
        {
            b = self.range_second(a, j, m.between, false, false);
        }
        if b.is_none() {
            let (u1, after_u1, t) = self.read_unit(a.end, a, nested);
            if let Some(u1) = u1 {
                // "from 20 miles per gallon in 2008 to 29 mpg": a year between the two
                // ends of a from-to range.
                let mut j2 = after_u1;
                if m.from
                    && self.low(j2) == "in"
                    && self.is_num(j2 + 1)
                    && self.raw(j2 + 1).len() == 4
                    && num_value(self.raw(j2 + 1)).is_some_and(|y| (1500.0..=2199.0).contains(&y))
                    && self.low(j2 + 2) == "to"
                {
                    j2 += 2;
                } else if m.from
                    && let Some(j) = self.range_gap(j2)
                {
                    // "from 21 mpg combined to 23".
                    j2 = j;
                }
                // "passed by 52 votes to 47": a tally, not a range.
                let tally = (matches!(&u1.class, UnitKind::Count { head }
                    if matches!(head.as_str(), "vote" | "seat"))
                    && self.low(j2) == "to")
                    // "the 6-foot-5 guard": feet and inches, not a range.
                    || (u1.name == "foot"
                        && self.is_sym(j2, '-')
                        && self.attached(j2)
                        && !self.feet_on_second_end(j2))
                    // "2 hours 20 minutes to 79 minutes": a compound's minor part.
                    || self.minor_part_of_compound(a);
                if let Some(bb) = self
                    .range_second(a, j2, m.between, governed && !m.from, true)
                    .filter(|_| !tally)
                {
                    // Both sides must be in the same unit when both name one.
                    let (u2, _, _) = self.read_unit(bb.end, &bb, true);
                    if u2.as_ref().is_none_or(|u2| {
                        u2.name == u1.name
                            || u1.name.starts_with(&format!("{} per ", u2.name))
                            || u2.name.starts_with(&format!("{} per ", u1.name))
                            || (m.between
                                && range_in_second_unit(a.value, &u1, u2, bb.value).is_some())
                            || subunit_in_currency(a.value, &u1, u2, bb.value).is_some()
                            || degree_before_scale(&u1, u2)
                    }) {
                        b = Some(bb);
                        m.unit = Some(u1);
                    } else {
                        m.unit = Some(u1);
                        m.end = after_u1;
                        m.total = t;
                    }
                } else {
                    m.unit = Some(u1);
                    m.end = after_u1;
                    m.total = t;
                }
            }
        }
        b
    }

    /// Makes the mention the range from `a` to `bb`, unless the two are a score, a phone
    /// number, a model number, two years or a street number.
    fn accept_range(&self, a: &Amt, m: &mut Draft, bb: Amt, nested: bool) -> Step {
        let mut lo = a.value;
        // "1 to 2 thousand", "$89 to $93 billion": the scale of the second applies to
        // the first when the first has none and is not larger.
        if a.scale == 0 && bb.scale > 0 && (a.raw <= bb.raw || self.descending_dash(a, &bb)) {
            lo = scaled(a.raw, bb.scale);
        }
        // "four to five thousand", "two to three hundred": number words share the scale
        // word ending the second, when the first, scaled, stays below it ("one to a
        // hundred" is 1 to 100).
        if let Some(f) = self.words_share_scale(a, &bb) {
            lo = a.value * f;
        }
        let (mut u2, after_u2, _) = self.read_unit(bb.end, &bb, nested);
        if let (Some(x), Some(y)) = (&u2, &m.unit)
            && y.name.starts_with(&format!("{} per ", x.name))
        {
            u2 = Some(y.clone());
        }
        let a_cur = a.cur.map(|c| FoundUnit {
            name: c.name.to_string(),
            class: UnitKind::Currency(c.code),
        });
        // "between 45 minutes and an hour": a second end of one written with "a"/"an"
        // is converted into the first end's unit, the one written with a number.
        let mut high = bb.value;
        if bb.words
            && matches!(self.low(bb.num), "a" | "an")
            && let (Some(x), Some(y)) = (&m.unit, &u2)
            && let Some(h) = range_in_second_unit(bb.value, y, x, f64::INFINITY)
            && h >= lo
        {
            high = h;
            u2 = Some(x.clone());
        }
        // "between 700 kilowatts and 1.8 megawatts": the range in the second end's unit
        // (only after "between": "from 5 mm to 1 cm" and "5 mm to 1 cm" stay two figures).
        if let (Some(x), Some(y)) = (&m.unit, &u2)
            && m.between
            && let Some(low) = range_in_second_unit(lo, x, y, bb.value)
        {
            lo = low;
        }
        // "90p to £1.20", "between 50 cents and $1": a hundredth of a currency, then the
        // currency itself; the range is in the second end's currency.
        let b_cur = bb.cur.map(|c| FoundUnit {
            name: c.name.to_string(),
            class: UnitKind::Currency(c.code),
        });
        let mut in_b_cur = None;
        if let (Some(x), Some(y)) = (&m.unit, u2.as_ref().or(b_cur.as_ref()))
            && let Some(low) = subunit_in_currency(lo, x, y, bb.value)
        {
            lo = low;
            in_b_cur = Some(y.clone());
        }
        let final_unit = in_b_cur.or(u2).or(m.unit.take()).or(a_cur);
        if let Some(skip) = self.not_a_range(a, &bb, final_unit.as_ref(), after_u2) {
            return Err(Outcome::Skip(skip));
        }
        m.low = lo;
        m.high = high;
        m.range = true;
        m.unit = final_unit;
        m.end = if m.unit.is_some() { after_u2 } else { bb.end };
        if m.qual.is_none() {
            m.qual = bb.sym_qual.filter(|q| *q == QualCode::Approx);
        }
        Ok(())
    }

    /// Where to go on when `a` and `bb` are no range: a score ("2-0"), a phone number, a
    /// model number after a name ("a Boeing 737-800"), two years, or a street number
    /// ("16-18 Industrial Avenue"); `None` when they make one.
    fn not_a_range(
        &self,
        a: &Amt,
        bb: &Amt,
        final_unit: Option<&FoundUnit>,
        after_u2: usize,
    ) -> Option<usize> {
        // The hyphen of a score separates the ends; a minus glued to the second end is its
        // sign ("-5 to -10").
        let hyphen_score = self.is_sym(bb.num.saturating_sub(1), '-')
            && bb.first == bb.num
            && final_unit.is_none_or(|u| matches!(u.class, UnitKind::Count { .. }))
            && a.plain_digits.is_some()
            && bb.plain_digits.is_some();
        if hyphen_score && (bb.value <= a.value || is_phone(a, bb)) {
            // A score ("2-0", "89-89") or a phone number, not a range.
            return Some(bb.end);
        }
        // "a Boeing 737-800", "the A320-200": a model number after a name; before a
        // counted noun when both ends have three digits (`model_before_count`).
        if hyphen_score
            && (final_unit.is_none() || self.model_before_count(a, bb))
            && self.attached(bb.num)
            && a.first == a.num
            && a.num > 1
            && self.has_upper(a.num - 1)
            && self.month_at(a.num - 1).is_none()
            && !words::weekday(self.low(a.num - 1))
        {
            return Some(bb.end);
        }
        if self.year_like(a)
            && self.year_like(bb)
            && final_unit.is_none_or(|u| matches!(u.class, UnitKind::Count { .. }))
        {
            return Some(bb.end);
        }
        if final_unit.is_none() && self.capitalised(after_u2) {
            // "16-18 Industrial Avenue".
            return Some(after_u2);
        }
        None
    }

    /// Rule `model_before_count` (decision 1375): a name, then two figures of three digits
    /// or more joined by a tight dash, then a counted noun, is a model with the noun it
    /// names, no range of counts: "a Boeing 737-800 aircraft", "the Airbus A340-600 jets".
    /// A name that is a stopword leaves the range ("Some 200-300 people").
    fn model_before_count(&self, a: &Amt, bb: &Amt) -> bool {
        a.plain_digits.is_some_and(|d| d >= 3)
            && bb.plain_digits.is_some_and(|d| d >= 3)
            && a.num > 0
            && (self.attached(a.num) || !words::is_stopword(self.low(a.num - 1)))
    }

    /// "(100-94 million years ago)", "145-66 million years ago": a descending range of
    /// plain digits joined by a dash, the first end under ten times the second, shares
    /// the second end's scale word as a rising one does (decision 488).
    fn descending_dash(&self, a: &Amt, b: &Amt) -> bool {
        a.plain_digits.is_some()
            && a.raw > b.raw
            && a.raw < 10.0 * b.raw
            && b.num == a.end + 1
            && self.is_dash(a.end)
    }

    /// The factor the first end `a` of a range in number words shares with the scale
    /// word ending the second end `b` ("four to five thousand", "five or six thousand",
    /// "two or three dozen"), when `a`, a whole number, scaled stays below `b` ("one to a
    /// hundred" is 1 to 100).
    pub(super) fn words_share_scale(&self, a: &Amt, b: &Amt) -> Option<f64> {
        let f = shared_scale(self.low(b.end - 1))?;
        let shares =
            a.words && b.words && a.value.fract() == 0.0 && a.value < f && a.value * f < b.value;
        shares.then_some(f)
    }
}

/// The factor of a scale word a range's first end in words may share: "thousand" and
/// up, "hundred" ("two to three hundred") and "dozen" ("two or three dozen", decision
/// 478).
fn shared_scale(w: &str) -> Option<f64> {
    match w {
        "hundred" | "hundreds" => Some(100.0),
        "dozen" => Some(12.0),
        _ => number::scale_word(w)
            .filter(|&p| p >= 3)
            .map(|p| 10f64.powi(p)),
    }
}

/// The first end of a range converted into the unit of the second, when the two ends
/// name different units of one measure and the first, converted, is not above the second
/// ("between 700 kilowatts and 1.8 megawatts" is 0.7 to 1.8 megawatts; "5 mg to 1 g"
/// 0.005 to 1 gram; "between 90 minutes and two hours" 1.5 to 2 hours). `None` for one unit, counts, currencies, units that compare only
/// with themselves, or a first end that would exceed the second ("2 hours to 30 minutes").
fn range_in_second_unit(low: f64, first: &FoundUnit, second: &FoundUnit, high: f64) -> Option<f64> {
    let convertible = |u: &FoundUnit| matches!(u.class, UnitKind::Measure | UnitKind::Time);
    if first.name == second.name || !convertible(first) || !convertible(second) {
        return None;
    }
    // Months, years, decades and centuries convert by the calendar (decision 434): "6
    // months" is half a year, though a month's and a year's days vary.
    if let (Some(f), Some(t)) = (calendar_months(&first.name), calendar_months(&second.name)) {
        let converted = low * f / t;
        return (converted <= high).then_some(converted);
    }
    let reg = crate::units::registry();
    let from = reg.by_name(&first.name).next()?;
    let to = reg.by_name(&second.name).next()?;
    let (a, b) = reg.convert(low, from, to)?;
    // Rounded to twelve significant digits: 700 kW is 0.7 MW, not 0.7000000000000001.
    let converted: f64 = format!("{:.11e}", (a + b) / 2.0).parse().ok()?;
    ((b - a).abs() <= 1e-9 * converted.abs() && converted <= high).then_some(converted)
}

/// Rule `degree_before_scale` (decision 1055): "14°-16°C", "70°-75°F": a bare degree on
/// the first end and a temperature scale on the second are one range in that scale.
fn degree_before_scale(first: &FoundUnit, second: &FoundUnit) -> bool {
    first.name == "degree" && is_temperature(second)
}

/// Whether `u` is a unit of the registry's temperature dimension ("°C", "°F", "kelvin").
pub(super) fn is_temperature(u: &FoundUnit) -> bool {
    let reg = crate::units::registry();
    reg.by_name(&u.name)
        .next()
        .is_some_and(|id| reg.get(id).dimension == "temperature")
}

/// Whether `u` is a temperature or the bare degree a weather report writes ("30°").
pub(super) fn is_temperature_or_degree(u: &FoundUnit) -> bool {
    u.name == "degree" || is_temperature(u)
}

/// A calendar unit of time in months ("year" 12), `None` for other units.
fn calendar_months(name: &str) -> Option<f64> {
    match name {
        "month" => Some(1.0),
        "year" => Some(12.0),
        "decade" => Some(120.0),
        "century" => Some(1200.0),
        _ => None,
    }
}

/// The first end of a range in a fraction of a currency converted into the currency the
/// second end carries ("90p to £1.20" is 0.9 to 1.2 pounds, "between 50 cents and $1" 0.5
/// to 1 dollar). `None` unless the first unit is a registry fraction of money ("penny",
/// "cent") of that currency (or of none named: "cent") and, converted, not above the
/// second end.
fn subunit_in_currency(low: f64, first: &FoundUnit, second: &FoundUnit, high: f64) -> Option<f64> {
    let (UnitKind::Currency(code), UnitKind::Currency(code2)) = (&first.class, &second.class)
    else {
        return None;
    };
    if first.name == second.name || !(code.is_empty() || code == code2) {
        return None;
    }
    let reg = crate::units::registry();
    let factor = |name: &str| match reg.get(reg.by_name(name).next()?).factor {
        crate::units::Factor::Fixed(f) => Some(f),
        _ => None,
    };
    let (sub, main) = (factor(&first.name)?, factor(&second.name)?);
    let converted: f64 = format!("{:.11e}", low * sub / main).parse().ok()?;
    (sub < main && converted <= high).then_some(converted)
}
