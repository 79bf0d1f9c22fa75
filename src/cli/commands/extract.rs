//! `crosscheck extract`: command-line arguments and output for the extractor.
//!
//! Reads each file (or `-` for standard input), runs [`crosscheck::extract`] over it and
//! writes either draft claims as YAML (the default, ready to paste into
//! `facts/claims/<source>.yaml`) or one JSON object per mention. Subjects for the
//! suggestions come from `<facts>/subjects.yaml`; a file is a known source when its
//! contents equal `<facts>/sources/<id>.txt` or its file stem is a source id.

use anyhow::Context;
use clap::ValueEnum;
use crosscheck::extract::{self, Mention, MentionValue, SubjectHint};
use crosscheck::load::Input;
use std::collections::HashSet;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// Draft claims in the claims-file format.
    #[default]
    Yaml,
    /// One JSON object per mention (line, start, end, text, value, unit, qualifier, change).
    Jsonl,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  crosscheck extract article.txt\n  crosscheck extract --format jsonl a.txt b.txt\n  cat article.txt | crosscheck extract --source 002_6c53de6ec8552ab4 -"
)]
pub struct ExtractArgs {
    /// Text files to read (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Yaml)]
    pub format: ExtractFormat,
    /// The source id to write in the drafts (default: detected from the facts folder).
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
}

pub fn run(args: &ExtractArgs, facts: &Path) -> anyhow::Result<ExitCode> {
    // Read every input first, so a missing file fails before any output.
    let mut inputs = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let text = read_input(path)?;
        inputs.push((path, text));
    }
    // The facts folder as the loader reads it; its problems are `lint`'s business.
    let facts = &super::facts_dir::read(facts).input;
    let sources = crosscheck::load::sources(facts);
    let published_year = |id: &str| {
        sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.published.year)
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match args.format {
        ExtractFormat::Jsonl => {
            for (path, text) in &inputs {
                let source = args
                    .source
                    .clone()
                    .or_else(|| known_source(facts, path, text));
                let year = source.as_deref().and_then(published_year);
                let mut result = Ok(());
                extract::for_each_mention_dated(text, year, |m| {
                    if result.is_ok() {
                        result = writeln!(out, "{}", extract::jsonl_line(m, text));
                    }
                });
                result.context("writing the output")?;
            }
        }
        ExtractFormat::Yaml => {
            let hints = load_hints(facts);
            let many = inputs.len() > 1;
            for (path, text) in &inputs {
                let source = args
                    .source
                    .clone()
                    .or_else(|| known_source(facts, path, text));
                let year = source.as_deref().and_then(published_year);
                let doc = yaml_drafts(text, source.as_deref(), year, &hints);
                if many {
                    writeln!(out, "--- # {}", path.display())?;
                }
                out.write_all(doc.as_bytes())?;
            }
        }
    }
    out.flush().context("writing the output")?;
    Ok(ExitCode::SUCCESS)
}

fn read_input(path: &Path) -> anyhow::Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read standard input")?;
        return Ok(s);
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "cannot read {}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Subjects from `<facts>/subjects.yaml`; none when the file is absent or does not parse
/// (extraction still works, without suggestions).
fn load_hints(facts: &Input) -> Vec<SubjectHint> {
    let Some(file) = &facts.subjects else {
        return Vec::new();
    };
    let Ok(file) = crosscheck::yaml::from_str::<crosscheck::model::SubjectsFile>(&file.text) else {
        return Vec::new();
    };
    SubjectHint::from_subjects(&file)
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

fn quote(s: &str) -> String {
    // JSON strings are valid YAML double-quoted scalars.
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// The sentence as a quote: whitespace collapsed, Markdown links and emphasis removed.
fn clean_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("](") {
        let (before, after) = rest.split_at(i);
        match after.find(')') {
            Some(close) => {
                out.push_str(&before.replacen('[', "", 1));
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    let out = out.replace("**", "");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn yaml_drafts(
    text: &str,
    source: Option<&str>,
    year: Option<i32>,
    hints: &[SubjectHint],
) -> String {
    let mut doc = String::new();
    doc.push_str("# Draft claims proposed by `crosscheck extract`: check each value against its\n");
    doc.push_str("# quote, choose the subject, and delete what is not a claim.\n");
    match source {
        Some(id) => doc.push_str(&format!("source: {}\n", quote(id))),
        None => doc.push_str("source: \"\" # TODO: the source id\n"),
    }
    doc.push_str("claims:\n");
    let mut ids: HashSet<String> = HashSet::new();
    let mut count = 0;
    extract::for_each_mention_dated(text, year, |m: &Mention| {
        count += 1;
        let sentence = &text[m.sentence.clone()];
        let subject = extract::suggest_subject(m, sentence, hints);
        let base = match subject {
            Some(h) => format!("{}-l{}", h.key, m.line),
            None => format!("draft-l{}", m.line),
        };
        let mut id = base.clone();
        let mut k = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        let (value, lost_unit) = extract::draft_value(m);
        doc.push_str(&format!("  - id: {}\n", quote(&id)));
        match subject {
            Some(h) => doc.push_str(&format!("    subject: {}\n", quote(&h.key))),
            None => doc.push_str("    # subject: TODO (no subject suggested)\n"),
        }
        doc.push_str(&format!("    value: {}\n", quote(&value)));
        let mut notes = vec![
            format!("line {}", m.line),
            format!("text {}", quote(m.text(text))),
        ];
        if lost_unit && let Some(u) = &m.unit {
            notes.push(format!("unit {}", u.name));
        }
        if let Some(c) = m.change {
            notes.push(format!("change {}", c.code()));
        }
        if let Some(t) = m.total {
            notes.push(format!("of a total of {t}"));
        }
        if matches!(m.value, MentionValue::Date(_)) {
            notes.push("a date".into());
        }
        doc.push_str(&format!("    quote: {}\n", quote(&clean_quote(sentence))));
        doc.push_str(&format!("    # {}\n", notes.join("; ")));
    });
    if count == 0 {
        doc.truncate(doc.len() - "claims:\n".len());
        doc.push_str("claims: []\n");
    }
    doc
}
