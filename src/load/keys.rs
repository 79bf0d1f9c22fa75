//! Each subject key's place in the subjects list, looked up once per claim (a million at
//! scale): the keys back to back in one buffer, found by their 64-bit hash, so that the
//! compare that confirms a key reads this dense buffer and not the key's own allocation in
//! its (cold) `Subject` record; the buffer is `hashed`'s, as for claim ids (decision 250).

use super::hashed::{Hashed, hash_of};

/// Each key's place in the subjects list; of a key given twice, the last place.
#[derive(Default)]
pub(super) struct Keys(Hashed<u32>);

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

    /// The place of `key`, if it was given.
    pub(super) fn get(&self, key: &str) -> Option<usize> {
        self.get_hashed(key, hash_of(key))
    }

    fn get_hashed(&self, key: &str, hash: u64) -> Option<usize> {
        self.0.get(key, hash).map(|&at| at as usize)
    }

    /// A key given again takes its new place, where it stands.
    fn insert_hashed(&mut self, key: &str, hash: u64, at: usize) {
        let Some(at) = u32::try_from(at).ok().filter(|&a| a != u32::MAX) else {
            panic!("more than 4G subject keys");
        };
        match self.0.get_mut(key, hash) {
            Some(place) => *place = at,
            None => self.0.insert_new(key, hash, at, "subject keys"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fxhash::FxHashMap;
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
        assert_eq!(keys.0.text(), "xyzz");
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
