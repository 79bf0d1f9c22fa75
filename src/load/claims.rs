//! `claims/<source>.yaml` (or `.jsonl`, see `jsonl`): the file is named after the declared
//! source it holds; each claim has a valid id unique across the corpus, a declared
//! subject, a value that reads in the subject's dimension and unit, a quote, and a reason
//! when it is ranked. Both formats become [`RawClaim`]s, checked by the same code.

use super::diags::{self, Entry};
use super::layout::claims_stem;
use super::{ClaimsFiles, Cx, Seen, TextFile, at, jsonl, parse_file};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Claim, ClaimEntry, ClaimsFile, Rank, Source, Subject};
use crate::suggest::suggestion;
use crate::value::{Unit, Value};
use rayon::prelude::*;
use std::sync::Arc;

/// A text field and where it stands.
pub(super) type Field = (String, Location);

/// A claim as either format gives it, each checked field with its place.
pub(super) struct RawClaim {
    pub id: Field,
    pub subject: Field,
    pub value: Field,
    pub quote: Field,
    pub as_of: Option<Field>,
    pub claimant: Option<String>,
    pub claimant_role: Option<String>,
    pub origin: Option<String>,
    pub origin_named_in: Option<Field>,
    pub via: Option<String>,
    pub rank: Rank,
    pub rank_reason: Option<String>,
}

impl RawClaim {
    fn from_entry(file: &TextFile, e: ClaimEntry) -> RawClaim {
        let field = |s: serde_saphyr::Spanned<String>| {
            let loc = at(file, &s);
            (s.value, loc)
        };
        RawClaim {
            id: field(e.id),
            subject: field(e.subject),
            value: field(e.value),
            quote: field(e.quote),
            as_of: e.as_of.map(field),
            claimant: e.claimant,
            claimant_role: e.claimant_role,
            origin: e.origin,
            origin_named_in: e.origin_named_in.map(field),
            via: e.via,
            rank: e.rank,
            rank_reason: e.rank_reason,
        }
    }
}

/// One claims file, parsed: the source it names (and where), its claims, and the problems
/// of its lines (JSON Lines go on after a bad line).
pub(super) struct ParsedClaims {
    pub source: Field,
    pub claims: Vec<RawClaim>,
    pub problems: Vec<Diagnostic>,
}

/// Parses a claims file of either format; `Err` when nothing of it can be read.
fn parse_claims(file: &TextFile) -> Result<ParsedClaims, Diagnostic> {
    if file.path.ends_with(".jsonl") {
        return jsonl::parse(file);
    }
    let parsed: ClaimsFile = parse_file(file)?;
    let source = (parsed.source.value.clone(), at(file, &parsed.source));
    Ok(ParsedClaims {
        source,
        claims: parsed
            .claims
            .into_iter()
            .map(|e| RawClaim::from_entry(file, e))
            .collect(),
        problems: Vec::new(),
    })
}

/// How many claims files are parsed (on every core) before their claims are checked: the
/// parsed entries of one batch are all that is held besides the claims already built.
const PARSE_BATCH: usize = 64;

