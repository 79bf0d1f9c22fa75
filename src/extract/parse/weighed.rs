//! "pounds" weighed where the sentence also names a contest or a win: "a giant pumpkin
//! weighing in at 1,985 pounds", "The sheep that won the Big Ram is more than 400 pounds"
//! (decision 485). `senses.tsv` counts "won" as a money cue and a tie goes to money, so
//! these read `pound sterling`; the weighing verb nearer the figure, or a weighed thing
//! that the figure is said to be, decides first.

use super::*;
use crate::units::{registry, senses};

impl SentenceReader<'_> {
    /// Whether "pounds" after the figure beginning at `first` is a weight because the
    /// sentence weighs: the nearest word before it that `senses.tsv` counts as a money
    /// cue or that begins with "weigh" is the weighing one ("weighing in at", "after
    /// weighing"), or a copula before it has a thing weighed whole for its subject
    /// (`words/weighed_things.txt`). A sentence that writes "£" or "sterling" is money.
    pub(super) fn pounds_weighed(&self, first: usize) -> bool {
        !self.writes_sterling() && (self.weighing_nearest(first) || self.weighed_subject(first))
    }

    /// Whether the sentence writes "£", "sterling", "GBP" or "quid"; found once.
    pub(super) fn writes_sterling(&self) -> bool {
        *self.memo.writes_sterling.get_or_init(|| {
            (0..self.n())
                .any(|k| self.raw(k) == "£" || matches!(self.low(k), "sterling" | "gbp" | "quid"))
        })
    }

    /// The nearest cue before `first`: a word in "weigh" (a weighing verb or "weight"),
    /// not a money cue of `senses.tsv` ("After weighing the offers, the club paid 300
    /// pounds" stays money) nor a sign.
    fn weighing_nearest(&self, first: usize) -> bool {
        let before = self.memo.weighing_before.get_or_init(|| {
            // One pass: the answer for each token, carried forward from the last cue.
            let mut nearest = false;
            let mut out = Vec::with_capacity(self.n());
            for k in 0..self.n() {
                out.push(nearest);
                if !self.is_word(k) {
                    if matches!(self.kind(k), Some(Kind::Sym('$' | '€' | '¥'))) {
                        nearest = false;
                    }
                    continue;
                }
                let w = self.low(k);
                if w.starts_with("weigh") {
                    nearest = true;
                } else if senses::sense("pounds", false, std::iter::once(w))
                    .is_some_and(|id| registry().get(id).dimension == "money")
                {
                    nearest = false;
                }
            }
            out
        });
        before.get(first).copied().unwrap_or(false)
    }

    /// "The sheep that won the Big Ram is more than 400 pounds", "The baby was 9 pounds":
    /// passing back over bounds (`words/weight_class_links.txt`), a copula, and before it
    /// (or before the first "that", "which" or "who" of the sentence) a thing weighed
    /// whole or an animal of a weight class.
    fn weighed_subject(&self, first: usize) -> bool {
        let mut c = first;
        while c > 0 && self.is_word(c - 1) && words::WEIGHT_CLASS_LINKS.contains(self.low(c - 1)) {
            c -= 1;
        }
        let Some(c) = c.checked_sub(1) else {
            return false;
        };
        if !matches!(self.low(c), "is" | "was" | "are" | "were") {
            return false;
        }
        let weighed = |k: usize| {
            self.is_word(k)
                && (words::WEIGHED_THINGS.contains(self.low(k))
                    || words::WEIGHT_CLASS_NOUNS.contains(self.low(k)))
        };
        let relative = self
            .memo
            .first_relative
            .get_or_init(|| {
                (1..self.n()).find(|&k| matches!(self.low(k), "that" | "which" | "who"))
            })
            .filter(|&r| r < c);
        // "The baby, who won ...": a comma may stand before the relative word.
        let head = relative.map(|r| {
            if self.is_sym(r - 1, ',') {
                r.saturating_sub(2)
            } else {
                r - 1
            }
        });
        (c > 0 && weighed(c - 1)) || head.is_some_and(weighed)
    }
}
