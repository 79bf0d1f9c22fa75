//! crosscheck: cross-source fact reconciliation.
//!
//! The library holds the model and the logic; it never prints and never exits. The binary
//! (`src/main.rs`, `src/cli/`) reads files, runs the library, renders and sets exit codes.
//!
//! The flow, one module per step:
//! - [`yaml`]: the one door to serde-saphyr, with its limits set.
//! - [`model`]: the facts files as editors write them (sources, subjects, claims, flags).
//! - [`value`]: the value grammar ("more than 1.3 thousand km"), units and dates.
//! - [`load`]: parse every file, validate across files, collect every diagnostic.
//! - [`compare`]: values → intervals → clusters → a verdict per subject.
//! - [`findings`]: the one findings type every renderer reads.
//! - [`flags`]: editors' decisions matched against conflicts (the CI gate).
//! - [`render`]: table, YAML export, JSON lines and diagnostics as text.
//! - [`extract`]: proposes draft claims from article text.

pub mod extract;
pub mod value;
