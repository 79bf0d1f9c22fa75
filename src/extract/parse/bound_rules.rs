//! Rules on the qualifier once the unit is known: "over" a period or an extent that is
//! no bound, "over" joining the two figures of a reading ("120 over 80"), a level passed
//! that is no change, a bound that wins over the verb's change,
//! a stated maximum or minimum, objects passed, a sum a lawmaking body passed, a from-range's first-end bound, "within"
//! before a range; and
//! `year_or_hyphen`, a token inside such a subject.

use super::finish::{Draft, Step};
use super::*;

/// How many tokens before "is" the subject of a stated limit may open with "the maximum".
const LIMIT_SUBJECT_REACH: usize = 20;

impl<'a> SentenceReader<'a> {
    /// "over seven innings": "over" a period is its length, not a bound (but "use (over
    /// 30 days)" is one).
    pub(super) fn over_a_period(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "over seven scoreless innings", "over five days": "over" a period is its length,
        // not a bound ("for over 20 years" is one).
        if m.qual == Some(QualCode::Gt)
            && self.low(m.first) == "over"
            && m.first + 1 == a.first
            && m.unit.as_ref().is_some_and(|u| match &u.class {
                UnitKind::Time => true,
                UnitKind::Count { head } => words::PERIOD_NOUNS.contains(head.as_str()),
                _ => false,
            })
            && !(m.first > 0 && (words::OVER_IS_BOUND_AFTER.contains(self.low(m.first - 1))))
            && !self.bracketed_threshold(m.first)
        {
            m.qual = None;
        }
        Ok(())
    }

    /// "Long-term use (over 30 days)": "over" opening a bracket after a noun sets the
    /// threshold that defines it; it stays a bound.
    fn bracketed_threshold(&self, over: usize) -> bool {
        over >= 2 && self.is_sym(over - 1, '(') && self.is_word(over - 2)
    }

    /// "spread over 6,700 sq ft": an extent, not a bound.
    pub(super) fn spread_over(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "spread over 6,700 sq ft", "spanning over 3 km": an extent, not a bound.
        if m.qual == Some(QualCode::Gt)
            && self.low(m.first) == "over"
            && m.first > 0
            && matches!(
                self.low(m.first - 1),
                "spread" | "spreads" | "spanning" | "spans" | "spanned" | "sprawling"
            )
        {
            m.qual = None;
            m.first += 1;
        }
        Ok(())
    }

    /// `reading_over` (decision 1103): "a blood pressure of 120 over 80": "over" between two
    /// bare whole figures, in a sentence that names a reading (`words/reading_over_cues.txt`),
    /// joins the two parts of the reading; it is no bound on the second ("over 80 patients"
    /// and "40,017 over 21 seasons" keep theirs).
    pub(super) fn reading_over(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual == Some(QualCode::Gt)
            && self.low(m.first) == "over"
            && m.first > 0
            && m.first + 1 == a.first
            && a.first == a.num
            && a.end == a.num + 1
            && m.unit.is_none()
            && self.whole_digits(a.num)
            && self.whole_digits(m.first - 1)
            && self.sentence_has_word(&self.memo.names_reading, |w| {
                words::READING_OVER_CUES.contains(w)
            })
        {
            m.qual = None;
            m.first += 1;
        }
        Ok(())
    }

    /// "fell below 2 mg": the level passed, not the size of a change ("fell short of 5%":
    /// the level not reached). A rise past a level stays a rise ("rose above 3%", `up`;
    /// decision 171).
    pub(super) fn level_passed(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "fell below 2 mg", "surged past $5 billion": the level passed, not the size of
        // a change.
        if m.change_from_verb && m.qual.is_some() && m.first < a.first {
            let q1 = self.low(m.first);
            let q2 = self.low(m.first + 1);
            // "fell short of 5%": a mark not reached, not a fall.
            let level = matches!(q1, "below" | "above" | "beyond" | "past" | "short")
                || (matches!(q1, "just" | "well") && matches!(q2, "below" | "above"));
            if level && !self.rise_above(m) {
                m.change = None;
                m.change_from_verb = false;
            }
        }
        Ok(())
    }

    /// "rose above 3%", "climbed just above $1.40": a verb of rising right before "above"
    /// a level is reported as the rise, as the real parts' annotators mark it (decision
    /// 171); "fell below" and "surged past" stay levels passed.
    fn rise_above(&self, m: &Draft) -> bool {
        let above = self.low(m.first) == "above"
            || (matches!(self.low(m.first), "just" | "well") && self.low(m.first + 1) == "above");
        above
            && m.change == Some(true)
            && m.first > 0
            && self.is_word(m.first - 1)
            && words::change_word(self.low(m.first - 1)) == Some(true)
    }

