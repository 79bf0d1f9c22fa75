//! Truth-discovery benchmark on the two data sets in ../shared/data (issue 13): the share
//! of gold answers the resolver gets right, with majority vote beside it, on a design
//! part (read while designing), a validation part (kept aside) and all; then the speed
//! and peak memory of resolving the gzipped Flight files.
//!
//! cargo run --release --example truth_bench [-- population|flight]
//!
//! Design/validation split: Population gold objects at even lines are the design part,
//! odd lines the validation part; Flight days with an odd date are design, even dates
//! validation. Resolution always runs on all claims (it never sees gold).

use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck::import::{self, values};
use crosscheck::resolve::{self, ClaimTable, Config, SubjectKey, Value};

#[path = "truth_bench/analysis.rs"]
mod analysis;
#[path = "truth_bench/datasets.rs"]
mod datasets;

use datasets::FLIGHT_COLUMNS;

/// Right answers per part: (design, validation) × (resolved, majority) counts and totals.
#[derive(Default)]
struct Score {
    right: [[usize; 2]; 2],
    total: [usize; 2],
}

impl Score {
    fn add(&mut self, part: usize, resolved: bool, majority: bool) {
        self.total[part] += 1;
        self.right[part][0] += usize::from(resolved);
        self.right[part][1] += usize::from(majority);
    }

    fn print(&self, name: &str) {
        let share = |r: usize, t: usize| r as f64 / t.max(1) as f64;
        for (label, parts) in [
            ("design", vec![0]),
            ("validation", vec![1]),
            ("all", vec![0, 1]),
        ] {
            let t: usize = parts.iter().map(|p| self.total[*p]).sum();
            let r: usize = parts.iter().map(|p| self.right[*p][0]).sum();
            let m: usize = parts.iter().map(|p| self.right[*p][1]).sum();
            println!(
                "{name:<38} {label:<10} {t:>6}   {:.3}   {:.3}",
                share(r, t),
                share(m, t)
            );
        }
    }
}

