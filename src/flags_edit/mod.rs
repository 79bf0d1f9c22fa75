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

//!
//! - `doc`: the file as lines, with where each entry stands, and the lines of a new entry;
//! - `scalar`: how a value is written (plain, double-quoted, or a folded reason).

mod doc;
mod scalar;

use crate::model::FlagsFile;
use crate::yaml::{self, YamlError};
use doc::{Doc, Inline, Line};
pub(crate) use scalar::plain_or_quoted;
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
    let mut expected = before;
    expected.extend(appended.iter().map(|e| e.conflict.clone()));
    let after = read_back(&out, &expected)?;
    let mut by_id: HashMap<&str, &crate::model::FlagEntry> = HashMap::new();
    for f in &after.flags {
        by_id.entry(f.conflict.value.as_str()).or_insert(f);
    }
    for e in entries {
        let Some(f) = by_id.get(e.conflict.as_str()) else {
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
    let after = read_back(&out, &expected)?;
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
    read_back(&out, &expected)?;
    Ok(out)
}

/// The conflict ids flagged in `text`, in file order.
pub fn conflicts(text: &str) -> Result<Vec<String>, EditError> {
    Ok(Doc::parse(text)?.ids)
}

/// Reads the written text back and checks its entries are `expected`, in order.
fn read_back(out: &str, expected: &[String]) -> Result<FlagsFile, EditError> {
    let after = read(out).map_err(|e| EditError::Verify(e.to_string()))?;
    let ids: Vec<&str> = after
        .flags
        .iter()
        .map(|f| f.conflict.value.as_str())
        .collect();
    if ids != expected {
        return Err(EditError::Verify(format!(
            "entries {ids:?}, expected {expected:?}"
        )));
    }
    Ok(after)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FlagStatus;
    use scalar::WRAP;

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
