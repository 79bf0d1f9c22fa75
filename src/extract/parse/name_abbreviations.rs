//! Capital abbreviations that are units in one place and names in another ("9,615 TB
//! cases" is tuberculosis, "4 TB of data" terabytes; "2,179 PCT applications" the Patent
//! Cooperation Treaty, "a 3 PCT rise" per cent): the noun right after the abbreviation
//! says which, by the cues of `words/name_abbreviations.txt` (decision 1013). A name
//! is then no unit, and the figure counts the noun with the name kept as its kind
//! (`TB case`), as "30,350 EU students" keeps `EU student` (decision 708).

use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `capitals_join_name` (decision 1060): a unit spelled in capitals (`at` to `end`)
    /// and glued to what follows is part of a name: before "-" and digits a model ("83
    /// F-35 jets", "a C-130"), before "&" and letters an initialism ("170 A&E visits", "3
    /// R&D centres"), and a single capital before "-" and a word a compound ("3 A-levels",
    /// "2 C-sections", "5 F-bombs"). "13 A", "a 60W bulb", "100 MW-scale" keep their units.
    pub(super) fn capitals_join_name(&self, at: usize, end: usize) -> bool {
        let raw = self.raw(end - 1);
        if !raw.chars().all(|c| c.is_ascii_uppercase()) || !self.attached(end) {
            return false;
        }
        let next = end + 1;
        if !self.attached(next) {
            return false;
        }
        let letter = end == at + 1 && raw.len() == 1;
        (self.is_sym(end, '-') && (self.is_num(next) || (letter && self.is_word(next))))
            || (self.is_sym(end, '&') && self.is_word(next))
    }

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
