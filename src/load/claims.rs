//! `claims/<source>.yaml` (or `.jsonl`, see `jsonl`): the file is named after the declared
//! source it holds; each claim has a valid id unique across the corpus, a declared
//! subject, a value that reads in the subject's dimension and unit, a quote, and a reason
//! when it is ranked. Both formats become [`RawClaim`]s, checked by the same code.
//! Here each file is parsed and each claim checked on its own (on every core, [`Known`]);
//! `in_order` then takes them in file order: ids, shared names, diagnostics.

use super::diags::{self, Entry};
use super::layout::claims_stem;
use super::{Declared, TextFile, at, jsonl, parse_file};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::fxhash::FxHashMap;
use crate::model::{ClaimEntry, ClaimsFile, Rank, Source, Subject};
use crate::suggest::suggestion;
use crate::value::Date;
use crate::value::{Unit, Value};
use crate::verify::{Archived, Cited, citation};
use std::collections::BTreeMap;

mod in_order;
mod lines;

/// A text field and where it stands.
pub(super) type Field = (String, Location);

/// A claim as either format gives it, each checked field with its place.
#[cfg_attr(test, derive(Debug, PartialEq))]
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
#[cfg_attr(test, derive(Debug, PartialEq))]
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
    // Most files are in one plain shape, read without the parser (decision 264).
    match lines::parse(file) {
        Some(parsed) => Ok(parsed),
        None => parse_yaml(file),
    }
}

/// Parses a YAML claims file with the YAML parser.
fn parse_yaml(file: &TextFile) -> Result<ParsedClaims, Diagnostic> {
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

/// What a claim is checked against, read only (so on every core): the valid sources and
/// subjects, and every source id and subject key declared (see [`Cx`](super::Cx)).
struct Known<'a> {
    sources: &'a [Source],
    /// The first valid source of each id, as `Corpus::source` finds it.
    source_by_id: FxHashMap<&'a str, &'a Source>,
    /// The archived texts by source id, and the facts folder as shown: each claim's quote
    /// is checked in its source's text as the claim is read (`verify::citation`).
    texts: &'a BTreeMap<String, String>,
    root: &'a str,
    /// In file order, for suggestions.
    subject_list: &'a [Subject],
    /// Each key's subject, by its place in `subject_list`.
    subjects: super::keys::Keys,
    declared_sources: Option<&'a Declared>,
    declared_subjects: Option<&'a Declared>,
}

/// One claims file checked on its own: its problems (parse, then its source's) in order,
/// the source it names, and its claims.
struct CheckedFile<'a> {
    problems: Vec<Diagnostic>,
    source: String,
    claims: Vec<Checked<'a>>,
}

/// A claim checked on its own: its id (checked against the others in file order), then
/// the claim or the first problem of its other fields (`None` when that problem is
/// another entry's, already reported).
struct Checked<'a> {
    id: Field,
    claim: Result<Ready<'a>, Option<Diagnostic>>,
}

/// A claim whose fields passed, before its names are shared.
struct Ready<'a> {
    subject: &'a Subject,
    /// The subject's place in the subjects list.
    subject_at: usize,
    value: (String, Value, Location),
    quote: Field,
    as_of: Option<Date>,
    origin_named_in: Option<String>,
    raw: Names4,
    rank: Rank,
    rank_reason: Option<String>,
    /// Its citation problem (quote not in the source's text, value not in the quote),
    /// reported only if the claim is kept.
    citation: Option<Diagnostic>,
}

/// A claim's claimant, origin, via and claimant role, as given.
struct Names4 {
    claimant: Option<String>,
    origin: Option<String>,
    via: Option<String>,
    claimant_role: Option<String>,
}

impl Ready<'_> {
    /// What the citation check reads of the claim whose id is `id`.
    fn cited<'b>(&'b self, id: &'b str) -> Cited<'b> {
        let (value_text, value, value_location) = &self.value;
        Cited {
            id,
            quote: &self.quote.0,
            quote_location: &self.quote.1,
            value,
            value_text,
            value_location,
        }
    }
}

