//! Helpers shared by the integration tests.

#[allow(dead_code)] // only the extraction tests score
pub mod score;

use std::fs;
use std::path::Path;

/// Copies a folder tree (files and folders only).
#[allow(dead_code)] // not every test crate copies trees
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// Runs crosscheck in `dir` with `args` (no colour, a fixed user), checks its exit code,
/// and returns its standard output and error.
#[allow(dead_code)] // not every test crate runs the binary through here
pub fn run_in(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("USER", "tester")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

/// Runs `cmd`, checks its exit code (showing both streams when it differs), and returns
/// its standard output and error.
#[allow(dead_code)] // not every test crate runs commands
pub fn outputs(mut cmd: assert_cmd::Command, code: i32, what: &str) -> (String, String) {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{what}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

/// Runs crosscheck on the conflict fixture (tests/fixtures/conflict) with no colour and
/// 120 columns, checks its exit code, and returns its standard output and error.
#[allow(dead_code)] // only the snapshot and format tests run the fixture
pub fn on_conflict_fixture(args: &[&str], code: i32) -> (String, String) {
    let mut cmd = assert_cmd::Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .args(["--facts", "tests/fixtures/conflict"])
        .args(args);
    outputs(cmd, code, &format!("{args:?}"))
}

/// The facts folder `dir` as the library's loader reads it (files in path order).
#[allow(dead_code)] // only the tests that call the library load folders
pub fn facts_input(dir: &str) -> crosscheck::load::Input {
    let mut input = crosscheck::load::Input {
        root: dir.to_string(),
        ..crosscheck::load::Input::default()
    };
    let mut files = Vec::new();
    for top in std::fs::read_dir(dir).unwrap() {
        let path = top.unwrap().path();
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            files.push(path);
        }
    }
    files.sort();
    for path in files {
        let rel = path
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if let Some(slot) = crosscheck::load::layout::classify(&rel) {
            let text = String::from_utf8_lossy(crosscheck::load::layout::strip_bom(
                &std::fs::read(&path).unwrap(),
            ))
            .into_owned();
            let path = format!("{dir}/{rel}");
            input.place(
                slot,
                crosscheck::load::TextFile {
                    path: path.into(),
                    text,
                },
            );
        }
    }
    input
}
