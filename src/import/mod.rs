//! Tabular claims: CSV or TSV files (gzip-compressed too) read into a [`ClaimTable`].
//!
//! A [`Mapping`] names the role of each column: `source`, `object`, `attribute`, `value`,
//! `date` (the period a value holds for), `-` (ignored), or any other name, which makes
//! the column a value column for the attribute of that name (a wide table such as one row
//! per flight and source with a column per time). Each row's cells become claims; the
//! citation of a claim is its file and row. Cells are normalised by [`values`].

pub mod values;

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::resolve::{Claim, ClaimTable, Names, Span, SubjectKey, Value};
use values::Cell;

/// How a table's columns map to claims; stored beside an archived table so that it can
/// be read again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The role of each column in order; empty to take them from the header row.
    #[serde(default)]
    pub columns: Vec<String>,
    /// The first row names the columns (and is not a claim).
    #[serde(default)]
    pub header: bool,
    /// `comma` or `tab`; by default from the extension (.csv, .tsv), else a tab in the
    /// first line means tab.
    #[serde(default)]
    pub delimiter: Option<Delimiter>,
    /// Each file is its own period (one day's snapshot): its name joins every subject.
    #[serde(default)]
    pub file_is_period: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delimiter {
    Comma,
    Tab,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {error}")]
    Io { file: String, error: std::io::Error },
    #[error("{file}: no column names: give the columns' roles or a header row")]
    NoColumns { file: String },
    #[error("{file}: no `{role}` column among the columns {columns:?}")]
    MissingRole {
        file: String,
        role: &'static str,
        columns: Vec<String>,
    },
    #[error(
        "{file}: a `value` column and attribute columns ({wide}) cannot be mixed; name the other columns `-`"
    )]
    Mixed { file: String, wide: String },
}

/// What one file brought.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileStats {
    pub file: String,
    pub rows: usize,
    pub claims: usize,
    /// Cells that were empty or a placeholder.
    pub empty_cells: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Object,
    Attribute,
    Value,
    Date,
    Skip,
    Wide,
}

struct Roles {
    source: usize,
    object: usize,
    attribute: Option<usize>,
    date: Option<usize>,
    /// (column, attribute name) of every value column.
    values: Vec<(usize, Option<String>)>,
}

/// Reads one file (gzip when it starts with gzip's magic bytes) into the table.
pub fn read_file(
    path: &Path,
    mapping: &Mapping,
    table: &mut ClaimTable,
) -> Result<FileStats, ImportError> {
    let parsed = parse_file(path, mapping)?;
    Ok(merge(parsed, table))
}

/// Reads several files, parsing them in parallel and adding them in the order given.
pub fn read_files(
    paths: &[impl AsRef<Path> + Sync],
    mapping: &Mapping,
    table: &mut ClaimTable,
) -> Result<Vec<FileStats>, ImportError> {
    use rayon::prelude::*;
    let parsed: Vec<Result<FileClaims, ImportError>> = paths
        .par_iter()
        .map(|p| parse_file(p.as_ref(), mapping))
        .collect();
    let mut stats = Vec::with_capacity(parsed.len());
    for p in parsed {
        stats.push(merge(p?, table));
    }
    Ok(stats)
}

fn parse_file(path: &Path, mapping: &Mapping) -> Result<FileClaims, ImportError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| ImportError::Io {
        file: file.clone(),
        error,
    })?;
    let name = path
        .file_name()
        .map_or(file.clone(), |n| n.to_string_lossy().into_owned());
    parse_bytes(&file, &name, bytes, mapping)
}

/// Parses a table's bytes (gzip when they start with gzip's magic bytes); `file` is how
/// the table is shown, `name` its file name (extension and period).
pub fn parse_bytes(
    file: &str,
    name: &str,
    bytes: Vec<u8>,
    mapping: &Mapping,
) -> Result<FileClaims, ImportError> {
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::with_capacity(bytes.len() * 8);
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|error| ImportError::Io {
                file: file.to_string(),
                error,
            })?;
        out
    } else {
        bytes
    };
    let text = String::from_utf8_lossy(&bytes);
    let stem = name.split('.').next().unwrap_or(name).to_string();
    let delimiter = mapping
        .delimiter
        .unwrap_or_else(|| by_extension(name, &text));
    parse_text(file, &stem, &text, delimiter, mapping)
}

