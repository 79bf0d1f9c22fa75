//! Mentions: the sentence loop, and the rules that carry information from one mention to
//! the next (a change restated, a unit repeated, an age list, a tally). A change repeated
//! by a later bare figure ("rose 5% in March and 3 in April") is `change_repeats.rs`.

use super::*;

mod age_pairs;
mod approx_list;
mod bracketed;
mod carry;
mod change_items;
mod change_level;
mod change_repeats;
mod compared;
mod compared_rate;
mod elided_count;
mod level_share;
mod lists;
mod margin;
mod money_breaks;
mod parallel_times;
mod tallies;

/// What the mentions read so far in the sentence tell the next one.
#[derive(Default)]
pub(super) struct Memory {
    /// The last change in the sentence.
    last_change: Option<bool>,
    /// The end, qualifier, change and value (a range's low end; `bracketed.rs`) of the
    /// last mention.
    prev: Option<(usize, Option<QualCode>, Option<bool>, f64)>,
    /// The last mention opened by "from" and its unit: "from about 14-18 mpg to 24".
    from_unit: Option<(usize, FoundUnit)>,
    /// The unit of the last change in percent or points.
    change_unit: Option<FoundUnit>,
    /// The end and unit of the last mention: "by 312 votes to 287", "6ft 2in".
    last_unit: Option<(usize, Option<FoundUnit>)>,
    /// The last counted mention, its value and whether it had a scale word:
    /// "3 million people …, down from 4.1 million".
    last_count: Option<(f64, FoundUnit, bool)>,
    /// Whether the sentence reports a stock index: its levels are in points.
    index_points: bool,
    /// How far the sentence has been searched for a stock index's name, and where the
    /// first one is: each token is looked at once, however many numbers follow.
    index_named: (usize, Option<usize>),
    /// "life expectancy … 78.6 years": the next number of years (or bare number) is an age.
    age_pending: bool,
    /// The end of the last mention when it was an age: "aged 10 and 11".
    last_age_end: Option<usize>,
    /// Units the sentence stated once for later figures (`carry.rs`).
    carry: carry::Carried,
    /// The change of the last mention in each unit (`compared.rs`).
    unit_changes: std::collections::HashMap<String, Option<bool>>,
    /// The end, value and unit of the last mention when it was a rate
    /// (`compared_rate.rs`).
    last_rate: Option<(usize, f64, FoundUnit)>,
    /// The end, value and unit of the last mention when it had a unit
    /// (`parallel_times.rs`).
    last_figure: Option<(usize, f64, FoundUnit)>,
    /// The end of the last mention when it was an item of a list of names with a unit
    /// ("Rome (835 deaths)"; `elided_count.rs`).
    named_item_end: Option<usize>,
    /// The end of the last mention when it named its counted noun itself or took it
    /// along a list of places (`elided_count.rs`).
    place_item_end: Option<usize>,
    /// Whether the mention being read had a unit of its own, before any rule of the
    /// sentence loop gave it one (`elided_count.rs`).
    own_noun: bool,
    /// The end and noun of the last count that was no "in N games" or "from N
    /// matches" (`margin.rs`).
    tally: Option<(usize, FoundUnit)>,
    /// The end and noun of the last member of a list of counts that opened an
    /// approximation or took it, and whether it took it (`approx_list.rs`).
    approx_list: Option<(usize, String, bool)>,
    /// The end, change and unit of the last mention that had a change: "rose 2.75% on
    /// one-year leases and 3.2% on two-year leases" (`change_repeats.rs`).
    last_changed: Option<(usize, bool, Option<String>)>,
}

impl Found {
    /// A lone figure with no unit of its own, not the sentence's first token: one that
    /// may take the unit of the figure before it (`compared_rate.rs`, `parallel_times.rs`).
    fn bare_single(&self) -> bool {
        self.unit.is_none() && !self.range && !self.fraction && self.first > 0
    }
}

