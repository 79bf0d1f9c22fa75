//! Each subject key's place in the subjects list, looked up once per claim (a million at
//! scale): the keys back to back in one buffer, found by their 64-bit hash, so that the
//! compare that confirms a key reads this dense buffer and not the key's own allocation in
//! its (cold) `Subject` record. As `ids` does for claim ids (decision 250).

use crate::model::fxhash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// Keys and their places: the table holds the last key given of each hash; keys of one
/// hash are chained through `more`, and a key is only ever compared byte for byte with
/// those of its hash.
#[derive(Default)]
pub(super) struct Keys {
    text: String,
    table: FxHashMap<u64, Key>,
    /// Keys pushed out of the table by a later key of the same hash.
    more: Vec<Key>,
}

/// One key: its bytes in `Keys::text`, its place, and the next key of the same hash (in
/// `Keys::more`; `NONE` for none).
#[derive(Clone, Copy)]
struct Key {
    start: u32,
    len: u32,
    at: u32,
    next: u32,
}

const NONE: u32 = u32::MAX;

/// A key's bytes in the buffer of keys.
fn key_text<'t>(text: &'t str, k: &Key) -> &'t str {
    &text[k.start as usize..(k.start + k.len) as usize]
}

fn hash_of(key: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(key.as_bytes());
    h.finish()
}

impl Keys {
    /// Each key's place in `keys`; of a key given twice, the last place (as a map
    /// collected from the list). Panics past 4 GB of keys or 4G keys.
    pub(super) fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> Keys {
        let mut out = Keys::default();
        for (at, key) in keys.into_iter().enumerate() {
            out.insert_hashed(key, hash_of(key), at);
        }
        out
    }

    fn text_of(&self, k: &Key) -> &str {
        key_text(&self.text, k)
    }

    /// The place of `key`, if it was given.
    pub(super) fn get(&self, key: &str) -> Option<usize> {
        self.get_hashed(key, hash_of(key))
    }

    fn get_hashed(&self, key: &str, hash: u64) -> Option<usize> {
        let mut k = self.table.get(&hash)?;
        loop {
            if self.text_of(k) == key {
                return Some(k.at as usize);
            }
            k = self.more.get(k.next as usize)?;
        }
    }

    fn insert_hashed(&mut self, key: &str, hash: u64, at: usize) {
        let at = u32::try_from(at).ok().filter(|&a| a != NONE);
        let start = u32::try_from(self.text.len()).ok();
        let fits = u32::try_from(self.text.len() + key.len()).is_ok();
        let (Some(at), Some(start), true) = (at, start, fits) else {
            panic!("more than 4 GB of subject keys");
        };
        // A key given again takes its new place, where it stands.
        if let Some(head) = self.table.get_mut(&hash)
            && key_text(&self.text, head) == key
        {
            head.at = at;
            return;
        }
        let mut next = self.table.get(&hash).map_or(NONE, |h| h.next);
        while let Some(k) = self.more.get_mut(next as usize) {
            if key_text(&self.text, k) == key {
                k.at = at;
                return;
            }
            next = k.next;
        }
        let new = Key {
            start,
            len: key.len() as u32,
            at,
            next: NONE,
        };
        self.text.push_str(key);
        if let Some(old) = self.table.insert(hash, new) {
            let Ok(place) = u32::try_from(self.more.len()) else {
                panic!("more than 4G subject keys");
            };
            self.more.push(old);
            if let Some(head) = self.table.get_mut(&hash) {
                head.next = place;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keys_of_one_hash_are_told_apart_by_their_bytes() {
        let mut keys = Keys::default();
        for (at, key) in ["x", "y", "zz", ""].iter().enumerate() {
            keys.insert_hashed(key, 7, at);
        }
        for (at, key) in ["x", "y", "zz", ""].iter().enumerate() {
            assert_eq!(keys.get_hashed(key, 7), Some(at), "{key:?}");
        }
        assert_eq!(keys.get_hashed("z", 7), None);
        assert_eq!(keys.get_hashed("w", 7), None);
        // The same key under another hash is another chain's: not there.
        assert_eq!(keys.get_hashed("x", 8), None);
        // A key given again, in the chain or at its head, takes its new place.
        keys.insert_hashed("y", 7, 10);
        keys.insert_hashed("", 7, 11);
        let places: Vec<_> = ["x", "y", "zz", ""]
            .iter()
            .map(|k| keys.get_hashed(k, 7))
            .collect();
        assert_eq!(places, [Some(0), Some(10), Some(2), Some(11)]);
        assert_eq!(keys.text, "xyzz");
    }

    proptest! {
        /// The same places as a map collected from the list (the last of a key given
        /// twice), for keys given and not.
        #[test]
        fn places_are_those_of_a_collected_map(
            list in prop::collection::vec("[a-c-]{0,3}", 0..40),
            asked in prop::collection::vec("[a-c-]{0,3}", 0..20),
        ) {
            let keys = Keys::new(list.iter().map(String::as_str));
            let map: FxHashMap<&str, usize> =
                list.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
            for k in list.iter().chain(&asked) {
                prop_assert_eq!(keys.get(k), map.get(k.as_str()).copied(), "{:?}", k);
            }
        }
    }
}
