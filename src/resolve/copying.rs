//! Copy detection between sources (Dong, Berti-Équille and Srivastava, VLDB 2009, "ACCU"):
//! two independent sources rarely share the same *false* value, so a pair that shares many
//! is likely copying. For each pair the shared subjects are counted as agreements on a
//! likely true value (kt), agreements on a likely false value (kf) and disagreements (kd),
//! and Bayes' rule weighs "independent" against "one copies the other".

use super::Config;
use super::index::Index;
use crate::model::fxhash::FxHashMap;

/// A value per unordered pair of sources: a dense matrix for a few sources, a hash map
/// for thousands (where most pairs never meet), hashed with `FxHasher` (the keys are the
/// corpus's own pairs of ids; `pairs` sorts them, so no hash order reaches the output).
#[derive(Debug, Clone)]
pub enum PairStore<T> {
    Dense { n: usize, cells: Vec<T> },
    Sparse(FxHashMap<u64, T>),
}

/// Up to this many sources the pair store is a dense matrix.
const DENSE_LIMIT: usize = 1024;

impl<T: Copy + Default> PairStore<T> {
    pub fn new(sources: usize) -> Self {
        if sources <= DENSE_LIMIT {
            PairStore::Dense {
                n: sources,
                cells: vec![T::default(); sources * sources],
            }
        } else {
            PairStore::Sparse(FxHashMap::default())
        }
    }

    fn key(a: u32, b: u32) -> (u32, u32) {
        if a < b { (a, b) } else { (b, a) }
    }

    pub fn get(&self, a: u32, b: u32) -> T {
        let (a, b) = Self::key(a, b);
        match self {
            PairStore::Dense { n, cells } => cells[a as usize * n + b as usize],
            PairStore::Sparse(map) => map
                .get(&((a as u64) << 32 | b as u64))
                .copied()
                .unwrap_or_default(),
        }
    }

    pub fn entry(&mut self, a: u32, b: u32) -> &mut T {
        let (a, b) = Self::key(a, b);
        match self {
            PairStore::Dense { n, cells } => &mut cells[a as usize * *n + b as usize],
            PairStore::Sparse(map) => map.entry((a as u64) << 32 | b as u64).or_default(),
        }
    }

    /// Every stored pair (a < b) with its value.
    pub fn pairs(&self) -> Vec<(u32, u32, T)> {
        match self {
            PairStore::Dense { n, cells } => (0..*n)
                .flat_map(|a| ((a + 1)..*n).map(move |b| (a, b)))
                .map(|(a, b)| (a as u32, b as u32, cells[a * n + b]))
                .collect(),
            PairStore::Sparse(map) => {
                let mut v: Vec<_> = map
                    .iter()
                    .map(|(k, t)| ((k >> 32) as u32, *k as u32, *t))
                    .collect();
                v.sort_unstable_by_key(|(a, b, _)| (*a, *b));
                v
            }
        }
    }
}

/// What two sources share: subjects where they give the same value, and where they differ.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Shared {
    pub same: f64,
    pub different: f64,
}

/// Counts what every pair of sources shares (once: it does not change between rounds).
pub fn count_shared(index: &Index, sources: usize) -> PairStore<Shared> {
    let mut store: PairStore<Shared> = PairStore::new(sources);
    for s in 0..index.subjects() {
        let range = index.claim_range(s);
        let claims = &index.claims[range.clone()];
        let own = &index.own[range];
        for i in 0..claims.len() {
            for j in (i + 1)..claims.len() {
                if claims[i].source == claims[j].source {
                    continue;
                }
                let e = store.entry(claims[i].source, claims[j].source);
                if own[i] == own[j] {
                    e.same += 1.0;
                } else {
                    e.different += 1.0;
                }
            }
        }
    }
    store
}

