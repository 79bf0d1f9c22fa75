//! The parser behind `Value::parse`: a tokenizer and a small recursive-descent reader for
//! quantities ("more than 1.3 thousand km") and dates ("by Sept. 11, 2021"). Errors carry
//! the byte offset in the value text where reading stopped, so a diagnostic can point at it.

use super::date::{self, Date};
use super::number::{self, Decimal, MAX_MAGNITUDE};
use super::units::{self, Unit};
use super::{DateValue, Qualifier, Quantity};

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

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(Decimal),
    Word(String),
    Sym(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            let (d, used) = number::scan_digits(rest).unwrap_or((Decimal::from_integer(0), 1));
            out.push(Token {
                tok: Tok::Num(d),
                start: i,
                end: i + used,
            });
            i += used;
        } else if c == '.' && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            let (mut d, used) =
                number::scan_digits(&rest[1..]).unwrap_or((Decimal::from_integer(0), 0));
            d.exponent -= d.digits.len() as i32;
            out.push(Token {
                tok: Tok::Num(d),
                start: i,
                end: i + 1 + used,
            });
            i += 1 + used;
        } else if c.is_alphabetic() {
            let len: usize = rest
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
                .map(char::len_utf8)
                .sum();
            let mut end = i + len;
            // An abbreviation's full stop ("approx.", "Sept.") belongs to the word.
            if text[end..].starts_with('.')
                && !text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                end += 1;
            }
            let word = text[i..i + len].to_lowercase();
            out.push(Token {
                tok: Tok::Word(word),
                start: i,
                end,
            });
            i = end;
        } else {
            out.push(Token {
                tok: Tok::Sym(c),
                start: i,
                end: i + c.len_utf8(),
            });
            i += c.len_utf8();
        }
    }
    out
}

/// Qualifier phrases that may open a quantity, longest first within each group.
const PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["at", "most"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["ca"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
];

const SYMBOL_PREFIXES: &[(char, Qualifier)] = &[
    ('~', Qualifier::Approx),
    ('≈', Qualifier::Approx),
    ('>', Qualifier::MoreThan),
    ('≥', Qualifier::AtLeast),
    ('<', Qualifier::LessThan),
    ('≤', Qualifier::AtMost),
];

/// Qualifier phrases that may close a quantity ("1,000 or more").
const SUFFIXES: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast),
    (&["or", "so"], Qualifier::Approx),
    (&["or", "less"], Qualifier::AtMost),
    (&["or", "fewer"], Qualifier::AtMost),
];

struct Reader<'a> {
    toks: &'a [Token],
    pos: usize,
    len: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.pos + k).map(|t| &t.tok)
    }

    fn offset(&self) -> usize {
        self.toks.get(self.pos).map_or(self.len, |t| t.start)
    }

    fn word_is(&self, k: usize, w: &str) -> bool {
        matches!(self.peek_at(k), Some(Tok::Word(x)) if x.trim_end_matches('.') == w)
    }

    fn sym_is(&self, k: usize, set: &[char]) -> bool {
        matches!(self.peek_at(k), Some(Tok::Sym(c)) if set.contains(c))
    }

    fn starts_number(&self, k: usize) -> bool {
        match self.peek_at(k) {
            Some(Tok::Num(_)) => true,
            Some(Tok::Word(w)) => number::small_number_word(w).is_some() || w == "a",
            Some(Tok::Sym(c)) => {
                units::currency_symbol(*c).is_some()
                    && matches!(self.peek_at(k + 1), Some(Tok::Num(_)))
            }
            None => false,
        }
    }

    /// Matches a phrase of words at the cursor and moves past it.
    fn eat_phrase(&mut self, phrase: &[&str]) -> bool {
        if phrase.iter().enumerate().all(|(k, w)| self.word_is(k, w)) {
            self.pos += phrase.len();
            true
        } else {
            false
        }
    }
}

/// One side of a quantity: a number with the scale, currency and unit written beside it.
#[derive(Debug, Default)]
struct Amount {
    decimal: Option<Decimal>,
    scale: Option<i32>,
    currency: Option<String>,
    negative: bool,
    start: usize,
}

impl Amount {
    fn value(&self, scale: Option<i32>) -> Result<f64, ValueError> {
        let d = self.decimal.clone().unwrap_or(Decimal::from_integer(0));
        let v = d
            .scaled(scale.unwrap_or(0))
            .to_f64()
            .filter(|v| v.abs() <= MAX_MAGNITUDE)
            .ok_or_else(|| {
                ValueError::at(self.start, "number out of range")
                    .hint("figures are limited to ±10^15; check for a typo or extra digits")
            })?;
        Ok(if self.negative { -v } else { v })
    }

