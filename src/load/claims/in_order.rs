//! The in-order pass of the claims: the files go in batches, each parsed and its claims
//! checked on their own on every core (`Known`, in `claims`); then, on one thread and in
//! file order, each claim's id is checked against those before it, its names are shared
//! (one copy of each) and its diagnostics are kept in order.

use super::{CheckedFile, Known, Names4, Ready};
use crate::diagnostic::{Diagnostic, Location};
use crate::load::diags::Entry;
use crate::load::{ClaimsFiles, Cx, TextFile};
use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Claim, Source, Subject};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How many claims files are parsed (on every core) before their claims are checked: the
/// parsed entries of one batch are all that is held besides the claims already built.
const PARSE_BATCH: usize = 64;

/// The claim ids met so far and the names shared: the part of the check done in order.
#[derive(Default)]
struct InOrder {
    ids: crate::load::ids::Ids,
    /// Subject keys, source ids and the names claims give, one copy of each.
    names: Names,
    /// Each subject's key as shared by `names`, by its place in the subjects list: found
    /// in `names` at the subject's first claim, not at every claim.
    subjects: Vec<Option<Arc<str>>>,
}

impl InOrder {
    /// The shared key of the subject at `at` in the subjects list.
    fn subject(&mut self, at: usize, key: &str) -> Arc<str> {
        if at >= self.subjects.len() {
            self.subjects.resize(at + 1, None);
        }
        (self.subjects[at].get_or_insert_with(|| self.names.get_str(key))).clone()
    }
}

/// One shared copy of each distinct string given to [`Names::get`].
#[derive(Default)]
struct Names(FxHashSet<Arc<str>>);

impl Names {
    fn get(&mut self, s: String) -> Arc<str> {
        match self.0.get(s.as_str()) {
            Some(a) => a.clone(),
            None => {
                let a: Arc<str> = s.into();
                self.0.insert(a.clone());
                a
            }
        }
    }

    fn get_str(&mut self, s: &str) -> Arc<str> {
        match self.0.get(s) {
            Some(a) => a.clone(),
            None => self.get(s.to_string()),
        }
    }
}

impl Cx {
    /// The valid claims of every claims file, in file order.
    pub(in crate::load) fn claims(
        &mut self,
        mut files: ClaimsFiles,
        sources: &[Source],
        subjects: &[Subject],
        (texts, root): (&BTreeMap<String, String>, &str),
    ) -> Vec<Claim> {
        // Read while the claims are checked, given back below.
        let (declared_sources, declared_subjects) =
            (self.declared_sources.take(), self.declared_subjects.take());
        let mut source_by_id = FxHashMap::default();
        for s in sources {
            source_by_id.entry(s.id.as_str()).or_insert(s);
        }
        let known = Known {
            sources,
            source_by_id,
            texts,
            root,
            subject_list: subjects,
            subjects: crate::load::keys::Keys::new(subjects.iter().map(|s| s.key.as_str())),
            declared_sources: declared_sources.as_ref(),
            declared_subjects: declared_subjects.as_ref(),
        };
        let mut order = InOrder::default();
        // Parsing and each claim's own checks are most of the work: on every core; then
        // ids, shared names and diagnostics in file order. Files go in batches, so the
        // checked entries of only two batches are held at a time: while one batch is
        // taken in order (on this thread), the next is parsed and checked.
        let mut out = Vec::new();
        let count = match &files {
            ClaimsFiles::Kept(f) => f.len(),
            ClaimsFiles::Emptied(f) => f.len(),
        };
        let batches: Vec<std::ops::Range<usize>> = (0..count)
            .step_by(PARSE_BATCH)
            .map(|start| start..count.min(start + PARSE_BATCH))
            .collect();
        let check = |files: &[TextFile]| -> Vec<Result<CheckedFile, Diagnostic>> {
            files.par_iter().map(|f| known.file(f)).collect()
        };
        let mut checked = Vec::new();
        for (k, range) in batches.iter().enumerate() {
            let all = match &files {
                ClaimsFiles::Kept(f) => &f[..],
                ClaimsFiles::Emptied(f) => &f[..],
            };
            if k == 0 {
                checked = check(&all[range.clone()]);
            }
            let current = std::mem::take(&mut checked);
            let (next, ()) = rayon::join(
                || batches.get(k + 1).map(|r| check(&all[r.clone()])),
                || {
                    for c in current {
                        match c {
                            Ok(c) => self.file_claims(c, &mut order, &mut out),
                            Err(d) => self.push(d),
                        }
                    }
                    reserve(&mut out, range.end, count);
                },
            );
            checked = next.unwrap_or_default();
            if let ClaimsFiles::Emptied(f) = &mut files {
                for file in &mut f[range.clone()] {
                    file.text = String::new();
                }
            }
        }
        drop(known);
        self.declared_sources = declared_sources;
        self.declared_subjects = declared_subjects;
        out
    }

    /// Takes one checked claims file in order, adding its valid claims to `out`.
    fn file_claims(&mut self, file: CheckedFile, order: &mut InOrder, out: &mut Vec<Claim>) {
        self.diagnostics.extend(file.problems);
        let source = order.names.get(file.source);
        for c in file.claims {
            let (id, loc) = c.id;
            if !self.fresh_id(Entry::Claim, &id, &loc, &mut order.ids) {
                continue;
            }
            match c.claim {
                Ok(r) => {
                    let subject = order.subject(r.subject_at, &r.subject.key);
                    let (claim, citation) = r.claim(id, loc, (subject, &source), &mut order.names);
                    self.diagnostics.extend(citation);
                    out.push(claim);
                }
                Err(d) => self.diagnostics.extend(d),
            }
        }
    }
}

/// Makes room in `out` (the claims of the first `done` of `count` files) for every file's
/// claims at the rate so far, and an eighth more: a list of a million claims is not
/// copied at each doubling (and its new pages zeroed) as it grows.
fn reserve(out: &mut Vec<Claim>, done: usize, count: usize) {
    let want = out.len() * count / done.max(1);
    if want > out.capacity() {
        out.reserve_exact(want + want / 8 - out.len());
    }
}

impl Ready<'_> {
    /// The claim, and its citation problem. Inlined so that a `Ready` (408 bytes) is not
    /// copied once more into the call for each claim (decision 251).
    #[inline(always)]
    fn claim(
        self,
        id: String,
        location: Location,
        (subject, source): (Arc<str>, &Arc<str>),
        names: &mut Names,
    ) -> (Claim, Option<Diagnostic>) {
        let Names4 {
            claimant,
            origin,
            via,
            claimant_role,
        } = self.raw;
        let origin_named_in = self.origin_named_in.map(|s| names.get(s));
        let mut name = |n: Option<String>| n.filter(|c| !c.trim().is_empty()).map(|c| names.get(c));
        let (claimant, origin, via) = (name(claimant), name(origin), name(via));
        let (value_text, value, value_location) = self.value;
        let (quote, quote_location) = self.quote;
        let claim = Claim {
            id: id.into(),
            claimant,
            origin,
            origin_named_in,
            via,
            claimant_role: claimant_role.map(|r| names.get(r)),
            subject,
            source: source.clone(),
            value_text: value_text.into(),
            value,
            quote_location,
            quote: quote.into(),
            derived: None,
            as_of: self.as_of,
            rank: self.rank,
            rank_reason: self.rank_reason.map(Arc::from),
            location,
            value_location,
        };
        (claim, self.citation)
    }
}
