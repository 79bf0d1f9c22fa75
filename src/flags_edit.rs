//! Editing `facts/flags.yaml` as text, for `crosscheck flag` and `crosscheck prune`: old
//! text in, new text out. The file is never round-tripped through a YAML serializer, which
//! would drop the editors' comments and reflow their entries. Instead the text is parsed
//! (through `yaml`, into `model::FlagsFile`) to validate it and to learn where each entry's
//! `conflict` stands, and only the lines of the entries concerned change:
//!
//! - a new entry is appended after the last entry of the `flags:` list, in the file's own
//!   indentation and with a blank line before it when the entries are separated by one;
//! - an entry for a conflict that already has one replaces that entry's lines;
//! - a removed entry's lines go, with the blank lines that separated it from the next.
//!
//! Every other byte stays as it was: comments, order, quoting, line endings, a byte-order
//! mark. Comments above an entry (at the list's indentation) are not the entry's and stay;
//! comments indented inside it go with it. The result is read back and checked before it
//! is returned, so a file this module cannot edit safely is an error, never a corruption.

use crate::model::FlagsFile;
use crate::yaml::{self, YamlError};
use std::collections::{HashMap, HashSet};

/// One editor's decision, as written to flags.yaml.
pub use crate::model::Decision as Entry;

#[derive(Debug, Clone, thiserror::Error)]
pub enum EditError {
    #[error("flags.yaml is not valid: {0} (line {line})", line = .0.line)]
    Invalid(YamlError),
    #[error(
        "flags.yaml writes its list in a form crosscheck does not edit ({0}); write it as a block list (`flags:` then one `- conflict: ...` entry per item) and try again"
    )]
    Unsupported(String),
    #[error(
        "the edited flags.yaml did not read back as intended ({0}); nothing was written. Please report this with the file"
    )]
    Verify(String),
}

/// Adds each entry, or replaces the entry that already flags the same conflict. Linear in
/// the file and the entries: replacements are made in one pass, then new entries appended.
pub fn upsert(text: &str, entries: &[Entry]) -> Result<String, EditError> {
    let mut doc = Doc::parse(text)?;
    let before = doc.ids.clone();
    let mut existing: HashMap<&str, usize> = HashMap::new();
    for (i, it) in doc.items.iter().enumerate() {
        existing.entry(it.conflict.as_str()).or_insert(i);
    }
    // The last entry for a conflict wins; new conflicts are appended in the order met.
    let mut replaced: HashMap<usize, &Entry> = HashMap::new();
    let mut appended: Vec<&Entry> = Vec::new();
    let mut new_at: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        if let Some(&i) = existing.get(e.conflict.as_str()) {
            replaced.insert(i, e);
        } else if let Some(&k) = new_at.get(e.conflict.as_str()) {
            appended[k] = e;
        } else {
            new_at.insert(&e.conflict, appended.len());
            appended.push(e);
        }
    }
    let lines: HashMap<usize, Vec<Line>> = replaced
        .into_iter()
        .map(|(i, e)| (i, doc.entry_lines(e)))
        .collect();
    doc.replace_items(lines);
    for e in &appended {
        doc.append(e);
    }
    let out = doc.text();
    // Read back: the same entries in the same order, the new ones at the end, each edited
    // entry as asked.
    let after = read(&out).map_err(|e| EditError::Verify(e.to_string()))?;
    let mut expected = before;
    expected.extend(appended.iter().map(|e| e.conflict.clone()));
    let ids: Vec<String> = after
        .flags
        .iter()
        .map(|f| f.conflict.value.clone())
        .collect();
    if ids != expected {
        return Err(EditError::Verify(format!(
            "entries {ids:?}, expected {expected:?}"
        )));
    }
    let mut read_back: HashMap<&str, &crate::model::FlagEntry> = HashMap::new();
    for f in &after.flags {
        read_back.entry(f.conflict.value.as_str()).or_insert(f);
    }
    for e in entries {
        let Some(f) = read_back.get(e.conflict.as_str()) else {
            return Err(EditError::Verify(format!("{} is missing", e.conflict)));
        };
        let got = f.decision();
        if got != *e {
            return Err(EditError::Verify(format!("read back {got:?}, wrote {e:?}")));
        }
    }
    Ok(out)
}

