//! Claims files in the shape nearly all of them are written in, read line by line without
//! the YAML parser (decision 264): `source: …` and `claims:` at the margin, then the list
//! of claims, each a `- key: value` line and `key: value` lines under it, every value one
//! plain, single- or double-quoted scalar on its line, without escapes. At a million claims
//! the parser (its scanner, events and serde's visitors) was a third of `check`'s CPU.
//!
//! Anything else (a comment after a value, a tab, an escape, a value over two lines, an
//! empty or null value, a word YAML reads as a boolean, a flow collection, an anchor, an
//! unknown or repeated key, a missing field, a large file) gives `None`, and the file goes
//! through the parser as before: this reader only answers where the parser's answer is
//! the same (`lines_tests.rs` compares them).

use super::{Field, ParsedClaims, RawClaim};
use crate::diagnostic::Location;
use crate::load::TextFile;
use crate::model::Rank;

/// Files larger than this go to the parser, as do files of more key lines than
/// `MAX_LINES`: the parser's limits (200,000 nodes, 16 MiB of scalars, a million events)
/// are then out of reach.
const MAX_BYTES: usize = 4 << 20;
const MAX_LINES: usize = 40_000;

/// The claims file read line by line; `None` when it is not in the shape this reader knows.
pub(super) fn parse(file: &TextFile) -> Option<ParsedClaims> {
    let text = file.text.as_str();
    if text.len() > MAX_BYTES || !plain_text(text) {
        return None;
    }
    let mut source: Option<Field> = None;
    let mut claims: Vec<RawClaim> = Vec::new();
    let mut list_seen = false;
    let mut in_list = false;
    // The list items' indentation, set by the first.
    let mut dash: Option<usize> = None;
    let mut entry: Option<Entry> = None;
    let mut key_lines = 0;
    for (n, line) in text.split('\n').enumerate() {
        let rest = line.trim_start_matches(' ');
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        key_lines += 1;
        if key_lines > MAX_LINES {
            return None;
        }
        let at = Place {
            file,
            line: u32::try_from(n + 1).ok()?,
        };
        let indent = line.len() - rest.len();
        let item = rest.strip_prefix("- ");
        if indent == 0 && item.is_none() {
            if let Some(e) = entry.take() {
                claims.push(e.finish()?);
            }
            in_list = false;
            let (key, value, column) = key_value(rest, 0)?;
            match key {
                "source" if source.is_none() => source = Some(at.scalar(value, column)?),
                "claims" if !list_seen && value.is_empty() => (list_seen, in_list) = (true, true),
                _ => return None,
            }
            continue;
        }
        if !in_list {
            return None;
        }
        let d = *dash.get_or_insert(indent);
        let (key, value, column) = match item {
            Some(item) if indent == d => {
                if let Some(e) = entry.replace(Entry::default()) {
                    claims.push(e.finish()?);
                }
                key_value(item, d + 2)?
            }
            None if indent == d + 2 && entry.is_some() => key_value(rest, indent)?,
            _ => return None,
        };
        entry
            .as_mut()?
            .set(key, value, || at.scalar(value, column))?;
    }
    if let Some(e) = entry.take() {
        claims.push(e.finish()?);
    }
    if claims.is_empty() {
        return None;
    }
    Some(ParsedClaims {
        source: source?,
        claims,
        problems: Vec::new(),
    })
}

/// Whether every character is one this reader takes as the parser does: no control
/// character but the line feed (so no tab, no carriage return), nothing YAML reads as a
/// line break or byte order mark, nothing outside its printable set.
fn plain_text(text: &str) -> bool {
    let ascii_ok = |b: u8| b == b'\n' || (0x20..0x7f).contains(&b);
    if text.bytes().all(ascii_ok) {
        return true;
    }
    text.chars().all(|c| {
        if c.is_ascii() {
            ascii_ok(c as u8)
        } else {
            matches!(c, '\u{a0}'..='\u{2027}' | '\u{202a}'..='\u{d7ff}' | '\u{e000}'..='\u{fefe}' | '\u{ff00}'..='\u{fffd}' | '\u{10000}'..)
        }
    })
}

/// `key: value` (or `key:` alone, an empty value): the key (lower-case letters and `_`),
/// the value as written, and the value's 0-based column given the text's at `column`.
fn key_value(text: &str, column: usize) -> Option<(&str, &str, usize)> {
    let colon = text.find(':')?;
    let key = &text[..colon];
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return None;
    }
    let after = &text[colon + 1..];
    if after.is_empty() {
        return Some((key, after, column + colon + 1));
    }
    let value = after.strip_prefix(' ')?.trim_start_matches(' ');
    Some((key, value, column + text.len() - value.len()))
}

