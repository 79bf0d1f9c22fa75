//! Units and dimensions: which words name a unit, which dimension it measures, and how to
//! convert between units of one dimension. Lengths convert (km, m, mi); money converts only
//! within one currency (exchange rates depend on a date and a source, so crosscheck never
//! guesses them); percent is its own dimension; anything else after a number is a counted
//! noun ("districts", "soldiers"), and counts of any noun compare one to one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a subject measures.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    PartialOrd,
    Ord,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Length,
    Money,
    Percent,
    Count,
    Date,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Length,
        Dimension::Money,
        Dimension::Percent,
        Dimension::Count,
        Dimension::Date,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Money => "money",
            Dimension::Percent => "percent",
            Dimension::Count => "count",
            Dimension::Date => "date",
        }
    }

    /// Whether values of this dimension can never be negative.
    pub fn non_negative(self) -> bool {
        matches!(
            self,
            Dimension::Length | Dimension::Money | Dimension::Count | Dimension::Percent
        )
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LengthUnit {
    Kilometre,
    Metre,
    Mile,
}

impl LengthUnit {
    fn metres(self) -> f64 {
        match self {
            LengthUnit::Kilometre => 1000.0,
            LengthUnit::Metre => 1.0,
            LengthUnit::Mile => 1609.344,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            LengthUnit::Kilometre => "km",
            LengthUnit::Metre => "m",
            LengthUnit::Mile => "mi",
        }
    }
}

/// A unit as written after (or, for currency symbols, before) a number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    Length(LengthUnit),
    /// An ISO 4217 currency code.
    Money(String),
    Percent,
    /// A counted noun, singular ("district").
    Count(String),
}

impl Unit {
    pub fn dimension(&self) -> Dimension {
        match self {
            Unit::Length(_) => Dimension::Length,
            Unit::Money(_) => Dimension::Money,
            Unit::Percent => Dimension::Percent,
            Unit::Count(_) => Dimension::Count,
        }
    }

    /// The factor that turns an amount in `self` into an amount in `target`, or `None` when
    /// the two cannot be converted (other dimension, other currency).
    pub fn factor_to(&self, target: &Unit) -> Option<f64> {
        match (self, target) {
            (Unit::Length(a), Unit::Length(b)) => Some(a.metres() / b.metres()),
            (Unit::Money(a), Unit::Money(b)) => (a == b).then_some(1.0),
            (Unit::Percent, Unit::Percent) => Some(1.0),
            (Unit::Count(_), Unit::Count(_)) => Some(1.0),
            _ => None,
        }
    }

    /// How the unit is written after an amount of `amount` (plural nouns where needed).
    pub fn render_after(&self, amount: f64) -> String {
        match self {
            Unit::Length(l) => format!(" {}", l.symbol()),
            Unit::Money(code) => format!(" {code}"),
            Unit::Percent => "%".to_string(),
            Unit::Count(noun) if amount == 1.0 => format!(" {noun}"),
            Unit::Count(noun) => format!(" {}", pluralize(noun)),
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Length(l) => f.write_str(l.symbol()),
            Unit::Money(code) => f.write_str(code),
            Unit::Percent => f.write_str("%"),
            Unit::Count(noun) => f.write_str(noun),
        }
    }
}

/// Names of units that may follow a number, lower-case. Hyphenated adjective forms
/// ("1,400-kilometer border") reach here without the hyphen.
pub fn unit_word(word: &str) -> Option<Unit> {
    use LengthUnit::*;
    Some(match word {
        "km" | "kms" | "kilometer" | "kilometers" | "kilometre" | "kilometres" => {
            Unit::Length(Kilometre)
        }
        "m" | "meter" | "meters" | "metre" | "metres" => Unit::Length(Metre),
        "mi" | "mile" | "miles" => Unit::Length(Mile),
        "%" | "percent" | "pct" => Unit::Percent,
        _ => return currency_word(word).map(|c| Unit::Money(c.to_string())),
    })
}

/// Currency words and codes after a number ("dollars", "USD", "roubles").
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "usd" | "dollar" | "dollars" | "us$" => "USD",
        "eur" | "euro" | "euros" => "EUR",
        "gbp" | "pound" | "pounds" => "GBP",
        "rub" | "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "cny" | "yuan" => "CNY",
        "tjs" | "somoni" => "TJS",
        _ => return None,
    })
}

/// Currency symbols written before a number ("$1.1 million").
pub fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '₽' => "RUB",
        _ => return None,
    })
}

/// Reads a subject's unit declaration: a unit word, a currency code, `%`, or a noun.
pub fn parse_subject_unit(text: &str, dimension: Dimension) -> Option<Unit> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    if dimension == Dimension::Count {
        return (t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-'))
            .then(|| Unit::Count(singular(&t)));
    }
    let unit = unit_word(&t)?;
    (unit.dimension() == dimension).then_some(unit)
}

/// Nouns whose plural is not made with "s" (singular, plural); "woman" and "women" end
/// like "man" and "men" and come out the same either way.
const IRREGULAR: [(&str, &str); 5] = [
    ("person", "people"),
    ("woman", "women"),
    ("man", "men"),
    ("child", "children"),
    ("personnel", "personnel"),
];

/// The singular of an English noun, for comparing counted nouns ("districts" → "district").
pub fn singular(noun: &str) -> String {
    let n = noun.to_lowercase();
    for (sg, pl) in IRREGULAR {
        if let Some(stem) = n.strip_suffix(pl) {
            return format!("{stem}{sg}");
        }
    }
    if let Some(stem) = n.strip_suffix("ies")
        && stem.len() > 1
    {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if n.ends_with(suffix) {
            return n[..n.len() - 2].to_string();
        }
    }
    if n.ends_with('s') && !n.ends_with("ss") && !n.ends_with("us") && n.len() > 2 {
        return n[..n.len() - 1].to_string();
    }
    n
}

/// The plural of a singular noun, as `singular` reads it back.
pub fn pluralize(noun: &str) -> String {
    for (sg, pl) in IRREGULAR {
        if let Some(stem) = noun.strip_suffix(sg) {
            return format!("{stem}{pl}");
        }
    }
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if noun.ends_with("ch") || noun.ends_with("sh") || noun.ends_with("ss") || noun.ends_with('x') {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let km = Unit::Length(LengthUnit::Kilometre);
        let mi = Unit::Length(LengthUnit::Mile);
        assert!((mi.factor_to(&km).unwrap() - 1.609344).abs() < 1e-12);
        assert_eq!(
            Unit::Money("USD".into()).factor_to(&Unit::Money("EUR".into())),
            None
        );
        assert_eq!(km.factor_to(&Unit::Percent), None);
    }

    #[test]
    fn nouns_round_trip() {
        for n in [
            "district", "soldier", "person", "county", "church", "troop", "afghan",
        ] {
            assert_eq!(singular(&pluralize(n)), n);
        }
        assert_eq!(singular("Districts"), "district");
        assert_eq!(singular("people"), "person");
    }
}
