//! Context read backwards from an amount: qualifier phrases and their negation, and the
//! sentence-level hints (stock indices, counting contexts) the other stages ask. The
//! change verbs and adverbs before an amount are `change_verbs.rs`.

use super::*;

/// The qualifier phrases (by index in [`words::qualifier_phrases`], in its order), keyed
/// by the token `key` picks from each phrase.
fn index_phrases(key: fn(&'static str) -> &'static str) -> crate::fast_hash::WordIndex<usize> {
    let phrases = words::qualifier_phrases();
    crate::fast_hash::index_by(0..phrases.len(), |&i| key(phrases[i].0))
}

/// The qualifier phrases (by index in [`words::qualifier_phrases`], in its order) whose
/// last token is `last`.
fn phrases_ending_in(last: &str) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<crate::fast_hash::WordIndex<usize>> =
        std::sync::OnceLock::new();
    let by_last = |p: &'static str| p.rsplit(' ').next().unwrap_or(p);
    INDEX
        .get_or_init(|| index_phrases(by_last))
        .get(last)
        .map_or(&[], Vec::as_slice)
}

/// The qualifier phrases (by index in [`words::qualifier_phrases`], in its order) whose
/// first token is `first`.
fn phrases_starting_with(first: &str) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<crate::fast_hash::WordIndex<usize>> =
        std::sync::OnceLock::new();
    let by_first = |p: &'static str| p.split(' ').next().unwrap_or(p);
    INDEX
        .get_or_init(|| index_phrases(by_first))
        .get(first)
        .map_or(&[], Vec::as_slice)
}

/// The opposite bound of a comparison under a negation: "not more than" is at most.
fn flip(q: QualCode) -> QualCode {
    match q {
        QualCode::Gt => QualCode::Le,
        QualCode::Ge => QualCode::Lt,
        QualCode::Lt | QualCode::UpTo => QualCode::Ge,
        QualCode::Le => QualCode::Gt,
        QualCode::Approx => QualCode::Approx,
    }
}

/// A word that negates the verb after it: "not", "never", "cannot", "don't", "won’t",
/// and "unlikely" ("unlikely to exceed 10mm": expected to stay at most 10mm).
pub(super) fn negation_word(w: &str) -> bool {
    matches!(w, "not" | "never" | "cannot" | "unlikely") || w.ends_with("n't") || w.ends_with("n’t")
}

impl<'a> SentenceReader<'a> {
    /// Whether the tokens `first..end` hold a scale word or abbreviation: "4.1 million",
    /// "£2bn", "4.3M".
    pub(super) fn scaled_span(&self, first: usize, end: usize) -> bool {
        (first..end.min(self.n())).any(|k| {
            let w = self.low(k);
            if self.is_num(k) {
                let t = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
                !t.is_empty() && lexicon::scale_abbrev(t).is_some()
            } else {
                number::scale_word(w).is_some_and(|p| p >= 3)
                    || (self.attached(k) && lexicon::scale_abbrev(w).is_some())
            }
        })
    }

