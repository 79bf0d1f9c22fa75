//! Loading: from the text of the facts files to a validated `Corpus`, collecting every
//! problem on the way (cargo-deny style) instead of stopping at the first.
//!
//! The binary reads the files; this module only sees their text, so it can be tested and
//! fuzzed without a file system. Steps: parse each YAML file into its file shape, then
//! check each entry and every cross-reference (claims → sources and subjects, values →
//! subject dimension and unit), and build the resolved types from what passed.
//!
//! - [`layout`]: which file of the facts folder goes where (shared by every reader).
//! - `sources`, `subjects`, `claims`, `flags`: the checks of each file; `jsonl`: claims
//!   files as JSON Lines.
//! - `diags`: one constructor per diagnostic code the loader emits.

mod claims;
mod diags;
mod flags;
mod hashed;
mod ids;
mod jsonl;
mod keys;
pub mod layout;
mod parties;
mod rates;
mod relations;
mod sources;
mod subjects;

pub use diags::yaml_diagnostic;
pub use layout::{
    CLAIMS_DIR, FLAGS_FILE, PARTIES_FILE, RATES_FILE, SOURCES_FILE, SUBJECTS_DIR, SUBJECTS_FILE,
    TEXTS_DIR,
};
pub use sources::valid_id as valid_source_id;

use crate::diagnostic::{self, Diagnostic, Location};
use crate::model::*;
use crate::value::Date;
use crate::yaml;
use diags::Entry;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// One facts file's path (as it should be shown to the user) and text. The path is shared
/// by every place the loader keeps in the file.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub path: Arc<str>,
    pub text: String,
}

/// Everything the loader reads. Missing required files are `None`.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The facts folder as shown to the user (`facts`).
    pub root: String,
    /// The list of sources: `sources.yaml` and/or its parts `sources/*.yaml`, in order.
    pub sources: Vec<TextFile>,
    /// The list of subjects: `subjects.yaml` and/or its parts `subjects/*.yaml`, in order.
    pub subjects: Vec<TextFile>,
    pub flags: Option<TextFile>,
    /// `parties.yaml`, optional.
    pub parties: Option<TextFile>,
    /// `rates.yaml`, optional.
    pub rates: Option<TextFile>,
    pub claims: Vec<TextFile>,
    /// Archived source texts, by source id (file stem under `sources/`).
    pub texts: BTreeMap<String, String>,
    /// Source ids whose text file is there but was not read (refused: a link out of the
    /// folder, too large, not UTF-8, ...); its own diagnostic says why, so the source is
    /// not also reported as having no text.
    pub unread_texts: BTreeSet<String>,
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

pub fn load(input: &Input) -> Loaded {
    load_from(input, ClaimsFiles::Kept(&input.claims))
}

/// [`load`], emptying the text of each claims file of `input` once it is parsed (its path
/// stays): a large corpus's claims files are not held beside the claims made from them.
/// A reader that shows a diagnostic's snippet reads the file again.
pub fn load_mut(input: &mut Input) -> Loaded {
    let mut claims = std::mem::take(&mut input.claims);
    let loaded = load_from(input, ClaimsFiles::Emptied(&mut claims));
    input.claims = claims;
    loaded
}

