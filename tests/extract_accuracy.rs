//! Extraction accuracy on the NewsQuant dev set (../shared/data/newsquant/dev.json): value
//! F1 in-process with the benchmark scorer's matching rules, and all three measures with
//! the shared scorer itself (../shared/bench/newsquant_score.py, when python3 runs). Skips
//! with a message when ../shared is absent.

use crosscheck::extract::{MentionValue, extract, jsonl_line};
use serde_json::Value;

/// Measured on the whole dev set (see docs/extract.md): value F1 97.7, value+unit 89.9,
/// value+qualifier 91.0. The floors leave a small margin for rule changes.
const VALUE_F1_FLOOR: f64 = 96.5;
const VALUE_UNIT_F1_FLOOR: f64 = 88.5;
const VALUE_QUALIFIER_F1_FLOOR: f64 = 90.0;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-8 + 1e-5 * b.abs()
}

fn gold_value(v: &Value) -> Option<(f64, Option<f64>)> {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if !s.contains('E') && !s.starts_with('-') && s.contains('-') {
        let mut it = s.split('-');
        let a = it.next()?.trim().parse().ok()?;
        let b = it.next()?.trim().parse().ok()?;
        return Some((a, Some(b)));
    }
    Some((s.trim().parse().ok()?, None))
}

#[test]
fn value_f1_on_newsquant_dev_stays_above_the_floor() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/newsquant/dev.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "skipped: {} not found (../shared is absent)",
            path.display()
        );
        return;
    };
    let gold: Vec<Value> = serde_json::from_str(&text).unwrap();
    let (mut tp, mut n_gold, mut n_pred) = (0usize, 0usize, 0usize);
    for ex in &gold {
        let sentence = ex["text"].as_str().unwrap().replace('\n', " ");
        let preds: Vec<(f64, Option<f64>)> = extract(&sentence)
            .into_iter()
            .filter_map(|m| match m.value {
                MentionValue::Number(v) => Some((v, None)),
                MentionValue::Range(a, b) => Some((a, Some(b))),
                MentionValue::Date(_) => None,
            })
            .collect();
        let golds: Vec<(f64, Option<f64>)> = ex["quantities"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| gold_value(&q["value"]))
            .collect();
        n_gold += golds.len();
        n_pred += preds.len();
        // As the scorer: each gold quantity earns credit once when some prediction has its value.
        for g in &golds {
            let hit = preds.iter().any(|p| match (g.1, p.1) {
                (None, None) => close(p.0, g.0),
                (Some(gb), Some(pb)) => close(p.0, g.0) && close(pb, gb),
                _ => false,
            });
            if hit {
                tp += 1;
            }
        }
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    let f1 = 200.0 * p * r / (p + r).max(f64::MIN_POSITIVE);
    println!(
        "value P={:.1} R={:.1} F1={f1:.1} (gold {n_gold}, predicted {n_pred})",
        100.0 * p,
        100.0 * r
    );
    assert!(
        f1 >= VALUE_F1_FLOOR,
        "value F1 {f1:.1} fell below {VALUE_F1_FLOOR}"
    );
}

/// The F1 of one measure ("value+unit", …) in the shared scorer's output.
fn scorer_f1(out: &str, measure: &str) -> Option<f64> {
    let line = out
        .lines()
        .find(|l| l.split_whitespace().next() == Some(measure))?;
    line.split_whitespace()
        .find_map(|f| f.strip_prefix("F1="))?
        .parse()
        .ok()
}

#[test]
fn all_three_measures_stay_above_their_floors_with_the_shared_scorer() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev = root.join("../shared/data/newsquant/dev.json");
    let scorer = root.join("../shared/bench/newsquant_score.py");
    let (Ok(text), true) = (std::fs::read_to_string(&dev), scorer.exists()) else {
        println!(
            "skipped: {} or {} not found",
            dev.display(),
            scorer.display()
        );
        return;
    };
    let gold: Vec<Value> = serde_json::from_str(&text).unwrap();
    // The scorer's own input: one sentence a line.
    let mut input = String::new();
    for ex in &gold {
        input.push_str(&ex["text"].as_str().unwrap().replace('\n', " "));
        input.push('\n');
    }
    let mut jsonl = String::new();
    for m in extract(&input) {
        jsonl.push_str(&jsonl_line(&m, &input));
        jsonl.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    std::fs::write(&pred, jsonl).unwrap();
    let out = match std::process::Command::new("python3")
        .arg(&scorer)
        .arg(&dev)
        .arg("--predictions")
        .arg(&pred)
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        other => {
            println!("skipped: python3 could not run the scorer: {other:?}");
            return;
        }
    };
    println!("{out}");
    for (measure, floor) in [
        ("value", VALUE_F1_FLOOR),
        ("value+unit", VALUE_UNIT_F1_FLOOR),
        ("value+qualifier", VALUE_QUALIFIER_F1_FLOOR),
    ] {
        let f1 = scorer_f1(&out, measure)
            .unwrap_or_else(|| panic!("no {measure} line in the scorer's output:\n{out}"));
        assert!(f1 >= floor, "{measure} F1 {f1:.1} fell below {floor}");
    }
}
