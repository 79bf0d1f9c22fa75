//! The second end of a range after its separator: where it starts (past a bound, an
//! adverb after "or", "as many as" or a named high: `second_end_start`) and how it is
//! read (a sign or "minus" before it, digits with a money scale, "a"/"an" before a unit).
//! The separator, the adjunct before "to" and the checks on both ends are `range.rs`'s.

use super::*;

impl SentenceReader<'_> {
    /// Whether a minus glued to digits stands at `num` after the word separator at `j`
    /// ("to -5", "and -3"): the second end of a range is negative.
    pub(super) fn negative_end(&self, j: usize, num: usize) -> bool {
        self.is_word(j)
            && matches!(self.kind(num), Some(Kind::Sym('-' | '−')))
            && self.attached(num + 1)
            && self.is_num(num + 1)
            && !self.attached(num)
    }

    /// "from -5 to +5", "between -2 and +2": a plus sign glued to digits at `num` after a
    /// negative first end opened by "from" or "between" marks the side of zero, not a
    /// rise ("index -3 pts to +1" is a move, two figures).
    pub(super) fn plus_after_negative(&self, a: &Amt, num: usize) -> bool {
        a.value < 0.0
            && a.first > 0
            && matches!(self.low(a.first - 1), "from" | "between")
            && self.is_sym(num, '+')
            && self.attached(num + 1)
            && self.is_num(num + 1)
    }

    /// The signed second end at `num` ("to -5", "to +5"): a minus makes it negative, and
    /// a minus needs a unit after it or a negative first end to be a measure ("from 3 to
    /// -2" alone may be a score).
    pub(super) fn signed_second_end(&self, a: &Amt, num: usize) -> Option<Amt> {
        let mut b = self.digit_amount(num + 1, true).ok()?;
        let minus = !self.is_sym(num, '+');
        let measure = !minus || a.value < 0.0 || self.unit_at(b.end).is_some();
        if b.first != num + 1 || b.cur.is_some() || !measure {
            return None;
        }
        if minus {
            b.value = -b.value;
            b.raw = -b.raw;
        }
        b.first = num;
        Some(b)
    }

    /// "minus 5 to minus 10 degrees": after a negative first end, "minus" before digits
    /// at `num` signs the second end.
    pub(super) fn minus_word_second_end(&self, a: &Amt, has_cur: bool, num: usize) -> Option<Amt> {
        if has_cur || a.value >= 0.0 || self.low(num) != "minus" || !self.is_num(num + 1) {
            return None;
        }
        let mut b = self.digit_amount(num + 1, true).ok()?;
        if b.first != num + 1 || b.cur.is_some() {
            return None;
        }
        b.value = -b.value;
        b.raw = -b.raw;
        b.first = num;
        Some(b)
    }

    /// "from 16.3 percent … to about 17.5 percent": an approximation word at `k`, right
    /// before the second end of a from-to range, is passed over (the range stays one).
    /// Only after "from": "5 to about 8" without it may be a change and its level.
    pub(super) fn approx_on_second_end(&self, k: usize) -> bool {
        self.is_word(k)
            && words::SECOND_END_APPROX.contains(self.low(k))
            && (self.is_num(k + 1) || self.currency_from(k + 1).is_some())
    }

    /// "7 or even 8 years", "$5,000 or perhaps $10,000": an adverb of degree after the
    /// "or" of two alternatives, passed over before the second (`words/or_adverbs.txt`).
    pub(super) fn adverb_after_or(&self, sep: &str, k: usize) -> bool {
        sep == "or"
            && self.is_word(k)
            && words::OR_ADVERBS.contains(self.low(k))
            && (self.is_num(k + 1) || self.currency_from(k + 1).is_some())
    }

    /// Whether "a low of" stands right before `at`, itself after "from" or "between"
    /// ("from a low of $2.45 to a high of $2.79", "between a low of 12 and a high of 30").
    pub(super) fn low_extreme_before(&self, at: usize) -> bool {
        at >= 4
            && self.named_extreme(at - 3, "low")
            && matches!(self.low(at - 4), "from" | "between")
    }

    /// "40 to over 60 bushels", "5 to almost 8 percent": a qualifier phrase before the
    /// second end of a range is passed over (`bound_words_at`, filtered by
    /// `passed_on_second_end`: not "about" and its kind, which `approx_on_second_end`
    /// passes only after "from": "5 to about 8" without it may be a change and its level).
    /// Not after "from": `bound_after_from` reads those ("rose from 10 to over 20").
    /// Returns how many tokens to pass.
    fn bound_on_second_end(&self, a: &Amt, sep: &str, k: usize) -> usize {
        if sep != "to" || (a.first > 0 && self.low(a.first - 1) == "from") {
            return 0;
        }
        let figure = |at: usize| self.is_num(at) || self.currency_from(at).is_some();
        self.bound_words_at(k, super::range_ends::passed_on_second_end, figure)
            .map_or(0, |(_, at)| at - k)
    }

    /// Whether the words at `k` are "a `word` of" ("a low of", "a high of").
    fn named_extreme(&self, k: usize, word: &str) -> bool {
        self.low(k) == "a" && self.low(k + 1) == word && self.low(k + 2) == "of"
    }

    /// "between 45 minutes and an hour", "from 50 cents to a dollar": "a"/"an" before a
    /// unit is one of it as the second end of a range opened by "between" or "from" whose
    /// first end has a unit or a currency (decision 431), or after "to" when the first
    /// end is itself written with an article before the same unit (`article_on_both_ends`).
    pub(super) fn article_unit_end(&self, a: &Amt, sep: &str, num: usize) -> bool {
        let opener = a.first.checked_sub(1).map(|o| self.low(o));
        let opened = match sep {
            "and" => opener == Some("between"),
            "to" => opener == Some("from") || self.article_on_both_ends(a, num),
            _ => false,
        };
        opened
            && matches!(self.low(num), "a" | "an")
            && (a.cur.is_some() || self.unit_at(a.end).is_some())
            && self.unit_at(num + 1).is_some()
    }

    /// Rule `article_on_both_ends` (decision 1057): "half a metre to a metre", "half an
    /// hour to an hour": a first end in words whose unit follows an article ("half a")
    /// and a second end of "a"/"an" before the same unit are one range with no opener.
    fn article_on_both_ends(&self, a: &Amt, num: usize) -> bool {
        let unit_name = |k: usize| self.unit_at(k).map(|(u, _)| u.name.as_str());
        a.words
            && a.end > a.first
            && matches!(self.low(a.end - 1), "a" | "an")
            && unit_name(a.end).is_some()
            && unit_name(a.end) == unit_name(num + 1)
    }

    /// Where the second end of a range starts after the separator at `j`: past a bound
    /// or an adverb on the second end ("to about 20"), an adjective after "from" ("to an
    /// astounding 137 million"), "as many as" and a named high ("to a high of $2.79").
    pub(super) fn second_end_start(&self, a: &Amt, sep: &str, j: usize) -> usize {
        let mut k = j + 1;
        let bound = self.bound_on_second_end(a, sep, k);
        if bound > 0 {
            k += bound;
        } else if self.adverb_after_or(sep, k)
            || (sep == "to"
                && a.first > 0
                && self.low(a.first - 1) == "from"
                && self.approx_on_second_end(k))
        {
            k += 1;
        }
        // "from 83 million hours watched to an astounding 137 million" (decision 598).
        k += self.adjective_after_from(a, sep, k);
        // "from 15,905 to a total of 27,392 units" (rule `total_on_second_end`).
        k += self.total_after_from(a, sep, k);
        // "from 416 to just 197", "from 2,000 tons to more than 6,800 tons", "from 5,000
        // to as many as 8,000" (rule `bound_after_from`).
        k += self.bound_after_from(a, sep, k);
        // "from a low of $2.45 to a high of $2.79": the second end named as the high.
        if matches!(sep, "to" | "and")
            && a.first >= 3
            && self.named_extreme(a.first - 3, "low")
            && self.named_extreme(k, "high")
        {
            k += 3;
        }
        k
    }

    /// The second end of a range in digits at `num` (`cur`: the currency read before
    /// it), with a vulgar fraction, a money scale or a fraction of its own; `None` for a
    /// sign or glued letters before it.
    pub(super) fn digit_second_end(
        &self,
        a: &Amt,
        j: usize,
        num: usize,
        cur: Option<Cur>,
    ) -> Option<Amt> {
        if self.is_sym(num, '-') {
            return None;
        }
        let mut b = self.vulgar_on_second_end(self.digit_amount(num, cur.is_none()).ok()?);
        self.money_scale_on_second_end(a.cur.is_some() && cur.is_none(), &mut b);
        // "1/2 to 3/4 cup", "1/4-1/2 teaspoon", "1 to 1 1/2 cups" (after a whole
        // number, a dash and a fraction are a mixed number: "3-1/2-year", "14-1/4").
        if cur.is_none() && (self.is_slash_fraction(a) || self.is_word(j)) {
            self.fraction_on_second_end(&mut b);
        }
        // "5~10": the tilde read as the second end's "about" is the separator.
        if b.first == j && self.is_sym(j, '~') {
            b.first = num;
            b.sym_qual = None;
        }
        if b.first != num && cur.is_none() {
            // A sign or glued letters: "to -5", "to S22".
            b.cur?;
        }
        Some(b)
    }

    /// "£1.5-2m", "$5-10m": the second end of a range of money is read without the
    /// currency the first end carries, so a glued "m" or "b" after it, a metre or a
    /// name alone, is its scale there (`inherited`: the currency is the first end's).
    fn money_scale_on_second_end(&self, inherited: bool, b: &mut Amt) {
        let k = b.end;
        if inherited
            && b.scale == 0
            && self.is_word(k)
            && self.attached(k)
            && !(self.attached(k + 1)
                && (self.is_word(k + 1) || self.is_num(k + 1) || self.is_sym(k + 1, '²')))
            && let Some((p, true)) = lexicon::scale_abbrev(self.raw(k))
        {
            b.value *= 10f64.powi(p);
            b.scale = p;
            b.end = k + 1;
            b.plain_digits = None;
        }
    }
}
