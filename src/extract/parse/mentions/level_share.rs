//! A share after "or" right after a level, restating the change the level was reached by
//! (issue 17): "up $55.7 million to $177.9 million or 45.6 percent" (a changed sum before
//! the level; branch exqual62, decision 1126), "rose to $24 from $21, or 14.3 percent"
//! (the change stated only by its verb and the levels; branch exchange62, decision 1135).
//! The share is the size of the change, and the readable golds give it the change (real
//! em, real as); the level keeps dev's `=` (decisions 346, 929). One rule since decision
//! 1152.

use super::*;

/// How far back from the level a verb or particle of change may stand.
const LEVEL_SCAN: usize = 12;

impl SentenceReader<'_> {
    /// Rule `share_restates_level_change` (decisions 1126, 1135, 1152): a percentage with
    /// no change of its own right after ", or" or "or", after a level (a mention with no
    /// change), takes the change that level was reached by, as "up £3,000 or 0.8 per cent"
    /// does before the level: the change of the verb or particle whose "to" or "from"
    /// phrase the level ends (`verb_restated`), else of the changed mention in another
    /// unit right before the level's "to" (`sum_restated`). A share after a level with no
    /// change before it ("reached $3 billion, or 12 percent of the total") or after a
    /// change that was itself a share ("rose 8% to $2.1 billion, or 14% of group sales")
    /// is a level.
    pub(super) fn share_restates_level_change(&self, found: &mut Found, mem: &Memory) {
        let share = found.unit.as_ref().filter(|u| u.class == UnitKind::Percent);
        let (Some(share), None, false, Some((pend, _, None, _))) =
            (share, found.change, found.range, mem.prev)
        else {
            return;
        };
        let or = if self.is_sym(pend, ',') {
            pend + 1
        } else {
            pend
        };
        if self.low(or) != "or" {
            return;
        }
        let change = self
            .verb_restated(or, pend, found, mem)
            .or_else(|| self.sum_restated(or, pend, &share.name, found, mem));
        if change.is_some() {
            found.change = change;
        }
    }

    /// "rose to $24 from $21, or 14.3 percent" (decision 1135): the share right after
    /// `or` (a qualifier word may come between), closing its phrase (a mark or the end
    /// follows: "or 4 percent of the workforce", "or 20 percent more than forecast" are
    /// shares and comparisons of their own), after a level that is no percentage and ends
    /// a "to" or "from" phrase of a verb or particle of change with no changed mention
    /// after it: that verb's change. With a changed mention after the verb ("up $55.7
    /// million to $177.9 million or 45.6 percent") the share is `sum_restated`'s, and
    /// after a change stated as a share ("rose 8% to $2.1 billion, or 14%") a second share
    /// is no restatement of it.
    fn verb_restated(&self, or: usize, pend: usize, found: &Found, mem: &Memory) -> Option<bool> {
        let Some((_, Some(level_unit))) = &mem.last_unit else {
            return None;
        };
        let qualified = found.qual.is_some() && found.first == or + 2 && self.is_word(or + 1);
        if level_unit.class == UnitKind::Percent
            || !(found.first == or + 1 || qualified)
            || (found.end < self.n() && self.is_word(found.end))
        {
            return None;
        }
        let (verb, c) = self.change_of_level(pend)?;
        mem.last_changed
            .as_ref()
            .is_none_or(|(cend, _, _)| *cend <= verb)
            .then_some(c)
    }

    /// "up $55.7 million to $177.9 million or 45.6 percent", "fell 30 cents to $4.20, or
    /// 6.7 percent" (decision 1126): the share right after `or`, after a level that is
    /// the mention right after the "to" that follows the last changed mention, with no
    /// comma, semicolon or bracket inside the level: that mention's change, unless it was
    /// stated in the share's unit.
    fn sum_restated(
        &self,
        or: usize,
        pend: usize,
        share: &str,
        found: &Found,
        mem: &Memory,
    ) -> Option<bool> {
        let (cend, c, cunit) = mem.last_changed.as_ref()?;
        let clause_mark = |k: usize| matches!(self.kind(k), Some(Kind::Sym(',' | ';' | '(')));
        let level_after_change =
            *cend + 1 < pend && self.low(*cend) == "to" && !(cend + 1..pend).any(clause_mark);
        (found.first == or + 1 && cunit.as_deref() != Some(share) && level_after_change)
            .then_some(*c)
    }

    /// The place and change of the verb or particle whose "to" or "from" phrase ends at
    /// `pend`: the nearest word of change within `LEVEL_SCAN` tokens before it, with "to"
    /// or "from" between them and no other end of a clause (";", ".", a word of
    /// `words/change_item_breaks.txt`, which holds "to" and "from" too).
    fn change_of_level(&self, pend: usize) -> Option<(usize, bool)> {
        let mut level = false;
        for k in (pend.saturating_sub(LEVEL_SCAN)..pend).rev() {
            let w = self.low(k);
            if matches!(w, "to" | "from") {
                level = true;
                continue;
            }
            if let Some(c) = words::change_word(w) {
                return level.then_some((k, c));
            }
            let clause_end = self.is_word(k) && words::CHANGE_ITEM_BREAKS.contains(w);
            if clause_end || self.is_sym(k, ';') || self.is_sym(k, '.') && !self.attached(k) {
                return None;
            }
        }
        None
    }
}
