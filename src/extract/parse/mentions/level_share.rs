//! A share after "or" that restates a change stated only by its verb and the levels
//! (issue 17, branch exchange62, decision 1135): "rose to $24 from $21, or 14.3 percent".
//! The level (or the figure it moved from) is no percentage, so the share after it is the
//! size of the change, and the readable golds give it the change (real as); the level keeps
//! dev's `=` (decisions 346, 929). With a changed sum before the level ("up $55.7 million to
//! $177.9 million or 45.6 percent") the share is decision 1126's (`change_level.rs`).

use super::*;

/// How far back from the level a verb or particle of change may stand.
const LEVEL_SCAN: usize = 12;

impl SentenceReader<'_> {
    /// Rule `share_after_changed_level`: a percentage right after ", or" or "or" (a
    /// qualifier word may come between), closing its phrase (a mark or the end follows:
    /// "or 4 percent of the workforce", "or 20 percent more than forecast" are shares and
    /// comparisons of their own), after a figure that is no percentage and ends a "to" or
    /// "from" phrase of a verb or particle of change with no changed mention after it,
    /// takes that change.
    pub(super) fn share_after_changed_level(&self, found: &mut Found, mem: &Memory) {
        let percent = |u: Option<&FoundUnit>| u.is_some_and(|u| u.class == UnitKind::Percent);
        if found.change.is_some() || found.range || !percent(found.unit.as_ref()) {
            return;
        }
        let Some((pend, _, None)) = mem.prev else {
            return;
        };
        let Some((_, Some(prev_unit))) = &mem.last_unit else {
            return;
        };
        let or = if self.is_sym(pend, ',') {
            pend + 1
        } else {
            pend
        };
        let qualified = found.qual.is_some() && found.first == or + 2 && self.is_word(or + 1);
        if percent(Some(prev_unit))
            || self.low(or) != "or"
            || !(found.first == or + 1 || qualified)
            || (found.end < self.n() && self.is_word(found.end))
        {
            return;
        }
        // A changed mention after the verb: "up $55.7 million to $177.9 million or 45.6
        // percent" is decision 1126's, and after a change stated as a share ("rose 8% to
        // $2.1 billion, or 14%") a second share is no restatement of it.
        let Some((verb, c)) = self.change_of_level(pend) else {
            return;
        };
        if mem
            .last_changed
            .as_ref()
            .is_none_or(|(cend, _, _)| *cend <= verb)
        {
            found.change = Some(c);
        }
    }

    /// The place and change of the verb or particle whose "to" or "from" phrase ends at
    /// `pend`: the
    /// nearest word of change within `LEVEL_SCAN` tokens before it, with "to" or "from"
    /// between them and no other end of a clause (";", ".", a word of
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
