//! The facts corpus as a claims table, and its resolution with the editors' word on top.
//!
//! Each compared claim (stated, not derived; not deprecated, not flagged `mistaken`)
//! becomes a claim whose source is its independent origin as the evidence model names it
//! (`Parties::origin_of`: its `origin`, else its claimant, resolved through parties.yaml),
//! else the article. Its value is the interval crosscheck compares (an approximate figure
//! widened by the subject's tolerance, a bound open-ended), so a coarse claim supports
//! the precise values inside it. A subject that changes over time is resolved per period
//! of the comparer (the groups of the findings, anchored at their earliest claim), named
//! by its first day, so each period the report shows has at most one best-supported value;
//! a claim the comparer set aside (undated) is in no period and not resolved. Money in
//! another currency than its subject's takes the comparer's conversion at the editor's
//! rate, or is left out when there is none. An editor's `preferred` claim wins over the
//! algorithm, and the reason says so.

use rayon::prelude::*;
use serde::Serialize;

use super::report::{Brief, Explanation};
use super::table::{Claim, ClaimTable, Span, SubjectKey, Value};
use super::{Config, Resolution, resolve};

use crate::findings::Findings;
use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Corpus, FlagStatus, Rank};
use crate::parties::Parties;

/// The corpus's claims: the table, and for each table claim (its `cite`) the claim's id.
pub struct CorpusTable {
    pub table: ClaimTable,
    pub claim_ids: Vec<std::sync::Arc<str>>,
    /// For each `cite` of a corpus claim (the first ones), its position in
    /// `corpus.claims`.
    pub positions: Vec<u32>,
    /// For each subject of `corpus.subjects` (by position), its object id in the table
    /// when it has a compared claim: found without looking its key up.
    pub objects: Vec<Option<u32>>,
}

/// One subject's resolved value, as the commands show it, with the algorithm's
/// explanation: in full ([`Explanation`], for `resolve` and `sources`) or the part
/// `best::attach` keeps ([`Brief`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved<E = Explanation> {
    pub subject: String,
    /// The first day of the comparer's period it holds for, when the subject changes over
    /// time.
    pub period: Option<String>,
    pub value: String,
    pub confidence: f64,
    /// `algorithm` or `editor` (a preferred claim).
    pub decided_by: &'static str,
    pub reason: String,
    pub explanation: E,
}

/// An explanation of one table subject: what `resolved` reads of it.
pub trait Explains: Sized + Send {
    fn of(resolution: &Resolution, table: &ClaimTable, subject: u32) -> Option<Self>;
    fn confidence(&self) -> f64;
    fn reason(&self) -> &str;
    /// The value and the reason, for an entry that shows them: copies, or (for an
    /// explanation that is not kept whole) moved out.
    fn value_and_reason(&mut self) -> (String, String);
}

impl Explains for Explanation {
    fn of(resolution: &Resolution, table: &ClaimTable, subject: u32) -> Option<Self> {
        resolution.explain(table, subject)
    }
    fn confidence(&self) -> f64 {
        self.confidence
    }
    fn reason(&self) -> &str {
        &self.reason
    }
    fn value_and_reason(&mut self) -> (String, String) {
        (self.value.clone(), self.reason.clone())
    }
}

impl Explains for Brief {
    fn of(resolution: &Resolution, table: &ClaimTable, subject: u32) -> Option<Self> {
        resolution.brief(table, subject)
    }
    fn confidence(&self) -> f64 {
        self.confidence
    }
    fn reason(&self) -> &str {
        &self.reason
    }
    fn value_and_reason(&mut self) -> (String, String) {
        (
            std::mem::take(&mut self.value),
            std::mem::take(&mut self.reason),
        )
    }
}

/// The first day of the comparer's period of each claim of a subject that changes over
/// time, by claim id.
fn period_of(findings: &Findings) -> FxHashMap<&str, &str> {
    let mut out = FxHashMap::default();
    for subject in &findings.subjects {
        for group in &subject.groups {
            let Some(period) = &group.period else {
                continue;
            };
            for claim in group.claims() {
                out.insert(&*claim.id, period.from.as_str());
            }
        }
    }
    out
}

