//! The two truth-discovery data sets in ../shared/data as the resolver reads them: one
//! copy of their file layouts and column roles for `examples/truth_bench.rs` and
//! `tests/resolve_data.rs`, which each include this file with `#[path]` (decision 260).

use crosscheck::import::{self, Delimiter, Mapping};
use crosscheck::resolve::ClaimTable;
use std::path::{Path, PathBuf};

/// Flight's attribute columns, after the source and the flight.
pub const FLIGHT_COLUMNS: [&str; 6] = [
    "Scheduled departure",
    "Actual departure",
    "Departure gate",
    "Scheduled arrival",
    "Actual arrival",
    "Arrival gate",
];

/// Population's claims (`population-new.txt`: object, source, value, date; tab-separated).
pub fn population_claims(dir: &Path) -> anyhow::Result<ClaimTable> {
    let mapping = Mapping {
        columns: ["object", "source", "value", "date"]
            .map(String::from)
            .to_vec(),
        delimiter: Some(Delimiter::Tab),
        ..Mapping::default()
    };
    let mut table = ClaimTable::new();
    import::read_file(&dir.join("population-new.txt"), &mapping, &mut table)?;
    Ok(table)
}

/// Flight's claims: every `claims/*.txt.gz` in name order, each file one day (its own
/// period), columns source, flight and [`FLIGHT_COLUMNS`]; tab-separated. Also returns
/// how many files were read.
pub fn flight_claims(dir: &Path) -> anyhow::Result<(ClaimTable, usize)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("claims"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".txt.gz"))
        .collect();
    files.sort();
    let mut columns = vec!["source".to_string(), "object".to_string()];
    columns.extend(FLIGHT_COLUMNS.iter().map(|c| c.to_string()));
    let mapping = Mapping {
        columns,
        delimiter: Some(Delimiter::Tab),
        file_is_period: true,
        ..Mapping::default()
    };
    let mut table = ClaimTable::new();
    import::read_files(&files, &mapping, &mut table)?;
    Ok((table, files.len()))
}
