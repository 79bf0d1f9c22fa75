//! The near-duplicate search as it was before decision 177 (session 16), kept for the
//! tests only: the search in `near` must find exactly the pairs this one finds.

use super::distance::within;
use crate::model::fxhash::FxHashMap;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// How alike two keys or labels must be to look like one subject.
const SIMILAR: f64 = 0.9;

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

/// How many of a string's bigrams any string at most 10% apart from it must share
/// with it. An edit changes at most two bigrams, so two strings at distance `d` share at
/// least `max(la, lb) - 1 - 2d` bigrams, and `d <= 0.1 * max(la, lb)`: at least
/// `0.8 * max(la, lb) - 1 >= 0.8 * la - 1`.
fn needed(len: usize) -> usize {
    (8 * len).saturating_sub(10).div_ceil(10)
}

/// A block (the strings that share one bigram) of at most this many strings is compared
/// pair by pair, exactly. A larger one — a bigram so common that even strings' rarest
/// bigrams include it, as in names built from a few syllables — would make the work grow
/// with the square of the strings; its strings are compared with their neighbours only.
const MAX_BLOCK: usize = 64;

/// In a block larger than [`MAX_BLOCK`], each string is compared with the `WINDOW`
/// strings on either side of it in the block sorted by the strings, and in the block
/// sorted by the reversed strings (the sorted-neighbourhood method): near-duplicates that
/// differ late sort together in the first order, those that differ early in the second.
const WINDOW: usize = 16;

/// One block: its strings in index order, and for a large block the same strings sorted
/// by the strings and by the reversed strings.
struct Block {
    members: Vec<usize>,
    forward: Vec<usize>,
    reversed: Vec<usize>,
}

/// Strings blocked for the near-duplicate search.
struct Blocking {
    blocks: Vec<Block>,
    /// For each string, its blocks and its places in their sorted orders (forward,
    /// reversed; 0 in a small block).
    places: Vec<Vec<(usize, usize, usize)>>,
    /// Each string's bigrams as their ranks in one global order (rarest first, then by
    /// the bigram), sorted: two strings' shared bigrams are their common ranks.
    sorted: Vec<Vec<u32>>,
    /// Each string's length in characters and the set of its bigrams' [`bit`]s, side by
    /// side so that the filters read them without visiting the strings.
    sketches: Vec<(u32, u128)>,
}

/// How many of its rarest bigrams (of `grams`) a string of `len` characters is blocked
/// under: if two strings share `t` bigrams, their prefixes of `grams - t + 1` meet.
fn prefix_len(grams: usize, len: usize) -> usize {
    grams + 1 - needed(len).min(grams)
}

