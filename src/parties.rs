//! Parties: who a figure comes from. A claimant or origin name resolves to a declared party
//! (by key, name or alias, ignoring case and spacing); a party rolls up its `part_of` chain
//! to the body that speaks for it, so a ministry and its government count as one origin.
//! Undeclared names stay free text, compared ignoring case and spacing. Also the lint that
//! every name a claim gives appears in its source's archived text.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::fxhash::{FxHashMap, FxHashSet};
use crate::model::{Claim, Corpus, Party};
use crate::suggest::did_you_mean;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// A name as compared: lower-case, quotes and dashes folded, spaces collapsed.
pub fn normalize(name: &str) -> String {
    if name.is_ascii() {
        return normalize_ascii(name.as_bytes());
    }
    // One pass: a run of white space becomes one space between words, none at the ends.
    // Runs of ASCII characters that stay as they are (most of a source text) are copied
    // whole; the others go through `fold` one by one.
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    let mut i = 0;
    while i < name.len() {
        let run = name.as_bytes()[i..]
            .iter()
            .take_while(|&&b| kept(b))
            .count();
        let c = if run > 0 {
            None
        } else {
            let c = name[i..]
                .chars()
                .next()
                .expect("i is on a character boundary");
            i += c.len_utf8();
            match crate::verify::fold(c) {
                Some(c) if c.is_whitespace() => {
                    space = true;
                    continue;
                }
                Some(c) => Some(c),
                None => continue,
            }
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            None => {
                out.push_str(&name[i..i + run]);
                i += run;
            }
            Some(c) if c.is_ascii() => out.push(c.to_ascii_lowercase()), // without the Unicode tables
            Some(c) => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// [`normalize`] of ASCII text, a byte at a time: white space (`\t` to `\r` and the
/// space, as `char::is_whitespace` has them in ASCII) runs made one space between words,
/// the tick folded to an apostrophe, the rest lower-cased.
fn normalize_ascii(name: &[u8]) -> String {
    let mut out = Vec::with_capacity(name.len());
    let mut space = false;
    for &b in name {
        match b {
            b'\t'..=b'\r' | b' ' => space = true,
            _ => {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.push(if b == b'`' {
                    b'\''
                } else {
                    b.to_ascii_lowercase()
                });
            }
        }
    }
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// An ASCII byte that [`normalize`] keeps as it is: visible, not upper-case, not folded.
fn kept(b: u8) -> bool {
    b.is_ascii_graphic() && !b.is_ascii_uppercase() && b != b'`'
}

/// The declared parties, indexed by every spelling.
pub struct Parties<'a> {
    by_name: FxHashMap<String, &'a Party>,
    by_key: FxHashMap<&'a str, &'a Party>,
}

/// Who a figure comes from, as counted: `key` identifies the origin, `name` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub key: String,
    pub name: String,
}

impl<'a> Parties<'a> {
    pub fn new(parties: &'a [Party]) -> Parties<'a> {
        let mut by_name = FxHashMap::default();
        for p in parties {
            for spelling in std::iter::once(&p.key)
                .chain(std::iter::once(&p.name))
                .chain(&p.aliases)
            {
                by_name.entry(normalize(spelling)).or_insert(p);
            }
        }
        let by_key = parties.iter().map(|p| (p.key.as_str(), p)).collect();
        Parties { by_name, by_key }
    }

    pub fn resolve(&self, name: &str) -> Option<&'a Party> {
        self.by_name.get(&normalize(name)).copied()
    }

    /// The body a party speaks for: the end of its `part_of` chain (cycles are refused by
    /// the loader; the walk is bounded all the same).
    pub fn root(&self, party: &'a Party) -> &'a Party {
        let mut at = party;
        for _ in 0..=self.by_key.len() {
            match at.part_of.as_deref().and_then(|k| self.by_key.get(k)) {
                Some(next) => at = next,
                None => break,
            }
        }
        at
    }

    /// The origin a name counts as: its party's root when declared (shown by the party's
    /// own name, which the reader recognises), else the name itself.
    pub fn origin(&self, name: &str) -> Origin {
        // Normalised once: looked up, and the key of an undeclared name.
        let normal = normalize(name);
        match self.by_name.get(&normal).copied() {
            Some(p) => {
                let root = self.root(p);
                Origin {
                    key: format!("party:{}", root.key),
                    name: p.name.clone(),
                }
            }
            None => Origin {
                key: normal,
                name: name.to_string(),
            },
        }
    }

    /// A claim's origin: its `origin`, else its claimant; `None` when it states neither.
    pub fn origin_of(&self, claim: &Claim) -> Option<Origin> {
        claim
            .origin
            .as_deref()
            .or(claim.claimant.as_deref())
            .map(|n| self.origin(n))
    }

    /// Every spelling of the party `name` resolves to, or the name alone, as written.
    fn spellings<'n>(&self, name: &'n str) -> Vec<&'n str>
    where
        'a: 'n,
    {
        match self.resolve(name) {
            Some(p) => std::iter::once(p.name.as_str())
                .chain(p.aliases.iter().map(String::as_str))
                .collect(),
            None => vec![name],
        }
    }
}

/// Warnings for names a claim gives (claimant, origin, via) that its source never writes in
/// any spelling, and for undeclared names that look like a declared party's.
pub fn attributions(corpus: &Corpus, texts: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    let parties = Parties::new(&corpus.parties);
    // Looked up for every name of every claim: hashed, not searched in the sorted map.
    let has_text: FxHashSet<&str> = texts.keys().map(String::as_str).collect();
    // Names by the source whose text must give them (the claim's own, or for an origin
    // with `origin_named_in` that source), sources on every core: each text is normalised
    // once and searched once per name it is cited with. Sources in id order.
    let mut place: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_source: Vec<(&str, Vec<NameCheck>)> = Vec::new();
    for claim in &corpus.claims {
        for (field, name) in names_of(claim) {
            let source: &str = match (&claim.origin_named_in, field) {
                (Some(named_in), "origin") => named_in,
                _ => &claim.source,
            };
            if has_text.contains(source) {
                let check = NameCheck { claim, field, name };
                let at = *place.entry(source).or_insert_with(|| {
                    by_source.push((source, Vec::new()));
                    by_source.len() - 1
                });
                by_source[at].1.push(check);
            }
        }
    }
    by_source.par_sort_unstable_by_key(|(id, _)| *id);
    let mut out: Vec<Diagnostic> = by_source
        .par_iter()
        .flat_map_iter(|(id, checks)| not_in_source(&parties, id, &texts[*id], checks))
        .collect();
    // Undeclared names close to a declared spelling: each name compared once.
    let spellings: Vec<String> = corpus
        .parties
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .cloned()
        .collect();
    let names: FxHashSet<&str> = (by_source.iter())
        .flat_map(|(_, checks)| checks.iter().map(|c| c.name))
        .collect();
    let mut names: Vec<&str> = names.into_iter().collect();
    names.par_sort_unstable();
    let close_to: HashMap<&str, &str> = names
        .par_iter()
        .filter(|name| parties.resolve(name).is_none())
        .filter_map(|name| {
            Some((
                *name,
                did_you_mean(name, spellings.iter().map(String::as_str))?,
            ))
        })
        .collect();
    if close_to.is_empty() {
        return out;
    }
    for claim in corpus
        .claims
        .iter()
        .filter(|c| has_text.contains(&*c.source))
    {
        for (field, name) in names_of(claim) {
            if let Some(close) = close_to.get(name) {
                out.push(similar_party(claim, field, name, close));
            }
        }
    }
    out
}

/// The names a claim gives, with their fields.
fn names_of(claim: &Claim) -> impl Iterator<Item = (&'static str, &str)> {
    [
        ("claimant", &claim.claimant),
        ("origin", &claim.origin),
        ("via", &claim.via),
    ]
    .into_iter()
    .filter_map(|(field, name)| Some((field, name.as_deref()?)))
}

/// One name a claim gives, in one of its fields.
struct NameCheck<'a> {
    claim: &'a Claim,
    field: &'static str,
    name: &'a str,
}

/// The names that must stand in one source's text and never do, in any spelling.
fn not_in_source(
    parties: &Parties,
    source: &str,
    text: &str,
    checks: &[NameCheck],
) -> Vec<Diagnostic> {
    let mut normalized: Option<String> = None;
    let mut found: FxHashMap<&str, bool> = FxHashMap::default();
    let mut out = Vec::new();
    for check in checks {
        let in_source = *found.entry(check.name).or_insert_with(|| {
            // A plain spelling written as it is in the text stands in it normalised too:
            // the text is normalised only for the others.
            let spellings = parties.spellings(check.name);
            let verbatim = |s: &&str| plain(s) && as_written(text, s);
            spellings.iter().any(verbatim) || {
                let text = normalized.get_or_insert_with(|| normalize(text));
                spellings.iter().any(|s| text.contains(&normalize(s)))
            }
        });
        if !in_source {
            out.push(name_not_in_source(check, source));
        }
    }
    out
}

/// Whether a [`plain`] spelling stands in `text` byte for byte, or with its first letter
/// in the other case ("The ministry" at a sentence's start): the same once normalised.
fn as_written(text: &str, spelling: &str) -> bool {
    let find = |s: &[u8]| memchr::memmem::find(text.as_bytes(), s).is_some();
    let s = spelling.as_bytes();
    find(s) || {
        let mut other = s.to_vec();
        other[0] = if s[0].is_ascii_lowercase() {
            s[0].to_ascii_uppercase()
        } else {
            s[0].to_ascii_lowercase()
        };
        other[0] != s[0] && find(&other)
    }
}

/// Whether a spelling written in a text as it is normalises there as it does alone: ASCII
/// (each character normalised on its own) with no white space but single spaces between
/// words, so the text's runs of white space and what stands around it change nothing.
fn plain(spelling: &str) -> bool {
    let b = spelling.as_bytes();
    !b.is_empty()
        && b.is_ascii()
        && b[0] != b' '
        && b[b.len() - 1] != b' '
        && !b.iter().any(|&c| matches!(c, b'\t'..=b'\r'))
        && !spelling.contains("  ")
}

fn name_not_in_source(check: &NameCheck, source: &str) -> Diagnostic {
    let NameCheck { claim, field, name } = check;
    let (where_, hint) = if *source == *claim.source {
        (
            format!("source \"{source}\""),
            "write the name as the article does, declare it in parties.yaml with the article's spelling as an alias, or, for an origin the article does not name, give the source that names it as `origin_named_in`",
        )
    } else {
        (
            format!("source \"{source}\", which its origin_named_in gives"),
            "name a source whose text gives the origin, or add that text's spelling to the party's aliases",
        )
    };
    Diagnostic::new(
        Code::NameNotInSource,
        claim.location.clone(),
        format!(
            "claim \"{}\": its {field} \"{name}\" appears nowhere in {where_}",
            claim.id
        ),
    )
    .hint(hint)
}

fn similar_party(claim: &Claim, field: &str, name: &str, close: &str) -> Diagnostic {
    Diagnostic::new(
        Code::SimilarParty,
        claim.location.clone(),
        format!(
            "claim \"{}\": its {field} \"{name}\" is not a declared party, but \"{close}\" is",
            claim.id
        ),
    )
    .hint(format!(
        "if they are one party, add \"{name}\" to its aliases in parties.yaml"
    ))
}

#[cfg(test)]
#[path = "parties_tests.rs"]
mod tests;
