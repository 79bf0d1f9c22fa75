//! English plurals, one table for every reader: the extractor's counted nouns, the
//! counted units of claims and the registry's unit names. The data file
//! `inflection.tsv` (embedded at build time) holds the irregular and invariant nouns,
//! the irregular endings, the nouns in -us and the suffix rules, in that order of trust.

use crate::fast_hash::FastHash;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded data file.
pub const INFLECTION_TSV: &str = include_str!("inflection.tsv");

/// A suffix rule: singular ending, plural ending, whether a consonant must precede.
#[derive(Debug)]
struct Suffix {
    singular: String,
    plural: String,
    consonant: bool,
}

#[derive(Debug, Default)]
struct Table {
    /// Whole words: plural → singular and singular → plural.
    by_plural: HashMap<String, String, FastHash>,
    by_singular: HashMap<String, String, FastHash>,
    /// Endings ("men" → "man"), matched at the end of a word.
    endings: Vec<(String, String)>,
    /// Nouns in -us with an -es plural.
    us: Vec<String>,
    suffixes: Vec<Suffix>,
    /// Endings of words that are singular already ("ss", "us").
    singular_endings: Vec<String>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(INFLECTION_TSV))
}

fn parse(text: &str) -> Table {
    let mut t = Table::default();
    let rows = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1);
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        let (kind, sg, pl) = (f[0], f[1].to_string(), f[2].to_string());
        match kind {
            "word" => {
                t.by_plural.insert(pl.clone(), sg.clone());
                t.by_singular.insert(sg, pl);
            }
            "ending" => t.endings.push((sg, pl)),
            "us" => t.us.push(sg),
            "suffix" => t.suffixes.push(Suffix {
                singular: if sg == "-" { String::new() } else { sg },
                plural: pl,
                consonant: f.get(3) == Some(&"consonant"),
            }),
            _ => t.singular_endings.push(sg),
        }
    }
    t
}

/// `stem` with `ending` after it (as `format!` would write them, without its machinery:
/// a word is inflected for every counted noun read).
fn joined(stem: &str, ending: &str) -> String {
    let mut word = String::with_capacity(stem.len() + ending.len());
    word.push_str(stem);
    word.push_str(ending);
    word
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The singular of an irregular or invariant plural written as a whole word ("mice" →
/// "mouse", "sheep" → "sheep"), if the table lists it.
pub fn irregular_singular(plural: &str) -> Option<&'static str> {
    let t = table();
    t.by_plural.get(plural).map(String::as_str).or_else(|| {
        t.endings
            .iter()
            .find(|(_, pl)| pl == plural)
            .map(|(sg, _)| sg.as_str())
    })
}

/// Whether `noun` (singular) is a noun in -us whose plural adds -es ("bonus").
pub fn us_noun(noun: &str) -> bool {
    table().us.iter().any(|u| u == noun)
}

/// The singular of an English noun, lower-cased ("Districts" → "district", "people" →
/// "person", "viruses" → "virus", "policemen" → "policeman").
pub fn singular(noun: &str) -> String {
    let n = noun.to_lowercase();
    let t = table();
    if let Some(sg) = t.by_plural.get(&n) {
        return sg.clone();
    }
    if t.by_singular.contains_key(&n) {
        return n;
    }
    for (sg, pl) in &t.endings {
        if let Some(stem) = n.strip_suffix(pl.as_str()) {
            return joined(stem, sg);
        }
    }
    if let Some(stem) = n.strip_suffix("es")
        && us_noun(stem)
    {
        return stem.to_string();
    }
    if t.singular_endings.iter().any(|e| n.ends_with(e.as_str())) || n.len() <= 2 {
        return n;
    }
    for s in &t.suffixes {
        let Some(stem) = n.strip_suffix(s.plural.as_str()) else {
            continue;
        };
        let fits = if s.consonant {
            stem.len() > 1 && stem.chars().last().is_some_and(|c| !is_vowel(c))
        } else {
            !s.singular.is_empty() || !stem.ends_with('s')
        };
        if fits {
            return joined(stem, &s.singular);
        }
    }
    n
}

/// The plural of a singular noun, as [`singular`] reads it back ("district" →
/// "districts", "person" → "people", "church" → "churches", "county" → "counties").
pub fn plural(noun: &str) -> String {
    let t = table();
    if let Some(pl) = t.by_singular.get(noun) {
        return pl.clone();
    }
    for (sg, pl) in &t.endings {
        if let Some(stem) = noun.strip_suffix(sg.as_str()) {
            return joined(stem, pl);
        }
    }
    if us_noun(noun) {
        return joined(noun, "es");
    }
    for s in &t.suffixes {
        let Some(stem) = noun.strip_suffix(s.singular.as_str()) else {
            continue;
        };
        if s.consonant && stem.chars().last().is_none_or(is_vowel) {
            continue;
        }
        return joined(stem, &s.plural);
    }
    joined(noun, "s")
}

/// The plural of a unit's name: its head noun (the last word, or the word before "per"
/// or "of"; in "pound-force" the word before "-force") in the plural ("kilometres per
/// hour", "tons of tnt", "pounds-force").
pub fn plural_of_name(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let head = (1..words.len())
        .find(|&i| matches!(words[i], "per" | "of"))
        .map_or(words.len() - 1, |i| i - 1);
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[head] = match words[head].split_once('-') {
        Some((a, "force")) => format!("{}-force", plural(a)),
        _ => plural(words[head]),
    };
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_and_its_kinds_known() {
        let rows: Vec<Vec<&str>> = INFLECTION_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .map(|l| l.split('\t').collect())
            .collect();
        for r in &rows {
            assert_eq!(r.len(), 4, "{r:?}");
            assert!(
                ["word", "ending", "us", "suffix", "singular"].contains(&r[0]),
                "{r:?}"
            );
        }
        let listed: Vec<(&str, &str)> = rows
            .iter()
            .filter(|r| matches!(r[0], "word" | "ending" | "us"))
            .map(|r| (r[0], r[1]))
            .collect();
        assert!(listed.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    }

    #[test]
    fn nouns_round_trip_through_plural_and_singular() {
        for n in [
            "district",
            "soldier",
            "person",
            "county",
            "church",
            "troop",
            "afghan",
            "box",
            "bonus",
            "virus",
            "mouse",
            "policeman",
            "grandchild",
            "day",
            "analysis",
            "bus",
            "specimen",
            "sheep",
            "foot",
            "glass",
        ] {
            assert_eq!(singular(&plural(n)), n, "{n} → {}", plural(n));
        }
        assert_eq!(plural("county"), "counties");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("foot"), "feet");
        assert_eq!(singular("Districts"), "district");
        assert_eq!(singular("people"), "person");
        assert_eq!(singular("houses"), "house");
        assert_eq!(singular("specimen"), "specimen");
        assert_eq!(singular("status"), "status");
        assert_eq!(irregular_singular("mice"), Some("mouse"));
        assert_eq!(irregular_singular("men"), Some("man"));
        assert_eq!(irregular_singular("cats"), None);
    }
}