/// A compared claim's subject (its position in `corpus.subjects`), value span and
/// period, worked out on every core before the claims are interned in file order.
struct Prepared<'a> {
    subject: usize,
    low: f64,
    high: f64,
    period: Option<&'a str>,
}

/// What [`prepare`] looks claims up in.
struct Lookups<'a> {
    subjects: FxHashMap<&'a str, usize>,
    mistaken: FxHashSet<&'a str>,
    period_of: FxHashMap<&'a str, &'a str>,
}

/// A claim's place in the table with `value` (its own, or its conversion), or `None`
/// when it takes no part.
fn prepare<'a>(
    corpus: &'a Corpus,
    lookups: &Lookups<'a>,
    claim: &crate::model::Claim,
    value: &crate::value::Value,
) -> Option<Prepared<'a>> {
    let &position = lookups.subjects.get(&*claim.subject)?;
    // Derived claims are no source's statement; deprecated and mistaken ones are out.
    if claim.derived.is_some()
        || claim.rank == Rank::Deprecated
        || lookups.mistaken.contains(&&*claim.id)
    {
        return None;
    }
    let subject = &corpus.subjects[position];
    let iv = subject.interval_of(value);
    let period = match subject.window_days {
        None => None,
        Some(_) => Some(*lookups.period_of.get(&*claim.id)?),
    };
    Some(Prepared {
        subject: position,
        low: iv.low.value,
        high: iv.high.value,
        period,
    })
}

/// Each claim of the corpus prepared (by position), on every core; the comparer's
/// conversions (a pass over every subject) beside it, applied to the few they concern.
fn prepare_all<'a>(corpus: &'a Corpus, findings: &'a Findings) -> Vec<Option<Prepared<'a>>> {
    let lookups = Lookups {
        subjects: (corpus.subjects.iter().enumerate())
            .map(|(i, s)| (s.key.as_str(), i))
            .collect(),
        mistaken: (corpus.flags.iter())
            .filter(|f| f.decision.status == FlagStatus::Mistaken)
            .filter_map(|f| f.decision.claim.as_deref())
            .collect(),
        period_of: period_of(findings),
    };
    let (other_currency, mut prepared) = rayon::join(
        || crate::compare::in_subject_currency(corpus),
        || {
            (corpus.claims.par_iter())
                .map(|c| prepare(corpus, &lookups, c, &c.value))
                .collect::<Vec<_>>()
        },
    );
    // Money in another currency counts at the comparer's conversion, never at its raw
    // figure; without a rate it is set aside, as the comparer does.
    if !other_currency.is_empty() {
        (prepared.par_iter_mut().zip(&corpus.claims)).for_each(|(p, c)| {
            if let Some(converted) = other_currency.get(&*c.id) {
                *p = (converted.as_ref()).and_then(|v| prepare(corpus, &lookups, c, &v.value));
            }
        });
    }
    prepared
}

/// Builds the table from the compared claims of a valid corpus, with the comparer's
/// periods (`findings`, made from that corpus).
pub fn table(corpus: &Corpus, findings: &Findings) -> CorpusTable {
    table_with(corpus, findings, true)
}

