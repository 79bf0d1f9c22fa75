//! Two forms scraped pages give figures in that the tokenizer reads as their plain
//! forms (decisions 1019, 1020): fullwidth digits and signs of CJK-origin pages
//! ("１，２００", "５％") and UTF-8 read as Windows-1252 ("Â£5", "5Â°C", "3â€“5%",
//! "â‚¬40"). Nothing here changes the text: a token keeps its bytes (a mention's span
//! points into the original), the tokenizer gives it the kind of the form it stands
//! for, and the lower-cased text the mention reader matches holds the plain form
//! ([`fold_lower`]).

/// The ASCII character a fullwidth form U+FF01–U+FF5E stands for ("５" → '5', "％" →
/// '%'); the fullwidth yen and pound signs are "¥" and "£". Any other character is
/// itself.
pub fn fullwidth_plain(ch: char) -> char {
    match ch {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(ch as u32 - 0xfee0).unwrap_or(ch),
        '\u{ffe5}' => '¥',
        '\u{ffe1}' => '£',
        _ => ch,
    }
}

/// Whether `ch` is a fullwidth digit "０"–"９".
pub fn is_fullwidth_digit(ch: char) -> bool {
    ('\u{ff10}'..='\u{ff19}').contains(&ch)
}

/// Bytes used by a number written in fullwidth digits at the front of `s`, read with
/// the tokenizer's own grouping and decimal rules (`digits_len`) on its ASCII form:
/// "１，２００" is one number, "３．２" a decimal. ASCII digits and separators may mix in.
pub fn fullwidth_number_len(s: &str, digits_len: impl Fn(&str) -> usize) -> usize {
    let mut plain = String::new();
    let mut ends = vec![0];
    for (i, c) in s.char_indices() {
        let p = fullwidth_plain(c);
        if !(p.is_ascii_digit() || p == ',' || p == '.') {
            break;
        }
        plain.push(p);
        ends.push(i + c.len_utf8());
    }
    ends[digits_len(&plain).min(plain.len())]
}

/// The Windows-1252 byte a character stands for when UTF-8 continuation bytes
/// (0x80–0xBF) were decoded as Windows-1252: U+0080–U+00BF are themselves, the
/// letters and signs Windows-1252 puts at 0x80–0x9F ("€", "‚", "“", "–", "™", …)
/// are their bytes.
fn cp1252_byte(ch: char) -> Option<u8> {
    Some(match ch {
        '\u{80}'..='\u{bf}' => ch as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    })
}

/// The character UTF-8 read as Windows-1252 stands for at the front of `s`, and the
/// bytes its mojibake uses (decision 1020): "Â" (0xC2) and one continuation is a sign
/// of U+0080–U+00BF ("Â£" → '£', "Â°" → '°', "Â½" → '½', "Â " → no-break space); "â"
/// (0xE2) and two is a character of U+2000–U+2FFF ("â€“" → '–', "â€”" → '—', "â€™" →
/// '’', "â‚¬" → '€', "â‚‚" → '₂'). Other leads (accented letters "Ã©") are left: they
/// stand in words, not figures.
#[inline]
pub fn mojibake(s: &str) -> Option<(char, usize)> {
    // Both leads are 0xC3 then 0x82 ("Â") or 0xA2 ("â"): one byte test turns away
    // every other character before any decoding.
    match s.as_bytes() {
        [0xc3, 0x82 | 0xa2, ..] => decode_mojibake(s),
        _ => None,
    }
}

#[cold]
fn decode_mojibake(s: &str) -> Option<(char, usize)> {
    let mut chars = s.chars();
    let lead = chars.next()?;
    let (bits, cont) = match lead {
        'Â' => (0xc2u32 & 0x1f, 1),
        'â' => (0xe2u32 & 0x0f, 2),
        _ => return None,
    };
    let mut code = bits;
    let mut len = lead.len_utf8();
    for _ in 0..cont {
        let c = chars.next()?;
        code = (code << 6) | u32::from(cp1252_byte(c)? & 0x3f);
        len += c.len_utf8();
    }
    char::from_u32(code).map(|c| (c, len))
}

/// Appends the lower-cased plain form of a token's text to `out`: mojibake decoded,
/// fullwidth forms as ASCII, each character lower-cased. For a token with no such form
/// this is the char-by-char lower-casing the reader always used.
#[inline]
pub fn fold_lower(s: &str, out: &mut String) {
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let (plain, len) = match mojibake(&s[i..]) {
            Some((m, len)) => (m, len),
            None => (fullwidth_plain(c), c.len_utf8()),
        };
        out.extend(plain.to_lowercase());
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_sequences() {
        assert_eq!(mojibake("Â£5"), Some(('£', 4)));
        assert_eq!(mojibake("Â°C"), Some(('°', 4)));
        assert_eq!(mojibake("â€“5"), Some(('–', 8)));
        assert_eq!(mojibake("â€”"), Some(('—', 8)));
        assert_eq!(mojibake("â€™t"), Some(('’', 8)));
        assert_eq!(mojibake("â‚¬40"), Some(('€', 7)));
        assert_eq!(mojibake("â‚‚"), Some(('₂', 8)));
        assert_eq!(mojibake("âteau"), None);
        assert_eq!(mojibake("Ã©"), None);
    }

    #[test]
    fn fullwidth_forms() {
        assert_eq!(fullwidth_plain('５'), '5');
        assert_eq!(fullwidth_plain('％'), '%');
        assert_eq!(fullwidth_plain('，'), ',');
        assert_eq!(fullwidth_plain('a'), 'a');
        let mut s = String::new();
        fold_lower("１，２００", &mut s);
        assert_eq!(s, "1,200");
        s.clear();
        fold_lower("donâ€™t", &mut s);
        assert_eq!(s, "don’t");
    }
}
