//! The YAML export for editors (`crosscheck export`): every subject with its verdict,
//! clusters, claims and citations, and for each conflict a ready-to-paste flag entry.
//! Subjects are in key order and nothing depends on time or file order, so re-exporting
//! after a small change gives a small diff.

use super::Summary;
use crate::findings::{Findings, Group, SubjectFinding};
use serde::Serialize;

#[derive(Serialize)]
struct Export<'a> {
    crosscheck: &'static str,
    summary: Summary,
    subjects: Vec<SubjectOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stale_flags: &'a Vec<crate::findings::StaleFlag>,
}

#[derive(Serialize)]
pub(super) struct SubjectOut<'a> {
    #[serde(flatten)]
    pub(super) subject: &'a SubjectFinding,
    /// Entries to paste into facts/flags.yaml (or load with `crosscheck flag --from`),
    /// one per unflagged conflict, with the reason left for the editor.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) flag_entries: Vec<FlagEntryOut>,
}

/// The same fields as an entry of facts/flags.yaml.
#[derive(Serialize)]
pub struct FlagEntryOut {
    pub conflict: String,
    pub status: &'static str,
    pub reason: String,
    pub by: String,
}

pub fn flag_entries(g: &Group) -> Option<FlagEntryOut> {
    let c = g.conflict.as_ref()?;
    if c.flag.is_some() {
        return None;
    }
    Some(FlagEntryOut {
        conflict: c.id.clone(),
        status: "open",
        reason: String::new(),
        by: String::new(),
    })
}

/// The export's YAML. Its subjects are serialised in chunks on every core and joined: a
/// top-level sequence is written as it is under the document's `subjects:` key (items at
/// the key's own indentation), so the text is the one document's byte for byte (a test
/// compares them).
pub fn render(findings: &Findings) -> Result<String, crate::yaml::YamlError> {
    render_in_chunks(findings, CHUNK)
}

/// [`render`] as consecutive parts, for a writer that takes them one after the other
/// without joining them into one text first.
pub fn parts(findings: &Findings) -> Result<Vec<String>, crate::yaml::YamlError> {
    parts_in_chunks(findings, CHUNK)
}

/// Subjects serialised at a time.
const CHUNK: usize = 256;

/// [`render`] with `chunk` subjects serialised at a time.
pub fn render_in_chunks(
    findings: &Findings,
    chunk: usize,
) -> Result<String, crate::yaml::YamlError> {
    parts_in_chunks(findings, chunk).map(super::join)
}

/// [`write_parts`] joined, with `chunk` subjects serialised and `window` chunks written at
/// a time.
pub fn render_in_windows(
    findings: &Findings,
    chunk: usize,
    window: usize,
) -> Result<String, crate::yaml::YamlError> {
    let mut parts = Vec::new();
    write_in_chunks(findings, chunk, window, |p| {
        parts.extend(p);
        Ok::<_, crate::yaml::YamlError>(())
    })?;
    Ok(super::join(parts))
}

/// [`parts`] with `chunk` subjects serialised at a time.
pub fn parts_in_chunks(
    findings: &Findings,
    chunk: usize,
) -> Result<Vec<String>, crate::yaml::YamlError> {
    let mut parts = Vec::new();
    write_in_chunks(findings, chunk, usize::MAX, |p| {
        parts.extend(p);
        Ok::<_, crate::yaml::YamlError>(())
    })?;
    Ok(parts)
}

/// [`parts`] handed to `write` in order, 16 chunks at a time (each window's chunks
/// serialised on every core, the next window's while one is written on a thread of its
/// own: `render::pipelined`): the whole text is never in memory at once (about 600 MB at
/// a million claims), and the memory of a window's text serves a later one.
pub fn write_parts<E: From<crate::yaml::YamlError> + Send>(
    findings: &Findings,
    write: impl FnMut(Vec<String>) -> Result<(), E> + Send,
) -> Result<(), E> {
    write_in_chunks(findings, CHUNK, WINDOW, write)
}

/// Chunks serialised before they are written: 16 × 256 subjects, ~13 MB of text (enough
/// for both cores; 64 held ~40 MB more at the peak, decision 203).
const WINDOW: usize = 16;

