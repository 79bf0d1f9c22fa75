//! Starting a corpus: `crosscheck init` and `crosscheck add-source`, end to end in a
//! scratch folder.

mod common;

use std::fs;
use std::path::Path;

fn run(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    common::run_in(dir, args, code)
}

const ARTICLE: &str = "Border troops reinforced\n\nTajikistan's border with Afghanistan is 1,344 kilometers long, officials said.\n\nAbout 20,000 reservists were called up.\n";

/// A scratch folder after `crosscheck init`, with ARTICLE in a.txt.
fn started() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["init"], 0);
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    dir
}

/// `add-source FILE --id ID --publisher AP --published DATE`, then `more`.
fn add_source<'a>(
    file: &'a str,
    id: &'a str,
    published: &'a str,
    more: &[&'a str],
) -> Vec<&'a str> {
    let args = [
        "add-source",
        file,
        "--id",
        id,
        "--publisher",
        "AP",
        "--published",
        published,
    ];
    [&args[..], more].concat()
}

/// The text of the file at `path` below `dir`.
fn read(dir: &Path, path: &str) -> String {
    fs::read_to_string(dir.join(path)).unwrap()
}

#[test]
fn init_makes_a_folder_that_lints_clean_with_schemas_and_prints_a_ci_snippet() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (out, err) = run(d, &["init"], 0);
    assert!(err.contains("created facts"), "{err}");
    assert!(out.contains("check --format github --since"), "{out}");
    assert!(out.contains("GITHUB_STEP_SUMMARY"), "{out}");
    for f in [
        "sources.yaml",
        "subjects.yaml",
        "flags.yaml",
        "parties.yaml",
    ] {
        let text = fs::read_to_string(d.join("facts").join(f)).unwrap();
        let schema = text.lines().next().unwrap();
        let name = schema.rsplit('/').next().unwrap();
        assert!(
            schema.starts_with("# yaml-language-server: $schema=.schema/"),
            "{f}: {schema}"
        );
        assert!(d.join("facts/.schema").join(name).is_file(), "{name}");
        assert!(text.contains("# Example:") || f == "flags.yaml", "{f}");
    }
    assert!(d.join("facts/claims").is_dir() && d.join("facts/sources").is_dir());
    let (out, _) = run(d, &["lint"], 0);
    assert_eq!(out, "no problems found\n");
    run(d, &["check"], 0);
}

#[test]
fn init_never_overwrites_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["init", "here"], 0);
    fs::write(d.join("here/subjects.yaml"), "subjects: []\n# mine\n").unwrap();
    let (_, err) = run(d, &["init", "here"], 64);
    assert!(err.contains("subjects.yaml exists already"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(read(d, "here/subjects.yaml"), "subjects: []\n# mine\n");
}

#[test]
fn add_source_archives_the_text_and_edits_sources_yaml_keeping_its_comments() {
    let dir = started();
    let d = dir.path();
    let before = read(d, "facts/sources.yaml");
    let args = add_source(
        "a.txt",
        "ap-1",
        "2021-07-08",
        &[
            "--title",
            "Border: troops reinforced",
            "--url",
            "https://ap.example/1",
        ],
    );
    let (_, err) = run(d, &args, 0);
    assert!(err.contains("added ap-1"), "{err}");
    assert_eq!(read(d, "facts/sources/ap-1.txt"), ARTICLE);
    let after = read(d, "facts/sources.yaml");
    let comments: Vec<&str> = before.lines().filter(|l| l.starts_with('#')).collect();
    let kept: Vec<&str> = after.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(comments, kept);
    assert!(after.contains("  - id: ap-1\n    publisher: AP\n    title: \"Border: troops reinforced\"\n    published: 2021-07-08\n"), "{after}");
    run(d, &["lint"], 0);
    // The same id again: refused, and nothing changes.
    let (_, err) = run(d, &args, 64);
    assert!(err.contains("has a source ap-1 already"), "{err}");
    assert!(err.contains("sources/ap-1.txt exists already"), "{err}");
    assert_eq!(read(d, "facts/sources.yaml"), after);
}

#[test]
fn add_source_refuses_a_bad_id_or_date_before_writing_anything() {
    let dir = started();
    let d = dir.path();
    let before = read(d, "facts/sources.yaml");
    let (_, err) = run(d, &add_source("a.txt", "a b", "July", &[]), 64);
    assert!(err.contains("is not a source id"), "{err}");
    assert!(err.contains("is not a date"), "{err}");
    assert_eq!(read(d, "facts/sources.yaml"), before);
    assert_eq!(
        fs::read_dir(d.join("facts/sources")).unwrap().count(),
        0,
        "no text archived"
    );
    let (_, err) = run(
        d,
        &[
            &["--facts", "nowhere"][..],
            &add_source("a.txt", "a", "2021", &[]),
        ]
        .concat(),
        64,
    );
    assert!(err.contains("crosscheck init nowhere"), "{err}");
}

#[test]
fn add_source_reads_html_from_standard_input_as_paragraphs_of_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["init"], 0);
    let page = "<!doctype html><html><head><script>track()</script></head><body>\
        <p>Tajikistan's border with <a href=\"/afg\">Afghanistan</a> is 1,344 kilometers long.</p>\
        <p>About 20,000 reservists were called up.</p></body></html>";
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(d)
        .args([
            "add-source",
            "-",
            "--id",
            "web-1",
            "--publisher",
            "Web",
            "--published",
            "2021-07",
        ])
        .write_stdin(page)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        read(d, "facts/sources/web-1.txt"),
        "Tajikistan's border with Afghanistan is 1,344 kilometers long.\n\nAbout 20,000 reservists were called up.\n"
    );
}

