//! Writing into the facts folder safely (finding 2, 4 and 14 of issue 15): temporary files
//! that nothing planted can redirect, one writer at a time with no lost update, a rewrite
//! that keeps the file's mode and writes through its link, and leftovers of a killed run
//! cleaned up; and a fuzzer of the file-system layer (links, loops, FIFOs, odd entries).

#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::os::unix::io::AsRawFd;
use std::path::Path;

const BORDER: &str = "border-length/f65c4a00";
const OTHER: &str = "flags:\n  - conflict: border-length/00000000\n    status: explained\n    reason: another editor's decision\n";

fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        Path::new("tests/fixtures/conflict"),
        &dir.path().join("facts"),
    );
    fs::write(dir.path().join("facts/flags.yaml"), "flags: []\n").unwrap();
    dir
}

fn flag(d: &Path) -> (String, String) {
    common::run_in(d, &["flag", BORDER, "--reason", "under review"], 0)
}

#[test]
fn a_second_writer_waits_for_the_first_and_keeps_its_entry() {
    let dir = scratch();
    let d = dir.path();
    let facts = d.join("facts");
    // Another writer holds the folder's lock while it rewrites flags.yaml.
    let held = fs::File::open(&facts).unwrap();
    // SAFETY: a valid open descriptor.
    assert_eq!(unsafe { libc::flock(held.as_raw_fd(), libc::LOCK_EX) }, 0);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("crosscheck"))
        .current_dir(d)
        .env("USER", "tester")
        .args(["flag", BORDER, "--reason", "under review"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2000));
    fs::write(facts.join("flags.yaml"), OTHER).unwrap();
    drop(held);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // Whether the writer analysed flags.yaml before the other one's change (then it says
    // "changed since it was read") or after (on a slow machine), it keeps that change.
    let text = fs::read_to_string(facts.join("flags.yaml")).unwrap();
    assert!(text.contains("another editor's decision"), "{text}");
    assert!(text.contains(BORDER), "{text}");
}

