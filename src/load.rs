//! Loading: from the text of the facts files to a validated `Corpus`, collecting every
//! problem on the way (cargo-deny style) instead of stopping at the first.
//!
//! The binary reads the files; this module only sees their text, so it can be tested and
//! fuzzed without a file system. Steps: parse each YAML file into its file shape, then
//! check each entry and every cross-reference (claims → sources and subjects, values →
//! subject dimension and unit), and build the resolved types from what passed.

use crate::diagnostic::{self, Code, Diagnostic, Location};
use crate::model::*;
use crate::value::{self, Date, Dimension, Unit, Value};
use crate::yaml::{self, YamlError, YamlErrorKind};
use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};

/// One facts file's path (as it should be shown to the user) and text.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub path: String,
    pub text: String,
}

/// Everything the loader reads. Missing required files are `None`.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The facts folder as shown to the user (`facts`).
    pub root: String,
    pub sources: Option<TextFile>,
    pub subjects: Option<TextFile>,
    pub flags: Option<TextFile>,
    pub claims: Vec<TextFile>,
    /// Archived source texts, by source id (file stem under `sources/`).
    pub texts: BTreeMap<String, String>,
}

/// The outcome of loading: the corpus built from every entry that passed, and every
/// diagnostic. Callers refuse to go on when any diagnostic is an error.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

pub const SOURCES_FILE: &str = "sources.yaml";
pub const SUBJECTS_FILE: &str = "subjects.yaml";
pub const FLAGS_FILE: &str = "flags.yaml";
pub const CLAIMS_DIR: &str = "claims";
pub const TEXTS_DIR: &str = "sources";

pub fn load(input: &Input) -> Loaded {
    let mut cx = Cx::default();
    let sources = match &input.sources {
        Some(f) => cx.parse::<SourcesFile>(f).map(|s| cx.sources(f, s, input)),
        None => {
            cx.missing(input, SOURCES_FILE, "the list of sources");
            None
        }
    };
    let subjects = match &input.subjects {
        Some(f) => cx.parse::<SubjectsFile>(f).map(|s| cx.subjects(f, s)),
        None => {
            cx.missing(input, SUBJECTS_FILE, "the list of subjects");
            None
        }
    };
    let sources = sources.unwrap_or_default();
    let subjects = subjects.unwrap_or_default();
    let mut claims = Vec::new();
    let mut seen_ids: BTreeMap<String, Location> = BTreeMap::new();
    for f in &input.claims {
        if let Some(file) = cx.parse::<ClaimsFile>(f) {
            cx.claims(f, file, &sources, &subjects, &mut seen_ids, &mut claims);
        }
    }
    let flags = match &input.flags {
        // An empty flags file is a corpus with no decisions yet.
        Some(f)
            if f.text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim().starts_with('#')) =>
        {
            Vec::new()
        }
        Some(f) => cx
            .parse::<FlagsFile>(f)
            .map(|s| cx.flags(f, s))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let corpus = Corpus {
        sources,
        subjects,
        claims,
        flags,
    };
    let mut diagnostics = cx.diagnostics;
    diagnostics.extend(crate::verify::citations(&corpus, &input.texts, &input.root));
    diagnostics.extend(crate::verify::subject_hygiene(&corpus));
    diagnostic::sort(&mut diagnostics);
    Loaded {
        corpus,
        diagnostics,
    }
}

#[derive(Default)]
struct Cx {
    diagnostics: Vec<Diagnostic>,
    /// Every source id and subject key declared, valid or not; `None` when the file could
    /// not be read. A claim that names a declared but invalid entry is not reported again:
    /// the entry's own diagnostic says what is wrong.
    declared_sources: Option<BTreeSet<String>>,
    declared_subjects: Option<BTreeSet<String>>,
}

