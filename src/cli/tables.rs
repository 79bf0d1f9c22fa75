//! The facts folder's tables of claims: `import --add` stores a table as it is
//! (`tables/NAME`, gzip kept) beside its mapping (`tables/NAME.yaml`, the
//! `import::Mapping`), and [`load`] streams every stored table back for `lint`, and for
//! `resolve` and `sources`, which resolve them together with the facts
//! ([`resolve_with_tables`]). Files are read through the safe reader (inside the
//! folder, regular files, a table up to `MAX_TABLE_BYTES`); writes are atomic, under the
//! folder's writer lock.

use super::args::Cli;
use super::atomic;
use super::error::CliError;
use super::open::{self, MAX_TABLE_BYTES, Refusal};
use super::output;
use anyhow::Context;
use crosscheck::diagnostic::{Code, Diagnostic, Location};
use crosscheck::findings::Findings;
use crosscheck::import::{self, ImportError, Mapping};
use crosscheck::load::layout::{self, TABLES_DIR, display};
use crosscheck::model::Corpus;
use crosscheck::resolve::corpus::{self, CorpusTable, Resolved};
use crosscheck::resolve::{Config, Resolution};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

const HEADER: &str = "# How crosscheck reads the table beside this file (its name without .yaml):\n\
# the role of each column, whether the first row names them, the delimiter, and whether\n\
# each file is its own period. Written by `crosscheck import --add`.\n";

/// Stores each table (its bytes as given) and its mapping in `<facts>/tables/`. A table
/// already stored with the same bytes and mapping is left as it is; a different one of
/// the same name is refused before anything is written.
pub fn add(facts: &Path, files: &[PathBuf], mapping: &Mapping) -> Result<Vec<String>, CliError> {
    if !facts.is_dir() {
        return Err(CliError::usage(format!(
            "{} is not a facts folder; `--add` stores tables in one (give it with --facts)",
            facts.display()
        )));
    }
    let yaml = crosscheck::yaml::to_string(mapping).map_err(anyhow::Error::new)?;
    let yaml = format!("{HEADER}{yaml}");
    let dir = facts.join(TABLES_DIR);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    // The folder's writer lock (the one `flag`, `prune` and `add-source` take).
    let lock = atomic::Lock::acquire(&dir)?;
    // Nothing is written outside the folder, even through a `tables` link.
    let root =
        std::fs::canonicalize(facts).with_context(|| format!("cannot open {}", facts.display()))?;
    let real =
        std::fs::canonicalize(&dir).with_context(|| format!("cannot open {}", dir.display()))?;
    if !real.starts_with(&root) {
        return Err(CliError::usage(format!(
            "{} is a link that leads out of the facts folder; nothing was written",
            dir.display()
        )));
    }
    let mut staged: Vec<(PathBuf, PathBuf, Vec<u8>, String)> = Vec::new();
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.is_empty() || name.starts_with('.') || name.ends_with(".yaml") {
            return Err(CliError::usage(format!(
                "cannot store {}: a table's name must not start with a dot or end in .yaml",
                file.display()
            )));
        }
        let bytes = open::read_bounded_limited(file, MAX_TABLE_BYTES).map_err(|r| {
            CliError::from(anyhow::anyhow!(
                "cannot read {}: {}",
                file.display(),
                r.reason()
            ))
        })?;
        let (table, map) = (dir.join(&name), dir.join(format!("{name}.yaml")));
        let same_table = stored(&root, &table)?.map(|old| old == bytes);
        let same_map = stored(&root, &map)?.map(|old| old == yaml.as_bytes());
        let twice = staged.iter().any(|(_, _, _, n)| *n == name);
        if same_table == Some(false) || same_map == Some(false) || twice {
            return Err(CliError::usage(format!(
                "{} already holds a different table or mapping named {name}; nothing was written (rename the file to store it beside)",
                display(&facts.to_string_lossy(), TABLES_DIR)
            )));
        }
        if same_table == Some(true) && same_map == Some(true) {
            continue;
        }
        staged.push((table, map, bytes, name));
    }
    let mut added = Vec::new();
    for (table, map, bytes, name) in staged {
        lock.remove_leftovers(&table);
        lock.remove_leftovers(&map);
        atomic::Staged::new(&table, |f| f.write_all(&bytes))?.commit()?;
        atomic::write(&map, &yaml)?;
        added.push(format!("{TABLES_DIR}/{name}"));
    }
    Ok(added)
}

