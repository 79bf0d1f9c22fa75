//! Unit tests for the number and unit grammar, including the seed articles' phrasings,
//! and the table of rule cases in `cases.tsv` (see `cases.rs`).

use super::*;

mod cases;
mod grammar;
mod leftovers;
mod nouns;
mod phrasings;

fn one(text: &str) -> Mention {
    let ms = extract(text);
    assert_eq!(ms.len(), 1, "{text}: {ms:#?}");
    ms.into_iter().next().unwrap()
}

fn unit(m: &Mention) -> &str {
    m.unit.as_ref().map_or("", |u| u.name.as_str())
}
