//! Suggesting a subject for a mention: the corpus subject whose dimension and unit fit the
//! mention and whose label, aliases and key share the most words with the sentence. This
//! file holds the index of the subjects' words and the scoring; what a mention's unit says
//! is `subject/fit.rs`, where it stands in its quote `subject/window.rs`, and reading a
//! quote's words `subject/quote_runs.rs`.

use super::Mention;
use crate::value::units::singular;
use fit::{dimension_of, fit_score};
use quote_runs::{Seen, alphanumeric_runs};
use std::ops::Range;
use window::{near_mention, whole_of_part};

mod fit;
mod quote_runs;
mod window;

pub(super) use fit::dimension_named;

/// What the extractor needs to know about a subject (built by the caller from
/// `subjects.yaml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectHint {
    pub key: String,
    pub label: String,
    pub aliases: Vec<String>,
    /// `length`, `money`, `percent`, `count` or `date`.
    pub dimension: String,
    pub unit: Option<String>,
}

impl SubjectHint {
    /// The hints for every subject of a subjects file.
    pub fn from_subjects(file: &crate::model::SubjectsFile) -> Vec<SubjectHint> {
        file.subjects
            .iter()
            .map(|s| SubjectHint {
                key: s.key.value.clone(),
                label: s.label.clone(),
                aliases: s.aliases.clone(),
                dimension: s.dimension.value.as_str().to_string(),
                unit: s.unit.as_ref().map(|u| u.value.clone()),
            })
            .collect()
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(singular)
        .filter(|w| !super::words::is_stopword(w) && !matches!(w.as_str(), "number" | "share"))
        .collect()
}

/// The lowest score a suggestion needs (see [`SubjectIndex::suggest`]). On the bundled
/// corpus (`tests/extract_corpus.rs` prints every score), suggestions scoring under 3.5
/// were right 3 times in 7; from 3.5 to 5.5, 6 in 8; from 5.5, 24 in 25. A wrong subject
/// passes `lint` silently while an empty one is reported, so below 3.5 none is made.
const MIN_SCORE: f64 = 3.5;

/// The score from which a suggestion is said to have high confidence.
const HIGH_SCORE: f64 = 5.5;

/// The subjects' words prepared once for a whole text: each subject's vocabulary (label,
/// aliases and key) with every word's weight, so a suggestion costs a pass over the
/// quote's words and the subjects, not a rebuild of the vocabularies per mention.
pub struct SubjectIndex<'h> {
    entries: Vec<Entry<'h>>,
    /// Every subject's words, numbered: a quote's other words are passed over.
    all: std::collections::HashMap<String, u32>,
    /// Whether some subject's word is all digits ("2021"); if not, numbers are skipped
    /// before they are singularised.
    numeric: bool,
    /// The subjects' dimensions, each once.
    dimensions: Vec<&'h str>,
    /// The log of the number of subjects (at least 1), at least 1: the divisor of a
    /// quote's shared weight, worked out once, not per candidate (the same float).
    ln_n: f64,
    /// Per word (by number in `all`): the subjects that use it and where in their
    /// vocabulary, by subject: a quote is matched against the subjects sharing its words
    /// only, not against every subject.
    /// Each is one machine word, the subject's number in the high half ([`hit`]).
    postings: Vec<Vec<u64>>,
    /// Words of the text seen so far and their number in `all` (none when no subject
    /// uses them): a word is singularised once, however often it is written. Every word
    /// of a quote is looked up here, most of them as one machine word ([`Seen`]).
    seen: std::cell::RefCell<Seen>,
    /// The words near the mention [`SubjectIndex::suggest_in`] is suggesting for: one
    /// buffer for every mention, not a list each.
    near: std::cell::RefCell<Vec<u32>>,
}

/// The most words `SubjectIndex::seen` keeps: memory stays bounded on any text.
const SEEN_WORDS: usize = 200_000;

