//! Comparison words that state no bound, and a bound set off by commas (issue 17, branch
//! expeer17): "served under 3 prime ministers", "lives above 2 shops", "the film is about
//! 3 brothers", "the cost was, at most, $3 million"; "over" sharing a count out among
//! the floors of a building ("160 bedrooms over eight floors", decision 1374).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "He served under 3 prime ministers", "she lives above 2 shops": "under", "over",
    /// "above", "below" or "beneath" right after a verb of serving (`words/rank_verbs.txt`)
    /// before counted persons, or after a verb of dwelling (`words/place_verbs.txt`)
    /// before counted things that are not persons or periods, is a preposition of rank or
    /// place, not a bound: the count is exact. "worked under 40 hours" (a measure) and
    /// "played under 20 games" (no verb of serving with persons) stay bounds.
    pub(super) fn rank_or_place_preposition(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || m.first == 0
            || m.first + 1 != a.first
            || !matches!(m.qual, Some(QualCode::Gt | QualCode::Lt))
            || !matches!(
                self.low(m.first),
                "under" | "over" | "above" | "below" | "beneath"
            )
        {
            return Ok(());
        }
        let Some(UnitKind::Count { head }) = m.unit.as_ref().map(|u| &u.class) else {
            return Ok(());
        };
        let last = head.rsplit(' ').next().unwrap_or(head);
        let verb = self.low(m.first - 1);
        let person = words::person_noun(last);
        let rank = person && words::RANK_VERBS.contains(verb);
        let place = !person
            && !words::PERIOD_NOUNS.contains(head.as_str())
            && words::PLACE_VERBS.contains(verb);
        if rank || place {
            m.qual = None;
            m.first += 1;
        }
        Ok(())
    }

    /// "The film is about 3 brothers", "a novel about 2 sisters": "about" after a noun of
    /// a told story (`words/story_nouns.txt`), directly or across "is"/"was"/"are"/"were",
    /// before counted persons names the story's subject; the count is exact. "The film is
    /// about 3 hours long" (a measure) stays approximate.
    pub(super) fn topic_about(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || m.qual != Some(QualCode::Approx)
            || m.first == 0
            || m.first + 1 != a.first
            || self.low(m.first) != "about"
        {
            return Ok(());
        }
        let Some(UnitKind::Count { head }) = m.unit.as_ref().map(|u| &u.class) else {
            return Ok(());
        };
        if !words::person_noun(head.rsplit(' ').next().unwrap_or(head)) {
            return Ok(());
        }
        let before = m.first - 1;
        let story = |k: usize| words::STORY_NOUNS.contains(self.low(k));
        let topic = (self.is_word(before) && story(before))
            || (matches!(self.low(before), "is" | "was" | "are" | "were")
                && self.words_back(before, 3).any(story));
        if topic {
            m.qual = None;
            m.first += 1;
        }
        Ok(())
    }

    /// "The final cost was, at most, $3 million", "the loss could reach, at the very
    /// least, $1 billion": a qualifier phrase set off by commas right before the figure
    /// qualifies it as it would without the commas.
    pub(super) fn qualifier_between_commas(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.range || m.first != a.first || m.first < 3 {
            return Ok(());
        }
        let comma = m.first - 1;
        if !self.is_sym(comma, ',') {
            return Ok(());
        }
        if let Some((q, start)) = self.qualifier_before(comma)
            && start > 0
            && self.is_sym(start - 1, ',')
        {
            m.qual = Some(q);
            m.first = start;
        }
        Ok(())
    }

    /// Rule `over_across_levels` (decision 1374): "over" between a counted noun that
    /// closes a figure's phrase and a count of a building's levels
    /// (`words/level_nouns.txt`) shares the things counted out among the levels; it is
    /// no bound: "accommodated 100 vehicles over seven storeys" (real fq), "160 bedrooms
    /// over eight floors" → 7 `storey`, 8 `floor`. "a tower of over 40 storeys" stays one.
    pub(super) fn over_across_levels(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || m.qual != Some(QualCode::Gt)
            || m.first < 2
            || m.first + 1 != a.first
            || self.low(m.first) != "over"
        {
            return Ok(());
        }
        let Some(UnitKind::Count { head }) = m.unit.as_ref().map(|u| &u.class) else {
            return Ok(());
        };
        if !words::LEVEL_NOUNS.contains(head.as_str()) || !self.counted_phrase_ends_at(m.first) {
            return Ok(());
        }
        m.qual = None;
        m.first += 1;
        Ok(())
    }

    /// Whether a counted noun phrase right after a figure ends at token `k` ("100
    /// vehicles" before "over"), its start at most four tokens back.
    fn counted_phrase_ends_at(&self, k: usize) -> bool {
        (k.saturating_sub(4).max(1)..k).any(|s| {
            let figure = self.is_num(s - 1)
                || number::small_number_word(self.low(s - 1)).is_some()
                || number::scale_word(self.low(s - 1)).is_some();
            figure
                && self.is_word(s)
                && matches!(self.noun_phrase(s, false), Some((u, e))
                    if e == k && matches!(u.class, UnitKind::Count { .. }))
        })
    }
}
