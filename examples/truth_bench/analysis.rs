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

/// The clock reading of TRUTH_BENCH_CLOCK=1440 (or 720): every exact instant becomes its
/// minute of the day (of the 12-hour clock with 720), its date dropped — how the issue's
/// reference library reads Flight's times (the first "h:mm" of the cell, hours times 60
/// plus minutes), for comparing figures on the same footing. `None` when unset.
pub fn clock_modulus() -> Option<f64> {
    static MODULUS: std::sync::OnceLock<Option<f64>> = std::sync::OnceLock::new();
    *MODULUS.get_or_init(|| {
        std::env::var("TRUTH_BENCH_CLOCK")
            .ok()
            .and_then(|v| v.parse::<f64>().ok())
    })
}

/// A value under the clock reading (unchanged without it, or when not an exact instant).
pub fn clock(value: Value) -> Value {
    match (value, clock_modulus()) {
        (Value::Instant(s), Some(m)) if s.is_exact() => {
            Value::Instant(resolve::Span::exact(s.point.rem_euclid(m)))
        }
        (v, _) => v,
    }
}

/// The table with every value under the clock reading (the same subjects and sources).
pub fn clock_table(table: &ClaimTable) -> ClaimTable {
    let mut read = table.clone();
    read.retain(|_| false);
    for c in table.claims() {
        let value = read.value(clock(*table.value_of(c.value)));
        read.push(resolve::Claim { value, ..*c });
    }
    read
}

/// TRUTH_BENCH_ROUND_ZEROS=k: an exact whole number ending in at least k zeros is read as
/// rounded at its last non-zero digit ("36000" is 35,500–36,500), so that it supports the
/// precise figures it contains (an ablation of the reading, not the import's).
pub fn rounded_table(table: &ClaimTable) -> ClaimTable {
    let Some(k) = std::env::var("TRUTH_BENCH_ROUND_ZEROS")
        .ok()
        .and_then(|v| v.parse::<i32>().ok())
    else {
        return table.clone();
    };
    let mut read = table.clone();
    read.retain(|_| false);
    for c in table.claims() {
        let value = match *table.value_of(c.value) {
            Value::Number(s) if s.is_exact() && s.point.fract() == 0.0 && s.point != 0.0 => {
                let mut zeros = 0;
                while (s.point / 10f64.powi(zeros + 1)).fract() == 0.0 {
                    zeros += 1;
                }
                if zeros >= k {
                    let h = 0.5 * 10f64.powi(zeros);
                    Value::Number(resolve::Span {
                        point: s.point,
                        low: s.point - h,
                        high: s.point + h,
                    })
                } else {
                    Value::Number(s)
                }
            }
            v => v,
        };
        let value = read.value(value);
        read.push(resolve::Claim { value, ..*c });
    }
    read
}

/// TRUTH_BENCH_ONE_PERIOD=1: a figure claimed for several periods of one object (the
/// object's name less its "_period" suffix) belongs to the period where most claims give
/// it; its claims for the other periods are dropped as carried from that period (an
/// ablation of the data, measured on Population).
pub fn one_period_table(table: &ClaimTable) -> ClaimTable {
    if std::env::var_os("TRUTH_BENCH_ONE_PERIOD").is_none() {
        return table.clone();
    }
    let base = |c: &resolve::Claim| {
        let key = table.subjects()[c.subject as usize];
        let name = table.objects.name(key.object);
        let period = key.period.map_or("", |p| table.periods.name(p));
        let stem = name
            .strip_suffix(period)
            .and_then(|n| n.strip_suffix('_'))
            .unwrap_or(name);
        (stem.to_string(), key.attribute, c.value)
    };
    // (object less its period, attribute, value) → claims per period.
    type Figure = (String, Option<u32>, u32);
    let mut counts: HashMap<Figure, HashMap<Option<u32>, usize>> = HashMap::new();
    for c in table.claims() {
        let period = table.subjects()[c.subject as usize].period;
        *counts
            .entry(base(c))
            .or_default()
            .entry(period)
            .or_default() += 1;
    }
    let mut read = table.clone();
    read.retain(|c| {
        let period = table.subjects()[c.subject as usize].period;
        let by_period = &counts[&base(c)];
        let own = by_period[&period];
        by_period.iter().all(|(p, n)| *p == period || *n <= own)
    });
    read
}
