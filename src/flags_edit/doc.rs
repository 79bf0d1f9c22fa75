//! flags.yaml as lines: each line with its ending, where the `flags:` list and each entry
//! stand (checked against the parsed file, so an entry is never mistaken), the file's
//! indentation, and the edits made on it — lines of entries replaced in one pass, a new
//! entry appended in the file's own style — before the text is put back together byte
//! for byte.

use super::scalar::{plain_or_quoted, reason_lines};
use super::{EditError, Entry, read};
use crate::model::FlagsFile;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub(super) struct Line {
    pub content: String,
    /// "\n", "\r\n", or "" for a last line without one.
    pub ending: String,
}

impl Line {
    pub fn blank(&self) -> bool {
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
pub(super) struct Item {
    /// First and last line of the entry (0-based, inclusive).
    pub start: usize,
    pub end: usize,
    pub conflict: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Inline {
    /// `flags:` with the list (or nothing) below.
    Block,
    /// `flags: []`.
    EmptyFlow,
}

pub(super) struct Doc {
    bom: bool,
    pub lines: Vec<Line>,
    newline: String,
    pub flags_line: Option<usize>,
    pub inline: Inline,
    dash_indent: usize,
    key_indent: usize,
    blank_between: bool,
    pub items: Vec<Item>,
    /// The conflict ids of the file as parsed, in order.
    pub ids: Vec<String>,
}

impl Doc {
    pub fn parse(text: &str) -> Result<Doc, EditError> {
        let parsed = read(text).map_err(EditError::Invalid)?;
        let bom = text.starts_with('\u{feff}');
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (lines, newline) = split_lines(body);
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
        doc.list_form(fl, parsed.flags.is_empty())?;
        doc.indentation(fl)?;
        doc.find_items(fl);
        doc.name_items(&parsed)?;
        Ok(doc)
    }

    /// What follows `flags:` on its line: nothing (a block list below) or `[]`.
    fn list_form(&mut self, fl: usize, empty: bool) -> Result<(), EditError> {
        let after_colon = {
            let c = &self.lines[fl].content;
            let rest = &c[c.find(':').map_or(c.len(), |i| i + 1)..];
            rest.split(" #").next().unwrap_or("").trim().to_string()
        };
        match after_colon.as_str() {
            "" => {}
            "[]" if empty => self.inline = Inline::EmptyFlow,
            other => {
                return Err(EditError::Unsupported(format!("`flags: {other}`")));
            }
        }
        Ok(())
    }

    /// The indentation of the entries' dashes and keys, from the first entry.
    fn indentation(&mut self, fl: usize) -> Result<(), EditError> {
        let body_lines = fl + 1..self.lines.len();
        let first = body_lines
            .clone()
            .find(|&i| !self.lines[i].blank() && !self.lines[i].comment());
        let Some(f) = first else {
            return Ok(());
        };
        let l = &self.lines[f];
        let d = l.indent();
        let rest = &l.content[d..];
        if !(rest == "-" || rest.starts_with("- ")) {
            return Err(EditError::Unsupported(format!(
                "line {}: expected a `- ` entry",
                f + 1
            )));
        }
        self.dash_indent = d;
        let after_dash = &rest[1..];
        self.key_indent = if after_dash.trim().is_empty() {
            // "-" alone: the keys start on the next line.
            body_lines
                .skip_while(|&i| i <= f)
                .find(|&i| !self.lines[i].blank())
                .map_or(d + 2, |i| self.lines[i].indent())
        } else {
            d + 1 + (after_dash.len() - after_dash.trim_start().len())
        };
        Ok(())
    }

    /// The entries: lines starting with "-" at the list's indentation, each up to the
    /// next without the blank lines and the list-level comments after it.
    fn find_items(&mut self, fl: usize) {
        let d = self.dash_indent;
        let starts: Vec<usize> = (fl + 1..self.lines.len())
            .filter(|&i| {
                let l = &self.lines[i];
                !l.comment()
                    && l.indent() == d
                    && (l.content[d..] == *"-" || l.content[d..].starts_with("- "))
            })
            .collect();
        for (n, &s) in starts.iter().enumerate() {
            let limit = starts.get(n + 1).map_or(self.lines.len(), |&next| next) - 1;
            let mut end = limit;
            while end > s
                && (self.lines[end].blank()
                    || (self.lines[end].comment() && self.lines[end].indent() <= d))
            {
                end -= 1;
            }
            if n + 1 < starts.len() && (end + 1..=limit).any(|i| self.lines[i].blank()) {
                self.blank_between = true;
            }
            self.items.push(Item {
                start: s,
                end,
                conflict: String::new(),
            });
        }
    }

    /// Names each item by the parsed entry whose `conflict` stands inside it.
    fn name_items(&mut self, parsed: &FlagsFile) -> Result<(), EditError> {
        if self.items.len() != parsed.flags.len() {
            return Err(EditError::Unsupported(format!(
                "found {} entries in the text but {} in the YAML",
                self.items.len(),
                parsed.flags.len()
            )));
        }
        for f in &parsed.flags {
            let line = (f.conflict.referenced.line() as usize).saturating_sub(1);
            // Items are in line order and do not overlap: the last one starting at or
            // before the line.
            let k = self.items.partition_point(|it| it.start <= line);
            let Some(it) = k
                .checked_sub(1)
                .map(|k| &mut self.items[k])
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
        Ok(())
    }

    /// Replaces the lines of the items in `new` (by item index), in one pass.
    pub fn replace_items(&mut self, mut new: HashMap<usize, Vec<Line>>) {
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

    pub fn append(&mut self, e: &Entry) {
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

    pub fn entry_lines(&self, e: &Entry) -> Vec<Line> {
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

    pub fn text(&self) -> String {
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

/// A text's lines with their endings (a last empty line without one dropped), and the
/// newline new lines take: CRLF when any line has one.
fn split_lines(body: &str) -> (Vec<Line>, String) {
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
    (lines, newline)
}
