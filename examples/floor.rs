//! The floor of the scale benchmark (`bench/scale.sh`): reads every file of a facts folder
//! and deserialises its YAML (or JSON Lines) into plain structs with the same parser and
//! limits crosscheck uses, and nothing else — no positions kept, no validation, no
//! comparison. Archived texts are read, not parsed. One thread.
//!
//! Usage: cargo run --release --example floor -- FACTS_DIR

use serde::Deserialize;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
#[allow(dead_code)]
struct Sources {
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Source {
    id: String,
    publisher: String,
    title: Option<String>,
    published: String,
    url: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Subjects {
    subjects: Vec<Subject>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Subject {
    key: String,
    label: String,
    dimension: String,
    unit: Option<String>,
    tolerance: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    changes: bool,
    window: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Claims {
    source: String,
    claims: Vec<Claim>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Claim {
    /// Only in JSON Lines, where each line names its source.
    source: Option<String>,
    id: String,
    subject: String,
    value: String,
    quote: String,
    claimant: Option<String>,
    claimant_role: Option<String>,
    origin: Option<String>,
    via: Option<String>,
    as_of: Option<String>,
    rank: Option<String>,
    rank_reason: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Flags {
    #[serde(default)]
    flags: Vec<Flag>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Flag {
    conflict: String,
    status: Option<String>,
    reason: String,
    by: Option<String>,
    date: Option<String>,
    claim: Option<String>,
}

fn yaml<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let text = fs::read_to_string(path).ok()?;
    Some(crosscheck::yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// The files of `dir` ending in `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.to_string_lossy().ends_with(ext));
    v.sort();
    v
}

fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: floor FACTS_DIR"));
    let mut entries = 0usize;
    let mut text_bytes = 0usize;
    let lists = |name: &str| {
        let mut v: Vec<_> = [root.join(format!("{name}.yaml"))]
            .into_iter()
            .filter(|p| p.exists())
            .collect();
        v.extend(files(&root.join(name), ".yaml"));
        v
    };
    for p in lists("sources") {
        entries += yaml::<Sources>(&p).map_or(0, |s| s.sources.len());
    }
    for p in lists("subjects") {
        entries += yaml::<Subjects>(&p).map_or(0, |s| s.subjects.len());
    }
    entries += yaml::<Flags>(&root.join("flags.yaml")).map_or(0, |f| f.flags.len());
    for p in files(&root.join("claims"), ".yaml") {
        entries += yaml::<Claims>(&p).map_or(0, |c| c.claims.len());
    }
    for p in files(&root.join("claims"), ".jsonl") {
        let text = fs::read_to_string(&p).expect("read");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let _: Claim = serde_json::from_str(line).expect("json");
            entries += 1;
        }
    }
    for p in files(&root.join("sources"), ".txt") {
        text_bytes += fs::read(&p).map_or(0, |b| b.len());
    }
    eprintln!("floor: {entries} entries, {text_bytes} bytes of text");
}
