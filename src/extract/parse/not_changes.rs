//! Rules that drop a change once the unit is known: a count a verb gained or lost (but
//! for a stock: jobs, subscribers), a share of a vote won, money lost, an adverb before
//! a measure, a count whose change comes from no verb or sign, a distance a front moved,
//! the extent of a body's fall.

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "lost 3 games" is a count; "climbed by 2.3 million" and ", up 800,000 birds from a
    /// year ago" (decision 1267) are changes.
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
            && !self.rank_move(m)
            && !self.adverb_clause(m, true)
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

    /// "lost $1.1bn" is a loss, not a fall; "US crude lost $1.15, or 1.4%" is a price
    /// that fell: a sum restated as a percentage after "or" is a move (decision 1133).
    pub(super) fn money_loss(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "lost $1.1bn" is a loss, "lost 2%" a fall.
        if m.change == Some(false)
            && m.change_from_verb
            && !self.restated_as_percent(m.end)
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

    /// Whether ", or 1.4%" (the comma optional) follows the amount ending at `end`.
    fn restated_as_percent(&self, end: usize) -> bool {
        let k = end + usize::from(self.is_sym(end, ','));
        self.low(k) == "or"
            && self.is_num(k + 1)
            && self
                .unit_at(k + 2)
                .is_some_and(|(u, _)| u.dimension == "percent")
    }

    /// "gave up 517 yards" is no change; "up 1.3 mph from a year ago" is.
    pub(super) fn adverb_before_measure(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "up 5%", "down 68 p", but not "gave up 517 yards"; a measure only as a clause of
        // its own: "averaged 97.8 mph, up 1.3 mph from a year ago".
        if m.adverb
            && !self.adverb_clause(m, false)
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

    /// "up" or "down" right before the amount as a clause of its own: after a comma or
    /// before "from"/"on" ("averaged 97.8 mph, up 1.3 mph", "up 3 ppm on a year earlier"),
    /// or, with `both`, after a comma and before "from"/"on" ("rose to 331.4 million, up
    /// 800,000 birds from a year ago", decision 1267), which "racked up 2.4 billion
    /// streams on Spotify" is not.
    fn adverb_clause(&self, m: &Draft, both: bool) -> bool {
        if m.first < 2 || !matches!(self.low(m.first - 1), "up" | "down") {
            return false;
        }
        let comma = self.is_sym(m.first - 2, ',');
        let compared = matches!(self.low(m.end), "from" | "on");
        if both {
            comma && compared
        } else {
            comma || compared
        }
    }

    /// "Israeli troops advanced about 3km", "the glacier has retreated nearly 2
    /// kilometres": a verb of `words/march_verbs.txt` right before a length gives the
    /// distance a front or an edge moved, not a rise or fall (decision 1205); "shares
    /// advanced 2%" stays a change. A body's fall is `fall_is_extent`'s.
    pub(super) fn march_is_not_change(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change_from_verb
            && m.first > 0
            && words::MARCH_VERBS.contains(self.low(self.verb_index(m.first)))
            && unit_dimension(m) == Some("length")
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
            && !self.adverb_clause(m, true)
            && m.change.is_some()
            && m.unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }))
        {
            m.change = None;
        }
        Ok(())
    }

    /// "He fell 130 feet", "dropped 8 metres to the ground", "a 5,000-foot fall", "falling
    /// about 120 mph": a length or speed governed by a verb or noun of a body's fall, jump,
    /// climb or dive (`body_fall_words`) is the motion's extent, not a change, unless its
    /// clause names a level before it (`measured_levels`: "Sea levels fell 120 metres",
    /// "Wind speeds dropped 20 mph" stay falls). Decision 1223.
    pub(super) fn fall_is_extent(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_none() || m.first == 0 {
            return Ok(());
        }
        let mut k = self.verb_index(m.first);
        if self.low(k) == "of" && k > 0 {
            k -= 1;
        }
        let governed = words::BODY_FALL_WORDS.contains(self.low(k))
            || words::BODY_FALL_WORDS.contains(self.low(m.end));
        if governed
            && matches!(unit_dimension(m), Some("length" | "speed"))
            && !self.level_named_before(m.first)
        {
            m.change = None;
        }
        Ok(())
    }

    /// Whether a level (`measured_levels`) is named in the clause before `at`, read back to
    /// a word opening another clause ("a speed of 250 km/h after a fall of 2,000 metres").
    fn level_named_before(&self, at: usize) -> bool {
        (0..at)
            .rev()
            .map(|i| self.low(i))
            .take_while(|w| !words::SUBJECT_CLAUSE_BREAKS.contains(w))
            .any(|w| words::MEASURED_LEVELS.contains(w))
    }
}

/// The dimension of the mention's unit in the registry ("length", "speed"), if it has one.
fn unit_dimension(m: &Draft) -> Option<&'static str> {
    m.unit
        .as_ref()
        .and_then(|u| crate::extract::subject::dimension_named(&u.name))
}
