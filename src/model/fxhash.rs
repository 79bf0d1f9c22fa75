//! A fast, non-cryptographic hasher for maps keyed by the corpus's own ids and keys
//! (the multiply-rotate hash of rustc's `FxHasher`): the corpus is looked up by id for
//! every claim, and SipHash's protection against chosen collisions buys nothing against
//! files the user wrote. Only for lookups: nothing iterates these maps where order could
//! reach the output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hasher's state: one word, mixed with each word written.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length keeps "a" and "a\0" apart.
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // A product's low bits depend only on its factors' low bits, and the table picks
        // its bucket by the low bits: keys differing only in their last bytes ("claim-123",
        // "claim-124") would all share one bucket. The high bits, mixed from every bit, go
        // low (as rustc-hash 2 does).
        self.hash.rotate_left(26)
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash_of(s: &str) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(s)
    }

    #[test]
    fn strings_differing_in_any_byte_or_in_length_hash_apart() {
        let keys = [
            "",
            "a",
            "a\0",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "habcdefg",
            "source-1",
            "source-2",
            "source-10",
            "source-01",
        ];
        let hashes: std::collections::BTreeSet<u64> = keys.iter().map(|k| hash_of(k)).collect();
        assert_eq!(hashes.len(), keys.len());
    }

    #[test]
    fn keys_differing_only_in_their_last_bytes_spread_over_the_low_bits() {
        // The table's bucket is the hash's low bits: ids numbered at their end must not
        // share them (without the final rotation these 1,024 ids fall in 32 buckets).
        let low: std::collections::BTreeSet<u64> = (0..1024)
            .map(|i| hash_of(&format!("s-{i:05}")) & 1023)
            .collect();
        assert!(low.len() > 512, "{} distinct buckets of 1024", low.len());
    }

    #[test]
    fn a_map_finds_every_key_it_holds_and_no_other() {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        for i in 0..1000 {
            m.insert(format!("subject-{i}"), i);
        }
        for i in 0..1000 {
            assert_eq!(m.get(format!("subject-{i}").as_str()), Some(&i));
        }
        assert_eq!(m.get("subject-1000"), None);
    }
}