/// Moves the decision of the entry for `old` to `entry` (a new conflict id, and what was
/// reviewed): its lines are replaced in place. Fails when `old` has no entry.
pub fn carry(text: &str, old: &str, entry: &Entry) -> Result<String, EditError> {
    let mut doc = Doc::parse(text)?;
    let Some(i) = doc.items.iter().position(|it| it.conflict == old) else {
        return Err(EditError::Verify(format!("no entry flags {old}")));
    };
    let expected: Vec<String> = doc
        .ids
        .iter()
        .map(|id| {
            if id == old {
                entry.conflict.clone()
            } else {
                id.clone()
            }
        })
        .collect();
    let lines = doc.entry_lines(entry);
    doc.replace_items(HashMap::from([(i, lines)]));
    let out = doc.text();
    let after = read(&out).map_err(|e| EditError::Verify(e.to_string()))?;
    let ids: Vec<String> = after
        .flags
        .iter()
        .map(|f| f.conflict.value.clone())
        .collect();
    if ids != expected {
        return Err(EditError::Verify(format!(
            "entries {ids:?}, expected {expected:?}"
        )));
    }
    let got = after.flags[i].decision();
    if got != *entry {
        return Err(EditError::Verify(format!(
            "read back {got:?}, wrote {entry:?}"
        )));
    }
    Ok(out)
}

/// Removes the entries that flag any of `conflicts` (ids not in the file are ignored).
/// Linear in the file: lines are marked, then dropped in one pass.
pub fn remove(text: &str, conflicts: &[&str]) -> Result<String, EditError> {
    let mut doc = Doc::parse(text)?;
    let gone: HashSet<&str> = conflicts.iter().copied().collect();
    let expected: Vec<String> = doc
        .ids
        .iter()
        .filter(|id| !gone.contains(id.as_str()))
        .cloned()
        .collect();
    let mut deleted = vec![false; doc.lines.len()];
    // For the first line of each removed run of lines: the line after it and after the
    // blank lines it took (removed runs are skipped in one step).
    let mut skip_to: HashMap<usize, usize> = HashMap::new();
    // From the last entry up, so the next entry that stays is known.
    let mut next_kept: Option<usize> = None;
    for i in (0..doc.items.len()).rev() {
        let it = &doc.items[i];
        if !gone.contains(it.conflict.as_str()) {
            next_kept = Some(i);
            continue;
        }
        let (mut start, end) = (it.start, it.end);
        let mut after = end + 1;
        match next_kept {
            Some(n) => {
                // Take the blank lines up to the next entry that stays with it.
                let limit = doc.items[n].start;
                while after < limit {
                    if let Some(&k) = skip_to.get(&after) {
                        after = k;
                    } else if doc.lines[after].blank() {
                        deleted[after] = true;
                        after += 1;
                    } else {
                        break;
                    }
                }
            }
            None => {
                // The last entry: take the blank lines that separated it from the one above.
                let floor = doc.flags_line.map_or(0, |l| l + 1);
                while start > floor && doc.lines[start - 1].blank() {
                    start -= 1;
                }
            }
        }
        deleted[start..=end].iter_mut().for_each(|d| *d = true);
        skip_to.insert(start, after);
    }
    doc.items.retain(|it| !gone.contains(it.conflict.as_str()));
    let lines = std::mem::take(&mut doc.lines);
    doc.lines = lines
        .into_iter()
        .zip(&deleted)
        .filter(|(_, d)| !**d)
        .map(|(l, _)| l)
        .collect();
    if doc.items.is_empty()
        && let Some(l) = doc.flags_line
        && doc.inline == Inline::Block
        && !doc.ids.is_empty()
    {
        // `flags:` with nothing under it would be null; say it is an empty list.
        let line = &mut doc.lines[l];
        let colon = line.content.find(':').unwrap_or(line.content.len() - 1);
        line.content.insert_str(colon + 1, " []");
    }
    let out = doc.text();
    let after = read(&out).map_err(|e| EditError::Verify(e.to_string()))?;
    let ids: Vec<String> = after
        .flags
        .iter()
        .map(|f| f.conflict.value.clone())
        .collect();
    if ids != expected {
        return Err(EditError::Verify(format!(
            "entries {ids:?}, expected {expected:?}"
        )));
    }
    Ok(out)
}

/// The conflict ids flagged in `text`, in file order.
pub fn conflicts(text: &str) -> Result<Vec<String>, EditError> {
    Ok(Doc::parse(text)?.ids)
}

fn read(text: &str) -> Result<FlagsFile, YamlError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(FlagsFile::default());
    }
    yaml::from_str(body)
}

#[derive(Debug, Clone)]
struct Line {
    content: String,
    /// "\n", "\r\n", or "" for a last line without one.
    ending: String,
}