/// [`write_parts`] with `chunk` subjects serialised at a time, `window` chunks written at
/// a time.
fn write_in_chunks<E: From<crate::yaml::YamlError> + Send>(
    findings: &Findings,
    chunk: usize,
    window: usize,
    mut write: impl FnMut(Vec<String>) -> Result<(), E> + Send,
) -> Result<(), E> {
    use rayon::prelude::*;
    if findings.subjects.is_empty() || chunk == 0 {
        return write(vec![render_whole(findings)?]);
    }
    let head = crate::yaml::to_string(&Head {
        crosscheck: NOTE,
        summary: Summary::of(findings),
    })?;
    write(vec![TITLE.to_string(), head, "subjects:\n".to_string()])?;
    super::pipelined(
        findings.subjects.chunks(chunk.saturating_mul(window)),
        |subjects| {
            (subjects.par_chunks(chunk))
                .map(|chunk| serialise(chunk.iter().map(subject_out).collect::<Vec<_>>(), chunk))
                .collect::<Result<Vec<String>, _>>()
                .map_err(E::from)
        },
        &mut write,
    )?;
    let tail = match findings.stale_flags.is_empty() {
        true => String::new(),
        false => crate::yaml::to_string(&Tail {
            stale_flags: &findings.stale_flags,
        })?,
    };
    write(vec![tail])
}

/// A chunk's subjects as YAML (written directly, decision 135; a subject with a scalar the
/// direct writer cannot place goes through serde-saphyr), into a text sized for them at once (growing it by doubling
/// copied and touched every chunk's text about twice).
fn serialise(
    items: Vec<SubjectOut>,
    subjects: &[SubjectFinding],
) -> Result<String, crate::yaml::YamlError> {
    // Claims as their clusters list them (a claim compatible with two clusters twice):
    // a guess of the size, counted without collecting them.
    let claims: usize = (subjects.iter())
        .flat_map(|s| s.groups.iter().flat_map(|g| &g.clusters))
        .map(|k| k.claims.len() + k.compatible.len())
        .sum::<usize>()
        + subjects.iter().map(|s| s.set_aside.len()).sum::<usize>();
    let mut out =
        String::with_capacity(BYTES_PER_SUBJECT * subjects.len() + BYTES_PER_CLAIM * claims);
    for (i, item) in items.iter().enumerate() {
        if let Some(ahead) = items.get(i + AHEAD) {
            super::export_yaml::prefetch(ahead.subject);
        }
        let start = out.len();
        if super::export_yaml::subject(&mut out, item).is_err() {
            out.truncate(start);
            saphyr(&mut out, std::slice::from_ref(item))?;
        }
    }
    Ok(out)
}

/// How many subjects ahead of the one written their claims' texts are fetched
/// (`export_yaml::prefetch`).
const AHEAD: usize = 4;

/// `items` as serde-saphyr writes them, appended to `out`.
fn saphyr(out: &mut String, items: &[SubjectOut]) -> Result<(), crate::yaml::YamlError> {
    serde_saphyr::to_fmt_writer(out, &items).map_err(|e| crate::yaml::YamlError {
        kind: crate::yaml::YamlErrorKind::Syntax,
        message: e.to_string(),
        line: 0,
        column: 0,
    })
}

/// About what a subject's fields and a claim take in the export (measured on generated
/// corpora: ~3.1 kB per subject of 5 claims): the first guess of a chunk's size.
const BYTES_PER_SUBJECT: usize = 640;
const BYTES_PER_CLAIM: usize = 512;

/// The first line of the export.
const TITLE: &str = "# crosscheck export: every subject, its verdict, clusters and citations.\n";

/// The export's `crosscheck` field: what to do with it.
const NOTE: &str = "export v1: fill in the flag_entries (status, reason, by; claim for mistaken and wrong-subject) and load them with `crosscheck flag --from FILE`, or paste them into facts/flags.yaml";

/// The fields before `subjects`, and after them.
#[derive(Serialize)]
struct Head {
    crosscheck: &'static str,
    summary: Summary,
}

#[derive(Serialize)]
struct Tail<'a> {
    stale_flags: &'a Vec<crate::findings::StaleFlag>,
}

fn subject_out(s: &SubjectFinding) -> SubjectOut<'_> {
    SubjectOut {
        subject: s,
        flag_entries: s.groups.iter().filter_map(flag_entries).collect(),
    }
}

/// The export as one document, serialised at once: what [`render`] must equal.
pub fn render_whole(findings: &Findings) -> Result<String, crate::yaml::YamlError> {
    let doc = Export {
        crosscheck: NOTE,
        summary: Summary::of(findings),
        subjects: findings.subjects.iter().map(subject_out).collect(),
        stale_flags: &findings.stale_flags,
    };
    let body = crate::yaml::to_string(&doc)?;
    Ok(format!("{TITLE}{body}"))
}
