//! Bad (and edge-case) input as data: every folder under `tests/cases/` is one case. Its
//! `case.yaml` says what to run and what must come out; its `facts/` files are laid over a
//! copy of `tests/fixtures/base/` (or used alone with `base: none`). Every case also checks
//! that crosscheck wrote nothing into the facts folder.

mod common;
use common::copy_tree;

use assert_cmd::Command;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about, for the failure message.
    about: String,
    /// Arguments after `crosscheck --facts facts` (run inside a scratch folder).
    #[serde(default = "default_args")]
    args: Vec<String>,
    exit: i32,
    /// `base` (default): the base fixture with this case's files laid over it; `none`:
    /// only this case's files; another name: that folder of `tests/fixtures/`.
    #[serde(default)]
    base: Option<String>,
    /// Files of the base to delete first, relative to the facts folder.
    #[serde(default)]
    remove: Vec<String>,
    /// Special set-ups that files cannot express.
    #[serde(default)]
    setup: Option<String>,
    /// Substrings that must appear in standard error / standard output.
    #[serde(default)]
    stderr: Vec<String>,
    #[serde(default)]
    stdout: Vec<String>,
    /// Substrings that must not appear in standard error (no cascades of errors).
    #[serde(default)]
    not_stderr: Vec<String>,
    /// Substrings that must not appear in standard output.
    #[serde(default)]
    not_stdout: Vec<String>,
}

fn default_args() -> Vec<String> {
    vec!["check".into()]
}

/// Every file under `dir` with its bytes, to prove nothing was written.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        match fs::symlink_metadata(&p) {
            Ok(m) if m.is_dir() => out.extend(snapshot(&p)),
            Ok(m) if m.is_file() => {
                out.insert(p.clone(), fs::read(&p).unwrap_or_default());
            }
            _ => {
                out.insert(p.clone(), Vec::new());
            }
        }
    }
    out
}

/// A secret outside the facts folder, that no output may ever show.
const SECRET: &str = "SECRET-TOKEN-4711";

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let _ = fs::remove_file(path);
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid, NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// Set-ups of the hostile-input cases: links out of the folder, FIFOs, odd names.
#[cfg(unix)]
fn hostile(setup: &str, scratch: &Path, facts: &Path) -> Result<(), String> {
    use std::os::unix::fs::symlink;
    let secret = scratch.join("secret.txt");
    match setup {
        "hostile-link-out-claims" => {
            fs::write(&secret, format!("source: s2\nclaims: [{SECRET}\n")).unwrap();
            fs::remove_file(facts.join("claims/s2.yaml")).unwrap();
            symlink(&secret, facts.join("claims/s2.yaml")).unwrap();
        }
        "hostile-link-out-text" => {
            fs::write(&secret, format!("The border is 1,344 km long {SECRET}\n")).unwrap();
            fs::remove_file(facts.join("sources/s1.txt")).unwrap();
            symlink(&secret, facts.join("sources/s1.txt")).unwrap();
        }
        "hostile-link-out-folder" => {
            let elsewhere = scratch.join("elsewhere");
            fs::create_dir(&elsewhere).unwrap();
            fs::write(elsewhere.join("s2.yaml"), format!("{SECRET}: [\n")).unwrap();
            fs::remove_dir_all(facts.join("claims")).unwrap();
            symlink(&elsewhere, facts.join("claims")).unwrap();
        }
        "hostile-fifo-subjects" => mkfifo(&facts.join("subjects.yaml")),
        "hostile-fifo-from" => mkfifo(&scratch.join("in.yaml")),
        "hostile-odd-names" => {
            use std::os::unix::ffi::OsStrExt;
            let name = std::ffi::OsStr::from_bytes(b"caf\xe9.yaml");
            fs::write(facts.join("claims").join(name), "source: s1\n").unwrap();
        }
        "hostile-large-text" => large_text(facts),
        "hostile-huge-sentence" => {
            // Finding 10: one sentence of 400 kB, a figure every few words.
            let words = [
                "the",
                "border",
                "is",
                "long",
                "and",
                "officials",
                "said",
                "12",
            ];
            let sentence: Vec<&str> = (0..80_000).map(|i| words[i * 7 % 11 % 8]).collect();
            fs::write(scratch.join("huge.txt"), sentence.join(" ") + ".\n").unwrap();
        }
        other => return Err(format!("unknown setup {other}")),
    }
    Ok(())
}

/// Findings 7 and 8: a 4 MB source text cited by 1,000 claims, one of whose quotes (1,000
/// characters) is not in it.
#[cfg(unix)]
fn large_text(facts: &Path) {
    let line = |i: usize| {
        format!(
            "Segment {i} of the border is {} km long, officials said.",
            i % 900 + 10
        )
    };
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 4_000_000 {
        text.push_str(&line(i));
        text.push('\n');
        i += 1;
    }
    fs::write(facts.join("sources/s1.txt"), text).unwrap();
    let mut claims = String::from("source: s1\nclaims:\n");
    for c in 0..1_000 {
        let n = c * 61 % i;
        claims.push_str(&format!(
            "  - id: c{c}\n    subject: border-length\n    value: {} km\n    quote: \"{}\"\n",
            n % 900 + 10,
            line(n)
        ));
    }
    let long: String = (5000..5018)
        .map(|n| line(n).replace("officials", "oficials") + " ")
        .collect();
    claims.push_str(&format!(
        "  - id: long\n    subject: border-length\n    value: 10 km\n    quote: \"{}\"\n",
        long.trim_end()
    ));
    fs::write(facts.join("claims/s1.yaml"), claims).unwrap();
}

