//! Spellings whose unit depends on the sentence ("8 kn": knots at sea, kuna in a shop),
//! read once from the data file `senses.tsv`: for each spelling, the units it may denote
//! and the cue words that point to each. The registry's lookups stay context-free; a
//! reader that has the words around a number (the extractor) asks [`sense`] which unit
//! they point to.

use super::{UnitId, registry};
use crate::fast_hash::FastHash;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The embedded data file.
pub const SENSES_TSV: &str = include_str!("senses.tsv");

/// Where the spelling stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Touch {
    Yes,
    No,
    Any,
}

/// One unit a spelling may denote, with the words that point to it.
#[derive(Debug, Clone)]
pub struct Sense {
    pub touch: Touch,
    pub unit: UnitId,
    /// Whole words (a set: a word of the text is one hash, however many cues), and stems
    /// (a cue written "word*", kept without the star).
    pub words: HashSet<String, FastHash>,
    pub stems: Vec<String>,
}

impl Touch {
    /// Whether a spelling written touching the number (or not) may have this sense.
    fn fits(self, touching: bool) -> bool {
        match self {
            Touch::Yes => touching,
            Touch::No => !touching,
            Touch::Any => true,
        }
    }
}

/// Whether `w` begins with the stem `stem`, its first byte compared before the rest (most
/// words around a number begin otherwise, and the rest is a `memcmp` call).
fn begins_with(w: &str, stem: &str) -> bool {
    match (w.as_bytes().first(), stem.as_bytes().first()) {
        (_, None) => true,
        (Some(a), Some(b)) => a == b && w.starts_with(stem),
        (None, Some(_)) => false,
    }
}

impl Sense {
    fn cues_in<'w>(&self, words: impl Iterator<Item = &'w str>) -> usize {
        let mut hits: Vec<&str> = Vec::new();
        for w in words {
            // A possessive is its noun: "the star's distance", "China's".
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            let cue = self
                .words
                .get(w)
                .or_else(|| self.stems.iter().find(|s| begins_with(w, s)));
            if let Some(c) = cue
                && !hits.contains(&c.as_str())
            {
                hits.push(c);
            }
        }
        hits.len()
    }
}

/// A mistake in `senses.tsv`, with its line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("senses.tsv line {line}: {what}")]
pub struct SenseError {
    pub line: usize,
    pub what: String,
}

/// The senses of each spelling, in row order.
pub type SenseTable = HashMap<String, Vec<Sense>, FastHash>;

/// Reads a table in the format of `senses.tsv`.
pub fn parse(text: &str) -> Result<SenseTable, SenseError> {
    let reg = registry();
    let mut out = SenseTable::default();
    let rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1);
    for (i, row) in rows {
        let bad = |what: &str| SenseError {
            line: i + 1,
            what: what.to_string(),
        };
        let f: Vec<&str> = row.split('\t').collect();
        let [spelling, touch, unit, cues] = f[..] else {
            return Err(bad("expected 4 tab-separated columns"));
        };
        let touch = match touch {
            "yes" => Touch::Yes,
            "no" => Touch::No,
            "any" => Touch::Any,
            _ => return Err(bad("touching is yes, no or any")),
        };
        let unit = reg
            .by_name(unit)
            .find(|&id| reg.get(id).name == unit)
            .ok_or_else(|| bad("the unit is no registry unit's canonical name"))?;
        let (mut words, mut stems) = (HashSet::default(), Vec::new());
        for cue in cues.split('|') {
            let name = cue.chars().next().is_some_and(char::is_uppercase);
            if cue.is_empty() || (!name && cue != cue.to_lowercase()) {
                return Err(bad("cues are lower-case words or capitalised names"));
            }
            match cue.strip_suffix('*') {
                Some(stem) => stems.push(stem.to_string()),
                None => {
                    words.insert(cue.to_string());
                }
            }
        }
        out.entry(spelling.to_string()).or_default().push(Sense {
            touch,
            unit,
            words,
            stems,
        });
    }
    Ok(out)
}

