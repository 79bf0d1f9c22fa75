//! Subject hygiene: warnings about subjects that look like duplicates of each other
//! (`similar-subjects`: the same words in another order, or keys or labels at least 90%
//! alike by edit distance) and subjects no claim speaks to (`subject-without-claims`).
//!
//! Near-duplicates are found (in `near`) without comparing every pair: strings at most
//! 10% apart by edit distance share most of their character bigrams, so each string is
//! indexed under its rarest few bigrams (prefix filtering, as in set-similarity joins) and
//! only strings that share one of them are compared. Where each such block holds at most
//! 64 strings the search is exact (a test checks it against all pairs). A larger block —
//! names built from a few syllables share even their rarest bigrams — is searched by
//! sorted neighbourhood: each string is compared with the 16 strings either side of it in
//! the block sorted forwards and sorted by the reversed strings. So every string is
//! compared with a bounded number of others, and the cost is n log n in the subjects
//! whatever their names; what it can miss is written in docs/design.md (decision 73).

mod distance;
mod near;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Corpus, Subject};
use near::{MAX_BLOCK, similar_pairs};
use std::collections::BTreeSet;

/// Warns about subjects that look like duplicates of each other. Needs the subjects only,
/// so it runs beside the reading of the claims.
pub fn similar_subjects(subjects: &[Subject]) -> Vec<Diagnostic> {
    // Keys and labels are searched side by side, each on every core.
    let (keys, labels) = rayon::join(
        || {
            let keys: Vec<Vec<char>> = subjects.iter().map(|s| s.key.chars().collect()).collect();
            similar_pairs(keys)
        },
        || {
            let labels: Vec<Vec<char>> = (subjects.iter())
                .map(|s| s.label.to_lowercase().chars().collect())
                .collect();
            similar_pairs(labels)
        },
    );
    let mut pairs = same_words(subjects);
    pairs.extend(keys);
    pairs.extend(labels);
    (pairs.iter())
        .map(|&(i, j)| similar(&subjects[i], &subjects[j]))
        .collect()
}

/// Warns about subjects no claim speaks to.
pub fn without_claims(corpus: &Corpus) -> Vec<Diagnostic> {
    let used: FxHashSet<&str> = corpus.claims.iter().map(|c| &*c.subject).collect();
    (corpus.subjects.iter())
        .filter(|s| !used.contains(s.key.as_str()))
        .map(|s| {
            Diagnostic::new(
                Code::SubjectWithoutClaims,
                s.location.clone(),
                format!("no claim speaks to subject \"{}\"", s.key),
            )
            .length(s.key.len())
            .hint("add claims for it, or remove the subject")
        })
        .collect()
}

/// `b` (declared after `a`) looks like `a`.
fn similar(a: &Subject, b: &Subject) -> Diagnostic {
    Diagnostic::new(
        Code::SimilarSubjects,
        b.location.clone(),
        format!(
            "subject \"{}\" looks like \"{}\" (declared at {})",
            b.key, a.key, a.location
        ),
    )
    .length(b.key.len())
    .hint(format!(
        "did you mean \"{}\"? If both are needed, make their keys and labels say how they differ",
        a.key
    ))
}

/// Pairs (i < j) of subjects whose keys have the same words in any order; of more than
/// [`MAX_BLOCK`] such subjects, each is paired with the first only.
fn same_words(subjects: &[Subject]) -> BTreeSet<(usize, usize)> {
    let mut groups: FxHashMap<Vec<&str>, Vec<usize>> = FxHashMap::default();
    for (i, s) in subjects.iter().enumerate() {
        let mut w: Vec<&str> = s
            .key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        w.sort_unstable();
        groups.entry(w).or_default().push(i);
    }
    let mut pairs = BTreeSet::new();
    for members in groups.values() {
        if members.len() > MAX_BLOCK {
            // Many orders of the same words: each is said to look like the first.
            pairs.extend(members[1..].iter().map(|&j| (members[0], j)));
            continue;
        }
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_orders_of_the_same_words_pair_each_with_the_first() {
        // Every order of five words: 120 keys.
        let mut keys = vec![String::new()];
        for _ in 0..5 {
            keys = keys
                .iter()
                .flat_map(|k| {
                    ["a", "b", "c", "d", "e"]
                        .into_iter()
                        .filter(|w| !k.split('-').any(|x| x == *w))
                        .map(move |w| {
                            if k.is_empty() {
                                w.to_string()
                            } else {
                                format!("{k}-{w}")
                            }
                        })
                })
                .collect();
        }
        assert!(keys.len() > MAX_BLOCK);
        let s: Vec<Subject> = keys.iter().map(|k| subject(k)).collect();
        let pairs = same_words(&s);
        assert_eq!(pairs, (1..s.len()).map(|j| (0, j)).collect());
    }

    fn subject(key: &str) -> Subject {
        Subject {
            key: key.into(),
            label: key.into(),
            dimension: crate::value::Dimension::Count,
            unit: None,
            tolerance: Default::default(),
            aliases: vec![],
            window_days: None,
            exact: false,
            relations: Default::default(),
            location: crate::diagnostic::Location::file("subjects.yaml"),
        }
    }

    #[test]
    fn keys_with_the_same_words_pair_up() {
        let s = [subject("a-b-c"), subject("x-y"), subject("c-a-b")];
        assert_eq!(same_words(&s), BTreeSet::from([(0, 2)]));
    }
}
