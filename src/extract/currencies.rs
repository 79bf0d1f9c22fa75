//! Currencies written before a number ("$", "US$", "Rs", "€"), part of the unit
//! table: the pattern, the unit name and the ISO 4217 code.

use std::sync::OnceLock;

/// A currency written before a number.
#[derive(Debug, Clone, Copy)]
pub struct CurrencyPrefix {
    /// Tokens, as in `UnitDef::pattern`; the last one touches the number unless `spaced`.
    pub pattern: &'static str,
    pub name: &'static str,
    pub code: &'static str,
    /// Whether a space may stand between the prefix and the number ("US $ 1.1 million").
    pub spaced: bool,
}

const fn p(
    pattern: &'static str,
    name: &'static str,
    code: &'static str,
    spaced: bool,
) -> CurrencyPrefix {
    CurrencyPrefix {
        pattern,
        name,
        code,
        spaced,
    }
}

/// Longest patterns first within a shared ending; matching picks the longest anyway.
pub const CURRENCY_PREFIXES: &[CurrencyPrefix] = &[
    p("$", "dollar", "USD", true),
    p("US $", "dollar", "USD", true),
    p("U . S . $", "dollar", "USD", true),
    p("USD", "dollar", "USD", true),
    p("US", "dollar", "USD", false),
    p("A $", "australian dollar", "AUD", true),
    // Symbol first, country glued to the number: "$US55,931,000", "$A82,615,680".
    p("$ US", "dollar", "USD", false),
    p("$ A", "australian dollar", "AUD", false),
    p("$ C", "canadian dollar", "CAD", false),
    p("$ NZ", "new zealand dollar", "NZD", false),
    p("$ HK", "hong kong dollar", "HKD", false),
    p("AU $", "australian dollar", "AUD", true),
    p("AUD", "australian dollar", "AUD", true),
    p("C $", "canadian dollar", "CAD", true),
    p("CA $", "canadian dollar", "CAD", true),
    p("CAD", "canadian dollar", "CAD", true),
    p("HK $", "hong kong dollar", "HKD", true),
    p("HKD", "hong kong dollar", "HKD", true),
    p("NZ $", "new zealand dollar", "NZD", true),
    p("S $", "singapore dollar", "SGD", true),
    p("R $", "brazilian real", "BRL", true),
    p("€", "euro", "EUR", true),
    p("EUR", "euro", "EUR", true),
    p("£", "pound sterling", "GBP", true),
    p("GBP", "pound sterling", "GBP", true),
    // ASCII transliterations of £ and ¥ ("PS2.7m", "Y=28,030").
    p("PS", "pound sterling", "GBP", false),
    p("¥", "japanese yen", "JPY", true),
    p("Y =", "japanese yen", "JPY", false),
    p("JPY", "japanese yen", "JPY", true),
    p("CNY", "chinese yuan", "CNY", true),
    p("RMB", "chinese yuan", "CNY", true),
    p("₹", "indian rupee", "INR", true),
    p("KSh", "kenyan shilling", "KES", true),
    p("Ksh", "kenyan shilling", "KES", true),
    p("KES", "kenyan shilling", "KES", true),
    p("GH ₵", "ghanaian cedi", "GHS", true),
    p("GH ¢", "ghanaian cedi", "GHS", true),
    p("₵", "ghanaian cedi", "GHS", true),
    p("rs", "indian rupee", "INR", true),
    p("rs .", "indian rupee", "INR", true),
    p("GHS", "ghanaian cedi", "GHS", true),
    p("ZAR", "south african rand", "ZAR", true),
    p("R", "south african rand", "ZAR", false),
    p("Rs", "indian rupee", "INR", true),
    p("Rs .", "indian rupee", "INR", true),
    p("INR", "indian rupee", "INR", true),
    p("₽", "russian ruble", "RUB", true),
    p("RUB", "russian ruble", "RUB", true),
    p("₪", "shekel", "ILS", true),
    p("NIS", "shekel", "ILS", true),
    p("ILS", "shekel", "ILS", true),
    p("RM", "malaysian ringgit", "MYR", false),
    p("MYR", "malaysian ringgit", "MYR", true),
    p("CHF", "swiss franc", "CHF", true),
    p("₩", "south korean won", "KRW", true),
    p("KRW", "south korean won", "KRW", true),
    p("TJS", "tajikistani somoni", "TJS", true),
    p("PLN", "polish zloty", "PLN", true),
    p("CZK", "czech koruna", "CZK", true),
    p("HUF", "hungarian forint", "HUF", true),
    p("RON", "romanian leu", "RON", true),
    p("TRY", "turkish lira", "TRY", true),
    p("MXN", "mexican peso", "MXN", true),
    p("ARS", "argentine peso", "ARS", true),
    p("CLP", "chilean peso", "CLP", true),
    p("IDR", "indonesian rupiah", "IDR", true),
    p("VND", "vietnamese dong", "VND", true),
    p("UAH", "ukrainian hryvnia", "UAH", true),
    p("KZT", "kazakhstani tenge", "KZT", true),
    p("PKR", "pakistani rupee", "PKR", true),
    p("LKR", "sri lankan rupee", "LKR", true),
    p("BDT", "bangladeshi taka", "BDT", true),
    p("EGP", "egyptian pound", "EGP", true),
    p("SAR", "saudi riyal", "SAR", true),
    p("QAR", "qatari riyal", "QAR", true),
    p("AED", "united arab emirates dirham", "AED", true),
    p("KWD", "kuwaiti dinar", "KWD", true),
    p("KES", "kenyan shilling", "KES", true),
    p("GHS", "ghanaian cedi", "GHS", true),
    p("ISK", "icelandic krona", "ISK", true),
    p("TWD", "new taiwan dollar", "TWD", true),
    p("SGD", "singapore dollar", "SGD", true),
    p("NGN", "nigerian naira", "NGN", true),
    p("ZAR", "south african rand", "ZAR", true),
    p("BRL", "brazilian real", "BRL", true),
    p("THB", "thai baht", "THB", true),
    p("HRK", "croatian kuna", "HRK", true),
    p("₦", "nigerian naira", "NGN", true),
    p("₺", "turkish lira", "TRY", true),
    p("฿", "thai baht", "THB", true),
    p("₱", "philippine peso", "PHP", true),
    p("₴", "ukrainian hryvnia", "UAH", true),
    p("₫", "vietnamese dong", "VND", true),
    p("NT $", "new taiwan dollar", "TWD", true),
    p("Rp", "indonesian rupiah", "IDR", true),
    p("zł", "polish zloty", "PLN", true),
    p("MX $", "mexican peso", "MXN", true),
];

/// The currency prefixes with their first and last tokens and their length in tokens,
/// so a lookup can reject most of them without splitting their patterns.
pub struct PrefixEntry {
    pub first: &'static str,
    pub last: &'static str,
    pub len: usize,
    pub prefix: &'static CurrencyPrefix,
}

pub fn currency_prefix_index() -> &'static [PrefixEntry] {
    static INDEX: OnceLock<Vec<PrefixEntry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        CURRENCY_PREFIXES
            .iter()
            .map(|p| PrefixEntry {
                first: p.pattern.split(' ').next().unwrap_or(""),
                last: p.pattern.rsplit(' ').next().unwrap_or(""),
                len: p.pattern.split(' ').count(),
                prefix: p,
            })
            .collect()
    })
}
