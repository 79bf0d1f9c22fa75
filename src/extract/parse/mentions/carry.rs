//! Units carried from one mention to a later one in the same sentence, where the
//! sentence gives the unit once: a shortened repeat of a fuller unit ("26.05 inches of
//! mercury … 26.22 inches"), a change of the things counted before ("added 200,000
//! jobs … after a gain of 150,000"), and a bare figure of the size of the last measure
//! ("averaged 99.1mph and touched 101.8"), and the currency of a scaled sum for a later
//! bare scaled figure ("sales of $37.4 billion, short of the 38 billion expected").

use super::*;

/// What the sentence has stated so far that a later figure may take its unit from.
#[derive(Default)]
pub(in crate::extract::parse) struct Carried {
    /// Units with a qualifying tail ("inch of mercury").
    fuller: Vec<FoundUnit>,
    /// The value, end and unit of the measures since the last mention with a unit of
    /// another kind, in order, without a conversion in brackets right after a measure
    /// ("310 miles (499km)").
    measures: Vec<(f64, usize, FoundUnit)>,
    /// The value, end and currency of the last sum written with a scale word
    /// ("$37.4 billion").
    scaled_money: Option<(f64, usize, FoundUnit)>,
    /// The end of the last percentage and its unit.
    percent: Option<(usize, FoundUnit)>,
    /// The value, end and unit of the last percentage, count or sum of money.
    compared: Option<(f64, usize, FoundUnit)>,
}

/// How far apart, as a factor, a bare figure and the last measure may be for the figure
/// to be read in its unit.
const NEAR: f64 = 3.0;

