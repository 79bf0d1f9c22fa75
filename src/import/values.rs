//! Cell values of a table normalised to comparable keys: instants in any of the usual
//! spellings ("12/01/2011 02:07 PM", "12/1/2011 2:07PM EST", "12/1/11 2:06 PM (-05:00)",
//! "2:07 PMDec 01", "Thu., Dec.01, 2011 1:55 p.m."), plain numbers ("72,661", "1.4
//! million"), and text keys ("Term C - C44" is "C44"). Placeholders ("Not Available",
//! "-") are no value at all.

use crate::value::date::{days_from_civil, month_word};
use crate::value::number::scale_word;

/// Cell texts that say nothing (lower case, one a line, sorted); a cell containing one
/// of them as whole words is no claim.
const PLACEHOLDERS: &str = include_str!("placeholders.txt");

/// A cell's value before it joins a table: instants may still lack their year.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A date and, when given, a time of day (minutes after midnight).
    Instant {
        year: Option<i32>,
        month: u8,
        day: u8,
        minute: Option<u16>,
    },
    /// A number and the half-width its precision allows (0 for an exact numeral).
    Number { value: f64, half_width: f64 },
    /// A normalised text key.
    Text(String),
}

impl Cell {
    /// The instant's span in minutes since 1970-01-01 (a whole day without a time), with
    /// `year` standing in when the cell has none.
    pub fn minutes(&self, default_year: i32) -> Option<(f64, f64, f64)> {
        let Cell::Instant {
            year,
            month,
            day,
            minute,
        } = self
        else {
            return None;
        };
        let day0 = days_from_civil(year.unwrap_or(default_year), *month, *day) as f64 * 1440.0;
        Some(match minute {
            Some(m) => {
                let t = day0 + f64::from(*m);
                (t, t, t)
            }
            None => (day0, day0, day0 + 1439.0),
        })
    }
}

/// Normalises one cell; `None` for an empty cell or a placeholder.
pub fn normalise(raw: &str) -> Option<Cell> {
    let text = raw.trim();
    if text.is_empty() || is_placeholder(text) {
        return None;
    }
    if let Some(cell) = instant(text) {
        return Some(cell);
    }
    let key = text_key(text);
    if let Some(cell) = number(&key) {
        return Some(cell);
    }
    (!key.is_empty()).then_some(Cell::Text(key))
}

fn is_placeholder(text: &str) -> bool {
    if !text.chars().any(char::is_alphanumeric) {
        return true; // only punctuation: "-", "?", "—"
    }
    let t = text.as_bytes();
    let not_word = |i: usize| i >= t.len() || !t[i].is_ascii_alphanumeric();
    PLACEHOLDERS.lines().any(|p| {
        let p = p.as_bytes();
        t.len() >= p.len()
            && (0..=t.len() - p.len()).any(|i| {
                t[i..i + p.len()].eq_ignore_ascii_case(p)
                    && (i == 0 || not_word(i - 1))
                    && not_word(i + p.len())
            })
    })
}

/// A text key: upper case, single spaces, a trailing '?' dropped, and a label before
/// " - " dropped ("Term C - C44" → "C44").
fn text_key(text: &str) -> String {
    let text = text.trim_end_matches('?').trim();
    let text = text.rsplit(" - ").next().unwrap_or(text);
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// A plain numeral with optional grouping commas, decimals and a scale word.
fn number(text: &str) -> Option<Cell> {
    let mut parts = text.split_whitespace();
    let figure = parts.next()?;
    let scale = match parts.next() {
        Some(word) => scale_word(&word.to_lowercase())?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    let (sign, digits) = match figure.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, figure),
    };
    if digits.is_empty()
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        || digits.matches('.').count() > 1
    {
        return None;
    }
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    let value: f64 = plain.parse().ok()?;
    let decimals = plain.split('.').nth(1).map_or(0, str::len) as i32;
    let unit = 10f64.powi(scale);
    // A scaled figure is rounded at its last digit: "1.4 million" is 1.35–1.45 million.
    let half_width = if scale > 0 {
        0.5 * 10f64.powi(-decimals) * unit
    } else {
        0.0
    };
    Some(Cell::Number {
        value: sign * value * unit,
        half_width,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sym(char),
}

/// Splits into numbers, words and symbols; a word is also split where a capital starts
/// a new one ("PMDec" → "PM", "Dec"; "pDec" → "p", "Dec").
fn tokens(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let n = text[start..i].parse().unwrap_or(u32::MAX);
            out.push(Tok::Num(n, i - start));
        } else if b[i].is_ascii_alphabetic() {
            i += 1;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                let camel = b[i].is_ascii_uppercase()
                    && (b[i - 1].is_ascii_lowercase()
                        || (i + 1 < b.len() && b[i + 1].is_ascii_lowercase() && i - start > 1));
                if camel {
                    break;
                }
                i += 1;
            }
            out.push(Tok::Word(&text[start..i]));
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if !c.is_whitespace() {
                out.push(Tok::Sym(c));
            }
        }
    }
    out
}

