//! A source's accuracy from the vote: the mean chance that its claims are right on the
//! subjects where another source also speaks, smoothed towards a prior. Variants measured
//! in docs/design.md (each off by default): judged by the other sources alone, by the
//! winner only, towards each source's own accuracy, or as a confidence bound.

use super::Config;
use super::accu::{Scratch, State, vote_subject};
use super::index::Index;
use super::table::{ClaimTable, Value};

/// The chance a claim is right: the probability of the candidates its value supports
/// (`prob`: the subject's candidates).
fn claim_correct(
    table: &ClaimTable,
    index: &Index,
    prob: &[f64],
    s: usize,
    i: usize,
    near: f64,
) -> f64 {
    let own = index.own[i] as usize;
    if !index.has_spans[s] && near <= 0.0 {
        return prob[own];
    }
    let value = table.value_of(index.claims[i].value);
    let mut p = 0.0;
    for (k, &cand) in index.candidates[index.candidate_range(s)]
        .iter()
        .enumerate()
    {
        let other = table.value_of(cand);
        if k == own || value.supports(other) {
            p += prob[k];
        } else if let (Value::Number(a), Value::Number(b)) = (value, other) {
            // Near numbers (CRH's distance): credit falling linearly to 0 at `near`.
            let scale = a.point.abs().max(b.point.abs()) * near;
            if scale > 0.0 && (a.point - b.point).abs() < scale {
                p += prob[k] * (1.0 - (a.point - b.point).abs() / scale);
            }
        }
    }
    p.min(1.0)
}

/// The chance each claim of a subject is right as judged by the others alone: the
/// subject voted once per unit without that unit's claims and those of every unit
/// judged to copy it (or it to copy). `None` for a claim with no independent other.
fn left_out_correct(
    table: &ClaimTable,
    index: &Index,
    state: &State,
    config: &Config,
    s: usize,
    scratch: &mut Scratch,
    out: &mut Vec<Option<f64>>,
) {
    let range = index.claim_range(s);
    let claims = &index.claims[range.clone()];
    let n_cands = index.candidate_range(s).len();
    let (mut prob, mut origins) = (vec![0.0; n_cands], vec![0.0; n_cands]);
    let mut left_out = vec![false; claims.len()];
    out.clear();
    out.resize(claims.len(), None);
    for (i, c) in claims.iter().enumerate() {
        if i > 0 && claims[i - 1].source == c.source {
            continue;
        }
        let mut others = false;
        for (flag, d) in left_out.iter_mut().zip(claims) {
            *flag = d.source == c.source || state.dependence.get(d.source, c.source) > 0.5;
            others |= !*flag;
        }
        if !others {
            continue;
        }
        vote_subject(
            table,
            index,
            s,
            &state.accuracy,
            &state.dependence,
            config,
            &mut prob,
            &mut origins,
            scratch,
            &left_out,
        );
        for (j, d) in claims.iter().enumerate().skip(i) {
            if d.source == c.source {
                out[j] = Some(claim_correct(
                    table,
                    index,
                    &prob,
                    s,
                    range.start + j,
                    config.ablations.trust_near,
                ));
            }
        }
    }
}