/// [`table`], its `claim_ids` left empty unless `ids` (`best::attach` names no claim by
/// id: a million copied ids were ~60 MB at a million claims).
fn table_with(corpus: &Corpus, findings: &Findings, ids: bool) -> CorpusTable {
    let prepared = prepare_all(corpus, findings);
    // Each subject's object id, interned at its first claim (ids in claim order).
    let mut objects: Vec<Option<u32>> = vec![None; corpus.subjects.len()];
    let parties = Parties::new(&corpus.parties);
    // Each origin name's source id, interned at its first claim (as adding by name would),
    // memoised by the name's allocation: load shares one per name, so the name's text is
    // not read again for every claim (a name in two allocations is interned twice, to
    // the same id).
    let mut origins: FxHashMap<*const u8, u32> = FxHashMap::default();
    // An article that is its own origin is named by its publisher, with its id to keep two
    // articles of one publisher apart: an editor reads "RT article 000_cb54…", not the bare id.
    let publishers: FxHashMap<&str, &str> = (corpus.sources.iter())
        .map(|s| (s.id.as_str(), s.publisher.as_str()))
        .collect();
    let mut articles: FxHashMap<&str, u32> = FxHashMap::default();
    // The table subject of each corpus subject without periods, found once.
    let mut whole: Vec<Option<u32>> = vec![None; corpus.subjects.len()];
    let mut t = ClaimTable::new();
    let (mut claim_ids, mut positions) = (Vec::new(), Vec::new());
    for (i, (claim, p)) in corpus.claims.iter().zip(&prepared).enumerate() {
        let Some(p) = p else {
            continue;
        };
        let point = match (p.low.is_finite(), p.high.is_finite()) {
            (true, true) => (p.low + p.high) / 2.0,
            (true, false) => p.low,
            _ => p.high,
        };
        let object = *objects[p.subject]
            .get_or_insert_with(|| t.objects.intern(&corpus.subjects[p.subject].key));
        let subject = match p.period {
            None => *whole[p.subject].get_or_insert_with(|| {
                t.subject(SubjectKey {
                    object,
                    attribute: None,
                    period: None,
                })
            }),
            Some(from) => {
                let period = Some(t.periods.intern(from));
                t.subject(SubjectKey {
                    object,
                    attribute: None,
                    period,
                })
            }
        };
        let value = t.value(Value::Number(Span {
            point,
            low: p.low,
            high: p.high,
        }));
        // Each name's origin is looked up once (`Parties::origin_of`: origin, else claimant).
        let source = match claim.origin.as_deref().or(claim.claimant.as_deref()) {
            Some(name) => *origins
                .entry(name.as_ptr())
                .or_insert_with(|| t.sources.intern(&parties.origin(name).name)),
            None => *articles.entry(&claim.source).or_insert_with(|| {
                t.sources.intern(&match publishers.get(&*claim.source) {
                    Some(publisher) => format!("{publisher} article {}", claim.source),
                    None => claim.source.to_string(),
                })
            }),
        };
        t.push(Claim {
            subject,
            source,
            value,
            cite: positions.len() as u32,
        });
        t.labels.first(value, || claim.value_text.clone());
        if ids {
            claim_ids.push(claim.id.clone());
        }
        positions.push(i as u32);
    }
    CorpusTable {
        table: t,
        claim_ids,
        positions,
        objects,
    }
}

/// Resolves every subject of the corpus (one entry per subject and period, in the order
/// of the subjects file, periods in time order) in one pass over the table and the claims: the
/// one answer `resolve`, `sources`, `report`, `show` and `export` give.
pub fn resolve_corpus(
    corpus: &Corpus,
    findings: &Findings,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved>) {
    resolve_table(corpus, table(corpus, findings), config)
}

/// [`resolve_corpus`] with each entry's explanation cut to what `best::attach` keeps
/// (the same values, confidences, reasons and ties; the entry's value and reason moved
/// out of it), each made into a `T` by `make` where it is explained (on every core), and
/// grouped by corpus subject (in the order of the subjects file; a subject without
/// entries left out).
pub fn resolve_corpus_brief<'c, T: Send>(
    corpus: &'c Corpus,
    findings: &Findings,
    config: &Config,
    make: impl Fn(Resolved<Brief>) -> T + Sync,
) -> Vec<(&'c crate::model::Subject, Vec<T>)> {
    resolve_grouped(corpus, table_with(corpus, findings, false), config, make).2
}

/// [`resolve_corpus`] on a table built from the corpus and then added to (the facts
/// folder's stored tables: their claims are resolved together with the corpus's, their
/// `cite`s indexing `claim_ids` too). Lists the corpus's subjects only.
pub fn resolve_table(
    corpus: &Corpus,
    ct: CorpusTable,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved>) {
    resolve_table_as(corpus, ct, config)
}

