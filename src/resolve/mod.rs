//! Which value to believe: for every subject of a claims table, the best-supported value
//! with a confidence, each source's trust estimated across all subjects, and the pairs of
//! sources that copy each other.
//!
//! The method is ACCU (Dong, Berti-Équille, Srivastava, VLDB 2009): an accuracy-weighted
//! vote in which copiers are discounted, iterated with the accuracy estimates, with false
//! values drawn by their popularity among the claims (AccuPr) rather than uniformly. Values
//! that are one truth at different precision support each other: a coarser span (a day,
//! a rounded figure) votes for every finer value it contains. The source-level rounds run
//! from two starts (the prior, TruthFinder's trust) and the likelier state is kept
//! ([`restarts`]). docs/design.md explains the
//! choice and the one configuration ([`Config::default`]) used for every data set.
//!
//! - [`table`]: the claims table (subjects, sources, values interned).
//! - [`index`]: claims grouped by subject, candidates per subject.
//! - [`accu`]: the vote and the rounds.
//! - [`trust`]: each source's accuracy from the vote.
//! - [`restarts`]: the rounds from two starts (the prior, TruthFinder's trust).
//! - `refine`: trust per (source, attribute), one step from the source-level result.
//! - [`investment`]: Investment and PooledInvestment, measured as alternatives
//!   (`Config::method`).
//! - [`truthfinder`]: TruthFinder, measured as an alternative (`Config::method`).
//! - [`copying`]: copy detection between sources.
//! - [`corpus`]: the facts corpus as a table, resolved with the editors' word on top.
//! - [`report`]: results in words (reasons per subject, each source's record).

pub mod accu;
pub mod copying;
pub mod corpus;
pub mod index;
pub mod investment;
mod refine;
pub mod report;
pub mod restarts;
pub mod truthfinder;

pub mod table;
pub mod trust;

pub use table::{Claim, ClaimTable, Names, Span, SubjectKey, Value};

use index::Index;

/// The method that scores the values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// ACCU with false values by popularity and copy detection, its source-level rounds
    /// run from two starts and the likelier kept (`restarts`; the one in use).
    Accu,
    /// ACCU from the configuration's prior only, measured in the ablations.
    AccuOneStart,
    /// Investment (Pasternack & Roth 2010, g = 1.2), measured in the ablations.
    Investment,
    /// PooledInvestment (Pasternack & Roth 2010), measured in the ablations.
    PooledInvestment,
    /// TruthFinder (Yin, Han, Yu 2007), measured in the ablations.
    TruthFinder,
}

/// The one configuration. Every data set is resolved with [`Config::default`].
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub method: Method,
    /// PooledInvestment's g: belief grows as invested^g (the paper's 1.4).
    pub investment_growth: f64,
    /// PooledInvestment divides a source's trust among its claims (the paper); without,
    /// each claim carries the whole trust (as in Sums).
    pub investment_divided: bool,
    /// n: how many false values a subject is assumed to have (ACCU's domain size).
    pub false_values: f64,
    /// False values are drawn by their popularity among the claims (AccuPr) instead of
    /// uniformly from `false_values` (which then serves only the copy test).
    pub false_value_popularity: bool,
    /// A source's accuracy before any evidence, and its weight in pseudo-claims.
    pub prior_accuracy: f64,
    pub prior_weight: f64,
    /// Accuracies are kept in [min, 1 − min].
    pub min_accuracy: f64,
    /// In the vote, a claim counts with at least this accuracy: at ½, a source that is
    /// usually wrong is ignored rather than taken as evidence against the value it gives
    /// (0 keeps the estimate as it is).
    pub vote_floor: f64,
    /// The vote floor in the refinement per attribute.
    pub refine_vote_floor: f64,
    /// How much near numbers support each other (0: not at all), and the relative
    /// difference at which they stop being near.
    pub similarity: f64,
    pub similarity_span: f64,
    /// α: the prior probability that two sources are dependent.
    pub copy_prior: f64,
    /// c: the share of its values a copier copies.
    pub copy_rate: f64,
    pub detect_copying: bool,
    /// Trust is estimated per source and attribute (one trust per source when the data
    /// has no attributes).
    pub trust_per_attribute: bool,
    /// Trust is first estimated per source, then refined per source and attribute from
    /// that start (ignored when `trust_per_attribute` is set).
    pub refine_per_attribute: bool,
    /// How many rounds the refinement per attribute runs.
    pub refine_rounds: usize,
    /// Variants measured and not kept (docs/design.md, "Third-pass ablations"), all off.
    pub ablations: Ablations,
    pub max_rounds: usize,
    /// Rounds stop when no accuracy moves by more than this.
    pub tolerance: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            method: Method::Accu,
            investment_growth: 1.4,
            investment_divided: true,
            false_values: 100.0,
            false_value_popularity: true,
            prior_accuracy: 0.8,
            prior_weight: 2.0,
            min_accuracy: 0.01,
            vote_floor: 0.0,
            refine_vote_floor: 0.5,
            similarity: 0.0,
            similarity_span: 0.01,
            copy_prior: 0.2,
            copy_rate: 0.9999,
            detect_copying: true,
            trust_per_attribute: false,
            refine_per_attribute: true,
            refine_rounds: 1,
            ablations: Ablations::default(),
            max_rounds: 10,
            tolerance: 1e-3,
        }
    }
}

