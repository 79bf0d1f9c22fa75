//! Adding a source to `sources.yaml` as text, for `crosscheck add-source`: old text in, new
//! text out. As with `flags_edit`, the file is never re-serialized: the new entry's lines
//! are appended after the last entry of the `sources:` list (or under `sources:`, which may
//! be the empty `sources: []`), in the file's own indentation and with a blank line before
//! it when entries are separated by one. Every other byte stays. The result is parsed back
//! and compared with what was asked before it is returned.

use crate::flags_edit::{EditError, plain_or_quoted};
use crate::model::SourcesFile;
use crate::yaml;

/// A new source, as `add-source` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSource {
    pub id: String,
    pub publisher: String,
    pub title: Option<String>,
    pub published: String,
    pub url: Option<String>,
}

/// The source ids declared in `text`, in file order (an empty file declares none).
pub fn ids(text: &str) -> Result<Vec<String>, EditError> {
    Ok(read(text)
        .map_err(EditError::Invalid)?
        .sources
        .into_iter()
        .map(|s| s.id.value)
        .collect())
}

/// Appends `source` to the `sources:` list of `text`.
pub fn append(text: &str, source: &NewSource) -> Result<String, EditError> {
    let before = ids(text)?;
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(b) => ("\u{feff}", b),
        None => ("", text),
    };
    let nl = if body.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = body.lines().map(str::to_string).collect();
    let head = lines.iter().position(|l| {
        l.strip_prefix("sources")
            .is_some_and(|r| r.trim_start().starts_with(':'))
    });
    let layout = match head {
        Some(h) => Layout::of(&mut lines, h)?,
        None if before.is_empty() => {
            lines.push("sources:".into());
            let h = lines.len() - 1;
            Layout::of(&mut lines, h)?
        }
        None => {
            return Err(EditError::Unsupported(
                "no `sources:` line at the start of a line".into(),
            ));
        }
    };
    let mut new = entry_lines(source, layout.dash, layout.key);
    if layout.blank_between {
        new.insert(0, String::new());
    }
    lines.splice(layout.insert_at..layout.insert_at, new);
    let mut out = format!("{bom}{}", lines.join(nl));
    out.push_str(nl);
    verify(&out, &before, source)?;
    Ok(out)
}

/// Where and how a new entry goes.
struct Layout {
    dash: usize,
    key: usize,
    blank_between: bool,
    insert_at: usize,
}

impl Layout {
    /// The layout of the list under line `head` (`sources:`); an inline `[]` is removed.
    fn of(lines: &mut [String], head: usize) -> Result<Layout, EditError> {
        let rest = lines[head]
            .split_once(':')
            .map_or("", |(_, r)| r)
            .split(" #")
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        match rest.as_str() {
            "" => {}
            "[]" => lines[head] = lines[head].replacen("[]", "", 1).trim_end().to_string(),
            other => return Err(EditError::Unsupported(format!("`sources: {other}`"))),
        }
        let entries: Vec<usize> = (head + 1..lines.len())
            .filter(|&i| {
                let t = lines[i].trim_start();
                !lines[i].starts_with(|c: char| !c.is_whitespace() && c != '-')
                    && (t == "-" || t.starts_with("- "))
                    && !t.starts_with('#')
            })
            .collect();
        let Some(&first) = entries.first() else {
            return Ok(Layout {
                dash: 2,
                key: 4,
                blank_between: false,
                insert_at: head + 1,
            });
        };
        let dash = indent(&lines[first]);
        let entries: Vec<usize> = entries
            .into_iter()
            .filter(|&i| indent(&lines[i]) == dash)
            .collect();
        let after = &lines[first][dash + 1..];
        let key = dash + 1 + (after.len() - after.trim_start().len());
        // The list ends at the first line, after the last entry, that is neither blank nor
        // indented deeper than the dash.
        let last = *entries.last().unwrap_or(&first);
        let mut end = last;
        for (i, l) in lines.iter().enumerate().skip(last + 1) {
            if l.trim().is_empty() {
                continue;
            }
            if indent(l) <= dash {
                break;
            }
            end = i;
        }
        let blank_between = entries
            .windows(2)
            .any(|w| lines[w[1] - 1].trim().is_empty());
        Ok(Layout {
            dash,
            key,
            blank_between,
            insert_at: end + 1,
        })
    }
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn entry_lines(s: &NewSource, dash: usize, key: usize) -> Vec<String> {
    let d = " ".repeat(dash);
    let k = " ".repeat(key);
    let gap = " ".repeat(key.saturating_sub(dash + 1).max(1));
    let mut out = vec![format!("{d}-{gap}id: {}", plain_or_quoted(&s.id))];
    out.push(format!("{k}publisher: {}", plain_or_quoted(&s.publisher)));
    if let Some(t) = &s.title {
        out.push(format!("{k}title: {}", plain_or_quoted(t)));
    }
    out.push(format!("{k}published: {}", plain_or_quoted(&s.published)));
    if let Some(u) = &s.url {
        out.push(format!("{k}url: {}", plain_or_quoted(u)));
    }
    out
}

fn read(text: &str) -> Result<SourcesFile, yaml::YamlError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(SourcesFile {
            sources: Vec::new(),
        });
    }
    yaml::from_str(body)
}

