//! Numbers as editors and reporters write them: digits with thousands separators and
//! decimals ("1,400", "1.3", the middle dot of "3·8"), number words ("nine", "one hundred
//! and sixty-two"), and scale words ("1.3 thousand", "1.1 million").
//!
//! Numbers are built from their decimal spelling, never by multiplying floats, so
//! "1.1 million" is exactly 1100000 and "1.3 thousand" exactly 1300.

/// The largest magnitude a value may have. Beyond it a figure is almost surely a typo,
/// and floating-point arithmetic stops being exact for whole numbers.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// The largest magnitude the extractor takes when a scale word past "trillion" gives it
/// ("10 quadrillion watts", "two quintillion calculations", "10 septillion years"): such a
/// figure is written on purpose, not a typo (decision 755). The value grammar keeps
/// `MAX_MAGNITUDE`.
pub const MAX_SCALED_MAGNITUDE: f64 = 1e36;

/// A number written in decimal: `digits` without separators or point, and the power of ten
/// that places the point (`1.3` is digits "13", exponent -1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    pub digits: String,
    pub exponent: i32,
}

/// The powers of ten an f64 holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

impl Decimal {
    pub fn from_integer(n: u64) -> Decimal {
        Decimal {
            digits: n.to_string(),
            exponent: 0,
        }
    }

    /// Multiplies by a power of ten (a scale word).
    pub fn scaled(mut self, power: i32) -> Decimal {
        self.exponent += power;
        self
    }

    /// The nearest f64, or `None` when it is not finite.
    pub fn to_f64(&self) -> Option<f64> {
        self.to_f64_at(self.exponent)
    }

    /// `self.clone().scaled(power).to_f64()`, without the copy of the digits.
    pub fn scaled_to_f64(&self, power: i32) -> Option<f64> {
        self.to_f64_at(self.exponent + power)
    }

    /// The nearest f64 to the digits with the point placed by `e`, or `None` when it is
    /// not finite.
    fn to_f64_at(&self, e: i32) -> Option<f64> {
        // Clinger's fast path: a whole number of at most 15 digits (below 2^53) and a
        // power of ten of at most 22 (exact in an f64) give the correctly rounded value in
        // one multiplication or division, as the text's parse below gives it.
        if self.digits.len() <= 15
            && (-22..=22).contains(&e)
            && let Ok(m) = self.digits.parse::<u64>()
        {
            let p = POW10[e.unsigned_abs() as usize];
            return Some(if e >= 0 { m as f64 * p } else { m as f64 / p });
        }
        let digits = if self.digits.is_empty() {
            "0"
        } else {
            &self.digits
        };
        let v: f64 = format!("{digits}e{e}").parse().ok()?;
        v.is_finite().then_some(v)
    }
}