impl Line {
    fn blank(&self) -> bool {
        self.content.trim().is_empty()
    }

    fn comment(&self) -> bool {
        self.content.trim_start().starts_with('#')
    }

    fn indent(&self) -> usize {
        self.content.len() - self.content.trim_start_matches(' ').len()
    }
}

#[derive(Debug, Clone)]
struct Item {
    /// First and last line of the entry (0-based, inclusive).
    start: usize,
    end: usize,
    conflict: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inline {
    /// `flags:` with the list (or nothing) below.
    Block,
    /// `flags: []`.
    EmptyFlow,
}

struct Doc {
    bom: bool,
    lines: Vec<Line>,
    newline: String,
    flags_line: Option<usize>,
    inline: Inline,
    dash_indent: usize,
    key_indent: usize,
    blank_between: bool,
    items: Vec<Item>,
    /// The conflict ids of the file as parsed, in order.
    ids: Vec<String>,
}

impl Doc {
    fn parse(text: &str) -> Result<Doc, EditError> {
        let parsed = read(text).map_err(EditError::Invalid)?;
        let bom = text.starts_with('\u{feff}');
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines: Vec<Line> = body
            .split_inclusive('\n')
            .map(|l| {
                let (content, ending) = if let Some(c) = l.strip_suffix("\r\n") {
                    (c, "\r\n")
                } else if let Some(c) = l.strip_suffix('\n') {
                    (c, "\n")
                } else {
                    (l, "")
                };
                Line {
                    content: content.to_string(),
                    ending: ending.to_string(),
                }
            })
            .collect();
        if lines
            .last()
            .is_some_and(|l| l.ending.is_empty() && l.content.is_empty())
        {
            lines.pop();
        }
        let newline = if lines.iter().any(|l| l.ending == "\r\n") {
            "\r\n"
        } else {
            "\n"
        }
        .to_string();
        let mut doc = Doc {
            bom,
            lines,
            newline,
            flags_line: None,
            inline: Inline::Block,
            dash_indent: 2,
            key_indent: 4,
            blank_between: false,
            items: Vec::new(),
            ids: parsed
                .flags
                .iter()
                .map(|f| f.conflict.value.clone())
                .collect(),
        };
        doc.flags_line = doc.lines.iter().position(|l| {
            l.content
                .strip_prefix("flags")
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        });
        let Some(fl) = doc.flags_line else {
            if parsed.flags.is_empty() {
                return Ok(doc);
            }
            return Err(EditError::Unsupported(
                "no `flags:` line at the start of a line".into(),
            ));
        };
        let after_colon = {
            let c = &doc.lines[fl].content;
            let rest = &c[c.find(':').map_or(c.len(), |i| i + 1)..];
            rest.split(" #").next().unwrap_or("").trim().to_string()
        };
        match after_colon.as_str() {
            "" => {}
            "[]" if parsed.flags.is_empty() => doc.inline = Inline::EmptyFlow,
            other => {
                return Err(EditError::Unsupported(format!("`flags: {other}`")));
            }
        }
        // The entries: lines starting with "-" at the list's indentation.
        let body_lines = fl + 1..doc.lines.len();
        let first = body_lines
            .clone()
            .find(|&i| !doc.lines[i].blank() && !doc.lines[i].comment());
        if let Some(f) = first {
            let l = &doc.lines[f];
            let d = l.indent();
            let rest = &l.content[d..];
            if !(rest == "-" || rest.starts_with("- ")) {
                return Err(EditError::Unsupported(format!(
                    "line {}: expected a `- ` entry",
                    f + 1
                )));
            }
            doc.dash_indent = d;
            let after_dash = &rest[1..];
            doc.key_indent = if after_dash.trim().is_empty() {
                // "-" alone: the keys start on the next line.
                body_lines
                    .clone()
                    .skip_while(|&i| i <= f)
                    .find(|&i| !doc.lines[i].blank())
                    .map_or(d + 2, |i| doc.lines[i].indent())
            } else {
                d + 1 + (after_dash.len() - after_dash.trim_start().len())
            };
        }
        let d = doc.dash_indent;
        let starts: Vec<usize> = body_lines
            .clone()
            .filter(|&i| {
                let l = &doc.lines[i];
                !l.comment()
                    && l.indent() == d
                    && (l.content[d..] == *"-" || l.content[d..].starts_with("- "))
            })
            .collect();
        for (n, &s) in starts.iter().enumerate() {
            let limit = starts.get(n + 1).map_or(doc.lines.len(), |&next| next) - 1;
            let mut end = limit;
            while end > s
                && (doc.lines[end].blank()
                    || (doc.lines[end].comment() && doc.lines[end].indent() <= d))
            {
                end -= 1;
            }
            if n + 1 < starts.len() && (end + 1..=limit).any(|i| doc.lines[i].blank()) {
                doc.blank_between = true;
            }
            doc.items.push(Item {
                start: s,
                end,
                conflict: String::new(),
            });
        }
        // Name each item by the parsed entry whose `conflict` stands inside it.
        if doc.items.len() != parsed.flags.len() {
            return Err(EditError::Unsupported(format!(
                "found {} entries in the text but {} in the YAML",
                doc.items.len(),
                parsed.flags.len()
            )));
        }
        for f in &parsed.flags {
            let line = (f.conflict.referenced.line() as usize).saturating_sub(1);
            // Items are in line order and do not overlap: the last one starting at or
            // before the line.
            let k = doc.items.partition_point(|it| it.start <= line);
            let Some(it) = k
                .checked_sub(1)
                .map(|k| &mut doc.items[k])
                .filter(|it| line <= it.end)
            else {
                return Err(EditError::Unsupported(format!(
                    "cannot tell which lines hold the entry for {}",
                    f.conflict.value
                )));
            };
            if !it.conflict.is_empty() {
                return Err(EditError::Unsupported(format!(
                    "two entries on the lines of {}",
                    it.conflict
                )));
            }
            it.conflict = f.conflict.value.clone();
        }
        Ok(doc)
    }