struct Entry<'h> {
    hint: &'h SubjectHint,
    /// Sorted, unique words (by number in `all`) with their weights (inverse document
    /// frequency).
    vocab: Vec<(u32, f64)>,
    /// The sum of the vocabulary's weights.
    total: f64,
    /// The label and aliases, lower-cased, when longer than 3 bytes, with their words
    /// and how many distinct words that is: a quote without all of them cannot contain
    /// the phrase.
    phrases: Vec<Phrase>,
    about_total: bool,
    /// The subject's unit, singular: found once, not for every mention.
    unit: Option<String>,
}

/// A subject's label or alias as [`SubjectIndex::quote_words`] looks for it.
struct Phrase {
    /// Lower-cased.
    text: String,
    /// Its words (by number in `all`), as [`words`] reads them.
    words: Vec<u32>,
    /// How many of `words` differ. They are all the subject's vocabulary, so a quote
    /// sharing fewer of the subject's words than this has not all of them.
    distinct: usize,
}

impl Phrase {
    fn new(text: String, words: Vec<u32>) -> Phrase {
        let mut unique = words.clone();
        unique.sort_unstable();
        unique.dedup();
        Phrase {
            text,
            distinct: unique.len(),
            words,
        }
    }
}

/// A subject's word as one machine word: the subject's number `e` in the high half,
/// the word's place `i` in its vocabulary in the low half, so the words sort as the pairs
/// `(e, i)` do. `hit(2, 5)` is `2 << 32 | 5`.
fn hit(e: u32, i: u32) -> u64 {
    u64::from(e) << 32 | u64::from(i)
}

/// The subject's number of a [`hit`].
fn hit_entry(h: u64) -> u32 {
    (h >> 32) as u32
}

/// The word's place in its subject's vocabulary of a [`hit`].
fn hit_word(h: u64) -> usize {
    (h & u64::from(u32::MAX)) as usize
}

/// A suggested subject and its score (the sum of the evidence; see
/// [`SubjectIndex::suggest`]).
#[derive(Debug, Clone, Copy)]
pub struct Suggestion<'h> {
    pub hint: &'h SubjectHint,
    pub score: f64,
}

/// What one quote shares with each subject, worked out once for all its mentions. Its
/// lists can be filled again for the next quote ([`SubjectIndex::quote_words_in`]),
/// their buffers kept.
#[derive(Default)]
pub struct QuoteWords {
    /// The subjects that share a word with the quote, in the index's order: the subject,
    /// where its shared words are in `hits`, their weight and how many of its label and
    /// aliases the quote contains.
    shared: Vec<(usize, Range<usize>, f64, usize)>,
    /// Every shared word as (subject, index in its vocabulary), sorted: each subject's
    /// run of them is a range of one list, not a list of its own.
    /// Each is one machine word ([`hit`]), so sorting them compares one number, not a pair.
    hits: Vec<u64>,
    /// The quote's alphanumeric runs that are subject words, with each word's number:
    /// the words near a mention are read from them (and from the two runs the window may
    /// cut), not from the quote again.
    runs: Vec<(Range<usize>, u32)>,
    /// The quote's subject words, sorted and unique: only while they are worked out.
    context: Vec<u32>,
}

impl Suggestion<'_> {
    /// `high` (right 24 times in 25 on the bundled corpus) or `medium` (6 in 8).
    pub fn confidence(&self) -> &'static str {
        if self.score >= HIGH_SCORE {
            "high"
        } else {
            "medium"
        }
    }
}

