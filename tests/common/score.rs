//! The shared NewsQuant scorer's matching rules (../shared/bench/newsquant_score.py), in
//! Rust, so the extraction tests can score sets in-process without ../shared or python3.
//! It reads the extractor's own JSON lines (`jsonl_line`) as the scorer reads them, and
//! its two tables (`scorer_units.tsv`, `scorer_qualifiers.tsv`) are the scorer's, as data.
//! `tests/extract_accuracy.rs` checks that it agrees with the scorer on every set.

use crosscheck::extract::{extract, jsonl_line};
use serde_json::Value;

pub const UNITS: &str = include_str!("scorer_units.tsv");
pub const QUALIFIERS: &str = include_str!("scorer_qualifiers.tsv");

/// The three measures, in the scorer's order.
pub const MEASURES: [&str; 3] = ["value", "value+unit", "value+qualifier"];

/// A value as the scorer compares it: a number or a low–high range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    One(f64),
    Range(f64, f64),
}

/// One extracted quantity, as the scorer reads its JSON line.
#[derive(Debug, Clone)]
pub struct Pred {
    pub value: Figure,
    pub unit: String,
    /// "up", "down", or the qualifier class: =, ~, > or <.
    pub change: String,
}

/// Counts over a set, and one line per gold quantity not fully matched (and per
/// sentence with predictions but no gold).
#[derive(Debug, Default)]
pub struct Scores {
    pub sentences: usize,
    pub gold: usize,
    pub predicted: usize,
    /// True positives for each of [`MEASURES`].
    pub hits: [usize; 3],
    pub misses: Vec<String>,
}

impl Scores {
    /// Precision, recall and F1 (in percent) of measure `i`, as the scorer computes them.
    pub fn prf(&self, i: usize) -> (f64, f64, f64) {
        let tp = self.hits[i] as f64;
        let p = if self.predicted > 0 {
            tp / self.predicted as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            tp / self.gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}

pub fn table(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().map(|l| {
        l.split_once('\t')
            .unwrap_or_else(|| panic!("no tab in {l:?}"))
    })
}

fn lookup(text: &'static str, key: &str) -> Option<&'static str> {
    table(text).find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// The scorer's `norm_unit`: a synonym, else a trailing plural "s" dropped and a synonym
/// of that.
pub fn norm_unit(u: Option<&str>) -> String {
    let u = u.unwrap_or("").trim().to_lowercase();
    if let Some(s) = lookup(UNITS, &u) {
        return s.to_string();
    }
    let mut v = u;
    if v.ends_with('s') && v.chars().count() > 3 && !v.ends_with("ss") {
        v.pop();
    }
    lookup(UNITS, &v).map(str::to_string).unwrap_or(v)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-8 + 1e-5 * b.abs()
}

/// The scorer's `vmatch`: a number matches a number, a range a range.
fn vmatch(gold: Figure, pred: Figure) -> bool {
    match (gold, pred) {
        (Figure::One(g), Figure::One(p)) => close(p, g),
        (Figure::Range(g0, g1), Figure::Range(p0, p1)) => close(p0, g0) && close(p1, g1),
        _ => false,
    }
}

/// The scorer's `gold_value`: "12.5", or "3-5" for a range.
pub fn gold_value(v: &Value) -> Figure {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let num = |t: &str| -> f64 {
        t.trim()
            .parse()
            .unwrap_or_else(|e| panic!("gold value {s:?}: {e}"))
    };
    if !s.contains('E') && !s.starts_with('-') && s.contains('-') {
        let mut it = s.split('-');
        let a = num(it.next().unwrap());
        let b = num(it.next().unwrap());
        return Figure::Range(a, b);
    }
    Figure::One(num(&s))
}

/// One JSON line of the extractor read as the scorer reads it; `None` for lines it skips
/// (dates, which have no "value").
pub fn read_line(line: &Value) -> Option<Pred> {
    let number = |v: &Value| v.as_f64();
    let value = match line.get("value")? {
        Value::Array(a) if a.len() >= 2 => Figure::Range(number(&a[0])?, number(&a[1])?),
        Value::Object(o) => Figure::Range(number(o.get("low")?)?, number(o.get("high")?)?),
        v => Figure::One(number(v)?),
    };
    let qualifier = line
        .get("qualifier")
        .and_then(Value::as_str)
        .unwrap_or("eq")
        .to_lowercase();
    let class = lookup(QUALIFIERS, &qualifier).unwrap_or("=");
    let change = match line.get("change").and_then(Value::as_str) {
        Some(c @ ("up" | "down")) => c,
        _ => class,
    };
    Some(Pred {
        value,
        unit: norm_unit(line.get("unit").and_then(Value::as_str)),
        change: change.to_string(),
    })
}

/// The extractor's predictions for one sentence, through its JSON lines.
pub fn predict(sentence: &str) -> Vec<Pred> {
    extract(sentence)
        .iter()
        .filter_map(|m| {
            let line: Value = serde_json::from_str(&jsonl_line(m, sentence)).unwrap();
            read_line(&line)
        })
        .collect()
}

/// A gold sentence's text as the scorer feeds it: one line.
pub fn sentence(example: &Value) -> String {
    example["text"].as_str().unwrap().replace('\n', " ")
}

/// Scores the extractor on a NewsQuant-format gold set with the scorer's matching rules.
pub fn score(gold: &[Value]) -> Scores {
    let mut s = Scores {
        sentences: gold.len(),
        ..Scores::default()
    };
    for ex in gold {
        let text = sentence(ex);
        let mut preds = predict(&text);
        preds.sort_by(|a, b| a.unit.cmp(&b.unit));
        let mut golds: Vec<&Value> = ex["quantities"].as_array().unwrap().iter().collect();
        golds.sort_by_key(|g| {
            g.get("normalized_unit")
                .and_then(Value::as_str)
                .unwrap_or("")
        });
        s.gold += golds.len();
        s.predicted += preds.len();
        if golds.is_empty() && !preds.is_empty() {
            s.misses.push(format!("EXTRA in {text:?}"));
        }
        let mut credit = golds.len();
        for g in golds {
            let gv = gold_value(&g["value"]);
            let gu = g
                .get("normalized_unit")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_lowercase();
            let gc = g.get("change").and_then(Value::as_str);
            let mut ok = [false; 3];
            let mut take = None;
            for (j, p) in preds.iter().enumerate() {
                if !vmatch(gv, p.value) {
                    continue;
                }
                if credit > 0 {
                    s.hits[0] += 1;
                    credit -= 1;
                    ok[0] = true;
                }
                if gc == Some(p.change.as_str()) {
                    s.hits[2] += 1;
                    ok[2] = true;
                }
                if p.unit == gu {
                    s.hits[1] += 1;
                    ok[1] = true;
                    take = Some(j);
                    break;
                }
            }
            if let Some(j) = take {
                preds.remove(j);
            }
            if ok != [true; 3] {
                s.misses.push(format!(
                    "{gv:?} {gu:?} {gc:?}: value {} unit {} qualifier {} in {text:?}",
                    ok[0], ok[1], ok[2]
                ));
            }
        }
    }
    s
}

/// Reads a gold set at `rel` from the crate root.
pub fn read_gold(rel: &str) -> Vec<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The real news parts (tests/fixtures/extract/real/pages_*.json) as paths from the crate
/// root, sorted.
pub fn real_parts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(REAL);
    let mut parts: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pages_") && n.ends_with(".json"))
        .map(|n| format!("{REAL}/{n}"))
        .collect();
    parts.sort();
    parts
}

/// Where the real news parts are, from the crate root.
pub const REAL: &str = "tests/fixtures/extract/real";
