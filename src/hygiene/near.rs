//! Near-duplicate strings (keys, labels) by edit distance, without comparing every pair:
//! bigram prefix blocking, exact in small blocks, sorted neighbourhood in large ones (see
//! the module above and docs/design.md).

#[cfg(test)]
use super::distance::levenshtein;
use super::distance::within;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};

mod ranks;
use ranks::{Ranks, fetch, ranked_grams};

/// How alike two keys or labels must be to look like one subject.
const SIMILAR: f64 = 0.9;

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
pub(super) const MAX_BLOCK: usize = 64;

/// In a block larger than [`MAX_BLOCK`], each string is compared with the `WINDOW`
/// strings on either side of it in the block sorted by the strings, and in the block
/// sorted by the reversed strings (the sorted-neighbourhood method): near-duplicates that
/// differ late sort together in the first order, those that differ early in the second.
const WINDOW: usize = 16;

/// What the filters read of a string: the set of its bigrams' [`bit`]s (120 of them) and
/// its length in characters (up to [`LONG`]) in the top byte, in 16 bytes: at 200k
/// strings the table of them (read at random, one line per candidate) is 3.2 MB, where
/// 24 bytes a string made it 4.8 MB.
struct Member {
    sketch: [u64; 2],
}

/// The length a [`Member`] holds for every string of this many characters or more.
const LONG: usize = 255;

impl Member {
    fn new(len: usize, sketch: u128) -> Member {
        let held = u128::from(len.min(LONG) as u8) << 120 | sketch;
        Member {
            sketch: [held as u64, (held >> 64) as u64],
        }
    }

    /// The string's length, or [`LONG`] for one at least that long.
    fn len(&self) -> usize {
        (self.sketch[1] >> 56) as usize
    }

    fn sketch(&self) -> u128 {
        (u128::from(self.sketch[1]) << 64 | u128::from(self.sketch[0])) & ((1 << 120) - 1)
    }
}

/// One block: a small block's strings in index order; a large block's strings sorted by
/// the strings and by the reversed strings (its `members` then empty). Strings are
/// numbered in `u32`.
struct Block {
    members: Vec<u32>,
    forward: Vec<u32>,
    reversed: Vec<u32>,
}

#[cfg(test)]
impl Block {
    /// How many strings the block holds.
    fn len(&self) -> usize {
        self.members.len().max(self.forward.len())
    }
}

/// Strings blocked for the near-duplicate search.
struct Blocking {
    blocks: Vec<Block>,
    /// For each string, its blocks and its places in them: in a small block its place
    /// among the members, in a large one its places in the forward and reversed orders.
    places: Vec<Vec<(usize, usize, usize)>>,
    /// Each string's bigrams as their ranks in one global order (rarest first, then by
    /// the bigram), sorted: two strings' shared bigrams are their common ranks.
    sorted: Ranks,
    /// Each string's length and sketch, read by the filters.
    all: Vec<Member>,
}

/// How many of its rarest bigrams (of `grams`) a string of `len` characters is blocked
/// under: if two strings share `t` bigrams, their prefixes of `grams - t + 1` meet.
fn prefix_len(grams: usize, len: usize) -> usize {
    grams + 1 - needed(len).min(grams)
}

/// One string's bigrams (their ranks) as bits, so that another string's shared bigrams
/// are counted by looking each of its own up, without a merge's unpredictable branches.
struct Marks {
    bits: Vec<u64>,
}

impl Marks {
    fn new(kinds: usize) -> Marks {
        Marks {
            bits: vec![0; kinds.div_ceil(64)],
        }
    }

    fn set(&mut self, ranks: &[u32], on: bool) {
        for &r in ranks {
            let (word, bit) = (r as usize / 64, 1u64 << (r % 64));
            if on {
                self.bits[word] |= bit;
            } else {
                self.bits[word] &= !bit;
            }
        }
    }

