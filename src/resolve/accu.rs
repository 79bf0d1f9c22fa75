//! The vote: every candidate value of a subject scores the likelihood of the claims if it
//! were true (copiers discounted; false values by their popularity, or uniformly from
//! `false_values` unobserved ones as ACCU proper); scores become probabilities, and each
//! source's accuracy is re-estimated from the probabilities of its claims on subjects
//! where it is not alone. Rounds repeat until accuracies settle.

use super::Config;
use super::copying::{self, PairStore};
use super::index::Index;
use super::table::{ClaimTable, Value};
use super::trust;

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
    /// ln of the claims' likelihood at the last vote, summed over subjects (each
    /// subject's scores log-summed over its options); NaN where the method has none.
    pub log_likelihood: f64,
}

/// A source's vote weight: ln(n·A / (1 − A)).
pub fn vote_weight(accuracy: f64, config: &Config) -> f64 {
    (config.false_values * accuracy / (1.0 - accuracy)).ln()
}

/// Per-subject scratch space reused between subjects.
#[derive(Debug, Default)]
pub struct Scratch {
    /// (candidate, accuracy, source, claim) for every claim and every candidate it supports.
    support: Vec<(u32, f64, u32, u32)>,
    /// Per claim: its independence weight within its own value's supporters.
    own_weight: Vec<f64>,
    /// Per candidate: the summed own weights of the claims whose own value it is.
    mass: Vec<f64>,
    /// Per candidate: the part of `mass` from claims that also support the scored one.
    overlap: Vec<f64>,
    /// Per candidate: its score above "none of the claimed values", before similarity.
    near: Vec<f64>,
    /// Per support entry: its independence weight.
    weights: Vec<f64>,
    /// Per claim: its accuracy (`score_by_popularity`).
    accuracy: Vec<f64>,
    /// Per candidate: whether any claim supports it (`score_by_popularity`).
    seen: Vec<bool>,
    /// Per candidate: `overlap` without its negative parts (`score_by_popularity`).
    clean: Vec<f64>,
    /// The subjects' log likelihoods voted so far, summed.
    log_likelihood: f64,
}

/// Scores one subject's candidates into `prob` and `origins` (slices of its candidates).
/// Claims marked in `left_out` (per claim of the subject; empty: none) take no part.
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
    scratch: &mut Scratch,
    left_out: &[bool],
) {
    let range = index.claim_range(subject);
    let cands = &index.candidates[index.candidate_range(subject)];
    let claims = &index.claims[range.clone()];
    let own = &index.own[range];
    let mut support = std::mem::take(&mut scratch.support);
    support.clear();
    // The accuracy a claim votes with: its source's, or the floor when that is lower.
    let voting = |c: &super::table::Claim| accuracy[c.source as usize].max(config.vote_floor);
    support.extend(
        claims
            .iter()
            .zip(own)
            .enumerate()
            .map(|(i, (c, &o))| (o, voting(c), c.source, i as u32)),
    );
    if index.has_spans[subject] {
        for (i, c) in claims.iter().enumerate() {
            let value = table.value_of(c.value);
            for (k, &cand) in cands.iter().enumerate() {
                if cand != c.value && value.supports(table.value_of(cand)) {
                    support.push((k as u32, voting(c), c.source, i as u32));
                }
            }
        }
    }
    // Most accurate first within a candidate: a later source is discounted by its
    // dependence on each earlier one (ACCU's independence weight).
    support.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
    prob.iter_mut().for_each(|p| *p = 0.0);
    origins.iter_mut().for_each(|o| *o = 0.0);
    scratch.own_weight.clear();
    scratch.own_weight.resize(claims.len(), 1.0);
    let mut weights = std::mem::take(&mut scratch.weights);
    weights.clear();
    let mut start = 0;
    while start < support.len() {
        let k = support[start].0;
        let end = start + support[start..].iter().take_while(|s| s.0 == k).count();
        let group = &support[start..end];
        let out = |e: &(u32, f64, u32, u32)| !left_out.is_empty() && left_out[e.3 as usize];
        for i in 0..group.len() {
            let mut w = if out(&group[i]) { 0.0 } else { 1.0 };
            for earlier in group[..i].iter().filter(|e| !out(e)) {
                let d = dependence.get(group[i].2, earlier.2) as f64;
                w *= 1.0 - config.copy_rate * d;
            }
            if own[group[i].3 as usize] == k {
                scratch.own_weight[group[i].3 as usize] = w;
            }
            weights.push(w);
            origins[k as usize] += w;
        }
        start = end;
    }
    if config.false_value_popularity {
        let unobserved = score_by_popularity(&support, &weights, own, scratch, prob);
        if config.similarity > 0.0 {
            near_values_support(table, cands, config, unobserved, prob, &mut scratch.near);
        }
        scratch.log_likelihood += normalise(prob, 0.0, unobserved);
    } else {
        for (s, w) in support.iter().zip(&weights) {
            prob[s.0 as usize] += w * vote_weight(s.1, config);
        }
        let unobserved = (config.false_values + 1.0 - cands.len() as f64).max(0.0);
        scratch.log_likelihood += normalise(prob, unobserved.ln(), 0.0);
    }
    scratch.support = support;
    scratch.weights = weights;
}

