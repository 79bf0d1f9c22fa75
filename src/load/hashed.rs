//! Strings back to back in one buffer, found by their 64-bit hash, each with a payload:
//! the claim ids met (`ids`) and the subject keys' places (`keys`), a million of each at
//! scale. No allocation per string, and a string is compared byte for byte only with
//! those of its hash (decisions 225 and 250).

use crate::model::fxhash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// The hash a string is filed under.
pub(super) fn hash_of(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// The table holds the last string given of each hash, so that the common look-up reads
/// the table's bucket and the buffer only; strings of one hash are chained through
/// `more`.
pub(super) struct Hashed<P> {
    text: String,
    table: FxHashMap<u64, Entry<P>>,
    /// Strings pushed out of the table by a later string of the same hash.
    more: Vec<Entry<P>>,
}

/// One string: its bytes in `Hashed::text`, the next string of the same hash (in
/// `Hashed::more`; `NONE` for none) and its payload.
struct Entry<P> {
    start: u32,
    len: u32,
    next: u32,
    payload: P,
}

const NONE: u32 = u32::MAX;

/// A string's bytes in the buffer.
fn text_of<'t, P>(text: &'t str, e: &Entry<P>) -> &'t str {
    &text[e.start as usize..(e.start + e.len) as usize]
}

impl<P> Default for Hashed<P> {
    fn default() -> Self {
        Hashed {
            text: String::new(),
            table: FxHashMap::default(),
            more: Vec::new(),
        }
    }
}

impl<P> Hashed<P> {
    /// The payload of `s`, filed under `hash`, if it was given.
    pub(super) fn get(&self, s: &str, hash: u64) -> Option<&P> {
        let mut e = self.table.get(&hash)?;
        loop {
            if text_of(&self.text, e) == s {
                return Some(&e.payload);
            }
            e = self.more.get(e.next as usize)?;
        }
    }

    /// [`Hashed::get`], to change the payload.
    pub(super) fn get_mut(&mut self, s: &str, hash: u64) -> Option<&mut P> {
        let text = &self.text;
        let head = self.table.get_mut(&hash)?;
        if text_of(text, head) == s {
            return Some(&mut head.payload);
        }
        let mut next = head.next;
        while let Some(e) = self.more.get(next as usize) {
            if text_of(text, e) == s {
                break;
            }
            next = e.next;
        }
        self.more.get_mut(next as usize).map(|e| &mut e.payload)
    }

    /// Adds `s`, not given before, filed under `hash`. Panics past 4 GB of strings or 4G
    /// strings of one table (`what` names them).
    pub(super) fn insert_new(&mut self, s: &str, hash: u64, payload: P, what: &str) {
        let start = u32::try_from(self.text.len()).ok();
        let fits = u32::try_from(self.text.len() + s.len()).is_ok();
        let room = u32::try_from(self.more.len()).is_ok_and(|m| m != NONE);
        let (Some(start), true, true) = (start, fits, room) else {
            panic!("more than 4 GB of {what}");
        };
        let new = Entry {
            start,
            len: s.len() as u32,
            next: NONE,
            payload,
        };
        self.text.push_str(s);
        if let Some(old) = self.table.insert(hash, new) {
            let place = self.more.len() as u32;
            self.more.push(old);
            if let Some(head) = self.table.get_mut(&hash) {
                head.next = place;
            }
        }
    }

    /// The strings' buffer.
    #[cfg(test)]
    pub(super) fn text(&self) -> &str {
        &self.text
    }
}