    /// Replaces the lines of the items in `new` (by item index), in one pass.
    fn replace_items(&mut self, mut new: HashMap<usize, Vec<Line>>) {
        if new.is_empty() {
            return;
        }
        let mut old = std::mem::take(&mut self.lines).into_iter();
        let mut pos = 0;
        for (k, it) in self.items.iter_mut().enumerate() {
            self.lines.extend(old.by_ref().take(it.start - pos));
            let kept: Vec<Line> = old.by_ref().take(it.end - it.start + 1).collect();
            pos = it.end + 1;
            it.start = self.lines.len();
            self.lines.extend(new.remove(&k).unwrap_or(kept));
            it.end = self.lines.len() - 1;
        }
        self.lines.extend(old);
    }

    fn line(&self, content: String) -> Line {
        Line {
            content,
            ending: self.newline.clone(),
        }
    }

    fn append(&mut self, e: &Entry) {
        let mut new = self.entry_lines(e);
        let mut lead = 0;
        let at = match (self.items.last(), self.flags_line) {
            (Some(last), _) => {
                if self.blank_between {
                    new.insert(0, self.line(String::new()));
                    lead = 1;
                }
                last.end + 1
            }
            (None, Some(fl)) => {
                if self.inline == Inline::EmptyFlow {
                    let c = &self.lines[fl].content;
                    if let Some(i) = c.find("[]") {
                        let head = c[..i].trim_end();
                        let tail = c[i + 2..].trim_start();
                        self.lines[fl].content = if tail.is_empty() {
                            head.to_string()
                        } else {
                            format!("{head}  {tail}")
                        };
                    }
                    self.inline = Inline::Block;
                }
                fl + 1
            }
            (None, None) => {
                new.insert(0, self.line("flags:".into()));
                lead = 1;
                self.flags_line = Some(self.lines.len());
                self.lines.len()
            }
        };
        // The line before the new ones needs an ending.
        if at > 0 && self.lines[at - 1].ending.is_empty() {
            self.lines[at - 1].ending = self.newline.clone();
        }
        let n = new.len();
        self.lines.splice(at..at, new);
        self.items.push(Item {
            start: at + lead,
            end: at + n - 1,
            conflict: e.conflict.clone(),
        });
    }

    fn entry_lines(&self, e: &Entry) -> Vec<Line> {
        let d = " ".repeat(self.dash_indent);
        let k = " ".repeat(self.key_indent);
        let dash_gap = " ".repeat(self.key_indent.saturating_sub(self.dash_indent + 1).max(1));
        let mut out = vec![format!(
            "{d}-{dash_gap}conflict: {}",
            plain_or_quoted(&e.conflict)
        )];
        out.push(format!("{k}status: {}", e.status.as_str()));
        out.extend(reason_lines(&e.reason, self.key_indent));
        if let Some(by) = &e.by {
            out.push(format!("{k}by: {}", plain_or_quoted(by)));
        }
        if let Some(date) = &e.date {
            out.push(format!("{k}date: {}", plain_or_quoted(date)));
        }
        if let Some(claim) = &e.claim {
            out.push(format!("{k}claim: {}", plain_or_quoted(claim)));
        }
        if !e.reviewed.is_empty() {
            out.push(format!("{k}reviewed:"));
            for cluster in &e.reviewed {
                let ids: Vec<String> = cluster.iter().map(|c| plain_or_quoted(c)).collect();
                out.push(format!("{k}  - [{}]", ids.join(", ")));
            }
        }
        out.into_iter().map(|c| self.line(c)).collect()
    }