/// The probability that two sources are dependent. Under independence two sources give
/// the same value with probability A1·A2 + (1 − A1)(1 − A2)/n; a copier repeats its
/// original with probability c and otherwise behaves independently. Agreements count
/// whether the shared value is true or false: at the scale of thousands of shared
/// subjects, judging copying by shared *false* values alone made every pair of accurate
/// sources that out-voted a block of mirrors look like copiers (docs/design.md).
pub fn dependence(shared: &Shared, a1: f64, a2: f64, config: &Config) -> f64 {
    dependence_at(
        shared,
        independent_agreement(a1, a2, config),
        config.copy_rate,
        config,
    )
}

/// The chance that two independent sources of accuracies `a1`, `a2` give the same value.
fn independent_agreement(a1: f64, a2: f64, config: &Config) -> f64 {
    let n = config.false_values;
    (a1 * a2 + (1.0 - a1) * (1.0 - a2) / n).clamp(1e-9, 1.0 - 1e-9)
}

/// [`dependence`] with the chance of agreeing independently `p_same` and copy rate `c`.
fn dependence_at(shared: &Shared, p_same: f64, c: f64, config: &Config) -> f64 {
    let same = shared.same;
    let independent = same * p_same.ln() + shared.different * (1.0 - p_same).ln();
    let copying =
        same * (c + (1.0 - c) * p_same).ln() + shared.different * ((1.0 - c) * (1.0 - p_same)).ln();
    let alpha = config.copy_prior;
    let log_odds = (alpha / (1.0 - alpha)).ln() + copying - independent;
    1.0 / (1.0 + (-log_odds).exp())
}

/// Per pair of sources: the shared subjects on which they give the same value, each
/// weighted by the vote's probability that the value is false (ACCU's kf, in expectation).
pub fn false_agreements(index: &Index, prob: &[f64], sources: usize) -> PairStore<f64> {
    let mut store: PairStore<f64> = PairStore::new(sources);
    for s in 0..index.subjects() {
        let range = index.claim_range(s);
        let claims = &index.claims[range.clone()];
        let own = &index.own[range];
        let first = index.candidate_range(s).start;
        for i in 0..claims.len() {
            let false_share = 1.0 - prob[first + own[i] as usize];
            if false_share <= 0.0 {
                continue;
            }
            for j in (i + 1)..claims.len() {
                if own[i] == own[j] && claims[i].source != claims[j].source {
                    *store.entry(claims[i].source, claims[j].source) += false_share;
                }
            }
        }
    }
    store
}

/// What a pair of units shares where both are wrong (by the vote's probabilities): the
/// weight of subjects where they give one false value (`same`), the weight where they
/// give two (`apart`), and the agreement expected there of independent sources whose
/// false values follow the other claims' popularity (`expected`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WrongTogether {
    pub same: f64,
    pub apart: f64,
    pub expected: f64,
}

/// Per pair of units, [`WrongTogether`] over the subjects both speak on; a subject where
/// no other unit speaks says nothing of the popularity and is skipped.
pub fn wrong_together(index: &Index, prob: &[f64], units: usize) -> PairStore<WrongTogether> {
    let mut store: PairStore<WrongTogether> = PairStore::new(units);
    let mut mass: Vec<f64> = Vec::new();
    for s in 0..index.subjects() {
        let range = index.claim_range(s);
        let claims = &index.claims[range.clone()];
        let own = &index.own[range];
        let first = index.candidate_range(s).start;
        mass.clear();
        mass.resize(index.candidate_range(s).len(), 0.0);
        for &o in own {
            mass[o as usize] += 1.0;
        }
        let total = claims.len() as f64;
        if total < 3.0 {
            continue;
        }
        let squares: f64 = mass.iter().map(|m| m * m).sum();
        for i in 0..claims.len() {
            let (x, px) = (own[i] as usize, prob[first + own[i] as usize]);
            for j in (i + 1)..claims.len() {
                if claims[i].source == claims[j].source {
                    continue;
                }
                let (y, py) = (own[j] as usize, prob[first + own[j] as usize]);
                // The others' popularity: the pair's own claims taken out.
                let others = if x == y {
                    squares - mass[x] * mass[x] + (mass[x] - 2.0).powi(2)
                } else {
                    squares - mass[x] * mass[x] + (mass[x] - 1.0).powi(2) - mass[y] * mass[y]
                        + (mass[y] - 1.0).powi(2)
                };
                let q = others / ((total - 2.0) * (total - 2.0));
                let both_wrong = if x == y { 1.0 - px } else { 1.0 - px - py }.max(0.0);
                let e = store.entry(claims[i].source, claims[j].source);
                if x == y {
                    e.same += both_wrong;
                } else {
                    e.apart += both_wrong;
                }
                e.expected += both_wrong * q;
            }
        }
    }
    store
}