/// Turns log scores into probabilities, with one more option of log weight `extra_ln`
/// and log score `extra_score` (the unobserved values). Returns ln Σ e^score over the
/// options (0 when no option has a finite score).
fn normalise(prob: &mut [f64], extra_ln: f64, extra_score: f64) -> f64 {
    let max = prob.iter().cloned().fold(extra_score, f64::max);
    let total: f64 =
        prob.iter().map(|s| (s - max).exp()).sum::<f64>() + (extra_ln + extra_score - max).exp();
    for p in prob.iter_mut() {
        *p = (*p - max).exp() / total;
    }
    if max.is_finite() {
        max + total.ln()
    } else {
        0.0
    }
}

/// Near numbers support each other (AccuSim in Li et al., VLDB 2012, after TruthFinder's
/// implication): each numeric candidate's score above "none of the claimed values" (`base`)
/// grows by `similarity` times each other numeric candidate's, scaled by how near the two
/// are — 1 when equal, falling linearly to 0 at a relative difference of
/// `similarity_span`. Instants and texts are equal or not.
fn near_values_support(
    table: &ClaimTable,
    cands: &[u32],
    config: &Config,
    base: f64,
    prob: &mut [f64],
    above: &mut Vec<f64>,
) {
    let number = |c: &u32| match table.value_of(*c) {
        Value::Number(s) => Some(s.point),
        _ => None,
    };
    if cands.iter().filter_map(number).count() < 2 {
        return;
    }
    above.clear();
    above.extend(prob.iter().map(|s| (s - base).max(0.0)));
    for (k, a) in cands.iter().enumerate() {
        let Some(a) = number(a).filter(|_| prob[k].is_finite()) else {
            continue;
        };
        let mut add = 0.0;
        for (j, b) in cands.iter().enumerate() {
            let Some(b) = number(b).filter(|_| j != k) else {
                continue;
            };
            let scale = a.abs().max(b.abs()) * config.similarity_span;
            if scale > 0.0 && (a - b).abs() < scale {
                add += (1.0 - (a - b).abs() / scale) * above[j];
            }
        }
        prob[k] += config.similarity * add;
    }
}

/// The likelihood of the claims if each candidate is true, with false values drawn by
/// their popularity (Dong, Berti-Équille, Srivastava, VLDB 2009, "Truth discovery and
/// copying detection in a dynamic world"): a source of accuracy A gives the truth with
/// probability A, and otherwise a false value v with probability (1 − A)·Pop(v), Pop
/// being the share of the claims that do not support the candidate which give v. A
/// false value many sources repeat is then no surprise, where ACCU's uniform n false
/// values made each repetition of it as unlikely as a coincidence. The last option,
/// "none of the claimed values", makes every claim false (one claim from a source of
/// accuracy A then has probability A). Leaves the scores in `prob` and returns the last
/// option's.
fn score_by_popularity(
    support: &[(u32, f64, u32, u32)],
    weights: &[f64],
    own: &[u32],
    scratch: &mut Scratch,
    prob: &mut [f64],
) -> f64 {
    let n = prob.len();
    scratch.mass.clear();
    scratch.mass.resize(n, 0.0);
    // Claims in support order: each claim's accuracy, found by its own-value entry.
    let mut accuracy = std::mem::take(&mut scratch.accuracy);
    accuracy.clear();
    accuracy.resize(own.len(), 0.5);
    for s in support {
        if own[s.3 as usize] == s.0 {
            accuracy[s.3 as usize] = s.1;
        }
    }
    let mut all_false = 0.0;
    for (i, &o) in own.iter().enumerate() {
        let w = scratch.own_weight[i];
        scratch.mass[o as usize] += w;
        all_false += w * (1.0 - accuracy[i]).ln();
    }
    let total: f64 = scratch.mass.iter().sum();
    let entropy_term = |mass: &[f64], total: f64| -> f64 {
        mass.iter()
            .filter(|m| **m > 0.0)
            .map(|m| m * (m / total).ln())
            .sum()
    };
    let unobserved = all_false + entropy_term(&scratch.mass, total);
    let mut start = 0;
    let mut k_seen = std::mem::take(&mut scratch.seen);
    k_seen.clear();
    k_seen.resize(n, false);
    let mut clean = std::mem::take(&mut scratch.clean);
    while start < support.len() {
        let k = support[start].0 as usize;
        let end = start
            + support[start..]
                .iter()
                .take_while(|s| s.0 as usize == k)
                .count();
        k_seen[k] = true;
        scratch.overlap.clear();
        scratch.overlap.extend_from_slice(&scratch.mass);
        let mut score = all_false;
        for (s, w) in support[start..end].iter().zip(&weights[start..end]) {
            let i = s.3 as usize;
            let ow = scratch.own_weight[i];
            // This claim is true under k: it leaves the false pool.
            scratch.overlap[own[i] as usize] -= ow;
            score += w * s.1.ln() - ow * (1.0 - accuracy[i]).ln();
        }
        let pool: f64 = scratch.overlap.iter().map(|m| m.max(0.0)).sum();
        if pool > 1e-12 {
            clean.clear();
            clean.extend(scratch.overlap.iter().map(|m| m.max(0.0)));
            score += entropy_term(&clean, pool);
        }
        prob[k] = score;
        start = end;
    }
    for (k, seen) in k_seen.iter().enumerate() {
        if !seen {
            prob[k] = f64::NEG_INFINITY;
        }
    }
    (scratch.accuracy, scratch.seen, scratch.clean) = (accuracy, k_seen, clean);
    unobserved
}

