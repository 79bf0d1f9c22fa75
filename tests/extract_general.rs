//! Extraction accuracy on our own general news set (tests/fixtures/extract/general/
//! sentences.json): 99 sentences composed for this test, not taken from NewsQuant or any
//! article, covering fractions, percent and point spellings, currencies with scales,
//! vague plurals, ranges, approximations, bounds, changes, measurement units, counted
//! nouns and things that are not quantities. The file uses the NewsQuant gold format
//! (`value`, `normalized_unit`, `change`), so `bench/newsquant_split.py` also scores it
//! with the shared scorer; this test scores it in-process with the same rules
//! (`tests/common/score.rs`, checked against the scorer by `tests/extract_accuracy.rs`).

mod common;

use common::score;

/// Measured after the generalisation batch (docs/extract-log.md): value F1 99.2, value+unit
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

/// Scores the set at `rel` (from the crate root) with the scorer's rules and asserts each
/// F1 stays above its floor, printing every miss first (seen with `--nocapture` or on
/// failure).
fn assert_floors(rel: &str, floors: [f64; 3]) {
    let gold = score::read_gold(rel);
    assert!(gold.len() >= 60, "{rel} has {} sentences", gold.len());
    let s = score::score(&gold);
    println!(
        "{rel}: {} sentences, gold {}, predicted {}",
        s.sentences, s.gold, s.predicted
    );
    for m in &s.misses {
        println!("  miss: {m}");
    }
    for (i, (name, floor)) in score::MEASURES.into_iter().zip(floors).enumerate() {
        let (p, r, f) = s.prf(i);
        println!("{name:15} P={p:.1} R={r:.1} F1={f:.1} (floor {floor})");
        assert!(f >= floor, "{rel}: {name} F1 {f:.1} fell below {floor}");
    }
}

#[test]
fn the_scorer_tables_are_sorted_and_unique() {
    for text in [score::UNITS, score::QUALIFIERS] {
        let keys: Vec<&str> = score::table(text).map(|(k, _)| k).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    }
}

#[test]
fn units_are_normalised_as_the_scorer_does() {
    assert_eq!(score::norm_unit(Some("km")), "kilometre");
    assert_eq!(score::norm_unit(Some("Soldiers")), "soldier");
    assert_eq!(score::norm_unit(Some("kilometres")), "kilometre");
    assert_eq!(score::norm_unit(Some("class")), "class");
    assert_eq!(score::norm_unit(None), "-");
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
/// rules written from their misses (docs/extract-log.md).
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
