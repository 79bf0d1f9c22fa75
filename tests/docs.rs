//! The documentation keeps up with the code: every diagnostic code is documented.

use crosscheck::diagnostic::Code;

#[test]
fn every_diagnostic_code_is_documented_once() {
    let doc = std::fs::read_to_string("docs/diagnostics.md").unwrap();
    for code in Code::ALL {
        let heading = format!("### `{}`", code.as_str());
        assert_eq!(
            doc.matches(&heading).count(),
            1,
            "docs/diagnostics.md needs exactly one heading {heading}"
        );
    }
    let documented = doc.lines().filter(|l| l.starts_with("### `")).count();
    assert_eq!(
        documented,
        Code::ALL.len(),
        "docs/diagnostics.md documents codes the code does not have"
    );
}

#[test]
fn readme_names_the_test_command() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("cargo test"));
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(ci.contains("cargo test"));
}
