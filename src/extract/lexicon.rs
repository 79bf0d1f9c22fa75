//! The extractor's word lookups in one place: currencies written before a number (read
//! from the unit registry, `src/units/units.tsv`), qualifier codes, scale abbreviations
//! and vulgar fractions (from the word lists under `words/`). Units after a number are
//! read from the registry directly (`parse/unit_lookup.rs`); no unit table is kept here.

pub use super::currencies::{
    CurrencyPrefix, PrefixEntry, currency_prefix_index, prefixes_ending_in, prefixes_starting_with,
};
pub use super::words::{QualCode, scale_abbrev, vulgar_fraction};
