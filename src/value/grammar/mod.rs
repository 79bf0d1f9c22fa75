//! The parser behind `Value::parse`: a tokenizer and a small recursive-descent reader for
//! quantities ("more than 1.3 thousand km") and dates ("by Sept. 11, 2021"). Errors carry
//! the byte offset in the value text where reading stopped, so a diagnostic can point at it.

mod read;
mod start;
mod unit_read;

use super::date::{self, Date};
use super::number;
use super::units::{Dimension, Unit};
use super::{DateValue, Qualifier, Quantity};
use read::{Reader, Tok, read_amount, read_prefix, read_suffix, read_unit, tokenize};
pub use start::{Heads, may_begin_date, may_begin_quantity};

/// Why a value could not be read, and where (byte offset within the value text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ValueError {
    pub message: String,
    pub offset: usize,
    pub hint: Option<String>,
}

impl ValueError {
    fn at(offset: usize, message: impl Into<String>) -> ValueError {
        ValueError {
            message: message.into(),
            offset,
            hint: None,
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> ValueError {
        self.hint = Some(hint.into());
        self
    }
}

const QUANTITY_HINT: &str = "write a number with an optional qualifier and unit, e.g. \"910 km\", \"more than 1.3 thousand km\", \"about 6,000 troops\", \"$1.1 million\", \"five to seven people\"";
const DATE_HINT: &str = "write a date such as \"2021-07-07\", \"July 2021\", \"2013\", \"July 7, 2021\", optionally after \"before\", \"after\" or \"by\"";

/// Parses a quantity: `qualifier? amount (range-separator amount)? unit? suffix?`.
pub fn parse_quantity(text: &str) -> Result<Quantity, ValueError> {
    parse_quantity_in(text, None)
}

/// Parses a quantity of a subject of `dimension`: that dimension's units come first, with
/// the spellings read only there ("pounds" is money in a money subject).
pub fn parse_quantity_in(text: &str, dimension: Option<Dimension>) -> Result<Quantity, ValueError> {
    let all = tokenize(text);
    if all.is_empty() {
        return Err(ValueError::at(0, "the value is empty").hint(QUANTITY_HINT));
    }
    read_quantity(text, &all, dimension)
}

/// Reads a quantity from `toks`, the tokens of `text` (their offsets are in `text`, which
/// may begin before the first; reading ends where `text` does).
fn read_quantity(
    text: &str,
    toks: &[read::Token],
    dimension: Option<Dimension>,
) -> Result<Quantity, ValueError> {
    refuse_scientific(text, toks)?;
    let mut r = Reader {
        text,
        toks,
        pos: 0,
        len: text.len(),
        dimension,
    };

    let mut qualifier = read_prefix(&mut r);
    let between = r.eat_phrase(&["between"]);
    let from = !between && r.eat_phrase(&["from"]);
    if (between || from) && qualifier.is_some() {
        return Err(
            ValueError::at(r.offset(), "a range cannot also carry a qualifier")
                .hint("write either \"between 5 and 7\" or \"about 6\""),
        );
    }
    let mut first = read_amount(&mut r)?;
    let mut unit = None;
    // "5 km to 7 km": a unit may stand after the first amount too.
    let mut second = None;
    // The unit read after the first amount when no range follows: where it was read, what
    // it was and where it ended. Read again from there it is the same (`read_unit` reads
    // the tokens from the cursor and moves only the cursor), so it is not read twice.
    let mut unit_read = None;
    if range_sep(&mut r, between) {
        second = Some(read_amount(&mut r)?);
    } else if r.peek().is_some() {
        let save = r.pos;
        let u = read_unit(&mut r)?;
        if range_sep(&mut r, between) {
            unit = u;
            second = Some(read_amount(&mut r)?);
        } else {
            unit_read = Some((save, u, r.pos));
            r.pos = save;
        }
    }
    if (between || from) && second.is_none() {
        return Err(ValueError::at(r.offset(), "a range needs two numbers")
            .hint("write \"between 5 and 7\", \"from 5 to 7\", \"5 to 7\" or \"5–7\""));
    }
    let mut suffix = read_suffix(&mut r);
    let later_unit = match unit_read {
        Some((at, u, end)) if r.pos == at => {
            r.pos = end;
            u
        }
        _ => read_unit(&mut r)?,
    };
    // "882 ft 9 in", "1 hour 20 minutes": smaller units added to the first.
    if let Some(u) = later_unit
        .as_ref()
        .filter(|_| second.is_none() && suffix.is_none())
    {
        first.extra = unit_read::read_compound(&mut r, u)?;
    }
    if suffix.is_none() {
        suffix = read_suffix(&mut r);
    }
    if let (Some(a), Some(b)) = (&unit, &later_unit)
        && a != b
    {
        return Err(
            ValueError::at(r.offset(), format!("the range mixes units {a} and {b}"))
                .hint("write both ends in one unit"),
        );
    }
    let unit = later_unit.or(unit);
    if r.pos < toks.len() {
        let t = &toks[r.pos];
        return Err(
            ValueError::at(t.start, format!("unexpected \"{}\"", &text[t.start..t.end]))
                .hint(QUANTITY_HINT),
        );
    }
    if let Some((q, at)) = suffix {
        if qualifier.is_some() {
            return Err(ValueError::at(at, "the value has two qualifiers")
                .hint("keep one of them, e.g. \"at least 1,000\""));
        }
        qualifier = Some(q);
    }

    let (low, high, currency) = ends(&mut first, second.as_mut())?;
    if second.is_some() && low > high {
        return Err(ValueError::at(0, "the range runs backwards").hint(format!(
            "write the smaller number first: \"{} to {}\"",
            number::render_number(high),
            number::render_number(low)
        )));
    }
    let unit = money_unit(currency, unit)?;
    let qualifier = if second.is_some() {
        Qualifier::Range
    } else {
        qualifier.unwrap_or(Qualifier::Exact)
    };
    Ok(Quantity {
        qualifier,
        low,
        high,
        unit,
    })
}

/// Reads the word or dash between the two ends of a range ("and" after "between").
fn range_sep(r: &mut Reader, between: bool) -> bool {
    if between {
        return r.eat_phrase(&["and"]);
    }
    if (r.word_is(0, "to") || r.sym_is(0, &['-', '–', '—'])) && r.starts_number(1) {
        r.pos += 1;
        return true;
    }
    false
}

/// Scientific notation ("1e400") is not how reporters write figures; says so plainly.
fn refuse_scientific(text: &str, toks: &[read::Token]) -> Result<(), ValueError> {
    for w in toks.windows(2) {
        if let (Tok::Num(_), Tok::Word(e)) = (&w[0].tok, &w[1].tok)
            && (w[0].end == w[1].start
                && e.len() > 1
                && e.starts_with('e')
                && e[1..].bytes().all(|b| b.is_ascii_digit())
                || (e == "e"
                    && w[0].end == w[1].start
                    && text[w[1].end..]
                        .starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')))
        {
            return Err(ValueError::at(w[0].start, "scientific notation is not part of the value grammar")
                    .hint("write the number out, with a scale word if it is large (\"1.3 thousand\", \"2 billion\")"));
        }
    }
    Ok(())
}

/// The two ends of a quantity and its currency. Currency and scale written once apply to
/// both ends of a range ("$5-7 million").
fn ends(
    first: &mut read::Amount,
    second: Option<&mut read::Amount>,
) -> Result<(f64, f64, Option<String>), ValueError> {
    let mut currency = first.currency.clone();
    let (low, high) = match second {
        Some(b) => {
            if first.currency.is_none() {
                first.currency = b.currency.clone();
            }
            currency = first.currency.clone().or(b.currency.clone());
            if b.currency.is_some() && first.currency != b.currency {
                return Err(ValueError::at(b.start, "the range mixes currencies"));
            }
            let first_scale = match (first.scale, b.scale) {
                (None, Some(s)) if first.raw() < b.raw() => Some(s),
                (s, _) => s,
            };
            (first.value(first_scale)?, b.value(b.scale)?)
        }
        None => {
            let v = first.value(first.scale)?;
            let v = if first.negative {
                v - first.extra
            } else {
                v + first.extra
            };
            (v, v)
        }
    };
    Ok((low, high, currency))
}

/// The unit, with a currency written as a symbol or code ("$", "USD") becoming money; a
/// second currency or a non-money unit beside it is an error.
fn money_unit(currency: Option<String>, unit: Option<Unit>) -> Result<Option<Unit>, ValueError> {
    Ok(match (currency, unit) {
        (Some(code), None) => Some(Unit::Money(code)),
        (Some(code), Some(Unit::Money(other))) if code != other => {
            return Err(ValueError::at(
                0,
                format!("the value names two currencies, {code} and {other}"),
            ));
        }
        (Some(code), Some(Unit::Money(_))) => Some(Unit::Money(code)),
        (Some(code), Some(other)) => {
            return Err(ValueError::at(
                0,
                format!("a money amount ({code}) cannot also be in {other}"),
            ));
        }
        (None, u) => u,
    })
}

const DATE_PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["on", "or", "before"], Qualifier::AtMost),
    (&["on", "or", "after"], Qualifier::AtLeast),
    (&["no", "later", "than"], Qualifier::AtMost),
    (&["not", "later", "than"], Qualifier::AtMost),
    (&["no", "earlier", "than"], Qualifier::AtLeast),
    (&["not", "earlier", "than"], Qualifier::AtLeast),
    (&["before"], Qualifier::LessThan),
    (&["after"], Qualifier::MoreThan),
    (&["by"], Qualifier::AtMost),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["on"], Qualifier::Exact),
    (&["in"], Qualifier::Exact),
];

/// Parses a date value: `qualifier? date` or a range `date to date`, `between date and date`.
pub fn parse_date_value(text: &str) -> Result<DateValue, ValueError> {
    // Words with their byte offsets; commas are separators.
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let sep = c.is_whitespace() || c == ',';
        match (sep, start) {
            (true, Some(s)) => {
                words.push((&text[s..i], s));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if words.is_empty() {
        return Err(ValueError::at(0, "the value is empty").hint(DATE_HINT));
    }
    let lower: Vec<String> = words.iter().map(|(w, _)| w.to_lowercase()).collect();
    let offset = |i: usize| words.get(i).map_or(text.len(), |w| w.1);
    let mut i = 0;
    let mut qualifier = None;
    let between = lower[0] == "between" || lower[0] == "from";
    if between {
        i = 1;
    } else {
        for (phrase, q) in DATE_PREFIXES {
            if lower.len() > phrase.len() && phrase.iter().zip(&lower).all(|(p, w)| p == w) {
                qualifier = Some(*q);
                i = phrase.len();
                break;
            }
        }
    }
    let read = |i: usize| -> Result<(Date, usize), ValueError> {
        let slice: Vec<&str> = lower[i..].iter().map(String::as_str).collect();
        let err = |e: date::DateError| {
            ValueError::at(offset(i), format!("invalid date: {e}")).hint(DATE_HINT)
        };
        if let Some(first) = slice.first()
            && first.contains('-')
        {
            return Date::parse(first).map(|d| (d, 1)).map_err(err);
        }
        match date::read_english(&slice) {
            Some((Ok(d), used)) => Ok((d, used)),
            Some((Err(e), _)) => Err(err(e)),
            None => Err(ValueError::at(offset(i), "expected a date here").hint(DATE_HINT)),
        }
    };
    let (start_date, used) = read(i)?;
    i += used;
    let mut end_date = start_date;
    let mut range = false;
    if i < lower.len()
        && (lower[i] == "to" || lower[i] == "and" || lower[i] == "–" || lower[i] == "-")
    {
        let (d, used) = read(i + 1)?;
        end_date = d;
        range = true;
        i += 1 + used;
    }
    if i < lower.len() {
        return Err(
            ValueError::at(offset(i), format!("unexpected \"{}\"", words[i].0)).hint(DATE_HINT),
        );
    }
    if between && !range {
        return Err(ValueError::at(text.len(), "a range needs two dates")
            .hint("write \"between 2021-07-01 and 2021-07-02\""));
    }
    if range && start_date.day_span().0 > end_date.day_span().1 {
        return Err(
            ValueError::at(0, "the date range runs backwards").hint("write the earlier date first")
        );
    }
    let qualifier = if range {
        Qualifier::Range
    } else {
        qualifier.unwrap_or(Qualifier::Exact)
    };
    Ok(DateValue {
        qualifier,
        start: start_date,
        end: end_date,
    })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod token_tests;