fn by_extension(name: &str, text: &str) -> Delimiter {
    let name = name.to_lowercase();
    let name = name.trim_end_matches(".gz");
    if name.ends_with(".csv") {
        Delimiter::Comma
    } else if name.ends_with(".tsv")
        || name.ends_with(".tab")
        || text.lines().next().is_some_and(|l| l.contains('\t'))
    {
        Delimiter::Tab
    } else {
        Delimiter::Comma
    }
}

fn role_of(name: &str) -> Role {
    match name.trim().to_lowercase().as_str() {
        "source" => Role::Source,
        "object" => Role::Object,
        "attribute" => Role::Attribute,
        "value" => Role::Value,
        "date" | "period" => Role::Date,
        "-" | "" => Role::Skip,
        _ => Role::Wide,
    }
}

fn roles(file: &str, names: &[String]) -> Result<Roles, ImportError> {
    let found: Vec<Role> = names.iter().map(|n| role_of(n)).collect();
    let find = |role: Role| found.iter().position(|r| *r == role);
    let missing = |role| ImportError::MissingRole {
        file: file.to_string(),
        role,
        columns: names.to_vec(),
    };
    let wide: Vec<(usize, Option<String>)> = found
        .iter()
        .enumerate()
        .filter(|(_, r)| **r == Role::Wide)
        .map(|(i, _)| (i, Some(names[i].trim().to_string())))
        .collect();
    let values = match (find(Role::Value), wide.is_empty()) {
        (Some(v), true) => vec![(v, None)],
        (None, false) => wide,
        (None, true) => return Err(missing("value")),
        (Some(_), false) => {
            let names: Vec<&str> = wide.iter().filter_map(|(_, n)| n.as_deref()).collect();
            return Err(ImportError::Mixed {
                file: file.to_string(),
                wide: names.join(", "),
            });
        }
    };
    Ok(Roles {
        source: find(Role::Source).ok_or_else(|| missing("source"))?,
        object: find(Role::Object).ok_or_else(|| missing("object"))?,
        attribute: find(Role::Attribute),
        date: find(Role::Date),
        values,
    })
}

/// Splits a row: tabs as they are; commas with double-quoted fields ("a, b" and "").
fn split_row(line: &str, delimiter: Delimiter) -> Vec<Cow<'_, str>> {
    match delimiter {
        Delimiter::Tab => line.split('\t').map(Cow::Borrowed).collect(),
        Delimiter::Comma if !line.contains('"') => line.split(',').map(Cow::Borrowed).collect(),
        Delimiter::Comma => {
            let mut out = Vec::new();
            let mut cell = String::new();
            let mut quoted = false;
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        cell.push('"');
                        chars.next();
                    }
                    ('"', _) => quoted = !quoted,
                    (',', false) => out.push(Cow::Owned(std::mem::take(&mut cell))),
                    _ => cell.push(c),
                }
            }
            out.push(Cow::Owned(cell));
            out
        }
    }
}

/// One claim of a file: (source, object, attribute, period, cell, row), ids local.
type Row = (u32, u32, Option<u32>, Option<u32>, Cell, u32);

/// One file's claims with names local to the file, ready to join a table.
pub struct FileClaims {
    sources: Names,
    objects: Names,
    attributes: Names,
    periods: Names,
    rows: Vec<Row>,
    /// The year a date without one takes: the one most often written in the file.
    year: i32,
    stats: FileStats,
    /// Rows (1-based lines) that hold something but no source or no object.
    unread: Vec<u32>,
}

impl FileClaims {
    /// The rows (1-based lines of the file) that hold something but were not read: their
    /// source or object cell is empty or missing.
    pub fn unread_rows(&self) -> &[u32] {
        &self.unread
    }
}