/// Reads digits with optional thousands separators (commas, or thin/no-break spaces in
/// groups of three) and an optional decimal part. Returns the decimal and the bytes used.
/// Separators must be well placed: "1,400" and "12,000,000" are numbers, "1,40" is not.
/// After `lead` leading digits, the bytes of Indian digit groups (",50,000" in
/// "2,50,000"): one or more comma groups of two digits and a last group of three, not
/// followed by another digit or comma group. `None` when the text does not have them.
pub fn indian_grouping_len(rest: &str, lead: usize) -> Option<usize> {
    if !(1..=2).contains(&lead) {
        return None;
    }
    let b = rest.as_bytes();
    let group = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    let mut pairs = 0;
    while b.get(i) == Some(&b',') && group(i + 1) == 2 {
        i += 3;
        pairs += 1;
    }
    if pairs == 0 || b.get(i) != Some(&b',') || group(i + 1) != 3 {
        return None;
    }
    i += 4;
    if b.get(i) == Some(&b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some(i)
}

pub fn scan_digits(s: &str) -> Option<(Decimal, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut digits = String::new();
    while i < b.len() && b[i].is_ascii_digit() {
        digits.push(b[i] as char);
        i += 1;
    }
    if digits.is_empty() {
        return None;
    }
    // Indian grouping: "2,50,000", "1,20,000" (lakh and crore groups of two digits,
    // then a last group of three).
    if let Some(len) = indian_grouping_len(&s[i..], digits.len()) {
        digits.extend(
            s[i..i + len]
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(char::from),
        );
        i += len;
    }
    // Thousands groups: a separator followed by exactly three digits.
    if digits.len() <= 3 {
        loop {
            let sep_len = separator_len(&s[i..]);
            if sep_len == 0 {
                break;
            }
            let rest = &b[i + sep_len..];
            let group = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            if group != 3 {
                break;
            }
            for &c in &rest[..3] {
                digits.push(c as char);
            }
            i += sep_len + 3;
        }
    }
    let mut exponent = 0;
    let point = decimal_point_len(&s[i..]);
    if point > 0 {
        i += point;
        while i < b.len() && b[i].is_ascii_digit() {
            digits.push(b[i] as char);
            exponent -= 1;
            i += 1;
        }
    }
    let trimmed = digits.trim_start_matches('0');
    let digits = if trimmed.is_empty() {
        "0".to_string()
    } else {
        trimmed.to_string()
    };
    Some((Decimal { digits, exponent }, i))
}

/// Bytes of a decimal point at the front of `s` with a digit after it: "." or the
/// middle dot (U+00B7) of older British and Irish print ("3·8 km", "$17·7m"; decision
/// 862); 0 when none.
pub fn decimal_point_len(s: &str) -> usize {
    let point = if s.starts_with('.') {
        1
    } else if s.starts_with('\u{b7}') {
        '\u{b7}'.len_utf8()
    } else {
        return 0;
    };
    if s.as_bytes().get(point).is_some_and(u8::is_ascii_digit) {
        point
    } else {
        0
    }
}

/// Bytes of a thousands separator at the front of `s`: a comma, a group space
/// ([`is_group_space`]) or the low single quote U+201A that some scraped pages print for
/// every comma ("10\u{201a}500 litres", "R3\u{201a}500"; decision 1078); 0 when none. The
/// caller checks that three digits follow.
pub fn separator_len(s: &str) -> usize {
    match s.chars().next() {
        Some(c) if c == ',' || c == '\u{201a}' || is_group_space(c) => c.len_utf8(),
        _ => 0,
    }
}

/// The spaces pages print between groups of thousands inside one figure: the no-break
/// space U+00A0, the narrow no-break space U+202F and the thin space U+2009 ("1\u{a0}400").
pub fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The power of ten a scale word stands for.
pub fn scale_word(word: &str) -> Option<i32> {
    Some(match word {
        "thousand" | "thousands" => 3,
        "million" | "millions" | "mln" | "mn" => 6,
        "billion" | "billions" | "bn" | "bln" => 9,
        "trillion" | "trillions" => 12,
        // The short scale past a trillion (decision 755).
        "quadrillion" | "quadrillions" => 15,
        "quintillion" | "quintillions" => 18,
        "sextillion" | "sextillions" => 21,
        "septillion" | "septillions" => 24,
        "octillion" | "octillions" => 27,
        "nonillion" | "nonillions" => 30,
        "decillion" | "decillions" => 33,
        _ => return None,
    })
}

/// The number words below twenty, in order of their value.
pub const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens from twenty to ninety, in order of their value.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a simple number word ("nine", "twenty").
pub fn small_number_word(word: &str) -> Option<u64> {
    if let Some(i) = ONES.iter().position(|w| *w == word) {
        return Some(i as u64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == word) {
        return Some(20 + 10 * i as u64);
    }
    match word {
        "dozen" => Some(12),
        _ => None,
    }
}

/// Reads a run of number words from `words` (already lower-cased, hyphenated forms split):
/// "one hundred and sixty two", "a thousand", "nine". Returns the number and how many words
/// it used; stops before a word that does not continue the number. Scale words above a
/// hundred are left to the caller only when no number word precedes them ("a million" is
/// read here, "1.1 million" by the caller). The number is a `u128` so that a scale word
/// past "trillion" fits ("three septillion", decision 755). A scale word repeated after a
/// smaller or equal one starts a second number with the words since the last scale: "one
/// million and two million" is one million, then "two million" (decision 1170).
pub fn read_number_words(words: &[&str]) -> Option<(u128, usize)> {
    let mut total: u128 = 0;
    let mut current: u128 = 0;
    let mut used = 0;
    // How many words the number had used at its last scale word.
    let mut used_at_scale = 0;
    let mut seen_number = false;
    // Scales fall: "one thousand two thousand" is two numbers.
    let mut last_scale = i32::MAX;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(n) = small_number_word(w) {
            // "twenty nine" adds; "nine twenty" is not one number.
            if seen_number
                && !current.is_multiple_of(100)
                && !(current.is_multiple_of(10) && n < 10 && current % 100 >= 20)
            {
                break;
            }
            current = current.checked_add(u128::from(n))?;
            seen_number = true;
            i += 1;
            used = i;
        } else if w == "a"
            && !seen_number
            && i + 1 < words.len()
            && (words[i + 1] == "hundred" || scale_word(words[i + 1]).is_some())
        {
            current = 1;
            seen_number = true;
            i += 1;
        } else if w == "hundred" && seen_number {
            current = current.max(1).checked_mul(100)?;
            i += 1;
            used = i;
        } else if let (Some(p), true) = (scale_word(w), seen_number) {
            if p >= last_scale {
                // "one million and two million": "two" is the next number's.
                if current > 0 {
                    return Some((total, used_at_scale));
                }
                break;
            }
            last_scale = p;
            let scale = 10u128.checked_pow(p as u32)?;
            total = total.checked_add(current.max(1).checked_mul(scale)?)?;
            current = 0;
            i += 1;
            used = i;
            used_at_scale = used;
        } else if w == "and"
            && seen_number
            && i + 1 < words.len()
            && small_number_word(words[i + 1]).is_some()
        {
            i += 1;
        } else {
            break;
        }
    }
    if used == 0 {
        return None;
    }
    Some((total.checked_add(current)?, used))
}

/// Writes a number the way the grammar reads it back: no separators, no exponent.
pub fn render_number(v: f64) -> String {
    let mut s = String::new();
    let _ = write_number(&mut s, v);
    s
}

/// Writes [`render_number`]'s text to `out`, with no string of its own.
pub fn write_number(out: &mut impl std::fmt::Write, v: f64) -> std::fmt::Result {
    if v == v.trunc() && v.abs() < 1e16 {
        write!(out, "{}", v as i64)
    } else {
        write!(out, "{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_gives_the_parsed_value() {
        let mut m = 1u64;
        for k in 0..400u64 {
            m = m.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(k) % 1_000_000_000_000_000;
            for digits in [
                m.to_string(),
                (m % 100_000).to_string(),
                format!("00{}", m % 977),
            ] {
                for exponent in -24..=24 {
                    let d = Decimal {
                        digits: digits.clone(),
                        exponent,
                    };
                    let parsed: f64 = format!("{digits}e{exponent}").parse().unwrap();
                    assert_eq!(
                        d.to_f64().map(f64::to_bits),
                        Some(parsed.to_bits()),
                        "{d:?}"
                    );
                }
            }
        }
    }

    fn num(s: &str) -> f64 {
        let (d, used) = scan_digits(s).unwrap();
        assert_eq!(used, s.len(), "{s}");
        d.to_f64().unwrap()
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(num("1,400"), 1400.0);
        assert_eq!(num("12,000,000"), 12_000_000.0);
        assert_eq!(num("1.3"), 1.3);
        assert_eq!(num("0.5"), 0.5);
        assert_eq!(num("1\u{a0}400"), 1400.0);
        // A misplaced separator ends the number.
        assert_eq!(scan_digits("1,40").unwrap().1, 1);
        assert_eq!(scan_digits("1234,567").unwrap().1, 4);
    }

    #[test]
    fn indian_digit_groups() {
        assert_eq!(num("2,50,000"), 250_000.0);
        assert_eq!(num("1,20,00,000"), 12_000_000.0);
        assert_eq!(num("12,34,567.5"), 1_234_567.5);
        // Not without the last group of three, nor with a long lead.
        assert_eq!(scan_digits("1,22").unwrap().1, 1);
        assert_eq!(scan_digits("123,45,678").unwrap().1, 3);
    }

    #[test]
    fn scale_is_exact() {
        let (d, _) = scan_digits("1.1").unwrap();
        assert_eq!(d.scaled(6).to_f64(), Some(1_100_000.0));
        let (d, _) = scan_digits("1.3").unwrap();
        assert_eq!(d.scaled(3).to_f64(), Some(1300.0));
    }

    /// `scaled_to_f64` is the scaled copy's value; `render_number`, written through
    /// `write_number`, is the text `format!` gave.
    #[test]
    fn scaled_values_and_rendered_numbers_are_as_before() {
        for text in [
            "0",
            "1.1",
            "1.3",
            "12,000,000",
            "0.000123",
            "999999999999999999",
            "7",
        ] {
            let (d, _) = scan_digits(text).unwrap();
            for power in [-30, -3, 0, 3, 6, 9, 22, 300] {
                let old = d.clone().scaled(power).to_f64();
                assert_eq!(
                    d.scaled_to_f64(power).map(f64::to_bits),
                    old.map(f64::to_bits)
                );
            }
        }
        for v in [
            0.0_f64, -0.0, 1.0, -7.0, 1.5, 0.1, 1e15, 9.9e15, 1e16, 1e20, -3.25, 1e-7,
        ] {
            let old = if v == v.trunc() && v.abs() < 1e16 {
                format!("{}", v as i64)
            } else {
                format!("{v}")
            };
            assert_eq!(render_number(v), old, "{v}");
        }
    }

    #[test]
    fn number_words() {
        let r = |s: &str| {
            let w: Vec<&str> = s.split([' ', '-']).collect();
            read_number_words(&w)
        };
        assert_eq!(r("nine"), Some((9, 1)));
        assert_eq!(r("twenty-one"), Some((21, 2)));
        assert_eq!(r("one hundred and sixty-two"), Some((162, 5)));
        assert_eq!(r("a thousand"), Some((1000, 2)));
        assert_eq!(r("five to seven"), Some((5, 1)));
        assert_eq!(r("two thousand three hundred"), Some((2300, 4)));
        assert_eq!(r("nine twenty"), Some((9, 1)));
        assert_eq!(r("one million and two million"), Some((1_000_000, 2)));
        assert_eq!(r("one thousand two thousand"), Some((1000, 2)));
        assert_eq!(r("one thousand and twenty"), Some((1020, 4)));
        assert_eq!(r("two million and fifty thousand"), Some((2_050_000, 5)));
        assert_eq!(r("districts"), None);
    }
}
