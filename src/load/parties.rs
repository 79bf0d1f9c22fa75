//! `parties.yaml` (optional): each party has a valid, unique key, a name, and a `part_of`
//! that names another declared party without a cycle. Names and aliases resolve claimants
//! and origins to one party (see `Corpus::party_named`).

use super::diags::{self, Entry};
use super::{Cx, Seen, TextFile, at};
use crate::model::{PartiesFile, Party};
use crate::suggest::suggestion;
use std::collections::BTreeMap;

impl Cx {
    pub(super) fn parties(&mut self, file: &TextFile, parsed: PartiesFile) -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        let mut seen = Seen::default();
        for e in parsed.parties {
            let loc = at(file, &e.key);
            let key = e.key.value.clone();
            if !self.fresh_id(Entry::Party, &key, &loc, &mut seen) {
                continue;
            }
            if e.name.trim().is_empty() {
                self.push(diags::empty_text(loc.clone(), Entry::Party, &key));
            }
            out.push(Party {
                key,
                name: e.name,
                aliases: e.aliases,
                kind: e.kind,
                part_of: e.part_of.map(|p| {
                    // Checked below, once every key is known.
                    self.part_of_at.push((p.value.clone(), at(file, &p)));
                    p.value
                }),
                location: loc,
            });
        }
        self.check_part_of(&out);
        out
    }

    /// Every `part_of` names a declared party, and no chain comes back to where it began.
    fn check_part_of(&mut self, parties: &[Party]) {
        let keys: BTreeMap<&str, &Party> = parties.iter().map(|p| (p.key.as_str(), p)).collect();
        for (target, loc) in std::mem::take(&mut self.part_of_at) {
            if !keys.contains_key(target.as_str()) {
                let hint = suggestion(&target, keys.keys().copied());
                self.push(diags::unknown_party(loc, &target, hint));
            }
        }
        for p in parties {
            let mut at = p;
            for _ in 0..=parties.len() {
                match at.part_of.as_deref().and_then(|k| keys.get(k)) {
                    Some(next) if next.key == p.key => {
                        self.push(diags::party_cycle(p.location.clone(), &p.key));
                        break;
                    }
                    Some(next) => at = next,
                    None => break,
                }
            }
        }
    }
}
