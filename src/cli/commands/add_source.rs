//! `crosscheck add-source FILE|- --id ID --publisher P --published DATE [--url] [--title]
//! [--draft]`: archives an article in the facts folder. The text (HTML made readable by
//! [`crosscheck::archive`]) goes to `sources/<id>.txt`, the entry to `sources.yaml` as a
//! text edit ([`crosscheck::sources_edit`], comments kept, read back before writing), and
//! with `--draft` the extractor's drafts to `claims/<id>.yaml`.
//!
//! Everything is checked before anything is written (a usage error, 64, otherwise): the id
//! is valid and new, no file of that id exists, the date parses, the folder has a
//! `sources.yaml`. The writing happens under the folder's writer lock (`atomic::Lock`, as
//! for `flag` and `prune`), with sources.yaml read and the id checked again under it.
//! Each file is written atomically; when a later write fails, the files
//! written before it are removed again, so the folder never holds half a source.

use super::extract::{load_hints, read_input};
use crate::cli::args::{AddSourceArgs, Cli};
use crate::cli::atomic;
use crate::cli::error::CliError;
use crate::cli::facts_dir;
use crate::cli::output;
use anyhow::Context;
use crosscheck::load::layout::{self, Slot};
use crosscheck::load::{CLAIMS_DIR, SOURCES_FILE, TEXTS_DIR, valid_source_id};
use crosscheck::sources_edit::{self, NewSource};
use crosscheck::value::Date;
use std::path::{Path, PathBuf};

pub fn run(cli: &Cli, args: &AddSourceArgs) -> Result<(), CliError> {
    let facts = &cli.facts;
    let sources_path = facts.join(SOURCES_FILE);
    let old = read_sources(&sources_path)?;
    let text_path = facts.join(TEXTS_DIR).join(format!("{}.txt", args.id));
    let claims_path = facts.join(CLAIMS_DIR).join(format!("{}.yaml", args.id));
    let entry = new_source(args)?;
    check_new(&old, &part_ids(facts), args, &text_path, &claims_path)?;
    // The text is archived as a facts file, so it has a facts file's limit.
    let raw = read_input(&args.file, crosscheck::yaml::MAX_FILE_BYTES)?;
    let html = crosscheck::archive::is_html(&raw)
        || args
            .file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let text = crosscheck::archive::readable_text(&raw, html)
        .map_err(|e| CliError::usage(format!("{}: {e}", args.file.display())))?;
    let drafts = args.draft.then(|| {
        let hints = load_hints(&facts_dir::read(facts).input);
        let year = Date::parse(&entry.published).ok().map(|d| d.year);
        crosscheck::extract::yaml_drafts(&text, Some(&args.id), year, &hints)
    });

    // One writer at a time (as `flag` and `prune`): sources.yaml is read again under the
    // lock, and the id and files checked again, so a writer that came between keeps its
    // entry and two writers never add the same source.
    let _lock = lock(&sources_path)?;
    let now = read_sources(&sources_path)?;
    if now != old {
        eprintln!(
            "note: {} changed since it was read (another writer); the entry is added to its new version",
            sources_path.display()
        );
    }
    check_new(&now, &part_ids(facts), args, &text_path, &claims_path)?;
    let new = sources_edit::append(&now, &entry)
        .with_context(|| format!("cannot edit {}", sources_path.display()))?;

    let mut written: Vec<PathBuf> = Vec::new();
    let result = write_all(
        &mut written,
        &text_path,
        &text,
        &sources_path,
        &new,
        drafts.as_deref().map(|d| (claims_path.as_path(), d)),
    );
    if let Err(e) = result {
        for p in written.iter().filter(|p| **p != sources_path) {
            let _ = std::fs::remove_file(p);
        }
        return Err(e.into());
    }
    eprintln!(
        "archived {} ({} {}, {} paragraphs)",
        text_path.display(),
        if html { "HTML made text," } else { "text," },
        bytes(text.len()),
        text.split("\n\n").filter(|p| !p.trim().is_empty()).count()
    );
    eprintln!("added {} to {}", args.id, sources_path.display());
    if let Some(d) = &drafts {
        let n = d
            .lines()
            .filter(|l| l.trim_start().starts_with("- id:"))
            .count();
        eprintln!(
            "drafted {n} claim{} in {}: check each value against its quote, choose its subject, delete what is not a claim; then `crosscheck lint`",
            if n == 1 { "" } else { "s" },
            claims_path.display()
        );
    }
    Ok(())
}