/// Each subject's log likelihood under a state (its scores log-summed over its options),
/// voted again with the state's accuracies and dependence.
pub fn subject_log_likelihoods(
    table: &ClaimTable,
    index: &Index,
    state: &State,
    config: &Config,
) -> Vec<f64> {
    let mut scratch = Scratch::default();
    let mut out = Vec::with_capacity(index.subjects());
    for s in 0..index.subjects() {
        let n = index.candidate_range(s).len();
        let (mut prob, mut origins) = (vec![0.0; n], vec![0.0; n]);
        let before = scratch.log_likelihood;
        vote_subject(
            table,
            index,
            s,
            &state.accuracy,
            &state.dependence,
            config,
            &mut prob,
            &mut origins,
            &mut scratch,
            &[],
        );
        out.push(scratch.log_likelihood - before);
    }
    out
}

/// Votes every subject, a block of subjects at a time on every core (each subject's
/// scores depend on the state only). The claims' log likelihood is summed in subject
/// order from each subject's own, as one core adding them in turn would: the same bits.
fn vote_all(table: &ClaimTable, index: &Index, state: &mut State, config: &Config) {
    use rayon::prelude::*;
    let n = index.subjects();
    let mut likelihoods = vec![0.0; n];
    let (accuracy, dependence) = (&state.accuracy, &state.dependence);
    let mut jobs = Vec::with_capacity(n.div_ceil(BLOCK));
    let (mut prob, mut origins) = (&mut state.prob[..], &mut state.origins[..]);
    let mut ll = &mut likelihoods[..];
    for first in (0..n).step_by(BLOCK) {
        let last = (first + BLOCK).min(n);
        let cands = index.candidate_range(first).start..index.candidate_range(last - 1).end;
        let (p, rest) = std::mem::take(&mut prob).split_at_mut(cands.len());
        prob = rest;
        let (o, rest) = std::mem::take(&mut origins).split_at_mut(cands.len());
        origins = rest;
        let (l, rest) = std::mem::take(&mut ll).split_at_mut(last - first);
        ll = rest;
        jobs.push((first..last, cands.start, p, o, l));
    }
    jobs.into_par_iter()
        .for_each_init(Scratch::default, |scratch, (subjects, at, p, o, l)| {
            for (s, out) in subjects.zip(l) {
                let r = index.candidate_range(s);
                let r = r.start - at..r.end - at;
                scratch.log_likelihood = 0.0;
                let (prob, origins) = (&mut p[r.clone()], &mut o[r]);
                vote_subject(
                    table,
                    index,
                    s,
                    accuracy,
                    dependence,
                    config,
                    prob,
                    origins,
                    scratch,
                    &[],
                );
                *out = scratch.log_likelihood;
            }
        });
    state.log_likelihood = likelihoods.iter().fold(0.0, |sum, l| sum + l);
}