    fn raw(&self) -> f64 {
        self.decimal
            .as_ref()
            .and_then(Decimal::to_f64)
            .unwrap_or(0.0)
    }
}

fn read_amount(r: &mut Reader) -> Result<Amount, ValueError> {
    let mut a = Amount {
        start: r.offset(),
        ..Amount::default()
    };
    if r.sym_is(0, &['-', '−']) || r.word_is(0, "minus") {
        a.negative = true;
        r.pos += 1;
    }
    // Currency before the number: "$", "US$", "USD".
    if r.word_is(0, "us") && r.sym_is(1, &['$']) {
        r.pos += 1;
    }
    if let Some(Tok::Sym(c)) = r.peek()
        && let Some(code) = units::currency_symbol(*c)
    {
        a.currency = Some(code.to_string());
        r.pos += 1;
    }
    if a.currency.is_none()
        && let Some(Tok::Word(w)) = r.peek()
        && w.len() == 3
        && matches!(r.peek_at(1), Some(Tok::Num(_)))
        && let Some(code) = units::currency_word(w)
    {
        a.currency = Some(code.to_string());
        r.pos += 1;
    }
    match r.peek().cloned() {
        Some(Tok::Num(d)) => {
            a.decimal = Some(d);
            r.pos += 1;
        }
        Some(Tok::Word(_)) => {
            let words: Vec<String> = r.toks[r.pos..]
                .iter()
                .map_while(|t| match &t.tok {
                    Tok::Word(w) => Some(w.clone()),
                    Tok::Sym('-') => Some("-".to_string()),
                    _ => None,
                })
                .collect();
            // Hyphens join number words ("sixty-two"); read them as separate words.
            let plain: Vec<&str> = words
                .iter()
                .map(String::as_str)
                .filter(|w| *w != "-")
                .collect();
            let (n, used) = number::read_number_words(&plain).ok_or_else(|| {
                ValueError::at(r.offset(), "expected a number here").hint(QUANTITY_HINT)
            })?;
            // Move past `used` plain words and the hyphens among them.
            let mut seen = 0;
            while seen < used {
                if !matches!(r.peek(), Some(Tok::Sym('-'))) {
                    seen += 1;
                }
                r.pos += 1;
            }
            a.decimal = Some(Decimal::from_integer(n));
        }
        _ => {
            return Err(ValueError::at(r.offset(), "expected a number here").hint(QUANTITY_HINT));
        }
    }
    // Scale: "1.3 thousand", "$1.1m", "$2bn".
    if let Some(Tok::Word(w)) = r.peek() {
        let short = match w.as_str() {
            "m" if a.currency.is_some() => Some(6),
            "k" => Some(3),
            _ => None,
        };
        if let Some(p) = number::scale_word(w).or(short) {
            a.scale = Some(p);
            r.pos += 1;
        }
    }
    Ok(a)
}

/// Reads the unit after the amount(s): a symbol, a unit word, a currency word, or the
/// words of a counted noun phrase (its last word is the noun).
fn read_unit(r: &mut Reader) -> Result<Option<Unit>, ValueError> {
    if r.sym_is(0, &['%']) {
        r.pos += 1;
        return Ok(Some(Unit::Percent));
    }
    // "1,400-kilometer border": the hyphen joins number and unit.
    if r.sym_is(0, &['-']) && matches!(r.peek_at(1), Some(Tok::Word(_))) {
        r.pos += 1;
    }
    if r.eat_phrase(&["per", "cent"]) {
        return Ok(Some(Unit::Percent));
    }
    let Some(Tok::Word(w)) = r.peek().cloned() else {
        return Ok(None);
    };
    if let Some(unit) = units::unit_word(&w) {
        r.pos += 1;
        return Ok(Some(unit));
    }
    // A counted noun phrase: every remaining word up to a closing qualifier; the last word
    // is the noun.
    let start = r.offset();
    let mut noun = None;
    while let Some(t) = r.toks.get(r.pos) {
        if SUFFIXES
            .iter()
            .any(|(p, _)| p.iter().enumerate().all(|(k, w)| r.word_is(k, w)))
        {
            break;
        }
        match &t.tok {
            Tok::Word(w)
                if w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’') =>
            {
                noun = Some(w.clone());
                r.pos += 1;
            }
            Tok::Sym('-') if matches!(r.peek_at(1), Some(Tok::Word(_))) => r.pos += 1,
            _ => break,
        }
    }
    match noun.map(|n| units::singular(&n)) {
        // A noun that reads as a scale or unit word once singular ("bns") would change
        // meaning when written back; refuse it rather than guess.
        Some(n)
            if number::scale_word(&n).is_some() || units::unit_word(&n).is_some() || n == "k" =>
        {
            Err(ValueError::at(
                start,
                format!("\"{n}\" is not a unit or a counted noun crosscheck can read"),
            )
            .hint(QUANTITY_HINT))
        }
        other => Ok(other.map(Unit::Count)),
    }
}