impl SentenceReader<'_> {
    /// The rules of this module, in order, then what they remember.
    pub(super) fn carry_units(&self, found: &mut Found, mem: &mut Memory) {
        self.change_of_counts(found, mem);
        self.running_total_counts(found, mem);
        self.part_of_last_count(found, mem);
        self.fuller_unit_repeats(found, mem);
        self.bare_figure_of_last_measure(found, mem);
        self.scaled_figure_of_scaled_sum(found, mem);
        self.parallel_percent(found, mem);
        self.compared_level_repeats_unit(found, mem);
        if let Some(u) = &found.unit {
            mem.carry.compared = matches!(
                u.class,
                UnitKind::Percent | UnitKind::Count { .. } | UnitKind::Currency(_)
            )
            .then(|| (found.low, found.end, u.clone()));
            mem.carry.percent =
                matches!(u.class, UnitKind::Percent).then(|| (found.end, u.clone()));
            if matches!(u.class, UnitKind::Currency(_)) && self.scaled_span(found.first, found.end)
            {
                mem.carry.scaled_money = Some((found.low, found.end, u.clone()));
            }
            let measure = matches!(u.class, UnitKind::Measure | UnitKind::Time)
                && !crate::units::is_age(&u.name)
                && !found.range;
            if !measure {
                mem.carry.measures.clear();
            } else if !(found.first > 0
                && self.is_sym(found.first - 1, '(')
                && mem
                    .carry
                    .measures
                    .last()
                    .is_some_and(|m| m.1 + 1 == found.first))
            {
                mem.carry.measures.push((found.low, found.end, u.clone()));
            }
        }
    }

    /// "averaged 99.1mph and touched 101.8", "36hrs on a charge (72 in low-power mode)",
    /// "854 litres (2,041 with seats folded)": a bare figure later in the sentence, of the size of
    /// the last measure or count (within a factor of three), is in its unit. Past a measure
    /// of another size and dimension it looks further back: "255 miles from its 99.8kWh
    /// battery (the official figure is 313)" is in miles.
    fn bare_figure_of_last_measure(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.low == 0.0 {
            return;
        }
        // "21 points on 8 of 13 shooting": a part and its whole are counts, not measures.
        let of_num = |k: usize| self.low(k) == "of" && self.is_num(k + 1);
        let num_of =
            found.first >= 2 && self.is_num(found.first - 2) && self.low(found.first - 1) == "of";
        if of_num(found.end) || num_of {
            return;
        }
        // "5 feet 2": a figure right after a measure is a part of it, not a repeat.
        let near =
            |v: f64| v != 0.0 && (found.low / v).abs() <= NEAR && (v / found.low).abs() <= NEAR;
        let dimension = |u: &FoundUnit| {
            let r = crate::units::registry();
            r.by_name(&u.name)
                .next()
                .map(|id| r.get(id).dimension.as_str())
        };
        let mut earlier = mem
            .carry
            .measures
            .iter()
            .rev()
            .filter(|m| m.1 < found.first);
        let Some(last) = earlier.next() else {
            return;
        };
        // Past the last measure only to one of another dimension: "255 miles from its
        // 99.8kWh battery (the official figure is 313)".
        let pick = if near(last.0) || self.elided_alternative_measure(last.1, found) {
            Some(last)
        } else {
            earlier.find(|m| near(m.0) && dimension(&m.2) != dimension(&last.2))
        };
        if let Some((_, _, u)) = pick
            && !self.own_thing_of_figure(found.first, found.end, u)
        {
            found.unit = Some(u.clone());
        }
    }

    /// Rule `elided_alternative_measure` (decision 1107): "up to 8 hours of playback on a
    /// charge (30 with the case)", "70 minutes in Eco mode, or 8 with the turbo brush on":
    /// a bare figure after "(" or "or" that is the elided alternative of the measure ending
    /// at `pend` (rule `alternative_after`) and opens a condition of its own, a preposition
    /// (`words/shared_bound_preps.txt`, not "of") and a word, is in that measure's unit
    /// however far apart the two figures are. A year after the preposition ("(10 in
    /// 2020)") opens no condition; "and" joins another figure, not an alternative.
    fn elided_alternative_measure(&self, pend: usize, found: &Found) -> bool {
        let condition = words::SHARED_BOUND_PREPS.contains(self.low(found.end))
            && self.low(found.end) != "of"
            && self.is_word(found.end + 1);
        condition
            && self
                .alternative_after(pend, found.first)
                .is_some_and(|_| self.low(found.first - 1) != "and")
    }

    /// "a crew of 157", "a team of 40" (a group noun and "of" before the figure) or "2.9
    /// an over" after "6ft 6in" ("a", "an" or "per" and a word after the figure, where the
    /// measure is no rate): the figure names its own thing, and the measure `u` is not
    /// carried onto it (rule `own_thing_of_figure`, decision 896). A rate still carries:
    /// "30 points per game at 31.7 a night".
    fn own_thing_of_figure(&self, first: usize, end: usize, u: &FoundUnit) -> bool {
        let group_of = first >= 2
            && self.low(first - 1) == "of"
            && words::CARRY_GROUP_NOUNS.contains(self.low(first - 2));
        let rate_after = matches!(self.low(end), "a" | "an" | "per")
            && self.is_word(end + 1)
            && !u.name.contains(" per ")
            && !self.period_ago_after_figure(end);
        group_of || rate_after
    }

    /// Rule `period_ago_after_figure` (decision 1342): "8.1 billion pounds, down from 9.4
    /// billion a year ago", "465,000 tonnes, up from 412,000 a year earlier": "a" or "an",
    /// a period and "ago", "earlier", "later" or "before" (rule `period_names_a_time`)
    /// date the figure after `end`; they name no rate, so the measure still carries.
    fn period_ago_after_figure(&self, end: usize) -> bool {
        matches!(self.low(end), "a" | "an") && self.period_names_a_time(end + 2)
    }

    /// "3% in May and 2.5 in June", "4.1% for men, 3.8 for women": a bare figure after
    /// "and" or a comma, followed by the same preposition that followed the last
    /// percentage, is a percentage too (a parallel list of levels).
    fn parallel_percent(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.first == 0 {
            return;
        }
        if let Some((end, u)) = &mem.carry.percent
            && *end < found.first
            && matches!(
                self.low(*end),
                "in" | "on" | "for" | "at" | "among" | "from"
            )
            && self.low(found.end) == self.low(*end)
            && (self.low(found.first - 1) == "and" || self.is_sym(found.first - 1, ','))
        {
            found.unit = Some(u.clone());
        }
    }

    /// "fell to 3 percent from a 3.5 annual rate", "a 2.3 percent annual rate instead of
    /// the 2.9 estimate", "12,924 positions compared to 10,713 a year ago", "closed at
    /// $41, up from 38": a bare figure right after "from" and an article, "up"/"down
    /// from", "instead of", "compared to" or "compared with" (an article or not), a few
    /// words after a percentage, a count or a sum of money and of its size (within a
    /// factor of three), is the level it is compared with, in its unit (rule
    /// `compared_level_repeats_unit`, decisions 207, 433).
    fn compared_level_repeats_unit(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.low <= 0.0 {
            return;
        }
        let Some((v, end, u)) = &mem.carry.compared else {
            return;
        };
        let mut k = found.first;
        let article = k > 0 && matches!(self.low(k - 1), "a" | "an" | "the");
        if article {
            k -= 1;
        }
        // "from" needs its article: "rose 5% from 4 in May" may be a level of anything.
        let opener = match k.checked_sub(1).map(|p| self.low(p)) {
            Some("from") if article => Some(k - 1),
            // "closed at $41, up from 38": "up"/"down from" needs no article (decision 433).
            Some("from") if k >= 2 && matches!(self.low(k - 2), "up" | "down") => Some(k - 2),
            Some("of") if k >= 2 && self.low(k - 2) == "instead" => Some(k - 2),
            Some("to" | "with") if k >= 2 && self.low(k - 2) == "compared" => Some(k - 2),
            _ => None,
        };
        let Some(opener) = opener else {
            return;
        };
        let close_after = *end <= opener
            && opener - *end <= 4
            && (*end..opener).all(|t| !self.is_num(t) && !self.is_sym(t, '.'));
        if close_after && (found.low / v).abs() <= NEAR && (v / found.low).abs() <= NEAR {
            found.unit = Some(u.clone());
        }
    }

    /// "sales of $37.4 billion, short of the 38 billion expected", "£2bn this year and
    /// 2.5bn next": a bare figure written with a scale word, after a sum in a currency
    /// written with one and of its size (within a factor of three), is in that currency
    /// (a count would have named its noun). Not
    /// when a bracket follows: "771.3 billion ($1tn)" converts the figure from another
    /// currency.
    fn scaled_figure_of_scaled_sum(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some()
            || found.fraction
            || found.total.is_some()
            || self.is_sym(found.end, '(')
        {
            return;
        }
        if let Some((v, end, u)) = &mem.carry.scaled_money
            && *v != 0.0
            && !self.contrast_clause_between(*end, found.first, found.end)
            && found.low != 0.0
            && (found.low / v).abs() <= NEAR
            && (v / found.low).abs() <= NEAR
            && self.scaled_span(found.first, found.end)
        {
            found.unit = Some(u.clone());
        }
    }

    /// "27.9 inches of mercury at noon and 28.1 inches at dusk": a unit repeated without
    /// its tail is the fuller unit the sentence stated.
    fn fuller_unit_repeats(&self, found: &mut Found, mem: &mut Memory) {
        let Some(u) = &found.unit else {
            return;
        };
        if let Some(full) = mem.carry.fuller.iter().find(|f| {
            f.name.len() > u.name.len() + 4
                && f.name.starts_with(u.name.as_str())
                && f.name[u.name.len()..].starts_with(" of ")
        }) {
            found.unit = Some(full.clone());
        } else if u.name.contains(" of ")
            && !matches!(u.class, UnitKind::Count { .. })
            && !crate::units::is_age(&u.name)
            && mem.carry.fuller.len() < 8
        {
            mem.carry.fuller.push(u.clone());
        }
    }

    /// "added 200,000 jobs in June after a gain of 150,000 in May": a bare number after a
    /// change noun and "of" counts the things of the sentence's last count, when the two
    /// are of a size (within a factor of ten).
    fn change_of_counts(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.first < 2 {
            return;
        }
        let noun = self.low(found.first - 2);
        if self.low(found.first - 1) != "of" || words::change_noun_of(noun).is_none() {
            return;
        }
        if let Some((v, u, _)) = &mem.last_count
            && found.low / v <= 10.0
            && v / found.low <= 10.0
        {
            found.unit = Some(u.clone());
        }
    }

    /// "added 8.8 million subscribers, taking its total to 260.3 million": a bare figure a
    /// running total is taken to counts the things of the sentence's last count, when it
    /// is no smaller (`running_total_at`, decision 231); so does "the 5.5m analysts
    /// expected" after it, within a factor of ten (`expected_by_holders`, decision 232).
    fn running_total_counts(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_none()
            && !found.range
            && !found.fraction
            && let Some((v, u, _)) = &mem.last_count
            && ((found.low >= *v && self.running_total_at(found.first))
                || (found.low / v <= 10.0
                    && v / found.low <= 10.0
                    && self.expected_by_holders(found.first, found.end)))
        {
            found.unit = Some(u.clone());
        }
    }

    /// "756 registered voters, including 595 who said they would vote": a bare number
    /// after "including" and before "who" is a part of the group last counted, in its
    /// noun (when smaller than the group). So is a bare number before "of them" or "of
    /// whom" ("Twenty-five people were injured, two of them seriously", "3.7m people
    /// logged in, 638k of them playing": rule `part_of_them`, decision 415).
    fn part_of_last_count(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.first < 1 {
            return;
        }
        let including = self.low(found.first - 1) == "including" && self.low(found.end) == "who";
        if !including && !self.part_of_them(found.end) {
            return;
        }
        if let Some((v, u, _)) = &mem.last_count
            && found.low > 0.0
            && found.low < *v
        {
            found.unit = Some(u.clone());
        }
    }

    /// "of them", "of whom", "of which" at `end`: the figure before is a part of a group named
    /// earlier (a pronoun stands for its noun).
    fn part_of_them(&self, end: usize) -> bool {
        self.low(end) == "of" && matches!(self.low(end + 1), "them" | "whom" | "which")
    }
}