    /// Whether the words before a number at `i` talk about a count of people or things
    /// that is written in millions: "an audience of 12m", "passengers up 28.5% to 79.2m".
    pub(super) fn count_context(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i)
            .any(|k| self.is_word(k) && words::COUNT_CONTEXT_NOUNS.contains(self.low(k)))
    }

    /// "Library visits stood at 288m", "the number of issues fell to 262.7m": a glued
    /// "m" after `j`'s figure is a million when the sentence counts things (a noun of
    /// `words/count_context_nouns.txt` or `words/count_sentence_nouns.txt` anywhere in
    /// it, or "number(s) of") and no word of length stands in it
    /// (`words/length_cue_words.txt`, `words/metre_words_after.txt`), and no word but a
    /// stopword or adverb follows the "m" ("a 5m pier" may measure the pier).
    pub(super) fn count_sentence(&self, j: usize) -> bool {
        if self.glued_m_modifies(j) {
            return false;
        }
        *self.memo.counts_without_length.get_or_init(|| {
            let counts = (0..self.n()).any(|k| {
                self.is_word(k)
                    && (words::COUNT_CONTEXT_NOUNS.contains(self.low(k))
                        || words::COUNT_SENTENCE_NOUNS.contains(self.low(k))
                        || (matches!(self.low(k), "number" | "numbers") && self.low(k + 1) == "of"))
            });
            counts
                && !(0..self.n()).any(|k| {
                    self.is_word(k)
                        && (words::LENGTH_CUE_WORDS.contains(self.low(k))
                            || words::METRE_WORDS_AFTER.contains(self.low(k)))
                })
        })
    }

    /// Whether a verb whose object is money stands right before the number at `i` ("the
    /// charity raised 1.5m", `words/money_verbs.txt`).
    pub(super) fn money_verb_before(&self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1) && words::MONEY_VERBS.contains(self.low(i - 1))
    }

    /// Whether a percent or points sign follows at `k`: "-3.1%", "-40bps", "-3 pts".
    pub(super) fn share_after(&self, k: usize) -> bool {
        self.is_sym(k, '%')
            || matches!(
                self.low(k),
                "pc" | "pct" | "bps" | "bp" | "pts" | "pp" | "percent"
            )
    }

    /// Whether a stock index is named at `i`: "Nikkei", "FTSE", or "index" after a name,
    /// a number or "share"/"stock" ("the TA-35 index", "the all-share index"), not "the
    /// dollar index" or "the consumer price index".
    pub(super) fn stock_index_at(&self, i: usize) -> bool {
        let w = self.raw(i);
        // "the S&P 500".
        if w == "P" && i >= 2 && self.is_sym(i - 1, '&') && self.raw(i - 2) == "S" {
            return true;
        }
        if w.len() < 3 {
            return false;
        }
        if matches!(w, "index" | "indexes" | "indices") {
            return i > 0
                && (self.is_num(i - 1)
                    || (self.capitalised(i - 1) && !matches!(self.low(i - 1), "the" | "a"))
                    || matches!(
                        self.low(i - 1),
                        "share" | "stock" | "all-share" | "composite" | "blue-chip" | "equity"
                    ));
        }
        words::index_word(w)
    }

    /// "3m-strong": a count of members, so the "m" is million.
    pub(super) fn strong_after(&self, k: usize) -> bool {
        self.is_sym(k, '-')
            && self.attached(k)
            && self.attached(k + 1)
            && self.low(k + 1) == "strong"
    }

    /// "a 3m-strong workforce", "a 60,000-capacity stadium": a word of size hyphened to
    /// the figure (`words/size_after_hyphen.txt`) gives it no unit of its own (rule
    /// `size_word_after`, decision 587), as blind d and real bw annotate them.
    pub(super) fn size_word_after(&self, k: usize) -> bool {
        self.is_sym(k, '-')
            && self.attached(k)
            && self.attached(k + 1)
            && words::SIZE_AFTER_HYPHEN.contains(self.low(k + 1))
    }

    /// Whether an earlier number in the sentence carries the same glued abbreviation
    /// (`abbr`) as a scale: "1.5m people …, up from 1.1m a year earlier".
    pub(super) fn earlier_scaled(&self, i: usize, abbr: &str) -> bool {
        (i.saturating_sub(60)..i.saturating_sub(1)).any(|k| {
            self.is_num(k)
                && self.is_word(k + 1)
                && self.attached(k + 1)
                && self.raw(k + 1) == abbr
                && (self.counted_after(k + 2)
                    || self.currency_before(k).is_some()
                    || self.count_context(k)
                    || (self.is_word(k + 2)
                        && !self.attached(k + 2)
                        && self.unit_at(k + 2).is_some()))
        })
    }

    /// A comparison symbol ending at `i` and where it starts: "~25", ">5", "≥ 30", and
    /// the ASCII pairs ">= 30", "<= 12" (never read as a bare ">" or "<").
    pub(super) fn symbol_qualifier(&self, i: usize) -> Option<(QualCode, usize)> {
        let q = match self.kind(i)? {
            Kind::Sym('~') | Kind::Sym('≈') => QualCode::Approx,
            // "=<" and "=>": the ASCII comparisons written the other way round.
            Kind::Sym(c @ ('>' | '<')) if i > 0 && self.attached(i) && self.is_sym(i - 1, '=') => {
                let q = if c == '>' { QualCode::Ge } else { QualCode::Le };
                return Some((q, i - 1));
            }
            Kind::Sym('>') => QualCode::Gt,
            Kind::Sym('<') => QualCode::Lt,
            Kind::Sym('≥' | '⩾' | '≧') => QualCode::Ge,
            Kind::Sym('≤' | '⩽' | '≦') => QualCode::Le,
            Kind::Sym('=') if i > 0 && self.attached(i) => {
                return match self.kind(i - 1)? {
                    Kind::Sym('>') => Some((QualCode::Ge, i - 1)),
                    Kind::Sym('<') => Some((QualCode::Le, i - 1)),
                    _ => None,
                };
            }
            _ => return None,
        };
        Some((q, i))
    }

    /// The qualifier phrase ending right before `at`, and where it starts.
    pub(super) fn qualifier_before(&self, at: usize) -> Option<(QualCode, usize)> {
        let mut best: Option<(QualCode, usize)> = None;
        if at == 0 {
            return None;
        }
        // Only the phrases whose last token is the one before the number can end there.
        let phrases = words::qualifier_phrases();
        for &p in phrases_ending_in(self.low(at - 1)) {
            let (phrase, q, len) = phrases[p];
            if len > at {
                continue;
            }
            let start = at - len;
            // "ticked up to 3.9 per cent", "edged up to", "traded as high as 190p": a verb
            // of motion with the level reached, not a bound.
            // "added up to £2m", "brought the total up to $6.1 million": a level reached.
            if matches!(phrase, "up to" | "as high as")
                && start > 0
                && (words::motion_verb(self.low(start - 1))
                    || (phrase == "up to" && self.up_to_is_level(start, at)))
            {
                continue;
            }
            // "Airbus handed over 61 aircraft": the particle of a phrasal verb.
            if phrase == "over"
                && start > 0
                && words::PHRASAL_OVER_VERBS.contains(self.low(start - 1))
            {
                continue;
            }
            // "an EPA-estimated 52 mpg": a word inside a hyphenated compound is no
            // qualifier.
            let in_compound = start > 0 && self.is_sym(start - 1, '-') && self.attached(start);
            if !in_compound
                && self.match_pattern(start, phrase, false).is_some()
                && best.is_none_or(|(_, b)| start < b)
            {
                best = Some((q, start));
            }
        }
        best.or_else(|| self.approx_every(at))
            .and_then(|(q, start)| self.negated(q, start))
            .or_else(|| self.bound_over_added_word(at))
    }

    /// Rule `bound_over_added_word` (decision 1409): a qualifier phrase before "an
    /// additional", "an extra" or "a further" bounds the figure after them: "at least an
    /// additional $3 million" `ge`, "up to an additional 200 million hectares" `le`, "no
    /// more than an extra $2" (readable real ec, ei, fq). The phrase is read, negation
    /// included, as if it stood right before the figure; "an extra £472" alone stays exact.
    fn bound_over_added_word(&self, at: usize) -> Option<(QualCode, usize)> {
        if at < 3
            || !words::ADDED_AMOUNT_ADJECTIVES.contains(self.low(at - 1))
            || !matches!(self.low(at - 2), "a" | "an")
        {
            return None;
        }
        self.qualifier_before(at - 2)
    }

    /// Rule `approx_every` (decision 1388): an approximation word before "every" or "once
    /// every" and an interval of time approximates the interval: "nearly once every 30
    /// seconds", "about every three months" are `~` (readable real cq, de, fo; no readable
    /// gold the other way). The interval must be counted in a unit of time within the next
    /// four tokens, so "worried about every 10p" stays exact. Returns the code and where
    /// the approximation word stands.
    fn approx_every(&self, at: usize) -> Option<(QualCode, usize)> {
        if at < 2 || self.low(at - 1) != "every" {
            return None;
        }
        let w = if self.low(at - 2) == "once" {
            at.checked_sub(3)?
        } else {
            at - 2
        };
        // One-word approximations of the qualifier table ("about", "nearly", "roughly").
        let approx = words::QUALIFIERS.get(self.low(w)) == Some("approx");
        (approx && (at..at + 4).any(|k| words::EVERY_INTERVAL_UNITS.contains(self.low(k))))
            .then_some((QualCode::Approx, w))
    }

    /// Rule `bound_words_at` (decision 924): the qualifier phrase of
    /// [`words::qualifier_phrases`] that starts at `k`, is accepted by `keep` (given the
    /// phrase and its code) and has a figure right after it (`figure`, given the index
    /// after the phrase); the longest, as its code and the index of the figure. The one
    /// reader of bound words read forwards, before a figure that another reading reaches
    /// ("40 to over 60 bushels", "one of nearly 100 contracts"), so a phrase added to the
    /// word list reaches every recognizer that passes over one.
    pub(super) fn bound_words_at(
        &self,
        k: usize,
        keep: impl Fn(&str, QualCode) -> bool,
        figure: impl Fn(usize) -> bool,
    ) -> Option<(QualCode, usize)> {
        if !self.is_word(k) {
            return None;
        }
        let phrases = words::qualifier_phrases();
        let mut best: Option<(QualCode, usize)> = None;
        for &p in phrases_starting_with(self.low(k)) {
            let (phrase, q, _) = phrases[p];
            if let Some(len) = self.match_pattern(k, phrase, false)
                && best.is_none_or(|(_, b)| k + len > b)
                && keep(phrase, q)
                && figure(k + len)
            {
                best = Some((q, k + len));
            }
        }
        best
    }

    /// "has risen past the $47K level", "fell past 100": "past"
    /// (and "the") between a verb of motion and the amount is a mark passed, its bound set by
    /// the verb (`words/past_bound_verbs.txt`). Returns the bound and the verb's index, so
    /// the verb is read as part of the comparison and not as a change by the amount.
    pub(super) fn past_after_verb(&self, at: usize) -> Option<(QualCode, usize)> {
        let mut k = at;
        if k > 0 && self.low(k - 1) == "the" {
            k -= 1;
        }
        if k < 2 || self.low(k - 1) != "past" || !self.is_word(k - 2) {
            return None;
        }
        words::past_bound(self.low(k - 2))
            .or_else(|| self.currency_past(k - 2, at))
            .map(|q| (q, k - 2))
    }

    /// A comparison after "not", "never" or "no" that no listed phrase covers is its
    /// opposite: "not fewer than 10" is at least 10, "no bigger than 5" at most 5.
    /// "not close to 50%": a negated approximation leaves the figure exact (no qualifier).
    fn negated(&self, q: QualCode, start: usize) -> Option<(QualCode, usize)> {
        // "hasn't exceeded 4%", "won't top 3%": a contracted negation right before it too.
        let next_to = start > 0
            && (matches!(self.low(start - 1), "not" | "never" | "no")
                || (negation_word(self.low(start - 1)) && self.low(start - 1) != "unlikely"));
        if !next_to {
            // "must not hold more than 5 litres": the bound a negated verb sets.
            return Some(match q {
                QualCode::Gt | QualCode::Ge | QualCode::Lt | QualCode::Le
                    if self.negation_reaching(start) =>
                {
                    (flip(q), start)
                }
                _ => (q, start),
            });
        }
        match q {
            QualCode::Approx if !matches!(self.low(start - 1), "never" | "no") => None,
            QualCode::Approx => Some((q, start)),
            _ => Some((flip(q), start - 1)),
        }
    }

    /// Whether a negation governs the comparison starting at `start` across one to three
    /// words: "must not hold more than", "never holds more than", "should not be taken
    /// for more than", "don't use for more than". Punctuation, numbers and the words of
    /// `negation_breaks` ("that", "and", "said", "only", "unusual" …) end its reach.
    /// A duration after "for" under a perfect ("has not been seen for more than 10
    /// years", "hadn't eaten for more than 3 days") is how long the thing has not
    /// happened, still more than the figure: the negation does not reach it.
    fn negation_reaching(&self, start: usize) -> bool {
        let mut duration = false;
        for k in self.words_back(start, 4) {
            let w = self.low(k);
            if k + 1 < start && negation_word(w) {
                let perfect = |w: &str| {
                    matches!(w, "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't")
                        || matches!(w, "hasn’t" | "haven’t" | "hadn’t")
                };
                return !(duration && (perfect(w) || (k > 0 && perfect(self.low(k - 1)))));
            }
            duration |= w == "for";
            if words::NEGATION_BREAKS.contains(w) {
                return false;
            }
        }
        false
    }

    /// The indices of at most `n` words right before `at`, nearest first, up to the first
    /// token that is no word (a number, punctuation) or the sentence's start.
    pub(super) fn words_back(&self, at: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        (0..at).rev().take(n).take_while(|&k| self.is_word(k))
    }
}