#[test]
fn add_source_with_draft_writes_the_drafts_beside_the_source() {
    let dir = started();
    let d = dir.path();
    let (_, err) = run(
        d,
        &add_source("a.txt", "ap-1", "2021-07-08", &["--draft"]),
        0,
    );
    assert!(
        err.contains("drafted 2 claims in facts/claims/ap-1.yaml"),
        "{err}"
    );
    let drafts = read(d, "facts/claims/ap-1.yaml");
    assert!(
        drafts.contains("source: \"ap-1\"") || drafts.contains("source: ap-1"),
        "{drafts}"
    );
    assert!(
        drafts.contains("1344 km") || drafts.contains("1,344 km"),
        "{drafts}"
    );
    // A second --draft would overwrite them: refused.
    fs::write(d.join("b.txt"), ARTICLE).unwrap();
    fs::write(d.join("facts/claims/ap-2.yaml"), "mine").unwrap();
    let (_, err) = run(d, &add_source("b.txt", "ap-2", "2021", &["--draft"]), 64);
    assert!(err.contains("claims/ap-2.yaml exists already"), "{err}");
    assert!(!d.join("facts/sources/ap-2.txt").exists());
}

#[test]
fn no_pager_runs_when_standard_output_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["init"], 0);
    let marker = d.join("pager-ran");
    for args in [&["report"][..], &["--no-pager", "report"][..]] {
        let out = assert_cmd::Command::cargo_bin("crosscheck")
            .unwrap()
            .current_dir(d)
            .env("PAGER", format!("touch {}", marker.display()))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).contains("0 conflicts"));
        assert!(!marker.exists(), "{args:?} ran the pager in a pipe");
    }
}

#[test]
fn add_source_refuses_an_id_a_part_of_the_list_of_sources_has() {
    let dir = started();
    let d = dir.path();
    fs::write(
        d.join("facts/sources/wires.yaml"),
        "sources:\n  - id: ap-1\n    publisher: AP\n    published: 2021-07-08\n",
    )
    .unwrap();
    fs::write(d.join("facts/sources/ap-1.txt"), ARTICLE).unwrap();
    let before = read(d, "facts/sources.yaml");
    let args = add_source("a.txt", "ap-1", "2021-07-09", &[]);
    let (_, err) = run(d, &args, 64);
    assert!(err.contains("a part of the list of sources"), "{err}");
    assert_eq!(read(d, "facts/sources.yaml"), before);
}