/// The claims files given to the loader, and whether their texts are kept.
enum ClaimsFiles<'a> {
    Kept(&'a [TextFile]),
    /// Each text is emptied once parsed.
    Emptied(&'a mut [TextFile]),
}

fn load_from(input: &Input, claims: ClaimsFiles) -> Loaded {
    // The two lists side by side (each of their parts also on every core), their
    // diagnostics in this order.
    let ((mut cx, sources), (listed, subjects)) = rayon::join(
        || {
            let mut cx = Cx::default();
            let sources = cx.read_sources(input);
            (cx, sources)
        },
        || {
            let mut cx = Cx::default();
            let subjects = cx.read_subjects(input);
            (cx, subjects)
        },
    );
    cx.diagnostics.extend(listed.diagnostics);
    cx.declared_subjects = listed.declared_subjects;
    let subjects = cx.relations(subjects);
    let parties = match &input.parties {
        Some(f) => cx
            .parse::<PartiesFile>(f)
            .map(|p| cx.parties(f, p))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let rates = match &input.rates {
        Some(f) => cx
            .parse::<crate::model::RatesFile>(f)
            .map(|r| cx.rates(f, r))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    // The near-duplicate subjects need the subjects only: searched beside the claims.
    let (claims, similar) = rayon::join(
        || cx.claims(claims, &sources, &subjects, (&input.texts, &input.root)),
        || crate::hygiene::similar_subjects(&subjects),
    );
    let flags = match &input.flags {
        Some(f) => cx.flags(f),
        None => Vec::new(),
    };
    let corpus = Corpus::new(sources, subjects, claims, flags, parties, rates);
    let mut diagnostics = cx.diagnostics;
    // Independent checks, side by side (each also on every core); sorted below. (Each
    // claim's citation was checked as its file was read.)
    let ((hygiene, late), attributions) = rayon::join(
        || {
            rayon::join(
                || crate::hygiene::without_claims(&corpus),
                || claims::late_as_of(&corpus),
            )
        },
        || crate::parties::attributions(&corpus, &input.texts),
    );
    diagnostics.extend(similar);
    diagnostics.extend(hygiene);
    diagnostics.extend(attributions);
    diagnostics.extend(late);
    diagnostic::sort(&mut diagnostics);
    Loaded {
        corpus,
        diagnostics,
    }
}

/// The valid sources of `input`, without the rest of the corpus or any diagnostic: for
/// readers that need a source's metadata (its publication date) and nothing else.
pub fn sources(input: &Input) -> Vec<Source> {
    Cx::default().read_sources(input)
}

/// The loader's state: the diagnostics so far, and what was declared.
#[derive(Default)]
struct Cx {
    diagnostics: Vec<Diagnostic>,
    /// Every source id and subject key declared, valid or not; `None` when the file could
    /// not be read. A claim that names a declared but invalid entry is not reported again:
    /// the entry's own diagnostic says what is wrong.
    declared_sources: Option<Declared>,
    declared_subjects: Option<Declared>,
    /// `part_of` targets of parties with their places, checked once all are read.
    part_of_at: Vec<(String, Location)>,
}

/// The ids (or keys) of one kind of entry met so far, with where each was first declared:
/// only looked up and added to, so hashed (100k claim ids are 17 string comparisons each
/// in a B-tree).
type Seen = crate::model::fxhash::FxHashMap<String, Location>;

/// The ids or keys a list declares, valid or not: only asked whether it holds one (a hash
/// set: at 200k subjects a sorted set's inserts were a serial stretch; decision 133).
type Declared = crate::model::fxhash::FxHashSet<String>;

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

/// Parses one YAML file into its shape; an empty file or a YAML error is a diagnostic.
/// Pure, so files are parsed in parallel.
fn parse_file<T: DeserializeOwned>(file: &TextFile) -> Result<T, Diagnostic> {
    if blank(&file.text, &["---", "..."]) {
        return Err(diags::empty_file(&file.path));
    }
    yaml::from_str::<T>(&file.text).map_err(|e| yaml_diagnostic(&file.path, &e))
}

/// Whether a text holds nothing but blank lines, comments and the markers in `markers`.
fn blank(text: &str, markers: &[&str]) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || markers.contains(&t)
    })
}

impl Cx {
    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Parses every file on every core; each file's problem is pushed in file order.
    fn parse_all<T: DeserializeOwned + Send>(&mut self, files: &[TextFile]) -> Vec<Option<T>> {
        let parsed: Vec<Result<T, Diagnostic>> = files.par_iter().map(parse_file::<T>).collect();
        parsed
            .into_iter()
            .map(|p| p.map_err(|d| self.push(d)).ok())
            .collect()
    }