/// New accuracies from the probabilities, smoothed towards the prior; subjects with one
/// source teach nothing about accuracy and are skipped.
/// With `prior` (accuracies and their weight), each unit is smoothed towards its own
/// prior accuracy instead of the common one.
pub fn estimate_accuracy(
    table: &ClaimTable,
    index: &Index,
    state: &State,
    config: &Config,
    prior: Option<(&[f64], f64)>,
) -> Vec<f64> {
    let n = state.accuracy.len();
    let (mut sum, mut count, mut squares) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut scratch, mut judged) = (Scratch::default(), Vec::new());
    for s in 0..index.subjects() {
        let range = index.claim_range(s);
        let claims = &index.claims[range.clone()];
        if claims.iter().all(|c| c.source == claims[0].source) {
            continue;
        }
        if config.ablations.disputed_only && claims.iter().all(|c| c.value == claims[0].value) {
            continue;
        }
        if config.ablations.independent_accuracy {
            left_out_correct(table, index, state, config, s, &mut scratch, &mut judged);
            for (c, p) in claims.iter().zip(&judged) {
                if let Some(p) = p {
                    sum[c.source as usize] += p;
                    squares[c.source as usize] += p * p;
                    count[c.source as usize] += 1.0;
                }
            }
            continue;
        }
        let prob = &state.prob[index.candidate_range(s)];
        let top = config
            .ablations
            .hard_accuracy
            .then(|| (0..prob.len()).fold(0, |t, k| if prob[k] > prob[t] { k } else { t }));
        for i in range {
            let src = index.claims[i].source as usize;
            let p = match top {
                Some(t) => hard_correct(table, index, s, i, t),
                None => claim_correct(table, index, prob, s, i, config.ablations.trust_near),
            };
            sum[src] += p;
            squares[src] += p * p;
            count[src] += 1.0;
        }
    }
    let (mean, weight) = if config.ablations.empirical_prior {
        empirical_prior(&sum, &squares, &count, config)
    } else {
        (config.prior_accuracy, config.prior_weight)
    };
    for (u, (s, c)) in sum.iter_mut().zip(count.iter_mut()).enumerate() {
        let (m, w) = match prior {
            Some(_) if config.ablations.empirical_prior && config.ablations.empirical_common => {
                (mean, weight)
            }
            Some((p, _)) if config.ablations.empirical_prior => (p[u], weight),
            Some((p, w)) => (p[u], w),
            None => (mean, weight),
        };
        *s += m * w;
        *c += w;
    }
    sum.iter()
        .zip(&count)
        .map(|(s, c)| lower_bound(s / c, *c, config.ablations.accuracy_confidence))
        .map(|a| a.clamp(config.min_accuracy, 1.0 - config.min_accuracy))
        .collect()
}

/// The prior's mean and weight estimated from the data (empirical Bayes): the sources'
/// accuracies taken as drawn from one Beta distribution whose mean and concentration
/// are fitted by moments to the units' raw shares, the part of their spread that their
/// few claims explain (binomial noise) taken out. Units with no evidence take no part.
fn empirical_prior(sum: &[f64], squares: &[f64], count: &[f64], config: &Config) -> (f64, f64) {
    let units: Vec<usize> = (0..sum.len()).filter(|u| count[*u] > 0.0).collect();
    if units.len() < 2 {
        return (config.prior_accuracy, config.prior_weight);
    }
    let k = units.len() as f64;
    let share = |u: usize| sum[u] / count[u];
    let mean = units.iter().map(|u| share(*u)).sum::<f64>() / k;
    let var = units
        .iter()
        .map(|u| (share(*u) - mean).powi(2))
        .sum::<f64>()
        / (k - 1.0);
    // The spread of one unit's claims about its own share (pooled within units).
    let (within, dof) = units.iter().fold((0.0, 0.0), |(w, d), &u| {
        (
            w + squares[u] - sum[u] * sum[u] / count[u],
            d + count[u] - 1.0,
        )
    });
    let noise = if dof > 0.0 { within / dof } else { 0.0 };
    let h = units.iter().map(|u| 1.0 / count[*u]).sum::<f64>() / k;
    // Var(share) = τ² + σ²·mean(1/n); a Beta(m, κ) has τ² = m(1 − m)/(κ + 1).
    let between = (var - noise * h).max(1e-6);
    let weight =
        (mean * (1.0 - mean) / between - 1.0).clamp(config.ablations.empirical_min_weight, 1e3);
    let mean = mean.clamp(config.min_accuracy, 1.0 - config.min_accuracy);
    (mean, weight)
}

/// 1 when a claim's value is, or contains, the subject's top candidate `top`; else 0.
fn hard_correct(table: &ClaimTable, index: &Index, s: usize, i: usize, top: usize) -> f64 {
    let cand = index.candidates[index.candidate_range(s)][top];
    let value = table.value_of(index.claims[i].value);
    let right = index.own[i] as usize == top || value.supports(table.value_of(cand));
    f64::from(u8::from(right))
}