/// What a claim is checked against: the valid sources and subjects, and the claim ids
/// met so far.
struct Known<'a> {
    sources: &'a [Source],
    /// In file order, for suggestions.
    subject_list: &'a [Subject],
    subjects: FxHashMap<&'a str, &'a Subject>,
    ids: Seen,
    /// Subject keys, source ids and the names claims give, one copy of each.
    names: Names,
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
    pub(super) fn claims(
        &mut self,
        mut files: ClaimsFiles,
        sources: &[Source],
        subjects: &[Subject],
    ) -> Vec<Claim> {
        let mut known = Known {
            sources,
            subject_list: subjects,
            subjects: subjects.iter().map(|s| (s.key.as_str(), s)).collect(),
            ids: Seen::default(),
            names: Names::default(),
        };
        // Parsing is most of the work: on every core, then checked in file order. Files go
        // in batches, so the parsed entries of only two batches are held at a time: while
        // one batch is checked (in order, on this thread), the next is parsed.
        let mut out = Vec::new();
        let count = match &files {
            ClaimsFiles::Kept(f) => f.len(),
            ClaimsFiles::Emptied(f) => f.len(),
        };
        let batches: Vec<std::ops::Range<usize>> = (0..count)
            .step_by(PARSE_BATCH)
            .map(|start| start..count.min(start + PARSE_BATCH))
            .collect();
        let parse = |files: &[TextFile]| -> Vec<Result<ParsedClaims, Diagnostic>> {
            files.par_iter().map(parse_claims).collect()
        };
        let mut parsed = Vec::new();
        for (k, range) in batches.iter().enumerate() {
            let all = match &files {
                ClaimsFiles::Kept(f) => &f[..],
                ClaimsFiles::Emptied(f) => &f[..],
            };
            if k == 0 {
                parsed = parse(&all[range.clone()]);
            }
            let current = std::mem::take(&mut parsed);
            let (next, ()) = rayon::join(
                || batches.get(k + 1).map(|r| parse(&all[r.clone()])),
                || {
                    for (f, p) in all[range.clone()].iter().zip(current) {
                        match p {
                            Ok(p) => self.file_claims(f, p, &mut known, &mut out),
                            Err(d) => self.push(d),
                        }
                    }
                },
            );
            parsed = next.unwrap_or_default();
            if let ClaimsFiles::Emptied(f) = &mut files {
                for file in &mut f[range.clone()] {
                    file.text = String::new();
                }
            }
        }
        out
    }

    /// Checks one parsed claims file, adding its valid claims to `out`.
    fn file_claims(
        &mut self,
        file: &TextFile,
        parsed: ParsedClaims,
        known: &mut Known,
        out: &mut Vec<Claim>,
    ) {
        self.diagnostics.extend(parsed.problems);
        let source = self.claims_source(file, &parsed.source, known);
        let source = known.names.get(source);
        for e in parsed.claims {
            if let Some(c) = self.claim(e, &source, known) {
                out.push(c);
            }
        }
    }

    /// The file's source id, reported when the file is named otherwise or the source is
    /// not declared.
    fn claims_source(&mut self, file: &TextFile, source: &Field, known: &Known) -> String {
        let (source_id, source_loc) = source.clone();
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

    /// A claim's `origin_named_in`: a declared source, given with an origin. `Err` (the
    /// claim is dropped) after reporting what is wrong.
    fn origin_named_in(
        &mut self,
        origin: Option<&str>,
        named_in: &Option<Field>,
        claim: &str,
        known: &Known,
    ) -> Option<Option<String>> {
        let Some((named_in, at)) = named_in else {
            return Some(None);
        };
        if origin.is_none_or(|o| o.trim().is_empty()) {
            self.push(diags::origin_named_in_without_origin(at.clone(), claim));
            return None;
        }
        let declared = self
            .declared_sources
            .as_ref()
            .is_none_or(|d| d.contains(named_in));
        if !declared {
            let s = suggestion(named_in, known.sources.iter().map(|s| s.id.as_str()));
            self.push(diags::unknown_source(at.clone(), named_in, s));
            return None;
        }
        Some(Some(named_in.clone()))
    }

    fn claim(&mut self, e: RawClaim, source: &Arc<str>, known: &mut Known) -> Option<Claim> {
        let (id, loc) = e.id;
        if !self.fresh_id(Entry::Claim, &id, &loc, &mut known.ids) {
            return None;
        }
        let subject = self.claim_subject(&e.subject, &id, known)?;
        let (value_text, value_loc) = e.value;
        let (quote, quote_location) = e.quote;
        let value = self.value(&value_text, &quote, subject, &value_loc)?;
        if quote.trim().is_empty() {
            self.push(diags::empty_text(quote_location, Entry::Claim, &id));
            return None;
        }
        let as_of = match &e.as_of {
            Some((text, at)) => Some(self.date_at(text, at.clone(), "as_of")?),
            None => None,
        };
        if e.rank != Rank::Normal && e.rank_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            self.push(diags::missing_rank_reason(loc, &id));
            return None;
        }
        let origin_named_in =
            self.origin_named_in(e.origin.as_deref(), &e.origin_named_in, &id, known)?;
        let origin_named_in = origin_named_in.map(|s| known.names.get(s));
        let names = &mut known.names;
        let mut name = |n: Option<String>| n.filter(|c| !c.trim().is_empty()).map(|c| names.get(c));
        Some(Claim {
            id,
            claimant: name(e.claimant),
            origin: name(e.origin),
            origin_named_in,
            via: name(e.via),
            claimant_role: e.claimant_role.map(|r| known.names.get(r)),
            subject: known.names.get_str(&subject.key),
            source: source.clone(),
            value_text: value_text.into(),
            value,
            quote_location,
            quote: quote.into(),
            derived: None,
            as_of,
            rank: e.rank,
            rank_reason: e.rank_reason.map(Arc::from),
            location: loc,
            value_location: value_loc,
        })
    }

    /// The claim's subject; a draft's empty one and an undeclared one are reported (a
    /// declared but invalid one already was).
    fn claim_subject<'a>(
        &mut self,
        subject: &Field,
        id: &str,
        known: &Known<'a>,
    ) -> Option<&'a Subject> {
        let (key, at) = subject;
        if key.trim().is_empty() {
            // The hint names a few keys: six tell it whether there are more than five.
            let keys: Vec<&str> = known
                .subject_list
                .iter()
                .take(6)
                .map(|s| s.key.as_str())
                .collect();
            self.push(diags::subject_not_chosen(at.clone(), id, &keys));
            return None;
        }
        if let Some(s) = known.subjects.get(key.as_str()) {
            return Some(*s);
        }
        let declared = self
            .declared_subjects
            .as_ref()
            .is_none_or(|d| d.contains(key));
        if !declared {
            let s = suggestion(key, known.subject_list.iter().map(|s| s.key.as_str()));
            self.push(diags::unknown_subject(at.clone(), key, s));
        }
        None
    }

    /// Parses a claim's value for its subject and checks its unit (against the units its
    /// quote uses) and sign.
    fn value(
        &mut self,
        text: &str,
        quote: &str,
        subject: &Subject,
        loc: &Location,
    ) -> Option<Value> {
        let value = match Value::parse(text, subject.dimension) {
            Ok(v) => v,
            Err(e) => {
                self.push(diags::invalid_value(loc, text, subject.dimension, e));
                return None;
            }
        };
        if let (Value::Quantity(q), Some(target)) = (&value, &subject.unit) {
            // Another currency is compared at the editor's rate (rates.yaml), if any.
            let currencies = matches!((&q.unit, target), (Some(Unit::Money(_)), Unit::Money(_)));
            if let Some(unit) = &q.unit
                && unit.convert(1.0, target).is_none()
                && !currencies
            {
                let in_quote = crate::value::units::units_in(quote, subject.dimension);
                self.push(diags::unit_mismatch(
                    loc.clone(),
                    text,
                    unit,
                    target,
                    &subject.key,
                    &in_quote,
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

/// Warns about claims dated after their source was published: a typo in `as_of` (or its
/// year), or a wrong publication date. A month- or year-precision date counts from its
/// first day, so "2021-07" is not after a source of 2021-07-08.
pub fn late_as_of(corpus: &crate::model::Corpus) -> Vec<crate::diagnostic::Diagnostic> {
    corpus
        .claims
        .iter()
        .filter_map(|c| {
            let as_of = c.as_of?;
            let published = corpus.source(&c.source)?.published?;
            (as_of.day_span().0 > published.day_span().1).then(|| {
                diags::as_of_after_publication(
                    c.location.clone(),
                    &c.id,
                    &as_of.to_string(),
                    &published.to_string(),
                )
            })
        })
        .collect()
}