/// The edited text reads back as the old entries, then the new one, exactly as asked.
fn verify(out: &str, before: &[String], s: &NewSource) -> Result<(), EditError> {
    let after = read(out).map_err(|e| EditError::Verify(e.to_string()))?;
    let ids: Vec<&str> = after.sources.iter().map(|e| e.id.value.as_str()).collect();
    let mut expected: Vec<&str> = before.iter().map(String::as_str).collect();
    expected.push(&s.id);
    if ids != expected {
        return Err(EditError::Verify(format!(
            "entries {ids:?}, expected {expected:?}"
        )));
    }
    let Some(got) = after.sources.last() else {
        return Err(EditError::Verify("no entry".into()));
    };
    let read_back = NewSource {
        id: got.id.value.clone(),
        publisher: got.publisher.clone(),
        title: got.title.clone(),
        published: got.published.value.clone(),
        url: got.url.clone(),
    };
    if read_back != *s || got.note.is_some() {
        return Err(EditError::Verify(format!(
            "read back {read_back:?}, wrote {s:?}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str) -> NewSource {
        NewSource {
            id: id.into(),
            publisher: "The Moscow Times".into(),
            title: Some("Tajikistan: \"a test\"".into()),
            published: "2021-07-08".into(),
            url: Some("https://example.org/a?b=c#d".into()),
        }
    }

    #[test]
    fn appends_after_the_last_entry_in_the_files_style_keeping_comments() {
        let text = "# head comment\nsources:\n  # group\n  - id: a\n    publisher: P\n    published: 2021\n    note: >-\n      two\n      lines\n\n  - id: b\n    publisher: Q # why\n    published: 2021-07\n\n# tail comment\n";
        let out = append(text, &source("c")).unwrap();
        assert!(out.starts_with("# head comment\nsources:\n  # group\n  - id: a\n"));
        assert!(out.contains("    published: 2021-07\n\n  - id: c\n    publisher: The Moscow Times\n    title: \"Tajikistan: \\\"a test\\\"\"\n    published: 2021-07-08\n"));
        assert!(out.ends_with("\n# tail comment\n"), "{out}");
        assert_eq!(ids(&out).unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn fills_an_empty_list_and_an_empty_file() {
        let out = append("# only a comment\nsources: []  # none yet\n", &source("x")).unwrap();
        assert_eq!(ids(&out).unwrap(), ["x"]);
        assert!(out.contains("# none yet"));
        let out = append("", &source("x")).unwrap();
        assert_eq!(ids(&out).unwrap(), ["x"]);
    }

    #[test]
    fn keeps_crlf_and_a_byte_order_mark() {
        let out = append(
            "\u{feff}sources:\r\n- id: a\r\n  publisher: P\r\n  published: 2021\r\n",
            &source("b"),
        )
        .unwrap();
        assert!(out.starts_with('\u{feff}'));
        assert!(out.contains("\r\n- id: b\r\n  publisher: The Moscow Times\r\n"));
    }

    #[test]
    fn refuses_flow_lists_and_invalid_files() {
        assert!(matches!(
            append(
                "sources: [{id: a, publisher: P, published: '2021'}]\n",
                &source("b")
            ),
            Err(EditError::Unsupported(_))
        ));
        assert!(matches!(
            append("sources:\n  - id: [\n", &source("b")),
            Err(EditError::Invalid(_))
        ));
    }
}
