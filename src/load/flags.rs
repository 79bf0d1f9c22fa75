//! `flags.yaml`: each editor's flag gives a reason, and a conflict is flagged once. An
//! empty file (blank lines and comments only) is a corpus with no decisions yet.

use super::diags;
use super::{Cx, TextFile, at, blank};
use crate::model::{Flag, FlagsFile};
use std::collections::BTreeSet;

impl Cx {
    pub(super) fn flags(&mut self, file: &TextFile) -> Vec<Flag> {
        if blank(&file.text, &[]) {
            return Vec::new();
        }
        let Some(parsed) = self.parse::<FlagsFile>(file) else {
            return Vec::new();
        };
        let mut out: Vec<Flag> = Vec::new();
        let mut seen = BTreeSet::new();
        for e in parsed.flags {
            let loc = at(file, &e.conflict);
            let id = e.conflict.value.clone();
            if e.reason.value.trim().is_empty() {
                self.push(diags::missing_reason(at(file, &e.reason), &id));
                continue;
            }
            if !seen.insert(id.clone()) {
                self.push(diags::duplicate_flag(loc, &id));
                continue;
            }
            out.push(Flag {
                decision: e.decision(),
                location: loc,
            });
        }
        out
    }
}
