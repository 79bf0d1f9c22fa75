//! Sides of a dimension glued by "x" ("a 9x13-inch pan", "a 10x12 ft room", "20x30x40
//! cm"): each side is a measure in the unit written after the last, as "9 x 13 inches"
//! with spaces is. Without a unit after the last side the glued form stays a name
//! ("a 4x4", "a 2x4") and is passed over as before, and a relay ("4x100m relay") is a
//! count of legs, not a side.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The last side of sides glued by "x" that start at the digits at `i`, when there
    /// are two or three and a measure unit follows the last (apart, glued, or after a
    /// hyphen: "9x13-inch").
    fn glued_sides_end(&self, i: usize) -> Option<usize> {
        if !self.is_num(i) {
            return None;
        }
        let mut k = i;
        let mut sides = 1;
        while sides < 3
            && self.is_word(k + 1)
            && self.attached(k + 1)
            && self.raw(k + 1) == "x"
            && self.is_num(k + 2)
            && self.attached(k + 2)
        {
            k += 2;
            sides += 1;
        }
        if sides < 2 {
            return None;
        }
        let at = if self.is_sym(k + 1, '-') && self.attached(k + 1) && self.attached(k + 2) {
            k + 2
        } else {
            k + 1
        };
        let (def, after) = self.unit_at(at)?;
        let measure = matches!(def.dimension.as_str(), "length" | "area" | "volume");
        let relay = (after..after + 3).any(|w| self.low(w) == "relay");
        (measure && !relay).then_some(k)
    }

    /// Whether the digits at `i` open sides glued by "x" with a measure unit after them.
    pub(super) fn opens_glued_sides(&self, i: usize) -> bool {
        !(i >= 2 && self.raw(i - 1) == "x" && self.attached(i) && self.is_num(i - 2))
            && self.glued_sides_end(i).is_some()
    }

    /// Whether the digits at `i` are a later side of sides glued by "x" with a measure
    /// unit after them ("13" in "9x13-inch").
    pub(super) fn later_glued_side(&self, i: usize) -> bool {
        let mut s = i;
        while s >= 2
            && self.raw(s - 1) == "x"
            && self.is_word(s - 1)
            && self.attached(s)
            && self.attached(s - 1)
            && self.is_num(s - 2)
        {
            s -= 2;
        }
        s != i && self.glued_sides_end(s).is_some_and(|end| end >= i)
    }

    /// Whether the digits at `i` are any side of sides glued by "x" with a measure unit
    /// after the last.
    pub(super) fn in_glued_sides(&self, i: usize) -> bool {
        self.opens_glued_sides(i) || self.later_glued_side(i)
    }
}
