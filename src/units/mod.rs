//! The unit registry: every unit crosscheck knows, read once from the data file
//! `units.tsv` (embedded at build time). A unit has a dimension, a factor to its
//! dimension's base unit (with an offset for temperatures, a range for spellings that mean
//! different sizes in different places, or none for units that compare only with
//! themselves), a canonical name and plural, and its spellings: case-sensitive symbols,
//! case-insensitive names, spellings valid only against the number, currency signs written
//! before it, and spellings read only where the dimension is already known. The value
//! grammar, the comparer and the extractor all read units from here.

pub mod inflection;
pub mod senses;
mod table;
#[cfg(test)]
mod tests;

pub use table::TableError;

use crate::fast_hash::FastHash;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded data file.
pub const UNITS_TSV: &str = include_str!("units.tsv");

/// The units that state an age (`ages.txt`, embedded at build time).
pub const AGES_TXT: &str = include_str!("ages.txt");

/// Whether the unit named `name` states an age ("year of age") rather than a span.
pub fn is_age(name: &str) -> bool {
    static AGES: OnceLock<Vec<&'static str>> = OnceLock::new();
    AGES.get_or_init(|| AGES_TXT.lines().filter(|l| !l.starts_with('#')).collect())
        .contains(&name)
}

/// How an amount in a unit becomes an amount in its dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Factor {
    /// One size ("foot": 0.3048 m).
    Fixed(f64),
    /// A spelling that means different sizes in different places ("gallon": US or
    /// imperial); conversions give the whole range.
    Range(f64, f64),
    /// No conversion: the unit compares only with itself ("decibel", "working day").
    Own,
}

/// Where a spelling stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    After,
    Before,
}

/// One way of writing a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Spelling {
    /// As written in the data file ("km/h").
    pub text: String,
    /// The tokens it is read as ("km", "/", "h"), lower-cased unless `case_sensitive`.
    pub tokens: Vec<String>,
    pub case_sensitive: bool,
    /// Only right against the number ("5W", "RM5").
    pub touching: bool,
    pub place: Place,
    /// Only where the dimension is already known ("pounds" in a money subject).
    pub contextual: bool,
    /// Not written in the table: a currency's ISO 4217 code read before the number
    /// ("MOP 100", "DZD5"), derived from the `code` column for every main currency
    /// (factor 1) whose code is not a `before` spelling already nor, lower-cased, one of
    /// its `contextual` spellings (a code that is an English word: "ALL", "CUP").
    pub from_code: bool,
}

/// One unit of the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Kebab-case dimension ("length", "data-size").
    pub dimension: String,
    /// Canonical singular name ("foot", "kilometre", "°C").
    pub name: String,
    pub plural: String,
    /// The abbreviation written after an amount ("km"), when there is one.
    pub short: Option<String>,
    pub factor: Factor,
    /// Added after the factor (kelvin = °C × 1 + 273.15).
    pub offset: f64,
    /// Whether the factor is exact by definition.
    pub exact: bool,
    /// ISO 4217 code of a currency.
    pub code: Option<String>,
    pub spellings: Vec<Spelling>,
    pub notes: String,
}

impl Unit {
    /// The name to write after `amount`: singular for exactly one, else the plural.
    pub fn name_for(&self, amount: f64) -> &str {
        if amount == 1.0 {
            &self.name
        } else {
            &self.plural
        }
    }

    /// The interval in the base unit that `amount` of this unit stands for, or `None`
    /// for a unit that converts to nothing else.
    fn to_base(&self, amount: f64) -> Option<(f64, f64)> {
        let (lo, hi) = match self.factor {
            Factor::Fixed(f) => (f, f),
            Factor::Range(lo, hi) => (lo, hi),
            Factor::Own => return None,
        };
        let (a, b) = (amount * lo + self.offset, amount * hi + self.offset);
        Some((a.min(b), a.max(b)))
    }

    fn base_to_unit(&self, (lo, hi): (f64, f64)) -> Option<(f64, f64)> {
        let (flo, fhi) = match self.factor {
            Factor::Fixed(f) => (f, f),
            Factor::Range(lo, hi) => (lo, hi),
            Factor::Own => return None,
        };
        let ends = [
            (lo - self.offset) / flo,
            (lo - self.offset) / fhi,
            (hi - self.offset) / flo,
            (hi - self.offset) / fhi,
        ];
        let min = ends.iter().copied().fold(f64::INFINITY, f64::min);
        let max = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Some((min, max))
    }
}

/// A unit's place in the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitId(u16);

/// A spelling found in a run of tokens.
#[derive(Debug, Clone, Copy)]
pub struct Found<'r> {
    pub id: UnitId,
    pub unit: &'r Unit,
    pub spelling: &'r Spelling,
    /// How many tokens it spans.
    pub len: usize,
}

