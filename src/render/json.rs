//! JSON lines: one subject finding per line (`report`), or one gate finding per line
//! (`check`: unflagged conflicts, then stale flags); the same values as the table and the
//! export. `export --format jsonl` writes every claim and every subject finding, one a
//! line, for engines that partition by subject key (docs/scale.md).

use super::Gate;
use crate::findings::{Findings, SubjectFinding};
use crate::model::Corpus;

/// One line per subject finding, in the order given; the lines are written on every core.
pub fn subjects<'a>(subjects: impl IntoIterator<Item = &'a SubjectFinding>) -> String {
    super::join(subjects_parts(subjects))
}

/// [`subjects`] as consecutive parts, for a writer that takes them one after the other.
pub fn subjects_parts<'a>(subjects: impl IntoIterator<Item = &'a SubjectFinding>) -> Vec<String> {
    let subjects: Vec<&SubjectFinding> = subjects.into_iter().collect();
    // Serialised straight into the chunk's text; plain owned data cannot fail.
    lines(&subjects, |s, out| serde_json::to_writer(out, s).is_ok())
}

/// Lines written at a time on one core.
const LINES: usize = 512;

/// Each item's line (none where `line` writes nothing and says so), written on every core
/// a chunk at a time straight into the chunk's text, as consecutive parts.
fn lines<T: Sync>(items: &[T], line: impl Fn(&T, &mut Vec<u8>) -> bool + Sync) -> Vec<String> {
    use rayon::prelude::*;
    items
        .par_chunks(LINES)
        .map(|chunk| {
            let mut out = Vec::with_capacity(1024 * chunk.len());
            for item in chunk {
                let start = out.len();
                if line(item, &mut out) {
                    out.push(b'\n');
                } else {
                    out.truncate(start);
                }
            }
            // serde_json writes UTF-8 only.
            String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
        })
        .collect()
}

