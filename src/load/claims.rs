//! `claims/<source>.yaml`: the file is named after the declared source it holds; each
//! claim has a valid id unique across the corpus, a declared subject, a value that reads
//! in the subject's dimension and unit, a quote, and a reason when it is ranked.

use super::diags::{self, Entry};
use super::layout::claims_stem;
use super::{Cx, TextFile, at};
use crate::diagnostic::Location;
use crate::model::{Claim, ClaimEntry, ClaimsFile, Rank, Source, Subject};
use crate::suggest::suggestion;
use crate::value::Value;
use std::collections::BTreeMap;

/// What a claim is checked against: the valid sources and subjects, and the claim ids
/// met so far.
struct Known<'a> {
    sources: &'a [Source],
    /// In file order, for suggestions.
    subject_list: &'a [Subject],
    subjects: BTreeMap<&'a str, &'a Subject>,
    ids: BTreeMap<String, Location>,
}

impl Cx {
    /// The valid claims of every claims file, in file order.
    pub(super) fn claims(
        &mut self,
        files: &[TextFile],
        sources: &[Source],
        subjects: &[Subject],
    ) -> Vec<Claim> {
        let mut known = Known {
            sources,
            subject_list: subjects,
            subjects: subjects.iter().map(|s| (s.key.as_str(), s)).collect(),
            ids: BTreeMap::new(),
        };
        let mut out = Vec::new();
        for f in files {
            if let Some(parsed) = self.parse::<ClaimsFile>(f) {
                let source = self.claims_source(f, &parsed, &known);
                for e in parsed.claims {
                    if let Some(c) = self.claim(f, e, &source, &mut known) {
                        out.push(c);
                    }
                }
            }
        }
        out
    }

    /// The file's source id, reported when the file is named otherwise or the source is
    /// not declared.
    fn claims_source(&mut self, file: &TextFile, parsed: &ClaimsFile, known: &Known) -> String {
        let source_id = parsed.source.value.clone();
        let source_loc = at(file, &parsed.source);
        let stem = claims_stem(&file.path);
        if stem != source_id {
            self.push(diags::claims_file_mismatch(
                source_loc.clone(),
                stem,
                &source_id,
            ));
        }
        let declared = self
            .declared_sources
            .as_ref()
            .is_none_or(|d| d.contains(&source_id));
        if !declared {
            let s = suggestion(&source_id, known.sources.iter().map(|s| s.id.as_str()));
            self.push(diags::unknown_source(source_loc, &source_id, s));
        }
        source_id
    }

    fn claim(
        &mut self,
        file: &TextFile,
        e: ClaimEntry,
        source: &str,
        known: &mut Known,
    ) -> Option<Claim> {
        let loc = at(file, &e.id);
        let id = e.id.value.clone();
        if !self.fresh_id(Entry::Claim, &id, &loc, &mut known.ids) {
            return None;
        }
        let subject = self.claim_subject(file, &e, known)?;
        let value_loc = at(file, &e.value);
        let value = self.value(&e.value.value, subject, &value_loc)?;
        if e.quote.value.trim().is_empty() {
            self.push(diags::empty_text(at(file, &e.quote), Entry::Claim, &id));
            return None;
        }
        let as_of = match &e.as_of {
            Some(s) => Some(self.date(file, s, "as_of")?),
            None => None,
        };
        if e.rank != Rank::Normal && e.rank_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            self.push(diags::missing_rank_reason(loc, &id));
            return None;
        }
        Some(Claim {
            id,
            subject: subject.key.clone(),
            source: source.to_string(),
            value_text: e.value.value.clone(),
            value,
            quote_location: at(file, &e.quote),
            quote: e.quote.value,
            claimant: e.claimant.filter(|c| !c.trim().is_empty()),
            claimant_role: e.claimant_role,
            origin: e.origin.filter(|c| !c.trim().is_empty()),
            via: e.via.filter(|c| !c.trim().is_empty()),
            derived: None,
            as_of,
            rank: e.rank,
            rank_reason: e.rank_reason,
            location: loc,
            value_location: value_loc,
        })
    }

    /// The claim's subject; an undeclared one is reported (a declared but invalid one
    /// already was).
    fn claim_subject<'a>(
        &mut self,
        file: &TextFile,
        e: &ClaimEntry,
        known: &Known<'a>,
    ) -> Option<&'a Subject> {
        let key = &e.subject.value;
        if let Some(s) = known.subjects.get(key.as_str()) {
            return Some(*s);
        }
        let declared = self
            .declared_subjects
            .as_ref()
            .is_none_or(|d| d.contains(key));
        if !declared {
            let s = suggestion(key, known.subject_list.iter().map(|s| s.key.as_str()));
            self.push(diags::unknown_subject(at(file, &e.subject), key, s));
        }
        None
    }

    /// Parses a claim's value for its subject and checks its unit and sign.
    fn value(&mut self, text: &str, subject: &Subject, loc: &Location) -> Option<Value> {
        let value = match Value::parse(text, subject.dimension) {
            Ok(v) => v,
            Err(e) => {
                self.push(diags::invalid_value(loc, text, subject.dimension, e));
                return None;
            }
        };
        if let (Value::Quantity(q), Some(target)) = (&value, &subject.unit) {
            if let Some(unit) = &q.unit
                && unit.factor_to(target).is_none()
            {
                self.push(diags::unit_mismatch(
                    loc.clone(),
                    text,
                    unit,
                    target,
                    &subject.key,
                ));
                return None;
            }
            if subject.dimension.non_negative() && q.low < 0.0 {
                self.push(diags::negative_value(loc.clone(), text, subject.dimension));
                return None;
            }
        }
        Some(value)
    }
}
