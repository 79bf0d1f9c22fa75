//! Help that travels with the binary: `crosscheck help format` carries the file formats
//! and the value grammar, and every pointer in a diagnostic or a message names it, not a
//! file of the repository that a user of `cargo install` does not have.

mod common;

#[test]
fn help_format_carries_the_file_formats_and_the_value_grammar() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = common::run_in(dir.path(), &["help", "format"], 0);
    for heading in [
        "## The facts folder",
        "### sources.yaml",
        "### subjects.yaml",
        "### claims/<source-id>.yaml",
        "### flags.yaml",
        "## The value grammar",
        "## Limits",
    ] {
        assert!(out.contains(&format!("{heading}\n")), "missing {heading}");
    }
    assert!(out.contains("more than 1,300"), "the grammar's examples");
    assert!(!out.contains("## Commands"), "commands are in --help");
}

#[test]
fn help_names_a_commands_help_and_refuses_an_unknown_topic() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = common::run_in(dir.path(), &["help", "add-source"], 0);
    assert!(out.contains("Usage: crosscheck add-source"), "{out}");
    let (out, _) = common::run_in(dir.path(), &["help"], 0);
    assert!(out.contains("crosscheck help format"), "{out}");
    let (_, err) = common::run_in(dir.path(), &["help", "formats"], 64);
    assert!(err.contains("no command or topic \"formats\""), "{err}");
}

#[test]
fn messages_point_to_help_format_not_to_repository_files() {
    for file in [
        "src/load/diags.rs",
        "src/cli/facts_dir.rs",
        "src/cli/commands/add_source.rs",
    ] {
        let text = std::fs::read_to_string(file).unwrap();
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        assert!(
            !code.contains("docs/reference.md"),
            "{file} points to docs/reference.md"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("facts")).unwrap();
    let (_, err) = common::run_in(dir.path(), &["lint"], 3);
    assert!(
        err.contains("`crosscheck help format`") || err.is_empty(),
        "{err}"
    );
}
