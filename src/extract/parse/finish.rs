//! After the first amount is read: the mention is opened (proportion, qualifier and
//! change before it), its range or unit read (`range_or_unit.rs`), then the named rules
//! in `RULES` run in order over the mention being built ([`Draft`]), each able to
//! change it or to drop it. The rules themselves live in `bare.rs` (units, exclusions,
//! ages, closing qualifiers), `units.rs` (two-part and scaled money), `changes.rs`
//! (changes named once the unit is known), `not_changes.rs` (changes dropped) and
//! `bound_rules.rs` (qualifiers once the unit is known), among others.

use super::*;

/// The mention being built from the first amount: what the rules read and change.
#[derive(Debug, Clone, Default)]
pub(super) struct Draft {
    /// First token of the mention, including a qualifier or "between".
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    pub qual: Option<QualCode>,
    /// "between A and B": the range is closed by "and".
    pub between: bool,
    /// "from A to B".
    pub from: bool,
    /// "from up to A to B": the first end had its own qualifier.
    pub from_qualified: bool,
    pub change: Option<bool>,
    /// The change comes from a verb or noun before the amount (not a sign or a word after).
    pub change_from_verb: bool,
    /// The change comes from the adverb "up" or "down".
    pub adverb: bool,
    /// The change was said with "by" ("climbed by 2.3 million").
    pub change_by: bool,
    pub low: f64,
    pub high: f64,
    pub range: bool,
    pub unit: Option<FoundUnit>,
    pub total: Option<f64>,
    /// A factor ("10 times the price", "1.3-fold"): no unit from context.
    pub multiplier: bool,
}

/// A rule either lets the mention go on (`Ok`) or decides the outcome (`Err`: skip the
/// tokens, or a date).
pub(super) type Step = Result<(), Outcome>;

type Rule<'s> = for<'r> fn(&'r SentenceReader<'s>, &Amt, &mut Draft, bool) -> Step;

/// `(name, rule)` pairs for `RULES`, each rule named by its function.
macro_rules! named_rules {
    ($($rule:ident),* $(,)?) => {
        [$((stringify!($rule), SentenceReader::$rule)),*]
    };
}

impl<'a> SentenceReader<'a> {
    /// The rules applied after the range and unit are read, in order: a constant table,
    /// walked in place by every mention rather than built anew for each.
    const RULES: [(&'static str, Rule<'a>); 118] = named_rules![
        citation_mark,
        times_after,
        unit_before_figure,
        dimension_side,
        starting_price,
        fold_is_factor,
        zero_side,
        number_names_noun,
        number_word_names,
        name_number_total,
        letter_label,
        glued_letter_label,
        slash_grade_label,
        ordinal_suffix_apart,
        era_year,
        early_year,
        clock_time_zone,
        clock_time_verb,
        bare_number_not_quantity,
        label_along_list,
        labels_before_range,
        top_band,
        big_group_name,
        count_of_listed_figures,
        model_number_before_count,
        inches_after_feet,
        prime_feet_inches,
        inches_by_inches,
        pounds_after_stone,
        stone_before_pounds,
        inches_after_word_feet,
        feet_by_feet,
        minutes_after_hours,
        minutes_before_seconds,
        glued_hours_minutes,
        seconds_after_minutes,
        pounds_before_pence,
        scale_after_currency,
        dot_thousands_in_currency,
        slang_amount,
        cents_after_currency,
        unit_and_a_fraction_end,
        pound_fraction_is_weight,
        word_fraction_point_on_rate,
        bare_population_rate,
        unit_from_words_around,
        unit_named_in_subject,
        rate_before_figure,
        rate_after_list,
        rate_carried_forward,
        rate_after_verb,
        rate_after_comparative,
        scale_across_list,
        age_after_full_name,
        integer_before_name,
        age_after_age_word,
        age_before_group_noun,
        aged_years_is_age,
        aged_bound_or_verb,
        bounded_years_after_persons,
        age_in_apposition,
        age_of_person,
        life_event_age,
        bare_count_rate,
        modifier_before_number,
        qualifier_between_commas,
        closing_qualifier,
        starting_point_onwards,
        bracket_closing_bound,
        closing_bound_over_estimate,
        years_older_younger,
        age_after_those,
        two_sided_bound,
        change_after_amount,
        discount_off,
        change_noun_after_phrase,
        over_a_period,
        spread_over,
        reading_over,
        rank_or_place_preposition,
        over_across_levels,
        topic_about,
        level_passed,
        change_noun_of,
        net_addition_of,
        loss_of_count,
        change_noun_subject,
        average_of_change,
        verb_object_share,
        change_at_rate,
        off_is_fall,
        off_apposition_is_fall,
        level_down_to,
        average_at,
        estimated_value,
        estimate_at,
        estimate_governs_clause,
        mark_passed,
        mark_bound,
        average_opening,
        average_right_before,
        limit_subject,
        limit_noun_of,
        limit_list_item,
        objects_passed,
        sum_enacted,
        signed_share,
        bound_wins_over_verb,
        count_is_not_change,
        vote_share_is_not_change,
        money_loss,
        adverb_before_measure,
        march_is_not_change,
        count_without_verb,
        fall_is_extent,
        stock_verb_after,
        qualified_from_range,
        range_within,
    ];