impl Blocking {
    fn new(strings: &[Vec<char>]) -> Blocking {
        let sorted = ranked_grams(strings);
        // Each string under its rarest bigrams: if two strings share `t` bigrams, their
        // prefixes of `len - t + 1` bigrams in one global order meet. Strings without
        // bigrams (one character or none) can only equal each other: blocked whole.
        let kinds = sorted
            .iter()
            .filter_map(|g| g.last())
            .max()
            .map_or(0, |r| r + 1);
        let mut by_gram: Vec<Vec<usize>> = vec![Vec::new(); kinds as usize];
        let mut short: HashMap<&[char], Vec<usize>> = HashMap::new();
        for (i, g) in sorted.iter().enumerate() {
            if g.is_empty() {
                short.entry(&strings[i]).or_default().push(i);
            } else {
                for &x in &g[..prefix_len(g.len(), strings[i].len())] {
                    by_gram[x as usize].push(i);
                }
            }
        }
        let mut short: Vec<Vec<usize>> = short.into_values().collect();
        short.sort_unstable();
        let order = Orders::new(strings);
        let blocks: Vec<Block> = (by_gram.into_iter().chain(short))
            .filter(|m| m.len() > 1)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|members| order.block(members))
            .collect();
        // A string is in at most as many blocks as its prefix has bigrams (one if short).
        let mut places: Vec<Vec<(usize, usize, usize)>> = (sorted.iter())
            .zip(strings)
            .map(|(g, s)| Vec::with_capacity(prefix_len(g.len(), s.len()).max(1)))
            .collect();
        for (b, block) in blocks.iter().enumerate() {
            if block.forward.is_empty() {
                for &i in &block.members {
                    places[i].push((b, 0, 0));
                }
                continue;
            }
            for (p, &i) in block.forward.iter().enumerate() {
                places[i].push((b, p, 0));
            }
            for (p, &i) in block.reversed.iter().enumerate() {
                if let Some(place) = places[i].iter_mut().find(|x| x.0 == b) {
                    place.2 = p;
                }
            }
        }
        let sketches = (strings.iter().zip(&sorted))
            .map(|(s, g)| (s.len() as u32, g.iter().fold(0, |m, &r| m | 1 << bit(r))))
            .collect();
        Blocking {
            blocks,
            places,
            sorted,
            sketches,
        }
    }

    /// The strings of higher index that string `i` is compared with and that `keep`
    /// accepts: every other string of its small blocks, its neighbours in its large ones.
    /// Unique (a string met in several blocks is tested once, the first time: `seen`
    /// holds, for each string, the last `i` it was met for, and no entry equals `i` at
    /// the start), in no particular order.
    fn partners(&self, i: usize, seen: &mut [u32], keep: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let stamp = i as u32;
        let mut meet = |j: usize| {
            if j > i && seen[j] != stamp {
                seen[j] = stamp;
                if keep(j) {
                    out.push(j);
                }
            }
        };
        for &(b, f, r) in &self.places[i] {
            let block = &self.blocks[b];
            if block.forward.is_empty() {
                block.members.iter().for_each(|&j| meet(j));
                continue;
            }
            for (order, p) in [(&block.forward, f), (&block.reversed, r)] {
                let near = &order[p.saturating_sub(WINDOW)..(p + WINDOW + 1).min(order.len())];
                near.iter().for_each(|&j| meet(j));
            }
        }
        out
    }
}

/// A fresh `seen` for [`Blocking::partners`] over `n` strings: no entry is a string's
/// index (`u32::MAX` is none: the strings are numbered in `u32`).
fn unseen(n: usize) -> Vec<u32> {
    vec![u32::MAX; n]
}

/// Pairs (i < j) of strings at least 90% alike by normalised edit distance. Exact where
/// every block is small (at most [`MAX_BLOCK`] strings); otherwise pairs that share no
/// small block and are not near each other in a large block's sorted orders are missed.
/// At most `MAX_BLOCK + 4 * WINDOW` candidates per string and block, so the cost is
/// linear in the strings' total length (with the sorting, n log n).
///
/// The strings are searched in sorted order, numbered anew: a string's neighbours in a
/// large block's forward order then lie near it in memory (at 200k names, each string's
/// few hundred candidates were as many cache misses). The pairs are the same: the blocks
/// and their orders do not depend on the numbering (equal strings keep their order), a
/// candidate pair is met from either side, and the pair is kept or not by tests that do
/// not depend on which side it is met from (the filters before them only skip what they
/// would refuse).
pub(super) fn similar_pairs(mut strings: Vec<Vec<char>>) -> BTreeSet<(usize, usize)> {
    let mut order: Vec<usize> = (0..strings.len()).collect();
    order.par_sort_unstable_by(|&a, &b| strings[a].cmp(&strings[b]).then(a.cmp(&b)));
    let sorted: Vec<Vec<char>> = (order.iter())
        .map(|&i| std::mem::take(&mut strings[i]))
        .collect();
    (similar_numbered(&sorted).into_iter())
        .map(|(i, j)| (order[i].min(order[j]), order[i].max(order[j])))
        .collect()
}

