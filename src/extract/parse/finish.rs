//! The rules applied after the first amount is read: range, unit, qualifier, change and
//! the exclusions of bare numbers that are not quantities.

use super::*;

impl<'a> SentenceReader<'a> {
    /// Everything after the first amount: range, unit, qualifiers, change, exclusions.
    pub(super) fn finish(&self, mut a: Amt, nested: bool) -> Outcome {
        // "one in five adults", "1 in every 4 homes": a proportion.
        if (a.value == 1.0 || (a.words && a.value >= 2.0 && a.value.fract() == 0.0))
            && a.fuzzy.is_none()
            && !a.fraction
            && a.cur.is_none()
            && a.scale == 0
            && (self.low(a.end) == "in"
                || (self.low(a.end) == "out" && self.low(a.end + 1) == "of"))
        {
            // "one in five", "one out of three".
            let mut k = a.end + if self.low(a.end) == "in" { 1 } else { 2 };
            if self.low(k) == "every" {
                k += 1;
            }
            let d = if self.is_num(k) {
                self.digit_amount(k, true).ok()
            } else if self.is_word(k) {
                self.word_amount(k)
            } else {
                None
            };
            if let Some(d) = d.filter(|d| {
                d.fuzzy.is_none()
                    && !d.fraction
                    && d.cur.is_none()
                    && d.scale == 0
                    && d.value > a.value
                    && d.value <= 1000.0
                    && d.value.fract() == 0.0
                    && !self.is_sym(d.end, '-')
                    && !self.is_sym(d.end, ':')
            }) {
                a.value /= d.value;
                a.raw = a.value;
                a.end = d.end;
                a.fraction = true;
                a.proportion = true;
                a.plain_digits = None;
            }
        }
        let mut first = a.first;
        // Prefix qualifier and range openers, read backwards.
        let mut qual = a.sym_qual;
        // "190-plus countries": at least the number, then its unit.
        if self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(a.end + 1)
            && self.low(a.end + 1) == "plus"
            && a.fuzzy.is_none()
            && !a.fraction
        {
            a.end += 2;
            qual = qual.or(Some(QualCode::Ge));
        }
        let mut between = false;
        let mut from = false;
        if qual.is_none()
            && let Some((q, start)) = self.qualifier_before(first)
        {
            // "some" and "over" are qualifiers only right before the amount.
            qual = Some(q);
            first = start;
        }
        // "from up to 252 miles to 287 miles": a from-to range whose first end has a
        // qualifier of its own.
        let from_qualified = qual.is_some() && first > 0 && self.low(first - 1) == "from";
        // "between about 4,500 and 4,200 years ago".
        if qual == Some(QualCode::Approx) && first > 0 && self.low(first - 1) == "between" {
            between = true;
            first -= 1;
        }
        if qual.is_none() && first > 0 {
            match self.low(first - 1) {
                "between" => {
                    between = true;
                    first -= 1;
                }
                "from" => from = true,
                "exactly" | "precisely" => first -= 1,
                // "averaged 7.3 points", "averaging 15.9 degrees": a typical value.
                "averaged" | "averaging" | "averages" => qual = Some(QualCode::Approx),
                _ => {}
            }
        }
        let mut change = None;
        let mut change_from_verb = false;
        let mut adverb = false;
        let mut change_by = false;
        if let Some((c, adv, by)) = self.change_before(first) {
            change_by = by;
            // "up to" was read as a qualifier already.
            change = Some(c);
            change_from_verb = true;
            adverb = adv;
        }
        if a.plus {
            change = Some(true);
        }

        let mut low = a.value;
        let mut high = a.value;
        let mut range = false;
        let mut end = a.end;
        let mut unit: Option<FoundUnit> = None;
        let mut total = None;
        if let Some((lo, hi)) = a.fuzzy {
            low = lo;
            high = hi;
            range = true;
        }

        // A range right after the first number ("5-10W", "1 to 2 thousand", "$89 to $93 billion"),
        // or after the first unit ("5 per cent to 20 per cent").
        // "rose 0.5 per cent or 16.74 points to 3,297.98": an amount restated after "or"
        // is governed by the same verb, so "to" gives the level, not a range.
        let governed = change_from_verb
            || (first > 0
                && self.low(first - 1) == "or"
                && (first.saturating_sub(8)..first - 1)
                    .any(|k| self.is_word(k) && lexicon::change_word(self.low(k)).is_some()));
        let mut b = None;
        if a.fuzzy.is_none() && !a.fraction {
            b = self.range_second(&a, a.end, between, governed && !from, false);
            // "from $36,040 at 10.45pm last night to $34,935": a short adjunct between
            // the ends of a from-to range.
            if b.is_none()
                && from
                && let Some(j) = self.range_gap(a.end)
                && self.read_unit(a.end, &a, nested).0.is_none()
            {
                b = self.range_second(&a, j, between, false, false);
            }
            if b.is_none() {
                let (u1, after_u1, t) = self.read_unit(a.end, &a, nested);
                if let Some(u1) = u1 {
                    // "from 20 miles per gallon in 2008 to 29 mpg": a year between the two
                    // ends of a from-to range.
                    let mut j2 = after_u1;
                    if from
                        && self.low(j2) == "in"
                        && self.is_num(j2 + 1)
                        && self.raw(j2 + 1).len() == 4
                        && num_value(self.raw(j2 + 1))
                            .is_some_and(|y| (1500.0..=2199.0).contains(&y))
                        && self.low(j2 + 2) == "to"
                    {
                        j2 += 2;
                    } else if from && let Some(j) = self.range_gap(j2) {
                        // "from 21 mpg combined to 23".
                        j2 = j;
                    }
                    // "passed by 52 votes to 47": a tally, not a range.
                    let tally = (matches!(&u1.class, FoundClass::Count { head }
                        if matches!(head.as_str(), "vote" | "seat"))
                        && self.low(j2) == "to")
                        // "the 6-foot-5 guard": feet and inches, not a range.
                        || (u1.name == "foot" && self.is_sym(j2, '-') && self.attached(j2));
                    if let Some(bb) = self
                        .range_second(&a, j2, between, governed && !from, true)
                        .filter(|_| !tally)
                    {
                        // Both sides must be in the same unit when both name one.
                        let (u2, _, _) = self.read_unit(bb.end, &bb, true);
                        if u2.as_ref().is_none_or(|u2| {
                            u2.name == u1.name
                                || u1.name.starts_with(&format!("{} per ", u2.name))
                                || u2.name.starts_with(&format!("{} per ", u1.name))
                        }) {
                            b = Some(bb);
                            unit = Some(u1);
                        } else {
                            unit = Some(u1);
                            end = after_u1;
                            total = t;
                        }
                    } else {
                        unit = Some(u1);
                        end = after_u1;
                        total = t;
                    }
                }
            }
        }
        // "in 2008 to 29 mpg": a year does not open a range of other numbers.
        if b.as_ref().is_some_and(|bb| is_year(&a) != is_year(bb)) {
            b = None;
            if unit.is_none() {
                let (u, after, t) = self.read_unit(a.end, &a, nested);
                unit = u;
                end = after;
                total = t;
            }
        }
        if let Some(bb) = b {
            let mut lo = a.value;
            // "1 to 2 thousand", "$89 to $93 billion": the scale of the second applies to
            // the first when the first has none and is not larger.
            if a.scale == 0 && bb.scale > 0 && a.raw <= bb.raw {
                lo = scaled(a.raw, bb.scale);
            }
            let (mut u2, after_u2, _) = self.read_unit(bb.end, &bb, nested);
            if let (Some(x), Some(y)) = (&u2, &unit)
                && y.name.starts_with(&format!("{} per ", x.name))
            {
                u2 = Some(y.clone());
            }
            let a_cur = a.cur.map(|c| FoundUnit {
                name: c.name.to_string(),
                class: FoundClass::Currency(c.code),
            });
            let final_unit = u2.or(unit.take()).or(a_cur);
            let hyphen_score = self.is_sym(bb.num.saturating_sub(1), '-')
                && final_unit
                    .as_ref()
                    .is_none_or(|u| matches!(u.class, FoundClass::Count { .. }))
                && a.plain_digits.is_some()
                && bb.plain_digits.is_some();
            if hyphen_score && (bb.value <= a.value || is_phone(&a, &bb)) {
                // A score ("2-0", "89-89") or a phone number, not a range.
                return Outcome::Skip(bb.end);
            }
            // "a Boeing 737-800", "the A320-200": a model number after a name.
            if hyphen_score
                && final_unit.is_none()
                && self.attached(bb.num)
                && a.first == a.num
                && a.num > 1
                && self.has_upper(a.num - 1)
                && self.month_at(a.num - 1).is_none()
                && !lexicon::weekday(self.low(a.num - 1))
            {
                return Outcome::Skip(bb.end);
            }
            if is_year(&a)
                && is_year(&bb)
                && final_unit
                    .as_ref()
                    .is_none_or(|u| matches!(u.class, FoundClass::Count { .. }))
            {
                return Outcome::Skip(bb.end);
            }
            if final_unit.is_none() && self.capitalised(after_u2) {
                // "16-18 Industrial Avenue".
                return Outcome::Skip(after_u2);
            }
            low = lo;
            high = bb.value;
            range = true;
            unit = final_unit;
            end = if unit.is_some() { after_u2 } else { bb.end };
            if qual.is_none() {
                qual = bb.sym_qual.filter(|q| *q == QualCode::Approx);
            }
        } else if unit.is_none() && (a.fuzzy.is_some() || a.fraction || a.value.is_finite()) {
            let (u, after, t) = self.read_unit(a.end, &a, nested);
            if u.is_some() {
                unit = u;
                end = after;
                total = t;
            }
        }

        // "struck 23 times": a count of times; "10 times the price", "3 times as many": a
        // factor, with no unit.
        let mut multiplier = a.multiplier;
        if unit.is_none() && !a.fraction && self.low(end) == "times" && self.is_word(end) {
            let next = self.low(end + 1);
            if matches!(
                next,
                "as" | "more"
                    | "the"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "faster"
                    | "that"
                    | "what"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "over"
                    | "cheaper"
                    | "greater"
                    | "less"
                    | "fewer"
                    | "longer"
                    | "stronger"
                    | "above"
                    | "below"
                    | "a"
                    | "an"
                    | "smaller"
                    | "lower"
                    | "slower"
                    | "oversubscribed"
            ) {
                multiplier = true;
            } else {
                unit = Some(FoundUnit {
                    name: "time".into(),
                    class: FoundClass::Count {
                        head: "time".into(),
                    },
                });
            }
            end += 1;
        }
        // "3,024 x 1,964 pixels", "4 x 6 metres": a dimension; the first side takes the
        // unit written after the second.
        if unit.is_none()
            && !range
            && a.cur.is_none()
            && (self.is_sym(end, '×') || (self.raw(end) == "x" && self.is_word(end)))
            && self.is_num(end + 1)
            && let Ok(bb) = self.digit_amount(end + 1, true)
            && let (Some(u2), _, _) = self.read_unit(bb.end, &bb, true)
            && (u2.class == FoundClass::Measure
                || matches!(&u2.class, FoundClass::Count { head } if head == "pixel"))
        {
            unit = Some(u2);
        }
        // "fares from £19.99", "costs from 1,186 yuan": a starting price.
        if from
            && !range
            && qual.is_none()
            && first >= 2
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Currency(_)))
            && matches!(
                self.low(first - 2),
                "fares"
                    | "prices"
                    | "price"
                    | "costs"
                    | "cost"
                    | "priced"
                    | "available"
                    | "tickets"
                    | "rooms"
                    | "rates"
                    | "flights"
                    | "deals"
                    | "packages"
                    | "plans"
                    | "fees"
                    | "start"
                    | "starts"
                    | "starting"
                    | "tariffs"
                    | "models"
            )
        {
            qual = Some(QualCode::Ge);
        }
        // "a 1.3-fold higher risk", "15- to 20-fold": a factor (its unit stays `fold`).
        if unit
            .as_ref()
            .is_some_and(|u| matches!(&u.class, FoundClass::Count { head } if head == "fold"))
        {
            multiplier = true;
        }
        // Exclusions for a bare number.
        let measured = unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, FoundClass::Count { .. }));
        if !range && !measured && a.cur.is_none() {
            if is_year(&a) && (unit.is_none() || qual.is_none()) {
                // A year is a date of year precision ("a 2013 resolution").
                return match Date::new(a.value as i64, None, None) {
                    Ok(d) if !nested && qual.is_none() => self.date_found(a.num, a.end, d),
                    _ => Outcome::Skip(a.end),
                };
            }
            if unit.is_none() && !a.words && !a.fraction && a.first == a.num && a.num > 0 {
                let p = a.num - 1;
                let pw = self.low(p);
                // "iPhone 16 review", "RTX 4090": a name even at the start of the sentence.
                let odd_caps = {
                    let r = self.raw(p);
                    r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2
                };
                // "DAX 18,175.04": a level after an index name (not "FTSE 100").
                let index_level = lexicon::index_word(self.raw(p)) && a.plain_digits.is_none();
                if self.is_word(p)
                    && !index_level
                    && (lexicon::is_label_word(pw)
                        || (odd_caps && self.month_at(p).is_none())
                        // "Voyager 1, launched …": a name opening the sentence.
                        || (p == 0
                            && self.capitalised(p)
                            && qual.is_none()
                            && !lexicon::is_stopword(pw)
                            && lexicon::change_word(pw).is_none()
                            && self.month_at(p).is_none()
                            && !lexicon::weekday(pw)
                            && number::small_number_word(pw).is_none()
                            && self.is_sym(end, ','))
                        || (self.has_upper(p)
                            && p > 0
                            && self.month_at(p).is_none()
                            && !lexicon::weekday(pw)
                            && qual.is_none()
                            && lexicon::change_word(pw).is_none()
                            && self.low(end) != "who"))
                    && !(self.caseless && self.low(end) == "who")
                {
                    // "junctions 10 and 16": both are labels.
                    if matches!(self.low(end), "and" | "or" | "to") && self.is_num(end + 1) {
                        return Outcome::Skip(end + 2);
                    }
                    return Outcome::Skip(end);
                }
                if self.is_sym(p, '.') && p > 0 && self.low(p - 1) == "no" {
                    return Outcome::Skip(end);
                }
            }
        }
        // "Windows 11 users", "RTX 4090 draws", "No 1 ranking": a version or model
        // number before a counted noun.
        if unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, FoundClass::Count { .. }))
            && !range
            && !a.words
            && a.first == a.num
            && a.num > 0
            && (lexicon::version_word(self.low(a.num - 1))
                || lexicon::is_label_word(self.low(a.num - 1))
                || lexicon::index_word(self.raw(a.num - 1))
                || (self.raw(a.num - 1) == "P" && a.num > 1 && self.is_sym(a.num - 2, '&'))
                || {
                    // "OnePlus 12 undercuts", "the 737 Max 9 jets": a name before it.
                    let r = self.raw(a.num - 1);
                    (r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2)
                        || (a.num > 1
                            && self.capitalised(a.num - 1)
                            && !r.ends_with("'s")
                            && !r.ends_with("’s")
                            && !r.ends_with('s')
                            && !lexicon::is_stopword(self.low(a.num - 1))
                            && self.month_at(a.num - 1).is_none()
                            && !lexicon::weekday(self.low(a.num - 1))
                            && a.plain_digits.is_some_and(|d| d <= 4))
                }
                || matches!(self.raw(a.num - 1), "No" | "Year" | "Grade" | "Class")
                || (self.raw(a.num - 1).len() >= 2
                    && self.raw(a.num - 1).chars().all(|c| c.is_ascii_uppercase())
                    && a.plain_digits.is_some_and(|d| d >= 3)
                    && self.currency_before(a.num).is_none()))
        {
            return Outcome::Skip(end);
        }
        // "a five-year award", "a two-month contract": a duration used as a modifier.
        if a.words
            && !range
            && self.is_sym(a.end, '-')
            && unit.as_ref().is_some_and(|u| u.class == FoundClass::Time)
        {
            return Outcome::Skip(end);
        }
        // A bare number whose unit the words around it say.
        if unit.is_none() && !range {
            unit = self.unit_from_context(&a, first, end, qual);
        }
        // "Janet Okafor 58 who has run the shop": an age after a full name, commas lost.
        if unit.is_none()
            && !range
            && qual.is_none()
            && a.plain_digits.is_some_and(|d| d <= 3)
            && (1.0..=120.0).contains(&a.value)
            && a.first == a.num
            && a.num >= 1
            && ((a.num >= 2
                && self.capitalised(a.num - 1)
                && self.capitalised(a.num - 2)
                && self.low(end) == "who")
                // "ronaldo 39 has scored": text without capitals.
                || (self.caseless
                    && self.is_word(a.num - 1)
                    && !lexicon::is_stopword(self.low(a.num - 1))
                    && self.unit_at(a.num - 1).is_none()
                    && matches!(self.low(end), "who" | "has" | "had" | "was" | "is" | "said")))
        {
            unit = Some(FoundUnit::age());
        }
        // "iPhone 11 Pro", "737 Max", "90049 ZIP Code": a bare integer before a name.
        if unit.is_none()
            && !range
            && qual.is_none()
            && a.cur.is_none()
            && a.plain_digits.is_some()
            && a.first == a.num
            && self.has_upper(end)
            && self.month_at(end).is_none()
            && !(end + 1 < self.n() && self.is_sym(end + 1, '.'))
        {
            return Outcome::Skip(end);
        }
        // "aged 45", "ages 5 to 11", "aged between 45 and 79", "turned 31", "the
        // retirement age from 62 to 64", "over the age of 21": an age.
        let age_word = |k: usize| matches!(self.low(k), "aged" | "age" | "ages");
        if unit.is_none()
            && a.cur.is_none()
            && (first == a.first || between)
            && first > 0
            && a.value <= 130.0
            && ((age_word(first - 1)
                && !(first > 1 && matches!(self.low(first - 2), "the" | "an" | "a")))
                || (first > 1
                    && matches!(self.low(first - 1), "from" | "of")
                    && self.low(first - 2) == "age")
                || (matches!(self.low(first - 1), "turned" | "turns" | "turning")
                    && !range
                    && a.value.fract() == 0.0))
        {
            unit = Some(FoundUnit::age());
        }
        // "Maddon, 66, has …", "the man, 45, was …": an age after a name or a person
        // (any word when the text has no capitals: "alcaraz, 21, became").
        if unit.is_none()
            && !range
            && (a.plain_digits.is_some_and(|d| d <= 3) || (a.words && a.value.fract() == 0.0))
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
            && self.is_sym(a.num - 1, ',')
            && (self.capitalised(a.num - 2)
                || lexicon::person_noun(self.low(a.num - 2))
                || (self.caseless
                    && self.is_word(a.num - 2)
                    && !lexicon::is_stopword(self.low(a.num - 2))))
            && (self.is_sym(end, ',') || self.is_sym(end, '.'))
            && qual.is_none()
        {
            unit = Some(FoundUnit::age());
        }
        // "a record 32 goals", "the top three seeds": a modifier between the article and
        // the number belongs to the counted noun phrase.
        if let Some(u) = unit.as_mut()
            && let FoundClass::Count { .. } = u.class
            && !range
            && qual.is_none()
            && a.cur.is_none()
            && first == a.first
            && first >= 2
            && matches!(self.low(first - 2), "a" | "an" | "the")
            && self.is_word(first - 1)
            && !self.capitalised(first - 1)
        {
            let w = self.low(first - 1);
            // "the stadiums 112,000 seats": a possessive that lost its apostrophe.
            let lost_apostrophe = w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("ous")
                && !w.ends_with("is");
            if !lexicon::is_stopword(w)
                && !lost_apostrophe
                && !w.contains(['\'', '’'])
                && !lexicon::amount_adjective(w)
                && lexicon::change_word(w).is_none()
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                && !(w.ends_with("er") && w.len() > 4)
            {
                let base = lexicon::superlative_base(w);
                u.name = format!("{} {}", base.as_deref().unwrap_or(w), u.name);
            }
        }
        // Closing qualifiers: "1,000 or more", "60 or so", "aged 65 and over", "4GB of
        // RAM or less" (a short "of" phrase between), "1000+".
        if qual.is_none() {
            let k = if self.low(end) == "of"
                && self.is_word(end + 1)
                && self.low(end + 2) == "or"
                && unit.is_some()
            {
                end + 2
            } else {
                end
            };
            let q = match (self.low(k), self.low(k + 1)) {
                ("or", "more" | "over" | "above" | "older" | "higher")
                | ("and", "over" | "above" | "older" | "up") => Some(QualCode::Ge),
                ("or", "so") => Some(QualCode::Approx),
                ("or", "less" | "fewer" | "under" | "below" | "younger" | "lower") => {
                    Some(QualCode::Le)
                }
                _ => None,
            };
            // "5 or more than 6" is a comparison. The qualifier and the tokens it takes.
            let closing = match q {
                Some(q) if self.low(k + 2) != "than" => Some((q, if k == end { 2 } else { 0 })),
                None if self.is_sym(end, '+') && self.attached(end) && !self.is_num(end + 1) => {
                    Some((QualCode::Ge, 1))
                }
                _ => None,
            };
            if let Some((q, taken)) = closing {
                qual = Some(q);
                // "ten or more people", "350+ seats": the counted noun after it.
                if taken > 0 {
                    end += taken;
                    if unit.is_none() && !range {
                        let (u, after, t) = self.read_unit(end, &a, nested);
                        if u.is_some() {
                            unit = u;
                            end = after;
                            total = t;
                        }
                    }
                }
            }
        }
        // A change named after the amount: "34.4% higher", "a 5% rise" (not after a
        // factor: "a 1.3-fold higher risk").
        if change.is_none()
            && !multiplier
            && self.is_word(end)
            && let Some(c) = lexicon::change_after(self.low(end))
            && !(self.low(end) == "up" && self.low(end + 1) == "to")
            // "a 45-cent loss", "a $2bn loss": an amount lost, not a fall.
            && !(self.low(end) == "loss"
                && (a.cur.is_some()
                    || unit
                        .as_ref()
                        .is_some_and(|u| matches!(u.class, FoundClass::Currency(_)))))
            && !matches!(self.low(end + 1), "than")
        {
            change = Some(c);
        }
        // "$101 off their list price", "30% off": a discount; "shaving 30 seconds off
        // the record": a cut.
        if change.is_none()
            && self.low(end) == "off"
            && self.is_word(end)
            && (unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Percent | FoundClass::Currency(_)))
                || (unit.is_some()
                    && first > 0
                    && matches!(
                        self.low(first - 1),
                        "shaving"
                            | "shaved"
                            | "shaves"
                            | "slicing"
                            | "sliced"
                            | "slices"
                            | "knocking"
                            | "knocked"
                            | "knocks"
                            | "trimming"
                            | "trimmed"
                            | "lopping"
                            | "lopped"
                            | "chopping"
                            | "chopped"
                    )))
        {
            change = Some(false);
        }
        // "a 6.5 percent property tax increase": the change noun after a short noun phrase
        // that the amount modifies.
        if change.is_none()
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Percent | FoundClass::Currency(_)))
        {
            let mut k = end;
            while k < end + 3
                && self.is_word(k)
                && !self.capitalised(k)
                && !lexicon::is_stopword(self.low(k))
                && lexicon::change_after(self.low(k)).is_none()
            {
                k += 1;
            }
            if k > end
                && self.is_word(k)
                && matches!(
                    self.low(k),
                    "rise"
                        | "increase"
                        | "hike"
                        | "gain"
                        | "jump"
                        | "cut"
                        | "drop"
                        | "fall"
                        | "decline"
                        | "decrease"
                        | "reduction"
                        | "loss"
                        | "growth"
                )
            {
                change = lexicon::change_after(self.low(k));
            }
        }
        // "over seven scoreless innings", "over five days": "over" a period is its length,
        // not a bound ("for over 20 years" is one).
        if qual == Some(QualCode::Gt)
            && self.low(first) == "over"
            && first + 1 == a.first
            && unit.as_ref().is_some_and(|u| match &u.class {
                FoundClass::Time => true,
                FoundClass::Count { head } => matches!(
                    head.as_str(),
                    "inning"
                        | "season"
                        | "game"
                        | "match"
                        | "race"
                        | "lap"
                        | "round"
                        | "session"
                        | "night"
                        | "quarter"
                        | "term"
                        | "decade"
                        | "stage"
                        | "leg"
                        | "test"
                ),
                _ => false,
            })
            && !(first > 0
                && (matches!(
                    self.low(first - 1),
                    "for"
                        | "of"
                        | "in"
                        | "than"
                        | "at"
                        | "to"
                        | "be"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "by"
                        | "with"
                        | "lasted"
                        | "lasts"
                        | "took"
                        | "takes"
                        | "spent"
                        | "ago"
                        | "aged"
                        | "age"
                        | "old"
                )))
        {
            qual = None;
        }
        // "spread over 6,700 sq ft", "spanning over 3 km": an extent, not a bound.
        if qual == Some(QualCode::Gt)
            && self.low(first) == "over"
            && first > 0
            && matches!(
                self.low(first - 1),
                "spread" | "spreads" | "spanning" | "spans" | "spanned" | "sprawling"
            )
        {
            qual = None;
            first += 1;
        }
        // "fell below 2 mg", "rose above 5%": the level passed, not the size of a change.
        if change_from_verb && qual.is_some() && first < a.first {
            let q1 = self.low(first);
            let q2 = self.low(first + 1);
            let level = matches!(q1, "below" | "above" | "beyond" | "past")
                || (matches!(q1, "just" | "well") && matches!(q2, "below" | "above"));
            if level {
                change = None;
                change_from_verb = false;
            }
        }
        // "sales growth of 3.5% to 4%", "rent rises of between 5 and 7.7pc", "a drop of
        // £122": a change noun and "of" before the amount.
        if change.is_none() && first >= 2 && self.low(first - 1) == "of" {
            change = match self.low(first - 2) {
                "growth" | "increase" | "increases" | "rise" | "rises" | "gain" | "gains"
                | "jump" | "hike" | "hikes" | "uplift" | "appreciation" => Some(true),
                "decline" | "declines" | "drop" | "drops" | "fall" | "falls" | "decrease"
                | "decreases" | "cut" | "cuts" | "reduction" | "reductions" | "depreciation"
                | "devaluation" => Some(false),
                _ => None,
            };
            if change.is_some() {
                change_from_verb = true;
            }
        }
        // "solana -1.3%", "margin 18.1% (-40bps)": a signed share or point is a fall.
        if change.is_none()
            && a.value < 0.0
            && !range
            && first + 1 == a.num
            && self.is_sym(first, '-')
            && unit.as_ref().is_some_and(|u| {
                u.class == FoundClass::Percent
                    || matches!(
                        u.name.as_str(),
                        "point" | "percentage point" | "basis point"
                    )
            })
        {
            change = Some(false);
        }
        // "cutting up to 6,000MW": the bound wins over the verb ("cut by up to 31%" keeps
        // its change).
        if change_from_verb
            && qual == Some(QualCode::UpTo)
            && first > 0
            && self.low(first) == "up"
            && self.low(first - 1) != "by"
        {
            change = None;
            change_from_verb = false;
        }
        // A verb's change does not turn a count of things into a change
        // ("gave up 517 rushing yards" is read as yards, "lost 3 games" is a count).
        // A change said with "by" is one even for counts ("subscribers climbed by 2.3
        // million", "ocean heat rose by c.16 zettajoules").
        if change_from_verb
            && !a.plus
            && !change_by
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Count { .. } | FoundClass::Time))
        {
            change = None;
        }
        // "lost $1.1bn" is a loss, "lost 2%" a fall.
        if change == Some(false)
            && change_from_verb
            && unit.as_ref().is_some_and(|u| {
                matches!(u.class, FoundClass::Currency(_))
                    && !matches!(u.name.as_str(), "sen" | "cent" | "penny" | "paisa")
            })
            && first > 0
            && matches!(
                self.low(self.verb_index(first)),
                "lose" | "loses" | "lost" | "losing"
            )
        {
            change = None;
        }
        // "up 5%", "down 68 p", but not "gave up 517 yards"; a measure only as a clause of
        // its own: "averaged 97.8 mph, up 1.3 mph from a year ago".
        let adverb_clause = first >= 2
            && matches!(self.low(first - 1), "up" | "down")
            && (self.is_sym(first - 2, ',') || matches!(self.low(end), "from" | "on"));
        if adverb
            && !adverb_clause
            && !a.plus
            && unit.as_ref().is_some_and(|u| {
                u.class == FoundClass::Measure
                    && !matches!(
                        u.name.as_str(),
                        "point" | "basis point" | "percentage point"
                    )
            })
        {
            change = None;
        }
        if !change_from_verb
            && !a.plus
            && change.is_some()
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Count { .. }))
        {
            change = None;
        }
        // A range has the range qualifier unless a word said otherwise.
        let _ = from;
        if from_qualified && range {
            qual = None;
        }
        let found = Found {
            first,
            end,
            low,
            high,
            range,
            unit,
            qual,
            change,
            total,
            date: None,
            fraction: a.fraction || multiplier,
        };
        Outcome::Found(Box::new(found), end)
    }
}