/// A pair's share of correlated errors: how far its agreement where both are wrong
/// exceeds what popularity explains, as a share of the room above it (0 when it does
/// not), shrunk by `weight` subjects of no evidence.
pub fn correlated_error(w: &WrongTogether, weight: f64) -> f64 {
    let all = w.same + w.apart;
    if all <= 0.0 || all <= w.expected {
        return 0.0;
    }
    let excess = ((w.same - w.expected) / (all - w.expected)).clamp(0.0, 1.0);
    excess * all / (all + weight)
}

/// The share of its values one source of the pair copies (AccuCopy's c, per pair): where
/// at least one of two independent sources is wrong they rarely give the same value, so
/// the pair's agreements on false values (`kf`) against its disagreements estimate c,
/// shrunk towards the configuration's `copy_rate` with the weight of
/// `copy_rate_shrinkage` shared subjects (a pair that shares little keeps the global c)
/// and kept at most `copy_rate`.
pub fn pair_copy_rate(shared: &Shared, kf: f64, config: &Config) -> f64 {
    let kf = kf.min(shared.same).max(0.0);
    let k = config.ablations.copy_rate_shrinkage;
    let c = (kf + k * config.copy_rate) / (kf + shared.different + k);
    if c.is_finite() {
        c.min(config.copy_rate)
    } else {
        0.0
    }
}

/// Per pair that shares enough to judge, the discount its later supporter takes in the
/// vote, c·P(dependent) with the pair's own c (from `kf`, [`pair_copy_rate`]); kept when
/// above `min`.
pub fn detect_partial(
    shared: &PairStore<Shared>,
    kf: &PairStore<f64>,
    accuracy: &[f64],
    config: &Config,
    min: f64,
) -> PairStore<f32> {
    let mut out = PairStore::new(accuracy.len());
    for (a, b, s) in shared.pairs() {
        let c = pair_copy_rate(&s, kf.get(a, b), config);
        if c <= min {
            continue;
        }
        let p_same = independent_agreement(accuracy[a as usize], accuracy[b as usize], config);
        let d = c * dependence_at(&s, p_same, c, config);
        if d > min {
            *out.entry(a, b) = d as f32;
        }
    }
    out
}

/// Dependence of every pair that shares enough to judge, kept when above `min`.
pub fn detect(
    shared: &PairStore<Shared>,
    accuracy: &[f64],
    config: &Config,
    min: f64,
) -> PairStore<f32> {
    detect_pairs(&sharing_pairs(shared), accuracy, config, min)
}

/// The pairs that share at least one subject, listed once (what `detect_pairs` judges each
/// round: the rounds then walk this list instead of the whole store).
pub fn sharing_pairs(shared: &PairStore<Shared>) -> Vec<(u32, u32, Shared)> {
    let mut pairs = shared.pairs();
    pairs.retain(|(_, _, s)| s.same + s.different != 0.0);
    pairs
}