/// The Wilson score lower bound of a share `p` measured on `n` claims at `z` standard
/// deviations (z = 0: `p` itself): a source known from few claims is trusted less than
/// one with the same record on many (after CATD, Li et al., VLDB 2015).
fn lower_bound(p: f64, n: f64, z: f64) -> f64 {
    if z <= 0.0 || n <= 0.0 {
        return p;
    }
    let z2 = z * z;
    let centre = p + z2 / (2.0 * n);
    let spread = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    (centre - spread) / (1.0 + z2 / n)
}

#[cfg(test)]
mod tests {
    use super::super::copying::PairStore;
    use super::super::{Ablations, Span, Value, accu};
    use super::*;

    /// One subject "x": `a` and its copier `a2` give 1, `b` gives 2; `a` is the most
    /// accurate, so 1 wins the vote.
    fn contested() -> (ClaimTable, Index, State) {
        let mut t = ClaimTable::new();
        let key = super::super::tests::key_of(&mut t, "x");
        for (i, (source, value)) in [("a", 1.0), ("a2", 1.0), ("b", 2.0)].iter().enumerate() {
            t.add(source, key, Value::Number(Span::exact(*value)), i as u32);
        }
        let index = Index::build(&t, false);
        let mut dependence = PairStore::new(3);
        *dependence.entry(0, 1) = 0.99;
        let once = Config {
            max_rounds: 0,
            ..Config::default()
        };
        let state = accu::run(&t, &index, &once, Some((vec![0.9, 0.7, 0.6], dependence)));
        (t, index, state)
    }

    #[test]
    fn left_out_a_claim_is_judged_by_the_sources_independent_of_it() {
        let (t, index, state) = contested();
        let plain = estimate_accuracy(&t, &index, &state, &Config::default(), None);
        let independent = Config {
            ablations: Ablations {
                independent_accuracy: true,
                ..Ablations::default()
            },
            ..Config::default()
        };
        let left_out = estimate_accuracy(&t, &index, &state, &independent, None);
        // Judged with its own vote, a's value wins; judged by b alone (its copier a2 left
        // out with it), it loses.
        assert!(plain[0] > 0.8, "{}", plain[0]);
        assert!(
            left_out[0] < plain[0] - 0.1,
            "{} vs {}",
            left_out[0],
            plain[0]
        );
    }

    #[test]
    fn a_hard_estimate_counts_a_winning_claim_as_wholly_right() {
        let (t, index, state) = contested();
        let hard = Config {
            ablations: Ablations {
                hard_accuracy: true,
                ..Ablations::default()
            },
            ..Config::default()
        };
        let accuracy = estimate_accuracy(&t, &index, &state, &hard, None);
        // The prior's two pseudo-claims at 0.8 and one claim counted right.
        assert!((accuracy[0] - 2.6 / 3.0).abs() < 1e-9, "{}", accuracy[0]);
        assert!((accuracy[2] - 1.6 / 3.0).abs() < 1e-9, "{}", accuracy[2]);
    }

    #[test]
    fn a_unit_prior_pulls_each_unit_towards_its_own_start() {
        let (t, index, state) = contested();
        let heavy = Config {
            ablations: Ablations {
                unit_prior_weight: 1e6,
                ..Ablations::default()
            },
            ..Config::default()
        };
        let prior = [0.3, 0.4, 0.5];
        let accuracy = estimate_accuracy(
            &t,
            &index,
            &state,
            &heavy,
            Some((&prior, heavy.ablations.unit_prior_weight)),
        );
        for (a, p) in accuracy.iter().zip(prior) {
            assert!((a - p).abs() < 1e-3, "{a} vs {p}");
        }
    }