/// Subjects voted at a time on one core.
const BLOCK: usize = 512;

/// Runs the rounds: vote, re-estimate accuracy, and (from the second round) re-detect
/// copying, until no accuracy moves by more than the tolerance.
/// Every unit starts at the prior accuracy and copying is judged each round from the
/// units' agreements; or, with `start`, the units start at its accuracies and keep its
/// dependence (copying judged once, on everything two sources share).
pub fn run(
    table: &ClaimTable,
    index: &Index,
    config: &Config,
    start: Option<(Vec<f64>, PairStore<f32>)>,
) -> State {
    run_from(table, index, config, start, None)
}

/// As [`run`] (without `start`), with every unit's own prior accuracy (one per unit),
/// which is also where its accuracy starts.
pub fn run_with_prior(table: &ClaimTable, index: &Index, config: &Config, prior: &[f64]) -> State {
    run_from(table, index, config, None, Some(prior))
}

fn run_from(
    table: &ClaimTable,
    index: &Index,
    config: &Config,
    start: Option<(Vec<f64>, PairStore<f32>)>,
    prior: Option<&[f64]>,
) -> State {
    let sources = index.units.len();
    let n_cands = index.candidates.len();
    let mut state = State {
        accuracy: prior.map_or_else(|| vec![config.prior_accuracy; sources], <[f64]>::to_vec),
        dependence: PairStore::new(sources),
        prob: vec![0.0; n_cands],
        origins: vec![0.0; n_cands],
        rounds: 0,
        log_likelihood: f64::NAN,
    };
    let mut shared = None;
    let mut unit_prior = None;
    if let Some((accuracy, dependence)) = start {
        unit_prior = (config.ablations.unit_prior_weight > 0.0).then(|| accuracy.clone());
        state.accuracy = accuracy;
        state.dependence = dependence;
    } else if config.detect_copying {
        shared = Some(copying::sharing_pairs(&copying::count_shared(
            index, sources,
        )));
    }
    for round in 0..config.max_rounds {
        vote_all(table, index, &mut state, config);
        state.rounds = round + 1;
        let prior = match (prior, &unit_prior) {
            (Some(p), _) => Some((p, config.prior_weight)),
            (None, Some(p)) => Some((p.as_slice(), config.ablations.unit_prior_weight)),
            (None, None) => None,
        };
        let accuracy = trust::estimate_accuracy(table, index, &state, config, prior);
        let moved = accuracy
            .iter()
            .zip(&state.accuracy)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        if let Some(shared) = &shared {
            state.dependence = copying::detect_pairs(shared, &accuracy, config, 0.01);
        }
        state.accuracy = accuracy;
        if moved < config.tolerance && round > 0 {
            break;
        }
    }
    vote_all(table, index, &mut state, config);
    state
}

#[cfg(test)]
mod tests {
    use super::super::tests::add_number;
    use super::*;

    /// Voting blocks of subjects on every core gives one core's result bit for bit:
    /// every probability, every origin weight and the summed log likelihood, on more
    /// subjects than a block holds (the last block partial).
    #[test]
    fn blocks_on_every_core_vote_as_one_core() {
        let mut t = ClaimTable::new();
        for o in 0..(2 * BLOCK + 37) {
            for s in 0..(2 + o % 4) {
                let value = (o * 7 + s * (o % 3)) as f64 + 0.5 * (s % 2) as f64;
                add_number(
                    &mut t,
                    &format!("s{}", (o + s) % 23),
                    &format!("o{o}"),
                    value,
                );
            }
        }
        let config = Config::default();
        let index = Index::build(&t, false);
        let mut state = run(&t, &index, &config, None);
        state.accuracy = (0..index.units.len())
            .map(|u| 0.55 + 0.4 * (u % 5) as f64 / 5.0)
            .collect();
        let (mut prob, mut origins) = (state.prob.clone(), state.origins.clone());
        let mut scratch = Scratch::default();
        for s in 0..index.subjects() {
            let r = index.candidate_range(s);
            vote_subject(
                &t,
                &index,
                s,
                &state.accuracy,
                &state.dependence,
                &config,
                &mut prob[r.clone()],
                &mut origins[r],
                &mut scratch,
                &[],
            );
        }
        vote_all(&t, &index, &mut state, &config);
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&state.prob), bits(&prob));
        assert_eq!(bits(&state.origins), bits(&origins));
        assert_eq!(
            state.log_likelihood.to_bits(),
            scratch.log_likelihood.to_bits()
        );
        assert!(state.log_likelihood.is_finite() && state.log_likelihood < 0.0);
    }
}