/// [`detect`] on the list of [`sharing_pairs`].
pub fn detect_pairs(
    shared: &[(u32, u32, Shared)],
    accuracy: &[f64],
    config: &Config,
    min: f64,
) -> PairStore<f32> {
    let mut out = PairStore::new(accuracy.len());
    for &(a, b, s) in shared {
        if s.same + s.different == 0.0 {
            continue;
        }
        let d = dependence(&s, accuracy[a as usize], accuracy[b as usize], config);
        if d > min {
            *out.entry(a, b) = d as f32;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreeing_beyond_what_accuracy_explains_means_copying() {
        let config = Config::default();
        let copier = Shared {
            same: 30.0,
            different: 0.0,
        };
        let independent = Shared {
            same: 21.0,
            different: 10.0,
        };
        assert!(dependence(&copier, 0.8, 0.8, &config) > 0.99);
        assert!(dependence(&independent, 0.8, 0.8, &config) < 0.01);
    }

    #[test]
    fn a_pair_that_shares_its_false_values_copies_more_of_them() {
        let config = Config {
            copy_rate: 0.9,
            ..Config::default()
        };
        let shared = Shared {
            same: 900.0,
            different: 20.0,
        };
        // Wrong together on 180 subjects and apart on 20: c near 0.9 of the wrong ones.
        let mirror = pair_copy_rate(&shared, 180.0, &config);
        // The same agreement, but on values the vote holds true: little evidence of copying.
        let accurate = pair_copy_rate(&shared, 2.0, &config);
        assert!(mirror > 0.8 && mirror <= 0.9, "{mirror}");
        assert!(accurate < 0.5, "{accurate}");
    }

    #[test]
    fn errors_shared_beyond_their_popularity_are_correlated() {
        // Wrong together on 50 subjects, always on one value, where the others' false
        // values would make them agree one time in five.
        let camp = WrongTogether {
            same: 50.0,
            apart: 0.0,
            expected: 10.0,
        };
        // Agreeing on false values only as often as their popularity predicts.
        let chance = WrongTogether {
            same: 10.0,
            apart: 40.0,
            expected: 10.0,
        };
        assert!(correlated_error(&camp, 20.0) > 0.6, "{camp:?}");
        assert_eq!(correlated_error(&chance, 20.0), 0.0);
        // Little evidence is shrunk towards independence.
        let few = WrongTogether {
            same: 2.0,
            apart: 0.0,
            expected: 0.4,
        };
        assert!(correlated_error(&few, 20.0) < 0.1);
    }

    #[test]
    fn a_pair_wrong_on_one_value_is_counted_against_the_others_popularity() {
        // o: a and b give 2, c and d give 1; p: a and b give 3, c gives 4, d gives 5.
        let t = super::super::tests::table(&[
            ("a", "o", 2.0),
            ("b", "o", 2.0),
            ("c", "o", 1.0),
            ("d", "o", 1.0),
            ("a", "p", 3.0),
            ("b", "p", 3.0),
            ("c", "p", 4.0),
            ("d", "p", 5.0),
        ]);
        let index = Index::build(&t, false);
        // Candidates in first-claimed order; the vote holds 1 and 4 true.
        let prob = [0.0, 1.0, 0.0, 1.0, 0.0];
        let w = wrong_together(&index, &prob, 4).get(0, 1);
        // a and b are wrong together on both; the others' values, {1, 1} and {4, 5},
        // agree with probability 1 and ½.
        assert_eq!(w.same, 2.0);
        assert_eq!(w.apart, 0.0);
        assert!((w.expected - 1.5).abs() < 1e-9, "{w:?}");
    }

    #[test]
    fn a_pair_sharing_little_keeps_the_global_copy_rate() {
        let config = Config::default();
        let shared = Shared {
            same: 1.0,
            different: 0.0,
        };
        let c = pair_copy_rate(&shared, 0.0, &config);
        assert!((c - config.copy_rate).abs() < 0.05, "{c}");
    }

    #[test]
    fn the_sparse_store_keeps_pairs_unordered() {
        let mut s: PairStore<f32> = PairStore::new(5000);
        *s.entry(7, 3) = 0.5;
        assert_eq!(s.get(3, 7), 0.5);
        assert_eq!(s.pairs(), vec![(3, 7, 0.5)]);
    }
}
