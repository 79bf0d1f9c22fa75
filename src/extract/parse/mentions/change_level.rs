//! A change with no unit of its own before the level it reaches (issue 17, branch
//! exleft37, decision 689): "an increase of 300 to 12,000 members", "rose by 40,000 to
//! 1.2 million users". The golds give the change the level's noun or unit ("an increase
//! of about 450,000 to 7.4 million visits" `visit` twice, real be; "climbed by 2.3
//! million to 18.9 million" `paying subscriber` twice, blind e). A share after "or" right
//! after the level restates the change: `share_restates_level_change`, `level_share.rs`.

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
}
