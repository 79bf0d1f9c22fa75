//! Extraction accuracy on our own general news set (tests/fixtures/extract/general/
//! sentences.json): 99 sentences composed for this test, not taken from NewsQuant or any
//! article, covering fractions, percent and point spellings, currencies with scales,
//! vague plurals, ranges, approximations, bounds, changes, measurement units, counted
//! nouns and things that are not quantities. The file uses the NewsQuant gold format
//! (`value`, `normalized_unit`, `change`), so `bench/newsquant_split.py` also scores it
//! with the shared scorer; this test scores it in-process with the same matching rules.

use crosscheck::extract::{Change, Mention, MentionValue, extract};
use crosscheck::value::Qualifier;
use serde_json::Value;

/// Measured after the generalisation batch (docs/extract.md): value F1 99.2, value+unit
/// 96.7, value+qualifier 98.3. Before any rule was fitted to this set: 94.3 / 88.5 / 91.8.
const VALUE_F1_FLOOR: f64 = 97.0;
const VALUE_UNIT_F1_FLOOR: f64 = 94.0;
const VALUE_QUALIFIER_F1_FLOOR: f64 = 96.0;
const BLIND_A_FLOORS: [f64; 3] = [98.0, 93.0, 96.0];
const BLIND_B_FLOORS: [f64; 3] = [96.0, 90.0, 93.0];
const BLIND_C_FLOORS: [f64; 3] = [96.0, 88.0, 91.5];
const BLIND_D_FLOORS: [f64; 3] = [94.5, 83.5, 91.5];
const BLIND_E_FLOORS: [f64; 3] = [96.5, 89.0, 93.0];
const BLIND_F_FLOORS: [f64; 3] = [97.5, 90.5, 93.5];
const BLIND_G_FLOORS: [f64; 3] = [94.5, 82.5, 89.5];
const BLIND_H_FLOORS: [f64; 3] = [95.0, 88.0, 91.0];
const BLIND_I_FLOORS: [f64; 3] = [98.5, 90.5, 93.0];
const BLIND_J_FLOORS: [f64; 3] = [97.5, 88.5, 91.0];
const BLIND_K_FLOORS: [f64; 3] = [95.5, 90.0, 94.5];
const BLIND_L_FLOORS: [f64; 3] = [97.0, 89.5, 90.0];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-8 + 1e-5 * b.abs()
}

/// A value as the scorer reads it: a number or a `low-high` range.
fn gold_value(s: &str) -> (f64, Option<f64>) {
    if !s.contains('E') && !s.starts_with('-') && s.contains('-') {
        let mut it = s.split('-');
        let a = it.next().unwrap().trim().parse().unwrap();
        let b = it.next().unwrap().trim().parse().unwrap();
        return (a, Some(b));
    }
    (s.trim().parse().unwrap(), None)
}

/// The shared scorer's unit normaliser (../shared/bench/newsquant_score.py), the part
/// this set needs: a few synonyms, then a trailing plural "s" dropped.
fn norm_unit(u: Option<&str>) -> String {
    let u = u.unwrap_or("").trim().to_lowercase();
    let syn = |u: &str| -> Option<&'static str> {
        Some(match u {
            "" | "none" | "dimensionless" | "count" => "-",
            "%" | "percent" | "pct" | "per cent" => "percentage",
            "km" | "kilometer" => "kilometre",
            "mph" => "mile per hour",
            "km/h" | "kph" => "kilometre per hour",
            "$" | "usd" | "us$" => "dollar",
            "€" | "eur" => "euro",
            "£" | "gbp" => "pound sterling",
            "¥" | "jpy" | "yen" => "japanese yen",
            "tonne" | "t" => "metric ton",
            "gb" => "gigabyte",
            "mw" => "megawatt",
            "°c" => "celsius",
            "bps" | "basis points" => "basis point",
            _ => return None,
        })
    };
    if let Some(s) = syn(&u) {
        return s.to_string();
    }
    let mut v = u.clone();
    if v.ends_with('s') && v.chars().count() > 3 && !v.ends_with("ss") {
        v.pop();
    }
    syn(&v).map(str::to_string).unwrap_or(v)
}

/// The scorer's qualifier column: the change when there is one, else =, ~, > or <.
fn qual_code(m: &Mention) -> &'static str {
    match m.change {
        Some(Change::Up) => "up",
        Some(Change::Down) => "down",
        None => match m.qualifier {
            Qualifier::Approx => "~",
            Qualifier::MoreThan | Qualifier::AtLeast => ">",
            Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo => "<",
            _ => "=",
        },
    }
}

struct Pred {
    value: (f64, Option<f64>),
    unit: String,
    qual: &'static str,
}

fn vmatch(g: (f64, Option<f64>), p: (f64, Option<f64>)) -> bool {
    match (g.1, p.1) {
        (None, None) => close(p.0, g.0),
        (Some(gb), Some(pb)) => close(p.0, g.0) && close(pb, gb),
        _ => false,
    }
}

