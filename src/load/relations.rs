//! Relations between subjects (`parts`, `at_most`, `cumulative`), checked once every
//! subject is known: each names a declared subject of the same dimension other than
//! itself, and a running total changes over time. A subject with a bad relation keeps
//! its other fields and loses the relation, after its diagnostic.

use super::Cx;
use super::diags::{self, BadRelation};
use crate::model::Subject;
use crate::suggest::suggestion;
use crate::value::Dimension;
use std::collections::BTreeMap;

impl Cx {
    pub(super) fn relations(&mut self, mut subjects: Vec<Subject>) -> Vec<Subject> {
        let dims: BTreeMap<String, Dimension> = subjects
            .iter()
            .map(|s| (s.key.clone(), s.dimension))
            .collect();
        for s in &mut subjects {
            let loc = s.location.clone();
            let check = |cx: &mut Cx, target: &str| -> bool {
                let bad = match dims.get(target) {
                    _ if s.dimension == Dimension::Date => BadRelation::OnDate,
                    None => BadRelation::Unknown(
                        target,
                        suggestion(target, dims.keys().map(String::as_str)),
                    ),
                    Some(_) if target == s.key => BadRelation::ItSelf,
                    Some(&d) if d != s.dimension => BadRelation::Dimension(target, d, s.dimension),
                    Some(_) => return true,
                };
                cx.push(diags::invalid_relation(loc.clone(), &s.key, bad));
                false
            };
            let parts = std::mem::take(&mut s.relations.parts);
            s.relations.parts = parts.into_iter().filter(|p| check(self, p)).collect();
            if let Some(w) = s.relations.at_most.take() {
                s.relations.at_most = check(self, &w).then_some(w);
            }
            if s.relations.cumulative && s.window_days.is_none() {
                self.push(diags::invalid_relation(
                    loc.clone(),
                    &s.key,
                    BadRelation::CumulativeWithoutChanges,
                ));
                s.relations.cumulative = false;
            }
        }
        subjects
    }
}
