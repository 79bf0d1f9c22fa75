//! The tests of `passage`: normalisation and markup against their first, simple versions,
//! and the search for quotes.

use super::*;

#[test]
fn normalisation_folds_typography() {
    let a: String = normalize("the  “Tajik–Afghan”\n border\u{a0}is")
        .0
        .into_iter()
        .collect();
    assert_eq!(a, "the \"Tajik-Afghan\" border is");
    let b: String = normalize("Rudenko [said](#) last **month** [a] b")
        .0
        .into_iter()
        .collect();
    assert_eq!(b, "Rudenko said last month [a] b");
}

/// `markup` as first written: every byte tested in turn.
fn markup_by_byte(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut skip = Vec::new();
    for i in 0..b.len() {
        match b[i] {
            b'*' => skip.push((i, i + 1)),
            b'[' => {
                let close = text[i + 1..].find([']', '\n']).map(|k| i + 1 + k);
                let target_end = close
                    .filter(|&c| b[c] == b']' && b.get(c + 1) == Some(&b'('))
                    .and_then(|c| {
                        let e = c + 2 + text[c + 2..].find([')', '\n'])?;
                        (b[e] == b')').then_some((c, e))
                    });
                if let Some((c, e)) = target_end {
                    skip.push((i, i + 1));
                    skip.push((c, e + 1));
                }
            }
            _ => {}
        }
    }
    skip
}

/// `normalize` as first written: `visible`'s characters folded one by one.
fn normalize_by_char(text: &str) -> (Vec<char>, Vec<u32>) {
    let skip = markup_by_byte(text);
    let mut k = 0;
    let visible = text.char_indices().filter(move |&(i, _)| {
        while k < skip.len() && skip[k].1 <= i {
            k += 1;
        }
        !(k < skip.len() && skip[k].0 <= i)
    });
    let mut chars: Vec<char> = Vec::new();
    let mut origin = Vec::new();
    for (i, c) in visible {
        let Some(f) = fold(c) else { continue };
        if f == ' ' && (chars.is_empty() || chars.last() == Some(&' ')) {
            continue;
        }
        chars.push(f);
        origin.push(u32::try_from(i).unwrap_or(u32::MAX));
    }
    if chars.last() == Some(&' ') {
        chars.pop();
        origin.pop();
    }
    (chars, origin)
}

/// Pieces of text with every kind of markup, typography and white space, including
/// markup that nests or overlaps (an asterisk inside a link's brackets).
const PIECES: &[&str] = &[
    "a",
    " ",
    "  ",
    "\n",
    "\t",
    "\u{b}",
    "\u{a0}",
    "\u{2009}",
    "*",
    "**",
    "[",
    "]",
    "(",
    ")",
    "](",
    "[x](y)",
    "[*b*](#)",
    "[a\nb](c)",
    "`",
    "\u{ad}",
    "\u{200b}",
    "“q”",
    "—",
    "é",
    "ΣΑΣ",
    "1,344",
    "\u{feff}",
];

#[test]
fn normalising_run_by_run_is_normalising_character_by_character() {
    let mut tested = 0;
    for a in PIECES {
        for b in PIECES {
            for c in PIECES {
                for d in [" ", "*", "[", "](#)"] {
                    let s = format!("{a}{b}{d}{c}");
                    assert_eq!(markup(&s), markup_by_byte(&s), "{s:?}");
                    assert_eq!(normalize(&s), normalize_by_char(&s), "{s:?}");
                    tested += 1;
                }
            }
        }
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("facts/sources");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert_eq!(normalize(&text), normalize_by_char(&text));
        tested += 1;
    }
    assert!(tested > 70_000, "{tested}");
}

proptest::proptest! {
    #[test]
    fn any_text_normalises_as_character_by_character(
        idx in proptest::collection::vec(0..PIECES.len(), 0..40),
    ) {
        let s: String = idx.iter().map(|&i| PIECES[i]).collect();
        proptest::prop_assert_eq!(normalize(&s), normalize_by_char(&s));
    }
}

