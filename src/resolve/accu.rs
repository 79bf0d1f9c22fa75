//! The vote: every candidate value of a subject scores the accuracy-weighted, copy-
//! discounted votes of the claims that support it; scores become probabilities against
//! the whole domain of possible values (the observed candidates plus `false_values`
//! unobserved ones), and each source's accuracy is re-estimated from the probabilities of
//! its claims on subjects where it is not alone. Rounds repeat until accuracies settle.

use super::Config;
use super::copying::{self, PairStore};
use super::index::Index;
use super::table::ClaimTable;

/// The state of one run: accuracies, dependence, and every candidate's probability.
#[derive(Debug, Clone)]
pub struct State {
    pub accuracy: Vec<f64>,
    pub dependence: PairStore<f32>,
    /// Per candidate (in `Index::candidates` order): its probability of being true.
    pub prob: Vec<f64>,
    /// Per candidate: the independent weight of the claims supporting it.
    pub origins: Vec<f64>,
    pub rounds: usize,
}

/// A source's vote weight: ln(n·A / (1 − A)).
pub fn vote_weight(accuracy: f64, config: &Config) -> f64 {
    (config.false_values * accuracy / (1.0 - accuracy)).ln()
}

/// Scores one subject's candidates into `prob` and `origins` (slices of its candidates).
#[allow(clippy::too_many_arguments)]
pub fn vote_subject(
    table: &ClaimTable,
    index: &Index,
    subject: usize,
    accuracy: &[f64],
    dependence: &PairStore<f32>,
    config: &Config,
    prob: &mut [f64],
    origins: &mut [f64],
    support: &mut Vec<(u32, f64, u32)>,
) {
    let range = index.claim_range(subject);
    let cands = &index.candidates[index.candidate_range(subject)];
    let claims = &index.claims[range.clone()];
    let own = &index.own[range];
    // (candidate, accuracy, source) for every claim and every candidate it supports.
    support.clear();
    support.extend(
        claims
            .iter()
            .zip(own)
            .map(|(c, &o)| (o, accuracy[c.source as usize], c.source)),
    );
    if index.has_spans[subject] {
        for c in claims {
            let value = table.value_of(c.value);
            for (k, &cand) in cands.iter().enumerate() {
                if cand != c.value && value.supports(table.value_of(cand)) {
                    support.push((k as u32, accuracy[c.source as usize], c.source));
                }
            }
        }
    }
    // Most accurate first within a candidate: a later source is discounted by its
    // dependence on each earlier one (ACCU's independence weight).
    support.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
    prob.iter_mut().for_each(|p| *p = 0.0);
    origins.iter_mut().for_each(|o| *o = 0.0);
    let mut start = 0;
    while start < support.len() {
        let k = support[start].0;
        let end = start + support[start..].iter().take_while(|s| s.0 == k).count();
        let group = &support[start..end];
        for i in 0..group.len() {
            let mut w = 1.0;
            for earlier in &group[..i] {
                let d = dependence.get(group[i].2, earlier.2) as f64;
                w *= 1.0 - config.copy_rate * d;
            }
            prob[k as usize] += w * vote_weight(group[i].1, config);
            origins[k as usize] += w;
        }
        start = end;
    }
    let unobserved = (config.false_values + 1.0 - cands.len() as f64).max(0.0);
    let max = prob.iter().cloned().fold(0.0f64, f64::max);
    let total: f64 = prob.iter().map(|s| (s - max).exp()).sum::<f64>() + unobserved * (-max).exp();
    for p in prob.iter_mut() {
        *p = (*p - max).exp() / total;
    }
}

fn vote_all(table: &ClaimTable, index: &Index, state: &mut State, config: &Config) {
    let mut support = Vec::new();
    for s in 0..index.subjects() {
        let r = index.candidate_range(s);
        let (prob, origins) = (&mut state.prob[r.clone()], &mut state.origins[r]);
        vote_subject(
            table,
            index,
            s,
            &state.accuracy,
            &state.dependence,
            config,
            prob,
            origins,
            &mut support,
        );
    }
}

/// The chance a claim is right: the probability of the candidates its value supports.
fn claim_correct(table: &ClaimTable, index: &Index, state: &State, s: usize, i: usize) -> f64 {
    let cr = index.candidate_range(s);
    let own = index.own[i] as usize;
    if !index.has_spans[s] {
        return state.prob[cr.start + own];
    }
    let value = table.value_of(index.claims[i].value);
    let mut p = 0.0;
    for (k, &cand) in index.candidates[cr.clone()].iter().enumerate() {
        if k == own || value.supports(table.value_of(cand)) {
            p += state.prob[cr.start + k];
        }
    }
    p.min(1.0)
}

/// New accuracies from the probabilities, smoothed towards the prior; subjects with one
/// source teach nothing about accuracy and are skipped.
fn estimate_accuracy(
    table: &ClaimTable,
    index: &Index,
    state: &State,
    config: &Config,
) -> Vec<f64> {
    let n = state.accuracy.len();
    let mut sum = vec![config.prior_accuracy * config.prior_weight; n];
    let mut count = vec![config.prior_weight; n];
    for s in 0..index.subjects() {
        let range = index.claim_range(s);
        let claims = &index.claims[range.clone()];
        if claims.iter().all(|c| c.source == claims[0].source) {
            continue;
        }
        for i in range {
            let src = index.claims[i].source as usize;
            sum[src] += claim_correct(table, index, state, s, i);
            count[src] += 1.0;
        }
    }
    sum.iter()
        .zip(&count)
        .map(|(s, c)| (s / c).clamp(config.min_accuracy, 1.0 - config.min_accuracy))
        .collect()
}

/// Runs the rounds: vote, re-estimate accuracy, and (from the second round) re-detect
/// copying, until no accuracy moves by more than the tolerance.
pub fn run(table: &ClaimTable, index: &Index, config: &Config) -> State {
    let sources = index.units.len();
    let n_cands = index.candidates.len();
    let mut state = State {
        accuracy: vec![config.prior_accuracy; sources],
        dependence: PairStore::new(sources),
        prob: vec![0.0; n_cands],
        origins: vec![0.0; n_cands],
        rounds: 0,
    };
    let shared = config
        .detect_copying
        .then(|| copying::count_shared(index, sources));
    for round in 0..config.max_rounds {
        vote_all(table, index, &mut state, config);
        state.rounds = round + 1;
        let accuracy = estimate_accuracy(table, index, &state, config);
        let moved = accuracy
            .iter()
            .zip(&state.accuracy)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        if let Some(shared) = &shared {
            state.dependence = copying::detect(shared, &accuracy, config, 0.01);
        }
        state.accuracy = accuracy;
        if moved < config.tolerance && round > 0 {
            break;
        }
    }
    vote_all(table, index, &mut state, config);
    state
}