impl<'a> SentenceReader<'a> {
    /// Reads every mention of the sentence, calling `f` for each.
    pub fn read(&self, year_hint: &mut Option<i32>, mut f: impl FnMut(Found)) {
        let mut i = 0;
        let mut mem = Memory::default();
        let mut prev_span = None;
        while i < self.n() {
            // A word's lower-case form is looked up once for both tests (decision 1419).
            let anchors = if self.is_word(i) {
                let w = self.low(i);
                if self.names_ages(i, w) {
                    mem.age_pending = true;
                }
                Self::may_anchor_word(w)
            } else {
                self.may_anchor(i)
            };
            if !anchors {
                i += 1;
                continue;
            }
            match self.try_at(i, year_hint, false) {
                Outcome::Found(mut found, next) => {
                    if found.date.is_none() && self.restated_in_brackets(&found, prev_span) {
                        i = next.max(i + 1);
                        continue;
                    }
                    if found.date.is_none() {
                        prev_span = (!found.range).then_some((found.first, found.end, found.low));
                        mem.own_noun = found.unit.is_some();
                        self.conversion_inherits(&mut found, &mut mem);
                        self.signed_bracket_change(&mut found, &mem);
                        self.prior_year_takes_unit(&mut found, &mem);
                        self.share_restates_level_change(&mut found, &mem);
                        self.share_restating_bounded_fraction(&mut found);
                        self.and_shares_change(&mut found, &mut mem);
                        self.and_shares_change_apart(&mut found, &mut mem);
                        self.list_shares_change(&mut found, &mut mem);
                        self.named_item_shares_change(&mut found, &mem);
                        self.bracketed_name_shares_change(&mut found, &mem);
                        self.compared_shares_change(&mut found, &mem);
                        self.alternative_shares_bound(&mut found, &mem);
                        self.approximation_along_list(&mut found, &mut mem);
                        self.parallel_average(&mut found, &mut mem);
                        self.bare_and_repeats_change(&mut found, &mut mem);
                        self.bare_by_repeats_change(&mut found, &mut mem);
                        self.bare_change_repeats_unit(&mut found, &mut mem);
                        self.tally_in_votes(&mut found, &mut mem);
                        self.out_of_takes_count(&mut found, &mem);
                        self.compound_measure_qualifier(&mut found, &mut mem);
                        self.population_rate_along(&mut found, &mem);
                        self.clause_subject_counted(&mut found, &mut mem);
                        self.to_takes_from_unit(&mut found, &mut mem);
                        self.age_pair_takes_age(&mut found, &mem);
                        self.ages_after_age(&mut found, &mut mem);
                        self.index_level_points(&mut found, &mut mem);
                        self.compared_takes_rate(&mut found, &mem);
                        self.sum_takes_rate_up_from(&mut found, &mem);
                        self.compared_count(&mut found, &mut mem);
                        self.casualty_list(&mut found, &mut mem);
                        self.parallel_time_takes_unit(&mut found, &mem);
                        self.change_takes_level_unit(&mut found, *year_hint);
                        self.named_list_takes_count(&mut found, &mut mem);
                        self.place_list_takes_count(&mut found, &mut mem);
                        self.kind_list_takes_count(&mut found, &mem);
                        self.margin_takes_count(&mut found, &mut mem);
                        self.carry_units(&mut found, &mut mem);
                        self.remember(&found, &mut mem);
                    }
                    f(*found);
                    i = next.max(i + 1);
                }
                Outcome::Skip(next) => i = next.max(i + 1),
                Outcome::Nothing => i += 1,
            }
        }
    }

