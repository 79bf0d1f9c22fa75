//! Writing a draft's strings: a YAML double-quoted scalar escaped as `serde_json` escapes
//! a JSON string (`quote`, `push_quoted`), a line number (`push_decimal`), a score to one
//! decimal (`push_tenths`) and a date's value (`date_text`), each as the formatter
//! writes it, without the formatter.

use crate::value::{Date, DateValue, Qualifier};
use std::fmt::Write;

/// A YAML string: JSON strings are valid YAML double-quoted scalars.
pub(super) fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    push_quoted(&mut q, s);
    q
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it (`\"`, `\\`, `\b`,
/// `\t`, `\n`, `\f`, `\r`, and `\u00xx` for the other control characters).
#[inline]
pub(super) fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    push_escaped(out, s);
    out.push('"');
}

/// Appends `s` escaped as inside a JSON string, without the quotes: each byte is escaped
/// on its own, so the pieces of a string escaped one after the other are the string
/// escaped.
pub(super) fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    // The bytes to escape are found by `next_escape`; the runs between are copied whole.
    let mut i = next_escape(bytes, 0);
    while i < bytes.len() {
        let escape = match bytes[i] {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x09 => "\\t",
            0x0a => "\\n",
            0x0c => "\\f",
            0x0d => "\\r",
            _ => "",
        };
        out.push_str(&s[from..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", bytes[i]);
        } else {
            out.push_str(escape);
        }
        from = i + 1;
        i = next_escape(bytes, from);
    }
    out.push_str(&s[from..]);
}

/// Where the first byte of `bytes` from `at` on that a JSON string escapes is (a control
/// character, `"` or `\`), or `bytes.len()`: eight bytes at a time while none of them is
/// one (the bit tests are exact for "some byte is", decided per eight), then byte by byte.
fn next_escape(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // Whether some byte of `x` is under `n` (n <= 128).
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if below(x, 0x20) || below(x ^ (ONES * 0x22), 1) || below(x ^ (ONES * 0x5c), 1) {
            break;
        }
        at += 8;
    }
    let plain = |b: &u8| *b >= 0x20 && *b != b'"' && *b != b'\\';
    at + bytes[at..].iter().take_while(|b| plain(b)).count()
}