/// What a lookup may read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Whether the first token touches the number (enables `touching` spellings).
    pub touching: bool,
    /// Only units of this dimension, and their contextual spellings too.
    pub dimension: Option<&'a str>,
}

/// The loaded registry, indexed by each spelling's first token (lower-cased).
#[derive(Debug)]
pub struct Registry {
    units: Vec<Unit>,
    after: SpellingIndex,
    before: SpellingIndex,
    names: HashMap<String, Vec<UnitId>, FastHash>,
}

/// Spellings by their first token (lower-cased): the unit and the spelling's index.
type SpellingIndex = HashMap<String, Vec<(UnitId, usize)>, FastHash>;

/// The registry read from the embedded `units.tsv`, parsed once.
pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        // The embedded table is checked by the tests; a broken one is a build defect.
        Registry::parse(UNITS_TSV).expect("src/units/units.tsv is valid (see its tests)")
    })
}

impl Registry {
    /// Reads a table in the format of `units.tsv`.
    pub fn parse(text: &str) -> Result<Registry, TableError> {
        let units = table::parse(text)?;
        let mut reg = Registry {
            units,
            after: HashMap::default(),
            before: HashMap::default(),
            names: HashMap::default(),
        };
        for (i, unit) in reg.units.iter().enumerate() {
            let id = UnitId(i as u16);
            for (k, sp) in unit.spellings.iter().enumerate() {
                let index = match sp.place {
                    Place::After => &mut reg.after,
                    Place::Before => &mut reg.before,
                };
                let key = sp.tokens[0].to_lowercase();
                index.entry(key).or_default().push((id, k));
            }
            for name in [&unit.name, &unit.plural] {
                let ids = reg.names.entry(name.to_lowercase()).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Ok(reg)
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn get(&self, id: UnitId) -> &Unit {
        &self.units[usize::from(id.0)]
    }

    pub fn ids(&self) -> impl Iterator<Item = UnitId> {
        (0..self.units.len()).map(|i| UnitId(i as u16))
    }

    /// The dimensions, sorted, each once.
    pub fn dimensions(&self) -> Vec<&str> {
        let mut dims: Vec<&str> = self.units.iter().map(|u| u.dimension.as_str()).collect();
        dims.dedup();
        dims.sort_unstable();
        dims.dedup();
        dims
    }

    /// Whether `dimension` is one of the registry's.
    pub fn has_dimension(&self, dimension: &str) -> bool {
        self.units.iter().any(|u| u.dimension == dimension)
    }

    /// Units whose canonical name or plural is `name` (case-insensitive).
    pub fn by_name(&self, name: &str) -> impl Iterator<Item = UnitId> + '_ {
        self.names
            .get(&name.to_lowercase())
            .into_iter()
            .flatten()
            .copied()
    }

    /// The main unit of a currency (factor 1) by its ISO 4217 code.
    pub fn by_code(&self, code: &str) -> Option<UnitId> {
        self.ids().find(|&id| {
            let u = self.get(id);
            u.code.as_deref() == Some(code) && u.factor == Factor::Fixed(1.0)
        })
    }

    /// The longest unit spelled at the start of `tokens`, written after a number. Among
    /// spellings of equal length a case-sensitive one wins ("nm" is the nanometre, "NM"
    /// the newton metre).
    pub fn after<'r>(&'r self, tokens: &[&str], cx: Context<'_>) -> Option<Found<'r>> {
        self.longest(&self.after, tokens, cx)
    }

    /// Every spelling written before a number (currency signs and codes), with its unit.
    pub fn signs(&self) -> impl Iterator<Item = (&Unit, &Spelling)> {
        self.units.iter().flat_map(|u| {
            u.spellings
                .iter()
                .filter(|sp| sp.place == Place::Before)
                .map(move |sp| (u, sp))
        })
    }

    /// The longest currency sign ending right before a number: `tokens` are the tokens
    /// before it, the last one touching it when `cx.touching`.
    pub fn before<'r>(&'r self, tokens: &[&str], cx: Context<'_>) -> Option<Found<'r>> {
        let mut best: Option<Found<'r>> = None;
        for start in 0..tokens.len() {
            if let Some(f) = self.longest(&self.before, &tokens[start..], cx)
                && f.len == tokens.len() - start
                && best.is_none_or(|b| f.len > b.len)
            {
                best = Some(f);
            }
        }
        best
    }

    /// Whether some sign written before a number (a currency: "$", "US$", "Rs") begins
    /// with `token`: where none does, [`Registry::before`] finds nothing starting there.
    pub fn opens_before(&self, token: &str) -> bool {
        self.before.contains_key(lower(token).as_ref())
    }

    /// The longest unit spelled at token `at` of a run held elsewhere (the extractor's
    /// sentence): `raw(i)` is token `i` as written and `low(i)` lower-cased, both empty
    /// past the end, and `touches(i)` whether token `i` touches the one before. Same
    /// choice as [`Registry::after`], without copying the tokens, except that a power
    /// written as digits must touch its unit ("32m2", not "32 m 2").
    pub fn after_at<'r, 't>(
        &'r self,
        at: usize,
        raw: impl Fn(usize) -> &'t str,
        low: impl Fn(usize) -> &'t str,
        touches: impl Fn(usize) -> bool,
        cx: Context<'_>,
    ) -> Option<Found<'r>> {
        let fits = |sp: &Spelling| {
            sp.tokens.iter().enumerate().all(|(i, want)| {
                let same = if sp.case_sensitive {
                    want == raw(at + i)
                } else {
                    want == low(at + i)
                };
                // A digit in a spelling touches the token before it ("km2", "l/100km"),
                // except a denominator after "per" ("litres per 100 km").
                let digits = i > 0
                    && want.starts_with(|c: char| c.is_ascii_digit())
                    && sp.tokens[i - 1] != "per";
                same && (!digits || touches(at + i))
            })
        };
        self.longest_by(&self.after, low(at), cx, fits)
    }

    fn longest<'r>(
        &'r self,
        index: &'r SpellingIndex,
        tokens: &[&str],
        cx: Context<'_>,
    ) -> Option<Found<'r>> {
        let first = lower(tokens.first()?);
        self.longest_by(index, &first, cx, |sp| spells(sp, tokens))
    }

    fn longest_by<'r>(
        &'r self,
        index: &'r SpellingIndex,
        first: &str,
        cx: Context<'_>,
        fits: impl Fn(&Spelling) -> bool,
    ) -> Option<Found<'r>> {
        let mut best: Option<Found<'r>> = None;
        for &(id, k) in index.get(first)? {
            let unit = self.get(id);
            let sp = &unit.spellings[k];
            let fits_dimension = cx.dimension.is_none_or(|d| d == unit.dimension);
            if !fits_dimension
                || (sp.contextual && cx.dimension.is_none())
                || (sp.touching && !cx.touching)
                || !fits(sp)
            {
                continue;
            }
            let len = sp.tokens.len();
            let better = best.is_none_or(|b| {
                len > b.len || (len == b.len && sp.case_sensitive && !b.spelling.case_sensitive)
            });
            if better {
                best = Some(Found {
                    id,
                    unit,
                    spelling: sp,
                    len,
                });
            }
        }
        best
    }

    /// Converts `amount` from one unit to another of the same dimension: the interval of
    /// amounts it may stand for, or `None` across dimensions, across currencies, or for a
    /// unit that compares only with itself. A unit converts to itself exactly.
    pub fn convert(&self, amount: f64, from: UnitId, to: UnitId) -> Option<(f64, f64)> {
        if from == to {
            return Some((amount, amount));
        }
        let (a, b) = (self.get(from), self.get(to));
        if a.dimension != b.dimension
            || (a.dimension == "money" && (a.code.is_none() || a.code != b.code))
        {
            return None;
        }
        b.base_to_unit(a.to_base(amount)?)
    }
}