    /// Whether `ranks` include at least `need` of the marked ranks.
    fn shares(&self, ranks: &[u32], need: usize) -> bool {
        if ranks.len() < need {
            return false;
        }
        // Once more than `ranks.len() - need` are missing, too few can be shared.
        let spare = ranks.len() - need;
        let mut missing = 0;
        for chunk in ranks.chunks(8) {
            missing += (chunk.iter())
                .filter(|&&r| self.bits[r as usize / 64] >> (r % 64) & 1 == 0)
                .count();
            if missing > spare {
                return false;
            }
        }
        true
    }
}

/// Which strings one string has met so far, as bits (n / 8 bytes, small enough to stay
/// in the caches where a stamp per string did not), and the strings met, to clear them.
struct Seen {
    bits: Vec<u64>,
    met: Vec<u32>,
}

impl Seen {
    fn new(n: usize) -> Seen {
        Seen {
            bits: vec![0; n.div_ceil(64)],
            met: Vec::new(),
        }
    }

    /// Whether string `j` is met for the first time (and marks it met).
    fn first(&mut self, j: usize) -> bool {
        let (word, bit) = (j / 64, 1u64 << (j % 64));
        if self.bits[word] & bit != 0 {
            return false;
        }
        self.bits[word] |= bit;
        self.met.push(j as u32);
        true
    }

    /// Forgets every string met.
    fn clear(&mut self) {
        for j in self.met.drain(..) {
            self.bits[j as usize / 64] = 0;
        }
    }
}