fn run_case(dir: &Path) -> Result<(), String> {
    let text = fs::read_to_string(dir.join("case.yaml")).map_err(|e| e.to_string())?;
    let case: Case = crosscheck::yaml::from_str(&text)
        .map_err(|e| format!("case.yaml: {e} at {}:{}", e.line, e.column))?;
    let scratch = tempfile::tempdir().unwrap();
    let facts = scratch.path().join("facts");
    match case.base.as_deref() {
        Some("none") => {}
        Some(fixture) => copy_tree(&Path::new("tests/fixtures").join(fixture), &facts),
        None => copy_tree(Path::new("tests/fixtures/base"), &facts),
    }
    // Files beside case.yaml (an export for `flag --from`, ...) go beside the facts.
    for e in fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let name = e.file_name();
        if name != "case.yaml" && e.path().is_file() {
            fs::copy(e.path(), scratch.path().join(&name)).map_err(|e| e.to_string())?;
        }
    }
    for r in &case.remove {
        fs::remove_file(facts.join(r)).map_err(|e| format!("remove {r}: {e}"))?;
    }
    if dir.join("facts").is_dir() {
        copy_tree(&dir.join("facts"), &facts);
    }
    match case.setup.as_deref() {
        None => {}
        Some("missing-folder") => {
            let _ = fs::remove_dir_all(&facts);
        }
        Some("folder-is-file") => {
            let _ = fs::remove_dir_all(&facts);
            fs::write(&facts, "not a folder\n").unwrap();
        }
        #[cfg(unix)]
        Some("symlink-loop") => {
            std::os::unix::fs::symlink("loop-b.yaml", facts.join("claims/loop-a.yaml")).unwrap();
            std::os::unix::fs::symlink("loop-a.yaml", facts.join("claims/loop-b.yaml")).unwrap();
        }
        #[cfg(unix)]
        Some("folder-symlink-loop") => {
            let _ = fs::remove_dir_all(&facts);
            std::os::unix::fs::symlink("facts", &facts).unwrap();
        }
        #[cfg(unix)]
        Some(s) if s.starts_with("hostile-") => hostile(s, scratch.path(), &facts)?,
        Some("huge-file") => {
            // A sparse file: 1 GiB on paper, nothing on disk.
            let f = fs::File::create(facts.join("claims/huge.yaml")).unwrap();
            f.set_len(1 << 30).unwrap();
        }
        Some("huge-scalar") => {
            let mut s = String::from(
                "source: s1\nclaims:\n  - id: big\n    subject: border-length\n    value: \"",
            );
            s.push_str(&"9".repeat(100 * 1024 * 1024));
            s.push_str("\"\n    quote: q\n");
            fs::write(facts.join("claims/s1.yaml"), s).unwrap();
        }
        Some(other) => return Err(format!("unknown setup {other}")),
    }
    let before = snapshot(scratch.path());
    let output = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(scratch.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .arg("--facts")
        .arg("facts")
        .args(&case.args)
        // A guard against a hang, not a timing assert: a debug build on a loaded machine
        // took up to 45 s on the 4 MB source case, so the guard leaves ample room.
        .timeout(std::time::Duration::from_secs(300))
        .output()
        .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown = || {
        format!(
            "{}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
            case.about
        )
    };
    if output.status.code() != Some(case.exit) {
        return Err(format!(
            "exit {:?}, expected {}: {}",
            output.status.code(),
            case.exit,
            shown()
        ));
    }
    for s in &case.stderr {
        if !stderr.contains(s.as_str()) {
            return Err(format!("stderr lacks {s:?}: {}", shown()));
        }
    }
    // Without colour, no escape sequence from the facts reaches the terminal (finding 3).
    if [&stdout, &stderr]
        .iter()
        .any(|o| o.contains(['\x1b', '\x07', '\u{9b}', '\u{202e}']))
    {
        return Err(format!(
            "a control character reached the terminal: {}",
            shown()
        ));
    }
    if stderr.contains(SECRET) || stdout.contains(SECRET) {
        return Err(format!(
            "the output shows a file from outside the facts folder: {}",
            shown()
        ));
    }
    for s in &case.not_stderr {
        if stderr.contains(s.as_str()) {
            return Err(format!("stderr has {s:?}: {}", shown()));
        }
    }
    for s in &case.stdout {
        if !stdout.contains(s.as_str()) {
            return Err(format!("stdout lacks {s:?}: {}", shown()));
        }
    }
    for s in &case.not_stdout {
        if stdout.contains(s.as_str()) {
            return Err(format!("stdout has {s:?}: {}", shown()));
        }
    }
    if stderr.contains("panicked") {
        return Err(format!("panic: {}", shown()));
    }
    if snapshot(scratch.path()) != before {
        return Err(format!("the run changed files: {}", shown()));
    }
    Ok(())
}

#[test]
fn cases() {
    let mut dirs: Vec<PathBuf> = fs::read_dir("tests/cases")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("case.yaml").is_file())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= 30,
        "expected the case folders, found {}",
        dirs.len()
    );
    let failures: Vec<String> = dirs
        .iter()
        .filter_map(|d| {
            run_case(d)
                .err()
                .map(|e| format!("== {}: {e}", d.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}
