//! Context read backwards from an amount: qualifier phrases, change verbs and adverbs,
//! and the sentence-level hints (stock indices, counting contexts) the other stages ask.

use super::*;

/// The qualifier phrases (by index in [`words::qualifier_phrases`], in its order) whose
/// last token is `last`.
fn phrases_ending_in(last: &str) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<crate::fast_hash::WordIndex<usize>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let phrases = words::qualifier_phrases();
            crate::fast_hash::index_by(0..phrases.len(), |&i| {
                let phrase = phrases[i].0;
                phrase.rsplit(' ').next().unwrap_or(phrase)
            })
        })
        .get(last)
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
fn negation_word(w: &str) -> bool {
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
        best.and_then(|(q, start)| self.negated(q, start))
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

    /// The index of the word a change verb would stand at for an amount starting at `at`.
    pub(super) fn verb_index(&self, at: usize) -> usize {
        let mut k = at;
        while k > 0
            && matches!(
                self.low(k - 1),
                "just" | "only" | "another" | "further" | "some" | "by"
            )
        {
            k -= 1;
        }
        k.saturating_sub(1)
    }

    /// The change verb or adverb governing an amount that starts at `at` (after any
    /// qualifier): "rose 5%", "fell by 3 points", "up nearly 57%".
    pub(super) fn change_before(&self, at: usize) -> Option<(bool, bool, bool)> {
        let mut k = at;
        while k > 0
            && matches!(
                self.low(k - 1),
                "just" | "only" | "another" | "further" | "some"
            )
        {
            k -= 1;
        }
        // "lost an average 14.9%", "cut by an estimated 11,000 tonnes", "decreased a
        // slight 0.6%", "rose an unexpectedly sharp 1.8%": the change's size described
        // between the verb and the amount.
        if let Some(article) = self.change_size_phrase(k) {
            k = article;
        }
        // "slipped by an average of £8,900", "will increase by a total of about £7.5
        // billion" ("climbing a total of 3,800m" without "by" is the total climbed, not a
        // change: decision 761).
        if k >= 3
            && self.low(k - 1) == "of"
            && matches!(self.low(k - 3), "a" | "an")
            && (self.low(k - 2) == "average"
                || (self.low(k - 2) == "total" && k >= 4 && self.low(k - 4) == "by"))
        {
            k -= 3;
        }
        // "increase their taxes by the maximum 5 per cent": the limit's article between
        // "by" and the bound (decision 761).
        if k >= 2
            && self.low(k - 1) == "the"
            && matches!(self.low(k), "maximum" | "minimum")
            && self.low(k - 2) == "by"
        {
            k -= 1;
        }
        // "wiping out $200bn".
        if k >= 2
            && self.low(k - 1) == "out"
            && matches!(self.low(k - 2), "wiped" | "wiping" | "wipes" | "wipe")
        {
            k -= 1;
        }
        // "jumped as much as 7.8%", "fell as many as 40 places".
        if k >= 3
            && self.low(k - 1) == "as"
            && matches!(self.low(k - 2), "much" | "many")
            && self.low(k - 3) == "as"
        {
            k -= 3;
        }
        let mut by = false;
        if k > 0 && self.low(k - 1) == "by" {
            k -= 1;
            by = true;
        }
        let w = self.low(k.checked_sub(1)?);
        if !self.is_word(k - 1) {
            // "fell the least, by 3%", "rose again, by 1.2%": a verb of change, a word or
            // two of degree, then a comma before "by" (decision 787).
            if by && self.is_sym(k - 1, ',') {
                return self.change_before_comma(k - 1).map(|c| (c, false, true));
            }
            // "cut the price of the ID.3 by 10%", "rose in 2023 by 5%": a number ends
            // the words between a verb of change and "by".
            return (by && self.is_num(k - 1))
                .then(|| self.verb_object_by(k))
                .flatten()
                .map(|c| (c, false, true));
        }
        // "making up nearly 5pc", "cough up more than £251", "racked up 150 goals": "up"
        // is the particle of a verb of forming, paying or piling up, not a rise
        // (`words/up_particle_verbs.txt`, decision 709).
        if w == "up" && k >= 2 && words::UP_PARTICLE_VERBS.contains(self.low(k - 2)) {
            return None;
        }
        if self.imperative_add(k - 1) {
            return None;
        }
        // "did not rise above $20", "is not expected to fall below 3,000", "did not grow
        // 5%": a negated verb states no change (rule `negated_change_verb`); "did not
        // rise by more than 3%", "did not fall more than 2%" still bound the size of one.
        let size_bound = matches!(self.low(at), "more" | "less" | "fewer" | "as");
        if !by && !size_bound && self.verb_negated(k - 1) {
            return None;
        }
        if let Some(c) = words::change_word(w) {
            if c && !by && self.height_after(at) {
                return None;
            }
            return Some((c, matches!(w, "up" | "down"), by));
        }
        if by && let Some(c) = self.direction_by(k - 1) {
            return Some((c, false, true));
        }
        // "jobs to expand by 490,000", "was raised by 25 basis points": a verb of change
        // of an object, its object before it.
        if by && let Some(c) = words::change_verb_with_object(w) {
            return Some((c, false, true));
        }
        if by {
            // "also rose, collectively by 85%": an adverb in "-ly" after the comma.
            if w.ends_with("ly")
                && k >= 3
                && self.is_sym(k - 2, ',')
                && let Some(c) = self.change_before_comma(k - 2)
            {
                return Some((c, false, true));
            }
            return self.verb_object_by(k - 1).map(|c| (c, false, true));
        }
        None
    }

    /// Where "a"/"an" opens a description of a change's size that ends right before `at`:
    /// a size adjective ("a slight", "an average", "a smaller"), after an adverb in "-ly"
    /// ("an unexpectedly sharp"). The adjectives are `words/change_size_adjectives.txt`.
    fn change_size_phrase(&self, at: usize) -> Option<usize> {
        if at < 2 || !words::CHANGE_SIZE_ADJECTIVES.contains(self.low(at - 1)) {
            return None;
        }
        let mut k = at - 1;
        // "an unexpectedly sharp", "a relatively modest": an adverb of degree first.
        if k >= 2 && self.is_word(k - 1) && self.low(k - 1).ends_with("ly") {
            k -= 1;
        }
        (k >= 1 && matches!(self.low(k - 1), "a" | "an")).then(|| k - 1)
    }

    /// "raised its main rate by 25 basis points", "cut the forecast by half a point",
    /// "increased its full-year revenue forecast by $1.3 billion", "cut its sales forecast
    /// for the third time this year by 2%": a verb of change, its object (at most twelve
    /// tokens), then "by" at `by`. Numbers inside the object ("cut
    /// CO2 emissions by", "slashed prices across 9 models by", "the ID.3 by") and hyphens
    /// inside its words ("full-year", "second-quarter") are stepped over; "to", "and", "which",
    /// "was" and the like end the search, and "that" unless a period follows it ("in that
    /// time").
    fn verb_object_by(&self, by: usize) -> Option<bool> {
        let mut v = by;
        for _ in 0..12 {
            if v > 1 && self.is_num(v - 1) && self.is_word(v - 2) {
                v -= 1;
            }
            // "the ID.3 by": a dotted model name in the object.
            if v > 2
                && self.is_num(v - 1)
                && self.is_sym(v - 2, '.')
                && self.attached(v - 1)
                && self.attached(v - 2)
                && self.is_word(v - 3)
            {
                v -= 2;
            }
            if v > 1 && self.is_sym(v - 1, '-') && self.attached(v - 1) && self.is_word(v - 2) {
                v -= 1;
            }
            if v == 0 || !self.is_word(v - 1) {
                return None;
            }
            v -= 1;
            let w = self.low(v);
            // "increased in that time by 2 percent": "that" before a period is no clause.
            let that_period = w == "that"
                && (matches!(self.low(v + 1), "time" | "period")
                    || words::PERIOD_NOUNS.contains(self.low(v + 1)));
            if matches!(
                w,
                "by" | "to" | "and" | "but" | "which" | "that" | "was" | "were"
            ) && !that_period
            {
                return None;
            }
            if let Some(c) = words::change_word(w).or_else(|| words::change_verb_with_object(w)) {
                // "pushing up the price of a chocolate bar by 50p", "drove down costs by
                // 9%": "up" or "down" after a verb of pushing is the change (decision 787).
                let particle = matches!(w, "up" | "down");
                let pushed = particle
                    && v > 0
                    && self.is_word(v - 1)
                    && words::PUSH_PARTICLE_VERBS.contains(self.low(v - 1));
                return (!particle || pushed).then_some(c);
            }
        }
        None
    }

    /// "revised upward by four bushels per acre", "rocketed higher by 77.1%": an adverb of
    /// direction at `adv` (`words/direction_adverbs.txt`) after a verb that moves a figure
    /// (`words/direction_verbs.txt`) or a verb of change, before "by": the amount is a
    /// change that way. "were 3% higher" (no verb of moving) stays a comparison.
    fn direction_by(&self, adv: usize) -> Option<bool> {
        let c = words::direction_adverb(self.low(adv))?;
        if adv == 0 || !self.is_word(adv - 1) {
            return None;
        }
        let v = self.low(adv - 1);
        let moves = words::DIRECTION_VERBS.contains(v)
            || (!matches!(v, "up" | "down") && words::change_word(v).is_some());
        moves.then_some(c)
    }

    /// Whether a negation governs the verb at `v`: "did not rise", "hasn't fallen", "is
    /// not expected to climb", "never rose", across only the auxiliaries and verbs of
    /// expecting of `words/negated_verb_links.txt`, so "did not stop prices rising" and
    /// "not only rose" keep their change.
    pub(super) fn verb_negated(&self, v: usize) -> bool {
        for k in self.words_back(v, 4) {
            let w = self.low(k);
            if negation_word(w) {
                return true;
            }
            if !words::NEGATED_VERB_LINKS.contains(w) {
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

    /// "Add 200 g of flour", "then add 2 cups": "add" as an instruction (opening the
    /// sentence or after "then") puts an amount in; it is no rise.
    fn imperative_add(&self, v: usize) -> bool {
        self.low(v) == "add" && (v == 0 || self.low(v - 1) == "then")
    }
}