#[test]
fn a_rewrite_keeps_the_mode_and_writes_through_a_link() {
    let dir = scratch();
    let d = dir.path();
    let facts = d.join("facts");
    fs::rename(facts.join("flags.yaml"), facts.join("shared-flags.yaml")).unwrap();
    symlink("shared-flags.yaml", facts.join("flags.yaml")).unwrap();
    fs::set_permissions(
        facts.join("shared-flags.yaml"),
        fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    flag(d);
    assert!(
        fs::symlink_metadata(facts.join("flags.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let target = fs::metadata(facts.join("shared-flags.yaml")).unwrap();
    assert_eq!(target.permissions().mode() & 0o777, 0o640);
    let text = fs::read_to_string(facts.join("shared-flags.yaml")).unwrap();
    assert!(text.contains(BORDER), "{text}");
}

#[test]
fn a_read_only_flags_file_is_refused_not_replaced() {
    let dir = scratch();
    let d = dir.path();
    let path = d.join("facts/flags.yaml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let (_, err) = common::run_in(d, &["flag", BORDER, "--reason", "r"], 1);
    assert!(err.contains("is read-only; nothing was written"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "flags: []\n");
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o444
    );
}

#[test]
fn planted_temporary_files_are_removed_not_followed() {
    let dir = scratch();
    let d = dir.path();
    let facts = d.join("facts");
    let victim = d.join("victim.txt");
    fs::write(&victim, "precious\n").unwrap();
    // A link planted where a writer's temporary file might go, and a killed run's file.
    let planted = facts.join(format!(".flags.yaml.crosscheck-{}.tmp", std::process::id()));
    symlink(&victim, &planted).unwrap();
    let stale = facts.join(".flags.yaml.crosscheck-1-0.tmp");
    fs::write(&stale, "half a file").unwrap();
    let (_, err) = common::run_in(d, &["check"], 2);
    assert!(err.contains("warning[stale-temp-file]"), "{err}");
    let (_, err) = flag(d);
    assert!(err.contains("left by a run that was killed"), "{err}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(fs::symlink_metadata(&planted).is_err() && fs::symlink_metadata(&stale).is_err());
    let flags = fs::symlink_metadata(facts.join("flags.yaml")).unwrap();
    assert!(flags.file_type().is_file());
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}");
}

#[test]
fn since_refuses_a_blob_over_the_size_limit_without_reading_it() {
    let dir = scratch();
    let d = dir.path();
    fs::remove_file(d.join("facts/flags.yaml")).unwrap();
    // 17 MiB of one repeated line: over the limit, small once compressed.
    let huge = "# padding\n".repeat(17 * 1024 * 1024 / 10 + 1);
    fs::write(d.join("facts/claims/huge.yaml"), huge).unwrap();
    git(d, &["init", "-q", "."]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "a huge file"]);
    fs::remove_file(d.join("facts/claims/huge.yaml")).unwrap();
    let (_, err) = common::run_in(d, &["check", "--since", "HEAD"], 2);
    assert!(
        err.contains("facts/claims/huge.yaml is larger than the limit of 16777216 bytes"),
        "{err}"
    );
    assert!(
        err.contains("every unflagged conflict counts as new"),
        "{err}"
    );
}

/// What the file-system fuzzer puts where a facts file belongs.
#[derive(Debug, Clone)]
enum Entry {
    Keep,
    Remove,
    LinkToSecret,
    LinkInside,
    Dangling,
    Loop,
    Fifo,
    Folder,
    Bytes(Vec<u8>),
}

fn entry() -> impl proptest::strategy::Strategy<Value = Entry> {
    use proptest::prelude::*;
    prop_oneof![
        3 => Just(Entry::Keep),
        1 => Just(Entry::Remove),
        2 => Just(Entry::LinkToSecret),
        1 => Just(Entry::LinkInside),
        1 => Just(Entry::Dangling),
        1 => Just(Entry::Loop),
        1 => Just(Entry::Fifo),
        1 => Just(Entry::Folder),
        1 => proptest::collection::vec(any::<u8>(), 0..64).prop_map(Entry::Bytes),
    ]
}

const SECRET: &str = "SECRET-TOKEN-4711";
const SLOTS: [&str; 8] = [
    "sources.yaml",
    "subjects.yaml",
    "flags.yaml",
    "claims/s1.yaml",
    "claims/s2.yml",
    "claims/.x.yaml",
    "sources/s1.txt",
    "claims",
];

fn lay(facts: &Path, secret: &Path, rel: &str, e: &Entry) {
    let p = facts.join(rel);
    if !matches!(e, Entry::Keep) {
        let _ = fs::remove_file(&p).or_else(|_| fs::remove_dir_all(&p));
    }
    match e {
        Entry::Keep | Entry::Remove => {}
        Entry::LinkToSecret => symlink(secret, &p).unwrap(),
        Entry::LinkInside => symlink(facts.join("sources/s2.txt"), &p).unwrap(),
        Entry::Dangling => symlink(facts.join("nowhere"), &p).unwrap(),
        Entry::Loop => symlink(&p, &p).unwrap(),
        Entry::Fifo => {
            let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
            // SAFETY: a valid, NUL-terminated path.
            unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
        }
        Entry::Folder => fs::create_dir_all(&p).unwrap(),
        Entry::Bytes(b) => fs::write(&p, b).unwrap(),
    }
}

fn run_bounded(d: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(d)
        .env("NO_COLOR", "1")
        .env("USER", "tester")
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Links in and out of the folder, loops, FIFOs, folders and random bytes where facts
    /// files belong: every run ends in time with a documented exit code, shows nothing of
    /// the secret outside the folder, and never changes it (not even through `flag`).
    #[test]
    fn the_file_system_layer_is_safe_with_any_layout(entries in proptest::collection::vec(entry(), SLOTS.len())) {
        let dir = scratch();
        let d = dir.path();
        let facts = d.join("facts");
        let secret = d.join("secret.yaml");
        let secret_text = format!("flags: []\n# {SECRET}\n");
        fs::write(&secret, &secret_text).unwrap();
        for (rel, e) in SLOTS.iter().zip(&entries) {
            lay(&facts, &secret, rel, e);
        }
        let (code, text) = run_bounded(d, &["check"]);
        proptest::prop_assert!(matches!(code, Some(0 | 2 | 3)), "check: {code:?}\n{text}");
        proptest::prop_assert!(!text.contains(SECRET) && !text.contains("panicked"), "{text}");
        let (code, text) = run_bounded(d, &["flag", "--all", "--reason", "fuzz"]);
        proptest::prop_assert!(matches!(code, Some(0 | 1 | 3 | 64)), "flag: {code:?}\n{text}");
        proptest::prop_assert!(!text.contains(SECRET) && !text.contains("panicked"), "{text}");
        proptest::prop_assert_eq!(fs::read_to_string(&secret).unwrap(), secret_text);
    }
}

/// Starts `add-source` of a short article as source `id` in `d`'s facts folder while the
/// test holds the folder's lock; `meanwhile` runs while it waits, then the lock is
/// released. Returns its exit code and standard error.
fn add_source_while_locked(d: &Path, id: &str, meanwhile: impl FnOnce()) -> (i32, String) {
    let facts = d.join("facts");
    fs::write(d.join("a.txt"), "Some 300 soldiers crossed on July 9.\n").unwrap();
    let held = fs::File::open(&facts).unwrap();
    // SAFETY: a valid open descriptor.
    assert_eq!(unsafe { libc::flock(held.as_raw_fd(), libc::LOCK_EX) }, 0);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("crosscheck"))
        .current_dir(d)
        .args(["add-source", "a.txt", "--id", id])
        .args(["--publisher", "Third", "--published", "2021-07-11"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2000));
    meanwhile();
    drop(held);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const S9: &str = "  - id: s9\n    publisher: Another writer\n    published: 2021-07-12\n";

#[test]
fn add_source_waits_for_another_writer_and_keeps_its_entry() {
    let dir = scratch();
    let d = dir.path();
    let sources = d.join("facts/sources.yaml");
    // The other writer read sources.yaml before add-source started: without the lock,
    // its rewrite would drop add-source's entry.
    let mut theirs = fs::read_to_string(&sources).unwrap();
    theirs.push_str(S9);
    let (code, err) = add_source_while_locked(d, "s3", || {
        fs::write(d.join("facts/sources/s9.txt"), "Another article.\n").unwrap();
        fs::write(&sources, theirs).unwrap();
    });
    assert_eq!(code, 0, "{err}");
    let text = fs::read_to_string(&sources).unwrap();
    assert!(text.contains("id: s9") && text.contains("id: s3"), "{text}");
    common::run_in(d, &["lint"], 0);
}

#[test]
fn add_source_refuses_an_id_another_writer_took_meanwhile() {
    let dir = scratch();
    let d = dir.path();
    let sources = d.join("facts/sources.yaml");
    let (code, err) = add_source_while_locked(d, "s9", || {
        let mut text = fs::read_to_string(&sources).unwrap();
        text.push_str(S9);
        fs::write(&sources, text).unwrap();
    });
    assert_eq!(code, 64, "{err}");
    assert!(err.contains("has a source s9 already"), "{err}");
    assert!(
        !d.join("facts/sources/s9.txt").exists(),
        "nothing was written"
    );
    let text = fs::read_to_string(&sources).unwrap();
    assert_eq!(text.matches("id: s9").count(), 1, "{text}");
}