impl<'a> Known<'a> {
    /// Parses a claims file and checks each of its claims on its own.
    fn file(&self, file: &TextFile) -> Result<CheckedFile<'a>, Diagnostic> {
        let parsed = parse_claims(file)?;
        let mut problems = parsed.problems;
        let source = self.claims_source(file, parsed.source, &mut problems);
        // The source's text is normalised and indexed at its first claim that passes.
        let cited = (self.source_by_id.get(source.as_str())).zip(self.texts.get(&source));
        let mut archived: Option<Archived> = None;
        let claims = (parsed.claims.into_iter())
            .map(|e| {
                let Checked { id, mut claim } = self.claim(e);
                if let (Ok(r), Some((s, raw))) = (&mut claim, cited) {
                    let a = archived.get_or_insert_with(|| Archived::new(s, raw));
                    r.citation = citation(a, r.subject, &r.cited(&id.0), self.root);
                }
                Checked { id, claim }
            })
            .collect();
        Ok(CheckedFile {
            problems,
            source,
            claims,
        })
    }

    /// The file's source id, reported when the file is named otherwise or the source is
    /// not declared.
    fn claims_source(&self, file: &TextFile, source: Field, out: &mut Vec<Diagnostic>) -> String {
        let (source_id, source_loc) = source;
        let stem = claims_stem(&file.path);
        if stem != source_id {
            out.push(diags::claims_file_mismatch(
                source_loc.clone(),
                stem,
                &source_id,
            ));
        }
        if !self.source_declared(&source_id) {
            let s = suggestion(&source_id, self.sources.iter().map(|s| s.id.as_str()));
            out.push(diags::unknown_source(source_loc, &source_id, s));
        }
        source_id
    }

    fn source_declared(&self, id: &str) -> bool {
        self.declared_sources.is_none_or(|d| d.contains(id))
    }

    /// A claim's `origin_named_in`: a declared source, given with an origin.
    fn origin_named_in(
        &self,
        origin: Option<&str>,
        named_in: Option<Field>,
        claim: &str,
    ) -> Result<Option<String>, Diagnostic> {
        let Some((named_in, at)) = named_in else {
            return Ok(None);
        };
        if origin.is_none_or(|o| o.trim().is_empty()) {
            return Err(diags::origin_named_in_without_origin(at, claim));
        }
        if !self.source_declared(&named_in) {
            let s = suggestion(&named_in, self.sources.iter().map(|s| s.id.as_str()));
            return Err(diags::unknown_source(at, &named_in, s));
        }
        Ok(Some(named_in))
    }

    /// Checks every field of a claim but its id (which is checked in order), stopping at
    /// the first problem.
    fn claim(&self, e: RawClaim) -> Checked<'a> {
        let RawClaim {
            id,
            subject,
            value,
            quote,
            as_of,
            claimant,
            claimant_role,
            origin,
            origin_named_in,
            via,
            rank,
            rank_reason,
        } = e;
        let claim = (|| {
            let subject_at = self.claim_subject(&subject, &id.0)?;
            let subject = &self.subject_list[subject_at];
            let (value_text, value_loc) = value;
            let parsed = self.value(&value_text, &quote.0, subject, &value_loc)?;
            if quote.0.trim().is_empty() {
                return Err(Some(diags::empty_text(quote.1, Entry::Claim, &id.0)));
            }
            let as_of = match as_of {
                Some((text, at)) => Some(
                    Date::parse(&text)
                        .map_err(|err| Some(diags::invalid_date(at, "as_of", &text, &err)))?,
                ),
                None => None,
            };
            if rank != Rank::Normal && rank_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                return Err(Some(diags::missing_rank_reason(id.1.clone(), &id.0)));
            }
            let origin_named_in =
                (self.origin_named_in(origin.as_deref(), origin_named_in, &id.0)).map_err(Some)?;
            Ok(Ready {
                subject,
                subject_at,
                value: (value_text, parsed, value_loc),
                quote,
                as_of,
                origin_named_in,
                raw: Names4 {
                    claimant,
                    origin,
                    via,
                    claimant_role,
                },
                rank,
                rank_reason,
                citation: None,
            })
        })();
        Checked { id, claim }
    }

    /// The claim's subject's place in the subjects list; a draft's empty one and an
    /// undeclared one are reported (a declared but invalid one already was: `Err(None)`).
    fn claim_subject(&self, subject: &Field, id: &str) -> Result<usize, Option<Diagnostic>> {
        let (key, at) = subject;
        if key.trim().is_empty() {
            // The hint names a few keys: six tell it whether there are more than five.
            let keys: Vec<&str> = (self.subject_list.iter())
                .take(6)
                .map(|s| s.key.as_str())
                .collect();
            return Err(Some(diags::subject_not_chosen(at.clone(), id, &keys)));
        }
        if let Some(at) = self.subjects.get(key) {
            return Ok(at);
        }
        if self.declared_subjects.is_none_or(|d| d.contains(key)) {
            return Err(None);
        }
        let s = suggestion(key, self.subject_list.iter().map(|s| s.key.as_str()));
        Err(Some(diags::unknown_subject(at.clone(), key, s)))
    }

    /// Parses a claim's value for its subject and checks its unit (against the units its
    /// quote uses) and sign.
    fn value(
        &self,
        text: &str,
        quote: &str,
        subject: &Subject,
        loc: &Location,
    ) -> Result<Value, Option<Diagnostic>> {
        let value = Value::parse(text, subject.dimension)
            .map_err(|e| Some(diags::invalid_value(loc, text, subject.dimension, e)))?;
        if let (Value::Quantity(q), Some(target)) = (&value, &subject.unit) {
            // Another currency is compared at the editor's rate (rates.yaml), if any.
            let currencies = matches!((&q.unit, target), (Some(Unit::Money(_)), Unit::Money(_)));
            if let Some(unit) = &q.unit
                && unit.convert(1.0, target).is_none()
                && !currencies
            {
                let in_quote = crate::value::units::units_in(quote, subject.dimension);
                return Err(Some(diags::unit_mismatch(
                    loc.clone(),
                    text,
                    unit,
                    target,
                    &subject.key,
                    &in_quote,
                )));
            }
            if subject.dimension.non_negative() && q.low < 0.0 {
                return Err(Some(diags::negative_value(
                    loc.clone(),
                    text,
                    subject.dimension,
                )));
            }
        }
        Ok(value)
    }
}

/// Warns about claims dated after their source was published: a typo in `as_of` (or its
/// year), or a wrong publication date. A month- or year-precision date counts from its
/// first day, so "2021-07" is not after a source of 2021-07-08.
/// (The sources are looked up in a map of their own: the corpus's index, which also holds
/// every claim id, is not built for this.)
pub fn late_as_of(corpus: &crate::model::Corpus) -> Vec<crate::diagnostic::Diagnostic> {
    let mut sources: FxHashMap<&str, &Source> = FxHashMap::default();
    for s in &corpus.sources {
        sources.entry(s.id.as_str()).or_insert(s); // the first, as `Corpus::source`
    }
    corpus
        .claims
        .iter()
        .filter_map(|c| {
            let as_of = c.as_of?;
            let published = sources.get(&*c.source)?.published?;
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