impl<'h> SubjectIndex<'h> {
    pub fn new(hints: &'h [SubjectHint]) -> Self {
        let vocabs: Vec<Vec<String>> = hints
            .iter()
            .map(|h| {
                let mut vocab: Vec<String> = words(&h.label);
                for a in &h.aliases {
                    vocab.extend(words(a));
                }
                vocab.extend(words(&h.key.replace('-', " ")));
                vocab.sort();
                vocab.dedup();
                vocab
            })
            .collect();
        let n = hints.len().max(1) as f64;
        let mut df: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for v in &vocabs {
            for w in v {
                *df.entry(w.as_str()).or_default() += 1;
            }
        }
        let idf = |w: &str| (1.0 + n / df.get(w).copied().unwrap_or(1).max(1) as f64).ln();
        let mut all = std::collections::HashMap::new();
        for w in vocabs.iter().flatten() {
            let next = all.len() as u32;
            all.entry(w.clone()).or_insert(next);
        }
        let id = |w: &String| all[w];
        let entries: Vec<Entry> = hints
            .iter()
            .zip(&vocabs)
            .map(|(hint, v)| {
                let vocab: Vec<(u32, f64)> = v.iter().map(|w| (id(w), idf(w))).collect();
                Entry {
                    hint,
                    total: vocab.iter().map(|(_, x)| x).sum(),
                    vocab,
                    phrases: std::iter::once(&hint.label)
                        .chain(hint.aliases.iter())
                        .filter(|p| p.len() > 3)
                        .map(|p| Phrase::new(p.to_lowercase(), words(p).iter().map(id).collect()))
                        .collect(),
                    about_total: hint.key.split('-').any(|w| w == "total")
                        || hint.label.to_lowercase().split(' ').any(|w| w == "total"),
                    unit: hint.unit.as_deref().map(singular),
                }
            })
            .collect();
        let numeric = all.keys().any(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let mut postings = vec![Vec::new(); all.len()];
        for (e, entry) in entries.iter().enumerate() {
            for (i, (w, _)) in entry.vocab.iter().enumerate() {
                postings[*w as usize].push(hit(e as u32, i as u32));
            }
        }
        let mut dimensions: Vec<&str> = hints.iter().map(|h| h.dimension.as_str()).collect();
        dimensions.sort_unstable();
        dimensions.dedup();
        SubjectIndex {
            entries,
            all,
            dimensions,
            numeric,
            ln_n: n.ln().max(1.0),
            postings,
            seen: Default::default(),
            near: Default::default(),
        }
    }

    /// What `quote` shares with each subject; give it to [`SubjectIndex::suggest_in`] for
    /// every mention of the quote.
    pub fn quote_words(&self, quote: &str) -> QuoteWords {
        let mut qw = QuoteWords::default();
        self.quote_words_in(quote, &mut qw);
        qw
    }

    /// As [`SubjectIndex::quote_words`], into `qw`'s lists (emptied first), so that the
    /// next quote reuses the last one's buffers: `qw` ends as `quote_words(quote)` would
    /// give it, whatever it held.
    pub fn quote_words_in(&self, quote: &str, qw: &mut QuoteWords) {
        let QuoteWords {
            shared,
            hits,
            runs,
            context,
        } = qw;
        shared.clear();
        hits.clear();
        runs.clear();
        context.clear();
        if self.entries.is_empty() {
            return;
        }
        // Each list is reserved once at its size (at most, for `runs` and `shared`), not
        // grown step by step.
        runs.reserve(quote.len() / 4 + 1);
        {
            let mut seen = self.seen.borrow_mut();
            runs.extend(alphanumeric_runs(quote).filter_map(|r| {
                // A run under 3 bytes is no subject word (`word_id`'s first test, asked
                // here before the call).
                if r.len() < 3 {
                    return None;
                }
                let id = self.word_id(&mut seen, &quote[r.clone()])?;
                Some((r, id))
            }));
        }
        context.extend(runs.iter().map(|&(_, id)| id));
        context.sort_unstable();
        context.dedup();
        let postings = |w: &u32| &self.postings[*w as usize];
        hits.reserve(context.iter().map(|w| postings(w).len()).sum());
        for w in context.iter() {
            hits.extend_from_slice(postings(w));
        }
        hits.sort_unstable();
        let mut lower: Option<String> = None;
        let mut from = 0;
        shared.reserve(hits.len().min(self.entries.len()));
        shared.extend(
            hits.chunk_by(|a, b| hit_entry(*a) == hit_entry(*b))
                .map(|run| {
                    let ei = hit_entry(run[0]) as usize;
                    let e = &self.entries[ei];
                    let idx = from..from + run.len();
                    from = idx.end;
                    let weight: f64 = run.iter().map(|&h| e.vocab[hit_word(h)].1).sum();
                    // Whole alias or label written in the quote.
                    let mut phrases = 0;
                    for p in &e.phrases {
                        // `run` holds each of the subject's words in the quote once.
                        if p.distinct <= run.len()
                            && p.words.iter().all(|w| context.binary_search(w).is_ok())
                            && lower
                                .get_or_insert_with(|| quote.to_lowercase())
                                .contains(p.text.as_str())
                        {
                            phrases += 1;
                        }
                    }
                    (ei, idx, weight, phrases)
                }),
        );
    }

    /// The best-fitting subject for `m` in `quote`, if any scores at least
    /// `MIN_SCORE`.
    ///
    /// Words are weighted by how few subjects use them (inverse document frequency): a
    /// word in one subject's label says more than "Afghanistan", which is in many. A
    /// shared word near the mention counts again.
    pub fn suggest(&self, m: &Mention, quote: &str) -> Option<Suggestion<'h>> {
        self.suggest_in(m, quote, &self.quote_words(quote))
    }

