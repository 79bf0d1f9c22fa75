//! Rules on the unit of a mention and on bare numbers that are not quantities (years,
//! labels, model numbers), ages, and qualifiers written after the amount.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "struck 23 times" is a count of times; "10 times the price" a factor.
    pub(super) fn times_after(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "struck 23 times": a count of times; "10 times the price", "3 times as many": a
        // factor, with no unit.

        if m.unit.is_none() && !a.fraction && self.low(m.end) == "times" && self.is_word(m.end) {
            let next = self.low(m.end + 1);
            let time = FoundUnit {
                name: "time".into(),
                class: UnitKind::Count {
                    head: "time".into(),
                },
            };
            // "78,000 times a minute", "three times per week": a rate of times.
            let rate = matches!(next, "a" | "an" | "per")
                && words::rate_noun(self.low(m.end + 2))
                && !matches!(self.low(m.end + 3), "ago" | "earlier" | "before" | "later");
            if rate {
                let (u, e) = self.read_rate(time, m.end + 1);
                m.unit = Some(u);
                m.end = e;
                return Ok(());
            }
            // "11 times wider than", "50 times brighter than": any comparative before
            // "than" makes a factor too (decision 464).
            let comparative = next.len() > 3
                && next.ends_with("er")
                && self.is_word(m.end + 1)
                && self.low(m.end + 2) == "than";
            if words::FACTOR_AFTER_TIMES.contains(next) || comparative {
                m.multiplier = true;
            } else {
                m.unit = Some(time);
            }
            m.end += 1;
        }
        Ok(())
    }

    /// "3,024 x 1,964 pixels": the first side takes the unit after the second.
    pub(super) fn dimension_side(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "3,024 x 1,964 pixels", "4 x 6 metres", "12 by 14 feet", "2 x 3 x 4 feet",
        // "a 10-by-12-foot shed": a dimension; a side takes the unit written after the last.
        let joiner = |k: usize| {
            self.is_sym(k, '×') || (matches!(self.raw(k), "x" | "by") && self.is_word(k))
        };
        // The side after the joiner at `k`, where it starts: "10-by-12-foot" joins with
        // hyphens around "by".
        let by = |k: usize| {
            if joiner(k) {
                Some(k + 1)
            } else if self.is_sym(k, '-')
                && self.attached(k)
                && joiner(k + 1)
                && self.attached(k + 1)
                && self.is_sym(k + 2, '-')
                && self.attached(k + 2)
                && self.attached(k + 3)
            {
                Some(k + 3)
            } else {
                None
            }
        };
        // The sides after this one, up to three: the last is the one with a unit.
        let mut side = None;
        let mut k = m.end;
        for _ in 0..3 {
            let Some(at) = by(k).filter(|&at| self.is_num(at)) else {
                break;
            };
            let Ok(next) = self.digit_amount(at, true) else {
                break;
            };
            k = next.end;
            side = Some(next);
        }
        let by_at = by(m.end).map(|at| at - 1);
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && let Some(by_at) = by_at
            && let Some(bb) = side
            && let (Some(u2), _, _) = self.read_unit(bb.end, &bb, true)
            && (u2.class == UnitKind::Measure
                || matches!(&u2.class, UnitKind::Count { head } if head == "pixel"))
            // "12 by 14 feet": "by" joins two sides only of a length.
            && (self.raw(by_at) != "by"
                || crate::units::registry()
                    .by_name(&u2.name)
                    .any(|id| crate::units::registry().get(id).dimension == "length"))
        {
            m.unit = Some(u2);
        }
        Ok(())
    }

    /// "fares from £19.99": a starting price is a lower bound.
    pub(super) fn starting_price(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "fares from £19.99", "costs from 1,186 yuan": a starting price; so is a price
        // for a period, "costs from £9.99 a month" (decision 595).
        if m.from
            && !m.range
            && m.qual.is_none()
            && m.first >= 2
            && m.unit.as_ref().is_some_and(|u| match u.class {
                UnitKind::Currency(_) => true,
                UnitKind::Rate => a.cur.is_some(),
                _ => false,
            })
            && words::STARTING_PRICE_WORDS.contains(self.low(m.first - 2))
        {
            m.qual = Some(QualCode::Ge);
        }
        Ok(())
    }

    /// "a 1.3-fold higher risk": a factor.
    pub(super) fn fold_is_factor(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "a 1.3-fold higher risk", "15- to 20-fold": a factor (its unit stays `fold`).
        if m.unit
            .as_ref()
            .is_some_and(|u| matches!(&u.class, UnitKind::Count { head } if head == "fold"))
        {
            m.multiplier = true;
        }
        Ok(())
    }

    /// "a three pointer", "hit a 3-pointer", "a three-wheeler": a number that names a
    /// kind of thing with the noun after it is no quantity.
    pub(super) fn number_names_noun(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = if self.is_sym(a.end, '-') && self.attached(a.end) {
            a.end + 1
        } else {
            a.end
        };
        if !m.range && a.cur.is_none() && words::NUMBER_NAMED_NOUNS.contains(self.low(k)) {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }

    /// "band two", "phase three", "stage four cancer": a number word right after a naming
    /// noun (`words/name_number_nouns.txt`) names the thing as digits do ("Band 1",
    /// "phase 3") and is no quantity, even before a counted noun ("tier three areas"). A
    /// number word before the noun ("two phases") is untouched (decision 664).
    pub(super) fn number_word_names(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let measured = m
            .unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, UnitKind::Count { .. }));
        if a.words
            && !m.range
            && !measured
            && a.cur.is_none()
            && a.first == a.num
            && a.end == a.num + 1
            && a.num > 0
            && self.is_word(a.num - 1)
            && words::NAME_NUMBER_NOUNS.contains(self.low(a.num - 1))
            && number::small_number_word(self.low(a.num)).is_some()
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// "a 5-K", "the 10-K race", "a 3-D film": a number hyphenated to one capital letter
    /// is a name (a race, a format), not an amount of it.
    pub(super) fn letter_label(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.end + 1;
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && !a.words
            && self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(k)
            && self.raw(k).len() == 1
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase())
            && !(self.attached(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)))
        {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }

    /// "A.D. 1000", "in 500 BC", "753 B.C.", "300 BCE": a year of an era is a date, not a
    /// count (the model's dates hold no year before the common era, so it is passed over).
    pub(super) fn era_year(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let dotted = |k: usize, letters: &[&str]| {
            letters.iter().enumerate().all(|(n, l)| {
                self.raw(k + 2 * n) == *l
                    && self.is_sym(k + 2 * n + 1, '.')
                    && (n == 0 || self.attached(k + 2 * n))
            })
        };
        let era_after = |k: usize| {
            matches!(self.raw(k), "BC" | "BCE" | "AD" | "CE")
                || dotted(k, &["B", "C"])
                || dotted(k, &["A", "D"])
        };
        let era_before = a.num >= 1 && self.raw(a.num - 1) == "AD"
            || a.num >= 4 && dotted(a.num - 4, &["A", "D"]);
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && !a.words
            && a.value.fract() == 0.0
            && a.value >= 1.0
            && (era_before || (self.is_word(m.end) && era_after(m.end)))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// A bare year is a date; a bare number after a label or name is no quantity.
    pub(super) fn bare_number_not_quantity(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        // Exclusions for a bare number.
        let measured = m
            .unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, UnitKind::Count { .. }));
        if !m.range && !measured && a.cur.is_none() {
            if self.year_like(a) && (m.unit.is_none() || m.qual.is_none()) {
                // A year is a date of year precision ("a 2013 resolution").
                return Err(match Date::new(a.value as i64, None, None) {
                    Ok(d) if !nested && m.qual.is_none() => self.date_found(a.num, a.end, d),
                    _ => Outcome::Skip(a.end),
                });
            }
            if m.unit.is_none() && !a.words && !a.fraction && a.first == a.num && a.num > 0 {
                let p = a.num - 1;
                let pw = self.low(p);
                // "iPhone 16 review", "RTX 4090": a name even at the start of the sentence.
                let odd_caps = {
                    let r = self.raw(p);
                    r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2
                };
                // "DAX 18,175.04": a level after an index name (not "FTSE 100").
                // "Elo 2771", "IQ 130": a rating after its name (decision 651).
                let index_level = (words::index_word(self.raw(p)) && a.plain_digits.is_none())
                    || words::rating_name(self.raw(p));
                if self.is_word(p)
                    && !index_level
                    && (self.label_before(p)
                        || (odd_caps && self.month_at(p).is_none())
                        // "Voyager 1, launched …": a name opening the sentence.
                        || (self.opens_sentence(p)
                            && self.capitalised(p)
                            && m.qual.is_none()
                            && !words::is_stopword(pw)
                            && words::change_word(pw).is_none()
                            && self.month_at(p).is_none()
                            && !words::weekday(pw)
                            && number::small_number_word(pw).is_none()
                            && (self.is_sym(m.end, ',') || self.verb_after_name(m.end)))
                        || (self.has_upper(p)
                            && !self.opens_sentence(p)
                            && self.month_at(p).is_none()
                            && !words::weekday(pw)
                            && m.qual.is_none()
                            && words::change_word(pw).is_none()
                            && self.low(m.end) != "who"))
                    && !(self.caseless && self.low(m.end) == "who")
                {
                    // "junctions 10 and 16": both are labels.
                    if matches!(self.low(m.end), "and" | "or" | "to") && self.is_num(m.end + 1) {
                        return Err(Outcome::Skip(m.end + 2));
                    }
                    return Err(Outcome::Skip(m.end));
                }
                if self.is_sym(p, '.') && p > 0 && self.low(p - 1) == "no" {
                    return Err(Outcome::Skip(m.end));
                }
            }
        }
        Ok(())
    }

    /// Whether the word at `k` is a label word naming the number after it ("seat 14A",
    /// "Gate 5"), not a verb after a modal: "the jet can seat 840 passengers", "will
    /// rank 300 schools" (decision 143). The point of "No." counts as its word ("the No.
    /// 1 spot", decision 589).
    pub(super) fn label_before(&self, k: usize) -> bool {
        if self.is_sym(k, '.') && self.attached(k) && k > 0 {
            return matches!(self.low(k - 1), "no" | "nos");
        }
        words::is_label_word(self.low(k))
            && !(k > 0 && words::MODAL_VERBS.contains(self.low(k - 1)))
    }

    /// "Windows 11 users", "RTX 4090 draws": a version or model number before a counted noun.
    pub(super) fn model_number_before_count(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "Windows 11 users", "RTX 4090 draws", "No 1 ranking": a version or model
        // number before a counted noun.
        if m.unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }))
            && !m.range
            && !a.words
            && a.first == a.num
            && a.num > 0
            && (words::version_word(self.low(a.num - 1))
                || self.label_before(a.num - 1)
                || words::index_word(self.raw(a.num - 1))
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
                            && !words::is_stopword(self.low(a.num - 1))
                            && self.month_at(a.num - 1).is_none()
                            && !words::weekday(self.low(a.num - 1))
                            && a.plain_digits.is_some_and(|d| d <= 4))
                }
                || matches!(self.raw(a.num - 1), "No" | "Year" | "Grade" | "Class")
                || (self.raw(a.num - 1).len() >= 2
                    && self.raw(a.num - 1).chars().all(|c| c.is_ascii_uppercase())
                    && a.plain_digits.is_some_and(|d| d >= 3)
                    && self.currency_before(a.num).is_none()))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// A bare number whose unit the words around it say (ages, inches, magnitudes).
    pub(super) fn unit_from_words_around(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // A bare number whose unit the words around it say.
        if m.unit.is_none() && !m.range {
            m.unit = self.unit_from_context(a, m.first, m.end, m.qual);
        } else if m.unit.is_none() {
            m.unit = self.magnitude_before(a);
        }
        Ok(())
    }

    /// "the number of bushels of corn per acre is between 180 and 250": a figure with no
    /// unit after "is", "was", "are" or "were" counts the unit its subject names after
    /// "number of" (at most twelve words back, no number or punctuation between).
    pub(super) fn unit_named_in_subject(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        if m.unit.is_some()
            || m.first < 4
            || a.cur.is_some()
            || !matches!(self.low(m.first - 1), "is" | "was" | "are" | "were")
        {
            return Ok(());
        }
        let mut k = m.first - 2;
        while k >= 1 && k + 14 > m.first && self.is_word(k) {
            if self.low(k - 1) == "number" && self.low(k) == "of" && self.unit_at(k + 1).is_some() {
                if let (Some(unit), _, _) = self.read_unit(k + 1, a, nested) {
                    m.unit = Some(unit);
                }
                return Ok(());
            }
            k -= 1;
        }
        Ok(())
    }

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

    /// Whether a verb in the past or an auxiliary stands at `k`, after a capitalised
    /// name and its number opening the sentence ("Apollo 11 landed", "Voyager 2 was").
    fn verb_after_name(&self, k: usize) -> bool {
        let w = self.low(k);
        self.is_word(k)
            && !self.capitalised(k)
            && ((w.ends_with("ed") && w.len() > 4)
                || matches!(w, "was" | "is" | "has" | "had" | "will" | "became" | "flew"))
    }

    /// "iPhone 11 Pro", "737 Max": a bare integer before a name is no quantity.
    pub(super) fn integer_before_name(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "iPhone 11 Pro", "737 Max", "90049 ZIP Code": a bare integer before a name.
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && a.plain_digits.is_some()
            && a.first == a.num
            && self.has_upper(m.end)
            && self.month_at(m.end).is_none()
            && !(m.end + 1 < self.n() && self.is_sym(m.end + 1, '.'))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// "aged 45", "turned 31", "the retirement age from 62 to 64": an age.
    pub(super) fn age_after_age_word(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "aged 45", "ages 5 to 11", "aged between 45 and 79", "turned 31", "the
        // retirement age from 62 to 64", "over the age of 21": an age.
        let age_word = |k: usize| matches!(self.low(k), "aged" | "age" | "ages");
        if m.unit.is_none()
            && a.cur.is_none()
            && (m.first == a.first || m.between)
            && m.first > 0
            && a.value <= 130.0
            && ((age_word(m.first - 1)
                && !(m.first > 1 && matches!(self.low(m.first - 2), "the" | "an" | "a")))
                || (m.first > 1
                    && matches!(self.low(m.first - 1), "from" | "of")
                    && self.low(m.first - 2) == "age")
                || (matches!(self.low(m.first - 1), "turned" | "turns" | "turning")
                    && !m.range
                    && a.value.fract() == 0.0))
        {
            m.unit = Some(FoundUnit::age());
        }
        Ok(())
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

    /// "a record 32 goals": a modifier between article and number joins the counted noun.
    pub(super) fn modifier_before_number(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "a record 32 goals", "the top three seeds": a modifier between the article and
        // the number belongs to the counted noun phrase.
        if let Some(u) = m.unit.as_mut()
            && let UnitKind::Count { .. } = u.class
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && m.first == a.first
            && m.first >= 2
            && matches!(self.low(m.first - 2), "a" | "an" | "the")
            && self.is_word(m.first - 1)
            && !self.capitalised(m.first - 1)
            // "an intense three-way bidding battle": a count hyphenated to its noun
            // modifies a later head, and the word before it modifies that head.
            && !(self.is_sym(a.end, '-') && self.attached(a.end))
            // "finish the day two shots off the lead": a margin after the noun makes the
            // word before the number the verb's object, not a modifier.
            && !words::MARGIN_ADVERBS.contains(self.low(m.end))
        {
            let w = self.low(m.first - 1);
            // "the stadiums 112,000 seats": a possessive that lost its apostrophe.
            let lost_apostrophe = w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("ous")
                && !w.ends_with("is");
            if !words::is_stopword(w)
                && !lost_apostrophe
                && !w.contains(['\'', '’'])
                && !words::amount_adjective(w)
                && words::change_word(w).is_none()
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                && !(w.ends_with("er") && w.len() > 4)
            {
                let base = words::superlative_base(w);
                u.name = format!("{} {}", base.as_deref().unwrap_or(w), u.name);
            }
        }
        Ok(())
    }

    /// "1,000 or more", "60 or so", "aged 65 and over", "350+": a qualifier after the amount.
    pub(super) fn closing_qualifier(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        // Closing qualifiers: "1,000 or more", "60 or so", "aged 65 and over", "4GB of
        // RAM or less" (a short "of" phrase between), "1000+".
        // "40-odd years", "twenty-odd people", "20-ish degrees": "-odd" or "-ish" after
        // the amount is about.
        if m.qual.is_none()
            && self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(a.end + 1)
            && matches!(self.low(a.end + 1), "odd" | "ish")
        {
            m.qual = Some(QualCode::Approx);
        }
        // "about 50 or so people": "or so" repeats an "about" and still takes the noun.
        let or_so = self.low(m.end) == "or" && self.low(m.end + 1) == "so";
        if m.qual.is_none() || (m.qual == Some(QualCode::Approx) && or_so) {
            let k = if self.low(m.end) == "of"
                && self.is_word(m.end + 1)
                && self.low(m.end + 2) == "or"
                && m.unit.is_some()
            {
                m.end + 2
            } else {
                // "80% capacity or less": after the noun a share is of.
                self.share_noun_then_or(m).unwrap_or(m.end)
            };
            let q = match (self.low(k), self.low(k + 1)) {
                ("or", w) if words::CLOSING_OR_GE.contains(w) => Some(QualCode::Ge),
                // "40 and more", but "5 goals and more assists" joins two counts.
                ("and", w)
                    if words::CLOSING_AND_GE.contains(w)
                        && (w != "more"
                            || !self.is_word(k + 2)
                            || !self.looks_plural(self.low(k + 2), false)) =>
                {
                    Some(QualCode::Ge)
                }
                ("and", w) if words::CLOSING_AND_LE.contains(w) => Some(QualCode::Le),
                ("or", "so") => Some(QualCode::Approx),
                ("or", w) if words::CLOSING_OR_LE.contains(w) => Some(QualCode::Le),
                _ => None,
            };
            // "5 or more than 6" is a comparison. The qualifier and the tokens it takes.
            let closing = match q {
                Some(q) if self.low(k + 2) != "than" => Some((q, if k == m.end { 2 } else { 0 })),
                None if self.is_sym(m.end, '+')
                    && self.attached(m.end)
                    && !self.is_num(m.end + 1) =>
                {
                    Some((QualCode::Ge, 1))
                }
                None => self
                    .closing_phrase(m.end)
                    .or_else(|| self.closing_after_comma(m.end)),
                _ => None,
            };
            if let Some((q, taken)) = closing {
                m.qual = Some(q);
                // "ten or more people", "350+ seats": the counted noun after it.
                if taken > 0 {
                    m.end += taken;
                    if m.unit.is_none() && !m.range {
                        let (u, after, t) = self.read_unit(m.end, a, nested);
                        if u.is_some() {
                            m.unit = u;
                            m.end = after;
                            m.total = t;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// "150 metres (490 ft) or more", "40C (104F) or higher": a bound closing after a
    /// conversion in brackets bounds the figure, and through `conversion_inherits` the
    /// conversion too. The mention keeps its text; the bracket is read on its own.
    pub(super) fn bracket_closing_bound(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.range || !self.is_sym(m.end, '(') {
            return Ok(());
        }
        let Some(close) = (m.end + 1..self.n().min(m.end + 10))
            .find(|&c| matches!(self.kind(c), Some(Kind::Sym(')' | '('))))
            .filter(|&c| self.is_sym(c, ')') && self.is_num(m.end + 1))
        else {
            return Ok(());
        };
        let k = close + 1;
        // "or more than 6" is a comparison; "and more assists" joins another count.
        let ends = !(self.is_word(k + 2) || self.is_num(k + 2));
        let q = match (self.low(k), self.low(k + 1)) {
            _ if self.low(k + 2) == "than" => return Ok(()),
            ("or", w) if words::CLOSING_OR_GE.contains(w) => QualCode::Ge,
            ("or", w) if words::CLOSING_OR_LE.contains(w) => QualCode::Le,
            ("or", "so") => QualCode::Approx,
            ("and", w) if ends && words::CLOSING_AND_GE.contains(w) => QualCode::Ge,
            ("and", w) if ends && words::CLOSING_AND_LE.contains(w) => QualCode::Le,
            _ => return Ok(()),
        };
        m.qual = Some(q);
        Ok(())
    }

    /// "10 minutes at most", "5 km at the very least": a bounding phrase after the amount
    /// and its unit, then the end of the clause or a small word ("at most stores" is no
    /// bound). The qualifier and the tokens the phrase takes.
    fn closing_phrase(&self, at: usize) -> Option<(QualCode, usize)> {
        let (q, len) = words::closing_phrases()
            .filter_map(|(p, q)| Some((q, self.match_pattern(at, p, false)?)))
            .max_by_key(|&(_, len)| len)?;
        let next = at + len;
        let clause_ends = next >= self.n()
            || matches!(self.kind(next), Some(Kind::Sym(_) | Kind::Break))
            || (self.is_word(next) && words::is_stopword(self.low(next)));
        clause_ends.then_some((q, len))
    }

    /// "more than 20 and less than 100 people", "not more than 10 and not less than 5": a
    /// lower and an upper bound joined by "and" or "but", in either order, are one range.
    pub(super) fn two_sided_bound(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let lower_first = match m.qual {
            Some(QualCode::Gt | QualCode::Ge) => true,
            Some(QualCode::Lt | QualCode::Le | QualCode::UpTo) => false,
            _ => return Ok(()),
        };
        if m.range || !matches!(self.low(m.end), "and" | "but") {
            return Ok(());
        }
        let k = m.end + 1;
        let mut best: Option<usize> = None;
        for (phrase, q) in words::qualifiers() {
            let other_side = if lower_first {
                matches!(q, QualCode::Lt | QualCode::Le | QualCode::UpTo)
            } else {
                matches!(q, QualCode::Gt | QualCode::Ge)
            };
            if other_side
                && let Some(len) = self.match_pattern(k, phrase, false)
                && best.is_none_or(|b| len > b)
            {
                best = Some(len);
            }
        }
        // "≥ 30 and ≤ 50", ">= 30 and <= 50": a comparison symbol.
        if best.is_none() {
            best = [k + 1, k]
                .into_iter()
                .filter_map(|e| self.symbol_qualifier(e).map(|(q, s)| (q, s, e)))
                .find(|&(q, s, _)| {
                    s == k
                        && if lower_first {
                            matches!(q, QualCode::Lt | QualCode::Le)
                        } else {
                            matches!(q, QualCode::Gt | QualCode::Ge)
                        }
                })
                .map(|(_, _, e)| e + 1 - k);
        }
        let Some(len) = best else {
            return Ok(());
        };
        let mut at = k + len;
        // "up to $5,000 and at least $500": the number after a currency sign.
        if let Some((_, num)) = self.currency_from(at) {
            at = num;
        }
        if !self.is_num(at) && number::small_number_word(self.low(at)).is_none() {
            return Ok(());
        }
        let mut hint = None;
        if let Outcome::Found(f, _) = self.try_at(at, &mut hint, true)
            && f.date.is_none()
            && !f.range
            && (if lower_first {
                f.low > a.value
            } else {
                f.low < a.value
            })
            && (m.unit.is_none()
                || f.unit.is_none()
                || m.unit.as_ref().map(|u| &u.name) == f.unit.as_ref().map(|u| &u.name))
        {
            // "more than 20 and less than 100 million": the scale of the second bound
            // applies to the first when the first has none and is not larger (as in
            // "between 20 and 100 million").
            let own = if lower_first { m.low } else { m.high };
            let shared = self
                .digit_amount(at, true)
                .ok()
                .filter(|b| a.scale == 0 && b.scale > 0 && a.raw <= b.raw && own == a.value)
                .map_or(own, |b| scaled(a.raw, b.scale));
            (m.low, m.high) = if lower_first {
                (shared, f.low)
            } else {
                (f.low, shared)
            };
            m.range = true;
            m.qual = None;
            m.unit = m.unit.take().or(f.unit);
            m.end = f.end;
        }
        Ok(())
    }
}
