//! ACCU from two starts. ACCU's rounds, like every fact-finder's, settle in a state that
//! depends on where they start: from the same prior accuracy for every source, or from
//! what another method already believes about each. The source-level rounds run twice —
//! once from the configuration's prior (every source 0.8), once with each source's
//! TruthFinder trust as its prior and start — and the state under which the claims are
//! more likely is kept (as EM is restarted and its best local optimum kept). The claims'
//! likelihood is ACCU's own: each subject's scores log-summed over its options.
//!
//! On Population (a bot with 25,788 claims whose figure anonymous editors repeat) the
//! TruthFinder start is the likelier (ln L −2,687 against −3,115) and the better one;
//! on Flight the prior start is (−717,738 against −779,880 with all sources), where the
//! TruthFinder start settles among the runway-time mirrors.

use super::accu::{self, State};
use super::index::Index;
use super::table::ClaimTable;
use super::{Config, Method, truthfinder};

/// The source-level state: ACCU from both starts, the likelier kept (the prior start on
/// a tie). `Method::AccuOneStart` runs only the prior start.
pub fn source_level(table: &ClaimTable, index: &Index, config: &Config) -> State {
    let (plain, seeded) = both(table, index, config);
    match seeded {
        Some(seeded) if seeded.log_likelihood > plain.log_likelihood => seeded,
        _ => plain,
    }
}

/// ACCU from the prior and (unless `Method::AccuOneStart`) from TruthFinder's trust.
pub fn both(table: &ClaimTable, index: &Index, config: &Config) -> (State, Option<State>) {
    if config.method == Method::AccuOneStart {
        return (accu::run(table, index, config, None), None);
    }
    let (plain, seeded) = rayon::join(
        || accu::run(table, index, config, None),
        || {
            let trust = truthfinder::run(table, index, config).accuracy;
            accu::run_with_prior(table, index, config, &trust)
        },
    );
    (plain, Some(seeded))
}

/// Per attribute (in the table's attribute ids; `None` last), whether the second state
/// is the likelier on that attribute's subjects (the first on a tie).
pub fn likelier_per_attribute(
    table: &ClaimTable,
    index: &Index,
    first: &State,
    second: &State,
    config: &Config,
) -> Vec<bool> {
    let (a, b) = rayon::join(
        || accu::subject_log_likelihoods(table, index, first, config),
        || accu::subject_log_likelihoods(table, index, second, config),
    );
    let n = table.attributes.len() + 1;
    let (mut la, mut lb) = (vec![0.0; n], vec![0.0; n]);
    for (s, key) in table.subjects().iter().enumerate() {
        let at = key.attribute.map_or(n - 1, |x| x as usize);
        la[at] += a[s];
        lb[at] += b[s];
    }
    la.iter().zip(&lb).map(|(x, y)| y > x).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::numbers;
    use super::*;

    /// A prolific source whose figures one-claim sources repeat, against sources that
    /// agree with each other elsewhere.
    fn table() -> ClaimTable {
        numbers(|add| {
            for i in 0..30 {
                let o = format!("o{i}");
                add("bot", &o, i as f64);
                if i % 3 == 0 {
                    add(&format!("follower{i}"), &o, i as f64);
                    add("editor", &o, 1000.0 + i as f64);
                } else {
                    add("editor", &o, i as f64);
                }
            }
        })
    }

    /// Per attribute, the state the claims are likelier under is picked: a state that
    /// holds every source at 0.05 loses on each attribute to the plain run, in either
    /// order.
    #[test]
    fn the_likelier_state_is_picked_per_attribute() {
        let mut t = ClaimTable::new();
        for (i, attribute) in ["height", "width"].iter().enumerate() {
            for o in 0..6 {
                let key = super::super::SubjectKey {
                    object: t.objects.intern(&format!("o{o}")),
                    attribute: Some(t.attributes.intern(attribute)),
                    period: None,
                };
                for (source, value) in [("a", o), ("b", o), ("c", o + i + 1)] {
                    let value =
                        super::super::Value::Number(super::super::Span::exact(value as f64));
                    let cite = t.claims().len() as u32;
                    t.add(source, key, value, cite);
                }
            }
        }
        let config = Config::default();
        let index = Index::build(&t, false);
        let plain = accu::run(&t, &index, &config, None);
        let once = Config {
            max_rounds: 0,
            ..Config::default()
        };
        let none = super::super::copying::PairStore::new(3);
        let bad = accu::run(&t, &index, &once, Some((vec![0.05; 3], none)));
        let picked = likelier_per_attribute(&t, &index, &plain, &bad, &config);
        assert_eq!(picked, vec![false, false, false]);
        let picked = likelier_per_attribute(&t, &index, &bad, &plain, &config);
        assert_eq!(&picked[..2], &[true, true]);
    }

    /// Of the two starts, the state under which the claims are more likely is the one
    /// kept, and its likelihood is ACCU's (finite), not a placeholder.
    #[test]
    fn the_likelier_of_the_two_starts_is_kept() {
        let t = table();
        let config = Config::default();
        let index = Index::build(&t, false);
        let kept = source_level(&t, &index, &config);
        let plain = accu::run(&t, &index, &config, None);
        let trust = truthfinder::run(&t, &index, &config).accuracy;
        let seeded = accu::run_with_prior(&t, &index, &config, &trust);
        assert!(plain.log_likelihood.is_finite() && seeded.log_likelihood.is_finite());
        let best = plain.log_likelihood.max(seeded.log_likelihood);
        assert_eq!(kept.log_likelihood, best);
        let one = Config {
            method: Method::AccuOneStart,
            ..Config::default()
        };
        assert_eq!(
            source_level(&t, &index, &one).log_likelihood,
            plain.log_likelihood
        );
    }
}