/// Reads a closing qualifier at the cursor: "or more", "or so", a "+" after the number.
fn read_suffix(r: &mut Reader) -> Option<(Qualifier, usize)> {
    let at = r.offset();
    for (phrase, q) in SUFFIXES {
        if r.eat_phrase(phrase) {
            return Some((*q, at));
        }
    }
    if r.sym_is(0, &['+']) {
        r.pos += 1;
        return Some((Qualifier::AtLeast, at));
    }
    None
}

fn read_prefix(r: &mut Reader) -> Option<Qualifier> {
    for (phrase, q) in PREFIXES {
        // "some" and "about" only qualify when a number follows ("some 18 thousand").
        if r.eat_phrase(phrase) {
            return Some(*q);
        }
    }
    if let Some(Tok::Sym(c)) = r.peek() {
        let c = *c;
        if let Some((_, q)) = SYMBOL_PREFIXES.iter().find(|(s, _)| *s == c) {
            r.pos += 1;
            // ">=" and "<=" spelled with two characters.
            if r.sym_is(0, &['=']) {
                r.pos += 1;
                return Some(match q {
                    Qualifier::MoreThan => Qualifier::AtLeast,
                    Qualifier::LessThan => Qualifier::AtMost,
                    other => *other,
                });
            }
            return Some(*q);
        }
    }
    None
}

