//! Plural and superlative forms: plurals that are also verbs, read as nouns after a number
//! (`words/noun_verb_plurals.txt`), irregular and invariant plurals named by their singular
//! (`words/plural_names.txt` and the inflection table), words that look plural but are not
//! (`words/false_plurals.txt`) and the base of a superlative ("biggest" → "big"). The
//! lists are `words.rs`'s, which re-exports these lookups.

use super::words::{FALSE_PLURALS, NOT_SUPERLATIVES, NOUN_VERB_PLURALS, PLURAL_NAMES};

/// Plurals that are also verbs, read as nouns after a number ("178 runs").
pub fn noun_verb_plural(w: &str) -> bool {
    NOUN_VERB_PLURALS.contains(w)
}

/// Irregular and invariant plurals: the singular the extractor names them by ("mice" →
/// "mouse", "sheep" → "sheep", "people" → "people"), from the one inflection table
/// (`src/units/inflection.tsv`) and the nouns it names in the plural (`plural_names`).
pub fn irregular_plural(w: &str) -> Option<&'static str> {
    let names = PLURAL_NAMES.entries();
    if let Ok(i) = names.binary_search_by(|(k, _)| (*k).cmp(w)) {
        return Some(names[i].0);
    }
    crate::units::inflection::irregular_singular(w)
}

/// Words that look plural but are not nouns counting things.
pub fn false_plural(w: &str) -> bool {
    FALSE_PLURALS.contains(w)
}

/// The base form of a superlative adjective modifying a counted noun ("best" → "good",
/// "biggest" → "big", "largest" → "large", "happiest" → "happy"); `None` for other
/// words, including those that merely end in "-est" ("interest", "honest").
pub fn superlative_base(word: &str) -> Option<String> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    match word {
        "best" => return Some("good".into()),
        "worst" => return Some("bad".into()),
        "most" | "least" => return None,
        _ => {}
    }
    let stem = word.strip_suffix("est")?;
    if stem.len() < 2 || NOT_SUPERLATIVES.contains(word) {
        return None;
    }
    let b = stem.as_bytes();
    let n = b.len();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    // "happiest" → "happy".
    if let Some(s) = stem.strip_suffix('i') {
        return Some(format!("{s}y"));
    }
    // "biggest" → "big", but "smallest" → "small".
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'f' | b'z')
    {
        return Some(stem[..n - 1].to_string());
    }
    // "largest" → "large", "latest" → "late", "finest" → "fine": a silent e after one
    // vowel and one consonant, or after a soft "g".
    let cvc = n >= 2
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && vowel(b[n - 2])
        && (n < 3 || !vowel(b[n - 3]));
    if cvc || stem.ends_with("rg") || stem.ends_with("ang") {
        return Some(format!("{stem}e"));
    }
    Some(stem.to_string())
}
