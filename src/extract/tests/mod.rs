//! Unit tests for the number and unit grammar, including the seed articles' phrasings,
//! and the table of rule cases in `cases.tsv` (see `cases.rs`).

use super::*;

mod cases;
mod changes;
mod counted;
mod labels;
mod leftovers;
mod nouns;
mod numbers;
mod output;
mod probes;
mod ranges;
mod units;

fn one(text: &str) -> Mention {
    let ms = extract(text);
    assert_eq!(ms.len(), 1, "{text}: {ms:#?}");
    ms.into_iter().next().unwrap()
}

fn unit(m: &Mention) -> &str {
    m.unit.as_ref().map_or("", |u| u.name.as_str())
}