/// [`similar_pairs`] of strings in the order given.
fn similar_numbered(strings: &[Vec<char>]) -> Vec<(usize, usize)> {
    let blocking = Blocking::new(strings);
    let (sorted, sketches) = (&blocking.sorted, &blocking.sketches);
    // Each string with its candidates, on every core. As each candidate is first met
    // (a string met again in another block is not tested again), the filters that read
    // only the sketches: length, then bigrams of this string that
    // the other's sketch lacks (certainly not shared: too many, and too few can be
    // shared); then the exact count of shared bigrams, then the edit distance.
    // The bigrams counted through the sketches are at most those whose bits both sketches
    // hold, plus this string's bigrams that share a bit with another of its own: a bound
    // read in two instructions, before the bigrams are counted one by one.
    // Each piece of the work has its own `seen`: a few pieces a core, so that filling
    // them costs little beside the search.
    let n = strings.len();
    let pairs: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .with_min_len(n / 16 + 1)
        .map_init(
            || unseen(n),
            |seen, i| {
                let a = strings[i].len();
                let bits: Vec<u32> = sorted[i].iter().map(|&r| bit(r)).collect();
                let own = sketches[i].1;
                let collided = bits.len() - own.count_ones() as usize;
                let partners = blocking.partners(i, seen, |j| {
                    let (b, sketch) = sketches[j];
                    let b = b as usize;
                    if 10 * a.abs_diff(b) > a.max(b) {
                        return false;
                    }
                    let need = needed(a.max(b));
                    if (own & sketch).count_ones() as usize + collided < need {
                        return false;
                    }
                    let missing = bits.iter().filter(|&&x| sketch >> x & 1 == 0).count();
                    bits.len() - missing >= need
                });
                (i, partners)
            },
        )
        .flat_map_iter(|(i, partners)| {
            partners
                .into_iter()
                .filter(move |&j| {
                    let longest = strings[i].len().max(strings[j].len());
                    shares(&sorted[i], &sorted[j], needed(longest))
                        && alike(&strings[i], &strings[j])
                })
                .map(move |j| (i, j))
        })
        .collect();
    pairs
}

/// Every string's place in the strings sorted, and in the strings sorted by their
/// reversed characters (ties by index): a block's orders are its members sorted by these.
struct Orders {
    forward: Vec<u32>,
    reversed: Vec<u32>,
}

impl Orders {
    fn new(strings: &[Vec<char>]) -> Orders {
        let place = |mut by: Vec<usize>| {
            let mut at = vec![0u32; by.len()];
            for (p, i) in by.drain(..).enumerate() {
                at[i] = p as u32;
            }
            at
        };
        let mut forward: Vec<usize> = (0..strings.len()).collect();
        forward.par_sort_unstable_by(|&a, &b| strings[a].cmp(&strings[b]).then(a.cmp(&b)));
        let mut reversed: Vec<usize> = (0..strings.len()).collect();
        reversed.par_sort_unstable_by(|&a, &b| {
            (strings[a].iter().rev())
                .cmp(strings[b].iter().rev())
                .then(a.cmp(&b))
        });
        Orders {
            forward: place(forward),
            reversed: place(reversed),
        }
    }

    /// A block of `members` (in index order), with its sorted orders when it is large.
    fn block(&self, members: Vec<usize>) -> Block {
        let (mut forward, mut reversed) = (Vec::new(), Vec::new());
        if members.len() > MAX_BLOCK {
            forward = members.clone();
            forward.sort_unstable_by_key(|&i| self.forward[i]);
            reversed = members.clone();
            reversed.sort_unstable_by_key(|&i| self.reversed[i]);
        }
        Block {
            members,
            forward,
            reversed,
        }
    }
}

/// Each string's bigrams as their ranks in one global order: rarest first, then by the
/// bigram; each string's ranks sorted. Ranks run from 0 over the distinct bigrams.
fn ranked_grams(strings: &[Vec<char>]) -> Vec<Vec<u32>> {
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
    all.into_par_iter()
        .map(|g| {
            let mut r: Vec<u32> = g.iter().map(|x| rank[x]).collect();
            r.sort_unstable();
            r
        })
        .collect()
}

/// Where a bigram's rank falls in a string's 128-bit sketch (a multiplicative hash).
fn bit(rank: u32) -> u32 {
    rank.wrapping_mul(0x9e37_79b9) >> 25
}

/// Whether two strings share at least `need` bigrams, their bigrams' ranks sorted: a
/// merge that stops as soon as the bigrams left cannot make up the count.
fn shares(a: &[u32], b: &[u32], need: usize) -> bool {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if n + (a.len() - i).min(b.len() - j) < need {
            return false;
        }
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
    n >= need
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
    // As `strsim::normalized_levenshtein` computes it, on the characters: the largest
    // distance the ratio accepts, then whether the strings are that close.
    let most = (0..=longest)
        .take_while(|&d| 1.0 - (d as f64) / (longest as f64) >= SIMILAR)
        .last()
        .unwrap_or(0);
    within(a, b, most)
}
