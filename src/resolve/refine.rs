//! The refinement per attribute: trust per (source, attribute) unit, starting from the
//! source-level result, with copying as judged per source (docs/design.md, "Trust per
//! source, then one step per attribute").

use super::copying::{self, PairStore};
use super::index::Index;
use super::table::ClaimTable;
use super::{Ablations, Config, Resolution, accu};
use crate::model::fxhash::FxHashMap;

/// Copying re-judged as partial from the source-level result, for the refinement per
/// attribute: each pair's discount is c·P(dependent) with its own c
/// (`copying::detect_partial`, from the false values the result names).
fn partial_copying(index: &Index, state: &accu::State, config: &Config) -> copying::PairStore<f32> {
    let sources = index.units.len();
    let shared = copying::count_shared(index, sources);
    let kf = copying::false_agreements(index, &state.prob, sources);
    copying::detect_partial(&shared, &kf, &state.accuracy, config, 0.01)
}

/// Trust per source and attribute, starting from the trust per source: `refine_rounds`
/// rounds on the finer units. `None` when the table has no attributes to refine by.
/// With `alternative` (the other start and, per attribute, whether it is the likelier:
/// `Ablations::start_per_attribute`), each attribute starts from its likelier state.
pub(super) fn per_attribute(
    table: &ClaimTable,
    index: &Index,
    state: &accu::State,
    alternative: Option<&(accu::State, Vec<bool>)>,
    config: &Config,
) -> Option<Resolution> {
    // Without attributes each unit is its source: nothing to refine, and the finer index
    // (a pass over every claim on one core) is not built to find that out.
    if table.attributes.is_empty() {
        return None;
    }
    let fine = Index::build(table, true);
    if fine.units.len() <= index.units.len() {
        return None;
    }
    let partial = (config.ablations.copy_rate_per_pair && config.detect_copying)
        .then(|| partial_copying(index, state, config));
    let last = table.attributes.len();
    // 0: the kept state, 1: the other start (never with partial copying, whose store
    // holds discounts rather than probabilities).
    let pick = |attribute: Option<u32>| match alternative {
        Some((_, picked)) if picked[attribute.map_or(last, |a| a as usize)] => 1,
        _ => 0,
    };
    let mut states = vec![state];
    let mut stores = vec![partial.as_ref().unwrap_or(&state.dependence)];
    if let Some((other, _)) = alternative.filter(|_| partial.is_none()) {
        states.push(other);
        stores.push(&other.dependence);
    }
    let start = start_accuracies(index, &fine, &states, &pick, config);
    let store_of = |attribute: Option<u32>| pick(attribute).min(stores.len() - 1);
    let mut dependence = source_dependence(index, &fine, &stores, &store_of);
    add_unit_dependence(&fine, state, &start, config, &mut dependence);
    let refine = Config {
        // With copying partial per pair, the dependence held is already the discount.
        copy_rate: if partial.is_some() {
            1.0
        } else {
            config.copy_rate
        },
        max_rounds: config.refine_rounds,
        vote_floor: config.refine_vote_floor,
        ablations: Ablations {
            independent_accuracy: config.ablations.independent_accuracy
                || config.ablations.refine_independent_accuracy,
            ..config.ablations.clone()
        },
        ..config.clone()
    };
    let mut refined = accu::run(table, &fine, &refine, Some((start, dependence)));
    refined.rounds += state.rounds;
    Some(Resolution {
        index: fine,
        state: refined,
        config: config.clone(),
    })
}

/// Each fine unit starts at its source's accuracy in the state its attribute starts from
/// (coarse units are sources).
fn start_accuracies(
    index: &Index,
    fine: &Index,
    states: &[&accu::State],
    pick: &dyn Fn(Option<u32>) -> usize,
    config: &Config,
) -> Vec<f64> {
    let unit_of: FxHashMap<u32, usize> = index
        .units
        .iter()
        .enumerate()
        .map(|(u, (s, _))| (*s, u))
        .collect();
    fine.units
        .iter()
        .map(|(s, a)| {
            let from = states[pick(*a).min(states.len() - 1)];
            unit_of
                .get(s)
                .map_or(config.prior_accuracy, |u| from.accuracy[*u])
        })
        .collect()
}

/// Copying stays judged per source: each dependent pair of sources is dependent on every
/// attribute both give, as its attribute's store (`store_of`) holds it.
fn source_dependence(
    index: &Index,
    fine: &Index,
    stores: &[&PairStore<f32>],
    store_of: &dyn Fn(Option<u32>) -> usize,
) -> PairStore<f32> {
    let mut units_of: FxHashMap<u32, Vec<(Option<u32>, u32)>> = Default::default();
    for (u, (source, attribute)) in fine.units.iter().enumerate() {
        units_of
            .entry(*source)
            .or_default()
            .push((*attribute, u as u32));
    }
    let mut dependence = PairStore::new(fine.units.len());
    for (k, store) in stores.iter().enumerate() {
        for (x, y, d) in store.pairs() {
            let (x, y) = (index.units[x as usize].0, index.units[y as usize].0);
            if d <= 0.0 {
                continue;
            }
            for (attribute, a) in units_of.get(&x).into_iter().flatten() {
                if store_of(*attribute) != k {
                    continue;
                }
                for (attribute_b, b) in units_of.get(&y).into_iter().flatten() {
                    if attribute == attribute_b {
                        *dependence.entry(*a, *b) = d;
                    }
                }
            }
        }
    }
    dependence
}

/// The dependence judged per (source, attribute) unit, where an ablation asks for it:
/// correlated errors (`Ablations::correlated_errors`) and copying judged per unit
/// (`Ablations::refine_copying_per_attribute`); a pair keeps its highest.
fn add_unit_dependence(
    fine: &Index,
    state: &accu::State,
    start: &[f64],
    config: &Config,
    dependence: &mut PairStore<f32>,
) {
    if config.ablations.correlated_errors > 0.0 {
        let together = copying::wrong_together(fine, &state.prob, fine.units.len());
        for (a, b, w) in together.pairs() {
            let d = copying::correlated_error(&w, config.ablations.correlated_errors) as f32;
            if d > 0.01 {
                let e = dependence.entry(a, b);
                *e = e.max(d);
            }
        }
    }
    if config.ablations.refine_copying_per_attribute {
        let shared = copying::count_shared(fine, fine.units.len());
        let judge = Config {
            copy_rate: config.ablations.refine_copy_rate,
            ..config.clone()
        };
        for (a, b, d) in copying::detect(&shared, start, &judge, 0.01).pairs() {
            let e = dependence.entry(a, b);
            *e = e.max(d);
        }
    }
}
