//! Diagnostics as text, rustc style: the code and message, the place, the line of the file
//! with the span marked, and the hint. Also as JSON lines.

use crate::diagnostic::{Diagnostic, Severity};
use std::collections::BTreeMap;

/// Renders every diagnostic. `files` maps a path (as in the diagnostic) to its text, for
/// the snippet; a diagnostic whose file is not there is shown without one.
pub fn render(diagnostics: &[Diagnostic], files: &BTreeMap<String, String>, color: bool) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render_one(
            d,
            files.get(&*d.location.file).map(String::as_str),
            color,
        ));
        out.push('\n');
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if !diagnostics.is_empty() {
        out.push_str(&format!(
            "{} error{}, {} warning{}\n",
            errors,
            if errors == 1 { "" } else { "s" },
            warnings,
            if warnings == 1 { "" } else { "s" }
        ));
    }
    out
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

pub fn render_one(d: &Diagnostic, text: Option<&str>, color: bool) -> String {
    let sev = match d.severity {
        Severity::Error => paint("error", "1;31", color),
        Severity::Warning => paint("warning", "1;33", color),
    };
    let mut out = format!("{sev}[{}]: {}\n", d.code, d.message);
    out.push_str(&format!("  --> {}\n", d.location));
    if let (Some(text), line) = (text, d.location.line)
        && let Some(src) = text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .filter(|_| line > 0)
    {
        let src = src.trim_end_matches('\r');
        let num = line.to_string();
        let pad = " ".repeat(num.len());
        let shown: String = src.chars().take(160).collect();
        out.push_str(&format!("{pad} |\n{num} | {shown}\n"));
        if d.location.column > 0 {
            let col = d.location.column as usize - 1;
            let prefix: String = src
                .chars()
                .take(col)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let room = src.chars().count().saturating_sub(col).max(1);
            let len = (d.length as usize).clamp(1, room.min(160));
            out.push_str(&format!(
                "{pad} | {prefix}{}\n",
                paint(&"^".repeat(len), "1;31", color)
            ));
        }
    }
    if let Some(h) = &d.hint {
        out.push_str(&format!("  = help: {h}\n"));
    }
    out
}

/// One JSON object per diagnostic.
pub fn json_lines(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| serde_json::to_string(d).unwrap_or_default() + "\n")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Location};

    #[test]
    fn snippet_marks_the_span() {
        let d = Diagnostic::new(
            Code::UnknownSubject,
            Location::new("f.yaml", 2, 14),
            "subject \"x\" is not declared",
        )
        .length(3)
        .hint("did you mean \"y\"?");
        let s = render_one(&d, Some("claims:\n    subject: abc\n"), false);
        assert!(s.contains("error[unknown-subject]"), "{s}");
        assert!(s.contains("--> f.yaml:2:14"), "{s}");
        assert!(
            s.contains("2 |     subject: abc\n  |              ^^^"),
            "{s}"
        );
        assert!(s.contains("= help: did you mean"), "{s}");
    }
}
