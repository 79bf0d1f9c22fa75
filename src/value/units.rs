//! Dimensions and units as subjects and claim values use them. A subject's dimension is
//! one of the unit registry's (src/units/: length, mass, money, duration, …), `count` for
//! counted nouns, or `date`. A value's unit is a registry unit, a currency (its ISO 4217
//! code), the percentage, or a counted noun. Units of one dimension convert through the
//! registry; currencies only within one currency; counts of any noun compare one to one.

use crate::units::{self as registry_mod, Context, Factor, UnitId, registry};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

/// What a subject measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Date,
    /// Counted nouns ("districts", "soldiers").
    Count,
    Money,
    Percent,
    /// Any other dimension of the unit registry ("length", "mass", "duration").
    Measure(&'static str),
}

/// Dimensions whose values may be negative besides dates: temperatures, angles, changes
/// in percentage points or index points, logarithmic scales, sports statistics.
const SIGNED: &[&str] = &[
    "angle",
    "earthquake-magnitude",
    "percentage-point",
    "points",
    "sound-level",
    "sports-statistic",
    "temperature",
];

impl Dimension {
    pub const LENGTH: Dimension = Dimension::Measure("length");

    /// Every dimension's name, sorted: `date` and the registry's.
    pub fn names() -> &'static [&'static str] {
        static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
        NAMES.get_or_init(|| {
            let mut names: Vec<&'static str> = registry().dimensions();
            names.push("date");
            names.sort_unstable();
            names.dedup();
            names
        })
    }

    /// Every dimension.
    pub fn all() -> Vec<Dimension> {
        Self::names()
            .iter()
            .filter_map(|n| Self::parse(n))
            .collect()
    }

    /// The dimension named `name` ("length", "money", "date").
    pub fn parse(name: &str) -> Option<Dimension> {
        Some(match name {
            "date" => Dimension::Date,
            "count" => Dimension::Count,
            "money" => Dimension::Money,
            "percent" => Dimension::Percent,
            other => Dimension::Measure(Self::names().iter().find(|n| **n == other)?),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Date => "date",
            Dimension::Count => "count",
            Dimension::Money => "money",
            Dimension::Percent => "percent",
            Dimension::Measure(name) => name,
        }
    }

    /// Whether values of this dimension can never be negative.
    pub fn non_negative(self) -> bool {
        !(self == Dimension::Date || SIGNED.contains(&self.as_str()))
    }

    /// The registry dimension whose units this dimension's values may carry.
    fn registry_name(self) -> Option<&'static str> {
        (self != Dimension::Date).then(|| self.as_str())
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Dimension {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Dimension {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Dimension::parse(&name)
            .ok_or_else(|| serde::de::Error::unknown_variant(&name, Dimension::names()))
    }
}

impl schemars::JsonSchema for Dimension {
    fn schema_name() -> Cow<'static, str> {
        "Dimension".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "What the subject measures: a dimension of the unit registry (docs/reference.md, Units), `count` for counted nouns, or `date`.",
            "type": "string",
            "enum": Dimension::names(),
        })
    }
}

/// A unit as written after (or, for currency signs, before) a number. One unit has one
/// form: the percentage is `Percent`, a currency's main unit `Money(code)`, every other
/// registry unit `Measure`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    Measure(UnitId),
    /// An ISO 4217 currency code.
    Money(String),
    Percent,
    /// A counted noun, singular ("district").
    Count(String),
}

impl Unit {
    /// The unit for a registry entry, in its one form.
    pub fn from_id(id: UnitId) -> Unit {
        let u = registry().get(id);
        match (&u.code, u.factor) {
            _ if u.dimension == "percent" && u.factor == Factor::Fixed(1.0) => Unit::Percent,
            (Some(code), Factor::Fixed(1.0)) => Unit::Money(code.clone()),
            _ => Unit::Measure(id),
        }
    }

    /// The registry unit whose canonical name is `name` ("kilometre", "penny").
    pub fn named(name: &str) -> Option<Unit> {
        let reg = registry();
        reg.by_name(name)
            .find(|&id| reg.get(id).name == name)
            .map(Unit::from_id)
    }

