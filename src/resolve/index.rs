//! The claims grouped by subject: each subject's claims and its candidate values (the
//! distinct values claimed), built once by a counting sort so that every round of the
//! algorithm walks flat arrays.

use super::table::{Claim, ClaimTable};
use crate::model::fxhash::FxHashMap;

/// Claims by subject. Slices are addressed by `subject_claims` and `subject_candidates`.
#[derive(Debug, Clone)]
pub struct Index {
    /// Claims sorted by subject, then source, one per (subject, source, value). Their
    /// `source` is a trust unit (see `units`), not the table's source id.
    pub claims: Vec<Claim>,
    /// The trust units: a source, or a source on one attribute when trust is per attribute.
    pub units: Vec<(u32, Option<u32>)>,
    claim_starts: Vec<u32>,
    /// Distinct value ids per subject, in first-claimed order.
    pub candidates: Vec<u32>,
    candidate_starts: Vec<u32>,
    /// For each claim (in `claims` order), the position of its own value among its
    /// subject's candidates.
    pub own: Vec<u32>,
    /// Subjects whose values include a span that may contain another candidate.
    pub has_spans: Vec<bool>,
    /// Claims per subject before a source's repeated claims were merged.
    pub raw_counts: Vec<u32>,
}

impl Index {
    /// Groups the claims; with `per_attribute`, each (source, attribute) is its own trust
    /// unit (a site may copy schedules faithfully and time departures differently).
    pub fn build(table: &ClaimTable, per_attribute: bool) -> Index {
        let n_subjects = table.subjects().len();
        let mut units = Vec::new();
        let mut unit_ids: FxHashMap<(u32, Option<u32>), u32> = FxHashMap::default();
        let mut counts = vec![0u32; n_subjects + 1];
        for c in table.claims() {
            counts[c.subject as usize + 1] += 1;
        }
        let raw_counts = counts[1..].to_vec();
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut fill = counts.clone();
        let mut sorted = vec![
            Claim {
                subject: 0,
                source: 0,
                value: 0,
                cite: 0
            };
            table.claims().len()
        ];
        for c in table.claims() {
            let attribute = table.subjects()[c.subject as usize].attribute;
            let key = (c.source, attribute.filter(|_| per_attribute));
            let unit = *unit_ids.entry(key).or_insert_with(|| {
                units.push(key);
                units.len() as u32 - 1
            });
            let slot = &mut fill[c.subject as usize];
            sorted[*slot as usize] = Claim { source: unit, ..*c };
            *slot += 1;
        }
        let mut claims = Vec::with_capacity(sorted.len());
        let mut claim_starts = Vec::with_capacity(n_subjects + 1);
        let mut candidates = Vec::new();
        let mut candidate_starts = Vec::with_capacity(n_subjects + 1);
        let mut own = Vec::with_capacity(sorted.len());
        let mut has_spans = Vec::with_capacity(n_subjects);
        for s in 0..n_subjects {
            let group = &mut sorted[counts[s] as usize..counts[s + 1] as usize];
            // Keep file order for candidates: stable by source, then value, then cite.
            group.sort_by_key(|c| (c.source, c.value, c.cite));
            claim_starts.push(claims.len() as u32);
            candidate_starts.push(candidates.len() as u32);
            let mut spans = false;
            for (i, c) in group.iter().enumerate() {
                if i > 0 && group[i - 1].source == c.source && group[i - 1].value == c.value {
                    continue;
                }
                claims.push(*c);
                let v = table.value_of(c.value);
                spans |= v.span().is_some_and(|s| !s.is_exact());
            }
            let mine = &claims[claim_starts[s] as usize..];
            // Candidates in the order they were first claimed (by citation).
            let mut firsts: Vec<(u32, u32)> = mine.iter().map(|c| (c.value, c.cite)).collect();
            firsts.sort_unstable();
            firsts.dedup_by_key(|(v, _)| *v);
            let mut by_cite: Vec<(u32, u32)> = firsts.iter().map(|(v, c)| (*c, *v)).collect();
            by_cite.sort_unstable();
            let mut position: Vec<(u32, u32)> = by_cite
                .iter()
                .enumerate()
                .map(|(i, (_, v))| (*v, i as u32))
                .collect();
            position.sort_unstable();
            candidates.extend(by_cite.iter().map(|(_, v)| *v));
            for c in mine {
                let at = position.binary_search_by_key(&c.value, |(v, _)| *v);
                own.push(at.map_or(0, |i| position[i].1));
            }
            has_spans.push(spans);
        }
        claim_starts.push(claims.len() as u32);
        candidate_starts.push(candidates.len() as u32);
        Index {
            claims,
            units,
            claim_starts,
            candidates,
            candidate_starts,
            own,
            has_spans,
            raw_counts,
        }
    }

    pub fn subjects(&self) -> usize {
        self.claim_starts.len() - 1
    }

    /// The range of a subject's claims in `claims` and `own`.
    pub fn claim_range(&self, subject: usize) -> std::ops::Range<usize> {
        self.claim_starts[subject] as usize..self.claim_starts[subject + 1] as usize
    }

    /// The range of a subject's candidates in `candidates`.
    pub fn candidate_range(&self, subject: usize) -> std::ops::Range<usize> {
        self.candidate_starts[subject] as usize..self.candidate_starts[subject + 1] as usize
    }
}