/// Whether `sp` is spelled by the first tokens of `tokens`.
fn spells(sp: &Spelling, tokens: &[&str]) -> bool {
    sp.tokens.len() <= tokens.len()
        && sp.tokens.iter().zip(tokens).all(|(want, got)| {
            if sp.case_sensitive {
                want == got
            } else {
                *want == lower(got)
            }
        })
}

/// `token` lower-cased, without a copy when it has no capital (most tokens).
fn lower(token: &str) -> std::borrow::Cow<'_, str> {
    if token
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(token)
    } else {
        std::borrow::Cow::Owned(token.to_lowercase())
    }
}

/// Splits text the way the extractor reads it: runs of letters, runs of ASCII digits, and
/// any other visible character alone ("km/h" → "km", "/", "h"; "m²" → "m", "²").
pub fn tokenize(text: &str) -> impl Iterator<Item = &str> {
    tokenize_spans(text).map(|(_, t)| t)
}

/// `tokenize`, with each token's byte offset in `text`.
pub fn tokenize_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let skip = rest.len() - rest.trim_start().len();
        at += skip;
        let rest = &text[at..];
        let first = rest.chars().next()?;
        let len = if first.is_alphabetic() {
            rest.find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len())
        } else if first.is_ascii_digit() {
            rest.find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let start = at;
        at += len;
        Some((start, &text[start..at]))
    })
}
