//! Rules on the change and the qualifier once the unit is known: change nouns and
//! comparatives, discounts, levels passed, losses of money, "over" a period.

use super::finish::{Draft, Step};
use super::*;

/// How many tokens before "is" the subject of a stated limit may open with "the maximum".
const LIMIT_SUBJECT_REACH: usize = 20;

impl<'a> SentenceReader<'a> {
    /// "34.4% higher", "a 5% rise": a change named after the amount.
    pub(super) fn change_after_amount(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // A change named after the amount: "34.4% higher", "a 5% rise" (after a factor
        // only a change noun: "a 3-fold rise", not "a 1.3-fold higher risk"; decision 634).
        if m.change.is_none()
            && (!m.multiplier || words::change_noun_of(self.low(m.end)).is_some())
            && self.is_word(m.end)
            && let Some(c) = words::change_after(self.low(m.end))
            && !self.raise_not_of_pay(m.end, m)
            && !(self.low(m.end) == "up" && self.low(m.end + 1) == "to")
            // "$233 million up 85%": the word is the next figure's change (decision 644).
            && !self.direction_before_figure(m.end)
            // "300 feet down from the top": a position, not a fall.
            && !self.position_from_place(m)
            // "a 45-cent loss", "a $2bn loss": an amount lost, not a fall.
            && !(self.low(m.end) == "loss"
                && (a.cur.is_some()
                    || m.unit
                        .as_ref()
                        .is_some_and(|u| matches!(u.class, UnitKind::Currency(_)))))
            && !matches!(self.low(m.end + 1), "than")
        {
            m.change = Some(c);
        }
        Ok(())
    }