    /// Sources a and b, agreeing on "x" (when `with_agreement`) and differing on "y";
    /// voted once at fixed accuracies, without copying.
    fn agree_then_differ(with_agreement: bool) -> (ClaimTable, Index, State) {
        let mut t = ClaimTable::new();
        let mut claims = vec![("y", "a", 1.0), ("y", "b", 2.0)];
        if with_agreement {
            claims.extend([("x", "a", 5.0), ("x", "b", 5.0)]);
        }
        for (i, (object, source, value)) in claims.into_iter().enumerate() {
            let key = super::super::tests::key_of(&mut t, object);
            t.add(source, key, Value::Number(Span::exact(value)), i as u32);
        }
        let index = Index::build(&t, false);
        let once = Config {
            max_rounds: 0,
            ..Config::default()
        };
        let start = (vec![0.9, 0.6], PairStore::new(2));
        let state = accu::run(&t, &index, &once, Some(start));
        (t, index, state)
    }

    #[test]
    fn learnt_on_disputed_subjects_only_an_agreement_teaches_nothing() {
        let disputed = Config {
            ablations: Ablations {
                disputed_only: true,
                ..Ablations::default()
            },
            ..Config::default()
        };
        let (t, index, state) = agree_then_differ(true);
        let plain = estimate_accuracy(&t, &index, &state, &Config::default(), None);
        let only = estimate_accuracy(&t, &index, &state, &disputed, None);
        let (t, index, state) = agree_then_differ(false);
        let without = estimate_accuracy(&t, &index, &state, &Config::default(), None);
        for s in 0..2 {
            assert!((only[s] - without[s]).abs() < 1e-12, "{only:?} {without:?}");
        }
        // Counted, the agreement raises both sources' accuracy.
        assert!(
            plain[0] > only[0] && plain[1] > only[1],
            "{plain:?} {only:?}"
        );
    }

    #[test]
    fn the_fitted_prior_takes_the_sources_mean_and_their_spread() {
        let config = Config::default();
        // Ten sources of ten claims each: alike (all near 0.3), or spread (0.05 or 0.55).
        let alike: Vec<f64> = (0..10).map(|i| 3.0 + 0.1 * (i % 2) as f64).collect();
        let spread: Vec<f64> = (0..10)
            .map(|i| if i % 2 == 0 { 0.5 } else { 5.5 })
            .collect();
        let count = vec![10.0; 10];
        // Each claim counts 1 or 0, so a source's squares equal its sum.
        let (mean, tight) = empirical_prior(&alike, &alike, &count, &config);
        assert!((mean - 0.305).abs() < 1e-9, "{mean}");
        let (mean, loose) = empirical_prior(&spread, &spread, &count, &config);
        assert!((mean - 0.3).abs() < 1e-9, "{mean}");
        assert!(tight > 10.0 * loose, "{tight} {loose}");
    }

    #[test]
    fn a_near_number_earns_part_of_the_winner_s_credit() {
        let mut t = ClaimTable::new();
        let key = super::super::tests::key_of(&mut t, "x");
        for (i, (source, value)) in [("a", 100.0), ("b", 100.4), ("c", 150.0)]
            .iter()
            .enumerate()
        {
            t.add(source, key, Value::Number(Span::exact(*value)), i as u32);
        }
        let index = Index::build(&t, false);
        let prob = [1.0, 0.0, 0.0];
        assert_eq!(claim_correct(&t, &index, &prob, 0, 1, 0.0), 0.0);
        let near = claim_correct(&t, &index, &prob, 0, 1, 0.01);
        assert!((near - (1.0 - 0.4 / 1.004)).abs() < 1e-9, "{near}");
        assert_eq!(claim_correct(&t, &index, &prob, 0, 2, 0.01), 0.0);
    }

    #[test]
    fn a_record_known_from_few_claims_has_a_lower_bound_than_from_many() {
        let few = lower_bound(0.9, 10.0, 1.96);
        let many = lower_bound(0.9, 1000.0, 1.96);
        assert!(few < many && many < 0.9, "{few} {many}");
        assert_eq!(lower_bound(0.9, 10.0, 0.0), 0.9);
    }
}
