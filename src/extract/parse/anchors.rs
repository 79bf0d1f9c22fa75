//! Anchors: where a mention can start (digits, number words, vulgar fractions). The
//! tokens that look like numbers but are not quantities (times, phone numbers, codes,
//! addresses) are recognised in `passed_over.rs` and passed over here.

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether a mention may start at token `i` (`try_at` finds anything there): a
    /// number, a word an amount in words begins with (`may_begin_word_amount`) or a
    /// vulgar fraction. At any other token `try_at` gives `Outcome::Nothing`, so the
    /// sentence reader steps over it without the call.
    #[inline]
    pub(super) fn may_anchor(&self, i: usize) -> bool {
        match self.toks[i].kind {
            Kind::Num => true,
            Kind::Word => Self::may_anchor_word(self.low(i)),
            Kind::Sym(c) => lexicon::vulgar_fraction(c).is_some(),
            Kind::Break => false,
        }
    }

    /// Whether a mention may start at a word whose lower-case form is `w`: `may_anchor`'s
    /// test of a word, also asked by `read`, which has `w` at hand already (decision 1419).
    #[inline(always)]
    pub(super) fn may_anchor_word(w: &str) -> bool {
        super::word_amounts::may_begin_word_amount(w)
    }

    pub(super) fn digits_at(&self, i: usize, year_hint: &mut Option<i32>, nested: bool) -> Outcome {
        if let Some(next) = self.odds_compound(i) {
            return Outcome::Skip(next);
        }
        if let Some(out) = self.phone_groups(i, nested) {
            return out;
        }
        if let Some(next) = self.street_address(i).or_else(|| self.address_block(i)) {
            return Outcome::Skip(next);
        }
        if let Some(next) = self.label_before_colon(i) {
            return Outcome::Skip(next);
        }
        if !nested && let Some(out) = self.date_at(i, year_hint) {
            return out;
        }
        if let Some(next) = self
            .clock_span_start(i)
            .or_else(|| self.season_year_tail(i))
        {
            return Outcome::Skip(next);
        }
        let j = i + 1;
        if let Some(next) = self.day_range_before_month(i) {
            return Outcome::Skip(next);
        }
        // "7-Eleven": a name.
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.capitalised(j + 1)
            && number::small_number_word(self.low(j + 1)).is_some()
        {
            return Outcome::Skip(j + 2);
        }
        // "1½ miles", "3¼%": the whole part and the fraction are read together.
        if self.attached(j)
            && let Some(Kind::Sym(c)) = self.kind(j)
            && lexicon::vulgar_fraction(c).is_some()
        {
            return self.vulgar_at(j, nested);
        }
        if let Some(out) = self.numbered_name(i) {
            return out;
        }
        // "1 million 4K streams", "shot in 4K": a resolution (decision 894).
        if self.resolution_name(i) {
            return Outcome::Skip(j + 1);
        }
        if let Some(out) = self.age_group(i, j) {
            return out;
        }
        if let Some(out) = self.glued_after_digits(i, j, nested) {
            return out;
        }
        if let Some(out) = self.time_or_code(i, j) {
            return out;
        }
        let mut amt = match self.digit_amount(i, false) {
            Ok(a) => a,
            Err(next) => return Outcome::Skip(next),
        };
        self.decimal_comma_scale(&mut amt);
        self.decimal_comma(&mut amt);
        self.decimal_comma_unit(&mut amt);
        self.dot_thousands_comma_decimal(&mut amt);
        self.mixed_number(&mut amt);
        self.spaced_vulgar_fraction(&mut amt);
        self.digits_and_a_fraction(&mut amt);
        if let Err(out) = self.slash_fraction(&mut amt) {
            return out;
        }
        // Glued letters that are neither scale nor unit: "5G", "3D", "4x4".
        if self.is_word(amt.end)
            && self.attached(amt.end)
            && self.unit_at(amt.end).is_none()
            && !self.is_pounds(amt.end)
            && !self.in_glued_sides(i)
            && !self.race_k(amt.end)
            && !self.glued_plain_word(amt.end)
            && !self.glued_ish(amt.end)
            && self.unscaled_symbol_unit(amt.end, &amt).is_none()
        {
            return Outcome::Skip(amt.end + 1);
        }
        self.finish(amt, nested)
    }

    /// "€3,50", "3,50 €", "4,99 euros": a comma before two digits in a sum of money is
    /// a decimal comma (a thousands separator groups three).
    fn decimal_comma(&self, amt: &mut Amt) {
        let k = amt.end;
        let cents = self.raw(k + 1);
        if amt.scale == 0
            && amt.plain_digits.is_some_and(|d| d <= 3)
            && self.is_sym(k, ',')
            && self.attached(k)
            && self.is_num(k + 1)
            && self.attached(k + 1)
            && cents.len() == 2
            && cents.bytes().all(|b| b.is_ascii_digit())
            && (amt.cur.is_some()
                || self
                    .unit_at(k + 2)
                    .is_some_and(|(u, _)| u.dimension == "money"))
            && let Ok(n) = cents.parse::<u8>()
        {
            amt.value = scaled(amt.value.abs() * 100.0 + f64::from(n), -2).copysign(amt.value);
            amt.raw = amt.value;
            amt.end = k + 2;
            amt.plain_digits = None;
        }
    }

    /// Fractions and slashed dates after the digits: 1/16, 1⁄32 (a fraction), 9/11,
    /// 7/8/2021 (skipped).
    fn slash_fraction(&self, amt: &mut Amt) -> Result<(), Outcome> {
        // Fractions and slashed dates: 1/16, 1⁄32, 9/11, 7/8/2021; a bowler's "6/41" is
        // two figures (decision 1067), as is a reading "150/95 mmHg" (decision 1102).
        if self.bowling_runs_at(amt.num).is_some() || self.slashed_pair_at(amt) {
            return Ok(());
        }
        if (self.is_sym(amt.end, '/') || self.is_sym(amt.end, '⁄'))
            && amt.scale == 0
            && self.attached(amt.end)
            && self.is_num(amt.end + 1)
            && self.attached(amt.end + 1)
        {
            let slash = amt.end;
            if self.is_sym(slash + 2, '/') && self.attached(slash + 2) {
                return Err(Outcome::Skip(slash + 4));
            }
            let den = num_value(self.raw(slash + 1)).unwrap_or(0.0);
            // "a 1/4-mile track", "a 3/4-inch pipe": a unit hyphened to the fraction.
            let hyphened_unit = self.is_sym(slash + 2, '-')
                && self.attached(slash + 2)
                && self.attached(slash + 3)
                && self.unit_at(slash + 3).is_some();
            let of_or_unit = self.low(slash + 2) == "of"
                || hyphened_unit
                || self.unit_at(slash + 2).is_some()
                || self.is_pounds(slash + 2)
                || self.fraction_before_noun(amt, den, slash + 2)
                || (amt.first == amt.num && self.fraction_range(slash + 2));
            if den > 0.0 && amt.value.abs() < den && (self.is_sym(slash, '⁄') || of_or_unit) {
                amt.value /= den;
                amt.raw = amt.value;
                amt.end = slash + 2;
                amt.fraction = true;
                amt.plain_digits = None;
            } else {
                return Err(Outcome::Skip(slash + 2));
            }
        }
        Ok(())
    }

    /// "3/4 cup of sugar", "1/3 cup": a common fraction before a plain noun measures it
    /// (halves to sixteenths; after "on", "by" or "since" it is a date: "on 3/4 ballots").
    fn fraction_before_noun(&self, amt: &Amt, den: f64, k: usize) -> bool {
        [2.0, 3.0, 4.0, 8.0, 16.0].contains(&den)
            && amt.first == amt.num
            && amt.plain_digits.is_some()
            && self.is_word(k)
            && !self.capitalised(k)
            && !words::is_stopword(self.low(k))
            && !(amt.num > 0
                && matches!(
                    self.low(amt.num - 1),
                    "on" | "by" | "since" | "until" | "from" | "before" | "after"
                ))
    }

    pub(super) fn is_pounds(&self, k: usize) -> bool {
        matches!(self.low(k), "pounds" | "pound")
    }

    pub(super) fn words_at(&self, i: usize, nested: bool) -> Outcome {
        let w = self.low(i);
        let b = w.as_bytes();
        if b.is_empty() || !b[0].is_ascii_alphabetic() {
            return Outcome::Nothing;
        }
        if let Some(next) = self.odds_compound(i) {
            return Outcome::Skip(next);
        }
        let Some(mut amt) = self.word_amount(i) else {
            return Outcome::Nothing;
        };
        self.minus_before_words(&mut amt);
        // "a Ferrari one-two": a finishing order.
        if w == "one" && self.is_sym(i + 1, '-') && self.low(i + 2) == "two" {
            return Outcome::Skip(i + 3);
        }
        // "net zero", "zero-emission", "zero tolerance": no amount.
        if w == "zero"
            && ((i > 0 && self.low(i - 1) == "net")
                || self.is_sym(i + 1, '-')
                || matches!(self.low(i + 1), "tolerance" | "hour" | "sum" | "day"))
        {
            return Outcome::Skip(i + 1);
        }
        // Capitalised number words inside a sentence are names: "Fantastic Four".
        if self.capitalised(i) && i > 0 && !matches!(self.kind(i - 1), Some(Kind::Sym(_))) {
            return Outcome::Skip(amt.end);
        }
        // "one" counts only before a noun or "of the …", and not as a pronoun.
        if w == "one" && amt.end == i + 1 {
            if self.one_no_figure(i) {
                return Outcome::Skip(i + 1);
            }
            let before = i.checked_sub(1).map(|k| self.low(k)).unwrap_or("");
            // "one in five adults", "one in every four homes".
            let over = if self.low(i + 1) == "out" && self.low(i + 2) == "of" {
                i + 3
            } else {
                i + 2
            };
            let proportion = (self.low(i + 1) == "in" || over == i + 3)
                && (self.is_figure(over) || self.low(over) == "every");
            // "only one in three voters", "only one team": a count after all.
            let next = self.low(i + 1);
            // "on (the) one hand" is an idiom, "put one hand behind her head" a count.
            let idiom = next == "hand" && matches!(before, "on" | "the");
            let noun_next = self.is_word(i + 1)
                && !idiom
                && !words::is_stopword(next)
                && !self.capitalised(i + 1)
                && !words::ONE_NOT_BEFORE.contains(next);
            // "one 40-tonne truck": a count of the noun the measure sizes.
            let sized = self.one_before_sized_noun(i);
            // "one of the players", "one of three plants" (a part of a counted whole).
            let of_the = next == "of"
                && (matches!(
                    self.low(i + 2),
                    "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                ) || (self.is_figure(i + 2) && self.counted_after(i + 3))
                    || self.one_of_qualified_whole(i));
            let only_count = before == "only"
                && (proportion || noun_next || sized || self.only_one_of_whole(i, of_the))
                && !(i >= 2 && self.low(i - 2) == "the");
            // "one percent of voters", "one basis point": a share, though "percent" is a
            // stopword.
            let share_next = self.unit_at(i + 1).is_some_and(|(u, _)| {
                matches!(u.dimension.as_str(), "percent" | "percentage-point")
            });
            let measure = self.one_measure_modifier(i) || share_next || self.one_room_modifier(i);
            let as_count = self.as_one_counts(i, noun_next);
            if !only_count && !measure && !as_count && words::ONE_PRONOUN_AFTER.contains(before)
                || before.ends_with("'s")
                || before.ends_with("’s")
            {
                return Outcome::Skip(i + 1);
            }
            // "a sighting of one that was …", "at one point", "in one day": after a
            // preposition "one" is a count.
            let after_preposition = matches!(
                before,
                "of" | "at" | "in" | "on" | "for" | "with" | "from" | "by" | "into"
            ) && !matches!(next, "another" | "hand" | "way" | "or")
                && self.is_word(i + 1);
            // "One or two people": the first of two alternatives; "one to four years",
            // "between one and 20": the low end of a range (not "one to one").
            let alternative = (next == "or" && self.is_figure(i + 2))
                || (next == "to" && self.second_end_above_one(i + 2))
                || (next == "and" && before == "between" && self.second_end_above_one(i + 2));
            if !noun_next
                && !of_the
                && !self.one_in_casualty_clause(i)
                && !proportion
                && !after_preposition
                && !alternative
                && !measure
                && !sized
                && !self.one_closes_count_list(i)
            {
                return Outcome::Skip(i + 1);
            }
        }
        self.finish(amt, nested)
    }

    /// "minus five degrees", "minus two and a half": "minus" before number words makes
    /// them negative, as before digits; "plus or minus two points" is a margin.
    fn minus_before_words(&self, amt: &mut Amt) {
        let i = amt.first;
        if i > 0
            && self.low(i - 1) == "minus"
            && amt.fuzzy.is_none()
            && !amt.fraction
            && !(i >= 3 && self.low(i - 2) == "or" && self.low(i - 3) == "plus")
        {
            amt.value = -amt.value;
            amt.raw = -amt.raw;
            amt.first = i - 1;
        }
    }

    /// Rule `as_one_counts` (decision 872): "as" before "one" at `i` leaves it a count
    /// when a noun or "of" follows ("as one of the finalists", "as one council"), as
    /// every readable gold writes it; "as one" alone ("rose as one") stays an idiom.
    fn as_one_counts(&self, i: usize, noun_next: bool) -> bool {
        i > 0 && self.low(i - 1) == "as" && (noun_next || self.low(i + 1) == "of")
    }

    /// Rule `one_of_qualified_whole` (decision 872): "one of nearly 100 labor contracts",
    /// "one of about 40 contracts": "one of" a whole given by a figure with a bound or
    /// approximation word before it counts as "one of 100 contracts" does.
    fn one_of_qualified_whole(&self, i: usize) -> bool {
        let num = self.past_qualifier_of_whole(i + 2);
        self.low(i + 1) == "of" && num > i + 2 && self.counted_after(num + 1)
    }

    /// "a one-inch square", "a one-mile walk", "a one-year deal": "one" hyphenated to a
    /// unit of measure or a duration is its size, like other number words hyphenated to a
    /// unit (decision 342); money ("a one-pound coin") is a name of the coin.
    fn one_measure_modifier(&self, i: usize) -> bool {
        self.is_sym(i + 1, '-')
            && self.attached(i + 1)
            && self.attached(i + 2)
            && self.unit_at(i + 2).is_some_and(|(u, _)| {
                matches!(Self::unit_of(u).class, UnitKind::Measure | UnitKind::Time)
            })
    }

    /// Rule `one_room_modifier` (decision 1110): "a one-bed flat", "a one-bedroom
    /// apartment", "a one-storey house": "one" hyphenated to a room or floor of a building
    /// (`words/one_hyphen_counts.txt`) counts it, as "two-bed" does; "one-off" stays none.
    fn one_room_modifier(&self, i: usize) -> bool {
        self.is_sym(i + 1, '-')
            && self.attached(i + 1)
            && self.attached(i + 2)
            && words::ONE_HYPHEN_COUNTS.contains(self.low(i + 2))
    }

    pub(super) fn vulgar_at(&self, i: usize, nested: bool) -> Outcome {
        let Kind::Sym(c) = self.toks[i].kind else {
            return Outcome::Nothing;
        };
        let frac = lexicon::vulgar_fraction(c).unwrap_or(0.0);
        // "1½" is read with its whole part.
        let (first, value) = if i > 0 && self.is_num(i - 1) && self.attached(i) {
            (i - 1, num_value(self.raw(i - 1)).unwrap_or(0.0) + frac)
        } else {
            (i, frac)
        };
        let mut amt = self.simple_word_amt(first, i + 1, value);
        amt.words = false;
        amt.fraction = first == i;
        self.finish(amt, nested)
    }
}