impl Blocking {
    fn new(strings: &[Vec<char>]) -> Blocking {
        let sorted = ranked_grams(strings);
        // Each string under its rarest bigrams: if two strings share `t` bigrams, their
        // prefixes of `len - t + 1` bigrams in one global order meet. Strings without
        // bigrams (one character or none) can only equal each other: blocked whole.
        let mut by_gram: Vec<Vec<usize>> = vec![Vec::new(); sorted.kinds()];
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
        let all: Vec<Member> = (strings.iter().zip(sorted.iter()))
            .map(|(s, g)| Member::new(s.len(), g.iter().fold(0, |m, &r| m | 1 << bit(r))))
            .collect();
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
            for (p, &m) in block.members.iter().enumerate() {
                places[m as usize].push((b, p, 0));
            }
            for (p, &m) in block.forward.iter().enumerate() {
                places[m as usize].push((b, p, 0));
            }
            for (p, &m) in block.reversed.iter().enumerate() {
                let i = m as usize;
                if let Some(place) = places[i].iter_mut().find(|x| x.0 == b) {
                    place.2 = p;
                }
            }
        }
        Blocking {
            blocks,
            places,
            sorted,
            all,
        }
    }

    /// The strings of higher index that string `i` is compared with and that `keep`
    /// accepts: every other string of its small blocks, its neighbours in its large ones.
    /// Unique (a string met in several blocks is tested once, the first time), in no
    /// particular order. `seen` holds no string on entry and holds none on return.
    fn partners(&self, i: usize, seen: &mut Seen, keep: impl Fn(&Member) -> bool) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let mut meet = |&m: &u32| {
            let j = m as usize;
            if j > i && seen.first(j) && keep(&self.all[j]) {
                out.push(j);
            }
        };
        // What is read is asked for first, in stages: the string's blocks, then the
        // runs of candidates in them, then each run's candidates. Blocks and candidates
        // are from anywhere in memory, a cache miss each when read one after the other
        // (decision 249).
        let places = &self.places[i];
        places.iter().for_each(|&(b, ..)| fetch(&self.blocks, b));
        let runs = |&(b, p, r): &(usize, usize, usize)| {
            let block = &self.blocks[b];
            if block.forward.is_empty() {
                // Members in index order: those after `i` are those of higher index.
                return [&block.members[p + 1..], &[][..]];
            }
            let window = |order: &[u32], p: usize| -> std::ops::Range<usize> {
                p.saturating_sub(WINDOW)..(p + WINDOW + 1).min(order.len())
            };
            [
                &block.forward[window(&block.forward, p)],
                &block.reversed[window(&block.reversed, r)],
            ]
        };
        for run in places.iter().flat_map(runs) {
            (0..run.len()).step_by(16).for_each(|k| fetch(run, k));
        }
        for place in places {
            let runs = runs(place);
            // Only candidates of higher index are read: the others are not fetched.
            for &m in runs.iter().copied().flatten() {
                if m as usize > i {
                    fetch(&self.all, m as usize);
                }
            }
            runs.iter().copied().flatten().for_each(&mut meet);
        }
        seen.clear();
        out
    }
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
    let sorted = &blocking.sorted;
    // Each string with its candidates, on every core. As each candidate is first met
    // (a string met again in another block is not tested again), the filters that read
    // only the sketches: length, then bigrams of this string that
    // the other's sketch lacks (certainly not shared: too many, and too few can be
    // shared); then the exact count of shared bigrams, then the edit distance.
    // The bigrams counted through the sketches are at most those whose bits both sketches
    // hold, plus this string's bigrams that share a bit with another of its own: a bound
    // read in two instructions, before the bigrams are counted one by one.
    // Each piece of the work has its own `seen`.
    let n = strings.len();
    let kinds = sorted.kinds();
    let pairs: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .with_min_len(n / 16 + 1)
        .map_init(
            || (Seen::new(n), Marks::new(kinds)),
            |(seen, marks), i| {
                let a = strings[i].len();
                let bits: Vec<u32> = sorted.of(i).iter().map(|&r| bit(r)).collect();
                let own = bits.iter().fold(0u128, |m, &x| m | 1 << x);
                let collided = bits.len() - own.count_ones() as usize;
                let partners = blocking.partners(i, seen, |m| {
                    let (b, sketch) = (m.len(), m.sketch());
                    // A length held as `LONG` is at least that: the test on lengths is
                    // left to `alike`, and the bigrams needed are those of `LONG`, no
                    // more than the true length needs.
                    if b < LONG && 10 * a.abs_diff(b) > a.max(b) {
                        return false;
                    }
                    let need = needed(a.max(b));
                    if (own & sketch).count_ones() as usize + collided < need {
                        return false;
                    }
                    let missing = bits.iter().filter(|&&x| sketch >> x & 1 == 0).count();
                    bits.len() - missing >= need
                });
                // Each candidate's length and ranks are asked for before they are read.
                for &j in &partners {
                    fetch(strings, j);
                    sorted.fetch(j);
                }
                marks.set(sorted.of(i), true);
                let partners: Vec<usize> = (partners.into_iter())
                    .filter(|&j| marks.shares(sorted.of(j), needed(a.max(strings[j].len()))))
                    .collect();
                marks.set(sorted.of(i), false);
                (i, partners)
            },
        )
        .flat_map_iter(|(i, partners)| {
            (partners.into_iter())
                .filter(move |&j| alike(&strings[i], &strings[j]))
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

    /// A block of `members` (in index order): a small block's members, a large block's
    /// sorted orders.
    fn block(&self, mut members: Vec<usize>) -> Block {
        let held = |m: &[usize]| m.iter().map(|&i| i as u32).collect::<Vec<u32>>();
        if members.len() <= MAX_BLOCK {
            return Block {
                members: held(&members),
                forward: Vec::new(),
                reversed: Vec::new(),
            };
        }
        members.sort_unstable_by_key(|&i| self.forward[i]);
        let forward = held(&members);
        members.sort_unstable_by_key(|&i| self.reversed[i]);
        Block {
            members: Vec::new(),
            forward,
            reversed: held(&members),
        }
    }
}

/// Where a bigram's rank falls in a string's 120-bit sketch (a multiplicative hash,
/// scaled to 0..120).
fn bit(rank: u32) -> u32 {
    ((u64::from(rank.wrapping_mul(0x9e37_79b9)) * 120) >> 32) as u32
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

#[cfg(test)]
#[path = "near_tests.rs"]
mod tests;
