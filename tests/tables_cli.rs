//! Tables stored in the facts folder: `import --add` writes `tables/NAME` and its mapping,
//! `resolve` and `sources` read them, `lint` reports a bad mapping, a missing table or bad
//! columns with its own code and position.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const CITIES: &str = "source,object,attribute,value\n\
a,Paris,population,2100000\n\
b,Paris,population,2100000\n\
c,Paris,population,2200000\n\
a,Lyon,population,500000\n";

fn run(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1").args(args);
    common::outputs(cmd, code, &format!("{args:?}"))
}

/// A new facts folder (`crosscheck init facts`) in a temporary folder.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["init", "facts"], 0);
    dir
}

/// Runs crosscheck in `dir` on its facts folder (`--facts facts`, then `args`).
fn on_facts(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    run(dir, &[&["--facts", "facts"][..], args].concat(), code)
}

/// `import FILE --header --add` into the facts folder in `dir`.
fn import_add(dir: &Path, file: &str, code: i32) -> (String, String) {
    on_facts(dir, &["import", file, "--header", "--add"], code)
}

/// Writes `files` (name, text) in a new facts/tables below `dir`; returns the folder.
fn tables_with(dir: &Path, files: &[(&str, &str)]) -> std::path::PathBuf {
    let tables = dir.join("facts/tables");
    std::fs::create_dir(&tables).unwrap();
    for (name, text) in files {
        std::fs::write(tables.join(name), text).unwrap();
    }
    tables
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .collect()
}

fn lint_codes(dir: &Path) -> Vec<Value> {
    let (out, _) = on_facts(dir, &["lint", "--format", "json"], 3);
    json_lines(&out)
        .into_iter()
        .filter(|d| d["code"].as_str().unwrap_or("").starts_with("table-"))
        .collect()
}

#[test]
fn an_added_table_is_stored_and_resolved_with_the_facts() {
    let dir = folder();
    std::fs::write(dir.path().join("cities.csv"), CITIES).unwrap();
    import_add(dir.path(), "cities.csv", 0);
    let tables = dir.path().join("facts/tables");
    assert_eq!(
        std::fs::read_to_string(tables.join("cities.csv")).unwrap(),
        CITIES
    );
    let mapping = std::fs::read_to_string(tables.join("cities.csv.yaml")).unwrap();
    assert!(
        mapping.starts_with('#') && mapping.contains("header: true"),
        "{mapping}"
    );
    // Adding the same table again changes nothing; a different one of the name is refused.
    import_add(dir.path(), "cities.csv", 0);
    std::fs::write(dir.path().join("cities.csv"), "source,object,value\n").unwrap();
    let (_, err) = import_add(dir.path(), "cities.csv", 64);
    assert!(err.contains("cities.csv"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tables.join("cities.csv")).unwrap(),
        CITIES
    );
    let (out, _) = on_facts(dir.path(), &["resolve", "--format", "json"], 0);
    let paris: Vec<Value> = json_lines(&out)
        .into_iter()
        .filter(|r| r["subject"] == "Paris / population")
        .collect();
    assert_eq!(paris.len(), 1, "{out}");
    assert_eq!(paris[0]["value"], "2,100,000");
    let (one, _) = on_facts(dir.path(), &["resolve", "Lyon / population"], 0);
    assert!(one.starts_with("Lyon / population: 500,000"), "{one}");
    let (sources, _) = on_facts(dir.path(), &["sources", "--format", "json"], 0);
    assert!(
        sources.lines().any(|l| l.contains("\"source\":\"c\"")),
        "{sources}"
    );
    on_facts(dir.path(), &["lint"], 0);
}

#[test]
fn a_mapping_that_does_not_parse_is_reported_at_its_position() {
    let dir = folder();
    tables_with(
        dir.path(),
        &[
            ("cities.csv", CITIES),
            ("cities.csv.yaml", "header: true\ncolums: [a]\n"),
        ],
    );
    let found = lint_codes(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "table-mapping-invalid");
    assert_eq!(found[0]["line"], 2, "{found:?}");
    on_facts(dir.path(), &["resolve"], 3);
}

