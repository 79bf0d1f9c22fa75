//! Rules on the change once the unit is known: a change named after the amount, change
//! nouns and comparatives, discounts, a change at a rate, "off" and "down to" as falls, a
//! signed share. Changes dropped live in `not_changes.rs`, qualifiers in `bound_rules.rs`.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "34.4% higher", "a 5% rise": a change named after the amount.
    pub(super) fn change_after_amount(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // A change named after the amount: "34.4% higher", "a 5% rise" (after a factor
        // only a change noun: "a 3-fold rise", not "a 1.3-fold higher risk"; decision 634).
        if m.change.is_none()
            && (!m.multiplier || words::change_noun_of(self.low(m.end)).is_some())
            && self.is_word(m.end)
            && let Some(c) = self.change_word_after(m)
            && !self.raise_not_of_pay(m.end, m)
            && !(self.low(m.end) == "up" && self.low(m.end + 1) == "to")
            // "$233 million up 85%": the word is the next figure's change (decision 644).
            && !self.direction_before_figure(m.end)
            // "300 feet down from the top": a position, not a fall.
            && !self.position_from_place(m)
            // "a 45-cent loss", "a $2bn loss": an amount lost, not a fall.
            && !self.loss_made(m.end, a, m)
            // "5.9 percent higher than", "63% higher in women than in men": a comparison.
            && !self.comparison_follows(m.end)
            && !self.attributive_comparison(m)
            && !self.period_compound(m)
            && !self.offered_discount(m)
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
            && !self.offered_discount(m)
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

    /// "a $2bn loss", "a £1m annual loss", "a staggering £88.7million collective loss": the
    /// noun "loss" at `k` after a sum of money names a loss made (a result, as dev's "a
    /// first-quarter loss of 63 cents per share" is `=`), not a fall of the sum (decision
    /// 821). After a share it stays a fall ("a 6pc loss in 2022").
    fn loss_made(&self, k: usize, a: &Amt, m: &Draft) -> bool {
        self.low(k) == "loss"
            && (a.cur.is_some()
                || m.unit
                    .as_ref()
                    .is_some_and(|u| matches!(u.class, UnitKind::Currency(_))))
    }

    /// Rule `attributive_comparison` (decision 1081): "a 36% lower risk of", "a 6% higher
    /// rate of", "a 50% to 70% lower risk": a comparative of `change_comparatives` between
    /// "a"/"an" with the figure and the noun it describes sets the noun against another, a
    /// comparison (decision 212), not a change; "closed 3% lower" has no article and stays a
    /// fall.
    fn attributive_comparison(&self, m: &Draft) -> bool {
        m.first > 0
            && matches!(self.low(m.first - 1), "a" | "an")
            && words::CHANGE_COMPARATIVES.contains(self.low(m.end))
            && self.is_word(m.end + 1)
    }

    /// Rule `period_compound` (decision 1082): "the one-year gain for gold", "their biggest
    /// one-day drop": a duration joined to its figure by a hyphen before a change noun is
    /// the period the change is measured over, not the change.
    fn period_compound(&self, m: &Draft) -> bool {
        m.unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Time))
            && m.end >= 2
            && self.is_sym(m.end - 2, '-')
            && self.attached(m.end - 2)
            && self.attached(m.end - 1)
    }

    /// "12% higher than", "63% higher in women than in men", "21% lower year to date
    /// versus 2008", "9% lower in the first half compared with a year earlier": a word
    /// right before "than", or a comparative of `change_comparatives` at `k` that sets the
    /// figure against another ("than", a word of `compared_links`) with at most six words between,
    /// in the same clause (no punctuation but a joining hyphen, no word of
    /// `comparison_breaks`), makes a difference, not a change (decisions 212, 346, 822).
    fn comparison_follows(&self, k: usize) -> bool {
        if self.low(k + 1) == "than" {
            return true;
        }
        // A change noun stays a change: "a 6% increase compared to 2018".
        if !words::CHANGE_COMPARATIVES.contains(self.low(k)) {
            return false;
        }
        let mut j = k + 1;
        let mut seen = 0;
        while seen <= 6 && j < self.n() {
            let w = self.low(j);
            // "with more than 3 million traded": a bound of its own, not the comparison.
            if w == "than" && seen > 0 && words::THAN_BOUND_WORDS.contains(self.low(j - 1)) {
                return false;
            }
            if self.is_word(j)
                && (w == "than"
                    || words::COMPARED_LINKS.contains(w)
                    || words::COMPARED_LINKS.contains(&format!("{w} {}", self.low(j + 1))))
            {
                return true;
            }
            if self.is_sym(j, '-') && self.attached(j) && self.attached(j + 1) {
                j += 1;
                continue;
            }
            if !(self.is_word(j) || self.is_num(j)) || words::COMPARISON_BREAKS.contains(w) {
                return false;
            }
            j += 1;
            seen += 1;
        }
        false
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
    pub(super) fn change_noun_after_phrase(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
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
                // "a £1m annual loss", "a $1.3 billion quarterly loss": a loss made.
                && !self.loss_made(k, a, m)
            {
                m.change = words::change_after(self.low(k));
            }
        }
        Ok(())
    }

    /// "growth of 3.5%", "a drop of £122", "an increase in hourly earnings of 2.7
    /// percent": a change noun (and what changed, after "in") then "of" before the amount.
    pub(super) fn change_noun_of(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "sales growth of 3.5% to 4%", "rent rises of between 5 and 7.7pc", "a drop of
        // £122": a change noun and "of" before the amount.
        let of = self.of_before_share(m);
        if m.change.is_none()
            && of >= 1
            && self.low(of) == "of"
            && !self.raise_not_of_pay(of - 1, m)
        {
            let direct = words::change_noun_of(self.low(of - 1));
            // "a 2.5 per cent drop in the number of 18 year olds": what "the number of"
            // counts is no size of the change (decision 537).
            let counted = matches!(self.low(of - 1), "number" | "numbers");
            let share = m.unit.as_ref().is_some_and(|u| {
                u.class == UnitKind::Percent
                    || matches!(u.name.as_str(), "point" | "percentage point")
            });
            m.change = direct.or_else(|| {
                (!counted)
                    .then(|| self.change_noun_in(of - 1, share))
                    .flatten()
            });
            if m.change.is_some() {
                m.change_from_verb = true;
                // "an increase of 1,800 offences", "a net gain of 9 seats": the noun names
                // the amount as the size of the change, as "by" does, so a count keeps it
                // (rule `change_noun_of`, decision 1154: one word may stand between).
                m.change_by |= direct.is_some() && self.indefinite_noun(of - 1);
            }
        }
        Ok(())
    }

    /// The token that may be the "of" after a change noun: right before the amount, or
    /// before "only"/"just" when the amount is a share, a sum or a rate ("a decline of only
    /// 2 percent", decision 979; "a tiny increase of just 8p", decision 1270). "a loss of
    /// just five colonies" counts what was lost (`=`), so a count is not reached over it.
    fn of_before_share(&self, m: &Draft) -> usize {
        let share = m.unit.as_ref().is_some_and(|u| {
            matches!(
                u.class,
                UnitKind::Percent | UnitKind::Currency(_) | UnitKind::Rate
            )
        });
        if share && m.first >= 3 && matches!(self.low(m.first - 1), "only" | "just") {
            m.first - 2
        } else {
            m.first.saturating_sub(1)
        }
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
        // A share, or a share a period ("at an average of 6.3% a year", decision 1128).
        let share = m.unit.as_ref().is_some_and(|u| {
            u.class == UnitKind::Percent
                || (u.class == UnitKind::Rate && u.name.starts_with("percentage per "))
        });
        if m.change.is_some() || !share || m.first < 3 {
            return Ok(());
        }
        let mut k = m.first;
        // "a rate of", "a CAGR of", "an annual pace of".
        if self.low(k - 1) == "of" && words::CHANGE_RATE_NOUNS.contains(self.low(k - 2)) {
            k -= 2;
            // "an expected growth rate of 14.7%": the noun before names the change.
            if let Some(c) = self.rate_change_head(k) {
                m.change = Some(c);
                m.change_from_verb = true;
                return Ok(());
            }
            match self.rate_article(k) {
                Some(art) => k = art + 1,
                None => return Ok(()),
            }
        } else if !self.article_before(k) {
            // "at an annualized 2%": one word between the article and the share.
            if k >= 4 && self.is_word(k - 1) && self.article_before(k - 1) {
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

    /// The noun of `rate_change_heads` right before the rate noun at `noun` ("an expected
    /// growth rate of 14.7%"): the change the rate measures (decision 823).
    fn rate_change_head(&self, noun: usize) -> Option<bool> {
        let w = self.low(noun.checked_sub(1)?);
        words::RATE_CHANGE_HEADS
            .contains(w)
            .then(|| words::change_noun_of(w))
            .flatten()
    }

    /// The article ("a", "an", "the") before the rate noun at `noun`, over at most three
    /// modifiers, a hyphened one counted once: "at an annual rate of", "at an even faster
    /// rate of", "at an above-inflation rate of", "at the sharpest rate of" (decision 823),
    /// "at a seasonally adjusted annual rate of" (decision 978).
    fn rate_article(&self, noun: usize) -> Option<usize> {
        let mut k = noun;
        for _ in 0..4 {
            let j = k.checked_sub(1)?;
            if matches!(self.low(j), "a" | "an" | "the") {
                return Some(j);
            }
            if !self.is_word(j) {
                return None;
            }
            k = j;
            while k >= 2 && self.is_sym(k - 1, '-') && self.attached(k - 1) && self.attached(k) {
                k -= 2;
            }
        }
        None
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

    /// The change noun before "in" and a short phrase of words ending at `last`: "an
    /// increase in over-the-year hourly earnings" (at most eight tokens, no number or
    /// punctuation but hyphens). Before a share (`share`), "of" joins the phrase too: "a
    /// decrease of fertiliser usage of 20%, 40% and 37%" (decision 1001); a count after
    /// such a phrase names a group ("the growth of a city of 2 million"), not the change.
    fn change_noun_in(&self, last: usize, share: bool) -> Option<bool> {
        let mut k = last;
        while k + 8 > last && k >= 1 {
            if self.low(k) == "in" {
                return (k < last).then(|| words::change_noun_of(self.low(k - 1)))?;
            }
            // "an increase in the share of renters": an "of" after another noun is passed.
            if share
                && k < last
                && self.low(k) == "of"
                && let Some(c) = words::change_noun_of(self.low(k - 1))
            {
                return Some(c);
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
        // "solana -1.3%", "margin 18.1% (-40bps)", "Italy (−36%)": a signed share or point
        // is a fall, with either minus sign.
        if m.change.is_none()
            && a.value < 0.0
            && !m.range
            && m.first + 1 == a.num
            && self.is_minus(m.first)
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

    /// Whether "a" or "an" stands right before `k` ("an increase", "a drop").
    pub(super) fn article_before(&self, k: usize) -> bool {
        k > 0 && matches!(self.low(k - 1), "a" | "an")
    }

    /// Whether the noun at `k` is indefinite: "a"/"an" right before it or before one word
    /// before it ("a net gain", "an overall loss", "a sharp increase"; decisions 535, 1154).
    /// The word may be a compound joined by hyphens ("a year-on-year fall", decision 1269).
    pub(super) fn indefinite_noun(&self, k: usize) -> bool {
        let mut j = k.saturating_sub(1);
        while j >= 2 && self.is_sym(j - 1, '-') && self.attached(j) && self.attached(j - 1) {
            j -= 2;
        }
        self.article_before(k) || (k >= 2 && self.is_word(j) && self.article_before(j))
    }
}
