//! `crosscheck extract`: reads each file (or `-` for standard input), runs
//! [`crosscheck::extract`] over it and writes either draft claims as YAML (the default,
//! ready to paste into `facts/claims/<source>.yaml`; written by
//! [`crosscheck::extract::yaml_drafts`]) or one JSON object per mention.
//!
//! The facts folder is read as the loader reads it: subjects for the suggestions come from
//! its `subjects.yaml`, a source's publication year (for dates without one) from the valid
//! sources of `sources.yaml`, and a file is a known source when its stem is the id of an
//! archived source text or its contents equal one. The folder's problems are `lint`'s
//! business: extraction works without it.

use crate::cli::args::{ExtractArgs, ExtractFormat};
use crate::cli::error::CliError;
use crate::cli::{facts_dir, open};
use anyhow::Context;
use crosscheck::extract::{self, SubjectHint};
use crosscheck::load::{self, Input};
use crosscheck::model::{Source, SubjectsFile};
use std::io::{BufWriter, Read, Write};
use std::path::Path;

pub fn run(args: &ExtractArgs, facts: &Path) -> Result<(), CliError> {
    // Read every input first, so a missing file fails before any output.
    let mut inputs = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let text = read_input(path, open::MAX_EXTRACT_BYTES)?;
        inputs.push((path, text));
    }
    let facts = facts_dir::read(facts).input;
    let sources = load::sources(&facts);
    let hints = match args.format {
        ExtractFormat::Yaml => load_hints(&facts),
        ExtractFormat::Jsonl => Vec::new(),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    for (path, text) in &inputs {
        let source = args
            .source
            .clone()
            .or_else(|| known_source(&facts, path, text));
        let year = source
            .as_deref()
            .and_then(|id| published_year(&sources, id));
        match args.format {
            ExtractFormat::Jsonl => write_jsonl(&mut out, text, year)?,
            ExtractFormat::Yaml => {
                if inputs.len() > 1 {
                    writeln!(out, "--- # {}", path.display())?;
                }
                extract::write_yaml_drafts(&mut out, text, source.as_deref(), year, &hints)
                    .context("writing the output")?;
            }
        }
    }
    out.flush().context("writing the output")?;
    Ok(())
}

/// One JSON line per mention of `text`.
fn write_jsonl(out: &mut impl Write, text: &str, year: Option<i32>) -> anyhow::Result<()> {
    // Lines are gathered in one buffer and written out every 64 kB.
    let mut buf = Vec::with_capacity(1 << 17);
    let mut result = Ok(());
    extract::for_each_mention_dated(text, year, |m| {
        if result.is_ok() {
            extract::write_jsonl_line(&mut buf, m, text);
            buf.push(b'\n');
            if buf.len() >= 1 << 16 {
                result = out.write_all(&buf);
                buf.clear();
            }
        }
    });
    result
        .and_then(|()| out.write_all(&buf))
        .context("writing the output")
}

/// A file (or `-`, standard input) to read as text, within `limit` bytes.
pub(super) fn read_input(path: &Path, limit: u64) -> anyhow::Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .take(limit + 1)
            .read_to_string(&mut s)
            .context("cannot read standard input")?;
        if s.len() as u64 > limit {
            anyhow::bail!(
                "cannot read standard input: it is larger than the limit of {limit} bytes"
            );
        }
        return Ok(s);
    }
    let bytes = open::read_bounded_limited(path, limit)
        .map_err(|r| anyhow::anyhow!("cannot read {}: {}", path.display(), r.reason()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "cannot read {}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Subjects from the facts' list of subjects (every part of it that parses); none when it
/// is absent or does not parse (extraction still works, without suggestions).
pub(super) fn load_hints(facts: &Input) -> Vec<SubjectHint> {
    facts
        .subjects
        .iter()
        .filter_map(|f| crosscheck::yaml::from_str::<SubjectsFile>(&f.text).ok())
        .flat_map(|file| SubjectHint::from_subjects(&file))
        .collect()
}

/// The source id of a file: its stem is the id of an archived source text, or its
/// contents equal one.
fn known_source(facts: &Input, path: &Path, text: &str) -> Option<String> {
    if let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        && path.as_os_str() != "-"
        && facts.texts.contains_key(stem)
    {
        return Some(stem.to_string());
    }
    facts
        .texts
        .iter()
        .find(|(_, t)| t.as_str() == text)
        .map(|(id, _)| id.clone())
}

/// A valid source's publication year, for dates written without a year.
fn published_year(sources: &[Source], id: &str) -> Option<i32> {
    sources
        .iter()
        .find(|s| s.id == id)
        .and_then(|s| s.published.map(|d| d.year))
}