    /// A conversion in brackets inherits the figure's qualifier and change; an amount restated after "or" keeps the change.
    fn conversion_inherits(&self, found: &mut Found, mem: &mut Memory) {
        // A conversion in brackets or after a slash inherits the figure's
        // qualifier and change: "just under 296 hp (224 kW / 300 PS)".
        if let Some((pend, pq, pc, _)) = mem.prev {
            let between = &self.toks[pend.min(found.first)..found.first];
            if !between.is_empty()
                && between.len() <= 2
                && between
                    .iter()
                    .all(|t| matches!(t.kind, Kind::Sym('(') | Kind::Sym('/') | Kind::Sym('[')))
                && !self.confidence_level(found)
            {
                if found.qual.is_none()
                    && (!found.range || pq == Some(QualCode::Approx))
                    && !self.share_of_count(found, mem)
                {
                    found.qual = pq;
                }
                // "by 86% (62% to 95%)": an interval in the figure's own unit is no
                // conversion of its change ("rose 10-12in (25-30cm)" is; decision 1039).
                let same_unit = matches!((&mem.last_unit, &found.unit),
                    (Some((_, Some(pu))), Some(u)) if pu.name == u.name);
                let interval = found.range && between[0].kind == Kind::Sym('(') && same_unit;
                if found.change.is_none() && !interval {
                    found.change = pc;
                }
            }
            // "an average of $66,530, equivalent to $5,544 a month": the same figure
            // restated keeps its qualifier.
            let restated = between.len() <= 3
                && found.first >= 2
                && self.low(found.first - 1) == "to"
                && self.low(found.first - 2) == "equivalent"
                && (between.len() == 2 || between[0].kind == Kind::Sym(','));
            if restated && found.qual.is_none() && !found.range {
                found.qual = pq;
            }
            // "rose 0.5 percent, or 170 points", "up £3,000 or 0.8 per
            // cent": the same change restated.
            if (between.len() == 2 && between[0].kind == Kind::Sym(',') || between.len() == 1)
                && self.low(found.first - 1) == "or"
                && found.change.is_none()
                && !found.range
            {
                found.change = pc;
            }
            // "grew by 1.27 million people in 2023, or 3.2%", "– or 11%" (decision 785).
            if found.change.is_none() && self.restated_share(pend, found, mem) {
                found.change = pc;
            }
        }
    }

    /// "(95% confidence interval 34% to 80%)", "(95% CI: 1.6-10.4 million)": the level of a
    /// confidence interval is no conversion of the figure before the bracket, so it takes
    /// neither its bound nor its change (decision 1039).
    fn confidence_level(&self, found: &Found) -> bool {
        !found.range
            && found
                .unit
                .as_ref()
                .is_some_and(|u| u.class == UnitKind::Percent)
            && matches!(self.low(found.end), "confidence" | "ci" | "cis" | "cl")
    }

    /// "the average annual premium is $10,966 in Florida and $6,354 in Louisiana": a
    /// figure after "and" that parallels an average stated just before it ("in" or "for"
    /// and a name between them, the same unit) is an average too.
    fn parallel_average(&self, found: &mut Found, mem: &mut Memory) {
        let Some((pend, Some(QualCode::Approx), _, _)) = mem.prev else {
            return;
        };
        if found.qual.is_some()
            || found.range
            || pend + 3 > found.first
            || found.first > pend + 6
            || self.low(found.first - 1) != "and"
            || !matches!(self.low(pend), "in" | "for")
            || !(pend + 1..found.first - 1).all(|k| self.capitalised(k) || self.is_sym(k, ','))
        {
            return;
        }
        let same_unit = matches!((&mem.last_unit, &found.unit),
            (Some((_, Some(pu))), Some(u)) if pu.name == u.name);
        let average = (pend.saturating_sub(16)..pend)
            .any(|k| matches!(self.low(k), "average" | "averaged" | "averages"));
        if same_unit && average {
            found.qual = Some(QualCode::Approx);
        }
    }

    /// "by 312 votes to 287", "306 electoral votes to Trump's 232": the second count of a
    /// tally is in votes (a possessive may stand after "to", decision 1155).
    fn tally_in_votes(&self, found: &mut Found, mem: &mut Memory) {
        let owner = found.first >= 1 && self.possessive_tally(found.first - 1);
        let to = found.first.saturating_sub(if owner { 2 } else { 1 });
        if found.unit.is_none()
            && !found.range
            && found.first > 0
            && self.low(to) == "to"
            && let Some((pend, Some(u))) = &mem.last_unit
            && *pend == to
            && matches!(&u.class, UnitKind::Count { head }
                if matches!(head.as_str(), "vote" | "seat"))
        {
            found.unit = Some(u.clone());
        }
    }

    /// "about 6ft 2in": the second part of a compound measure has the first's qualifier.
    fn compound_measure_qualifier(&self, found: &mut Found, mem: &mut Memory) {
        // "about 6ft 2in", "some 2 hours 20 minutes": the second part of a
        // compound measure has the first's qualifier.
        if let Some((pend, Some(u))) = &mem.last_unit
            && *pend == found.first
            && found.qual.is_none()
            && let Some(fu) = &found.unit
            && matches!(
                (u.name.as_str(), fu.name.as_str()),
                ("foot", "inch")
                    | ("hour", "minute")
                    | ("minute", "second")
                    | ("stone", "pound-mass")
                    | ("metre", "centimetre")
            )
            && let Some((_, pq, _, _)) = mem.prev
        {
            found.qual = pq;
        }
        mem.last_unit = Some((found.end, found.unit.clone()));
    }