/// The one configuration (an environment switch exists only for ablations while designing).
fn config() -> Config {
    let mut c = Config::default();
    if std::env::var_os("TRUTH_BENCH_NO_COPYING").is_some() {
        c.detect_copying = false;
    }
    if std::env::var_os("TRUTH_BENCH_TRUST_PER_SOURCE").is_some() {
        c.trust_per_attribute = false;
    }
    if std::env::var_os("TRUTH_BENCH_TRUST_PER_ATTRIBUTE").is_some() {
        c.trust_per_attribute = true;
    }
    if std::env::var_os("TRUTH_BENCH_NO_REFINE").is_some() {
        c.refine_per_attribute = false;
    }
    if std::env::var_os("TRUTH_BENCH_INDEPENDENT").is_some() {
        c.ablations.independent_accuracy = true;
    }
    if std::env::var_os("TRUTH_BENCH_REFINE_INDEPENDENT").is_some() {
        c.ablations.refine_independent_accuracy = true;
    }
    if std::env::var_os("TRUTH_BENCH_REFINE_COPYING_PER_ATTRIBUTE").is_some() {
        c.ablations.refine_copying_per_attribute = true;
    }
    if std::env::var_os("TRUTH_BENCH_DISPUTED_ONLY").is_some() {
        c.ablations.disputed_only = true;
    }
    if std::env::var_os("TRUTH_BENCH_EMPIRICAL_PRIOR").is_some() {
        c.ablations.empirical_prior = true;
    }
    if std::env::var_os("TRUTH_BENCH_START_PER_ATTRIBUTE").is_some() {
        c.ablations.start_per_attribute = true;
    }
    if std::env::var_os("TRUTH_BENCH_EMPIRICAL_COMMON").is_some() {
        c.ablations.empirical_common = true;
    }
    if std::env::var_os("TRUTH_BENCH_HARD").is_some() {
        c.ablations.hard_accuracy = true;
    }
    if std::env::var_os("TRUTH_BENCH_POOLED_INVESTMENT").is_some() {
        c.method = resolve::Method::PooledInvestment;
    }
    if std::env::var_os("TRUTH_BENCH_INVESTMENT").is_some() {
        c.method = resolve::Method::Investment;
    }
    if std::env::var_os("TRUTH_BENCH_ONE_START").is_some() {
        c.method = resolve::Method::AccuOneStart;
    }
    if std::env::var_os("TRUTH_BENCH_TRUTHFINDER").is_some() {
        c.method = resolve::Method::TruthFinder;
    }
    if std::env::var_os("TRUTH_BENCH_UNIFORM").is_some() {
        c.false_value_popularity = false;
    }
    let number = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
    c.ablations.unit_prior_weight =
        number("TRUTH_BENCH_UNIT_PRIOR_WEIGHT").unwrap_or(c.ablations.unit_prior_weight);
    c.ablations.accuracy_confidence =
        number("TRUTH_BENCH_CONFIDENCE").unwrap_or(c.ablations.accuracy_confidence);
    c.ablations.empirical_min_weight =
        number("TRUTH_BENCH_EMPIRICAL_MIN_WEIGHT").unwrap_or(c.ablations.empirical_min_weight);
    c.ablations.trust_near = number("TRUTH_BENCH_TRUST_NEAR").unwrap_or(c.ablations.trust_near);
    c.ablations.correlated_errors =
        number("TRUTH_BENCH_CORRELATED_ERRORS").unwrap_or(c.ablations.correlated_errors);
    c.false_values = number("TRUTH_BENCH_N").unwrap_or(c.false_values);
    c.investment_growth = number("TRUTH_BENCH_G").unwrap_or(c.investment_growth);
    if std::env::var_os("TRUTH_BENCH_UNDIVIDED").is_some() {
        c.investment_divided = false;
    }
    c.copy_rate = number("TRUTH_BENCH_C").unwrap_or(c.copy_rate);
    if std::env::var_os("TRUTH_BENCH_C_PER_PAIR").is_some() {
        c.ablations.copy_rate_per_pair = true;
    }
    c.ablations.copy_rate_shrinkage =
        number("TRUTH_BENCH_C_SHRINKAGE").unwrap_or(c.ablations.copy_rate_shrinkage);
    c.ablations.refine_copy_rate =
        number("TRUTH_BENCH_REFINE_C").unwrap_or(c.ablations.refine_copy_rate);
    c.prior_accuracy = number("TRUTH_BENCH_PRIOR").unwrap_or(c.prior_accuracy);
    c.prior_weight = number("TRUTH_BENCH_PRIOR_WEIGHT").unwrap_or(c.prior_weight);
    c.copy_prior = number("TRUTH_BENCH_ALPHA").unwrap_or(c.copy_prior);
    c.refine_rounds = number("TRUTH_BENCH_REFINE_ROUNDS").map_or(c.refine_rounds, |r| r as usize);
    c.min_accuracy = number("TRUTH_BENCH_MIN_ACCURACY").unwrap_or(c.min_accuracy);
    c.vote_floor = number("TRUTH_BENCH_VOTE_FLOOR").unwrap_or(c.vote_floor);
    c.similarity = number("TRUTH_BENCH_SIMILARITY").unwrap_or(c.similarity);
    c.similarity_span = number("TRUTH_BENCH_SIMILARITY_SPAN").unwrap_or(c.similarity_span);
    c.refine_vote_floor = number("TRUTH_BENCH_REFINE_VOTE_FLOOR").unwrap_or(c.refine_vote_floor);
    c
}

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CROSSCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("data");
    dir.is_dir().then_some(dir)
}

