//! Ends of a range read with their parts: a vulgar fraction glued to the second end
//! ("1-1½ hours"), and the minor part of a compound measure that opens no range ("2 hours
//! 20 minutes to 79 minutes") (issue 17, branch exrange37, decision 693), and feet named on
//! both ends of a dash ("5ft-6ft": a range, not feet and inches; decision 934).

use super::*;

impl SentenceReader<'_> {
    /// "1-1½ hours", "2 to 2½ cups": a vulgar fraction glued to the plain whole number
    /// that ends a range is part of it, as it is of a first end ("1½-2 hours").
    pub(super) fn vulgar_on_second_end(&self, mut b: Amt) -> Amt {
        if b.scale != 0 || b.plain_digits.is_none() || b.value < 0.0 || !self.attached(b.end) {
            return b;
        }
        let Some(Kind::Sym(c)) = self.kind(b.end) else {
            return b;
        };
        let Some(frac) = lexicon::vulgar_fraction(c) else {
            return b;
        };
        b.value += frac;
        b.raw = b.value;
        b.end += 1;
        b.plain_digits = None;
        b
    }

    /// Whether the first end `a` is the minor part of a compound measure: a number and a
    /// larger unit of the same dimension stand right before it ("2 hours 20 minutes", "5
    /// feet 8 inches"), so "to 79 minutes" after it is no range of 20 to 79.
    pub(super) fn minor_part_of_compound(&self, a: &Amt) -> bool {
        let Some((minor, _)) = self.unit_at(a.end) else {
            return false;
        };
        (a.first.saturating_sub(4)..a.first.saturating_sub(1)).any(|k| {
            self.is_num(k)
                && self.unit_at(k + 1).is_some_and(|(major, end)| {
                    end == a.first
                        && major.dimension == minor.dimension
                        && major.name != minor.name
                        && matches!(major.dimension.as_str(), "duration" | "length" | "mass")
                })
        })
    }

    /// "5ft-6ft", "5 feet-6 feet": after a number of feet, a dash glued to it opens a
    /// range when the number after the dash names feet again; "the 6-foot-5 guard" and
    /// "6ft-2" are feet and inches (branch expeer51, decision 934).
    pub(super) fn feet_on_second_end(&self, dash: usize) -> bool {
        self.is_num(dash + 1) && matches!(self.low(dash + 2), "ft" | "feet" | "foot")
    }
}