/// What is stored at a path of `tables/` (`None`: nothing), read by the safe reader's
/// rules; a link out of the folder, a FIFO or an oversized file is refused.
fn stored(root: &Path, path: &Path) -> Result<Option<Vec<u8>>, CliError> {
    match open::read_inside_limited(root, path, MAX_TABLE_BYTES) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(Refusal::Missing) if std::fs::symlink_metadata(path).is_err() => Ok(None),
        Err(r) => Err(CliError::usage(format!(
            "cannot store {}: what is there cannot be replaced: {}; nothing was written",
            path.display(),
            r.reason()
        ))),
    }
}

/// The facts folder's tables, parsed, not yet added to a claims table.
#[derive(Default)]
pub struct Loaded {
    /// Each table as shown (`facts/tables/NAME`) with its claims.
    pub files: Vec<(String, import::FileClaims)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads every `tables/NAME.yaml` mapping and its table. Problems are diagnostics (a
/// table with one is left out); a folder without `tables/` gives nothing.
pub fn load(facts: &Path) -> Loaded {
    let mut out = Loaded::default();
    let Ok(root) = std::fs::canonicalize(facts) else {
        return out;
    };
    let shown_root = facts.to_string_lossy().replace('\\', "/");
    let Ok(entries) = std::fs::read_dir(root.join(TABLES_DIR)) else {
        return out;
    };
    let mut rels: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| format!("{TABLES_DIR}/{}", e.file_name().to_string_lossy()))
        .filter(|rel| layout::table_of_mapping(rel).is_some())
        .collect();
    rels.sort();
    let parsed: Vec<_> = rels
        .par_iter()
        .map(|rel| read_one(&root, &shown_root, rel))
        .collect();
    for p in parsed {
        match p {
            Ok((shown, claims)) => {
                if let Some(d) = unread_rows(&shown, claims.unread_rows()) {
                    out.diagnostics.push(d);
                }
                out.files.push((shown, claims));
            }
            Err(d) => out.diagnostics.push(*d),
        }
    }
    out
}

/// One warning for a table's rows that hold something but no source or no object, at
/// the first of them.
fn unread_rows(shown: &str, rows: &[u32]) -> Option<Diagnostic> {
    let first = *rows.first()?;
    let listed: Vec<String> = rows.iter().take(5).map(u32::to_string).collect();
    let more = if rows.len() > 5 { ", …" } else { "" };
    let message = format!(
        "{shown}: {} row(s) cannot be read (no source or no object): row {}{more}",
        rows.len(),
        listed.join(", ")
    );
    Some(
        Diagnostic::new(
            Code::TableRowUnreadable,
            Location::new(shown, first, 1),
            message,
        )
        .hint("fill in the row's source and object, or check the mapping's columns"),
    )
}

fn read_one(
    root: &Path,
    shown_root: &str,
    rel: &str,
) -> Result<(String, import::FileClaims), Box<Diagnostic>> {
    let name = layout::table_of_mapping(rel).unwrap_or_default();
    let shown = display(shown_root, rel);
    let table_rel = format!("{TABLES_DIR}/{name}");
    let table_shown = display(shown_root, &table_rel);
    let at = |line, column| Location::new(shown.clone(), line, column);
    let fail = |code, location, message: String, hint: &str| {
        Box::new(Diagnostic::new(code, location, message).hint(hint))
    };
    let bytes = open::read_inside(root, &root.join(rel)).map_err(|r| {
        fail(
            Code::TableUnreadable,
            Location::file(shown.as_str()),
            format!("cannot read {shown}: {}", r.reason()),
            "check the file and its permissions",
        )
    })?;
    let text = String::from_utf8_lossy(layout::strip_bom(&bytes)).into_owned();
    let mapping: Mapping = crosscheck::yaml::from_str(&text).map_err(|e| {
        fail(
            Code::TableMappingInvalid,
            at(e.line.max(1), e.column.max(1)),
            format!("{shown} is not a table mapping: {e}"),
            "its keys are columns, header, delimiter (comma or tab) and file_is_period",
        )
    })?;
    let table =
        open::read_inside_limited(root, &root.join(&table_rel), MAX_TABLE_BYTES).map_err(|r| {
            match r {
                Refusal::Missing => fail(
                    Code::TableMissing,
                    at(1, 1),
                    format!("{shown} maps the table {table_shown}, which does not exist"),
                    "restore the table, or delete its mapping",
                ),
                r => fail(
                    Code::TableUnreadable,
                    Location::file(table_shown.as_str()),
                    format!("cannot read {table_shown}: {}", r.reason()),
                    "check the file; a table may be at most 256 MiB as stored",
                ),
            }
        })?;
    let claims = import::parse_bytes(&table_shown, name, table, &mapping).map_err(|e| match e {
        ImportError::Io { error, .. } => fail(
            Code::TableUnreadable,
            Location::file(table_shown.as_str()),
            format!("cannot read {table_shown}: {error}"),
            "check that the table is whole (a truncated gzip file ends here)",
        ),
        other => {
            let line = text
                .lines()
                .position(|l| l.starts_with("columns:"))
                .map_or(1, |i| i as u32 + 1);
            fail(
                Code::TableColumnsInvalid,
                at(line, 1),
                format!("{shown}: bad columns: {other}"),
                "name each column's role: source, object, attribute, value, date, - or an attribute",
            )
        }
    })?;
    Ok((table_shown, claims))
}

/// The facts folder's tables for a command that resolves: their diagnostics are printed
/// and, when any is an error, the command ends as on invalid facts.
pub fn load_checked(cli: &Cli) -> Result<Loaded, CliError> {
    let loaded = load(&cli.facts);
    if !loaded.diagnostics.is_empty() {
        output::diagnostics(cli, &loaded.diagnostics, &BTreeMap::new());
    }
    if loaded.diagnostics.iter().any(Diagnostic::is_error) {
        eprintln!(
            "a table of the facts folder cannot be read: nothing was resolved (fix the errors above; `crosscheck lint` lists them again)"
        );
        return Err(CliError::Invalid);
    }
    Ok(loaded)
}

/// The facts resolved together with the tables: the tables' claims join the corpus's
/// table (each cited `tables/NAME:ROW`), so a source's trust is learnt from both. Gives
/// the facts' subjects (as `resolve_corpus` does) followed by the tables' other subjects,
/// named `object / attribute` (the period apart), in the order of their names.
pub fn resolve_with_tables(
    facts: &Corpus,
    findings: &Findings,
    loaded: Loaded,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved>) {
    let mut ct = corpus::table(facts, findings);
    for (shown, claims) in loaded.files {
        let ids = &mut ct.claim_ids;
        import::merge_cited(claims, &mut ct.table, |row| {
            ids.push(format!("{shown}:{row}").into());
            ids.len() as u32 - 1
        });
    }
    let (ct, resolution, mut out) = corpus::resolve_table(facts, ct, config);
    let keys: HashSet<&str> = facts.subjects.iter().map(|s| s.key.as_str()).collect();
    let t = &ct.table;
    let mut from_tables: Vec<Resolved> = (0..t.subjects().len() as u32)
        .filter(|s| !keys.contains(t.objects.name(t.subjects()[*s as usize].object)))
        .filter_map(|s| {
            let explanation = resolution.explain(t, s)?;
            let key = t.subjects()[s as usize];
            let mut subject = t.objects.name(key.object).to_string();
            if let Some(a) = key.attribute {
                subject = format!("{subject} / {}", t.attributes.name(a));
            }
            Some(Resolved {
                subject,
                period: key.period.map(|p| t.periods.name(p).to_string()),
                value: explanation.value.clone(),
                confidence: explanation.confidence,
                decided_by: "algorithm",
                reason: explanation.reason.clone(),
                explanation,
            })
        })
        .collect();
    from_tables.sort_by(|a, b| (&a.subject, &a.period).cmp(&(&b.subject, &b.period)));
    out.append(&mut from_tables);
    (ct, resolution, out)
}
