//! The JSON Schemas under docs/schema/ are generated from the same types the loader reads,
//! so an editor's completion and validation match crosscheck's. Run with
//! `UPDATE_SCHEMAS=1 cargo test --test schema` after changing the model.

#[test]
fn committed_schemas_match_the_model() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (name, schema) in crosscheck::model::schemas() {
        let path = std::path::Path::new("docs/schema").join(name);
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        if update {
            std::fs::create_dir_all("docs/schema").unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (run UPDATE_SCHEMAS=1 cargo test --test schema): {stale:?}"
    );
}

#[test]
fn corpus_files_point_editors_at_their_schema() {
    let check = |path: &std::path::Path, schema: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        let line = format!("# yaml-language-server: $schema={schema}");
        assert!(
            text.lines().next() == Some(line.as_str()),
            "{} should start with {line}",
            path.display()
        );
    };
    check("facts/sources.yaml".as_ref(), "../docs/schema/sources.json");
    check(
        "facts/subjects.yaml".as_ref(),
        "../docs/schema/subjects.json",
    );
    check("facts/flags.yaml".as_ref(), "../docs/schema/flags.json");
    for e in std::fs::read_dir("facts/claims").unwrap() {
        check(&e.unwrap().path(), "../../docs/schema/claims.json");
    }
}