    /// The registry entry behind the unit (none for counted nouns).
    pub fn id(&self) -> Option<UnitId> {
        match self {
            Unit::Measure(id) => Some(*id),
            Unit::Money(code) => registry().by_code(code),
            Unit::Percent => registry().by_name("percentage").next(),
            Unit::Count(_) => None,
        }
    }

    pub fn dimension(&self) -> Dimension {
        match self {
            Unit::Measure(id) => {
                let name = registry().get(*id).dimension.as_str();
                Dimension::parse(name).unwrap_or(Dimension::Count)
            }
            Unit::Money(_) => Dimension::Money,
            Unit::Percent => Dimension::Percent,
            Unit::Count(_) => Dimension::Count,
        }
    }

    /// The amounts in `target` that `amount` in `self` stands for (one value unless a unit
    /// is ambiguous, like "gallon"), or `None` when the two do not convert.
    pub fn convert(&self, amount: f64, target: &Unit) -> Option<(f64, f64)> {
        match (self, target) {
            (Unit::Count(_), Unit::Count(_)) => Some((amount, amount)),
            _ if self == target => Some((amount, amount)),
            _ => registry().convert(amount, self.id()?, target.id()?),
        }
    }

    /// The factor that turns an amount in `self` into one in `target`, when the
    /// conversion is a single factor (no range, no offset).
    pub fn factor_to(&self, target: &Unit) -> Option<f64> {
        let (lo, hi) = self.convert(1.0, target)?;
        let zero = self.convert(0.0, target)?;
        (lo == hi && zero == (0.0, 0.0)).then_some(lo)
    }

    /// How the unit is written after an amount of `amount` ("883 feet", "12 km").
    pub fn render_after(&self, amount: f64) -> String {
        // A space and the word, as `format!(" {word}")` writes them (a value is drafted
        // for every mention extracted).
        let spaced = |word: &str| {
            let mut s = String::with_capacity(word.len() + 1);
            s.push(' ');
            s.push_str(word);
            s
        };
        match self {
            Unit::Measure(id) => {
                let u = registry().get(*id);
                spaced(u.short.as_deref().unwrap_or(u.name_for(amount)))
            }
            Unit::Money(code) => spaced(code),
            Unit::Percent => "%".to_string(),
            Unit::Count(noun) if amount == 1.0 => spaced(noun),
            Unit::Count(noun) => spaced(&plural_noun(noun)),
        }
    }
}

/// The plural of a counted noun: the registry's when the noun names a unit ("feet"),
/// else the English rule.
pub fn plural_noun(noun: &str) -> String {
    let reg = registry();
    reg.by_name(noun)
        .map(|id| reg.get(id))
        .find(|u| u.name == noun)
        .map_or_else(|| pluralize(noun), |u| u.plural.clone())
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Measure(id) => {
                let u = registry().get(*id);
                f.write_str(u.short.as_deref().unwrap_or(&u.name))
            }
            Unit::Money(code) => f.write_str(code),
            Unit::Percent => f.write_str("%"),
            Unit::Count(noun) => f.write_str(noun),
        }
    }
}

/// The longest unit spelled at the start of `tokens` (raw text, as
/// `crate::units::tokenize` splits it), written after a number, and how many tokens it
/// takes. Units of `dimension` come first, with their contextual spellings and their
/// touching-only symbols even when spaced; then units of any dimension.
pub fn unit_after(
    tokens: &[&str],
    touching: bool,
    dimension: Option<Dimension>,
) -> Option<(Unit, usize)> {
    lookup(tokens, touching, dimension, |reg, toks, cx| {
        reg.after(toks, cx)
    })
}

/// Whether a currency sign written before a number may begin with `token` (a cheap test
/// before [`unit_before`] on a run that must be all sign).
pub fn may_open_sign_before(token: &str) -> bool {
    registry().opens_before(token)
}