    /// Everything after the first amount: range, unit, qualifiers, change, exclusions.
    pub(super) fn finish(&self, mut a: Amt, nested: bool) -> Outcome {
        if let Some(end) = self.ratio_in_every(&a).or_else(|| self.odds_ratio(&a)) {
            return Outcome::Skip(end);
        }
        self.proportion(&mut a);
        self.words_restated_in_digits(&mut a);
        let mut m = self.open(&mut a);
        match self.apply(&a, &mut m, nested) {
            Ok(()) => {
                let end = m.end;
                let found = Found {
                    first: m.first,
                    end,
                    low: m.low,
                    high: m.high,
                    range: m.range,
                    unit: m.unit,
                    qual: m.qual,
                    change: m.change,
                    total: m.total,
                    date: None,
                    fraction: a.fraction || m.multiplier,
                };
                Outcome::Found(Box::new(found), end)
            }
            Err(outcome) => outcome,
        }
    }

    /// The range or unit, then every rule in order.
    fn apply(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        self.range_or_unit(a, m, nested)?;
        for (_name, rule) in &Self::RULES {
            rule(self, a, m, nested)?;
        }
        Ok(())
    }

    /// "one in five adults", "one out of three": a proportion.
    fn proportion(&self, a: &mut Amt) {
        // "four out of every 1,000 people": a rate per a round population (decision 1031).
        if self.for_every_population(a.end).is_some() {
            return;
        }
        if let Some((_, d)) = self.ratio_base(a, false) {
            a.value /= d.value;
            a.raw = a.value;
            a.end = d.end;
            a.fraction = true;
            a.proportion = true;
            a.plain_digits = None;
        }
    }

    /// Rule `ratio_in_every` (decision 1059): "one out of every 10 pupils", "two in every
    /// five cars", "three of every four jobs": a ratio with "every" is no quantity, neither
    /// figure (README be/bf leaves ratios out; no readable gold writes one as a share). A
    /// round population after "every" stays a rate or share ("105 out of every 1,000
    /// people", decision 1031). Returns where the ratio ends.
    fn ratio_in_every(&self, a: &Amt) -> Option<usize> {
        let (k, d) = self.ratio_base(a, true)?;
        let population =
            self.population_denominator(k).is_some() || self.for_every_population(a.end).is_some();
        (self.low(k - 1) == "every" && !population).then_some(d.end)
    }

    /// The base of a ratio after amount `a` ("in five", "out of three", "in every 10"; "of
    /// every 4" when `of_every`) as `ratio_parts` reads it, with no scale word and at most
    /// 1,000 for a proportion.
    fn ratio_base(&self, a: &Amt, of_every: bool) -> Option<(usize, Amt)> {
        let (k, d) = self.ratio_parts(a, of_every)?;
        (d.scale == 0 && (d.value <= 1000.0 || of_every)).then_some((k, d))
    }

    /// The base of a ratio after amount `a`: where the base starts and its amount, a whole
    /// number above the first ("1 in 2,700", "one in a million"). The first is 1 or a whole
    /// number in words ("2 in 5" is no proportion, decision 958) unless "every" follows and
    /// `of_every` is set.
    pub(super) fn ratio_parts(&self, a: &Amt, of_every: bool) -> Option<(usize, Amt)> {
        let plain = a.fuzzy.is_none() && !a.fraction && a.cur.is_none() && a.scale == 0;
        let whole = a.value >= 1.0 && a.value.fract() == 0.0;
        let mut k = match (self.low(a.end), self.low(a.end + 1)) {
            ("in", _) => a.end + 1,
            ("out", "of") => a.end + 2,
            ("of", "every") if of_every => a.end + 1,
            _ => return None,
        };
        let every = self.low(k) == "every";
        if every {
            k += 1;
        }
        let numerator = a.value == 1.0 || (a.words && whole) || (of_every && every && whole);
        if !plain || !numerator {
            return None;
        }
        let d = if self.is_num(k) {
            self.digit_amount(k, true).ok()
        } else if self.is_word(k) {
            self.word_amount(k)
        } else {
            None
        }?;
        let base = d.fuzzy.is_none()
            && !d.fraction
            && d.cur.is_none()
            && d.value > a.value
            && d.value.fract() == 0.0
            && !self.is_sym(d.end, '-')
            && !self.is_sym(d.end, ':');
        base.then_some((k, d))
    }

