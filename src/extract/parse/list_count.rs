//! Rule `count_of_listed_figures` (decision 493): a spelled count right after a list of
//! figures, introduced by "in", that counts the list's own members is how the figures
//! were spread, not a quantity of its own: "cut 200, 300 and 500 jobs in three waves",
//! "61 and 58 per cent in the two rounds", "€2bn, €3bn and €4bn in the first three
//! years". Only a count equal to the number of figures listed is dropped ("3% and 4% in
//! five years" keeps its five).

use super::finish::{Draft, Step};
use super::*;

/// The most figures a list is read back over.
const MAX_LIST: usize = 8;
/// The most tokens between two members of a list ("million , $" in "$2 million, $3").
const MAX_GAP: usize = 4;
/// The most tokens between the last member and "in" ("a share", "per cent", "jobs").
const MAX_TAIL: usize = 3;

impl<'a> SentenceReader<'a> {
    /// Rule `count_of_listed_figures`: see the module's note.
    pub(super) fn count_of_listed_figures(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "in three waves" counts; "in the three years" is a span, counted the same way.
        let counted = matches!(
            m.unit.as_ref().map(|u| &u.class),
            Some(UnitKind::Count { .. } | UnitKind::Time)
        );
        if !a.words
            || !counted
            || m.range
            || m.qual.is_some()
            || a.cur.is_some()
            || a.fraction
            || a.fuzzy.is_some()
            || m.low.fract() != 0.0
            || !(2.0..=MAX_LIST as f64).contains(&m.low)
        {
            return Ok(());
        }
        let Some(mut p) = a.first.checked_sub(1) else {
            return Ok(());
        };
        // "in the first three years", "in the two rounds", "in three waves".
        if p > 0 && matches!(self.low(p), "first" | "last" | "past" | "next") {
            p -= 1;
        }
        if p > 0 && self.low(p) == "the" {
            p -= 1;
        }
        if self.low(p) == "in" && self.figures_listed_before(p) == m.low as usize {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// How many figures a list ending just before `at` holds: the last within
    /// `MAX_TAIL` tokens of `at` (its unit or rate between), the earlier ones each
    /// joined to the next by a comma, "and" or "or" with only signs, scale words and
    /// "per cent" besides. A year is no member ("in 2010 and 2020"); 0 when no figure
    /// ends there, 1 when it stands alone.
    fn figures_listed_before(&self, at: usize) -> usize {
        let stop = |k: usize| {
            [',', ';', ':', '.', '(', ')']
                .iter()
                .any(|&c| self.is_sym(k, c))
        };
        let Some(mut last) = (at.saturating_sub(MAX_TAIL + 1)..at)
            .rev()
            .find(|&k| self.is_num(k) || stop(k))
            .filter(|&k| self.is_num(k) && !self.year_at(k))
        else {
            return 0;
        };
        let mut count = 1;
        while count < MAX_LIST {
            let Some(prev) = (last.saturating_sub(MAX_GAP + 1)..last)
                .rev()
                .find(|&k| self.is_num(k))
            else {
                break;
            };
            let gap = prev + 1..last;
            let joined = gap
                .clone()
                .any(|k| self.is_sym(k, ',') || matches!(self.low(k), "and" | "or"));
            let plain = gap.clone().all(|k| match self.kind(k) {
                Some(Kind::Sym(c)) => !matches!(c, ';' | ':' | '.' | '(' | ')'),
                Some(Kind::Word) => {
                    matches!(
                        self.low(k),
                        "and" | "or" | "then" | "per" | "cent" | "percent"
                    ) || number::scale_word(self.low(k)).is_some()
                        || (self.attached(k) && self.is_num(k - 1))
                }
                _ => false,
            });
            if !joined || !plain || self.year_at(prev) {
                break;
            }
            count += 1;
            last = prev;
        }
        count
    }
}