/// The gate as JSON lines: one line per unflagged conflict (`"code":"unflagged-conflict"`,
/// with `"fails"` telling whether it fails the gate and, under `--since`, `"baseline"`
/// `new` or `unchanged`), then one line per stale flag (`"code":"stale-flag"`).
pub fn conflicts(gate: &Gate) -> String {
    let mut out = String::new();
    for (s, g, c) in gate.findings.unflagged() {
        let mut line = serde_json::json!({
            "kind": "conflict",
            "code": "unflagged-conflict",
            "id": c.id,
            "subject": s.key,
            "label": s.label,
            "fails": gate.is_new(&c.id),
            "group": g,
        });
        if gate.baseline.is_some() {
            line["baseline"] = (if gate.is_new(&c.id) {
                "new"
            } else {
                "unchanged"
            })
            .into();
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    for f in &gate.findings.stale_flags {
        let mut line = serde_json::json!({
            "kind": "stale-flag",
            "code": "stale-flag",
            "fails": gate.deny_stale,
        });
        if let (Some(obj), Ok(serde_json::Value::Object(flag))) =
            (line.as_object_mut(), serde_json::to_value(f))
        {
            obj.extend(flag);
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// Every claim (`"kind":"claim"`, in corpus order) and then every subject finding
/// (`"kind":"subject"`, as `report --format json` writes them) as JSON lines. A claim's
/// line carries its subject key (the partition key), its source and the source's
/// publication date, its value as written and as an interval on the subject's axis (the
/// subject's unit, or days since 1970-01-01 for dates; an open end is `null`), and its
/// citation.
pub fn export(corpus: &Corpus, findings: &Findings) -> String {
    super::join(export_parts(corpus, findings))
}

/// [`export`] as consecutive parts, for a writer that takes them one after the other.
pub fn export_parts(corpus: &Corpus, findings: &Findings) -> Vec<String> {
    export_in_windows(corpus, findings, usize::MAX)
}

/// [`export_parts`] with `window` lines handed on at a time.
pub fn export_in_windows(corpus: &Corpus, findings: &Findings, window: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let done: Result<(), std::convert::Infallible> =
        write_export_in(corpus, findings, window, |p| {
            parts.extend(p);
            Ok(())
        });
    let Ok(()) = done;
    parts
}

/// [`export_parts`] handed to `write` in order, 16 × 512 lines at a time (the next window
/// made while one is written on a thread of its own: `render::pipelined`): the whole text
/// is never in memory at once, and a window's memory serves a later one.
pub fn write_export<E: Send>(
    corpus: &Corpus,
    findings: &Findings,
    write: impl FnMut(Vec<String>) -> Result<(), E> + Send,
) -> Result<(), E> {
    write_export_in(corpus, findings, WINDOW, write)
}

/// Lines written at a time: 16 chunks of [`LINES`] (~8 MB; decision 203).
const WINDOW: usize = 16 * LINES;

fn write_export_in<E: Send>(
    corpus: &Corpus,
    findings: &Findings,
    window: usize,
    write: impl FnMut(Vec<String>) -> Result<(), E> + Send,
) -> Result<(), E> {
    let n = window.max(1);
    // The claims' windows, then the subjects' (the next made while one is written).
    let windows = (corpus.claims.chunks(n).map(Items::Claims))
        .chain(findings.subjects.chunks(n).map(Items::Subjects));
    super::pipelined(
        windows,
        |w| {
            Ok(match w {
                Items::Claims(claims) => lines(claims, |c, out| claim_line(corpus, c, out)),
                Items::Subjects(subjects) => lines(subjects, subject_line),
            })
        },
        write,
    )
}

/// A window of the JSON lines export: claims or subject findings.
enum Items<'a> {
    Claims(&'a [crate::model::Claim]),
    Subjects(&'a [crate::findings::SubjectFinding]),
}

/// A claim's line, written to `out`; none (false) when its subject is not in the corpus.
fn claim_line(corpus: &Corpus, c: &crate::model::Claim, out: &mut Vec<u8>) -> bool {
    let Some(subject) = corpus.subject(&c.subject) else {
        return false;
    };
    let interval = subject.interval_of(&c.value);
    let end = |b: crate::value::interval::Bound| b.value.is_finite().then_some(b.value);
    let line = ClaimLine {
        as_of: c.as_of.map(|d| d.to_string()),
        axis: subject
            .unit
            .as_ref()
            .map_or("days since 1970-01-01".to_string(), |u| u.to_string()),
        claimant: c.claimant.as_deref(),
        high: end(interval.high),
        high_closed: interval.high.closed,
        id: &c.id,
        kind: "claim",
        low: end(interval.low),
        low_closed: interval.low.closed,
        origin: c.origin.as_deref(),
        origin_named_in: c.origin_named_in.as_deref(),
        published: (corpus.source(&c.source).and_then(|s| s.published)).map(|d| d.to_string()),
        qualifier: c.value.qualifier(),
        quote: &c.quote,
        rank: c.rank,
        source: &c.source,
        subject: &c.subject,
        value: &c.value_text,
        via: c.via.as_deref(),
    };
    // Serializing plain data cannot fail.
    serde_json::to_writer(out, &line).is_ok()
}

/// A claim's line, its fields in the order of their names (as every JSON object of the
/// export is written), serialised as it stands.
#[derive(serde::Serialize)]
struct ClaimLine<'a> {
    as_of: Option<String>,
    axis: String,
    claimant: Option<&'a str>,
    high: Option<f64>,
    high_closed: bool,
    id: &'a str,
    kind: &'static str,
    low: Option<f64>,
    low_closed: bool,
    origin: Option<&'a str>,
    origin_named_in: Option<&'a str>,
    published: Option<String>,
    qualifier: crate::value::Qualifier,
    quote: &'a str,
    rank: crate::model::Rank,
    source: &'a str,
    subject: &'a str,
    value: &'a str,
    via: Option<&'a str>,
}

/// A subject finding's line, `"kind":"subject"` among its fields, all in name order,
/// written to `out`.
fn subject_line(s: &SubjectFinding, out: &mut Vec<u8>) -> bool {
    let mut line = serde_json::json!({ "kind": "subject" });
    if let (Some(obj), Ok(serde_json::Value::Object(finding))) =
        (line.as_object_mut(), serde_json::to_value(s))
    {
        obj.extend(finding);
    }
    serde_json::to_writer(out, &line).is_ok()
}