    /// "The maximum dose for adults is generally 1200 mg per day", "the minimum wage is
    /// $15": a figure stated as the maximum or minimum of its subject is at most or at
    /// least it. The subject opens with "the maximum"/"the minimum" (or "max"/"min") at
    /// most ten tokens before "is" or "are", which stands right before the figure or
    /// before one adverb of `limit_adverbs` ("generally", "usually"). In the past tense
    /// ("The maximum temperature on the warmest day was 29°C") the figure is an extreme
    /// that was observed, a reading, not a limit: it stays exact. The subject may run to
    /// `LIMIT_SUBJECT_REACH` tokens ("the maximum amount of money a student can receive
    /// annually through this program is $6,895", decision 642); a conjunction ends it.
    pub(super) fn limit_subject(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.first != a.first || m.range || m.first < 3 {
            return Ok(());
        }
        let mut v = m.first - 1;
        if words::LIMIT_ADVERBS.contains(self.low(v)) {
            v -= 1;
        }
        if v < 2 || !matches!(self.low(v), "is" | "are") {
            return Ok(());
        }
        let mut k = v - 1;
        while k >= 1 && k + LIMIT_SUBJECT_REACH >= v && self.in_limit_subject(k) {
            if self.low(k - 1) == "the" {
                let q = match self.low(k) {
                    "maximum" | "max" => Some(QualCode::Le),
                    "minimum" | "min" => Some(QualCode::Ge),
                    _ => None,
                };
                if q.is_some() {
                    m.qual = q;
                    return Ok(());
                }
            }
            k -= 1;
        }
        Ok(())
    }

    /// Whether token `k` may stand inside the subject of a stated limit: a word (not a
    /// conjunction, which opens another clause), a year, a hyphen or a possessive's
    /// apostrophe ("a magistrates' court").
    fn in_limit_subject(&self, k: usize) -> bool {
        let word = self.is_word(k) && !matches!(self.low(k), "and" | "but" | "while");
        word || self.year_or_hyphen(k) || self.is_sym(k, '\'') || self.is_sym(k, '\u{2019}')
    }

    /// "cutting up to 6,000MW": the bound wins over the verb.
    pub(super) fn bound_wins_over_verb(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "cutting up to 6,000MW": the bound wins over the verb ("cut by up to 31%" keeps
        // its change, and so does a change noun before "of": "fare rises of up to 13 per
        // cent", decision 761).
        if m.change_from_verb
            && m.qual == Some(QualCode::UpTo)
            && m.first > 0
            && self.low(m.first) == "up"
            && !matches!(self.low(m.first - 1), "by" | "of")
        {
            m.change = None;
            m.change_from_verb = false;
        }
        Ok(())
    }

    /// "The Senate passed 5 bills", "the convoy crossed 3 rivers", "she topped 4
    /// charts": a verb of passing a mark before a handful of counted things (ten or
    /// fewer, no scale) takes them as its object; the figure is a count, not a level
    /// passed ("sales passed $5 billion", "passed 1 million residents" stay bounds); so
    /// is a tally after it ("the bill passed 60 to 40").
    pub(super) fn objects_passed(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }));
        // "The bill passed 60 to 40": a tally with no unit.
        let tally = m.range && m.unit.is_none() && m.high < m.low;
        let handful = counted && !m.range && a.scale == 0 && m.high <= 10.0;
        if m.qual == Some(QualCode::Gt)
            && (handful || tally)
            && a.cur.is_none()
            && m.first + 1 == a.first
            && words::PASSING_VERBS.contains(self.low(m.first))
        {
            m.qual = None;
            m.first = a.first;
        }
        Ok(())
    }

    /// "The House passed $61bn in aid", "Parliament has passed 150 amendments": a verb
    /// of passing right after a body that passes bills (`words/lawmaking_bodies.txt`,
    /// across one auxiliary or "-ly" adverb) enacts its object; the figure is no level
    /// passed (decision 1206). "Defence spending passed $2.4 trillion" stays a bound.
    pub(super) fn sum_enacted(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let v = m.first;
        let body = |k: usize| words::LAWMAKING_BODIES.contains(self.low(k));
        let enacted = v >= 1
            && (body(v - 1)
                || (v >= 2
                    && body(v - 2)
                    && (words::VERB_RATE_AUXILIARIES.contains(self.low(v - 1))
                        || self.low(v - 1).ends_with("ly"))));
        if m.qual == Some(QualCode::Gt)
            && v + 1 == a.first
            && words::PASSING_VERBS.contains(self.low(v))
            && enacted
        {
            m.qual = None;
            m.first = a.first;
        }
        Ok(())
    }

    /// "from up to 252 miles to 287": a bound on the first end does not bound the range;
    /// "from about 14-18 mpg to 24" keeps its approximation.
    pub(super) fn qualified_from_range(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.from_qualified && m.range && m.qual != Some(QualCode::Approx) {
            m.qual = None;
        }
        // "in the range of $40 to $50" names the range; only one figure is about (decision 432).
        if m.range
            && self
                .match_pattern(m.first, "in the range of", false)
                .is_some()
        {
            m.qual = None;
        }
        Ok(())
    }

    /// "within 3 to 5 days", "within two to four weeks": "within" before a range gives
    /// its span, not an upper bound on it ("within 5 days" stays `le`; decision 831).
    pub(super) fn range_within(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range && m.qual == Some(QualCode::Le) && self.low(m.first) == "within" {
            m.qual = None;
        }
        Ok(())
    }

    /// Whether `k` is a year ("in 2017", "2003-04") or a hyphen inside a word.
    pub(super) fn year_or_hyphen(&self, k: usize) -> bool {
        let year = num_value(self.raw(k)).is_some_and(|y| (1500.0..=2199.0).contains(&y));
        let after_hyphen = k > 0 && self.is_sym(k - 1, '-') && self.attached(k);
        (self.is_sym(k, '-') && self.attached(k)) || (self.is_num(k) && (year || after_hyphen))
    }
}
