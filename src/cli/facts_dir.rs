//! Reading the facts folder from disk into the library's `Input`: which files exist, size
//! limits, UTF-8, byte-order marks. Problems become diagnostics like any other, so the
//! editor sees them together with the rest.

use crosscheck::diagnostic::{Code, Diagnostic, Location};
use crosscheck::load::layout::{self, Slot, display};
use crosscheck::load::{
    CLAIMS_DIR, FLAGS_FILE, Input, SOURCES_FILE, SUBJECTS_FILE, TEXTS_DIR, TextFile,
};
use crosscheck::yaml::MAX_FILE_BYTES;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

pub struct Read {
    pub input: Input,
    /// Problems met while reading (missing folder, unreadable or oversized files, ...).
    pub diagnostics: Vec<Diagnostic>,
}

impl Read {
    /// The text of every YAML file read, by displayed path, for diagnostic snippets.
    pub fn files(&self) -> BTreeMap<String, String> {
        let i = &self.input;
        [&i.sources, &i.subjects, &i.flags]
            .into_iter()
            .flatten()
            .chain(i.claims.iter())
            .map(|f| (f.path.clone(), f.text.clone()))
            .collect()
    }
}

/// A problem with a whole file or folder (no line to point at).
fn problem(code: Code, path: &str, message: String, hint: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Location::file(path), message).hint(hint)
}

pub fn read(root: &Path) -> Read {
    let root_display = root.to_string_lossy().replace('\\', "/");
    let mut r = Read {
        input: Input {
            root: root_display.clone(),
            ..Input::default()
        },
        diagnostics: Vec::new(),
    };
    match fs::metadata(root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            r.diagnostics.push(problem(
                Code::FactsMissing,
                &root_display,
                format!("the facts folder {root_display} does not exist"),
                "run crosscheck from the repository root, or pass --facts DIR",
            ));
            return r;
        }
        Err(e) => {
            r.diagnostics.push(problem(
                Code::FileUnreadable,
                &root_display,
                format!("cannot open the facts folder {root_display}: {e}"),
                "check the path and its permissions (a symbolic link loop also ends here)",
            ));
            return r;
        }
        Ok(m) if !m.is_dir() => {
            r.diagnostics.push(problem(
                Code::FactsNotAFolder,
                &root_display,
                format!("{root_display} is a file, not a folder"),
                "pass the folder that holds sources.yaml, subjects.yaml and claims/ with --facts DIR",
            ));
            return r;
        }
        Ok(_) => {}
    }
    r.input.sources = read_text(root, SOURCES_FILE, &root_display, &mut r.diagnostics, true);
    r.input.subjects = read_text(root, SUBJECTS_FILE, &root_display, &mut r.diagnostics, true);
    r.input.flags = read_text(root, FLAGS_FILE, &root_display, &mut r.diagnostics, false);
    for dir in [CLAIMS_DIR, TEXTS_DIR] {
        for (rel, slot) in list(root, dir, &root_display, &mut r.diagnostics) {
            if let Some(f) = read_text(root, &rel, &root_display, &mut r.diagnostics, true) {
                r.input.place(slot, f);
            }
        }
    }
    r
}

/// The files in `root/dir` that the loader reads (by [`layout::classify`]), as paths
/// relative to `root` with their slots, sorted. A missing folder is an empty list (a
/// corpus may have no claims yet).
fn list(
    root: &Path,
    dir: &str,
    root_display: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, Slot)> {
    let path = root.join(dir);
    let entries = match fs::read_dir(&path) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            diags.push(problem(
                Code::FileUnreadable,
                &display(root_display, dir),
                format!("cannot list {}: {e}", display(root_display, dir)),
                "it must be a readable folder",
            ));
            return Vec::new();
        }
    };
    let mut names: Vec<(String, Slot)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| {
            let rel = format!("{dir}/{n}");
            layout::classify(&rel).map(|slot| (rel, slot))
        })
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names
}

fn read_text(
    root: &Path,
    rel: &str,
    root_display: &str,
    diags: &mut Vec<Diagnostic>,
    required: bool,
) -> Option<TextFile> {
    let path = root.join(rel);
    let shown = display(root_display, rel);
    let meta = match fs::metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if required && !rel.contains('/') {
                diags.push(problem(
                    Code::FileMissing,
                    &shown,
                    format!("{shown} is missing"),
                    "create it; docs/reference.md describes its format",
                ));
            } else if required {
                // A listed file that vanished, or a dangling link.
                diags.push(problem(
                    Code::FileUnreadable,
                    &shown,
                    format!("cannot read {shown}: {e}"),
                    "remove the dangling link or restore the file",
                ));
            }
            return None;
        }
        Err(e) => {
            diags.push(problem(
                Code::FileUnreadable,
                &shown,
                format!("cannot read {shown}: {e}"),
                "check the file and its permissions (a symbolic link loop also ends here)",
            ));
            return None;
        }
    };
    if !meta.is_file() {
        diags.push(problem(
            Code::FileUnreadable,
            &shown,
            format!("{shown} is not a regular file"),
            "replace it with a file",
        ));
        return None;
    }
    if meta.len() > MAX_FILE_BYTES {
        diags.push(problem(
            Code::FileTooLarge,
            &shown,
            format!(
                "{shown} is {} bytes; the limit is {MAX_FILE_BYTES}",
                meta.len()
            ),
            "split it, or check that it is the file you meant",
        ));
        return None;
    }
    let bytes = match read_limited(&path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(problem(
                Code::FileUnreadable,
                &shown,
                format!("cannot read {shown}: {e}"),
                "check the file and its permissions",
            ));
            return None;
        }
    };
    let bytes = layout::strip_bom(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(TextFile {
            path: shown,
            text: text.to_string(),
        }),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() as u32 + 1;
            diags.push(
                Diagnostic::new(
                    Code::NotUtf8,
                    Location::new(&shown, line, column),
                    format!(
                        "{shown} is not valid UTF-8 (byte {} is not)",
                        e.valid_up_to()
                    ),
                )
                .hint("save the file as UTF-8"),
            );
            None
        }
    }
}

/// Reads at most `MAX_FILE_BYTES + 1` bytes, so a file that grows while read stays bounded.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut buf = Vec::new();
    fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other(
            "the file grew past the size limit while being read",
        ));
    }
    Ok(buf)
}