    /// "$101 off", "shaving 30 seconds off the record", "took 0.93 seconds off her own
    /// world record": a cut.
    pub(super) fn discount_off(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "$101 off their list price", "30% off": a discount; "shaving 30 seconds off
        // the record": a cut.
        if m.change.is_none()
            && self.low(m.end) == "off"
            && self.is_word(m.end)
            && (m
                .unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Percent | UnitKind::Currency(_)))
                || (m.unit.is_some()
                    && m.first > 0
                    && words::CUT_OFF_VERBS.contains(self.low(m.first - 1)))
                || (m.unit.is_some() && self.taken_off_a_mark(m)))
        {
            m.change = Some(false);
        }
        Ok(())
    }

    /// The noun "raise" names a rise in pay only for a share or a rate ("a 9% raise", "a
    /// pay raise of 61%, or $4 per hour"): after a sum of money it is money raised ("closed
    /// a $5 million raise"), after a count no change. "boost", "bump", "surge" name one
    /// only for a share (`share_only_change_noun`, decision 599).
    fn raise_not_of_pay(&self, k: usize, m: &Draft) -> bool {
        let raise_not_pay = matches!(self.low(k), "raise" | "raises")
            && !m
                .unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Percent | UnitKind::Rate));
        raise_not_pay || self.share_only_change_noun(k, m)
    }

    /// "a 6.5 percent property tax increase": a change noun after a short phrase.
    pub(super) fn change_noun_after_phrase(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "a 6.5 percent property tax increase": the change noun after a short noun phrase
        // that the amount modifies.
        if m.change.is_none()
            && m.unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Percent | UnitKind::Currency(_)))
        {
            let (mut k, mut seen) = (m.end, 0);
            while seen < 3
                && self.change_phrase_word(k)
                && words::change_after(self.low(k)).is_none()
            {
                k += 1;
                seen += 1;
                // "the 3.7% average first-year increase": a hyphenated modifier is one
                // word of the phrase (decision 280).
                while self.is_sym(k, '-') && self.attached(k) && self.attached(k + 1) {
                    k += 2;
                }
            }
            if k > m.end
                && self.is_word(k)
                && words::CHANGE_NOUNS_AFTER_PHRASE.contains(self.low(k))
                && !self.raise_not_of_pay(k, m)
            {
                m.change = words::change_after(self.low(k));
            }
        }
        Ok(())
    }

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

    /// "growth of 3.5%", "a drop of £122", "an increase in hourly earnings of 2.7
    /// percent": a change noun (and what changed, after "in") then "of" before the amount.
    pub(super) fn change_noun_of(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "sales growth of 3.5% to 4%", "rent rises of between 5 and 7.7pc", "a drop of
        // £122": a change noun and "of" before the amount.
        if m.change.is_none()
            && m.first >= 2
            && self.low(m.first - 1) == "of"
            && !self.raise_not_of_pay(m.first - 2, m)
        {
            let direct = words::change_noun_of(self.low(m.first - 2));
            // "a 2.5 per cent drop in the number of 18 year olds": what "the number of"
            // counts is no size of the change (decision 537).
            let counted = matches!(self.low(m.first - 2), "number" | "numbers");
            m.change = direct.or_else(|| {
                (!counted)
                    .then(|| self.change_noun_in(m.first - 2))
                    .flatten()
            });
            if m.change.is_some() {
                m.change_from_verb = true;
                // "an increase of 1,800 offences": the noun names the amount as the
                // size of the change, as "by" does, so a count keeps it.
                m.change_by |= direct.is_some() && self.article_before(m.first - 2);
            }
        }
        Ok(())
    }

    /// "the median wage increase was 18.3%", "wage increases totaling 12.6%", "the increase
    /// in wages for … over that period was $325 billion": a change noun heading the
    /// subject of a linking word right before the amount names the amount as the size of
    /// the change (decision 213). The noun stands right before the linking word, or opens
    /// a phrase of what changed ("in", "for" … at most 20 tokens, brackets skipped, no
    /// number, stop or clause word) after a determiner not itself after a preposition
    /// ("the increase in …", not "a report on the increase in rents was 40 pages").
    pub(super) fn change_noun_subject(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_some()
            || m.first < 2
            || !self.is_word(m.first - 1)
            || !words::CHANGE_SUBJECT_LINKS.contains(self.low(m.first - 1))
        {
            return Ok(());
        }
        let link = m.first - 1;
        if let Some(up) = words::change_noun_of(self.low(link - 1)) {
            m.change = Some(up);
            m.change_from_verb = true;
            return Ok(());
        }
        let mut k = link;
        let mut depth = 0usize;
        while k > 1 && k + 20 > link {
            k -= 1;
            if self.is_sym(k, ')') {
                depth += 1;
            } else if self.is_sym(k, '(') {
                depth = depth.saturating_sub(1);
            } else if depth > 0 || (self.is_sym(k, '-') && self.attached(k)) {
            } else if !self.is_word(k) || words::CHANGE_SUBJECT_BREAKS.contains(self.low(k)) {
                return Ok(());
            } else if let Some(up) = words::change_noun_of(self.low(k - 1))
                && words::CHANGE_SUBJECT_PREPS.contains(self.low(k))
                && let Some(det) = self.subject_determiner(k - 1)
                && (det == 0 || !words::CHANGE_SUBJECT_OBJECTS.contains(self.low(det - 1)))
            {
                m.change = Some(up);
                m.change_from_verb = true;
                return Ok(());
            }
        }
        Ok(())
    }

    /// The determiner opening the subject whose head is the change noun at `noun`: right
    /// before it ("the increase in …"), or before at most two words of
    /// `change_subject_modifiers` ("the average annual increase in …", decision 280).
    fn subject_determiner(&self, noun: usize) -> Option<usize> {
        let mut k = noun;
        while k > 0 && k + 3 > noun {
            k -= 1;
            if words::MODIFIER_DETERMINERS.contains(self.low(k)) {
                return Some(k);
            }
            if !words::CHANGE_SUBJECT_MODIFIERS.contains(self.low(k)) {
                return None;
            }
        }
        None
    }

    /// "grew at an annualized 2%", "shrank at a 2.9 percent pace", "is forecast to grow at
    /// a 2.3 percent annual rate", "declined at a CAGR of 2.0%": a share that is the rate
    /// at which a verb of change goes is the change (decision 185). The verb stands right
    /// before "at a"/"at an"; between the article and the share at most one word ("an
    /// annualized 2%"), or a rate noun of `change_rate_nouns` and "of" after at most one
    /// word ("at an annual rate of 3%"). "bought at a 25% premium" has no verb of change.
    pub(super) fn change_at_rate(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let share = m
            .unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Percent);
        if m.change.is_some() || !share || m.first < 3 {
            return Ok(());
        }
        let mut k = m.first;
        // "a rate of", "a CAGR of", "an annual pace of".
        if self.low(k - 1) == "of" && words::CHANGE_RATE_NOUNS.contains(self.low(k - 2)) {
            k -= 2;
        }
        let article = |j: usize| matches!(self.low(j), "a" | "an");
        if !article(k - 1) {
            if k >= 4 && self.is_word(k - 1) && article(k - 2) {
                k -= 1;
            } else {
                return Ok(());
            }
        }
        // `k - 1` is the article; "at" and the verb before it.
        if k < 3 || self.low(k - 2) != "at" || !self.is_word(k - 3) {
            return Ok(());
        }
        let verb = self.low(k - 3);
        if let Some(c) = words::change_word(verb).filter(|_| !matches!(verb, "up" | "down")) {
            m.change = Some(c);
            m.change_from_verb = true;
        }
        Ok(())
    }

    /// "Anglo American off 2.7pc", "Brent crude is off by about 17.50%", "the Dow was off
    /// 120 points": "off" (and "by") before a share, points or money, after a name or a
    /// word of `off_is_fall_after` ("is", "was", "closed"), is a fall, as "down" is
    /// (decision 187). "laid off 45 staff", "lay off 24% of its workforce", "$101 off"
    /// have no such word before "off".
    pub(super) fn off_is_fall(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_some() || m.first < 2 {
            return Ok(());
        }
        let mut j = m.first - 1;
        if self.low(j) == "by" {
            j -= 1;
        }
        let fits = m.unit.as_ref().is_some_and(|u| {
            matches!(u.class, UnitKind::Percent | UnitKind::Currency(_))
                || matches!(
                    u.name.as_str(),
                    "point" | "percentage point" | "basis point"
                )
        });
        if !fits || j == 0 || self.low(j) != "off" || !self.is_word(j - 1) {
            return Ok(());
        }
        let name = j >= 2 && self.capitalised(j - 1);
        if name || words::OFF_IS_FALL_AFTER.contains(self.low(j - 1)) {
            m.change = Some(false);
            m.change_from_verb = true;
        }
        Ok(())
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

    /// The change noun before "in" and a short phrase of words ending at `last`: "an
    /// increase in over-the-year hourly earnings" (at most eight tokens, no number or
    /// punctuation but hyphens).
    fn change_noun_in(&self, last: usize) -> Option<bool> {
        let mut k = last;
        while k + 8 > last && k >= 1 {
            if self.low(k) == "in" {
                return (k < last).then(|| words::change_noun_of(self.low(k - 1)))?;
            }
            let hyphen = self.is_sym(k, '-') && self.attached(k);
            if !(self.is_word(k) || hyphen) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// "the rate moved down to 3.6%", "can dip down to minus 130 degrees": the level
    /// reached by a verb of falling or motion with "down to" is reported as a fall ("ticked
    /// up to 3.9%" and "fell to 3.9%" stay levels, as NewsQuant's annotators mark them).
    pub(super) fn level_down_to(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_none()
            && m.qual.is_none()
            && !m.range
            && m.first >= 3
            && self.low(m.first - 1) == "to"
            && self.low(m.first - 2) == "down"
            && self.is_word(m.first - 3)
        {
            let verb = self.low(m.first - 3);
            if words::motion_verb(verb) || words::change_word(verb) == Some(false) {
                m.change = Some(false);
                m.change_from_verb = true;
            }
        }
        Ok(())
    }

    /// "solana -1.3%": a signed share or point is a fall.
    pub(super) fn signed_share(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "solana -1.3%", "margin 18.1% (-40bps)": a signed share or point is a fall.
        if m.change.is_none()
            && a.value < 0.0
            && !m.range
            && m.first + 1 == a.num
            && self.is_sym(m.first, '-')
            && m.unit.as_ref().is_some_and(|u| {
                u.class == UnitKind::Percent
                    || matches!(
                        u.name.as_str(),
                        "point" | "percentage point" | "basis point"
                    )
            })
        {
            m.change = Some(false);
        }
        Ok(())
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

    /// "lost 3 games" is a count; "climbed by 2.3 million" is a change.
    pub(super) fn count_is_not_change(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // A verb's change does not turn a count of things into a change
        // ("gave up 517 rushing yards" is read as yards, "lost 3 games" is a count).
        // A change said with "by" is one even for counts ("subscribers climbed by 2.3
        // million", "ocean heat rose by c.16 zettajoules").
        // A factor keeps the verb's change: "jumped 15- to 20-fold" (decision 634).
        if m.change_from_verb
            && !a.plus
            && !m.change_by
            && !m.multiplier
            && !self.stock_change(m)
            && m.unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Count { .. } | UnitKind::Time))
        {
            m.change = None;
        }
        Ok(())
    }

    /// "The economy added 164,000 jobs", "Netflix added 8.8 million subscribers", "it lost
    /// 71 seats": a past verb of gain or loss (`stock_verbs`) right before a count of the
    /// members of a stock (`stock_nouns`: jobs, subscribers, seats) reports how the stock
    /// changed, a rise or a fall (decision 211). Other counts stay counts ("lost 17
    /// consecutive Test matches", "added 5 assists"), and so do other forms of the verb
    /// ("would need to add ten users", dev `=`).
    fn stock_change(&self, m: &Draft) -> bool {
        let Some(UnitKind::Count { head }) = m.unit.as_ref().map(|u| &u.class) else {
            return false;
        };
        let noun = head.rsplit(' ').next().unwrap_or_default();
        m.first > 0
            && words::STOCK_NOUNS.contains(noun)
            && words::STOCK_VERBS.contains(self.low(self.verb_index(m.first)))
    }

    /// "gained 19% of the national vote", "won 52 percent of the ballots": a share of a
    /// vote that a verb of gain reports is a result, not a rise.
    pub(super) fn vote_share_is_not_change(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change_from_verb
            && m.unit
                .as_ref()
                .is_some_and(|u| u.class == UnitKind::Percent)
            && self.low(m.end) == "of"
            && (m.end + 1..m.end + 4).any(|k| words::VOTE_NOUNS.contains(self.low(k)))
        {
            m.change = None;
        }
        Ok(())
    }

    /// "lost $1.1bn" is a loss, not a fall.
    pub(super) fn money_loss(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "lost $1.1bn" is a loss, "lost 2%" a fall.
        if m.change == Some(false)
            && m.change_from_verb
            && m.unit.as_ref().is_some_and(|u| {
                matches!(u.class, UnitKind::Currency(_))
                    && !matches!(u.name.as_str(), "sen" | "cent" | "penny" | "paisa")
            })
            && m.first > 0
            && matches!(
                self.low(self.verb_index(m.first)),
                "lose" | "loses" | "lost" | "losing"
            )
        {
            m.change = None;
        }
        Ok(())
    }

    /// "gave up 517 yards" is no change; "up 1.3 mph from a year ago" is.
    pub(super) fn adverb_before_measure(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "up 5%", "down 68 p", but not "gave up 517 yards"; a measure only as a clause of
        // its own: "averaged 97.8 mph, up 1.3 mph from a year ago".
        let adverb_clause = m.first >= 2
            && matches!(self.low(m.first - 1), "up" | "down")
            && (self.is_sym(m.first - 2, ',') || matches!(self.low(m.end), "from" | "on"));
        if m.adverb
            && !adverb_clause
            && !a.plus
            && m.unit.as_ref().is_some_and(|u| {
                u.class == UnitKind::Measure
                    && !matches!(
                        u.name.as_str(),
                        "point" | "basis point" | "percentage point"
                    )
            })
        {
            m.change = None;
        }
        Ok(())
    }

    /// A count has a change only from a verb or a sign (a factor also from its change
    /// noun, "a 3-fold rise", decision 634).
    pub(super) fn count_without_verb(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if !m.change_from_verb
            && !a.plus
            && !m.multiplier
            && m.change.is_some()
            && m.unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }))
        {
            m.change = None;
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

    /// Whether `k` is a year ("in 2017", "2003-04") or a hyphen inside a word.
    pub(super) fn year_or_hyphen(&self, k: usize) -> bool {
        let year = num_value(self.raw(k)).is_some_and(|y| (1500.0..=2199.0).contains(&y));
        let after_hyphen = k > 0 && self.is_sym(k - 1, '-') && self.attached(k);
        (self.is_sym(k, '-') && self.attached(k)) || (self.is_num(k) && (year || after_hyphen))
    }

    /// Whether "a" or "an" stands right before `k` ("an increase", "a drop").
    pub(super) fn article_before(&self, k: usize) -> bool {
        k > 0 && matches!(self.low(k - 1), "a" | "an")
    }
}
