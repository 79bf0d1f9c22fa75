//! TruthFinder (Yin, Han and Yu, KDD 2007; TKDE 2008), measured as an alternative to ACCU
//! (`Config::method`). A source's trust t is the mean confidence of its claims; a value's
//! confidence score is the sum of its claimants' τ = −ln(1 − t), adjusted by the other
//! candidates of its subject through implication (ρ · σ(other) · (sim − base): a near
//! figure supports, a distant one counts against), and its confidence is the dampened
//! logistic 1 / (1 + e^(−γσ*)). No copy detection. Parameters are the paper's: t⁰ = 0.9,
//! ρ = 0.5, γ = 0.3, base similarity 0.5, rounds until no trust moves by more than the
//! configuration's tolerance (at most 20).

use super::Config;
use super::accu::State;
use super::index::Index;
use super::investment::fact_finder_state;
use super::table::{ClaimTable, Value};

/// Every source's trust before any evidence (the paper's t⁰).
const START_TRUST: f64 = 0.9;
/// ρ: how much the other candidates' scores imply for a candidate.
const IMPLICATION: f64 = 0.5;
/// γ: the dampening of the logistic (claims from sources that copy each other are not
/// independent; the paper's 0.3).
const DAMPENING: f64 = 0.3;
/// Similarity below which two candidates conflict (imp = sim − base).
const BASE_SIMILARITY: f64 = 0.5;
/// Similarity of two numbers falls as e^(−d / span) with their relative difference d.
const NUMBER_SPAN: f64 = 0.01;
const MAX_ROUNDS: usize = 20;
/// Trust is kept below 1 so that τ stays finite.
const MAX_TRUST: f64 = 1.0 - 1e-6;

/// Runs the rounds; accuracies are the trusts, probabilities the confidences normalised
/// within each subject.
pub fn run(table: &ClaimTable, index: &Index, config: &Config) -> State {
    let units = index.units.len();
    let mut trust = vec![START_TRUST; units];
    let mut confidence = vec![0.0f64; index.candidates.len()];
    let mut rounds = 0;
    while rounds < MAX_ROUNDS {
        score(table, index, &trust, &mut confidence);
        rounds += 1;
        let mut sum = vec![0.0f64; units];
        let mut count = vec![0.0f64; units];
        for s in 0..index.subjects() {
            let cr = index.candidate_range(s);
            for i in index.claim_range(s) {
                let u = index.claims[i].source as usize;
                sum[u] += confidence[cr.start + index.own[i] as usize];
                count[u] += 1.0;
            }
        }
        let next: Vec<f64> = sum
            .iter()
            .zip(&count)
            .map(|(s, c)| if *c > 0.0 { s / c } else { START_TRUST })
            .collect();
        let moved = next
            .iter()
            .zip(&trust)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        trust = next;
        if moved < config.tolerance {
            break;
        }
    }
    score(table, index, &trust, &mut confidence);
    fact_finder_state(index, config, trust, confidence, rounds)
}

/// Every candidate's confidence from the sources' trust.
fn score(table: &ClaimTable, index: &Index, trust: &[f64], confidence: &mut [f64]) {
    let mut sigma = Vec::new();
    for s in 0..index.subjects() {
        let cr = index.candidate_range(s);
        sigma.clear();
        sigma.resize(cr.len(), 0.0);
        for i in index.claim_range(s) {
            let t = trust[index.claims[i].source as usize].min(MAX_TRUST);
            sigma[index.own[i] as usize] += -(1.0 - t).ln();
        }
        let cands = &index.candidates[cr.clone()];
        for (k, &a) in cands.iter().enumerate() {
            let mut adjusted = sigma[k];
            for (j, &b) in cands.iter().enumerate() {
                if j != k {
                    let sim = similarity(table.value_of(b), table.value_of(a));
                    adjusted += IMPLICATION * sigma[j] * (sim - BASE_SIMILARITY);
                }
            }
            confidence[cr.start + k] = 1.0 / (1.0 + (-DAMPENING * adjusted).exp());
        }
    }
}

/// How much a claim of `from` implies `to`: 1 when `from` contains it (a coarser span),
/// e^(−d / span) for numbers at relative difference d, 0 otherwise.
fn similarity(from: &Value, to: &Value) -> f64 {
    if from.supports(to) {
        return 1.0;
    }
    match (from, to) {
        (Value::Number(a), Value::Number(b)) => {
            let scale = a.point.abs().max(b.point.abs());
            if scale > 0.0 {
                (-(a.point - b.point).abs() / scale / NUMBER_SPAN).exp()
            } else {
                1.0
            }
        }
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{add_number as add, best_value};
    use super::super::{ClaimTable, Config, Method, resolve};

    fn best(t: &ClaimTable, object: &str) -> f64 {
        let config = Config {
            method: Method::TruthFinder,
            ..Config::default()
        };
        best_value(t, &resolve(t, &config), object)
    }

    /// Two sources giving figures 0.1% apart imply each other; together they beat a
    /// third, distant figure claimed first by a source as trusted as each of them.
    #[test]
    fn near_figures_support_each_other_against_a_distant_one() {
        let mut t = ClaimTable::new();
        add(&mut t, "c", "x", 150.0);
        add(&mut t, "a", "x", 1000.0);
        add(&mut t, "b", "x", 1001.0);
        let v = best(&t, "x");
        assert!(v == 1000.0 || v == 1001.0, "{v}");
    }

    /// A source that agrees with others elsewhere earns more trust than one that is
    /// always alone against them, and its figure wins where the two meet alone.
    #[test]
    fn a_source_agreeing_elsewhere_wins_where_two_meet_alone() {
        let mut t = ClaimTable::new();
        for i in 0..10 {
            let o = format!("o{i}");
            add(&mut t, "odd", &o, 500.0 + i as f64);
            add(&mut t, "good", &o, i as f64);
            add(&mut t, "ok", &o, i as f64);
        }
        add(&mut t, "odd", "x", 2.0);
        add(&mut t, "good", "x", 1.0);
        assert_eq!(best(&t, "x"), 1.0);
    }
}
