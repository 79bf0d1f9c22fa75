//! The readers that look units up in the registry: a currency sign before the number, a
//! unit after it, and the smaller parts of a compound value ("882 ft 9 in").

use super::ValueError;
use super::read::{Reader, Tok};
use crate::value::units::{self, Unit};

impl Reader<'_> {
    /// A currency sign (one to four tokens: "$", "US$", "U.S.$", "RM") from token `at` to
    /// the number that follows it: the currency code and the number's token index.
    pub(super) fn currency_before(&self, at: usize) -> Option<(String, usize)> {
        let num =
            (at..self.toks.len().min(at + 5)).find(|&i| matches!(self.toks[i].tok, Tok::Num(_)))?;
        if num == at {
            return None;
        }
        let (start, end) = (self.toks[at].start, self.toks[num].start);
        let raw = &self.text[start..end];
        // The sign is the whole run before the number, so it begins at the run's first
        // word: most runs (every word start of a quote is tried) end here.
        if !units::may_open_sign_before(crate::units::tokenize(raw).next()?) {
            return None;
        }
        let toks: Vec<&str> = crate::units::tokenize(raw).collect();
        let touching = self.toks[num - 1].end == end;
        match units::unit_before(&toks, touching, self.dimension)? {
            (Unit::Money(code), len) if len == toks.len() => Some((code, num)),
            _ => None,
        }
    }

    /// The registry unit spelled at the cursor, moving past it.
    pub(super) fn registry_unit(&mut self, touching: bool) -> Option<Unit> {
        let start = self.offset();
        let rest = &self.text[start..];
        // The first eight registry tokens, on the stack (a unit is read at every amount).
        let mut spans = [(0, ""); 8];
        let mut toks = [""; 8];
        let mut n = 0;
        for span in crate::units::tokenize_spans(rest).take(8) {
            spans[n] = span;
            toks[n] = span.1;
            n += 1;
        }
        let (unit, len) = units::unit_after(&toks[..n], touching, self.dimension)?;
        let (at, last) = spans[len - 1];
        let end = start + at + last.len();
        // A unit ends at a word boundary: "m" is not the start of "mx" or "m2x".
        let next = self.text[end..].chars().next();
        let glued_word = next.is_some_and(char::is_alphabetic)
            || (next.is_some_and(|c| c.is_ascii_digit()) && last.chars().all(char::is_alphabetic));
        if glued_word {
            return None;
        }
        let mut pos = self.pos;
        while pos < self.toks.len() && self.toks[pos].start < end {
            pos += 1;
        }
        // The grammar keeps an abbreviation's full stop with its word ("ft."): fine.
        let over = &self.text[end..self.toks[pos - 1].end.max(end)];
        if !over.is_empty() && over != "." {
            return None;
        }
        self.pos = pos;
        Some(unit)
    }
}

/// Reads the smaller parts of a compound value after its first unit ("9 in" after
/// "882 ft", "and 20 minutes" after "1 hour"): their sum in `unit`. Each part is a number
/// and a smaller unit of the same dimension that converts by one factor.
pub(super) fn read_compound(r: &mut Reader, unit: &Unit) -> Result<f64, ValueError> {
    let mut sum = 0.0;
    let mut smallest = unit.clone();
    loop {
        let save = r.pos;
        r.eat_phrase(&["and"]);
        let Some(Tok::Num(d)) = r.peek().cloned() else {
            r.pos = save;
            return Ok(sum);
        };
        let at = r.offset();
        r.pos += 1;
        let Some(part) = r
            .registry_unit(true)
            .filter(|p| p.dimension() == unit.dimension())
        else {
            r.pos = save;
            return Ok(sum);
        };
        let smaller = part.factor_to(&smallest).filter(|f| *f < 1.0);
        let (Some(f), Some(n)) = (
            part.factor_to(unit).filter(|_| smaller.is_some()),
            d.to_f64(),
        ) else {
            return Err(ValueError::at(at, format!("cannot add {part} to {smallest}"))
                .hint("a compound value goes from larger units to smaller ones, e.g. \"5 ft 2 in\" or \"1 hour 20 minutes\""));
        };
        sum += n * f;
        smallest = part;
    }
}
