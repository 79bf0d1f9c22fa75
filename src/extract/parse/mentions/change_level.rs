//! A change with no unit of its own before the level it reaches (issue 17, branch
//! exleft37, decision 689): "an increase of 300 to 12,000 members", "rose by 40,000 to
//! 1.2 million users". The golds give the change the level's noun or unit ("an increase
//! of about 450,000 to 7.4 million visits" `visit` twice, real be; "climbed by 2.3
//! million to 18.9 million" `paying subscriber` twice, blind e). A share after "or" right
//! after the level restates the change (decision 1126).

use super::*;

impl SentenceReader<'_> {
    /// A bare change (no unit, one figure, no date) followed right away by "to" and a
    /// figure with a unit takes that unit.
    pub(super) fn change_takes_level_unit(&self, found: &mut Found, year_hint: Option<i32>) {
        if found.unit.is_some()
            || found.range
            || found.fraction
            || found.change.is_none()
            || found.date.is_some()
            || found.end + 1 >= self.n()
            || self.low(found.end) != "to"
        {
            return;
        }
        let at = found.end + 1;
        let mut hint = year_hint;
        let Outcome::Found(level, _) = self.try_at(at, &mut hint, true) else {
            return;
        };
        if level.date.is_none() && !level.range && level.first == at && level.unit.is_some() {
            found.unit = level.unit;
        }
    }

    /// Rule `share_restates_change_after_level` (decision 1126): "up $55.7 million to
    /// $177.9 million or 45.6 percent", "fell 30 cents to $4.20, or 6.7 percent": a share
    /// after "or" (a comma before it or none) right after the level that a change in
    /// another unit reached ("to" right after the change) restates that change, as "up
    /// £3,000 or 0.8 per cent" does before the level. A share after a level with no change
    /// before it ("reached $3 billion, or 12 percent of the total") or after a change that
    /// was itself a share ("rose 8% to $2.1 billion, or 14% of group sales") is a level.
    pub(super) fn share_restates_change_after_level(&self, found: &mut Found, mem: &Memory) {
        let share = found.unit.as_ref().filter(|u| u.class == UnitKind::Percent);
        let (Some(share), None, false) = (share, found.change, found.range) else {
            return;
        };
        let (Some((pend, _, None)), Some((cend, c, cunit))) = (mem.prev, &mem.last_changed) else {
            return;
        };
        let or_after =
            found.first == pend + 1 || (found.first == pend + 2 && self.is_sym(pend, ','));
        if !or_after || self.low(found.first - 1) != "or" || cunit.as_deref() == Some(&share.name) {
            return;
        }
        // The level is the mention right after the change's "to", with no clause break in it.
        let level_after_change = *cend + 1 < pend
            && self.low(*cend) == "to"
            && (cend + 1..pend).all(|k| !matches!(self.kind(k), Some(Kind::Sym(',' | ';' | '('))));
        if level_after_change {
            found.change = Some(*c);
        }
    }
}