fn main() -> anyhow::Result<()> {
    let Some(data) = data_dir() else {
        println!("skipped: ../shared/data is absent (set CROSSCHECK_SHARED to its parent)");
        return Ok(());
    };
    let only = std::env::args().nth(1);
    println!(
        "{:<38} {:<10} {:>6}   resolved majority",
        "figure", "part", "n"
    );
    if only.as_deref() != Some("population") {
        flight(&data.join("flight"))?;
    }
    if only.as_deref() != Some("flight") {
        population(&data.join("population"))?;
    }
    Ok(())
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// CPU time (user + system) of this process so far, in seconds, from /proc/self/stat.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // Fields 14 and 15 of stat (utime, stime), counted after the ")" as 12 and 13 (0-based 11, 12).
    (ticks(11) + ticks(12)) / 100.0
}

fn flight(dir: &Path) -> anyhow::Result<()> {
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let (mut table, files) = datasets::flight_claims(dir)?;
    if analysis::clock_modulus().is_some() {
        table = analysis::clock_table(&table);
    }
    let read = start.elapsed();
    let read_cpu = cpu_seconds() - cpu_start;
    let resolution = resolve::resolve(&table, &config());
    let resolved: Vec<_> = (0..table.subjects().len() as u32)
        .map(|s| resolution.best(s).map(|b| b.value))
        .collect();
    let total = start.elapsed();
    let cpu = cpu_seconds() - cpu_start;
    println!(
        "flight speed: {} claims, {} subjects, {} files: read {:.2} s, resolved {:.2} s, total {:.2} s wall; CPU {read_cpu:.2} s reading, {cpu:.2} s in all ({} rounds), peak RSS {:.0} MiB",
        table.claims().len(),
        table.subjects().len(),
        files,
        read.as_secs_f64(),
        (total - read).as_secs_f64(),
        total.as_secs_f64(),
        resolution.state.rounds,
        peak_rss_mib()
    );
    if std::env::var_os("TRUTH_BENCH_VERBOSE").is_some() {
        print_sources(&table, &resolution);
    }
    let majority = resolve::majority(&table);
    let acc = flight_score(dir, &table, &resolved, &majority, "flight, exact minute")?;
    if std::env::var_os("TRUTH_BENCH_ORACLE").is_some() {
        let oracle = analysis::oracle(&table, &resolution, &acc, &config());
        flight_score(
            dir,
            &table,
            &oracle,
            &majority,
            "oracle: unit accuracy from gold",
        )?;
    }
    let gold_sources = ["aa", "ua", "co"];
    let mut without = table.clone();
    let dropped: Vec<u32> = (0..table.sources.len() as u32)
        .filter(|s| gold_sources.contains(&table.sources.name(*s).to_lowercase().as_str()))
        .collect();
    without.retain(|c| !dropped.contains(&c.source));
    let resolution = resolve::resolve(&without, &config());
    let resolved: Vec<_> = (0..without.subjects().len() as u32)
        .map(|s| resolution.best(s).map(|b| b.value))
        .collect();
    let majority = resolve::majority(&without);
    flight_score(
        dir,
        &without,
        &resolved,
        &majority,
        "flight without aa/ua/co",
    )?;
    Ok(())
}

/// Each source's trust and the copying pairs (with TRUTH_BENCH_VERBOSE set).
fn print_sources(table: &ClaimTable, resolution: &resolve::Resolution) {
    let trust = resolution.trust();
    let mut order: Vec<usize> = (0..trust.len()).collect();
    order.sort_by(|a, b| trust[*b].total_cmp(&trust[*a]));
    for s in order.iter().take(60) {
        println!("  trust {:.3} {}", trust[*s], table.sources.name(*s as u32));
    }
    for ((s, a), t) in resolution.unit_trust() {
        if let Some(a) = a {
            let (source, attribute) = (table.sources.name(s), table.attributes.name(a));
            println!("  unit trust {t:.3} {source} / {attribute}");
        }
    }
    for (a, b, d) in resolution.copying_pairs().iter().take(200) {
        println!(
            "  copying {d:.2} {} ~ {}",
            table.sources.name(*a),
            table.sources.name(*b)
        );
    }
}