/// Scores the set at `rel` (from the crate root) and asserts each F1 stays above its
/// floor, printing every miss first (seen with `--nocapture` or on failure).
fn assert_floors(rel: &str, floors: [f64; 3]) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let gold: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(gold.len() >= 60, "{rel} has {} sentences", gold.len());
    let (mut tp_v, mut tp_vu, mut tp_vq, mut n_gold, mut n_pred) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for ex in &gold {
        let text = ex["text"].as_str().unwrap();
        let mut preds: Vec<Pred> = extract(text)
            .iter()
            .filter_map(|m| {
                let value = match m.value {
                    MentionValue::Number(v) => (v, None),
                    MentionValue::Range(a, b) => (a, Some(b)),
                    MentionValue::Date(_) => return None,
                };
                Some(Pred {
                    value,
                    unit: norm_unit(m.unit.as_ref().map(|u| u.name.as_str())),
                    qual: qual_code(m),
                })
            })
            .collect();
        let golds = ex["quantities"].as_array().unwrap();
        n_gold += golds.len();
        n_pred += preds.len();
        if golds.is_empty() && !preds.is_empty() {
            misses.push(format!("EXTRA in {text:?}"));
        }
        // As the scorer: value credit at most once per gold quantity; a unit match
        // consumes the prediction.
        let mut credit = golds.len();
        for g in golds {
            let gv = gold_value(g["value"].as_str().unwrap());
            let gu = g["normalized_unit"].as_str().unwrap().to_lowercase();
            let gq = g["change"].as_str().unwrap();
            let (mut v_ok, mut u_ok, mut q_ok) = (false, false, false);
            let mut take = None;
            for (j, p) in preds.iter().enumerate() {
                if !vmatch(gv, p.value) {
                    continue;
                }
                if credit > 0 && !v_ok {
                    tp_v += 1;
                    credit -= 1;
                    v_ok = true;
                }
                if p.qual == gq && !q_ok {
                    tp_vq += 1;
                    q_ok = true;
                }
                if p.unit == gu {
                    tp_vu += 1;
                    u_ok = true;
                    take = Some(j);
                    break;
                }
            }
            if let Some(j) = take {
                preds.remove(j);
            }
            if !(v_ok && u_ok && q_ok) {
                misses.push(format!(
                    "{gv:?} {gu:?} {gq}: value {v_ok} unit {u_ok} qualifier {q_ok} in {text:?}"
                ));
            }
        }
    }
    let f1 = |tp: usize| {
        let p = tp as f64 / n_pred.max(1) as f64;
        let r = tp as f64 / n_gold.max(1) as f64;
        (
            100.0 * p,
            100.0 * r,
            200.0 * p * r / (p + r).max(f64::MIN_POSITIVE),
        )
    };
    println!(
        "{rel}: {} sentences, gold {n_gold}, predicted {n_pred}",
        gold.len()
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    for ((name, tp), floor) in [
        ("value", tp_v),
        ("value+unit", tp_vu),
        ("value+qualifier", tp_vq),
    ]
    .into_iter()
    .zip(floors)
    {
        let (p, r, f) = f1(tp);
        println!("{name:15} P={p:.1} R={r:.1} F1={f:.1} (floor {floor})");
        assert!(f >= floor, "{rel}: {name} F1 {f:.1} fell below {floor}");
    }
}

#[test]
fn general_news_set_stays_above_its_floors() {
    assert_floors(
        "tests/fixtures/extract/general/sentences.json",
        [
            VALUE_F1_FLOOR,
            VALUE_UNIT_F1_FLOOR,
            VALUE_QUALIFIER_F1_FLOOR,
        ],
    );
}

/// The blind sets (tests/fixtures/extract/blind/README.md): before any rule was written
/// against them, a 98.4 / 87.2 / 93.3 and b 96.6 / 86.1 / 90.8 (value, value+unit,
/// value+qualifier F1). The floors sit a little under the figures measured after the
/// rules written from their misses (docs/extract.md).
#[test]
fn blind_set_a_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/a.json", BLIND_A_FLOORS);
}

#[test]
fn blind_set_b_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/b.json", BLIND_B_FLOORS);
}

/// The hard blind sets: before any rule was written against them, c 93.8 / 84.5 / 85.3
/// and d 93.0 / 80.9 / 86.0 (shared scorer).
#[test]
fn blind_set_c_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/c.json", BLIND_C_FLOORS);
}

#[test]
fn blind_set_d_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/d.json", BLIND_D_FLOORS);
}

/// The last two hard blind sets: before any rule was written against them (at commit
/// a7bc003), e 96.2 / 85.8 / 90.7 and f 97.1 / 90.5 / 93.0 (shared scorer).
#[test]
fn blind_set_e_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/e.json", BLIND_E_FLOORS);
}

#[test]
fn blind_set_f_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/f.json", BLIND_F_FLOORS);
}

/// The held-back sets g and h: scored, never read for rules (see the blind README). At
/// commit 75e1d67: g 95.7 / 84.4 / 91.0, h 96.2 / 89.4 / 92.3 (shared scorer).
#[test]
fn held_back_set_g_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/g.json", BLIND_G_FLOORS);
}

#[test]
fn held_back_set_h_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/h.json", BLIND_H_FLOORS);
}

/// Sets i and j, commissioned in session 6 after the held-out dev part was read: before
/// any rule was written against them (at commit 1a7d3f6), i 99.0 / 88.7 / 90.5 and
/// j 98.4 / 88.0 / 91.1 (shared scorer); then their misses were read.
#[test]
fn blind_set_i_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/i.json", BLIND_I_FLOORS);
}

#[test]
fn blind_set_j_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/j.json", BLIND_J_FLOORS);
}

/// Sets k (wire copy) and l (tech, science, sport), commissioned at the end of session 6:
/// before any rule was written against them (at commit 3774892), k 94.0 / 87.6 / 92.5 and
/// l 98.3 / 90.9 / 91.4 (shared scorer). k's misses were then read; l is held back.
#[test]
fn blind_set_k_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/k.json", BLIND_K_FLOORS);
}

#[test]
fn held_back_set_l_stays_above_its_floors() {
    assert_floors("tests/fixtures/extract/blind/l.json", BLIND_L_FLOORS);
}