/// sources.yaml as it is on disk; its absence is a usage error (no facts folder there).
fn read_sources(path: &Path) -> Result<String, CliError> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let folder = path.parent().unwrap_or(Path::new("."));
            Err(CliError::usage(format!(
                "{} does not exist: start a facts folder with `crosscheck init {}`",
                path.display(),
                folder.display()
            )))
        }
        Err(e) => Err(anyhow::Error::new(e)
            .context(format!("cannot read {}", path.display()))
            .into()),
    }
}

/// The facts folder's writer lock, with a killed run's temporary files of sources.yaml
/// removed.
fn lock(sources_path: &Path) -> Result<atomic::Lock, CliError> {
    let lock = atomic::Lock::acquire(sources_path)?;
    for p in lock.remove_leftovers(sources_path) {
        output::note(&format!(
            "removed {} (left by a run that was killed)",
            p.display()
        ));
    }
    Ok(lock)
}

/// The entry to add, with its date and publisher checked.
fn new_source(args: &AddSourceArgs) -> Result<NewSource, CliError> {
    let mut problems = Vec::new();
    if !valid_source_id(&args.id) {
        problems.push(format!(
            "--id {:?} is not a source id: use letters, digits, '-', '_' and '.' (at most 128)",
            args.id
        ));
    }
    if args.publisher.trim().is_empty() {
        problems.push("--publisher is empty: name the outlet".to_string());
    }
    if let Err(e) = Date::parse(&args.published) {
        problems.push(format!(
            "--published {:?} is not a date ({e}): write YYYY-MM-DD, YYYY-MM or YYYY",
            args.published
        ));
    }
    if !problems.is_empty() {
        return Err(CliError::Usage {
            errors: problems,
            note: Some("nothing was written"),
        });
    }
    let opt = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
    Ok(NewSource {
        id: args.id.clone(),
        publisher: args.publisher.trim().to_string(),
        title: opt(&args.title),
        published: args.published.clone(),
        url: opt(&args.url),
    })
}

/// The source ids of the parts of a split list of sources (`sources/*.yaml`); a part
/// that does not parse is left to `lint`.
fn part_ids(facts: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(facts.join(TEXTS_DIR)) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for e in entries.filter_map(Result::ok) {
        let rel = format!("{TEXTS_DIR}/{}", e.file_name().to_string_lossy());
        if layout::classify(&rel) == Some(Slot::Sources)
            && let Ok(text) = std::fs::read_to_string(e.path())
        {
            ids.extend(sources_edit::ids(&text).unwrap_or_default());
        }
    }
    ids
}

/// The id is new (in sources.yaml, whose text is `old`, and in the list's parts), and
/// none of the files it names exists.
fn check_new(
    old: &str,
    in_parts: &[String],
    args: &AddSourceArgs,
    text: &Path,
    claims: &Path,
) -> Result<(), CliError> {
    let ids = sources_edit::ids(old).map_err(|e| CliError::usage(e.to_string()))?;
    let mut problems = Vec::new();
    if in_parts.contains(&args.id) {
        problems.push(format!(
            "a part of the list of sources ({TEXTS_DIR}/*.yaml) has a source {} already",
            args.id
        ));
    }
    if ids.contains(&args.id) {
        problems.push(format!("sources.yaml has a source {} already", args.id));
    }
    if text.exists() {
        problems.push(format!("{} exists already", text.display()));
    }
    if args.draft && claims.exists() {
        problems.push(format!(
            "{} exists already (leave out --draft, or move it away)",
            claims.display()
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(CliError::Usage {
        errors: problems,
        note: Some("nothing was written"),
    })
}

/// Writes the text, then sources.yaml, then the drafts, recording each file written.
fn write_all(
    written: &mut Vec<PathBuf>,
    text_path: &Path,
    text: &str,
    sources_path: &Path,
    sources: &str,
    drafts: Option<(&Path, &str)>,
) -> anyhow::Result<()> {
    for dir in [text_path.parent(), drafts.and_then(|(p, _)| p.parent())]
        .into_iter()
        .flatten()
    {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    atomic::write(text_path, text)?;
    written.push(text_path.to_path_buf());
    if let Some((path, d)) = drafts {
        atomic::write(path, d)?;
        written.push(path.to_path_buf());
    }
    atomic::write(sources_path, sources)?;
    written.push(sources_path.to_path_buf());
    Ok(())
}

fn bytes(n: usize) -> String {
    if n < 10_000 {
        format!("{n} bytes")
    } else {
        format!("{} kB", n / 1000)
    }
}