    /// Whether some subject has the dimension `m` measures (a bare number's is a count's):
    /// if none has, [`SubjectIndex::suggest_in`] suggests nothing whatever the quote, and
    /// its words need not be read.
    pub fn may_suggest(&self, m: &Mention) -> bool {
        let dim = dimension_of(m).unwrap_or("count");
        self.dimensions.contains(&dim)
    }

    /// As [`SubjectIndex::suggest`], with the quote's words worked out already.
    pub fn suggest_in(&self, m: &Mention, quote: &str, qw: &QuoteWords) -> Option<Suggestion<'h>> {
        let dim = dimension_of(m);
        // The words near `m`, read into the index's buffer when a subject needs them.
        let mut near = self.near.borrow_mut();
        let mut near_read = false;
        let mut best: Option<Suggestion<'h>> = None;
        for (ei, idx, weight, phrases) in &qw.shared {
            let e = &self.entries[*ei];
            let h = e.hint;
            match dim {
                Some(d) if d != h.dimension => continue,
                // A bare number may only be a count.
                None if h.dimension != "count" => continue,
                _ => {}
            }
            if !near_read {
                self.words_within_into(qw, quote, near_mention(m, quote), &mut near);
                near_read = true;
            }
            let near_weight: f64 = qw.hits[idx.clone()]
                .iter()
                .map(|&h| e.vocab[hit_word(h)])
                .filter(|(w, _)| near.binary_search(w).is_ok())
                .map(|(_, weight)| weight)
                .sum();
            let mut score = fit_score(e, m, dim);
            for _ in 0..*phrases {
                score += 3.0;
            }
            score += 4.0 * weight / e.total + 0.5 * weight / self.ln_n + 0.25 * near_weight;
            // "162 of Afghanistan's 398 districts": the part is not the whole, and the
            // whole (a count after "N of") is the total.
            if e.about_total && m.total.is_some() {
                score -= 5.0;
            } else if e.about_total && whole_of_part(m, quote) {
                score += 2.0;
            }
            if best.is_none_or(|b| score > b.score) {
                best = Some(Suggestion { hint: h, score });
            }
        }
        best.filter(|b| b.score >= MIN_SCORE)
    }
}

/// The best-fitting subject for `m` in `sentence`, if any fits well enough (builds a
/// [`SubjectIndex`]; build one yourself to suggest for many mentions).
pub fn suggest_subject<'h>(
    m: &Mention,
    sentence: &str,
    hints: &'h [SubjectHint],
) -> Option<&'h SubjectHint> {
    SubjectIndex::new(hints)
        .suggest(m, sentence)
        .map(|s| s.hint)
}