/// The longest currency sign that ends `tokens`, right before a number.
pub fn unit_before(
    tokens: &[&str],
    touching: bool,
    dimension: Option<Dimension>,
) -> Option<(Unit, usize)> {
    lookup(tokens, touching, dimension, |reg, toks, cx| {
        reg.before(toks, cx)
    })
}

fn lookup<'r>(
    tokens: &[&str],
    touching: bool,
    dimension: Option<Dimension>,
    find: impl Fn(&'r registry_mod::Registry, &[&str], Context<'_>) -> Option<registry_mod::Found<'r>>,
) -> Option<(Unit, usize)> {
    let reg = registry();
    // Where the dimension is known, its symbols that must touch the number in open text
    // may stand apart ("47,071 t", "5 ft 2 in").
    let within = dimension.and_then(Dimension::registry_name).and_then(|d| {
        find(
            reg,
            tokens,
            Context {
                touching: true,
                dimension: Some(d),
            },
        )
    });
    let found = within.or_else(|| {
        find(
            reg,
            tokens,
            Context {
                touching,
                dimension: None,
            },
        )
    })?;
    Some((Unit::from_id(found.id), found.len))
}

/// A few units of `dimension` to suggest in a hint ("cm, ft, km, m").
pub fn example_units(dimension: Dimension) -> String {
    let Some(dim) = dimension.registry_name() else {
        return String::new();
    };
    let reg = registry();
    let units: Vec<&crate::units::Unit> =
        reg.units().iter().filter(|u| u.dimension == dim).collect();
    let short: Vec<&str> = units.iter().filter_map(|u| u.short.as_deref()).collect();
    let names: Vec<&str> = if short.len() >= 3 {
        short
    } else {
        units.iter().map(|u| u.name.as_str()).collect()
    };
    names.into_iter().take(6).collect::<Vec<_>>().join(", ")
}

/// The units of `dimension` written after the figures of `text` ("883 feet (269 m)" has
/// ft and m for length), each once, in order.
pub fn units_in(text: &str, dimension: Dimension) -> Vec<Unit> {
    let spans: Vec<(usize, &str)> = registry_mod::tokenize_spans(text).collect();
    let toks: Vec<&str> = spans.iter().map(|s| s.1).collect();
    let mut out: Vec<Unit> = Vec::new();
    for i in 1..toks.len() {
        if !toks[i - 1].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let touching = spans[i - 1].0 + toks[i - 1].len() == spans[i].0;
        if let Some((unit, _)) = unit_after(&toks[i..], touching, Some(dimension))
            && unit.dimension() == dimension
            && !out.contains(&unit)
        {
            out.push(unit);
        }
    }
    out
}

/// Reads a subject's unit declaration: a unit's name, plural or spelling in `dimension`,
/// a currency code, `%`, or (for counts) a noun.
pub fn parse_subject_unit(text: &str, dimension: Dimension) -> Option<Unit> {
    let t = text.trim();
    if t.is_empty() || dimension == Dimension::Date {
        return None;
    }
    if dimension == Dimension::Count {
        let t = t.to_lowercase();
        return (t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-'))
            .then(|| Unit::Count(singular(&t)));
    }
    let reg = registry();
    let dim = dimension.registry_name()?;
    if dimension == Dimension::Money
        && let Some(id) = reg.by_code(t)
    {
        return Some(Unit::from_id(id));
    }
    if let Some(id) = reg.by_name(t).find(|id| reg.get(*id).dimension == dim) {
        return Some(Unit::from_id(id));
    }
    let toks: Vec<&str> = registry_mod::tokenize(t).collect();
    let cx = Context {
        touching: true,
        dimension: Some(dim),
    };
    let found = reg.after(&toks, cx).or_else(|| reg.before(&toks, cx))?;
    (found.len == toks.len()).then(|| Unit::from_id(found.id))
}

/// The singular of an English noun, for comparing counted nouns ("districts" → "district"),
/// from the one inflection table (`src/units/inflection.tsv`).
pub fn singular(noun: &str) -> String {
    crate::units::inflection::singular(noun)
}

/// The plural of a singular noun, as `singular` reads it back.
pub fn pluralize(noun: &str) -> String {
    crate::units::inflection::plural(noun)
}