    fn text(&self) -> String {
        let mut s = String::new();
        if self.bom {
            s.push('\u{feff}');
        }
        for l in &self.lines {
            s.push_str(&l.content);
            s.push_str(&l.ending);
        }
        s
    }
}

/// The widest line a new entry's reason is folded to.
const WRAP: usize = 90;

fn reason_lines(reason: &str, key_indent: usize) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FlagStatus;

    fn entry(id: &str, reason: &str) -> Entry {
        Entry {
            conflict: id.into(),
            status: FlagStatus::Open,
            reason: reason.into(),
            by: Some("Ed Itor".into()),
            date: Some("2026-01-02".into()),
            claim: None,
            reviewed: Vec::new(),
        }
    }

    #[test]
    fn carry_rewrites_one_entry_in_place_with_what_was_reviewed() {
        let mut e = entry("border/99999999", "RT's 910 km may measure one province");
        e.reviewed = vec![vec!["a".into()], vec!["b".into(), "c-1".into()]];
        let out = carry(FILE, "border/11111111", &e).unwrap();
        assert_eq!(
            out,
            FILE.replace(
                "  - conflict: border/11111111\n    status: open\n    reason: >-\n      RT's 910 km may measure one province;\n      the others agree.\n    by: maintainers   # who decided\n    date: 2026-11-23\n",
                "  - conflict: border/99999999\n    status: open\n    reason: RT's 910 km may measure one province\n    by: Ed Itor\n    date: 2026-01-02\n    reviewed:\n      - [a]\n      - [b, c-1]\n"
            )
        );
        assert!(carry(FILE, "nope/00000000", &e).is_err());
    }

    const FILE: &str = "# Editors' decisions.\n# Keep one entry per conflict.\nflags:\n  # The border: waiting for a primary source.\n  - conflict: border/11111111\n    status: open\n    reason: >-\n      RT's 910 km may measure one province;\n      the others agree.\n    by: maintainers   # who decided\n    date: 2026-11-23\n\n  - conflict: districts/22222222\n    status: explained\n    reason: \"two counters\"\n# trailing comment\n";

    #[test]
    fn appending_keeps_every_other_byte() {
        let out = upsert(FILE, &[entry("troops/33333333", "under review")]).unwrap();
        let (head, tail) = out.split_at(FILE.len() - "# trailing comment\n".len());
        assert_eq!(head, &FILE[..head.len()]);
        assert_eq!(
            tail,
            "\n  - conflict: troops/33333333\n    status: open\n    reason: under review\n    by: Ed Itor\n    date: 2026-01-02\n# trailing comment\n"
        );
    }

    #[test]
    fn replacing_touches_only_that_entry() {
        let mut e = entry("border/11111111", "a primary source gives 1,344 km");
        e.status = FlagStatus::Mistaken;
        e.claim = Some("rt-border".into());
        let out = upsert(FILE, &[e]).unwrap();
        let expected = FILE.replace(
            "  - conflict: border/11111111\n    status: open\n    reason: >-\n      RT's 910 km may measure one province;\n      the others agree.\n    by: maintainers   # who decided\n    date: 2026-11-23\n",
            "  - conflict: border/11111111\n    status: mistaken\n    reason: a primary source gives 1,344 km\n    by: Ed Itor\n    date: 2026-01-02\n    claim: rt-border\n",
        );
        assert_eq!(out, expected);
        // The comment above the entry is not the entry's: it stays.
        assert!(out.contains(
            "  # The border: waiting for a primary source.\n  - conflict: border/11111111\n"
        ));
    }

