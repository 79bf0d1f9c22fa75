//! Subject hygiene: warnings about subjects that look like duplicates of each other
//! (`similar-subjects`: the same words in another order, or keys or labels at least 90%
//! alike by edit distance) and subjects no claim speaks to (`subject-without-claims`).
//!
//! Near-duplicates are found without comparing every pair: strings at most 10% apart by
//! edit distance share most of their character bigrams, so each string is indexed under
//! its rarest few bigrams (prefix filtering, as in set-similarity joins) and only strings
//! that share one of them are compared. The filter is exact: it never loses a pair the
//! all-pairs comparison would find (a test checks it against all pairs).

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Corpus, Subject};
use std::collections::{BTreeSet, HashMap, HashSet};

/// How alike two keys or labels must be to look like one subject.
const SIMILAR: f64 = 0.9;

/// Warns about subjects that look like duplicates of each other and subjects no claim uses.
pub fn subjects(corpus: &Corpus) -> Vec<Diagnostic> {
    let subjects = &corpus.subjects;
    let mut pairs = same_words(subjects);
    let keys: Vec<Vec<char>> = subjects.iter().map(|s| s.key.chars().collect()).collect();
    pairs.extend(similar_pairs(&keys));
    let labels: Vec<Vec<char>> = subjects
        .iter()
        .map(|s| s.label.to_lowercase().chars().collect())
        .collect();
    pairs.extend(similar_pairs(&labels));
    let used: HashSet<&str> = corpus.claims.iter().map(|c| c.subject.as_str()).collect();
    let mut out = Vec::new();
    for &(i, j) in &pairs {
        out.push(similar(&subjects[i], &subjects[j]));
    }
    for s in subjects.iter().filter(|s| !used.contains(s.key.as_str())) {
        out.push(
            Diagnostic::new(
                Code::SubjectWithoutClaims,
                s.location.clone(),
                format!("no claim speaks to subject \"{}\"", s.key),
            )
            .length(s.key.len())
            .hint("add claims for it, or remove the subject"),
        );
    }
    out
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

/// Pairs (i < j) of subjects whose keys have the same words in any order.
fn same_words(subjects: &[Subject]) -> BTreeSet<(usize, usize)> {
    let mut groups: HashMap<Vec<&str>, Vec<usize>> = HashMap::new();
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
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    pairs
}

/// A bigram of a string, numbered by its occurrence (the second "aa" of "aaa" is
/// `('a', 'a', 1)`), so a string's bigrams form a set whose overlap with another's is the
/// size of their multisets' intersection.
type Gram = (char, char, u32);

fn grams(s: &[char]) -> Vec<Gram> {
    let mut seen: HashMap<(char, char), u32> = HashMap::new();
    s.windows(2)
        .map(|w| {
            let n = seen.entry((w[0], w[1])).or_insert(0);
            *n += 1;
            (w[0], w[1], *n - 1)
        })
        .collect()
}

/// How many of a string's bigrams any string at most 10% apart from it must share
/// with it. An edit changes at most two bigrams, so two strings at distance `d` share at
/// least `max(la, lb) - 1 - 2d` bigrams, and `d <= 0.1 * max(la, lb)`: at least
/// `0.8 * max(la, lb) - 1 >= 0.8 * la - 1`.
fn needed(len: usize) -> usize {
    (8 * len).saturating_sub(10).div_ceil(10)
}

/// Pairs (i < j) of strings at least 90% alike by normalised edit distance.
fn similar_pairs(strings: &[Vec<char>]) -> BTreeSet<(usize, usize)> {
    let all: Vec<Vec<Gram>> = strings.iter().map(|s| grams(s)).collect();
    let mut freq: HashMap<Gram, usize> = HashMap::new();
    for g in all.iter().flatten() {
        *freq.entry(*g).or_insert(0) += 1;
    }
    // Each string under its rarest bigrams: if two strings share `t` bigrams, their
    // prefixes of `len - t + 1` bigrams in one global order meet. Strings without
    // bigrams (one character or none) can only equal each other: indexed whole.
    let mut blocks: HashMap<Gram, Vec<usize>> = HashMap::new();
    let mut short: HashMap<&[char], Vec<usize>> = HashMap::new();
    // Each string's bigrams with their frequency, in one global order: rarest first.
    let mut sorted: Vec<Vec<(usize, Gram)>> = Vec::with_capacity(all.len());
    for (i, g) in all.into_iter().enumerate() {
        let mut g: Vec<(usize, Gram)> = g.into_iter().map(|x| (freq[&x], x)).collect();
        g.sort_unstable();
        if g.is_empty() {
            short.entry(&strings[i]).or_default().push(i);
        } else {
            let prefix = g.len() + 1 - needed(strings[i].len()).min(g.len());
            for (_, x) in &g[..prefix] {
                blocks.entry(*x).or_default().push(i);
            }
        }
        sorted.push(g);
    }
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    for members in blocks.values().chain(short.values()) {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                candidates.insert((i.min(j), i.max(j)));
            }
        }
    }
    // Count filter (cheap) before the edit distance (quadratic in the strings' length).
    candidates
        .into_iter()
        .filter(|&(i, j)| {
            let longest = strings[i].len().max(strings[j].len());
            shared(&sorted[i], &sorted[j]) >= needed(longest) && alike(&strings[i], &strings[j])
        })
        .collect()
}