/// Whether a resolved value id equals a gold cell.
fn matches(table: &ClaimTable, value: Option<u32>, gold: &values::Cell, year: i32) -> bool {
    let Some(value) = value else { return false };
    let mut scratch = ClaimTable::new();
    let expected = match gold {
        values::Cell::Text(t) => match table.texts.get(t) {
            Some(id) => Value::Text(id),
            None => return false,
        },
        cell => analysis::clock(import::to_value(cell.clone(), year, &mut scratch)),
    };
    table.value_of(value) == &expected
}

/// Scores resolved values against the gold; returns, with TRUTH_BENCH_GOLD_ACCURACY, each
/// (source, column)'s record on the design part's gold (else empty).
fn flight_score(
    dir: &Path,
    table: &ClaimTable,
    resolved: &[Option<u32>],
    majority: &[Option<u32>],
    name: &str,
) -> anyhow::Result<analysis::GoldAccuracy> {
    let mut score = Score::default();
    let mut per_subject = std::collections::HashMap::<(u32, usize), (usize, bool, bool)>::new();
    let mut gold_rows = Vec::new();
    let mut by_column: Vec<Score> = FLIGHT_COLUMNS.iter().map(|_| Score::default()).collect();
    let mut by_source = std::env::var_os("TRUTH_BENCH_GOLD_ACCURACY").map(|_| {
        let mut claims = vec![Vec::new(); table.subjects().len()];
        for c in table.claims() {
            claims[c.subject as usize].push((c.source, c.value));
        }
        (
            std::collections::HashMap::<(u32, usize), (usize, usize)>::new(),
            claims,
        )
    });
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for f in files {
        let stem = f
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let day: u32 = stem.get(6..8).and_then(|d| d.parse().ok()).unwrap_or(0);
        // A gold date without a year ("Sun, Jan 1 7:57 PM") is in its file's year, as the
        // claims' dates are (20120101.txt is 2012, not the 2011 of December's files).
        // (TRUTH_BENCH_GOLD_YEAR_2011 reads them as before, for comparison with the figures
        // measured that way.)
        let year: i32 = match std::env::var_os("TRUTH_BENCH_GOLD_YEAR_2011") {
            Some(_) => 2011,
            None => stem.get(0..4).and_then(|y| y.parse().ok()).unwrap_or(2011),
        };
        let part = usize::from(day.is_multiple_of(2));
        let Some(period) = table.periods.get(&stem) else {
            continue;
        };
        for line in std::fs::read_to_string(&f)?.lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            for (i, column) in FLIGHT_COLUMNS.iter().enumerate() {
                let Some(gold) = cells.get(i + 1).and_then(|c| values::normalise(c)) else {
                    continue;
                };
                let subject = match (
                    table.objects.get(cells[0].trim()),
                    table.attributes.get(column),
                ) {
                    (Some(object), Some(attribute)) => table.find_subject(&SubjectKey {
                        object,
                        attribute: Some(attribute),
                        period: Some(period),
                    }),
                    _ => None,
                };
                let (r, m) = match subject {
                    Some(s) => (resolved[s as usize], majority[s as usize]),
                    None => (None, None),
                };
                if let (Some(s), Some((acc, claims)), 0) = (subject, by_source.as_mut(), part) {
                    for (source, value) in &claims[s as usize] {
                        let e = acc.entry((*source, i)).or_insert((0, 0));
                        e.0 += 1;
                        e.1 += usize::from(matches(table, Some(*value), &gold, year));
                    }
                }
                let (rr, mm) = (
                    matches(table, r, &gold, year),
                    matches(table, m, &gold, year),
                );
                score.add(part, rr, mm);
                by_column[i].add(part, rr, mm);
                let key = subject.map_or((u32::MAX, per_subject.len()), |s| (s, i));
                let e = per_subject.entry(key).or_insert((part, false, false));
                (e.1, e.2) = (e.1 || rr, e.2 || mm);
                if let Some(s) = subject {
                    gold_rows.push((s, i, part, year, gold.clone()));
                }
            }
        }
    }
    score.print(name);
    // Per subject: a flight's column counted once, right when the value matches any of
    // its gold lines (77 gold flights have two lines, 92 columns two different values).
    let mut once = Score::default();
    for (part, rr, mm) in per_subject.values() {
        once.add(*part, *rr, *mm);
    }
    once.print(&format!("{name}, per subject"));
    if let Some(path) = std::env::var_os("TRUTH_BENCH_DUMP") {
        let mut path = PathBuf::from(path);
        if name.contains("without") {
            path.as_mut_os_string().push("-without");
        }
        analysis::dump(table, &gold_rows, resolved, &path)?;
    }
    if by_source.is_some() {
        for (i, c) in by_column.iter().enumerate() {
            c.print(&format!("  {}", FLIGHT_COLUMNS[i]));
        }
    }
    let gold_accuracy = by_source
        .as_ref()
        .map(|(a, _)| a.clone())
        .unwrap_or_default();
    if let Some((acc, _)) = by_source {
        let mut rows: Vec<_> = acc.into_iter().collect();
        rows.sort_by_key(|(s, _)| *s);
        for ((s, i), (n, right)) in rows {
            let share = right as f64 / n as f64;
            let source = table.sources.name(s);
            println!(
                "  gold accuracy (design) {share:.3} of {n:>6} {source} {}",
                FLIGHT_COLUMNS[i]
            );
        }
    }
    Ok(gold_accuracy)
}

