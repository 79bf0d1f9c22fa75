//! The ids met so far, for the check that each is used once: a hash map of owned keys
//! for the short lists (sources, subjects, parties), and for claims — a million at scale,
//! each met once — one buffer of their bytes found by hash (`hashed`), so that no id is
//! copied into an allocation of its own (and none freed at the end).

use super::Seen;
use super::hashed::{Hashed, hash_of};
use crate::diagnostic::Location;
use std::sync::Arc;

/// A record of ids met, each with where it was first met.
pub(super) trait Met {
    /// Where `id` was first met, if it was; otherwise records it as met at `at`.
    fn met(&mut self, id: &str, at: &Location) -> Option<Location>;
}

impl Met for Seen {
    fn met(&mut self, id: &str, at: &Location) -> Option<Location> {
        // One look-up: the key is copied first (the first occurrence is the common case).
        match self.entry(id.to_string()) {
            std::collections::hash_map::Entry::Occupied(first) => Some(first.get().clone()),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(at.clone());
                None
            }
        }
    }
}

/// Claim ids met, each with where it was first met (in one buffer of ids, `hashed`).
#[derive(Default)]
pub(super) struct Ids {
    ids: Hashed<IdAt>,
    /// The files the ids stand in, each once in a row (ids name them by place).
    files: Vec<Arc<str>>,
}

/// Where an id was first met: its file's place in `Ids::files`, line and column.
struct IdAt {
    file: u32,
    line: u32,
    column: u32,
}

impl Ids {
    fn location(&self, e: &IdAt) -> Location {
        Location::new(self.files[e.file as usize].clone(), e.line, e.column)
    }

    /// The place in `files` of `file`: the last one when it is that file.
    fn file(&mut self, file: &Arc<str>) -> u32 {
        if !self.files.last().is_some_and(|f| Arc::ptr_eq(f, file)) {
            self.files.push(file.clone());
        }
        (self.files.len() - 1) as u32
    }

    /// [`Met::met`] of an id whose hash is `hash`.
    fn met_hashed(&mut self, id: &str, hash: u64, at: &Location) -> Option<Location> {
        if let Some(first) = self.ids.get(id, hash) {
            return Some(self.location(first));
        }
        let file = self.file(&at.file);
        let (line, column) = (at.line, at.column);
        self.ids
            .insert_new(id, hash, IdAt { file, line, column }, "claim ids");
        None
    }
}

impl Met for Ids {
    fn met(&mut self, id: &str, at: &Location) -> Option<Location> {
        self.met_hashed(id, hash_of(id), at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_met_once_and_its_first_place_is_kept() {
        let (a, b): (Arc<str>, Arc<str>) = ("a.yaml".into(), "b.yaml".into());
        let mut ids = Ids::default();
        assert_eq!(ids.met("c1", &Location::new(a.clone(), 3, 5)), None);
        assert_eq!(ids.met("c2", &Location::new(a.clone(), 4, 5)), None);
        assert_eq!(ids.met("c", &Location::new(b.clone(), 1, 5)), None);
        assert_eq!(
            ids.met("c1", &Location::new(b.clone(), 9, 5)),
            Some(Location::new(a.clone(), 3, 5))
        );
        assert_eq!(
            ids.met("c", &Location::new(a, 7, 5)),
            Some(Location::new(b, 1, 5))
        );
    }

    #[test]
    fn ids_of_one_hash_are_told_apart_by_their_bytes() {
        let mut ids = Ids::default();
        let at = |line| Location::new("f.yaml", line, 1);
        for (k, id) in ["x", "y", "z"].iter().enumerate() {
            assert_eq!(ids.met_hashed(id, 7, &at(k as u32 + 1)), None, "{id}");
        }
        assert_eq!(ids.met_hashed("w", 7, &at(9)), None);
        for (k, id) in ["x", "y", "z", "w"].iter().enumerate() {
            let first = if k == 3 { 9 } else { k as u32 + 1 };
            assert_eq!(ids.met_hashed(id, 7, &at(20)), Some(at(first)), "{id}");
        }
        // The same id under another hash is another chain's: not met there.
        assert_eq!(ids.met_hashed("x", 8, &at(30)), None);
    }
}