fn table() -> &'static SenseTable {
    static TABLE: OnceLock<SenseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The embedded table is checked by the tests; a broken one is a build defect.
        parse(SENSES_TSV).expect("src/units/senses.tsv is valid (see its tests)")
    })
}

/// Whether `spelling` (as written) has senses chosen by context.
pub fn has_senses(spelling: &str) -> bool {
    table().contains_key(spelling)
}

/// The unit that `words` (as written, the sentence's first word lower-cased; near the
/// number) point to for `spelling` written
/// after a number (`touching` it or not): the sense with the most distinct cues present,
/// the earlier on a tie; `None` when no cue of any sense is present.
pub fn sense<'w>(
    spelling: &str,
    touching: bool,
    words: impl Iterator<Item = &'w str> + Clone,
) -> Option<UnitId> {
    sense_among(spelling, touching, words, |_| true)
}

/// As [`sense`], among the senses whose unit `allowed` keeps ("150' per second" is no
/// span of time: a time over a time is no rate the text means).
pub fn sense_among<'w>(
    spelling: &str,
    touching: bool,
    words: impl Iterator<Item = &'w str> + Clone,
    allowed: impl Fn(UnitId) -> bool,
) -> Option<UnitId> {
    tied_senses(spelling, touching, words, allowed)
        .into_iter()
        .next()
}

/// The senses of `spelling` (written `touching` the number or not, kept by `allowed`)
/// that share the most distinct cues among `words`, in row order; empty when no cue of
/// any is present. More than one is a tie that [`sense_among`] gives to the earlier row;
/// the extractor breaks it by the cue nearest the number (decision 641).
pub fn tied_senses<'w>(
    spelling: &str,
    touching: bool,
    words: impl Iterator<Item = &'w str> + Clone,
    allowed: impl Fn(UnitId) -> bool,
) -> Vec<UnitId> {
    let Some(rows) = table().get(spelling) else {
        return Vec::new();
    };
    let counted: Vec<(usize, UnitId)> = rows
        .iter()
        .filter(|s| allowed(s.unit) && s.touch.fits(touching))
        .map(|s| (s.cues_in(words.clone()), s.unit))
        .collect();
    let most = counted.iter().map(|&(n, _)| n).max().unwrap_or(0);
    if most == 0 {
        return Vec::new();
    }
    counted
        .into_iter()
        .filter(|&(n, _)| n == most)
        .map(|(_, id)| id)
        .collect()
}

/// How many distinct cues of `spelling`'s sense `unit` are among `words` (0 when
/// `spelling` has no such sense).
pub fn cues_for<'w>(spelling: &str, unit: UnitId, words: impl Iterator<Item = &'w str>) -> usize {
    table()
        .get(spelling)
        .and_then(|rows| rows.iter().find(|s| s.unit == unit))
        .map_or(0, |s| s.cues_in(words))
}

