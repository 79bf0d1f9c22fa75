//! Currencies written before a number ("$", "US$", "Rs", "€"), as the unit registry
//! (`src/units/units.tsv`, its `before` and `before_touching` columns) spells them: the
//! tokens, the unit name and the ISO 4217 code, indexed for the amount reader; every main
//! currency's code is one of them (`Spelling::from_code`).

use crate::fast_hash::{WordIndex, index_by};
use crate::units::registry;
use std::sync::OnceLock;

/// A currency written before a number.
#[derive(Debug, Clone, Copy)]
pub struct CurrencyPrefix {
    /// Tokens separated by single spaces ("US $"); the last one touches the number
    /// unless `spaced`.
    pub pattern: &'static str,
    pub name: &'static str,
    /// The ISO 4217 code, empty when the registry has none.
    pub code: &'static str,
    /// Whether a space may stand between the prefix and the number ("US $ 1.1 million").
    pub spaced: bool,
    /// Derived from the registry's code column rather than written as a sign
    /// ([`crate::units::Spelling::from_code`]): read only before a number shaped like a
    /// sum, since three capitals before a small whole number are more often a label
    /// ("COP 26", "PHP 8").
    pub from_code: bool,
}

/// The currency prefixes with their first and last tokens and their length in tokens,
/// so a lookup can reject most of them without splitting their patterns.
pub struct PrefixEntry {
    pub first: &'static str,
    pub last: &'static str,
    pub len: usize,
    pub prefix: CurrencyPrefix,
}

/// Every currency sign of the registry, read once.
pub fn currency_prefix_index() -> &'static [PrefixEntry] {
    static INDEX: OnceLock<Vec<PrefixEntry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let reg = registry();
        reg.signs()
            .map(|(unit, sp)| {
                // Built once for the life of the program: the joined pattern is kept.
                let pattern: &'static str = Box::leak(sp.tokens.join(" ").into_boxed_str());
                PrefixEntry {
                    first: &sp.tokens[0],
                    last: &sp.tokens[sp.tokens.len() - 1],
                    len: sp.tokens.len(),
                    prefix: CurrencyPrefix {
                        pattern,
                        name: &unit.name,
                        code: unit.code.as_deref().unwrap_or(""),
                        spaced: !sp.touching,
                        from_code: sp.from_code,
                    },
                }
            })
            .collect()
    })
}

/// The prefixes of [`currency_prefix_index`] grouped by one of their tokens, each group in
/// the index's order (a reader keeps the first of equal candidates, so order is kept).
type PrefixesBy = WordIndex<&'static PrefixEntry>;

/// The prefixes whose token picked by `key` is `token`, from the group index kept in
/// `cell` (built on first use).
fn prefixes_by(
    cell: &'static OnceLock<PrefixesBy>,
    key: fn(&PrefixEntry) -> &'static str,
    token: &str,
) -> &'static [&'static PrefixEntry] {
    cell.get_or_init(|| index_by(currency_prefix_index(), |e| key(e)))
        .get(token)
        .map_or(&[], Vec::as_slice)
}

/// The currency prefixes whose last token is `last` (as written: "$", "US$", "Rs"), in
/// the index's order; a number's token before it is asked here instead of every prefix.
pub fn prefixes_ending_in(last: &str) -> &'static [&'static PrefixEntry] {
    static BY_LAST: OnceLock<PrefixesBy> = OnceLock::new();
    prefixes_by(&BY_LAST, |e| e.last, last)
}

/// The currency prefixes whose first token is `first`, in the index's order.
pub fn prefixes_starting_with(first: &str) -> &'static [&'static PrefixEntry] {
    static BY_FIRST: OnceLock<PrefixesBy> = OnceLock::new();
    prefixes_by(&BY_FIRST, |e| e.first, first)
}