/// Appends `n` in decimal digits, as `write!(out, "{n}")` does, without the formatter.
pub(super) fn push_decimal(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // One push a digit: `extend` over the digits cost about 100 instructions a call.
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Appends `x` to one decimal, as `write!(out, "{x:.1}")` does (`9.96` gives `10.0`),
/// without the formatter for a positive `x` under a million that is not within a
/// millionth of a tie: `10 * x` is then off by under 2e-9 (the product's rounding), so
/// its fraction (`scaled - scaled.floor()`, exact) is on the same side of a half as the
/// true one, and the nearest tenth is the formatter's. The rest (ties, negatives, `-0.0`,
/// NaN, large numbers) go to the formatter.
pub(super) fn push_tenths(out: &mut String, x: f64) {
    if x.is_sign_positive() && x < 1e6 {
        let scaled = x * 10.0;
        let floor = scaled.floor();
        let fraction = scaled - floor;
        if (fraction - 0.5).abs() > 1e-6 {
            let tenths = floor as usize + usize::from(fraction > 0.5);
            push_decimal(out, tenths / 10);
            out.push('.');
            out.push(char::from(b'0' + (tenths % 10) as u8));
            return;
        }
    }
    let _ = write!(out, "{x:.1}");
}

/// A date mention's value in the claims grammar, as `DateValue`'s `Display` writes the
/// date `d` with `qualifier` (from and to `d`): its phrase, then `yyyy`, `-mm` and `-dd`
/// zero-padded (a year from 0 to 9999; any other date goes to the formatter).
pub(super) fn date_text(qualifier: Qualifier, d: &Date) -> String {
    let dv = DateValue {
        qualifier,
        start: *d,
        end: *d,
    };
    let two = |v: Option<u8>| v.is_none_or(|v| v < 100);
    let Ok(year) = usize::try_from(d.year) else {
        return dv.to_string();
    };
    if year > 9999 || !two(d.month) || !two(d.day) {
        return dv.to_string();
    }
    let mut text = String::with_capacity(40);
    text.push_str(qualifier.date_phrase());
    push_date(&mut text, year, d);
    if qualifier == Qualifier::Range {
        text.push_str(" to ");
        push_date(&mut text, year, d);
    }
    text
}

/// `d` as `Date`'s `Display` writes it, its year `year` being under 10,000 and its
/// month and day under 100.
fn push_date(out: &mut String, year: usize, d: &Date) {
    let digit = |v: usize| char::from(b'0' + (v % 10) as u8);
    for place in [1000, 100, 10, 1] {
        out.push(digit(year / place));
    }
    for v in [d.month, d.day].into_iter().flatten() {
        out.push('-');
        out.push(digit(usize::from(v) / 10));
        out.push(digit(usize::from(v)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_as_the_formatter_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX / 7, usize::MAX] {
            let mut s = String::from("l");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("l{n}"));
        }
    }

    /// A score to one decimal is the formatter's: ties, the values next to them, every
    /// tenth and hundredth, and spread values from tiny to past a million.
    #[test]
    fn tenths_are_written_as_the_formatter_writes_them() {
        let mut xs = vec![
            0.0,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            -1.5,
            1e6,
            999_999.95,
            3.5,
        ];
        for i in 0..20_000 {
            let x = f64::from(i) / 100.0;
            xs.extend([x, x + 0.05, x - 0.05, x * 1.000_000_1, x / 1.000_000_1]);
            xs.extend([
                x.next_up(),
                x.next_down(),
                (x + 0.05).next_up(),
                (x + 0.05).next_down(),
            ]);
        }
        let mut v = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..200_000 {
            v ^= v << 13;
            v ^= v >> 7;
            v ^= v << 17;
            let x = (v >> 11) as f64 / (1u64 << 53) as f64;
            xs.extend([x, x * 20.0, x * 2e6, x * 1e-3, 3.5 + 0.25 * x]);
        }
        for x in xs {
            let mut s = String::from("s ");
            push_tenths(&mut s, x);
            assert_eq!(s, format!("s {x:.1}"), "{x:e}");
        }
    }

    /// A date's value is `DateValue`'s `Display` for every qualifier, year, month and
    /// day, in range and out of it.
    #[test]
    fn date_values_are_written_as_the_formatter_writes_them() {
        use crate::value::{Date, DateValue, Qualifier};
        let qualifiers = [
            Qualifier::Exact,
            Qualifier::Approx,
            Qualifier::MoreThan,
            Qualifier::AtLeast,
            Qualifier::LessThan,
            Qualifier::UpTo,
            Qualifier::AtMost,
            Qualifier::Range,
            Qualifier::Nearly,
            Qualifier::JustOver,
        ];
        let years = [
            i32::MIN,
            -10_000,
            -1,
            0,
            7,
            99,
            999,
            1066,
            2021,
            9999,
            10_000,
            i32::MAX,
        ];
        let parts = [
            None,
            Some(0),
            Some(1),
            Some(9),
            Some(10),
            Some(12),
            Some(31),
            Some(99),
        ];
        let parts = parts.into_iter().chain([Some(100), Some(255)]);
        let parts: Vec<Option<u8>> = parts.collect();
        for q in qualifiers {
            for year in years {
                for &month in &parts {
                    for &day in &parts {
                        let d = Date { year, month, day };
                        let want = DateValue {
                            qualifier: q,
                            start: d,
                            end: d,
                        };
                        assert_eq!(date_text(q, &d), want.to_string(), "{d:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn yaml_strings_are_escaped_as_serde_json_escapes_them() {
        let mut s: String = (0u8..0x80).map(char::from).collect();
        s.push_str("é’\u{2028}\u{feff}😀 end");
        for text in [s.as_str(), "", "plain", "\"", "a\\b"] {
            assert_eq!(quote(text), serde_json::to_string(text).unwrap());
        }
    }

    /// Every byte to escape is found wherever it stands in the eight-byte steps of
    /// `next_escape`, among plain ASCII and non-ASCII text of every length around it.
    #[test]
    fn escapes_are_found_at_every_offset() {
        let specials = ["\"", "\\", "\n", "\u{1}", "\u{1f}", "\t"];
        let fillers = ["a", " ", "~", "\u{7f}", "é", "’", "!", "#", "[", "]", "}"];
        for filler in fillers {
            for len in 0..20 {
                let base = filler.repeat(len);
                assert_eq!(quote(&base), serde_json::to_string(&base).unwrap());
                for special in specials {
                    for at in 0..=len {
                        let mut text: String = filler.repeat(at);
                        text.push_str(special);
                        text.push_str(&filler.repeat(len - at));
                        text.push_str(special);
                        assert_eq!(
                            quote(&text),
                            serde_json::to_string(&text).unwrap(),
                            "{text:?}"
                        );
                    }
                }
            }
        }
    }
}