/// Reads a date and an optional time of day anywhere in the text.
fn instant(text: &str) -> Option<Cell> {
    let toks = tokens(text);
    let mut used = vec![false; toks.len()];
    let minute = time_of_day(&toks, &mut used);
    let (year, month, day) = date(&toks, &used)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Cell::Instant {
        year,
        month,
        day,
        minute,
    })
}

/// H:MM with an optional am/pm marker ("PM", "p", "p.m."), marking its tokens used.
fn time_of_day(toks: &[Tok], used: &mut [bool]) -> Option<u16> {
    let at = (0..toks.len().saturating_sub(2)).find(|&i| {
        matches!(
            (toks[i], toks[i + 1], toks[i + 2]),
            (Tok::Num(h, _), Tok::Sym(':'), Tok::Num(m, 2)) if h < 24 && m < 60
        )
    })?;
    let (Tok::Num(mut hour, _), Tok::Num(minute, _)) = (toks[at], toks[at + 2]) else {
        return None;
    };
    used[at..at + 3].iter_mut().for_each(|u| *u = true);
    if let Some(Tok::Word(w)) = toks.get(at + 3) {
        let marker = match w.to_ascii_lowercase().as_str() {
            "am" | "a" => Some(false),
            "pm" | "p" => Some(true),
            _ => None,
        };
        if let Some(pm) = marker {
            used[at + 3] = true;
            // "p.m.": the '.', 'm', '.' after the letter belong to the marker.
            if let (Some(Tok::Sym('.')), Some(Tok::Word(m))) = (toks.get(at + 4), toks.get(at + 5))
                && m.eq_ignore_ascii_case("m")
            {
                used[at + 4..(at + 7).min(toks.len())]
                    .iter_mut()
                    .for_each(|u| *u = true);
            }
            if hour > 12 {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
        }
    }
    Some((hour * 60 + minute) as u16)
}

/// A month word without allocating for the common cases (three letters or a full name).
fn month_of(word: &str) -> Option<u8> {
    if word.len() < 3 || !word.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let first = word.as_bytes()[0].to_ascii_lowercase();
    if !b"jfmasond".contains(&first) {
        return None;
    }
    month_word(word)
}

/// A date: a month word with its day (and year when given), or three numbers joined by
/// '/' or '-' (year first when it has four digits, else month/day/year).
fn date(toks: &[Tok], used: &[bool]) -> Option<(Option<i32>, u8, u8)> {
    let free = |i: usize| !used[i];
    let year_of = |n: u32, digits: usize| match digits {
        4 => Some(n as i32),
        2 => Some(2000 + n as i32),
        _ => None,
    };
    for i in (0..toks.len()).filter(|&i| free(i)) {
        let Tok::Word(w) = toks[i] else { continue };
        let Some(month) = month_of(w) else { continue };
        let day_at = |j: usize| match toks.get(j) {
            Some(Tok::Num(d, 1 | 2)) if free(j) => Some(*d as u8),
            _ => None,
        };
        // "Dec 01", "Dec.01", "December 10, 2011"; else "01-Dec-2011".
        let after = (i + 1..(i + 3).min(toks.len())).find_map(|j| day_at(j).map(|d| (j, d)));
        let before = i.checked_sub(2).and_then(|j| day_at(j).map(|d| (j, d)));
        let Some((dj, day)) = after.or(before) else {
            continue;
        };
        let year = toks.iter().enumerate().find_map(|(k, t)| match t {
            Tok::Num(n, 4) if free(k) && k != dj => Some(*n as i32),
            _ => None,
        });
        return Some((year, month, day));
    }
    for i in (0..toks.len().saturating_sub(4)).filter(|&i| free(i)) {
        let (Tok::Num(a, da), Tok::Sym(s1), Tok::Num(b, _), Tok::Sym(s2), Tok::Num(c, dc)) =
            (toks[i], toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4])
        else {
            continue;
        };
        if s1 != s2 || !(s1 == '/' || s1 == '-') {
            continue;
        }
        if da == 4 {
            return Some((Some(a as i32), b as u8, c as u8));
        }
        return Some((year_of(c, dc), a as u8, b as u8));
    }
    None
}

#[cfg(test)]
mod tests;
