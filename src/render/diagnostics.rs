//! Diagnostics as text, rustc style: the code and message, the place, the line of the file
//! with the span marked, and the hint. Also as JSON lines.

use crate::diagnostic::{Diagnostic, Severity};
use std::collections::{BTreeMap, HashMap};

/// Renders every diagnostic. `files` maps a path (as in the diagnostic) to its text, for
/// the snippet; a diagnostic whose file is not there is shown without one. Each file's
/// lines are indexed once, so many diagnostics in one large file cost one pass over it.
pub fn render(diagnostics: &[Diagnostic], files: &BTreeMap<String, String>, color: bool) -> String {
    let mut lines: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut out = String::new();
    for d in diagnostics {
        let file = &*d.location.file;
        let src = match files.get_key_value(file) {
            Some((path, text)) => {
                let index = lines
                    .entry(path.as_str())
                    .or_insert_with(|| text.lines().collect());
                line_of(index, d.location.line)
            }
            None => None,
        };
        out.push_str(&render_line(d, src, color));
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

/// Line `line` (1-based) of an indexed file; none for line 0 or past the end.
fn line_of<'a>(index: &[&'a str], line: u32) -> Option<&'a str> {
    (line > 0)
        .then(|| index.get(line as usize - 1).copied())
        .flatten()
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// One diagnostic, its snippet taken from `text` (the whole file) when given.
pub fn render_one(d: &Diagnostic, text: Option<&str>, color: bool) -> String {
    let src = text.and_then(|t| {
        let line = d.location.line;
        (line > 0)
            .then(|| t.lines().nth(line as usize - 1))
            .flatten()
    });
    render_line(d, src, color)
}

/// One diagnostic with `src`, the line it points into, when known.
fn render_line(d: &Diagnostic, src: Option<&str>, color: bool) -> String {
    let sev = match d.severity {
        Severity::Error => paint("error", "1;31", color),
        Severity::Warning => paint("warning", "1;33", color),
    };
    let mut out = format!("{sev}[{}]: {}\n", d.code, d.message);
    out.push_str(&format!("  --> {}\n", d.location));
    if let Some(src) = src {
        let line = d.location.line;
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

    #[test]
    fn every_diagnostic_of_one_file_shows_its_own_line() {
        let at = |line| {
            Diagnostic::new(
                Code::UnknownSubject,
                Location::new("f.yaml", line, 1),
                "subject is not declared",
            )
        };
        let files = BTreeMap::from([("f.yaml".to_string(), "one\r\ntwo\nthree\n".to_string())]);
        let s = render(&[at(3), at(1), at(2), at(9), at(0)], &files, false);
        let shown: Vec<&str> = s
            .lines()
            .filter(|l| l.contains(" | ") && !l.contains('^'))
            .collect();
        assert_eq!(shown, ["3 | three", "1 | one", "2 | two"], "{s}");
        assert!(s.ends_with("5 errors, 0 warnings\n"), "{s}");
    }
}
