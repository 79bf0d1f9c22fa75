//! From-to ranges whose second end has an adjective of size before it, or whose first
//! end is dated by two years joined by "and" (issue 17, branch exleft30, decision 598);
//! whose first end has "just" or "only" after "from", or whose second end is named "a
//! total of" (branch exnew44, decision 795); and a list of three consecutive numbers in
//! words before "or" ("six, seven or eight"), whose last two close the range (branch
//! expeer46, decision 830); and whose second end has a bound or limiting word before it
//! ("from 2,000 tons to more than 6,800 tons", branch exvalue49, decision 869); and no
//! range when both ends carry a bound ("from about 1,200 to more than 5,000", branch
//! exqual67, decision 1351).

use super::finish::Draft;
use super::*;

/// Whether a qualifier phrase (`bound_words_at`) is passed before the second end of a
/// range: every bound ("over", "more than", "at least", "as many as", "a maximum of") and a
/// one-word approximation ("nearly", "almost", "some"), but not "about" and its kind
/// (`words/second_end_approx.txt`, `approx_on_second_end`'s) nor an approximation of more
/// words ("an estimated", "close to"), which a held-back part writes as a figure of its
/// own after the "to" of a from-to pair.
pub(super) fn passed_on_second_end(phrase: &str, q: QualCode) -> bool {
    !words::SECOND_END_APPROX.contains(phrase) && (q != QualCode::Approx || !phrase.contains(' '))
}

/// A limiting adverb before a figure: "just", "only" ("from just 25 pups", "to just 197").
fn limiting_adverb(w: &str) -> bool {
    matches!(w, "just" | "only")
}

