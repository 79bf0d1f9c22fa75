//! A unit heading a singular phrase after "one" or "1" (issue 17, branch expeer37,
//! decision 685): "1 heaped tablespoon", "one level teaspoon", "1 rounded tablespoon".

use super::*;

impl SentenceReader<'_> {
    /// The unit of a singular phrase whose head, ending at `end`, is a unit of measure
    /// or time, its modifier at `modifier` no word that names a kind of its own
    /// (`words/unit_kind_modifiers.txt`, as for plurals: "517 rushing yards" → `yard`).
    pub(super) fn single_unit_head(
        &self,
        modifier: usize,
        end: usize,
    ) -> Option<(FoundUnit, usize)> {
        let (def, e) = self.unit_at(end - 1)?;
        let unit = Self::unit_of(def);
        (e == end
            && matches!(unit.class, UnitKind::Measure | UnitKind::Time)
            && !words::UNIT_KIND_MODIFIERS.contains(self.low(modifier)))
        .then_some((unit, end))
    }
}
