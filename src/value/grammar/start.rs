//! Cheap tests of whether a text can begin a value, for readers that try many spans of a
//! passage (quote verification reads every span of up to eight words): a span whose
//! first word cannot begin a quantity or a date is not parsed at all. Each test is false
//! only where the full parser would fail on every text that begins so; they mirror the
//! first step of `parse_quantity_in` and `parse_date_value`.

use super::read::{PREFIXES, Reader, Tok, tokenize};
use super::{DATE_PREFIXES, Dimension};
use crate::value::date::month_word;
use crate::value::number::small_number_word;

/// Whether a quantity read by `parse_quantity_in(text, dimension)` can begin as `head`
/// does. `head` is the text's start: its first word, and where the text goes on, the four
/// words after it (enough for a currency sign before the number, "U.S. $", "Rs."). False
/// only when the head's first token cannot open a quantity: no qualifier, range word,
/// sign, currency sign, number or number word.
pub fn may_begin_quantity(head: &str, dimension: Option<Dimension>) -> bool {
    let toks = tokenize(head);
    let Some(first) = toks.first() else {
        return false;
    };
    let word = match &first.tok {
        Tok::Num(_) | Tok::Sym(_) => return true,
        Tok::Word(w) => w.as_str(),
    };
    // The reader compares phrase words without an abbreviation's full stop, and number
    // words as written: either spelling may open the value.
    let plain = word.trim_end_matches('.');
    let opens = |w: &str| {
        PREFIXES.iter().any(|(phrase, _)| phrase[0] == w)
            || matches!(w, "between" | "from" | "minus" | "a")
            || small_number_word(w).is_some()
    };
    if opens(plain) || opens(word) {
        return true;
    }
    // A currency written before the number in words or letters ("US$", "USD", "Rs.").
    let r = Reader {
        text: head,
        toks: &toks,
        pos: 0,
        len: head.len(),
        dimension,
    };
    r.currency_before(0).is_some()
}

/// Whether a date read by `parse_date_value(text)` can begin as `head` does (`head` holds
/// at least the text's first word): a range or qualifier word, an ISO date, a month name,
/// or a day or year number.
pub fn may_begin_date(head: &str) -> bool {
    let Some(first) = head
        .split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())
    else {
        return false;
    };
    let w = first.to_lowercase();
    w == "between"
        || w == "from"
        || DATE_PREFIXES.iter().any(|(phrase, _)| phrase[0] == w)
        || w.contains('-')
        || w.starts_with(|c: char| c.is_ascii_digit())
        || month_word(&w).is_some()
}
