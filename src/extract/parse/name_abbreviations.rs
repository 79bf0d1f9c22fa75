//! Capital abbreviations that are units in one place and names in another ("9,615 TB
//! cases" is tuberculosis, "4 TB of data" terabytes; "2,179 PCT applications" the Patent
//! Cooperation Treaty, "a 3 PCT rise" per cent): the noun right after the abbreviation
//! says which, by the cues of `words/name_abbreviations.txt` (decision 1013). A name
//! is then no unit, and the figure counts the noun with the name kept as its kind
//! (`TB case`), as "30,350 EU students" keeps `EU student` (decision 708).

use super::*;

impl<'a> SentenceReader<'a> {
    /// `abbreviation_names_noun`: whether the unit spelled by the one token `at` (apart
    /// from the figure before it, ending at `end`) is an abbreviation that names a thing
    /// here, because the word right after it is one of its noun cues.
    pub(super) fn abbreviation_names_noun(&self, at: usize, end: usize) -> bool {
        if end != at + 1 || self.attached(at) || !self.is_word(end) || self.attached(end) {
            return false;
        }
        let Some(cues) = words::NAME_ABBREVIATIONS.get(self.raw(at)) else {
            return false;
        };
        let (raw, low) = (self.raw(end), self.low(end));
        cues.split('|').any(|cue| {
            let name = cue.starts_with(|c: char| c.is_uppercase());
            let word = if name { raw } else { low };
            // A lower-case cue matches in any case ("9,615 TB Cases" in a title); a
            // capitalised one only as written.
            match cue.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => word == cue,
            }
        })
    }
}