    /// Whether an entry's id (a subject's key) is valid and not used before in `seen`,
    /// where it is then recorded; otherwise its diagnostic is pushed.
    fn fresh_id(
        &mut self,
        entry: Entry,
        id: &str,
        loc: &Location,
        seen: &mut impl ids::Met,
    ) -> bool {
        let valid = match entry {
            Entry::Subject | Entry::Party => subjects::valid_key(id),
            Entry::Source | Entry::Claim => sources::valid_id(id),
        };
        if !valid {
            self.push(diags::invalid_id(loc.clone(), entry, id));
            return false;
        }
        match seen.met(id, loc) {
            Some(first) => {
                self.push(diags::duplicate(loc.clone(), entry, id, &first));
                false
            }
            None => true,
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &TextFile) -> Option<T> {
        parse_file(file).map_err(|d| self.push(d)).ok()
    }

    fn date(&mut self, file: &TextFile, s: &Spanned<String>, what: &str) -> Option<Date> {
        self.date_at(&s.value, at(file, s), what)
    }

    fn date_at(&mut self, text: &str, loc: Location, what: &str) -> Option<Date> {
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.push(diags::invalid_date(loc, what, text, &e));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test fixture's facts folder, with a claim whose quote is not in its text (so
    /// there is a diagnostic to compare).
    fn fixture() -> Input {
        let base = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/base");
        let read = |rel: &str| std::fs::read_to_string(format!("{base}/{rel}")).unwrap();
        let file = |rel: &str, text: String| TextFile {
            path: format!("facts/{rel}").into(),
            text,
        };
        let mut input = Input {
            root: "facts".into(),
            ..Input::default()
        };
        for rel in [
            "sources.yaml",
            "subjects.yaml",
            "claims/s1.yaml",
            "claims/s2.yaml",
        ] {
            let slot = layout::classify(rel).unwrap();
            let mut text = read(rel);
            if rel == "claims/s2.yaml" {
                text = text.replacen("quote: \"", "quote: \"Not said: ", 1);
            }
            input.place(slot, file(rel, text));
        }
        for id in ["s1", "s2"] {
            input
                .texts
                .insert(id.into(), read(&format!("sources/{id}.txt")));
        }
        input
    }

    #[test]
    fn load_mut_empties_the_claims_texts_and_loads_the_same() {
        let kept = load(&fixture());
        let mut input = fixture();
        let emptied = load_mut(&mut input);
        assert_eq!(input.claims.len(), 2);
        assert!(input.claims.iter().all(|f| f.text.is_empty()));
        assert!(input.claims[0].path.ends_with("claims/s1.yaml"));
        assert!(!kept.corpus.claims.is_empty());
        assert!(
            kept.diagnostics
                .iter()
                .any(|d| d.code == diagnostic::Code::QuoteNotFound)
        );
        assert_eq!(kept.diagnostics, emptied.diagnostics);
        let ids = |l: &Loaded| -> Vec<String> {
            l.corpus.claims.iter().map(|c| c.id.to_string()).collect()
        };
        assert_eq!(ids(&kept), ids(&emptied));
    }

    #[test]
    fn claims_are_cited_as_read_as_the_loaded_corpus_would_be() {
        let mut input = fixture();
        let s1 = input
            .claims
            .iter_mut()
            .find(|f| f.path.ends_with("s1.yaml"));
        let s1 = s1.unwrap();
        s1.text = s1.text.replacen("value: 1,344 km", "value: 1,345 km", 1);
        let loaded = load(&input);
        let cited: Vec<Diagnostic> = (loaded.diagnostics.iter())
            .filter(|d| {
                use crate::diagnostic::Code::{QuoteNotFound, QuoteValueMismatch};
                matches!(d.code, QuoteNotFound | QuoteValueMismatch)
            })
            .cloned()
            .collect();
        let mut whole = crate::verify::citations(&loaded.corpus, &input.texts, &input.root);
        diagnostic::sort(&mut whole);
        assert_eq!(whole.len(), 2, "{whole:?}");
        assert_eq!(cited, whole);
    }

    #[test]
    fn every_place_in_one_file_shares_its_path() {
        let loaded = load(&fixture());
        let claims: Vec<&Claim> = loaded
            .corpus
            .claims
            .iter()
            .filter(|c| &*c.source == "s1")
            .collect();
        assert!(claims.len() >= 2);
        let first = &claims[0].location.file;
        for c in &claims {
            for l in [&c.location, &c.value_location, &c.quote_location] {
                assert!(Arc::ptr_eq(first, &l.file), "{l}");
            }
        }
    }
}
