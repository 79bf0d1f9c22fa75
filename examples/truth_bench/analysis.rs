//! Analysis helpers of the truth benchmark: the flat dump of claims and gold, and the
//! oracle vote (each trust unit's accuracy taken from the design part's gold), which
//! bounds what any estimate of accuracy can reach with this vote.

use std::collections::HashMap;
use std::path::Path;

use crosscheck::import::{self, values};
use crosscheck::resolve::{self, ClaimTable, Config, Value};

use super::FLIGHT_COLUMNS;

/// Per (source, Flight column): claims on the design part's gold values, and how many
/// of them match the gold.
pub type GoldAccuracy = HashMap<(u32, usize), (usize, usize)>;

/// The subjects voted once with every (source, attribute) at its accuracy against the
/// design gold (units without gold keep their estimate) and the resolution's copying
/// (TRUTH_BENCH_ORACLE with TRUTH_BENCH_GOLD_ACCURACY). A diagnostic, not a method: it
/// reads the gold.
pub fn oracle(
    table: &ClaimTable,
    resolution: &resolve::Resolution,
    gold: &GoldAccuracy,
    config: &Config,
) -> Vec<Option<u32>> {
    let index = &resolution.index;
    let accuracy: Vec<f64> = index
        .units
        .iter()
        .enumerate()
        .map(|(u, (source, attribute))| {
            let column = attribute.and_then(|a| {
                FLIGHT_COLUMNS
                    .iter()
                    .position(|c| *c == table.attributes.name(a))
            });
            match column.and_then(|i| gold.get(&(*source, i))) {
                Some((n, right)) if *n > 0 => (*right as f64 / *n as f64)
                    .clamp(config.min_accuracy, 1.0 - config.min_accuracy),
                _ => resolution.state.accuracy[u],
            }
        })
        .collect();
    let vote_once = Config {
        max_rounds: 0,
        vote_floor: config.refine_vote_floor,
        ..config.clone()
    };
    let dependence = resolution.state.dependence.clone();
    let state = resolve::accu::run(table, index, &vote_once, Some((accuracy, dependence)));
    let oracle = resolve::Resolution {
        index: index.clone(),
        state,
        config: vote_once,
    };
    (0..table.subjects().len() as u32)
        .map(|s| oracle.best(s).map(|b| b.value))
        .collect()
}

/// Writes the claims and the gold answers as flat text for analysis outside the bench
/// (TRUTH_BENCH_DUMP=path): `path.claims` (subject, source, value id, point or text) and
/// `path.gold` (subject, column, part, gold value id or -1, gold, resolved value id).
pub fn dump(
    table: &ClaimTable,
    gold: &[(u32, usize, usize, i32, values::Cell)],
    resolved: &[Option<u32>],
    path: &Path,
) -> anyhow::Result<()> {
    use std::io::Write;
    let show = |v: u32| match table.value_of(v) {
        Value::Text(t) => format!("T{}", table.texts.name(*t)),
        other => format!("{}", other.span().map_or(0.0, |s| s.point)),
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(path.with_extension("claims"))?);
    for c in table.claims() {
        let attr = table.subjects()[c.subject as usize].attribute.unwrap_or(0);
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            c.subject,
            attr,
            table.sources.name(c.source),
            c.value,
            show(c.value)
        )?;
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(path.with_extension("gold"))?);
    for (s, i, part, year, cell) in gold {
        let mut scratch = ClaimTable::new();
        let v = match cell {
            values::Cell::Text(t) => table.texts.get(t).map(Value::Text),
            cell => Some(import::to_value(cell.clone(), *year, &mut scratch)),
        };
        let id = v.and_then(|v| table.find_value(&v)).map_or(-1, i64::from);
        let shown = v.map_or(String::new(), |v| match v {
            Value::Text(t) => format!("T{}", table.texts.name(t)),
            other => format!("{}", other.span().map_or(0.0, |s| s.point)),
        });
        let r = resolved[*s as usize].map_or(-1, i64::from);
        writeln!(out, "{s}\t{i}\t{part}\t{id}\t{shown}\t{r}")?;
    }
    Ok(())
}