/// Where a spanned scalar stands; a quoted scalar's position is moved past its quote, so
/// offsets inside the value line up.
fn at<T>(file: &TextFile, s: &Spanned<T>) -> Location {
    let l = s.referenced;
    let mut column = l.column() as u32;
    if let Some(off) = l.span().byte_offset()
        && matches!(
            file.text.as_bytes().get(off as usize),
            Some(b'"') | Some(b'\'')
        )
    {
        column += 1;
    }
    Location::new(file.path.clone(), l.line() as u32, column)
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

fn suggestion<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match did_you_mean(word, candidates) {
        Some(c) => format!("did you mean \"{c}\"?"),
        None => String::new(),
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 128
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.starts_with('-')
}

impl Cx {
    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn missing(&mut self, input: &Input, name: &str, what: &str) {
        let path = format!("{}/{name}", input.root);
        self.push(
            Diagnostic::new(
                Code::FileMissing,
                Location::file(&path),
                format!("{path} is missing: it holds {what}"),
            )
            .hint(format!(
                "create {path}; see docs/reference.md for its format"
            )),
        );
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &TextFile) -> Option<T> {
        let blank = file.text.lines().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
        });
        if blank {
            self.push(
                Diagnostic::new(
                    Code::EmptyFile,
                    Location::file(&file.path),
                    format!(
                        "{} has no content (only blank lines or comments)",
                        file.path
                    ),
                )
                .hint("fill it in (docs/reference.md shows its format) or delete it"),
            );
            return None;
        }
        match yaml::from_str::<T>(&file.text) {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(yaml_diagnostic(&file.path, &e));
                None
            }
        }
    }

    fn date(&mut self, file: &TextFile, s: &Spanned<String>, what: &str) -> Option<Date> {
        match Date::parse(&s.value) {
            Ok(d) => Some(d),
            Err(e) => {
                self.push(
                    Diagnostic::new(
                        Code::InvalidDate,
                        at(file, s),
                        format!("{what} \"{}\" is not a valid date: {e}", s.value),
                    )
                    .length(s.value.chars().count())
                    .hint("write a date as YYYY-MM-DD, YYYY-MM or YYYY"),
                );
                None
            }
        }
    }

    fn sources(&mut self, file: &TextFile, parsed: SourcesFile, input: &Input) -> Vec<Source> {
        self.declared_sources = Some(parsed.sources.iter().map(|e| e.id.value.clone()).collect());
        let mut out: Vec<Source> = Vec::new();
        let mut seen: BTreeMap<String, Location> = BTreeMap::new();
        for e in parsed.sources {
            let loc = at(file, &e.id);
            let id = e.id.value.clone();
            if !valid_id(&id) {
                self.push(
                    Diagnostic::new(Code::InvalidId, loc.clone(), format!("source id \"{id}\" is not a valid id"))
                        .hint("use letters, digits, '-', '_' and '.' only (it names the file sources/<id>.txt)"),
                );
                continue;
            }
            if let Some(first) = seen.get(&id) {
                self.push(
                    Diagnostic::new(
                        Code::DuplicateSource,
                        loc,
                        format!("source \"{id}\" is declared twice (first at {first})"),
                    )
                    .hint("remove one of the two entries or give it another id"),
                );
                continue;
            }
            seen.insert(id.clone(), loc.clone());
            if !input.texts.contains_key(&id) {
                self.push(
                    Diagnostic::new(
                        Code::MissingSourceText,
                        loc.clone(),
                        format!("source \"{id}\" has no archived text"),
                    )
                    .hint(format!(
                        "save the article's text as {}/{TEXTS_DIR}/{id}.txt",
                        input.root
                    )),
                );
            }
            if e.publisher.trim().is_empty() {
                self.push(
                    Diagnostic::new(
                        Code::EmptyText,
                        loc.clone(),
                        format!("source \"{id}\" has an empty publisher"),
                    )
                    .hint("name who published the article"),
                );
            }
            let Some(published) = self.date(file, &e.published, "published date") else {
                continue;
            };
            out.push(Source {
                text_path: format!("{TEXTS_DIR}/{id}.txt"),
                id,
                publisher: e.publisher,
                title: e.title,
                published,
                url: e.url,
            });
        }
        out
    }

    fn subjects(&mut self, file: &TextFile, parsed: SubjectsFile) -> Vec<Subject> {
        self.declared_subjects = Some(
            parsed
                .subjects
                .iter()
                .map(|e| e.key.value.clone())
                .collect(),
        );
        let mut out: Vec<Subject> = Vec::new();
        let mut seen: BTreeMap<String, Location> = BTreeMap::new();
        for e in parsed.subjects {
            let loc = at(file, &e.key);
            let key = e.key.value.clone();
            if !valid_key(&key) {
                self.push(
                    Diagnostic::new(Code::InvalidId, loc, format!("subject key \"{key}\" is not a valid key"))
                        .hint("use lower-case letters, digits and '-' (kebab-case), e.g. tajik-afghan-border-length"),
                );
                continue;
            }
            if let Some(first) = seen.get(&key) {
                self.push(
                    Diagnostic::new(
                        Code::DuplicateSubject,
                        loc,
                        format!("subject \"{key}\" is declared twice (first at {first})"),
                    )
                    .hint("merge the two entries"),
                );
                continue;
            }
            seen.insert(key.clone(), loc.clone());
            let dimension = e.dimension.value;
            let mut ok = true;
            let unit = match (&e.unit, dimension) {
                (None, Dimension::Date) => None,
                (Some(u), Dimension::Date) => {
                    self.push(
                        Diagnostic::new(
                            Code::InvalidUnit,
                            at(file, u),
                            format!("date subject \"{key}\" cannot have a unit"),
                        )
                        .hint("remove the unit line"),
                    );
                    ok = false;
                    None
                }
                (None, d) => {
                    self.push(
                        Diagnostic::new(
                            Code::InvalidUnit,
                            loc.clone(),
                            format!("{d} subject \"{key}\" needs a unit"),
                        )
                        .hint(unit_hint(d)),
                    );
                    ok = false;
                    None
                }
                (Some(u), d) => match value::units::parse_subject_unit(&u.value, d) {
                    Some(unit) => Some(unit),
                    None => {
                        self.push(
                            Diagnostic::new(
                                Code::InvalidUnit,
                                at(file, u),
                                format!("\"{}\" is not a unit of {d}", u.value),
                            )
                            .length(u.value.chars().count())
                            .hint(unit_hint(d)),
                        );
                        ok = false;
                        None
                    }
                },
            };
            let tolerance = match &e.tolerance {
                None => Tolerance::default(),
                Some(t) => match parse_tolerance(&t.value, dimension, unit.as_ref()) {
                    Ok(t) => t,
                    Err(msg) => {
                        self.push(
                            Diagnostic::new(Code::InvalidTolerance, at(file, t), msg)
                                .length(t.value.chars().count())
                                .hint("write a share of the value (\"5%\") or an amount in the subject's unit (\"50 km\", \"3 days\")"),
                        );
                        ok = false;
                        Tolerance::default()
                    }
                },
            };
            let window_days = match (e.changes, &e.window) {
                (false, None) => None,
                (true, Some(w)) => {
                    match parse_days(&w.value) {
                        Some(d) => Some(d),
                        None => {
                            self.push(
                            Diagnostic::new(Code::InvalidWindow, at(file, w), format!("\"{}\" is not a time window", w.value))
                                .length(w.value.chars().count())
                                .hint("write a number of days, weeks, months or years, e.g. \"7 days\""),
                        );
                            ok = false;
                            None
                        }
                    }
                }
                (true, None) => {
                    self.push(
                        Diagnostic::new(Code::InvalidWindow, loc.clone(), format!("subject \"{key}\" changes over time but has no window"))
                            .hint("add `window: 7 days` (claims further apart are not compared), or remove `changes: true`"),
                    );
                    ok = false;
                    None
                }
                (false, Some(w)) => {
                    self.push(
                        Diagnostic::new(
                            Code::InvalidWindow,
                            at(file, w),
                            format!("subject \"{key}\" has a window but does not change over time"),
                        )
                        .hint("add `changes: true`, or remove the window"),
                    );
                    ok = false;
                    None
                }
            };
            if e.label.trim().is_empty() {
                self.push(
                    Diagnostic::new(
                        Code::EmptyText,
                        loc.clone(),
                        format!("subject \"{key}\" has an empty label"),
                    )
                    .hint("describe the subject in a few words"),
                );
            }
            if ok {
                out.push(Subject {
                    key,
                    label: e.label,
                    dimension,
                    unit,
                    tolerance,
                    aliases: e.aliases,
                    window_days,
                    location: loc,
                });
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn claims(
        &mut self,
        file: &TextFile,
        parsed: ClaimsFile,
        sources: &[Source],
        subjects: &[Subject],
        seen_ids: &mut BTreeMap<String, Location>,
        out: &mut Vec<Claim>,
    ) {
        let source_id = parsed.source.value.clone();
        let source_loc = at(file, &parsed.source);
        let stem = file
            .path
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".yaml")
            .trim_end_matches(".yml");
        if stem != source_id {
            self.push(
                Diagnostic::new(
                    Code::ClaimsFileMismatch,
                    source_loc.clone(),
                    format!(
                        "this file is named \"{stem}\" but holds claims of source \"{source_id}\""
                    ),
                )
                .length(source_id.chars().count())
                .hint(format!(
                    "name the file claims/{source_id}.yaml, one file per source"
                )),
            );
        }
        let source_declared = self
            .declared_sources
            .as_ref()
            .is_none_or(|d| d.contains(&source_id));
        if !source_declared {
            let mut d = Diagnostic::new(
                Code::UnknownSource,
                source_loc,
                format!("source \"{source_id}\" is not declared in {SOURCES_FILE}"),
            )
            .length(source_id.chars().count());
            let s = suggestion(&source_id, sources.iter().map(|s| s.id.as_str()));
            d = d.hint(if s.is_empty() {
                format!("add it to {SOURCES_FILE}")
            } else {
                s
            });
            self.push(d);
        }
        for e in parsed.claims {
            let loc = at(file, &e.id);
            let id = e.id.value.clone();
            if !valid_id(&id) {
                self.push(
                    Diagnostic::new(
                        Code::InvalidId,
                        loc,
                        format!("claim id \"{id}\" is not a valid id"),
                    )
                    .hint("use letters, digits, '-', '_' and '.' only"),
                );
                continue;
            }
            if let Some(first) = seen_ids.get(&id) {
                self.push(
                    Diagnostic::new(
                        Code::DuplicateClaimId,
                        loc,
                        format!("claim id \"{id}\" is already used at {first}"),
                    )
                    .length(id.chars().count())
                    .hint("claim ids are unique across the corpus; rename this one"),
                );
                continue;
            }
            seen_ids.insert(id.clone(), loc.clone());
            let subject_key = &e.subject.value;
            let Some(subject) = subjects.iter().find(|s| &s.key == subject_key) else {
                if self
                    .declared_subjects
                    .as_ref()
                    .is_none_or(|d| d.contains(subject_key))
                {
                    continue; // its subject is invalid or unreadable, and reported as such
                }
                let s = suggestion(subject_key, subjects.iter().map(|s| s.key.as_str()));
                self.push(
                    Diagnostic::new(
                        Code::UnknownSubject,
                        at(file, &e.subject),
                        format!("subject \"{subject_key}\" is not declared in {SUBJECTS_FILE}"),
                    )
                    .length(subject_key.chars().count())
                    .hint(if s.is_empty() {
                        format!("declare it in {SUBJECTS_FILE} or fix the key")
                    } else {
                        s
                    }),
                );
                continue;
            };
            let value_loc = at(file, &e.value);
            let Some(value) = self.value(&e.value.value, subject, &value_loc) else {
                continue;
            };
            if e.quote.value.trim().is_empty() {
                self.push(
                    Diagnostic::new(
                        Code::EmptyText,
                        at(file, &e.quote),
                        format!("claim \"{id}\" has an empty quote"),
                    )
                    .hint("copy the passage of the source the claim rests on, word for word"),
                );
                continue;
            }
            let as_of = match &e.as_of {
                Some(s) => match self.date(file, s, "as_of") {
                    Some(d) => Some(d),
                    None => continue,
                },
                None => None,
            };
            if e.rank != Rank::Normal
                && e.rank_reason.as_deref().is_none_or(|r| r.trim().is_empty())
            {
                self.push(
                    Diagnostic::new(
                        Code::MissingRankReason,
                        loc.clone(),
                        format!("claim \"{id}\" is ranked but gives no reason"),
                    )
                    .hint("add `rank_reason:` saying why the claim is preferred or deprecated"),
                );
                continue;
            }
            out.push(Claim {
                id,
                subject: subject.key.clone(),
                source: source_id.clone(),
                value_text: e.value.value.clone(),
                value,
                quote_location: at(file, &e.quote),
                quote: e.quote.value,
                claimant: e.claimant.filter(|c| !c.trim().is_empty()),
                claimant_role: e.claimant_role,
                as_of,
                rank: e.rank,
                rank_reason: e.rank_reason,
                location: loc,
                value_location: value_loc,
            });
        }
    }

    /// Parses a claim's value for its subject and checks its unit and sign.
    fn value(&mut self, text: &str, subject: &Subject, loc: &Location) -> Option<Value> {
        let value = match Value::parse(text, subject.dimension) {
            Ok(v) => v,
            Err(e) => {
                let mut d = Diagnostic::new(
                    Code::InvalidValue,
                    loc.shifted(e.offset),
                    format!(
                        "cannot read \"{text}\" as a {}: {}",
                        subject.dimension, e.message
                    ),
                )
                .length(text.len().saturating_sub(e.offset).max(1));
                if let Some(h) = e.hint {
                    d = d.hint(h);
                }
                self.push(d);
                return None;
            }
        };
        if let (Value::Quantity(q), Some(target)) = (&value, &subject.unit) {
            if let Some(unit) = &q.unit
                && unit.factor_to(target).is_none()
            {
                self.push(
                        Diagnostic::new(Code::UnitMismatch, loc.clone(), format!("\"{text}\" is in {unit} ({}), but subject \"{}\" is measured in {target} ({})", unit.dimension(), subject.key, target.dimension()))
                            .length(text.chars().count())
                            .hint(match (unit, target) {
                                (Unit::Money(_), Unit::Money(_)) => "crosscheck does not convert currencies: record the amount in the subject's currency and keep the original in the quote".to_string(),
                                _ => format!("give the value in {target}, or attach the claim to another subject"),
                            }),
                    );
                return None;
            }
            if subject.dimension.non_negative() && q.low < 0.0 {
                self.push(
                    Diagnostic::new(
                        Code::NegativeValue,
                        loc.clone(),
                        format!(
                            "\"{text}\" is negative, but a {} cannot be",
                            subject.dimension
                        ),
                    )
                    .length(text.chars().count())
                    .hint("check the sign; a fall is a change, not a negative count"),
                );
                return None;
            }
        }
        Some(value)
    }

    fn flags(&mut self, file: &TextFile, parsed: FlagsFile) -> Vec<Flag> {
        let mut out: Vec<Flag> = Vec::new();
        let mut seen = BTreeSet::new();
        for e in parsed.flags {
            let loc = at(file, &e.conflict);
            let id = e.conflict.value.clone();
            if e.reason.value.trim().is_empty() {
                self.push(
                    Diagnostic::new(
                        Code::MissingReason,
                        at(file, &e.reason),
                        format!("the flag for {id} gives no reason"),
                    )
                    .hint("say why the conflict is acceptable or what is being done about it"),
                );
                continue;
            }
            if !seen.insert(id.clone()) {
                self.push(
                    Diagnostic::new(
                        Code::DuplicateFlag,
                        loc,
                        format!("conflict {id} is flagged twice"),
                    )
                    .hint("keep one flag per conflict"),
                );
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

fn unit_hint(d: Dimension) -> String {
    match d {
        Dimension::Length => "use km, m or mi".into(),
        Dimension::Money => "use a currency code such as USD, EUR, GBP or RUB".into(),
        Dimension::Percent => "use %".into(),
        Dimension::Count => "name the counted noun, e.g. district or soldier".into(),
        Dimension::Date => "dates have no unit".into(),
    }
}

/// Reads a tolerance: `5%` of the value, or an amount in the subject's unit (days for dates).
pub fn parse_tolerance(
    text: &str,
    dimension: Dimension,
    unit: Option<&Unit>,
) -> Result<Tolerance, String> {
    let t = text.trim();
    if let Some(p) = t.strip_suffix('%')
        && dimension != Dimension::Percent
    {
        return match p.trim().parse::<f64>() {
            Ok(v) if (0.0..=100.0).contains(&v) => Ok(Tolerance::Relative(v / 100.0)),
            _ => Err(format!(
                "tolerance \"{text}\" is not a percentage between 0 and 100"
            )),
        };
    }
    if dimension == Dimension::Date {
        return parse_days(t)
            .map(|d| Tolerance::Absolute(d as f64))
            .ok_or_else(|| format!("tolerance \"{text}\" is not a number of days"));
    }
    let q = value::parse_quantity(t)
        .map_err(|e| format!("cannot read tolerance \"{text}\": {}", e.message))?;
    if q.qualifier != value::Qualifier::Exact || q.low < 0.0 {
        return Err(format!(
            "tolerance \"{text}\" must be a plain non-negative amount"
        ));
    }
    let factor = match (&q.unit, unit) {
        (None, _) => 1.0,
        (Some(u), Some(target)) => u
            .factor_to(target)
            .ok_or_else(|| format!("tolerance \"{text}\" is not in the subject's unit {target}"))?,
        (Some(_), None) => {
            return Err(format!(
                "tolerance \"{text}\" has a unit but the subject has none"
            ));
        }
    };
    Ok(Tolerance::Absolute(q.low * factor))
}

/// Reads a span of time as days: "7 days", "2 weeks", "1 month" (30 days), "1 year" (365).
pub fn parse_days(text: &str) -> Option<i64> {
    let mut parts = text.split_whitespace();
    let n: i64 = parts.next()?.parse().ok()?;
    let per = match parts.next().unwrap_or("days").trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        _ => return None,
    };
    if parts.next().is_some() || !(0..=100_000).contains(&n) {
        return None;
    }
    Some(n * per)
}

/// Turns a YAML error into a diagnostic with a code and a hint.
pub fn yaml_diagnostic(path: &str, e: &YamlError) -> Diagnostic {
    let (code, hint) = match e.kind {
        YamlErrorKind::Syntax => (
            Code::YamlSyntax,
            "fix the YAML syntax at this place (indentation, quotes, colons)",
        ),
        YamlErrorKind::DuplicateKey => (
            Code::DuplicateKey,
            "a key may appear once per entry: remove or rename one of them",
        ),
        YamlErrorKind::UnknownField => (
            Code::UnknownField,
            "check the spelling; docs/reference.md lists every field",
        ),
        YamlErrorKind::MissingField => (
            Code::MissingField,
            "add the missing field; docs/reference.md lists the required ones",
        ),
        YamlErrorKind::WrongType => (
            Code::WrongType,
            "give the field the kind of value docs/reference.md describes (quote text that looks like a number or date)",
        ),
        YamlErrorKind::Limit => (
            Code::YamlLimit,
            "facts files are plain: no deep nesting, few anchors and aliases (limits in docs/reference.md)",
        ),
    };
    let loc = if e.line == 0 {
        Location::file(path)
    } else {
        Location::new(path, e.line, e.column)
    };
    Diagnostic::new(code, loc, e.message.clone()).hint(hint)
}