/// Variants of the trust estimate and of copy detection that were measured on Flight and
/// Population and not kept (docs/design.md, "Third-pass ablations" and "Fifth-pass
/// ablations"): kept here, all off, so the figures can be measured again (`truth_bench`'s
/// `TRUTH_BENCH_*` switches).
#[derive(Debug, Clone, PartialEq)]
pub struct Ablations {
    /// c is estimated per pair of sources from their agreement beyond independence
    /// (AccuCopy: its agreements on false values against its disagreements), capped at
    /// `copy_rate`; the dependence store then holds each pair's
    /// discount c·P(dependent).
    pub copy_rate_per_pair: bool,
    /// The weight, in shared subjects, of `copy_rate` in a pair's estimated c.
    pub copy_rate_shrinkage: f64,
    /// A claim's chance of being right, for its source's accuracy, is judged by the vote of
    /// the other sources alone (its own and its copiers' claims left out).
    pub independent_accuracy: bool,
    /// The same, in the refinement per attribute only.
    pub refine_independent_accuracy: bool,
    /// In the refinement, copying is also judged per (source, attribute) (from the
    /// source-level accuracies), a pair dependent on either level counting as dependent.
    pub refine_copying_per_attribute: bool,
    /// c for that judgement per attribute.
    pub refine_copy_rate: f64,
    /// In the refinement, each (source, attribute) is smoothed towards its source's
    /// accuracy with this weight in claims (0: towards `prior_accuracy` as elsewhere).
    pub unit_prior_weight: f64,
    /// A claim counts as right when its value wins (1) or not (0), instead of with its
    /// probability.
    pub hard_accuracy: bool,
    /// Accuracies are the lower bound of a confidence interval this many standard
    /// deviations wide (0: the smoothed share itself).
    pub accuracy_confidence: f64,
    /// Accuracies are learnt only on disputed subjects (two values or more claimed):
    /// where every source agrees, the agreement says nothing of who is right when they
    /// differ.
    pub disputed_only: bool,
    /// The prior accuracy and its weight are estimated from the data each round (a Beta
    /// fitted by moments to the units' shares) instead of `prior_accuracy` and
    /// `prior_weight`; a per-unit prior keeps its means and takes the fitted weight.
    pub empirical_prior: bool,
    /// The refinement per attribute starts each attribute from whichever of the two
    /// source-level starts is the likelier on that attribute's subjects.
    pub start_per_attribute: bool,
    /// In the refinement, each pair of (source, attribute) units is also discounted by its
    /// share of correlated errors (`copying::correlated_error`), shrunk by this many
    /// subjects (0: off).
    pub correlated_errors: f64,
    /// With `empirical_prior`, a per-unit prior (TruthFinder's start) is replaced by the
    /// fitted common one: the start is only a start.
    pub empirical_common: bool,
    /// The least weight the fitted prior may have.
    pub empirical_min_weight: f64,
    /// For a source's accuracy, a claim within this relative difference of a candidate
    /// number earns part of that candidate's probability (1 when equal, 0 at the bound;
    /// CRH's distance for numbers); 0: only the values it supports count.
    pub trust_near: f64,
}

impl Default for Ablations {
    fn default() -> Self {
        Ablations {
            copy_rate_per_pair: false,
            copy_rate_shrinkage: 20.0,
            independent_accuracy: false,
            refine_independent_accuracy: false,
            refine_copying_per_attribute: false,
            refine_copy_rate: 0.9999,
            unit_prior_weight: 0.0,
            hard_accuracy: false,
            accuracy_confidence: 0.0,
            disputed_only: false,
            empirical_prior: false,
            start_per_attribute: false,
            correlated_errors: 0.0,
            empirical_common: false,
            empirical_min_weight: 0.5,
            trust_near: 0.0,
        }
    }
}

/// The winner of one subject.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Best {
    pub value: u32,
    /// The probability that the value is true.
    pub confidence: f64,
    /// The independent weight of the claims behind it (copiers count for less).
    pub origins: f64,
}

/// The outcome of resolving a table.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub index: Index,
    pub state: accu::State,
    pub config: Config,
}