/// Parses a table's text. `stem` names the file's period when the mapping says each
/// file is one.
pub fn parse_text(
    file: &str,
    stem: &str,
    text: &str,
    delimiter: Delimiter,
    mapping: &Mapping,
) -> Result<FileClaims, ImportError> {
    let mut lines = text.lines().enumerate();
    let header: Option<Vec<String>> = if mapping.header {
        lines.next().map(|(_, l)| {
            split_row(l, delimiter)
                .iter()
                .map(|c| c.trim().to_string())
                .collect()
        })
    } else {
        None
    };
    let names = match (&mapping.columns, header) {
        (c, _) if !c.is_empty() => c.clone(),
        (_, Some(h)) => h,
        _ => {
            return Err(ImportError::NoColumns {
                file: file.to_string(),
            });
        }
    };
    let roles = roles(file, &names)?;
    let mut out = FileClaims {
        sources: Names::default(),
        objects: Names::default(),
        attributes: Names::default(),
        periods: Names::default(),
        rows: Vec::new(),
        year: 1970,
        stats: FileStats {
            file: file.to_string(),
            ..FileStats::default()
        },
        unread: Vec::new(),
    };
    let file_period = mapping.file_is_period.then(|| out.periods.intern(stem));
    let wide: Vec<Option<u32>> = roles
        .values
        .iter()
        .map(|(_, n)| n.as_deref().map(|n| out.attributes.intern(n)))
        .collect();
    let mut years: HashMap<i32, usize> = HashMap::new();
    let mut cache: HashMap<&str, Option<Cell>> = HashMap::new();
    for (n, line) in lines {
        let cells = split_row(line, delimiter);
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let (source, object) = (cell(roles.source), cell(roles.object));
        if source.is_empty() || object.is_empty() {
            if !line.trim().is_empty() {
                out.unread.push(n as u32 + 1);
            }
            continue;
        }
        out.stats.rows += 1;
        let source = out.sources.intern(source);
        let object = out.objects.intern(object);
        let period = match roles.date.map(cell) {
            Some(d) if !d.is_empty() => Some(out.periods.intern(d)),
            _ => file_period,
        };
        for (&(column, _), &wide) in roles.values.iter().zip(&wide) {
            let attribute = match (wide, roles.attribute.map(cell)) {
                (Some(a), _) => Some(a),
                (None, Some(a)) if !a.is_empty() => Some(out.attributes.intern(a)),
                _ => None,
            };
            // Cells repeat across sources and rows: each distinct text is read once.
            let value = match cells.get(column) {
                Some(Cow::Borrowed(raw)) => cache
                    .entry(raw.trim())
                    .or_insert_with(|| values::normalise(raw))
                    .clone(),
                _ => values::normalise(cell(column)),
            };
            let Some(value) = value else {
                out.stats.empty_cells += 1;
                continue;
            };
            if let Cell::Instant { year: Some(y), .. } = value {
                *years.entry(y).or_default() += 1;
            }
            out.rows
                .push((source, object, attribute, period, value, n as u32 + 1));
        }
    }
    out.year = years
        .iter()
        .max_by_key(|(y, n)| (**n, -**y))
        .map_or(1970, |(y, _)| *y);
    Ok(out)
}

/// Adds a parsed file's claims to the table, each cited by its row.
pub fn merge(file: FileClaims, table: &mut ClaimTable) -> FileStats {
    merge_cited(file, table, |row| row)
}

/// Adds a parsed file's claims to the table, each cited by what `cite` makes of its row
/// (an index into a list of citations shared with other claims).
pub fn merge_cited(
    file: FileClaims,
    table: &mut ClaimTable,
    mut cite: impl FnMut(u32) -> u32,
) -> FileStats {
    let map = |local: &Names, global: &mut Names| -> Vec<u32> {
        (0..local.len() as u32)
            .map(|i| global.intern(local.name(i)))
            .collect()
    };
    let sources = map(&file.sources, &mut table.sources);
    let objects = map(&file.objects, &mut table.objects);
    let attributes = map(&file.attributes, &mut table.attributes);
    let periods = map(&file.periods, &mut table.periods);
    let mut stats = file.stats;
    for (source, object, attribute, period, cell, row) in file.rows {
        let subject = table.subject(SubjectKey {
            object: objects[object as usize],
            attribute: attribute.map(|a| attributes[a as usize]),
            period: period.map(|p| periods[p as usize]),
        });
        let value = to_value(cell, file.year, table);
        let value = table.value(value);
        table.push(Claim {
            subject,
            source: sources[source as usize],
            value,
            cite: cite(row),
        });
        stats.claims += 1;
    }
    stats
}

/// Reads a table's text into claims (parse, then merge).
pub fn read_text(
    file: &str,
    stem: &str,
    text: &str,
    delimiter: Delimiter,
    mapping: &Mapping,
    table: &mut ClaimTable,
) -> Result<FileStats, ImportError> {
    Ok(merge(
        parse_text(file, stem, text, delimiter, mapping)?,
        table,
    ))
}

/// A normalised cell as a table value.
pub fn to_value(cell: Cell, default_year: i32, table: &mut ClaimTable) -> Value {
    match cell {
        Cell::Instant { .. } => {
            let (point, low, high) = cell.minutes(default_year).unwrap_or_default();
            Value::Instant(Span { point, low, high })
        }
        Cell::Number { value, half_width } => Value::Number(Span {
            point: value,
            low: value - half_width,
            high: value + half_width,
        }),
        Cell::Text(t) => Value::Text(table.texts.intern(&t)),
    }
}

#[cfg(test)]
mod tests;
