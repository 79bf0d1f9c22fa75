//! Reading the facts folder from disk into the library's `Input`: which files exist, size
//! limits, UTF-8, byte-order marks. Problems become diagnostics like any other, so the
//! editor sees them together with the rest.

use crosscheck::diagnostic::{Code, Diagnostic, Location};
use crosscheck::load::layout::{self, Slot, display};
use crosscheck::load::{
    CLAIMS_DIR, FLAGS_FILE, Input, PARTIES_FILE, RATES_FILE, SOURCES_FILE, SUBJECTS_FILE,
    TEXTS_DIR, TextFile,
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
    if let Some(d) = folder_problem(root, &root_display) {
        r.diagnostics.push(d);
        return r;
    }
    r.input.sources = read_text(root, SOURCES_FILE, &root_display, &mut r.diagnostics, true);
    r.input.subjects = read_text(root, SUBJECTS_FILE, &root_display, &mut r.diagnostics, true);
    r.input.flags = read_text(root, FLAGS_FILE, &root_display, &mut r.diagnostics, false);
    r.input.parties = read_text(root, PARTIES_FILE, &root_display, &mut r.diagnostics, false);
    r.input.rates = read_text(root, RATES_FILE, &root_display, &mut r.diagnostics, false);
    for dir in [CLAIMS_DIR, TEXTS_DIR] {
        for (rel, slot) in list(root, dir, &root_display, &mut r.diagnostics) {
            if let Some(f) = read_text(root, &rel, &root_display, &mut r.diagnostics, true) {
                r.input.place(slot, f);
            }
        }
    }
    r
}

/// What makes the facts folder unreadable as a whole: missing, unopenable, or a file.
fn folder_problem(root: &Path, shown: &str) -> Option<Diagnostic> {
    let (code, message, hint) = match fs::metadata(root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
            Code::FactsMissing,
            format!("the facts folder {shown} does not exist"),
            "run crosscheck from the repository root, or pass --facts DIR",
        ),
        Err(e) => (
            Code::FileUnreadable,
            format!("cannot open the facts folder {shown}: {e}"),
            "check the path and its permissions (a symbolic link loop also ends here)",
        ),
        Ok(m) if !m.is_dir() => (
            Code::FactsNotAFolder,
            format!("{shown} is a file, not a folder"),
            "pass the folder that holds sources.yaml, subjects.yaml and claims/ with --facts DIR",
        ),
        Ok(_) => return None,
    };
    Some(problem(code, shown, message, hint))
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

/// Reads one file of the folder; its problem, if any, goes to `diags`. A missing file is
/// a problem when it is `required`.
fn read_text(
    root: &Path,
    rel: &str,
    root_display: &str,
    diags: &mut Vec<Diagnostic>,
    required: bool,
) -> Option<TextFile> {
    let shown = display(root_display, rel);
    match bytes_of(&root.join(rel), rel, &shown, required) {
        Ok(bytes) => match utf8(&bytes, &shown) {
            Ok(text) => Some(TextFile { path: shown, text }),
            Err(d) => {
                diags.push(d);
                None
            }
        },
        Err(d) => {
            diags.extend(d);
            None
        }
    }
}

/// A file's bytes, or the problem met reading it (none for a missing optional file).
fn bytes_of(
    path: &Path,
    rel: &str,
    shown: &str,
    required: bool,
) -> Result<Vec<u8>, Option<Diagnostic>> {
    let unreadable =
        |message: String, hint: &str| Some(problem(Code::FileUnreadable, shown, message, hint));
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(if !required {
                None
            } else if !rel.contains('/') {
                Some(problem(
                    Code::FileMissing,
                    shown,
                    format!("{shown} is missing"),
                    "create it; docs/reference.md describes its format",
                ))
            } else {
                // A listed file that vanished, or a dangling link.
                unreadable(
                    format!("cannot read {shown}: {e}"),
                    "remove the dangling link or restore the file",
                )
            });
        }
        Err(e) => {
            return Err(unreadable(
                format!("cannot read {shown}: {e}"),
                "check the file and its permissions (a symbolic link loop also ends here)",
            ));
        }
    };
    if !meta.is_file() {
        return Err(unreadable(
            format!("{shown} is not a regular file"),
            "replace it with a file",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Some(problem(
            Code::FileTooLarge,
            shown,
            format!(
                "{shown} is {} bytes; the limit is {MAX_FILE_BYTES}",
                meta.len()
            ),
            "split it, or check that it is the file you meant",
        )));
    }
    read_limited(path).map_err(|e| {
        unreadable(
            format!("cannot read {shown}: {e}"),
            "check the file and its permissions",
        )
    })
}

/// A file's text without its byte-order mark, or a `not-utf8` diagnostic at the first bad
/// byte.
fn utf8(bytes: &[u8], shown: &str) -> Result<String, Diagnostic> {
    let bytes = layout::strip_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() as u32 + 1;
            Err(Diagnostic::new(
                Code::NotUtf8,
                Location::new(shown, line, column),
                format!(
                    "{shown} is not valid UTF-8 (byte {} is not)",
                    e.valid_up_to()
                ),
            )
            .hint("save the file as UTF-8"))
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
