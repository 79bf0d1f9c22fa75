//! The tokenizer against its former self: the same tokens, offsets and word texts as the
//! tokenizer that lower-cased every word into a `String` of its own (kept here as the
//! oracle), over generated text with mixed case, non-ASCII letters, apostrophes and
//! abbreviations.

use super::number::{self, Decimal};
use super::read::{Tok, tokenize};

/// A token as the former tokenizer gave it.
#[derive(Debug, PartialEq)]
enum Old {
    Num(Decimal),
    Word(String),
    Sym(char),
}

/// The former tokenizer, unchanged but for its output type.
fn tokenize_old(text: &str) -> Vec<(Old, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            let (d, used) = number::scan_digits(rest).unwrap_or((Decimal::from_integer(0), 1));
            out.push((Old::Num(d), i, i + used));
            i += used;
        } else if c == '.' && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            let (mut d, used) =
                number::scan_digits(&rest[1..]).unwrap_or((Decimal::from_integer(0), 0));
            d.exponent -= d.digits.len() as i32;
            out.push((Old::Num(d), i, i + 1 + used));
            i += 1 + used;
        } else if c.is_alphabetic() {
            let len: usize = rest
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
                .map(char::len_utf8)
                .sum();
            let mut end = i + len;
            if text[end..].starts_with('.')
                && !text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                end += 1;
            }
            out.push((Old::Word(text[i..i + len].to_lowercase()), i, end));
            i = end;
        } else {
            out.push((Old::Sym(c), i, i + c.len_utf8()));
            i += c.len_utf8();
        }
    }
    out
}

fn tokenize_now(text: &str) -> Vec<(Old, usize, usize)> {
    tokenize(text)
        .into_iter()
        .map(|t| {
            let tok = match t.tok {
                Tok::Num(d) => Old::Num(d),
                Tok::Word(w) => Old::Word(w.into_owned()),
                Tok::Sym(c) => Old::Sym(c),
            };
            (tok, t.start, t.end)
        })
        .collect()
}

/// Pieces of generated text: words in every case, abbreviations, non-ASCII letters whose
/// lower case differs in length ("İ"), title-case letters ("ǅ"), apostrophes, numbers and
/// symbols.
const PIECES: &[&str] = &[
    " ",
    " ",
    "\u{a0}",
    "about",
    "About",
    "ABOUT",
    "more",
    "Than",
    "approx.",
    "Approx.",
    "Sept.",
    "U.S.",
    "U.S.$",
    "Rs.",
    "St.",
    "e.g.",
    "ca.",
    "3.",
    ".5",
    "1,400",
    "2.1",
    "$",
    "€",
    "-",
    "–",
    "~",
    "%",
    "'",
    "’",
    "don't",
    "O’Brien",
    "İstanbul",
    "ǅemal",
    "ΣΟΦΙΑ",
    "Straße",
    "ÉTÉ",
    "été",
    "ﬁve",
    "KM",
    "km",
    "Million",
    "bn",
    "1e5",
    "x",
    "Q",
    "\t",
    ".",
    ",",
    "(",
    ")",
    "9",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    #[test]
    fn the_tokens_are_the_former_tokenizers(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..24),
        glue in proptest::collection::vec(proptest::bool::ANY, 24),
    ) {
        // Pieces glued (no space) or apart, so words meet digits, full stops and symbols.
        let mut text = String::new();
        for (p, g) in pieces.iter().zip(&glue) {
            text.push_str(p);
            if !g {
                text.push(' ');
            }
        }
        proptest::prop_assert_eq!(tokenize_now(&text), tokenize_old(&text), "{:?}", text);
    }

    #[test]
    fn the_tokens_of_any_text_are_the_former_tokenizers(text in "\\PC{0,40}") {
        proptest::prop_assert_eq!(tokenize_now(&text), tokenize_old(&text), "{:?}", text);
    }
}

#[test]
fn a_lower_case_ascii_word_is_borrowed_and_any_other_lower_cased() {
    let toks = tokenize("about ABOUT İx");
    let words: Vec<(&str, bool)> = toks
        .iter()
        .filter_map(|t| match &t.tok {
            Tok::Word(w) => Some((&**w, matches!(w, std::borrow::Cow::Borrowed(_)))),
            _ => None,
        })
        .collect();
    assert_eq!(
        words,
        vec![("about", true), ("about", false), ("i\u{307}x", false)]
    );
}
