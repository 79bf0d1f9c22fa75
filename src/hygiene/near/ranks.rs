//! Each string's bigrams ranked in one global order and kept in one buffer, and the
//! prefetch with which the search asks for what it is about to read (decision 249).

use crate::model::fxhash::FxHashMap;
use rayon::prelude::*;

/// A bigram of a string, numbered by its occurrence (the second "aa" of "aaa" is
/// `('a', 'a', 1)`), so a string's bigrams form a set whose overlap with another's is the
/// size of their multisets' intersection.
type Gram = (char, char, u32);

fn grams(s: &[char]) -> Vec<Gram> {
    // Sorted, equal bigrams are neighbours: numbered along each run.
    let mut pairs: Vec<(char, char)> = s.windows(2).map(|w| (w[0], w[1])).collect();
    pairs.sort_unstable();
    let mut out: Vec<Gram> = Vec::with_capacity(pairs.len());
    for (k, &(a, b)) in pairs.iter().enumerate() {
        let n = match out.last() {
            Some(&(x, y, n)) if k > 0 && (x, y) == (a, b) => n + 1,
            _ => 0,
        };
        out.push((a, b, n));
    }
    out
}

/// Every string's ranks (see `Blocking::sorted`) in one buffer, string after string:
/// a candidate's ranks are one read away, next to its neighbours' in the sorted order,
/// where a list of its own was a pointer to follow to anywhere in the heap (at 200k
/// names, a cache miss per candidate).
pub(super) struct Ranks {
    /// Where each string's ranks end in `ranks` (the previous string's end is its start).
    ends: Vec<u32>,
    ranks: Vec<u32>,
}

impl Ranks {
    /// The ranks of string `i`.
    pub(super) fn of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.ranks[start..self.ends[i] as usize]
    }

    /// The first cache line of string `i`'s ranks fetched in the background.
    pub(super) fn fetch(&self, i: usize) {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        fetch(&self.ranks, start);
    }

    /// How many strings there are.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// Each string's ranks, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &[u32]> {
        (0..self.len()).map(|i| self.of(i))
    }

    /// The highest rank plus one (0 when there is none).
    pub(super) fn kinds(&self) -> usize {
        self.iter()
            .filter_map(|g| g.last())
            .max()
            .map_or(0, |&r| r as usize + 1)
    }
}

/// The cache line of `items[k]` (if any) fetched in the background.
pub(super) fn fetch<T>(items: &[T], k: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(m) = items.get(k) {
        // SAFETY: a prefetch never faults, whatever the address; SSE is part of x86_64.
        unsafe {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(m).cast());
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (items, k);
}

/// Each string's bigrams as their ranks in one global order: rarest first, then by the
/// bigram; each string's ranks sorted. Ranks run from 0 over the distinct bigrams.
pub(super) fn ranked_grams(strings: &[Vec<char>]) -> Ranks {
    let all: Vec<Vec<Gram>> = strings.par_iter().map(|s| grams(s)).collect();
    // The distinct bigrams, sorted, with how many strings have each: counted in a table
    // per piece of the strings (few distinct bigrams, many occurrences), then summed.
    let counts: FxHashMap<Gram, usize> = (all.par_iter())
        .fold(FxHashMap::default, |mut m: FxHashMap<Gram, usize>, g| {
            for &x in g {
                *m.entry(x).or_default() += 1;
            }
            m
        })
        .reduce(FxHashMap::default, |mut a, b| {
            for (x, n) in b {
                *a.entry(x).or_default() += n;
            }
            a
        });
    let mut distinct: Vec<(Gram, usize)> = counts.into_iter().collect();
    distinct.sort_unstable();
    let mut order: Vec<usize> = (0..distinct.len()).collect();
    order.sort_unstable_by_key(|&d| (distinct[d].1, distinct[d].0));
    let mut rank: FxHashMap<Gram, u32> = FxHashMap::default();
    rank.reserve(distinct.len());
    for (r, d) in order.into_iter().enumerate() {
        rank.insert(distinct[d].0, r as u32);
    }
    let mut ends = Vec::with_capacity(all.len());
    let mut total = 0u32;
    for g in &all {
        total += g.len() as u32;
        ends.push(total);
    }
    let mut ranks = vec![0u32; total as usize];
    let mut rest = &mut ranks[..];
    let mut pieces: Vec<&mut [u32]> = Vec::with_capacity(all.len());
    for g in &all {
        let (piece, after) = rest.split_at_mut(g.len());
        pieces.push(piece);
        rest = after;
    }
    (pieces.into_par_iter().zip(all.par_iter())).for_each(|(piece, g)| {
        for (out, x) in piece.iter_mut().zip(g) {
            *out = rank[x];
        }
        piece.sort_unstable();
    });
    Ranks { ends, ranks }
}