/// A line of a file, where the scalars found on it stand.
struct Place<'a> {
    file: &'a TextFile,
    line: u32,
}

impl Place<'_> {
    /// The string a value written at the 0-based `column` stands for, and where its text
    /// starts (past a quote), as `load::at` places a parsed scalar.
    fn scalar(&self, value: &str, column: usize) -> Option<Field> {
        let (text, quoted) = scalar(value)?;
        let column = u32::try_from(column + 1 + usize::from(quoted)).ok()?;
        Some((
            text.to_string(),
            Location::new(self.file.path.clone(), self.line, column),
        ))
    }
}

/// The string a one-line scalar stands for, and whether it is quoted; `None` when the
/// parser might read it otherwise (or not as a string).
fn scalar(value: &str) -> Option<(&str, bool)> {
    let quoted = |q: char| {
        let inner = value.strip_prefix(q)?.strip_suffix(q)?;
        (!inner.contains([q, '\\'])).then_some((inner, true))
    };
    match value.chars().next()? {
        '"' => quoted('"'),
        '\'' => quoted('\''),
        _ => plain(value).then_some((value, false)),
    }
}

/// Whether a plain scalar reads as this very string: it starts with a letter, a digit or
/// one of a few signs, holds nothing that ends it early or opens a collection, does not
/// end in a space or colon, and is no word YAML reads as null or a boolean.
fn plain(value: &str) -> bool {
    let mut chars = value.chars();
    let first_ok = match chars.next() {
        Some(c) if c.is_alphanumeric() => true,
        Some('$' | '(' | '+' | '.' | '/' | '_') => true,
        Some('-') => chars.next().is_some_and(|c| c != ' ' && c != '-'),
        _ => false,
    };
    first_ok
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.contains(['[', ']', '{', '}'])
        && !value.ends_with([' ', ':'])
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
        )
}

/// The fields of one claim met so far.
#[derive(Default)]
struct Entry {
    id: Option<Field>,
    subject: Option<Field>,
    value: Option<Field>,
    quote: Option<Field>,
    as_of: Option<Field>,
    claimant: Option<String>,
    claimant_role: Option<String>,
    origin: Option<String>,
    origin_named_in: Option<Field>,
    via: Option<String>,
    rank: Option<Rank>,
    rank_reason: Option<String>,
    note: Option<String>,
}

impl Entry {
    /// Sets the field `key` to the scalar `read` gives; `None` for an unknown or repeated
    /// key or a value not read.
    fn set(&mut self, key: &str, value: &str, read: impl Fn() -> Option<Field>) -> Option<()> {
        fn put<T>(slot: &mut Option<T>, v: Option<T>) -> Option<()> {
            if slot.is_some() {
                return None;
            }
            *slot = Some(v?);
            Some(())
        }
        let text = || read().map(|(s, _)| s);
        match key {
            "id" => put(&mut self.id, read()),
            "subject" => put(&mut self.subject, read()),
            "value" => put(&mut self.value, read()),
            "quote" => put(&mut self.quote, read()),
            "as_of" => put(&mut self.as_of, read()),
            "origin_named_in" => put(&mut self.origin_named_in, read()),
            "claimant" => put(&mut self.claimant, text()),
            "claimant_role" => put(&mut self.claimant_role, text()),
            "origin" => put(&mut self.origin, text()),
            "via" => put(&mut self.via, text()),
            "rank_reason" => put(&mut self.rank_reason, text()),
            "note" => put(&mut self.note, text()),
            "rank" => put(&mut self.rank, rank(value)),
            _ => None,
        }
    }

    /// The claim; `None` when a required field is missing.
    fn finish(self) -> Option<RawClaim> {
        Some(RawClaim {
            id: self.id?,
            subject: self.subject?,
            value: self.value?,
            quote: self.quote?,
            as_of: self.as_of,
            claimant: self.claimant,
            claimant_role: self.claimant_role,
            origin: self.origin,
            origin_named_in: self.origin_named_in,
            via: self.via,
            rank: self.rank.unwrap_or_default(),
            rank_reason: self.rank_reason,
        })
    }
}

/// A rank written plain, as its variant's name.
fn rank(value: &str) -> Option<Rank> {
    match value {
        "preferred" => Some(Rank::Preferred),
        "normal" => Some(Rank::Normal),
        "deprecated" => Some(Rank::Deprecated),
        _ => None,
    }
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