    /// "users rose 13% to 212m": a bare count is of the clause's plural subject.
    fn clause_subject_counted(&self, found: &mut Found, _mem: &mut Memory) {
        // "users rose 13% to 212m", "subscribers climbed by 2.3 million to
        // 18.9 million": a bare count is of the clause's plural subject.
        if found.unit.is_none()
            && !found.fraction
            && found.low.abs() >= 2.0
            && let Some(u) = self.clause_subject(found.first)
        {
            found.unit = Some(u);
        }
    }

    /// "from A unit to B": B is in A's unit.
    fn to_takes_from_unit(&self, found: &mut Found, mem: &mut Memory) {
        // "from A unit to B": B is in A's unit when it names none.
        if found.unit.is_none()
            && !found.range
            && found.first > 0
            && self.low(found.first - 1) == "to"
            && let Some((pend, u)) = &mem.from_unit
            && *pend + 1 == found.first
        {
            found.unit = Some(u.clone());
        }
    }

    /// Whether the word `w` at `i` names ages: "expectancy", "age", and (rule
    /// `ages_of_retirement`, decision 1410: "Retirement ages were scheduled to rise to 67")
    /// "ages" after "retirement" or "pension" (real dg). Tested by length first.
    #[inline(always)]
    fn names_ages(&self, i: usize, w: &str) -> bool {
        match w.len() {
            3 => w == "age",
            4 => w == "ages" && i > 0 && matches!(self.low(i - 1), "retirement" | "pension"),
            10 => w == "expectancy",
            _ => false,
        }
    }

    /// "life expectancy … 78.6 years", "aged 10 and 11", "Pension ages … to 67": ages.
    fn ages_after_age(&self, found: &mut Found, mem: &mut Memory) {
        let years = (found.unit.as_ref()).is_none_or(|u| matches!(u.name.as_str(), "year" | "age"));
        let age_ok = years
            && !found.range
            && found.change.is_none()
            && found.low > 0.0
            && found.high <= 130.0;
        if mem.age_pending && age_ok && found.first > 0 {
            found.unit = Some(FoundUnit::age());
            // "up to the age of one year": the bound before the age word.
            if found.qual.is_none() {
                found.qual = self.bound_before_age_word(found.first);
            }
        }
        // "aged 10 and 11", "aged 19, 23 and 40".
        if let Some(e) = mem.last_age_end
            && found.unit.is_none()
            && age_ok
            && found.first == e + 1
            && matches!(self.low(e), "and" | "or" | ",")
        {
            found.unit = Some(FoundUnit::age());
        }
        mem.age_pending = false;
        mem.last_age_end = found
            .unit
            .as_ref()
            .filter(|u| u.name == "year of age")
            .map(|_| found.end);
    }

    /// "the Nikkei gained 1.5% to 32,000": an index level is in points.
    fn index_level_points(&self, found: &mut Found, mem: &mut Memory) {
        // "fell 250.8 points, or 0.7%, to 33,500.2", "the Nikkei gained 1.5%
        // to 32,000": the level of an index is in points.
        let before = found.first.checked_sub(1).map(|k| self.low(k));
        if found.unit.is_none()
            && !found.range
            && found.change.is_none()
            && found.qual.is_none()
            && found.low >= 100.0
            && (mem.index_points || self.index_named_before(found.first, mem))
            && (matches!(
                before,
                Some("to" | "at" | "hit" | "hits" | "reached" | "reaches" | "near")
            ) || (found.first > 0
                && (self.stock_index_at(found.first - 1)
                    || (found.first > 1
                        && self.is_num(found.first - 1)
                        && self.stock_index_at(found.first - 2)))))
        {
            found.unit = Some(FoundUnit {
                name: "point".into(),
                class: UnitKind::Measure,
            });
        }
        if found.unit.as_ref().is_some_and(|u| u.name == "point") && found.change.is_some() {
            mem.index_points = true;
        }
    }

    /// Whether a stock index is named before token `end`; searches on from where the
    /// last call stopped, so a sentence costs one pass.
    fn index_named_before(&self, end: usize, mem: &mut Memory) -> bool {
        let (from, at) = mem.index_named;
        if at.is_none() && from < end {
            let at = (from..end).find(|&k| self.is_word(k) && self.stock_index_at(k));
            mem.index_named = (end, at);
        }
        mem.index_named.1.is_some_and(|k| k < end)
    }

