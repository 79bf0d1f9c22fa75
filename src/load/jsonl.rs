//! Claims as JSON Lines (`claims/<source>.jsonl`), for machine-made claims such as
//! imported tables: one claim a line, with the fields of a claims file's entry and
//! optionally `source` (which must then be the file's). Blank lines are skipped; a line
//! that does not read is reported at its line and the others are still read. The claims
//! become the same [`RawClaim`]s as YAML entries, so they are checked by the same code.

use super::TextFile;
use super::claims::{Field, ParsedClaims, RawClaim};
use super::diags;
use super::layout::claims_stem;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::Rank;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    #[serde(default)]
    source: Option<String>,
    id: String,
    subject: String,
    value: TextOrNumber,
    quote: String,
    #[serde(default)]
    claimant: Option<String>,
    #[serde(default)]
    claimant_role: Option<String>,
    #[serde(default)]
    origin: Option<String>,
    #[serde(default)]
    origin_named_in: Option<String>,
    #[serde(default)]
    via: Option<String>,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    rank: Rank,
    #[serde(default)]
    rank_reason: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// A value may be written as a JSON number (`"value": 162`).
#[derive(Deserialize)]
#[serde(untagged)]
enum TextOrNumber {
    Text(String),
    Number(serde_json::Number),
}

/// Parses a JSON Lines claims file; `Err` only when it holds no line at all.
pub(super) fn parse(file: &TextFile) -> Result<ParsedClaims, Diagnostic> {
    if file.text.trim().is_empty() {
        return Err(diags::empty_file(&file.path));
    }
    let stem = claims_stem(&file.path).to_string();
    let mut out = ParsedClaims {
        source: (stem.clone(), Location::new(file.path.clone(), 1, 1)),
        claims: Vec::new(),
        problems: Vec::new(),
    };
    for (n, text) in file.text.lines().enumerate() {
        let n = n as u32 + 1;
        if text.trim().is_empty() {
            continue;
        }
        let line: Line = match serde_json::from_str(text) {
            Ok(l) => l,
            Err(e) => {
                out.problems.push(json_diagnostic(&file.path, n, &e));
                continue;
            }
        };
        let at = |key: &str| Location::new(file.path.clone(), n, column(text, key));
        if let Some(s) = line.source.as_ref().filter(|s| **s != stem) {
            out.problems
                .push(diags::claims_file_mismatch(at("source"), &stem, s));
            continue;
        }
        let field = |value: String, key: &str| -> Field { (value, at(key)) };
        let value = match line.value {
            TextOrNumber::Text(t) => t,
            TextOrNumber::Number(n) => n.to_string(),
        };
        out.claims.push(RawClaim {
            id: field(line.id, "id"),
            subject: field(line.subject, "subject"),
            value: field(value, "value"),
            quote: field(line.quote, "quote"),
            as_of: line.as_of.map(|d| field(d, "as_of")),
            claimant: line.claimant,
            claimant_role: line.claimant_role,
            origin: line.origin,
            origin_named_in: line.origin_named_in.map(|s| field(s, "origin_named_in")),
            via: line.via,
            rank: line.rank,
            rank_reason: line.rank_reason,
        });
    }
    Ok(out)
}

/// The 1-based column (in characters) where the value of `key` starts on a line, past an
/// opening quote; 1 when the key is not found.
fn column(line: &str, key: &str) -> u32 {
    let needle = format!("\"{key}\"");
    let Some(k) = line.find(&needle) else {
        return 1;
    };
    let rest = &line[k + needle.len()..];
    let after_colon = rest.trim_start().strip_prefix(':').unwrap_or(rest);
    let value = after_colon.trim_start();
    let mut byte = line.len() - value.len();
    if value.starts_with('"') {
        byte += 1;
    }
    line[..byte].chars().count() as u32 + 1
}

/// A line that does not read as a claim, in the codes YAML files use for the same problems
/// (`json-syntax` for what is not JSON).
fn json_diagnostic(path: &str, line: u32, e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    let (code, hint) = if !e.is_data() {
        (
            Code::JsonSyntax,
            "each line must be one JSON object: check quotes, commas and braces",
        )
    } else if message.starts_with("unknown field") {
        (
            Code::UnknownField,
            "check the spelling; docs/reference.md lists every field",
        )
    } else if message.starts_with("missing field") {
        (
            Code::MissingField,
            "add the missing field; docs/reference.md lists the required ones",
        )
    } else if message.starts_with("duplicate field") {
        (
            Code::DuplicateKey,
            "a key may appear once per line: remove or rename one of them",
        )
    } else {
        (
            Code::WrongType,
            "give the field the kind of value docs/reference.md describes",
        )
    };
    Diagnostic::new(code, Location::new(path, line, e.column() as u32), message).hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_column_is_past_its_opening_quote() {
        let line = r#"{"id": "c1", "value":162}"#;
        assert_eq!(column(line, "id"), 9);
        assert_eq!(column(line, "value"), 22);
        assert_eq!(column(line, "quote"), 1);
    }
}
