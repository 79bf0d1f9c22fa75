//! Marks written with a number that are no word list: the scale abbreviations after it
//! ("$5m", "3bn", "£5.2bil"), with whether one needs a sum of money to be a scale, and
//! the Unicode vulgar fractions ("½", "¾"). `words.rs` and `lexicon.rs` re-export them.

/// Scale words and abbreviations after a number: the power of ten, and whether the
/// abbreviation needs a money context to be read as a scale ("$5m" but "5m" is metres).
pub fn scale_abbrev(word: &str) -> Option<(i32, bool)> {
    Some(match word {
        "k" | "K" => (3, false),
        "m" => (6, true),
        "M" | "mn" | "mln" | "Mn" => (6, false),
        "bn" | "Bn" | "BN" | "bln" => (9, false),
        // "£5.2bil", "RM450mil": a billion and a million only after a sum (decision 652).
        "bil" => (9, true),
        "mil" => (6, true),
        "b" | "B" => (9, true),
        "tn" | "trn" | "Tn" => (12, false),
        // "$3T": a trillion only right after a sum of money (`scale_after`).
        "T" => (12, true),
        // "$1.2mm": a million only right after a sum of money (`scale_after`).
        "mm" | "MM" => (6, true),
        _ => return None,
    })
}

/// Unicode vulgar fractions.
pub fn vulgar_fraction(ch: char) -> Option<f64> {
    Some(match ch {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}
