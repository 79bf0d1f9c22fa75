//! `crosscheck init [DIR]`: a new facts folder — `sources.yaml`, `subjects.yaml`,
//! `flags.yaml` and `parties.yaml` with empty lists under comments that explain each field
//! and show an example, a README showing a claims file, `claims/` and `sources/`,
//! and the JSON Schemas under `.schema/` that the files' `yaml-language-server` comments
//! point at (generated from the same types the loader reads). The folder lints clean as
//! it is. Nothing is overwritten: a folder that already holds any of these files is a
//! usage error. Standard output gets the next steps and a CI snippet.
//!
//! The templates are data files beside this one (`src/cli/init/`).

use crate::cli::args::{Cli, InitArgs};
use crate::cli::atomic;
use crate::cli::error::CliError;
use crate::cli::output::out;
use anyhow::Context;
use crosscheck::load::layout::{
    CLAIMS_DIR, FLAGS_FILE, PARTIES_FILE, SOURCES_FILE, SUBJECTS_FILE, TEXTS_DIR,
};
use std::path::Path;

/// The files `init` writes, by path under the facts folder. The README (how a claims file
/// looks) stands at the top, where the loader reads only its own file names: in `claims/`
/// any other file is reported as `ignored-file`.
const FILES: [(&str, &str); 5] = [
    (SOURCES_FILE, include_str!("../init/sources.yaml")),
    (SUBJECTS_FILE, include_str!("../init/subjects.yaml")),
    (FLAGS_FILE, include_str!("../init/flags.yaml")),
    (PARTIES_FILE, include_str!("../init/parties.yaml")),
    ("README.md", include_str!("../init/claims.md")),
];

/// Where the schemas go, under the facts folder (hidden: the loader never reads it).
const SCHEMA_DIR: &str = ".schema";

pub fn run(cli: &Cli, args: &InitArgs) -> Result<(), CliError> {
    let dir = args.dir.as_deref().unwrap_or(&cli.facts);
    let taken: Vec<String> = FILES
        .iter()
        .map(|(rel, _)| *rel)
        .filter(|rel| dir.join(rel).exists())
        .map(|rel| dir.join(rel).display().to_string())
        .collect();
    if !taken.is_empty() {
        return Err(CliError::Usage {
            errors: taken
                .into_iter()
                .map(|p| format!("{p} exists already"))
                .collect(),
            note: Some("nothing was written: init only starts a new facts folder"),
        });
    }
    for sub in [CLAIMS_DIR, TEXTS_DIR, SCHEMA_DIR] {
        let p = dir.join(sub);
        std::fs::create_dir_all(&p).with_context(|| format!("cannot create {}", p.display()))?;
    }
    for (name, schema) in crosscheck::model::schemas() {
        let text = serde_json::to_string_pretty(&schema).context("writing a schema")? + "\n";
        atomic::write(&dir.join(SCHEMA_DIR).join(name), &text)?;
    }
    for (rel, text) in FILES {
        atomic::write(&dir.join(rel), text)?;
    }
    eprintln!("created {}", shown(dir));
    out(&include_str!("../init/ci.txt").replace("{dir}", &shown(dir)))?;
    Ok(())
}

fn shown(dir: &Path) -> String {
    dir.display().to_string()
}
