//! Reading the facts folder from disk into the library's `Input`: which files exist, size
//! limits, UTF-8, byte-order marks. Problems become diagnostics like any other, so the
//! editor sees them together with the rest.

use super::open::{self, Refusal};
use super::progress;
use crosscheck::diagnostic::{Code, Diagnostic, Location};
use crosscheck::load::layout::{self, Slot, display};
use crosscheck::load::{
    CLAIMS_DIR, FLAGS_FILE, Input, PARTIES_FILE, RATES_FILE, SOURCES_FILE, SUBJECTS_DIR,
    SUBJECTS_FILE, TEXTS_DIR, TextFile,
};
use crosscheck::yaml::MAX_FILE_BYTES;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

pub struct Read {
    pub input: Input,
    /// Problems met while reading (missing folder, unreadable or oversized files, ...).
    pub diagnostics: Vec<Diagnostic>,
    /// The folder as given and as resolved, to read a claims file again whose text the
    /// loader emptied; `None` when the folder could not be opened.
    folder: Option<(PathBuf, PathBuf)>,
}

impl Read {
    /// The text of every YAML file that one of `diagnostics` points into, by displayed
    /// path, for their snippets. A claims file whose text the loader emptied
    /// ([`crosscheck::load::load_mut`]) is read again; one that no longer reads has no
    /// snippet.
    pub fn files(&self, diagnostics: &[Diagnostic]) -> BTreeMap<String, String> {
        let named: BTreeSet<&str> = diagnostics.iter().map(|d| &*d.location.file).collect();
        let i = &self.input;
        let lists = (i.sources.iter())
            .chain(&i.subjects)
            .chain(&i.flags)
            .chain(&i.parties)
            .chain(&i.rates)
            .filter(|f| named.contains(&*f.path))
            .map(|f| (f.path.to_string(), f.text.clone()));
        let claims = i
            .claims
            .iter()
            .filter(|f| named.contains(&*f.path))
            .filter_map(|f| {
                let text = match f.text.is_empty() {
                    true => self.read_again(&f.path)?,
                    false => f.text.clone(),
                };
                Some((f.path.to_string(), text))
            });
        lists.chain(claims).collect()
    }

    /// The text of the file shown as `shown`, read again from the folder.
    fn read_again(&self, shown: &str) -> Option<String> {
        let (root, real) = self.folder.as_ref()?;
        let prefix = format!("{}/", self.input.root.trim_end_matches('/'));
        let rel = match self.input.root.as_str() {
            "" | "." => shown,
            _ => shown.strip_prefix(&prefix)?,
        };
        let bytes = open::read_inside(real, &root.join(rel)).ok()?;
        utf8(bytes, shown).ok()
    }
}

impl Read {
    /// Drops what only the loader needed: the archived texts, and the text of every list
    /// and claims file that none of `diagnostics` points into (`files` reads only those).
    /// `flags.yaml` stays: `flag` and `prune` compare it with the file on disk.
    pub fn release(&mut self, diagnostics: &[Diagnostic]) {
        let named: BTreeSet<&str> = diagnostics.iter().map(|d| &*d.location.file).collect();
        let i = &mut self.input;
        i.texts = BTreeMap::new();
        for list in [&mut i.sources, &mut i.subjects, &mut i.claims] {
            list.retain(|f| named.contains(&*f.path));
        }
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
        folder: None,
    };
    if let Some(d) = folder_problem(root, &root_display) {
        r.diagnostics.push(d);
        return r;
    }
    let folder = match fs::canonicalize(root) {
        Ok(real) => Folder {
            root,
            real,
            shown: root_display,
        },
        Err(e) => {
            r.diagnostics.push(problem(
                Code::FileUnreadable,
                &root_display,
                format!("cannot open the facts folder {root_display}: {e}"),
                "check the path and its permissions",
            ));
            return r;
        }
    };
    r.folder = Some((root.to_path_buf(), folder.real.clone()));
    let diags = &mut r.diagnostics;
    diags.extend(leftovers(root, &folder.shown));
    // The lists may be split into parts under sources/ and subjects/: the loader says
    // when there is none.
    r.input
        .sources
        .extend(folder.read_text(SOURCES_FILE, diags, false));
    r.input
        .subjects
        .extend(folder.read_text(SUBJECTS_FILE, diags, false));
    r.input.flags = folder.read_text(FLAGS_FILE, diags, false);
    r.input.parties = folder.read_text(PARTIES_FILE, diags, false);
    r.input.rates = folder.read_text(RATES_FILE, diags, false);
    let mut listed = Vec::new();
    for dir in [CLAIMS_DIR, TEXTS_DIR, SUBJECTS_DIR] {
        // The folder's path resolved once, when it lies inside the facts folder.
        let real = fs::canonicalize(root.join(dir))
            .ok()
            .filter(|r| r.starts_with(&folder.real));
        let files = folder.list(dir, diags);
        listed.extend(
            files
                .into_iter()
                .map(|(rel, slot)| (rel, slot, real.clone())),
        );
    }
    // On every core; placed in the listed (sorted) order, so the outcome is the same.
    let phase = progress::phase("read", "reading the facts", Some(listed.len() as u64));
    let read: Vec<_> = listed
        .into_par_iter()
        .map(|(rel, slot, real)| {
            let file = folder.read_listed(&rel, real.as_deref());
            phase.inc();
            (slot, file)
        })
        .collect();
    drop(phase);
    for (slot, outcome) in read {
        match (outcome, slot) {
            (Ok(f), slot) => r.input.place(slot, f),
            (Err(d), Slot::Text(id)) => {
                diags.extend(d);
                r.input.unread_texts.insert(id);
            }
            (Err(d), _) => diags.extend(d),
        }
    }
    r
}