/// The one sense of `spelling` (written `touching` the number or not) left when `allowed`
/// rules out another, whatever the words around; `None` when `allowed` rules none out, or
/// leaves none or several.
pub fn only_sense(
    spelling: &str,
    touching: bool,
    allowed: impl Fn(UnitId) -> bool,
) -> Option<UnitId> {
    let (kept, out): (Vec<&Sense>, Vec<&Sense>) = table()
        .get(spelling)?
        .iter()
        .filter(|s| s.touch.fits(touching))
        .partition(|s| allowed(s.unit));
    match kept[..] {
        [one] if !out.is_empty() => Some(one.unit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(spelling: &str, touching: bool, text: &str) -> Option<String> {
        let words: Vec<&str> = text.split(' ').collect();
        sense(spelling, touching, words.iter().copied()).map(|id| registry().get(id).name.clone())
    }

    #[test]
    fn the_table_reads_and_its_rows_are_sorted() {
        let table = parse(SENSES_TSV).unwrap();
        assert!(table.len() >= 10);
        let rows: Vec<(&str, &str)> = SENSES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f[0], f[2])
            })
            .collect();
        assert!(
            rows.windows(2).all(|w| w[0] < w[1]),
            "rows sorted and unique"
        );
    }

    #[test]
    fn the_words_around_choose_the_sense() {
        assert_eq!(
            name("kn", false, "the yacht sailed at"),
            Some("knot".into())
        );
        // No sense chosen: the registry's own reading (the kuna) stands.
        assert_eq!(name("kn", false, "the ticket price was"), None);
        assert_eq!(name("kn", false, "it was"), None);
        assert_eq!(
            name("pounds", false, "the ticket cost"),
            Some("pound sterling".into())
        );
        assert_eq!(
            name("pounds", false, "the flour weighs"),
            Some("pound-mass".into())
        );
        // Over a time, a prime is a length: "150' per second" took off at a speed.
        assert_eq!(
            sense_among("'", true, "the plane took off".split(' '), |id| {
                registry().get(id).dimension != "duration"
            })
            .map(|id| registry().get(id).name.as_str()),
            None
        );
        assert_eq!(
            only_sense("'", true, |id| registry().get(id).dimension != "duration")
                .map(|id| registry().get(id).name.as_str()),
            Some("foot")
        );
        // Nothing ruled out: "25p per hour" keeps the registry's pence.
        assert_eq!(
            only_sense("p", false, |id| registry().get(id).dimension != "duration"),
            None
        );
        // A lower-case cue is no name: "Northern Star" says nothing of parsecs.
        assert_eq!(name("pc", true, "Northern Star adding"), None);
        assert_eq!(
            name("R", false, "a hotel in Durban costs"),
            Some("south african rand".into())
        );
        assert_eq!(name("c", true, "the oven was at"), Some("°C".into()));
        assert_eq!(name("c", true, "apples sold for"), Some("cent".into()));
        // "star*" is a stem: "star", "stars", "starlight".
        assert_eq!(name("pc", false, "the stars are"), Some("parsec".into()));
        // A currency sign before a number: "¥" is yuan where China is named.
        assert_eq!(
            name("¥", true, "a meal in Shanghai costs"),
            Some("chinese yuan".into())
        );
        assert_eq!(name("¥", true, "a meal costs"), None);
        // A possessive is its noun: "the star's distance" names stars.
        assert_eq!(
            name("pc", false, "the star's distance is"),
            Some("parsec".into())
        );
        assert_eq!(
            name("B", false, "the noise level fell by"),
            Some("bel".into())
        );
        assert_eq!(
            name("B", true, "a hearing in Courtroom"),
            None,
            "apart only"
        );
        assert_eq!(
            name("'", false, "the pool is 50 wide"),
            None,
            "touching only"
        );
    }

    #[test]
    fn a_tie_in_cues_lists_every_tied_sense_in_row_order() {
        let words = ["temperatures", "discharge"];
        let tied = tied_senses("C", false, words.iter().copied(), |_| true);
        let names: Vec<&str> = tied
            .iter()
            .map(|&id| registry().get(id).name.as_str())
            .collect();
        assert_eq!(names, ["coulomb", "°C"]);
        let one = tied_senses("C", false, ["hot", "melt"].iter().copied(), |_| true);
        assert_eq!(one.len(), 1);
        assert!(tied_senses("C", false, ["river"].iter().copied(), |_| true).is_empty());
        assert_eq!(
            cues_for("C", tied[1], ["warm", "hot", "charge"].iter().copied()),
            2
        );
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let head = "spelling\ttouching\tunit\tcues\n";
        let e = parse(&format!("{head}kn\tany\tknot\tsPeed\n")).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(parse(&format!("{head}kn\tsome\tknot\tspeed\n")).is_err());
        assert!(parse(&format!("{head}kn\tany\tknots\tspeed\n")).is_err());
        assert!(parse(&format!("{head}kn\tany\tknot\n")).is_err());
    }
}
