//! PooledInvestment (Pasternack & Roth, COLING 2010), tried as an alternative to ACCU
//! (`Config::method`): each source invests its trust, divided equally among its claims,
//! in the values it claims; a value's belief grows faster than linearly with what was
//! invested in it (G(x) = x^g) and is pooled within its subject; each source then earns
//! back from every value a share of its belief proportional to what it invested. A
//! prolific source's trust is spread thin over its many claims. No copy detection and no
//! precision support: each claim backs its own value only.

use super::Config;
use super::accu::State;
use super::copying::PairStore;
use super::index::Index;

/// Rounds of investment (the paper's experiments run 20 or fewer).
const ROUNDS: usize = 20;

/// Runs the rounds; accuracies are the trusts scaled so the most trusted source has 1
/// (kept within the configuration's bounds), probabilities the pooled beliefs
/// normalised within each subject.
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
    for _ in 0..ROUNDS {
        invest(index, config, &trust, &per_unit, &mut invested, &mut belief);
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
        let max = next.iter().copied().fold(0.0, f64::max);
        if max > 0.0 {
            next.iter_mut().for_each(|t| *t /= max);
        }
        trust = next;
    }
    invest(index, config, &trust, &per_unit, &mut invested, &mut belief);
    let mut prob = belief;
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
        dependence: PairStore::new(units),
        prob,
        origins,
        rounds: ROUNDS,
    }
}

/// What the sources invest in each candidate, and the candidates' pooled beliefs.
fn invest(
    index: &Index,
    config: &Config,
    trust: &[f64],
    per_unit: &[f64],
    invested: &mut [f64],
    belief: &mut [f64],
) {
    invested.iter_mut().for_each(|x| *x = 0.0);
    for s in 0..index.subjects() {
        let cr = index.candidate_range(s);
        for i in index.claim_range(s) {
            let u = index.claims[i].source as usize;
            invested[cr.start + index.own[i] as usize] += trust[u] / per_unit[u];
        }
        let g = config.investment_growth;
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