/// The facts folder being read: as given, as resolved, and as shown.
struct Folder<'a> {
    root: &'a Path,
    real: PathBuf,
    shown: String,
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

impl Folder<'_> {
    /// The files in `root/dir` that the loader reads (by [`layout::classify`]), as paths
    /// relative to `root` with their slots, sorted. A missing folder is an empty list (a
    /// corpus may have no claims yet). Every other entry of `claims/` is reported
    /// (`ignored-file`), and of two claims files for one source (`s1.yaml`, `s1.yml`) the
    /// second is refused (`duplicate-claims-file`).
    fn list(&self, dir: &str, diags: &mut Vec<Diagnostic>) -> Vec<(String, Slot)> {
        let shown_dir = display(&self.shown, dir);
        let entries = match fs::read_dir(self.root.join(dir)) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                diags.push(problem(
                    Code::FileUnreadable,
                    &shown_dir,
                    format!("cannot list {shown_dir}: {e}"),
                    "it must be a readable folder",
                ));
                return Vec::new();
            }
        };
        let mut names: Vec<(String, Option<Slot>)> = Vec::new();
        for e in entries.filter_map(Result::ok) {
            match e.file_name().into_string() {
                Ok(n) => {
                    let rel = format!("{dir}/{n}");
                    let slot = layout::classify(&rel);
                    names.push((rel, slot));
                }
                Err(raw) if dir == CLAIMS_DIR => diags.push(ignored(
                    &display(&shown_dir, &raw.to_string_lossy()),
                    "its name is not valid UTF-8",
                )),
                Err(_) => {}
            }
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        let mut stems: BTreeMap<String, String> = BTreeMap::new();
        let mut out = Vec::new();
        for (rel, slot) in names {
            let shown = display(&self.shown, &rel);
            match slot {
                Some(Slot::Claims) => {
                    let stem = layout::claims_stem(&rel).to_string();
                    if let Some(first) = stems.get(&stem) {
                        diags.push(problem(
                            Code::DuplicateClaimsFile,
                            &shown,
                            format!("{shown} and {first} both hold the claims of source {stem}; {shown} was not read"),
                            "keep one claims file per source: merge the two",
                        ));
                        continue;
                    }
                    stems.insert(stem, shown);
                    out.push((rel, Slot::Claims));
                }
                Some(slot) => out.push((rel, slot)),
                None if dir == CLAIMS_DIR => {
                    diags.push(ignored(&shown, layout::why_ignored(&rel)));
                }
                None => {}
            }
        }
        out
    }

    /// Reads one file of the folder; its problem, if any, goes to `diags`. A missing file is
    /// a problem when it is `required`.
    fn read_text(
        &self,
        rel: &str,
        diags: &mut Vec<Diagnostic>,
        required: bool,
    ) -> Option<TextFile> {
        self.read_file(rel, required)
            .map_err(|d| diags.extend(d))
            .ok()
    }

    /// A listed file, `rel` in a folder whose resolved path is `real`: opened there
    /// without following a link, else (a link, or any problem) read as [`Folder::read_file`]
    /// reads it, which resolves its path and says what is wrong. The same bytes either way:
    /// a file that is no link in a resolved folder is its own resolved path.
    fn read_listed(&self, rel: &str, real: Option<&Path>) -> Result<TextFile, Option<Diagnostic>> {
        let name = rel.rsplit_once('/').map(|(_, name)| name);
        match real
            .zip(name)
            .and_then(|(dir, name)| open::read_resolved(&dir.join(name)))
        {
            Some(bytes) => {
                let shown = display(&self.shown, rel);
                let text = utf8(bytes, &shown)?;
                Ok(TextFile {
                    path: shown.into(),
                    text,
                })
            }
            None => self.read_file(rel, true),
        }
    }

    /// One file of the folder, or its problem (none for a missing optional file).
    fn read_file(&self, rel: &str, required: bool) -> Result<TextFile, Option<Diagnostic>> {
        let shown = display(&self.shown, rel);
        let bytes = bytes_of(&self.real, &self.root.join(rel), rel, &shown, required)?;
        let text = utf8(bytes, &shown)?;
        Ok(TextFile {
            path: shown.into(),
            text,
        })
    }
}

