//! FNV-1a, the hasher of the lookup tables keyed by words: the unit registry's spellings
//! and senses, the extractor's word lists and the words it has seen. A short word hashes
//! in a few instructions a byte where the default SipHash takes about a hundred, and the
//! keys come from embedded data or from the text being read, not from an adversary of
//! this process's memory. Only lookups change: no output depends on a table's order.

/// FNV-1a over the bytes written.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The hasher for a `HashMap` keyed by words.
pub type FastHash = std::hash::BuildHasherDefault<Fnv>;

/// Items filed under a word each (a phrase's first or last token, say), every list in the
/// order the items came: a reader asks for the few that can match at a word.
pub type WordIndex<T> = std::collections::HashMap<&'static str, Vec<T>, FastHash>;

/// Files `items` under the word `key` gives each, keeping their order within a word.
pub fn index_by<T>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> &'static str,
) -> WordIndex<T> {
    let mut index = WordIndex::default();
    for item in items {
        index.entry(key(&item)).or_default().push(item);
    }
    index
}
