//! The data model, in two layers.
//!
//! *File shapes* (`SourcesFile`, `SubjectsFile`, `ClaimsFile`, `FlagsFile`) are exactly what
//! editors write under `facts/`, with source positions kept for diagnostics; unknown keys
//! are refused. *Resolved types* (`Corpus`, `Source`, `Subject`, `Claim`, `Flag`) are what
//! the rest of the library works with once `load` has checked every cross-reference and
//! parsed every value.
//!
//! The model follows Wikidata's statements: a claim is a statement about a subject with a
//! quantity (bounds and unit, via the qualifier) or a date, a point-in-time qualifier
//! (`as_of`), a reference (source and verbatim quote) and a rank.
//!
//! `files` holds the file shapes and their JSON Schemas, `resolved` the resolved types and
//! the corpus's lookups; both are re-exported here, so callers name `model::Claim`.

pub use crate::value::Tolerance;

mod files;
pub mod fxhash;
mod resolved;

pub use files::*;
pub use resolved::*;