/// Temporary files a killed `flag` or `prune` left in the folder (`.flags.yaml.crosscheck-
/// ….tmp`): the next writer removes them; until then they are reported, so they are not
/// committed by mistake.
fn leftovers(root: &Path, shown: &str) -> Vec<Diagnostic> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with('.') && n.contains(".crosscheck-") && n.ends_with(".tmp"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let path = display(shown, n);
            problem(
                Code::StaleTempFile,
                &path,
                format!("{path} is a temporary file left by a run that was killed"),
                "the next `crosscheck flag` or `prune` removes it; or delete it (do not commit it)",
            )
        })
        .collect()
}

/// A file of `claims/` that is not read, and why.
fn ignored(shown: &str, why: &str) -> Diagnostic {
    problem(
        Code::IgnoredFile,
        shown,
        format!("{shown} is not read: {why}"),
        "claims files are claims/<source>.yaml (or .yml); rename or move it",
    )
}

/// A file's bytes, or the problem met reading it (none for a missing optional file).
/// Nothing of a refused file is read, so no diagnostic can show its contents.
fn bytes_of(
    folder: &Path,
    path: &Path,
    rel: &str,
    shown: &str,
    required: bool,
) -> Result<Vec<u8>, Option<Diagnostic>> {
    let unreadable =
        |message: String, hint: &str| Some(problem(Code::FileUnreadable, shown, message, hint));
    open::read_inside(folder, path).map_err(|refusal| match refusal {
        Refusal::Missing if fs::symlink_metadata(path).is_ok() => unreadable(
            format!("cannot read {shown}: it is a link to nothing"),
            "remove the dangling link or restore the file",
        ),
        Refusal::Missing if !required => None,
        Refusal::Missing if !rel.contains('/') => Some(problem(
            Code::FileMissing,
            shown,
            format!("{shown} is missing"),
            "create it; `crosscheck help format` describes its format",
        )),
        Refusal::Missing => unreadable(
            format!("cannot read {shown}: it vanished while the folder was read"),
            "run the command again",
        ),
        Refusal::OutsideFolder => Some(problem(
            Code::LinkOutsideFacts,
            shown,
            format!(
                "{shown} is a symbolic link that leads out of the facts folder; it was not read"
            ),
            "put the file itself in the facts folder (a link may only point inside it)",
        )),
        Refusal::TooLarge(_) => Some(problem(
            Code::FileTooLarge,
            shown,
            format!("{shown} is larger than the limit of {MAX_FILE_BYTES} bytes"),
            "split it, or check that it is the file you meant",
        )),
        Refusal::NotRegular(kind) => unreadable(
            format!("{shown} is {kind}, not a regular file; it was not read"),
            "replace it with a file",
        ),
        Refusal::Io(e) => unreadable(
            format!("cannot read {shown}: {e}"),
            "check the file and its permissions (a symbolic link loop also ends here)",
        ),
    })
}

/// A file's text without its byte-order mark, or a `not-utf8` diagnostic at the first bad
/// byte. The bytes become the text in place (no copy: a copy of every file was ~3% of
/// `check`'s CPU at 100k claims, most of it the kernel zeroing the copies' fresh pages).
fn utf8(mut bytes: Vec<u8>, shown: &str) -> Result<String, Diagnostic> {
    let bom = bytes.len() - layout::strip_bom(&bytes).len();
    if bom > 0 {
        bytes.drain(..bom);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let (e, bytes) = (e.utf8_error(), e.into_bytes());
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// Listed files are opened in their folder's resolved path without resolving each:
    /// a file and a link to a file inside the folder are read, a link out of it is
    /// refused, as when each path was resolved.
    #[test]
    fn listed_files_read_as_with_their_paths_resolved() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("facts");
        fs::create_dir_all(root.join("claims")).unwrap();
        fs::create_dir_all(root.join("kept")).unwrap();
        fs::write(root.join("claims/a.yaml"), "source: a\n").unwrap();
        fs::write(root.join("kept/b.yaml"), "source: b\n").unwrap();
        symlink("../kept/b.yaml", root.join("claims/b.yaml")).unwrap();
        fs::write(outside.path().join("c.yaml"), "secret\n").unwrap();
        symlink(outside.path().join("c.yaml"), root.join("claims/c.yaml")).unwrap();
        let read = read(&root);
        let texts: Vec<&str> = read.input.claims.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["source: a\n", "source: b\n"]);
        let codes: Vec<Code> = read.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::LinkOutsideFacts), "{codes:?}");
    }
}
