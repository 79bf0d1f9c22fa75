//! Investment and PooledInvestment (Pasternack & Roth, COLING 2010), measured as
//! alternatives to ACCU (`Config::method`): each source invests its trust, divided equally
//! among its claims, in the values it claims; a value's belief grows faster than linearly
//! with what was invested in it (G(x) = x^g) — over all values (Investment, g = 1.2) or
//! pooled within its subject (PooledInvestment, g = 1.4) — and each source then earns back
//! from every value a share of its belief proportional to what it invested. No copy
//! detection and no precision support: each claim backs its own value only.
//!
//! As in the paper, the rounds start from beliefs, not from trust: every candidate of a
//! subject starts with belief 1/|candidates| (the uniform B⁰), round i computes trust Tⁱ
//! from Bⁱ⁻¹ and Tⁱ⁻¹, then Bⁱ from Tⁱ. Starting instead from equal trust (Bⁱ from T⁰ = 1
//! first) makes a one-claim source invest its whole trust against a prolific source's
//! 1/|claims|, and the fixed point the rounds reach depends on that start.

use super::accu::State;
use super::copying::PairStore;
use super::index::Index;
use super::{Config, Method};

/// Rounds of investment (the paper's experiments run 20).
const ROUNDS: usize = 20;

/// Investment's g (the paper's 1.2); PooledInvestment takes `Config::investment_growth`.
const INVESTMENT_GROWTH: f64 = 1.2;

/// Runs the rounds; accuracies are the trusts scaled so the most trusted source has 1
/// (kept within the configuration's bounds), probabilities the beliefs normalised within
/// each subject.
pub fn run(index: &Index, config: &Config) -> State {
    let units = index.units.len();
    let mut per_unit = vec![1.0f64; units];
    if config.investment_divided {
        per_unit.iter_mut().for_each(|n| *n = 0.0);
        for c in &index.claims {
            per_unit[c.source as usize] += 1.0;
        }
    }
    let mut trust = vec![1.0f64; units];
    let mut invested = vec![0.0f64; index.candidates.len()];
    let mut belief = vec![0.0f64; index.candidates.len()];
    for s in 0..index.subjects() {
        let cr = index.candidate_range(s);
        let uniform = 1.0 / cr.len().max(1) as f64;
        belief[cr].iter_mut().for_each(|b| *b = uniform);
    }
    for _ in 0..ROUNDS {
        invest(index, &trust, &per_unit, &mut invested);
        let mut next = vec![0.0f64; units];
        for s in 0..index.subjects() {
            let cr = index.candidate_range(s);
            for i in index.claim_range(s) {
                let u = index.claims[i].source as usize;
                let k = cr.start + index.own[i] as usize;
                if invested[k] > 0.0 {
                    next[u] += belief[k] * (trust[u] / per_unit[u]) / invested[k];
                }
            }
        }
        scale_to_max(&mut next);
        trust = next;
        invest(index, &trust, &per_unit, &mut invested);
        grow(index, config, &invested, &mut belief);
    }
    fact_finder_state(index, config, trust, belief, ROUNDS)
}

/// A fact-finder's result as the vote's [`State`]: each subject's scores normalised to
/// probabilities, every claim counted as its own origin (no copy detection), trust
/// clamped as the vote clamps accuracy. Shared with TruthFinder.
pub(super) fn fact_finder_state(
    index: &Index,
    config: &Config,
    trust: Vec<f64>,
    mut prob: Vec<f64>,
    rounds: usize,
) -> State {
    let mut origins = vec![0.0f64; index.candidates.len()];
    for s in 0..index.subjects() {
        let cr = index.candidate_range(s);
        let total: f64 = prob[cr.clone()].iter().sum();
        if total > 0.0 {
            prob[cr.clone()].iter_mut().for_each(|p| *p /= total);
        }
        for i in index.claim_range(s) {
            origins[cr.start + index.own[i] as usize] += 1.0;
        }
    }
    State {
        accuracy: trust
            .iter()
            .map(|t| t.clamp(config.min_accuracy, 1.0 - config.min_accuracy))
            .collect(),
        dependence: PairStore::new(trust.len()),
        prob,
        origins,
        rounds,
        log_likelihood: f64::NAN,
    }
}

/// Divides every value by the largest, when there is one above 0.
fn scale_to_max(values: &mut [f64]) {
    let max = values.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        values.iter_mut().for_each(|v| *v /= max);
    }
}

/// What the sources invest in each candidate: H(c) = Σ T(s)/|C_s| over its claimants.
fn invest(index: &Index, trust: &[f64], per_unit: &[f64], invested: &mut [f64]) {
    invested.iter_mut().for_each(|x| *x = 0.0);
    for s in 0..index.subjects() {
        let cr = index.candidate_range(s);
        for i in index.claim_range(s) {
            let u = index.claims[i].source as usize;
            invested[cr.start + index.own[i] as usize] += trust[u] / per_unit[u];
        }
    }
}

/// The beliefs from what was invested: G(H) = H^g for Investment, H·G(H)/Σ G(H) within
/// the subject for PooledInvestment; scaled so the largest is 1.
fn grow(index: &Index, config: &Config, invested: &[f64], belief: &mut [f64]) {
    if config.method != Method::PooledInvestment {
        for (b, h) in belief.iter_mut().zip(invested) {
            *b = h.powf(INVESTMENT_GROWTH);
        }
    } else {
        let g = config.investment_growth;
        for s in 0..index.subjects() {
            let cr = index.candidate_range(s);
            let pool: f64 = invested[cr.clone()].iter().map(|x| x.powf(g)).sum();
            for k in cr {
                belief[k] = if pool > 0.0 {
                    invested[k] * invested[k].powf(g) / pool
                } else {
                    0.0
                };
            }
        }
    }
    scale_to_max(belief);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{best_value, numbers};
    use super::super::{ClaimTable, Config, Method, resolve};

    /// A prolific source agreeing with another on ten objects, and a source with one
    /// claim that contradicts it on an eleventh.
    fn table() -> ClaimTable {
        numbers(|add| {
            for i in 0..10 {
                add("prolific", &format!("o{i}"), i as f64);
                add("other", &format!("o{i}"), i as f64);
            }
            add("prolific", "x", 1.0);
            add("lone", "x", 2.0);
        })
    }

    /// Starting from uniform beliefs (the paper's B⁰), the prolific source's record earns
    /// it enough trust that its one contested claim beats a source with nothing else to
    /// show; starting from equal trust, the lone source's undivided stake won.
    #[test]
    fn a_prolific_source_right_elsewhere_beats_a_lone_claim() {
        let t = table();
        for method in [Method::Investment, Method::PooledInvestment] {
            let r = resolve(
                &t,
                &Config {
                    method,
                    ..Config::default()
                },
            );
            assert_eq!(best_value(&t, &r, "x"), 1.0, "{method:?}");
            let trust = r.trust();
            let source = |name: &str| t.sources.get(name).unwrap() as usize;
            assert!(
                trust[source("prolific")] > trust[source("lone")],
                "{method:?}"
            );
        }
    }
}