impl Resolution {
    /// Each source's trust: its estimated accuracy, averaged over its attributes by the
    /// number of claims.
    pub fn trust(&self) -> Vec<f64> {
        let n = self
            .index
            .units
            .iter()
            .map(|(s, _)| *s as usize + 1)
            .max()
            .unwrap_or(0);
        let mut sum = vec![0.0; n];
        let mut count = vec![0.0; n];
        for c in &self.index.claims {
            let (source, _) = self.index.units[c.source as usize];
            sum[source as usize] += self.state.accuracy[c.source as usize];
            count[source as usize] += 1.0;
        }
        sum.iter()
            .zip(&count)
            .map(|(s, c)| {
                if *c > 0.0 {
                    s / c
                } else {
                    self.config.prior_accuracy
                }
            })
            .collect()
    }

    /// Trust per (source, attribute) unit.
    pub fn unit_trust(&self) -> Vec<((u32, Option<u32>), f64)> {
        self.index
            .units
            .iter()
            .copied()
            .zip(self.state.accuracy.iter().copied())
            .collect()
    }

    /// The best-supported value of a subject; `None` when it has no claims. Ties go to
    /// the candidate claimed first.
    pub fn best(&self, subject: u32) -> Option<Best> {
        let s = subject as usize;
        if s >= self.index.subjects() {
            return None;
        }
        let r = self.index.candidate_range(s);
        let probs = &self.state.prob[r.clone()];
        let mut top: Option<usize> = None;
        for (k, p) in probs.iter().enumerate() {
            if top.is_none_or(|t| *p > probs[t]) {
                top = Some(k);
            }
        }
        top.map(|k| Best {
            value: self.index.candidates[r.start + k],
            confidence: probs[k],
            origins: self.state.origins[r.start + k],
        })
    }

    /// Pairs of sources judged dependent (probability above one half on some attribute,
    /// the highest kept), most likely first.
    pub fn copying_pairs(&self) -> Vec<(u32, u32, f64)> {
        let mut best: std::collections::BTreeMap<(u32, u32), f64> = Default::default();
        for (a, b, d) in self.state.dependence.pairs() {
            let (a, b) = (
                self.index.units[a as usize].0,
                self.index.units[b as usize].0,
            );
            if d > 0.5 && a != b {
                let e = best.entry((a.min(b), a.max(b))).or_insert(0.0);
                *e = e.max(d as f64);
            }
        }
        let mut pairs: Vec<(u32, u32, f64)> =
            best.into_iter().map(|((a, b), d)| (a, b, d)).collect();
        pairs.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        pairs
    }
}

/// Resolves every subject of the table.
pub fn resolve(table: &ClaimTable, config: &Config) -> Resolution {
    let index = Index::build(table, config.trust_per_attribute);
    if matches!(config.method, Method::Investment | Method::PooledInvestment) {
        let state = investment::run(&index, config);
        return Resolution {
            index,
            state,
            config: config.clone(),
        };
    }
    if config.method == Method::TruthFinder {
        let state = truthfinder::run(table, &index, config);
        return Resolution {
            index,
            state,
            config: config.clone(),
        };
    }
    let (plain, seeded) = restarts::both(table, &index, config);
    let (state, other) = match seeded {
        Some(seeded) if seeded.log_likelihood > plain.log_likelihood => (seeded, Some(plain)),
        Some(seeded) => (plain, Some(seeded)),
        None => (plain, None),
    };
    let alternative = other
        .filter(|_| config.ablations.start_per_attribute && config.refine_per_attribute)
        .map(|other| {
            let pick = restarts::likelier_per_attribute(table, &index, &state, &other, config);
            (other, pick)
        });
    if !config.trust_per_attribute
        && config.refine_per_attribute
        && let Some(refined) =
            refine::per_attribute(table, &index, &state, alternative.as_ref(), config)
    {
        return refined;
    }
    Resolution {
        index,
        state,
        config: config.clone(),
    }
}

/// Majority vote, the baseline: per subject the value with the most claims (one per
/// source), ties to the value claimed first.
pub fn majority(table: &ClaimTable) -> Vec<Option<u32>> {
    let index = Index::build(table, false);
    (0..index.subjects())
        .map(|s| {
            let r = index.claim_range(s);
            let cands = &index.candidates[index.candidate_range(s)];
            let mut counts = vec![0u32; cands.len()];
            for &o in &index.own[r] {
                counts[o as usize] += 1;
            }
            let mut top: Option<usize> = None;
            for (k, c) in counts.iter().enumerate() {
                if top.is_none_or(|t| *c > counts[t]) {
                    top = Some(k);
                }
            }
            top.map(|k| cands[k])
        })
        .collect()
}

#[cfg(test)]
mod tests;