#[test]
fn plain_text_drops_link_markup_and_emphasis_and_collapses_space() {
    assert_eq!(
        plain_text("The **border** is [1,344 km](http://x)\n long, *they* said."),
        "The border is 1,344 km long, they said."
    );
    assert_eq!(plain_text("a [b] (c) d"), "a [b] (c) d");
}

/// `plain_text` in one pass gives what joining the visible text's pieces between white
/// space gave.
#[test]
fn plain_text_is_the_visible_words_joined_by_spaces() {
    let old = |text: &str| {
        let visible: String = visible(text).map(|(_, c)| c).collect();
        visible.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    for text in [
        "",
        " ",
        "  a  ",
        "a\n\nb",
        "\u{a0}x\u{2009}y\u{3000}",
        "The **border** is [1,344 km](http://x)\n long, *they* said.",
        " * a * ",
        "[ ](x) y",
        "tab\tand\r\nbreak\u{85}end ",
        "[said *so*](#) and *[a](b)* [x](*y*) **",
        "a[b](c)d e [f](g)\u{2003}[h](i) ’j’ *\u{a0}* k",
        "[a](b [c](d) e)f  g\t*",
        "\u{3000}[x](y)\u{3000}z\u{a0}",
        "word*\nword [link](url\n) [ok](u)!",
    ] {
        assert_eq!(plain_text(text), old(text), "{text:?}");
    }
}

/// `plain_text`, a stretch between markup ranges at a time, gives what the chars of
/// `visible` gave one by one, for every text of up to five chars over an alphabet of
/// markup, ASCII and other white space and letters.
#[test]
fn plain_text_by_stretches_is_plain_text_by_chars() {
    let by_chars = |text: &str| {
        let mut out = String::new();
        let mut space = false;
        for (_, c) in visible(text) {
            if c.is_whitespace() {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
        out
    };
    let alphabet = ['a', ' ', '*', '[', ']', '(', ')', '\n', 'é', '\u{a0}'];
    let mut text = String::new();
    for n in 0..=5u32 {
        for code in 0..alphabet.len().pow(n) {
            text.clear();
            let mut c = code;
            for _ in 0..n {
                text.push(alphabet[c % alphabet.len()]);
                c /= alphabet.len();
            }
            assert_eq!(plain_text(&text), by_chars(&text), "{text:?}");
        }
    }
}

#[test]
fn quotes_are_found_anywhere_even_inside_a_word_or_without_a_word_start() {
    let t = Text::new("First line.\nThe border is 1,344 km long, officials said.\n");
    assert!(t.contains("The border is 1,344 km long"));
    assert!(t.contains("he border is 1,344"));
    assert!(t.contains("officials"));
    assert!(t.contains("said."));
    assert!(!t.contains("The border is 1,334 km long"));
    assert!(!t.contains(""));
}

#[test]
fn closest_passage_points_at_the_line() {
    let t = Text::new("First line.\nThe border is 1,344 km long, officials said.\n");
    let (line, passage, score) = t.closest("The border is 1,334 km long").unwrap();
    assert_eq!(line, 2);
    assert!(passage.starts_with("The border is 1,344"), "{passage}");
    assert!(score > 0.9);
}

#[test]
fn a_repetitive_text_still_answers() {
    let source = "a ".repeat(200_000) + "the end";
    let t = Text::new(&source);
    assert!(t.contains("a a a the end"));
    // Every k-gram of these quotes is very common: found among their first places, or
    // not found by the linear search.
    assert!(t.contains("a a a a a a a a"));
    assert!(!t.contains("a a a a a a a b"));
    assert!(!t.contains("a a a b"));
    let (_, passage, score) = t.closest("a a a b").unwrap();
    assert!(passage.starts_with("a a a"), "{passage}");
    assert!(score > 0.5);
}