impl SentenceReader<'_> {
    /// "to an astounding 137 million", "to a whopping $7 million": "a"/"an" and an
    /// adjective of size or surprise (`words/second_end_adjectives.txt`) at `k`, right
    /// before the second end of a from-to range (a figure or a currency), passed over as
    /// "about" is. Returns how many tokens to pass (0 or 2).
    pub(super) fn adjective_on_second_end(&self, k: usize) -> usize {
        let ok = matches!(self.low(k), "a" | "an")
            && self.is_word(k)
            && self.is_word(k + 1)
            && words::SECOND_END_ADJECTIVES.contains(self.low(k + 1))
            && (self.is_num(k + 2) || self.currency_from(k + 2).is_some());
        if ok { 2 } else { 0 }
    }

    /// The tokens `adjective_on_second_end` passes at `k` after the "to" of a range whose
    /// first end `a` is opened by "from" (none otherwise).
    pub(super) fn adjective_after_from(&self, a: &Amt, sep: &str, k: usize) -> usize {
        let from = sep == "to" && a.first > 0 && self.low(a.first - 1) == "from";
        if from {
            self.adjective_on_second_end(k)
        } else {
            0
        }
    }

    /// Rule `from_limiting_adverb` (decision 795): "just" or "only" (`w`, at `k`) right
    /// after "from" and before the first end opens a from-to range as "from" alone does
    /// ("increased from just 25 pups in 2001 to 4000 in 2020").
    pub(super) fn limiting_adverb_after_from(&self, k: usize, w: &str) -> bool {
        limiting_adverb(w) && k > 0 && self.low(k - 1) == "from"
    }

    /// Rule `total_on_second_end` (decision 795): "a total of" at `k`, after the "to" of a
    /// range whose first end `a` is opened by "from" (or "from just"), names the second
    /// end ("surging 72.2% from 15,905 to a total of 27,392 units" is one range, 15,905 to
    /// 27,392). Returns how many tokens to pass (0 or 3). Without "from" it is a level
    /// reached ("up by £140 to a total of £5,308").
    pub(super) fn total_after_from(&self, a: &Amt, sep: &str, k: usize) -> usize {
        let opened = a.first > 0
            && (self.low(a.first - 1) == "from"
                || self.limiting_adverb_after_from(a.first - 1, self.low(a.first - 1)));
        let total = self.low(k) == "a"
            && self.low(k + 1) == "total"
            && self.low(k + 2) == "of"
            && (self.is_num(k + 3) || self.currency_from(k + 3).is_some());
        if sep == "to" && opened && total { 3 } else { 0 }
    }

    /// "from 99,000 per weekend in 2015 and 2016 to 125,000": an "and" at `k` between
    /// two years (a calendar year, or a school or fiscal year "2012-13" before it) is
    /// part of the first end's date, not a clause of its own.
    pub(super) fn and_between_years(&self, k: usize) -> bool {
        self.low(k) == "and"
            && k > 0
            && (self.year_at(k - 1) || self.split_year_end(k - 1))
            && self.year_at(k + 1)
    }

    /// "six, seven or eight perfect darts", "two, three or four days": three consecutive
    /// whole numbers spelled in words, the first two joined by a comma and the last by
    /// "or", are one vague range (real cy's gold). Given the first end `a` and the comma
    /// at `j`, returns where the "or" stands. Lists in digits ("2, 3 or 4 hours") stay
    /// separate figures (decision 407).
    pub(super) fn consecutive_word_list(&self, a: &Amt, j: usize) -> Option<usize> {
        if !self.is_sym(j, ',') || !a.words || a.cur.is_some() || a.scale > 0 {
            return None;
        }
        let word = |k: usize| {
            if self.is_word(k) {
                number::small_number_word(self.low(k)).map(|v| v as f64)
            } else {
                None
            }
        };
        let middle = word(j + 1)?;
        // "six, seven, or eight": an Oxford comma before "or".
        let or_at = if self.is_sym(j + 2, ',') {
            j + 3
        } else {
            j + 2
        };
        let last = word(or_at + 1)?;
        (self.low(or_at) == "or"
            && a.value.fract() == 0.0
            && middle == a.value + 1.0
            && last == middle + 1.0)
            .then_some(or_at)
    }

    /// Rule `bound_after_from` (decision 869): how many tokens of a qualifier phrase
    /// (`bound_words_at`, as `passed_on_second_end` filters them: "over", "nearly", "more
    /// than", "just over", "as many as"; decision 924) or a limiting word ("just", "only")
    /// stand at `k` right before a figure, a currency or a number word; 0 for none. Only
    /// the caller knows the range was opened by "from".
    pub(super) fn bound_before_second_end(&self, k: usize) -> usize {
        let figure = |at: usize| {
            self.is_num(at)
                || self.currency_from(at).is_some()
                || (self.is_word(at) && number::small_number_word(self.low(at)).is_some())
        };
        if let Some((_, at)) = self.bound_words_at(k, passed_on_second_end, figure) {
            at - k
        } else if self.is_word(k) && limiting_adverb(self.low(k)) && figure(k + 1) {
            1
        } else {
            0
        }
    }

    /// The tokens `bound_before_second_end` passes at `k` after the "to" of a range whose
    /// first end `a` is opened by "from" (or "from just"): "rose from 2.5 million in
    /// 2011/12 to over 3.1 million", "fell from 416 to just 197" are one range, as every
    /// readable gold writes them (decision 129 for from-to pairs). Without "from" a bound
    /// after "to" stays the level reached ("rose 12% to more than $3 billion").
    pub(super) fn bound_after_from(&self, a: &Amt, sep: &str, k: usize) -> usize {
        // "from about 550,000 to more than two million": an approximation word may stand
        // between "from" and the first end.
        let approx_first = a.first >= 2
            && words::SECOND_END_APPROX.contains(self.low(a.first - 1))
            && self.low(a.first - 2) == "from";
        let opened = a.first > 0
            && (self.low(a.first - 1) == "from"
                || approx_first
                || self.limiting_adverb_after_from(a.first - 1, self.low(a.first - 1)));
        if sep == "to" && opened {
            self.bound_before_second_end(k)
        } else {
            0
        }
    }

    /// Rule `bounds_on_both_ends` (decision 1351): "from about 1,200 to more than 5,000",
    /// "as low as $45 to over $100", "from nearly 40,000 tonnes to less than 25,000
    /// tonnes": when the first end `a` carries a qualifier phrase of its own (read into
    /// `m` before it) and so does the second end `b`, the two are separate figures, each
    /// with its own qualifier, as the readable golds write them (8 to 2). A bound on the
    /// second end alone keeps the range ("from 2,000 tons to more than 6,800 tons",
    /// decision 869), as does an approximation opening the range ("between about 3% and
    /// 5%", "from approximately $24 to $86"), "in the range of" (decision 432) and ends
    /// named as extremes (`words/range_extreme_words.txt`: "from a minimum of approximately
    /// $740 to a maximum of $7,395").
    pub(super) fn bounds_on_both_ends(&self, a: &Amt, m: &Draft, b: &Amt) -> bool {
        let extreme = |from: usize, to: usize| {
            (from.saturating_sub(2)..to).any(|k| words::RANGE_EXTREME_WORDS.contains(self.low(k)))
        };
        let first_bounded = m.qual.is_some()
            && m.first < a.first
            && !m.between
            && !extreme(m.first, a.first)
            && self
                .match_pattern(m.first, "in the range of", false)
                .is_none();
        first_bounded
            && [b.first, b.num].into_iter().any(|at| {
                self.qualifier_before(at)
                    .is_some_and(|(_, start)| start >= a.end && !extreme(start, at))
            })
    }
}