    /// Opens the mention: a "-plus" suffix, the qualifier, "between"/"from", and the change
    /// verb before the amount.
    fn open(&self, a: &mut Amt) -> Draft {
        let mut m = Draft {
            first: a.first,
            qual: a.sym_qual,
            multiplier: a.multiplier,
            ..Draft::default()
        };
        // Prefix qualifier and range openers, read backwards.
        self.plus_suffix(a, &mut m);
        if m.qual.is_none()
            && let Some((q, start)) = self.qualifier_before(m.first)
        {
            // "some" and "over" are qualifiers only right before the amount.
            m.qual = Some(q);
            m.first = start;
        } else if m.qual.is_none()
            && let Some((q, start)) = self.past_after_verb(m.first)
        {
            m.qual = Some(q);
            m.first = start;
        }
        // "from up to 252 miles to 287 miles": a from-to range whose first end has a
        // qualifier of its own.
        m.from_qualified = m.qual.is_some() && m.first > 0 && self.low(m.first - 1) == "from";
        // "between about 4,500 and 4,200 years ago".
        if m.qual == Some(QualCode::Approx) && m.first > 0 && self.low(m.first - 1) == "between" {
            m.between = true;
            m.first -= 1;
        }
        // "from a low of $2.45 to a high of $2.79": a range whose ends are named extremes.
        if m.qual.is_none() && self.low_extreme_before(m.first) {
            m.first -= 3;
        }
        // "between the ages of 18 and 30", "between ages 15 and 20": the ages named
        // between the opener and the range.
        if m.qual.is_none() {
            m.first -= self.ages_words_before_range(m.first);
        }
        if m.qual.is_none() && m.first > 0 {
            match self.low(m.first - 1) {
                "between" => {
                    m.between = true;
                    m.first -= 1;
                    // "roughly between 3 and 4 hours": an approximate range (an adverb
                    // right before; "estimated at between" stays a range).
                    if let Some((QualCode::Approx, start)) = self.qualifier_before(m.first)
                        && start + 1 == m.first
                    {
                        m.qual = Some(QualCode::Approx);
                        m.first = start;
                    }
                }
                "from" => m.from = true,
                // "from just 25 pups in 2001 to 4000" (rule `from_limiting_adverb`).
                w if self.limiting_adverb_after_from(m.first - 1, w) => m.from = true,
                "exactly" | "precisely" => m.first -= 1,
                // "averaged 7.3 points", "averaging 15.9 degrees": a typical value.
                "averaged" | "averaging" | "averages" => m.qual = Some(QualCode::Approx),
                // "will average 10.5 cents", "expected to average 42.4 bushels": the verb
                // in its base form, after a modal or "to" (decision 285).
                "average" if self.average_is_verb(m.first - 1) => m.qual = Some(QualCode::Approx),
                _ => {}
            }
        }
        if !m.between && self.between_restated_in_brackets(m.first) {
            m.between = true;
        }
        if let Some((c, adv, by)) = self.change_before(m.first) {
            m.change_by = by;
            // "up to" was read as a qualifier already.
            m.change = Some(c);
            m.change_from_verb = true;
            m.adverb = adv;
        }
        if a.plus {
            m.change = Some(true);
        }

        m.low = a.value;
        m.high = a.value;
        m.end = a.end;
        if let Some((lo, hi)) = a.fuzzy {
            m.low = lo;
            m.high = hi;
            m.range = true;
        }
        m
    }

    /// A "-plus" suffix or a spaced "plus" before a counted noun after the amount: at
    /// least the number ("190-plus countries", "200 plus engineers").
    fn plus_suffix(&self, a: &mut Amt, m: &mut Draft) {
        // "190-plus countries": at least the number, then its unit.
        if self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(a.end + 1)
            && self.low(a.end + 1) == "plus"
            && a.fuzzy.is_none()
            && !a.fraction
        {
            a.end += 2;
            m.qual = m.qual.or(Some(QualCode::Ge));
        } else if a.cur.is_none()
            && self.is_word(a.end)
            && self.low(a.end) == "plus"
            && a.fuzzy.is_none()
            && !a.fraction
            && self.counted_after(a.end + 1)
        {
            // "200 plus engineers": a spaced "plus" before a counted noun is the same
            // bound; "$300 plus fees" (money) and "5 plus 3" (a sum) stay out.
            a.end += 1;
            m.qual = m.qual.or(Some(QualCode::Ge));
        }
    }

    /// "average" at `k` is a verb in its base form: a modal ("will average") or "to"
    /// ("expected to average") stands right before it, or a plural subject (rule
    /// `average_after_subject`), so it is no noun ("an average 5%").
    fn average_is_verb(&self, k: usize) -> bool {
        k > 0 && {
            let w = self.low(k - 1);
            w == "to" || words::MODAL_VERBS.contains(w) || self.average_after_subject(k)
        }
    }
}
