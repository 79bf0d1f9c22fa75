//! Rule `count_past_stopword_adjective` (decision 1391): a count's plural noun read past an
//! adjective the stopword list holds (`words/stopword_adjectives.txt`), which ends a counted
//! noun phrase elsewhere ("10 feet high", "78,827 long", "one such person"). "445 such
//! acts" → `act`, "three long rifts" → `rift`, "five long days" → `day` (the time unit);
//! "high" names a kind and stays: "9,445 high schools" → `high school`.

use super::*;

impl SentenceReader<'_> {
    /// The counted noun after the listed adjective at `j`, with the adjective kept or left
    /// out as its list says, and the token after it: "seven such coins" → (`coin`, after
    /// "coins"). None for one ("one such person"), a hyphenated word ("long-haul"), or no
    /// plural noun after it.
    pub(super) fn count_past_stopword_adjective(
        &self,
        j: usize,
        single: bool,
    ) -> Option<(FoundUnit, usize)> {
        if single || !self.is_word(j) || self.capitalised(j) || self.attached(j + 1) {
            return None;
        }
        let keep = words::STOPWORD_ADJECTIVES.get(self.low(j))? == "keep";
        if !self.is_word(j + 1) || words::is_stopword(self.low(j + 1)) {
            return None;
        }
        let (mut unit, end) = self.noun_phrase(j + 1, false)?;
        if keep {
            if !matches!(unit.class, UnitKind::Count { .. }) {
                return None;
            }
            unit.name = format!("{} {}", self.low(j), unit.name);
        }
        Some((unit, end))
    }
}
