//! The type of an embedded word list (`WordList`): its entries read once from the text of
//! a file in `words/`, and a lookup that checks a word's length and first byte against
//! the keys' (`KeyShapes`) before it hashes the word. The lists themselves are
//! `words.rs`'s.

use crate::fast_hash::FastHash;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One embedded list: its entries, sorted, with the value after a tab for maps.
pub struct WordList {
    pub name: &'static str,
    pub text: &'static str,
    entries: OnceLock<Vec<(&'static str, &'static str)>>,
    /// The entries by key: a lookup is one hash of the word, not a binary search.
    index: OnceLock<(KeyShapes, HashMap<&'static str, &'static str, FastHash>)>,
}

/// The lengths and first bytes of a list's keys: a word of another length, or with
/// another first byte, is in no list without hashing it.
#[derive(Default)]
struct KeyShapes {
    /// Bit `n` for a key of `n` bytes (bit 63 for 63 bytes or more).
    lens: u64,
    /// Bit `b` for a key whose first byte is `b`.
    firsts: [u64; 4],
}

impl KeyShapes {
    fn add(&mut self, key: &str) {
        self.lens |= 1 << key.len().min(63);
        if let Some(&b) = key.as_bytes().first() {
            self.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    /// Whether some key has the length and first byte of `w`.
    fn admit(&self, w: &str) -> bool {
        self.lens & (1 << w.len().min(63)) != 0
            && w.as_bytes()
                .first()
                .is_none_or(|&b| self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

impl WordList {
    pub(super) const fn new(name: &'static str, text: &'static str) -> WordList {
        WordList {
            name,
            text,
            entries: OnceLock::new(),
            index: OnceLock::new(),
        }
    }

    /// The entries as (key, value); the value is empty in a plain list.
    pub fn entries(&self) -> &[(&'static str, &'static str)] {
        self.entries.get_or_init(|| {
            self.text
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.split_once('\t').unwrap_or((l, "")))
                .collect()
        })
    }

    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The value of `w` in a map (empty string in a plain list).
    pub fn get(&self, w: &str) -> Option<&'static str> {
        let (shapes, index) = self.index.get_or_init(|| {
            let mut shapes = KeyShapes::default();
            for (key, _) in self.entries() {
                shapes.add(key);
            }
            (shapes, self.entries().iter().copied().collect())
        });
        if !shapes.admit(w) {
            return None;
        }
        index.get(w).copied()
    }
}
