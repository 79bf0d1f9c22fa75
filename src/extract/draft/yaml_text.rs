//! Writing a draft's strings: a YAML double-quoted scalar escaped as `serde_json` escapes
//! a JSON string (`quote`, `push_quoted`), and a line number (`push_decimal`).

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
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
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
