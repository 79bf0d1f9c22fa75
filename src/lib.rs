//! crosscheck: cross-source fact reconciliation.
//!
//! The library holds the model and the logic; it never prints and never exits. The binary
//! (`src/main.rs`, `src/cli/`) reads files, runs the library, renders and sets exit codes.
//!
//! The flow, one module per step:
//! - [`yaml`]: the one door to serde-saphyr, with its limits set.
//! - [`model`]: the facts files as editors write them (sources, subjects, claims, flags),
//!   and the resolved corpus (finding a subject by key, label or alias; a subject's
//!   interval for a value).
//! - [`units`]: the one unit registry (dimensions, factors, spellings), read from data.
//! - [`value`]: the value grammar ("more than 1.3 thousand km"), units, dates, a
//!   subject's tolerance and window, and [`value::interval`]: the interval a value
//!   covers, which the comparer compares.
//! - [`load`]: parse every file, validate across files, collect every diagnostic
//!   ([`load::layout`] says which file of the facts folder goes where; one constructor per
//!   diagnostic code in `load/diags.rs`).
//! - [`diagnostic`]: the diagnostic type and its stable codes.
//! - [`suggest`]: "did you mean" for mistyped names.
//! - [`parties`]: who speaks for whom (parties.yaml), so origins are counted once.
//! - [`passage`]: where a quote stands in a source text (normalised and indexed once,
//!   bounded work per quote).
//! - [`verify`]: citations (each quote is in its source and says the claimed value).
//! - [`hygiene`]: near-duplicate subjects (found by blocking, not all pairs) and subjects
//!   without claims.
//! - [`compare`]: values → intervals → clusters → a verdict per subject.
//! - [`findings`]: the one findings type every renderer reads (it names only [`value`]
//!   and [`model`] types, so it does not depend on the comparer that builds it).
//! - [`flags`]: editors' decisions matched against conflicts (the CI gate).
//! - [`best`]: each subject's best-supported value ([`resolve`]) beside its findings.
//! - [`render`]: table, YAML export, JSON lines and diagnostics as text;
//!   [`render::interval`] writes numbers and intervals as an editor reads them.
//! - [`sources_edit`]: `add-source`'s text edit of sources.yaml.
//! - [`extract`]: proposes draft claims from article text.
//! - [`archive`]: a source's text to archive (HTML made readable text).
//! - [`fast_hash`]: the hasher of the lookup tables keyed by words.

pub mod archive;
pub mod best;
pub mod compare;
pub mod diagnostic;
pub mod extract;
pub mod fast_hash;
pub mod findings;
pub mod flags;
pub mod flags_edit;
pub mod hygiene;
pub mod import;
pub mod load;
pub mod model;
pub mod parties;
pub mod passage;
pub mod render;
pub mod resolve;
pub mod sources_edit;
pub mod suggest;
pub mod units;
pub mod value;
pub mod verify;
pub mod yaml;

use findings::Findings;
use load::{Input, Loaded};

/// Loads the facts, and when they are valid compares them and applies the editors' flags.
/// Returns the load outcome (with every diagnostic) and the findings, which are `None`
/// when any diagnostic is an error.
pub fn run(input: &Input) -> (Loaded, Option<Findings>) {
    let loaded = load::load(input);
    if loaded.has_errors() {
        return (loaded, None);
    }
    let findings = compare_and_flag(&loaded.corpus);
    (loaded, Some(findings))
}

/// Compares a valid corpus and applies the editors' flags.
pub fn compare_and_flag(corpus: &model::Corpus) -> Findings {
    let mut findings = compare::analyze(corpus);
    flags::apply(&mut findings, &corpus.flags);
    findings
}