fn population(dir: &Path) -> anyhow::Result<()> {
    let table = datasets::population_claims(dir)?;
    let table = analysis::rounded_table(&table);
    let table = analysis::one_period_table(&table);
    let resolution = resolve::resolve(&table, &config());
    let majority = resolve::majority(&table);
    let (mut within, mut exact) = (Score::default(), Score::default());
    let verbose = std::env::var_os("TRUTH_BENCH_GOLD_ACCURACY").is_some();
    let trust = resolution.trust();
    let gold = std::fs::read_to_string(dir.join("population-gd.txt"))?;
    for (n, line) in gold.lines().enumerate() {
        let parts: Vec<&str> = line.trim().rsplitn(3, ", ").collect();
        let [count, year, city] = parts[..] else {
            continue;
        };
        let Ok(gold) = count.parse::<f64>() else {
            continue;
        };
        let subject = match (
            table.objects.get(&format!("{city}_{year}")),
            table.periods.get(year),
        ) {
            (Some(object), Some(period)) => table.find_subject(&SubjectKey {
                object,
                attribute: None,
                period: Some(period),
            }),
            _ => None,
        };
        let point = |v: Option<u32>| v.and_then(|v| table.value_of(v).span().map(|s| s.point));
        let (r, m) = match subject {
            Some(s) => (
                point(resolution.best(s).map(|b| b.value)),
                point(majority[s as usize]),
            ),
            None => (None, None),
        };
        let near = |v: Option<f64>| v.is_some_and(|v| (v - gold).abs() <= 0.01 * gold);
        if verbose && n % 2 == 0 && !near(r) {
            let s = subject.unwrap_or(0);
            let claims: Vec<String> = table
                .claims()
                .iter()
                .filter(|c| c.subject == s)
                .map(|c| {
                    let v = table.value_of(c.value).span().map_or(0.0, |s| s.point);
                    let src = table.sources.name(c.source);
                    format!("{v} {src} ({:.2})", trust[c.source as usize])
                })
                .collect();
            println!(
                "  miss {city} {year}: gold {gold}, resolved {r:?}: {}",
                claims.join("; ")
            );
        }
        let same = |v: Option<f64>| v == Some(gold);
        within.add(n % 2, near(r), near(m));
        exact.add(n % 2, same(r), same(m));
    }
    within.print("population, within 1%");
    exact.print("population, exact");
    Ok(())
}