/// Parses a quantity: `qualifier? amount (range-separator amount)? unit? suffix?`.
pub fn parse_quantity(text: &str) -> Result<Quantity, ValueError> {
    let all = tokenize(text);
    if all.is_empty() {
        return Err(ValueError::at(0, "the value is empty").hint(QUANTITY_HINT));
    }
    // Scientific notation ("1e400") is not how reporters write figures; say so plainly.
    for w in all.windows(2) {
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
    let toks = &all[..];
    let mut r = Reader {
        toks,
        pos: 0,
        len: text.len(),
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
    let range_sep = |r: &mut Reader| -> bool {
        if between {
            return r.eat_phrase(&["and"]);
        }
        if r.word_is(0, "to") && r.starts_number(1) {
            r.pos += 1;
            return true;
        }
        if r.sym_is(0, &['-', '–', '—']) && r.starts_number(1) {
            r.pos += 1;
            return true;
        }
        false
    };
    let mut second = None;
    if range_sep(&mut r) {
        second = Some(read_amount(&mut r)?);
    } else if r.peek().is_some() {
        let save = r.pos;
        let u = read_unit(&mut r)?;
        if range_sep(&mut r) {
            unit = u;
            second = Some(read_amount(&mut r)?);
        } else {
            r.pos = save;
        }
    }
    if (between || from) && second.is_none() {
        return Err(ValueError::at(r.offset(), "a range needs two numbers")
            .hint("write \"between 5 and 7\", \"from 5 to 7\", \"5 to 7\" or \"5–7\""));
    }
    let mut suffix = read_suffix(&mut r);
    let later_unit = read_unit(&mut r)?;
    if suffix.is_none() {
        suffix = read_suffix(&mut r);
    }
    if let (Some(a), Some(b)) = (&unit, &later_unit)
        && a.factor_to(b).is_none()
    {
        return Err(ValueError::at(
            r.offset(),
            format!("the range mixes units {a} and {b}"),
        ));
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

    // Currency and scale written once apply to both ends of a range ("$5-7 million").
    let mut currency = first.currency.clone();
    let (low, high) = match &mut second {
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
            (v, v)
        }
    };
    if second.is_some() && low > high {
        return Err(ValueError::at(0, "the range runs backwards").hint(format!(
            "write the smaller number first: \"{} to {}\"",
            number::render_number(high),
            number::render_number(low)
        )));
    }
    let unit = match (currency, unit) {
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
    };
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
mod tests {
    use super::*;
    use crate::value::units::LengthUnit;

    fn q(s: &str) -> Quantity {
        parse_quantity(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn seed_phrasings() {
        let km = Some(Unit::Length(LengthUnit::Kilometre));
        assert_eq!(
            q("910 km"),
            Quantity {
                qualifier: Qualifier::Exact,
                low: 910.0,
                high: 910.0,
                unit: km.clone()
            }
        );
        assert_eq!(
            q("1,400-kilometer"),
            Quantity {
                qualifier: Qualifier::Exact,
                low: 1400.0,
                high: 1400.0,
                unit: km.clone()
            }
        );
        assert_eq!(
            q("more than 1.3 thousand kilometers"),
            Quantity {
                qualifier: Qualifier::MoreThan,
                low: 1300.0,
                high: 1300.0,
                unit: km
            }
        );
        let m = q("$ 1.1 million");
        assert_eq!(
            (m.low, m.unit),
            (1_100_000.0, Some(Unit::Money("USD".into())))
        );
        let p = q("up to 70%");
        assert_eq!(
            (p.qualifier, p.low, p.unit),
            (Qualifier::UpTo, 70.0, Some(Unit::Percent))
        );
        let t = q("about 6,000 Russian troops");
        assert_eq!(
            (t.qualifier, t.low, t.unit),
            (Qualifier::Approx, 6000.0, Some(Unit::Count("troop".into())))
        );
        let n = q("nine districts");
        assert_eq!((n.low, n.unit), (9.0, Some(Unit::Count("district".into()))));
        let r = q("five to seven people");
        assert_eq!(
            (r.qualifier, r.low, r.high, r.unit),
            (
                Qualifier::Range,
                5.0,
                7.0,
                Some(Unit::Count("person".into()))
            )
        );
        assert_eq!(
            q("exceeds one thousand people").qualifier,
            Qualifier::MoreThan
        );
        assert_eq!(q("some 18 thousand Afghans").low, 18_000.0);
    }

    #[test]
    fn ranges_share_scale_and_currency() {
        let r = q("$5-7 million");
        assert_eq!(
            (r.low, r.high, r.unit),
            (5e6, 7e6, Some(Unit::Money("USD".into())))
        );
        let r = q("500,000 to 1 million");
        assert_eq!((r.low, r.high), (5e5, 1e6));
        let r = q("between 5 and 7 km");
        assert_eq!((r.low, r.high), (5.0, 7.0));
        let r = q("5 km to 7 km");
        assert_eq!((r.low, r.high), (5.0, 7.0));
        assert_eq!(q("5–7").qualifier, Qualifier::Range);
    }

    #[test]
    fn suffix_qualifiers_and_symbols() {
        assert_eq!(q("1,000 or more soldiers").qualifier, Qualifier::AtLeast);
        assert_eq!(q("1,000+").qualifier, Qualifier::AtLeast);
        assert_eq!(q(">= 5").qualifier, Qualifier::AtLeast);
        assert_eq!(q("~5 km").qualifier, Qualifier::Approx);
        assert_eq!(q("-5%").low, -5.0);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse_quantity("910 km 12").unwrap_err();
        assert_eq!(e.offset, 7);
        assert!(parse_quantity("").is_err());
        assert!(parse_quantity("lots").is_err());
        assert!(parse_quantity("7 to 5").is_err());
        assert!(parse_quantity("99999999999999999999999 km").is_err());
        assert!(parse_quantity("about 5 or more").is_err());
        assert!(parse_quantity("$5 EUR").is_err());
        // Found by fuzzing: "bns" is "bn" once singular, which would read back as a scale.
        assert!(parse_quantity("1 bns").is_err());
    }

    #[test]
    fn dates() {
        let d = parse_date_value("by Sept. 11, 2021").unwrap();
        assert_eq!(
            (d.qualifier, d.start.to_string()),
            (Qualifier::AtMost, "2021-09-11".into())
        );
        let d = parse_date_value("between July 1, 2021 and July 2, 2021").unwrap();
        assert_eq!(d.qualifier, Qualifier::Range);
        assert_eq!(parse_date_value("2013").unwrap().start.to_string(), "2013");
        assert!(
            parse_date_value("2021-02-30")
                .unwrap_err()
                .message
                .contains("does not exist")
        );
        assert!(parse_date_value("soon").is_err());
    }
}
