//! How flags.yaml values are written: plain when that reads back as the same string,
//! double-quoted with escapes otherwise, and a long reason folded at spaces.

/// The widest line a new entry's reason is folded to.
pub(super) const WRAP: usize = 90;

pub(super) fn reason_lines(reason: &str, key_indent: usize) -> Vec<String> {
    let k = " ".repeat(key_indent);
    let inline = format!("{k}reason: {}", plain_or_quoted(reason));
    if inline.chars().count() <= WRAP || !foldable(reason) {
        return vec![inline];
    }
    // A folded block scalar: lines joined by single spaces when read.
    let indent = " ".repeat(key_indent + 2);
    let mut out = vec![format!("{k}reason: >-")];
    let mut line = String::new();
    for word in reason.split(' ') {
        if !line.is_empty() && indent.len() + line.chars().count() + 1 + word.chars().count() > WRAP
        {
            out.push(format!("{indent}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(format!("{indent}{line}"));
    out
}

/// Whether folding at spaces reads back as the same text: single spaces between words, no
/// other whitespace, no control characters.
fn foldable(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s
            .chars()
            .any(|c| needs_escape(c) || (c.is_whitespace() && c != ' '))
}

/// Characters YAML does not take as they are: controls (C0, DEL, C1), line and paragraph
/// separators, a byte-order mark and the non-characters U+FFFE and U+FFFF.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// A YAML double-quoted scalar.
fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A scalar written plain when that is unambiguous, double-quoted otherwise.
pub(crate) fn plain_or_quoted(s: &str) -> String {
    let safe_chars = s
        .chars()
        .all(|c| c.is_alphanumeric() || " _-./,()'@+".contains(c));
    let first_ok = s.chars().next().is_some_and(char::is_alphanumeric);
    let lower = s.to_ascii_lowercase();
    let special = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ]
    .contains(&lower.as_str())
        || s.parse::<f64>().is_ok()
        || s.starts_with("0x")
        || s.starts_with("0o");
    if safe_chars && first_ok && !special && !s.ends_with(' ') {
        s.to_string()
    } else {
        double_quoted(s)
    }
}
