//! The one door to YAML. Everything crosscheck reads or writes as YAML goes through here,
//! so the parser's limits are set in one place and its errors become ours. (Claims files
//! in the plain shape nearly all are written in are read line by line where this parser's
//! answer is known to be the same, `load/claims/lines.rs`; decision 264.)
//!
//! Limits (documented in docs/reference.md): duplicate keys are an error; a document may
//! nest at most 32 deep, hold at most 200,000 nodes and 16 MiB of scalar text, use at most
//! 64 anchors and 256 aliases, and no alias may expand more than 64 times; files larger
//! than `MAX_FILE_BYTES` are refused before they are read.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The largest facts file crosscheck reads.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// What went wrong while reading YAML, in our terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// Not well-formed YAML.
    Syntax,
    /// The same key twice in one mapping.
    DuplicateKey,
    /// A key the file format does not have.
    UnknownField,
    /// A required key is missing.
    MissingField,
    /// A value of the wrong shape (a list where a string belongs, a null, ...).
    WrongType,
    /// A resource limit was reached (nesting, aliases, size).
    Limit,
    /// A tag outside YAML's core schema (`!!binary`, `!secret`, ...).
    Tag,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub message: String,
    /// 1-based line and column, when the parser knows them.
    pub line: u32,
    pub column: u32,
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_nodes: 200_000,
            max_events: 1_000_000,
            max_total_scalar_bytes: 16 * 1024 * 1024,
            max_anchors: 64,
            max_aliases: 256,
            max_documents: 1,
            max_reader_input_bytes: Some(MAX_FILE_BYTES as usize),
            flow_nesting_limit: 32,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 10_000,
            max_replay_stack_depth: 16,
            max_alias_expansions_per_anchor: 64,
        },
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
        strict_booleans: true,
        reject_unsupported_tags: true,
        reject_tagged_field_names: true,
        with_snippet: false,
    }
}

/// Parses one YAML document into `T`, refusing duplicate keys, tags outside the core
/// schema and anything over the limits.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if let Some(e) = foreign_tag(text) {
        return Err(e);
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| convert(&e))
}

/// The first tag outside YAML's core schema (`!!binary`, `!!timestamp`, `!secret`, ...): a
/// value read through such a tag is not what a reviewer sees, so it is refused. The
/// non-specific tag `!` and `!!str`, `!!int`, ... are allowed. Syntax errors are left to
/// the parse that follows.
fn foreign_tag(text: &str) -> Option<YamlError> {
    if !text.contains('!') {
        return None;
    }
    for event in granit_parser::Parser::new_from_str(text).take(1_000_000) {
        let (event, span) = event.ok()?;
        let Some(tag) = event.tag() else { continue };
        let written = format!("{}{}", tag.original_handle(), tag.suffix());
        if written != "!" && !tag.is_yaml_core_schema() {
            return Some(YamlError {
                kind: YamlErrorKind::Tag,
                message: format!(
                    "the tag {written} is not allowed: facts files are plain YAML (only the core schema's tags, such as !!str)"
                ),
                line: span.start.line() as u32,
                column: tag_column(text, span.start.line(), span.start.col(), &written) as u32,
            });
        }
    }
    None
}

fn convert(e: &serde_saphyr::Error) -> YamlError {
    use serde_saphyr::Error as E;
    let inner = e.without_snippet();
    let kind = match inner {
        E::DuplicateMappingKey { .. } => YamlErrorKind::DuplicateKey,
        E::SerdeUnknownField { .. } => YamlErrorKind::UnknownField,
        E::SerdeMissingField { .. } => YamlErrorKind::MissingField,
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::SerdeUnknownVariant { .. }
        | E::NullIntoString { .. }
        | E::InvalidBooleanStrict { .. } => YamlErrorKind::WrongType,
        E::Budget { .. } | E::AliasError { .. } => YamlErrorKind::Limit,
        E::UnsupportedTag { .. } | E::TaggedStructFieldName { .. } => YamlErrorKind::Tag,
        // The parser reports some limits (recursion depth) as plain messages.
        other if is_limit_message(&other.to_string()) => YamlErrorKind::Limit,
        _ => YamlErrorKind::Syntax,
    };
    let (line, column) = e
        .location()
        .map_or((0, 0), |l| (l.line() as u32, l.column() as u32));
    YamlError {
        kind,
        message: strip_location(&inner.to_string()),
        line,
        column,
    }
}

fn is_limit_message(m: &str) -> bool {
    let m = m.to_lowercase();
    ["limit", "budget", "too deep", "too large", "exceeded"]
        .iter()
        .any(|w| m.contains(w))
}

/// The parser appends " at line N, column M" to some messages; we report positions ourselves.
fn strip_location(message: &str) -> String {
    let m = message.trim();
    match m.rfind(" at line ") {
        Some(i) => m[..i].trim_end_matches(',').to_string(),
        None => m.to_string(),
    }
}

/// The 1-based column of the tag `written` before the node at (`line`, 0-based `col`), on
/// the same line; the node's own column when the tag is elsewhere.
fn tag_column(text: &str, line: usize, col: usize, written: &str) -> usize {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return col + 1;
    };
    let before: String = l.chars().take(col).collect();
    before
        .rfind(written)
        .map_or(col + 1, |b| before[..b].chars().count() + 1)
}

/// Writes `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_saphyr::to_string(value).map_err(|e| YamlError {
        kind: YamlErrorKind::Syntax,
        message: e.to_string(),
        line: 0,
        column: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        #[serde(default)]
        items: Vec<String>,
    }

    #[test]
    fn duplicate_keys_are_refused_with_a_position() {
        let e = from_str::<Doc>("name: a\nname: b\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::DuplicateKey, "{e:?}");
        assert_eq!(e.line, 2, "{e:?}");
    }

    #[test]
    fn unknown_and_missing_fields() {
        let e = from_str::<Doc>("name: a\nnmae: b\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::UnknownField, "{e:?}");
        let e = from_str::<Doc>("items: []\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::MissingField, "{e:?}");
    }

    #[test]
    fn alias_bombs_and_deep_nesting_hit_limits() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..9 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            bomb.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let e = from_str::<serde_json::Value>(&bomb).unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Limit, "{e:?}");
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let e = from_str::<serde_json::Value>(&deep).unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Limit, "{e:?}");
    }

    #[test]
    fn tags_outside_the_core_schema_are_refused() {
        for text in [
            "name: !!binary aGVsbG8=\n",
            "name: !secret a\n",
            "name: !<tag:example.com,2000:x> a\n",
            "!custom name: a\n",
            "name: a\nitems: !!set {a: null}\n",
            "name: a\nitems: !!omap [a: 1]\n",
        ] {
            let e = from_str::<Doc>(text).unwrap_err();
            assert_eq!(e.kind, YamlErrorKind::Tag, "{text}: {e:?}");
            assert!(e.line >= 1, "{text}: {e:?}");
        }
        for text in [
            "name: !!str a\n",
            "name: a\nitems: !!seq [b]\n",
            "name: ! a\n",
        ] {
            let r = from_str::<Doc>(text);
            assert!(r.is_ok(), "{text}: {r:?}");
        }
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = from_str::<Doc>("name: [a\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Syntax, "{e:?}");
        assert!(e.line >= 1, "{e:?}");
    }
}