/// [`resolve_table`] with the explanations of type `E`.
fn resolve_table_as<E: Explains>(
    corpus: &Corpus,
    ct: CorpusTable,
    config: &Config,
) -> (CorpusTable, Resolution, Vec<Resolved<E>>) {
    let (ct, resolution, grouped) = resolve_grouped(corpus, ct, config, |r: Resolved<E>| r);
    let out = grouped.into_iter().flat_map(|(_, r)| r).collect();
    (ct, resolution, out)
}

/// [`resolve_table_as`] with each entry made into a `T` by `make` and grouped by corpus
/// subject (those with entries, in the subjects file's order).
#[allow(clippy::type_complexity)]
fn resolve_grouped<'c, E: Explains, T: Send>(
    corpus: &'c Corpus,
    ct: CorpusTable,
    config: &Config,
    make: impl Fn(Resolved<E>) -> T + Sync,
) -> (
    CorpusTable,
    Resolution,
    Vec<(&'c crate::model::Subject, Vec<T>)>,
) {
    let resolution = resolve(&ct.table, config);
    // The table's subjects (windows) of each corpus subject, by object id.
    let mut windows: Vec<Vec<u32>> = vec![Vec::new(); ct.table.objects.len()];
    for (s, key) in ct.table.subjects().iter().enumerate() {
        windows[key.object as usize].push(s as u32);
    }
    // The first preferred claim (in file order) of each table subject: the corpus's
    // claims come first in the table, in file order, one table claim each.
    let mut preferred: FxHashMap<u32, &crate::model::Claim> = FxHashMap::default();
    for c in ct.table.claims() {
        let Some(&i) = ct.positions.get(c.cite as usize) else {
            continue;
        };
        let claim = &corpus.claims[i as usize];
        if claim.rank == Rank::Preferred {
            preferred.entry(c.subject).or_insert(claim);
        }
    }
    // Each corpus subject with its windows in time order, then their explanations in
    // words on every core, joined in the subjects' order. A subject's object is the one
    // its claims made, else (a stored table's claims only) the one named by its key.
    let mut todo = Vec::new();
    for (i, subject) in corpus.subjects.iter().enumerate() {
        let known = ct.objects.get(i).copied().flatten();
        let Some(object) = known.or_else(|| ct.table.objects.get(&subject.key)) else {
            continue;
        };
        let mut ids = std::mem::take(&mut windows[object as usize]);
        ids.sort_by_cached_key(|s| ct.table.subject_name(*s));
        todo.push((subject, ids));
    }
    let table = &ct.table;
    let explained: Vec<(&crate::model::Subject, Vec<T>)> = todo
        .par_iter()
        .map(|(subject, ids)| {
            let entries: Vec<T> = (ids.iter())
                .filter_map(|&s| {
                    let explanation = E::of(&resolution, table, s)?;
                    Some(make(resolved(
                        table,
                        subject,
                        s,
                        explanation,
                        preferred.get(&s),
                    )))
                })
                .collect();
            (*subject, entries)
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect();
    (ct, resolution, explained)
}

/// One window's entry: the algorithm's value, or the editor's preferred claim over it.
fn resolved<E: Explains>(
    table: &ClaimTable,
    subject: &crate::model::Subject,
    s: u32,
    mut explanation: E,
    preferred: Option<&&crate::model::Claim>,
) -> Resolved<E> {
    let (value, confidence, decided_by, reason) = match preferred {
        Some(c) => (
            c.value_text.to_string(),
            1.0,
            "editor",
            format!(
                "an editor marked claim {} preferred; the algorithm alone would say: {}",
                c.id,
                explanation.reason()
            ),
        ),
        None => {
            let (value, reason) = explanation.value_and_reason();
            (value, explanation.confidence(), "algorithm", reason)
        }
    };
    let period = table.subjects()[s as usize].period;
    Resolved {
        subject: subject.key.clone(),
        period: period.map(|p| table.periods.name(p).to_string()),
        value,
        confidence,
        decided_by,
        reason,
        explanation,
    }
}