#[test]
fn a_mapping_without_its_table_is_reported() {
    let dir = folder();
    tables_with(dir.path(), &[("gone.csv.yaml", "header: true\n")]);
    let found = lint_codes(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "table-missing");
    assert!(
        found[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("gone.csv.yaml")
    );
    on_facts(dir.path(), &["sources"], 3);
}

#[test]
fn columns_without_a_source_are_reported_at_the_columns_line() {
    let dir = folder();
    let mapping = "# a comment\ncolumns: [object, attribute, value]\n";
    tables_with(
        dir.path(),
        &[("cities.csv", CITIES), ("cities.csv.yaml", mapping)],
    );
    let found = lint_codes(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "table-columns-invalid");
    assert_eq!(found[0]["line"], 2, "{found:?}");
}

#[test]
fn a_table_row_about_a_facts_subject_is_resolved_with_its_claims() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(Path::new("facts"), &dir.path().join("facts"));
    let table = "source,object,value\natlas,tajik-afghan-border-length,1400\n";
    std::fs::write(dir.path().join("border.csv"), table).unwrap();
    run(
        dir.path(),
        &["import", "border.csv", "--header", "--add"],
        0,
    );
    let (out, _) = run(
        dir.path(),
        &["resolve", "tajik-afghan-border-length", "--format", "json"],
        0,
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1, "{out}");
    let reason = lines[0]["reason"].as_str().unwrap();
    assert!(reason.contains("atlas"), "{reason}");
    let (sources, _) = run(dir.path(), &["sources", "--format", "json"], 0);
    assert!(sources.contains("\"source\":\"atlas\""), "{sources}");
}

#[test]
fn a_row_without_a_source_is_a_warning_at_its_row_and_the_rest_is_resolved() {
    let dir = folder();
    let table = format!("{CITIES}\n,Nice,population,340000\n");
    std::fs::write(dir.path().join("cities.csv"), table).unwrap();
    import_add(dir.path(), "cities.csv", 0);
    let (out, _) = on_facts(dir.path(), &["lint", "--format", "json"], 0);
    let found = json_lines(&out);
    assert_eq!(found.len(), 1, "{out}");
    assert_eq!(found[0]["code"], "table-row-unreadable");
    assert_eq!(found[0]["line"], 7, "{out}");
    let (resolved, err) = on_facts(dir.path(), &["resolve"], 0);
    assert!(err.contains("table-row-unreadable"), "{err}");
    assert!(resolved.contains("Lyon / population"), "{resolved}");
}

#[test]
fn a_gzip_table_is_stored_compressed_and_read_back() {
    use std::io::Write as _;
    let dir = folder();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(CITIES.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    std::fs::write(dir.path().join("cities.csv.gz"), &bytes).unwrap();
    import_add(dir.path(), "cities.csv.gz", 0);
    let stored = std::fs::read(dir.path().join("facts/tables/cities.csv.gz")).unwrap();
    assert_eq!(stored, bytes);
    let (out, _) = on_facts(dir.path(), &["resolve", "Paris / population"], 0);
    assert!(out.starts_with("Paris / population: 2,100,000"), "{out}");
}

#[cfg(unix)]
#[test]
fn a_stored_name_that_links_out_of_the_folder_is_refused_and_left_alone() {
    let dir = folder();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.csv");
    std::fs::write(&secret, "keep me\n").unwrap();
    let tables = tables_with(dir.path(), &[]);
    std::os::unix::fs::symlink(&secret, tables.join("cities.csv")).unwrap();
    std::fs::write(dir.path().join("cities.csv"), CITIES).unwrap();
    let (_, err) = import_add(dir.path(), "cities.csv", 64);
    assert!(err.contains("out of the facts folder"), "{err}");
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "keep me\n");
    assert!(!tables.join("cities.csv.yaml").exists());
}