/// How many bigrams two strings share, their bigrams sorted in the same global order.
fn shared(a: &[(usize, Gram)], b: &[(usize, Gram)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two strings are at least 90% alike, as `strsim::normalized_levenshtein` says.
fn alike(a: &[char], b: &[char]) -> bool {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return true;
    }
    // The distance is at least the difference in length: more than a tenth is too far.
    if 10 * a.len().abs_diff(b.len()) > longest {
        return false;
    }
    let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
    strsim::normalized_levenshtein(&a, &b) >= SIMILAR
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_pairs(strings: &[Vec<char>]) -> BTreeSet<(usize, usize)> {
        let mut out = BTreeSet::new();
        for i in 0..strings.len() {
            for j in i + 1..strings.len() {
                let (a, b): (String, String) =
                    (strings[i].iter().collect(), strings[j].iter().collect());
                if strsim::normalized_levenshtein(&a, &b) >= SIMILAR {
                    out.insert((i, j));
                }
            }
        }
        out
    }

    /// Strings made from a few stems with random edits, so that many pairs are close.
    fn noisy_strings(seed: u64, n: usize) -> Vec<Vec<char>> {
        let mut x = seed;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let stems = [
            "tajik-afghan-border-length",
            "length of the border",
            "aaaaaaaaaaaaaaaaaaaaaa",
            "ab",
            "é-bordé-ünïcode-ständig",
            "x",
            "",
        ];
        (0..n)
            .map(|_| {
                let mut s: Vec<char> = stems[next() as usize % stems.len()].chars().collect();
                for _ in 0..next() % 4 {
                    let c = ['a', 'b', '-', 'é', 'z'][next() as usize % 5];
                    let at = if s.is_empty() {
                        0
                    } else {
                        next() as usize % s.len()
                    };
                    match next() % 3 {
                        0 => s.insert(at, c),
                        1 if !s.is_empty() => {
                            s.remove(at);
                        }
                        _ if !s.is_empty() => s[at] = c,
                        _ => s.push(c),
                    }
                }
                s
            })
            .collect()
    }

    #[test]
    fn blocking_finds_exactly_the_pairs_all_pairs_finds() {
        for seed in 1..40 {
            let strings = noisy_strings(seed * 7919, 60);
            let expected = all_pairs(&strings);
            assert!(!expected.is_empty(), "seed {seed} makes no close pair");
            assert_eq!(similar_pairs(&strings), expected, "seed {seed}");
        }
    }

    #[test]
    fn keys_with_the_same_words_pair_up() {
        let subject = |key: &str| Subject {
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
        };
        let s = [subject("a-b-c"), subject("x-y"), subject("c-a-b")];
        assert_eq!(same_words(&s), BTreeSet::from([(0, 2)]));
    }
}