    #[test]
    fn removing_keeps_comments_and_other_entries() {
        let out = remove(FILE, &["border/11111111"]).unwrap();
        assert_eq!(
            out,
            "# Editors' decisions.\n# Keep one entry per conflict.\nflags:\n  # The border: waiting for a primary source.\n  - conflict: districts/22222222\n    status: explained\n    reason: \"two counters\"\n# trailing comment\n"
        );
        let out = remove(FILE, &["districts/22222222"]).unwrap();
        assert_eq!(
            out,
            FILE.replace(
                "\n  - conflict: districts/22222222\n    status: explained\n    reason: \"two counters\"\n",
                ""
            )
        );
        let out = remove(FILE, &["districts/22222222", "border/11111111"]).unwrap();
        assert_eq!(
            out,
            "# Editors' decisions.\n# Keep one entry per conflict.\nflags: []\n  # The border: waiting for a primary source.\n# trailing comment\n"
        );
        assert_eq!(conflicts(&out).unwrap(), Vec::<String>::new());
        // Adding to the emptied list brings the block list back.
        let again = upsert(&out, &[entry("x/00000001", "r")]).unwrap();
        assert!(
            again.contains("flags:\n  - conflict: x/00000001\n"),
            "{again}"
        );
        assert_eq!(remove(FILE, &["absent/00000000"]).unwrap(), FILE);
    }

    #[test]
    fn new_and_empty_files() {
        let out = upsert("", &[entry("a/00000001", "r")]).unwrap();
        assert_eq!(
            out,
            "flags:\n  - conflict: a/00000001\n    status: open\n    reason: r\n    by: Ed Itor\n    date: 2026-01-02\n"
        );
        let out = upsert("# nothing yet", &[entry("a/00000001", "r")]).unwrap();
        assert!(
            out.starts_with("# nothing yet\nflags:\n  - conflict: a/00000001\n"),
            "{out}"
        );
        let out = upsert("flags: []  # none\n", &[entry("a/00000001", "r")]).unwrap();
        assert!(
            out.starts_with("flags:  # none\n  - conflict: a/00000001\n"),
            "{out}"
        );
    }

    #[test]
    fn the_files_own_style_is_followed() {
        let compact = "flags:\n- conflict: a/00000001\n  status: open\n  reason: r\n";
        let out = upsert(compact, &[entry("b/00000002", "s")]).unwrap();
        assert!(out.ends_with("  reason: r\n- conflict: b/00000002\n  status: open\n  reason: s\n  by: Ed Itor\n  date: 2026-01-02\n"), "{out}");
        let crlf = "flags:\r\n  - conflict: a/00000001\r\n    reason: r\r\n";
        let out = upsert(crlf, &[entry("b/00000002", "s")]).unwrap();
        assert!(
            out.starts_with(crlf) && !out.replace("\r\n", "").contains('\n'),
            "{out:?}"
        );
        let no_newline = "flags:\n  - conflict: a/00000001\n    reason: r";
        let out = upsert(no_newline, &[entry("b/00000002", "s")]).unwrap();
        assert!(
            out.starts_with("flags:\n  - conflict: a/00000001\n    reason: r\n  - conflict: b/"),
            "{out}"
        );
        let bom = "\u{feff}flags:\n  - conflict: a/00000001\n    reason: r\n";
        let out = remove(bom, &["a/00000001"]).unwrap();
        assert_eq!(out, "\u{feff}flags: []\n");
    }

    #[test]
    fn long_and_awkward_reasons_read_back_exactly() {
        let long = "Two counters: 162 is the Taliban spokesman's own count (7 July 2021); 188 is the Long War Journal's tally # not a comment";
        let awkward = "line one\nline two: \"quoted\" \t and a tab";
        let out = upsert(
            FILE,
            &[
                entry("a/00000001", long),
                entry("b/00000002", awkward),
                entry("c/00000003", "true"),
            ],
        )
        .unwrap();
        assert!(out.contains("    reason: >-\n      Two counters:"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() <= WRAP), "{out}");
        assert!(out.contains("reason: \"true\""), "{out}");
        let parsed = read(&out).unwrap();
        let reasons: Vec<&str> = parsed
            .flags
            .iter()
            .map(|f| f.reason.value.as_str())
            .collect();
        assert_eq!(reasons[2..], [long, awkward, "true"]);
    }

    #[test]
    fn flow_lists_and_broken_files_are_refused() {
        assert!(matches!(
            upsert(
                "flags: [{conflict: a/1, reason: r}]\n",
                &[entry("b/2", "s")]
            ),
            Err(EditError::Unsupported(_))
        ));
        assert!(matches!(
            upsert("flags:\n  - conflict: [\n", &[entry("b/2", "s")]),
            Err(EditError::Invalid(_))
        ));
    }
}