    /// "3 million people …, down from 4.1 million": a number compared with a count counts the same things.
    fn compared_count(&self, found: &mut Found, mem: &mut Memory) {
        let before = found.first.checked_sub(1).map(|k| self.low(k));
        // "3 million people watched, down from 4.1 million": a scaled
        // number compared with a scaled count is a count of the same things.
        // "3,000 staff, up from 2,500": so is any number after "up from".
        let scaled = self.scaled_span(found.first, found.end);
        let before2 = found.first.checked_sub(2).map(|k| self.low(k));
        let compared = matches!(
            (before2, before),
            (Some("up" | "down"), Some("from"))
                | (Some("compared" | "against"), Some("with"))
                | (_, Some("vs" | "versus"))
        );
        if found.unit.is_none()
            && !found.range
            && matches!(
                before,
                Some("from" | "to" | "than" | "with" | "vs" | "versus")
            )
            && let Some((v, u, was_scaled)) = &mem.last_count
            && ((scaled && *was_scaled) || compared)
            && found.low / v <= 10.0
            && v / found.low <= 10.0
        {
            found.unit = Some(u.clone());
        }
    }

    /// "killing 27 people and injuring 63": a bare number in a casualty list counts the same persons.
    fn casualty_list(&self, found: &mut Found, mem: &mut Memory) {
        let before = found.first.checked_sub(1).map(|k| self.low(k));
        // "killing 27 people and injuring 63", "displaced more than
        // 538,000, with 127 still missing", "more than 100 remained missing": a bare
        // number in a casualty list counts the same persons (not across "was"/"were",
        // decisions 617 and 643).
        if found.unit.is_none()
            && !found.range
            && let Some((_, u, _)) = &mem.last_count
            && matches!(&u.class, UnitKind::Count { head }
                if words::person_noun(head))
            && (before.is_some_and(words::casualty_verb)
                || (matches!(self.low(found.end), "still" | "remain" | "remained")
                    && words::casualty_verb(self.low(found.end + 1)))
                || words::casualty_verb(self.low(found.end)))
        {
            found.unit = Some(u.clone());
        }
    }

    /// What the next mention needs to know of this one.
    fn remember(&self, found: &Found, mem: &mut Memory) {
        let scaled = self.scaled_span(found.first, found.end);
        if let Some(u) = &found.unit
            && matches!(u.class, UnitKind::Count { .. })
        {
            mem.last_count = Some((found.low, u.clone(), scaled));
        }
        mem.from_unit = match &found.unit {
            Some(u)
                if found.first > 0
                    && self.low(found.first - 1) == "from"
                    && !matches!(u.class, UnitKind::Count { .. }) =>
            {
                Some((found.end, u.clone()))
            }
            _ => None,
        };
        mem.prev = Some((found.end, found.qual, found.change, found.low));
        if let Some(c) = found.change {
            mem.last_changed = Some((found.end, c, found.unit.as_ref().map(|u| u.name.clone())));
        }
        mem.last_rate = found
            .unit
            .as_ref()
            .filter(|u| (u.name.contains(" per ") || u.name.starts_with("per ")) && !found.range)
            .map(|u| (found.end, found.low, u.clone()));
        mem.last_figure = found
            .unit
            .as_ref()
            .filter(|_| !found.range)
            .map(|u| (found.end, found.low, u.clone()));
        if let Some(u) = &found.unit {
            mem.unit_changes.insert(u.name.clone(), found.change);
        }
    }

    /// The mention starting at token `i`, if any (a token `may_anchor` turns away gives
    /// `Outcome::Nothing`: a new kind of anchor here is added there too).
    pub(super) fn try_at(&self, i: usize, year_hint: &mut Option<i32>, nested: bool) -> Outcome {
        let t = self.toks[i];
        match t.kind {
            Kind::Num => self.digits_at(i, year_hint, nested),
            Kind::Word => self.words_at(i, nested),
            Kind::Sym(c) if lexicon::vulgar_fraction(c).is_some() => self.vulgar_at(i, nested),
            _ => Outcome::Nothing,
        }
    }
}
