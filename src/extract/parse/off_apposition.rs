//! "off" as a fall where a box-office or market report sets it apart: after a comma that
//! follows a name or a closing bracket or quote ("Barbie, off 43%, took $53 million",
//! "“Oppenheimer” (Universal), off only 39 percent"), and with a focusing word between
//! "off" and the figure ("was off just 2%"). `off_is_fall` (changes.rs) reads the plain
//! "X off 2.7pc" and "was off by 1%".

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `off_apposition_is_fall` (decision 1339): "Barbie, off 43%, took $53 million",
    /// "(Universal), off only 39 percent", "the index was off just 2%": "off" before a
    /// share, points or money is a fall when a comma after a name, a closing bracket or a
    /// closing quote comes before it, or when a focusing word (`words/off_focus_words.txt`:
    /// "only", "just") stands between it and the figure after a word `off_is_fall` takes.
    /// "137 off just 96 balls" (a count) and "laid off 45 staff" stay as they were.
    pub(super) fn off_apposition_is_fall(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_some() || m.first < 3 || !off_fall_unit(m) {
            return Ok(());
        }
        let mut j = m.first - 1;
        let focused = words::OFF_FOCUS_WORDS.contains(self.low(j));
        if focused {
            j -= 1;
        }
        if j < 2 || self.low(j) != "off" {
            return Ok(());
        }
        let b = j - 1;
        let apposition = self.is_sym(b, ',')
            && (self.capitalised(b - 1)
                || self.is_sym(b - 1, ')')
                || self.is_sym(b - 1, '”')
                || self.is_sym(b - 1, '"'));
        let after_verb = focused
            && self.is_word(b)
            && (self.capitalised(b) || words::OFF_IS_FALL_AFTER.contains(self.low(b)));
        if apposition || after_verb {
            m.change = Some(false);
            m.change_from_verb = true;
        }
        Ok(())
    }
}

/// Whether the mention's unit is one "off" moves: a share, money, points or basis points.
fn off_fall_unit(m: &Draft) -> bool {
    m.unit.as_ref().is_some_and(|u| {
        matches!(u.class, UnitKind::Percent | UnitKind::Currency(_))
            || matches!(
                u.name.as_str(),
                "point" | "percentage point" | "basis point"
            )
    })
}
