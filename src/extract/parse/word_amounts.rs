//! Amounts written in words: number words ("one hundred and sixty-two", "a million"),
//! fractions ("two-thirds of"), scale words and vague plurals ("dozens of", "tens of
//! thousands of"). Digits and what is glued to them live in `amounts.rs`.

use super::*;

/// The most words a number written in words is read over: "nine hundred and
/// ninety-nine" and a scale word are six words, so five scales (trillions to units) fit
/// in 29.
const MAX_NUMBER_WORDS: usize = 32;

/// Whether `w` (lower-cased) is a word an amount in words can begin with: a first word
/// of `fuzzy_plural` ("dozens", "tens", "hundreds", "thousands", "millions",
/// "billions"), of `fraction_forms` and `article_amount` ("half", "a", "an") or a word of
/// `number::small_number_word` ("zero" … "nineteen", the tens, "dozen"). Any other word
/// makes `word_amount` return `None`, so it is turned away here, by its length and a few
/// fixed-length comparisons (a word added to one of those readers is added here).
/// Always inlined: `read` asks it of every word (decision 1421).
#[inline(always)]
pub(super) fn may_begin_word_amount(w: &str) -> bool {
    match w.len() {
        1 => w == "a",
        2 => w == "an",
        3 => matches!(w, "one" | "two" | "six" | "ten"),
        4 => matches!(w, "zero" | "four" | "five" | "nine" | "half" | "tens"),
        5 => matches!(
            w,
            "three" | "seven" | "eight" | "forty" | "fifty" | "sixty" | "dozen"
        ),
        6 => matches!(
            w,
            "eleven" | "twelve" | "twenty" | "thirty" | "eighty" | "ninety" | "dozens"
        ),
        7 => matches!(w, "fifteen" | "sixteen" | "seventy"),
        8 => matches!(
            w,
            "thirteen"
                | "fourteen"
                | "eighteen"
                | "nineteen"
                | "hundreds"
                | "millions"
                | "billions"
        ),
        9 => matches!(w, "seventeen" | "thousands"),
        _ => false,
    }
}

impl<'a> SentenceReader<'a> {
    /// Reads number words at `i`: "nine", "one hundred and sixty-two", "a million",
    /// "two-thirds of", "dozens of", "tens of thousands of". Called at every word of a
    /// sentence: most words are rejected by [`may_begin_word_amount`] without a call.
    #[inline(always)]
    pub(super) fn word_amount(&self, i: usize) -> Option<Amt> {
        let w = self.low(i);
        if !may_begin_word_amount(w) {
            return None;
        }
        self.word_amount_at(i, w)
    }

    /// [`Self::word_amount`] for a word that may begin an amount.
    fn word_amount_at(&self, i: usize, w: &'a str) -> Option<Amt> {
        let first_char_ok = w.as_bytes().first().is_some_and(|b| b.is_ascii_lowercase());
        if !first_char_ok {
            return None;
        }
        if let Some(a) = self.fuzzy_plural(i, w) {
            return Some(a);
        }
        if let Some(a) = self.fraction_forms(i, w) {
            return Some(a);
        }
        // "a third of", "a quarter of", "a dozen", "a million".
        if w == "a" || w == "an" {
            if let Some(a) = self.article_amount(i) {
                return a;
            }
        } else if number::small_number_word(w).is_none() {
            return None;
        }
        self.number_words(i, w)
    }

    /// Fuzzy plurals: "dozens of", "hundreds of", "tens of thousands of".
    fn fuzzy_plural(&self, i: usize, w: &str) -> Option<Amt> {
        // Fuzzy plurals: "dozens of", "hundreds of", "tens of thousands of".
        let fuzzy_base = |w: &str| -> Option<i32> {
            match w {
                "tens" => Some(1),
                "hundreds" => Some(2),
                "thousands" => Some(3),
                "millions" => Some(6),
                "billions" => Some(9),
                _ => None,
            }
        };
        if w == "dozens" && self.low(i + 1) == "of" {
            return Some(self.fuzzy_amt(i, i + 2, 12.0, 120.0));
        }
        if let Some(p) = fuzzy_base(w)
            && self.low(i + 1) == "of"
        {
            let mut lo = 10f64.powi(p);
            let mut end = i + 2;
            // "tens of thousands of people", "tens of thousands marched".
            if let Some(q) = fuzzy_base(self.low(end))
                .filter(|&q| q >= 3)
                .or_else(|| number::scale_word(self.low(end)).filter(|&q| q >= 3))
            {
                lo *= 10f64.powi(q);
                end += if self.low(end + 1) == "of" { 2 } else { 1 };
            }
            return Some(self.fuzzy_amt(i, end, lo, lo * 10.0));
        }
        None
    }

    /// Number words at `i`: "one hundred and sixty-two", "two dozen", "two and a half",
    /// "two-thirds of".
    fn number_words(&self, i: usize, w: &str) -> Option<Amt> {
        if w == "dozen" {
            // "a dozen" is read above; a bare "dozen" ("baker's dozen") is not a count.
            return None;
        }
        // Collect the following words, hyphens dropped: "sixty-two". At most
        // `MAX_NUMBER_WORDS`: a run of number words costs bounded work per token.
        let mut words: [&str; MAX_NUMBER_WORDS] = [""; MAX_NUMBER_WORDS];
        let mut idx: [usize; MAX_NUMBER_WORDS] = [0; MAX_NUMBER_WORDS];
        let mut n = 0;
        let mut k = i;
        while k < self.n() && n < MAX_NUMBER_WORDS {
            if self.is_word(k) {
                words[n] = self.low(k);
                idx[n] = k;
                n += 1;
                k += 1;
            } else if self.is_sym(k, '-')
                && self.attached(k)
                && self.attached(k + 1)
                && self.is_word(k + 1)
            {
                k += 1;
            } else {
                break;
            }
        }
        let (value, used) = number::read_number_words(&words[..n])?;
        let mut end = idx[used - 1] + 1;
        let mut value = value as f64;
        // "two dozen homes": dozens counted.
        if self.low(end) == "dozen" && self.is_word(end) && (2.0..=12.0).contains(&value) {
            value *= 12.0;
            end += 1;
        }
        if let Some((v, k)) = self.point_decimals(i, value, end) {
            return Some(self.simple_word_amt(i, k, v));
        }
        // "one-and-a-half times", "two and a half years", "three and a quarter cups",
        // "one and a half million".
        if let Some((f, k)) = self.and_a_fraction(end) {
            value += f;
            end = k;
            if let Some(p) = number::scale_word(self.low(end)).filter(|&p| p >= 3)
                && self.is_word(end)
                && value < 1000.0
            {
                value = scaled(value, p);
                end += 1;
            }
        }
        // A fraction: "two-thirds of", "three quarters of".
        // Without "of" only where a count cannot be meant: "cut by two-thirds",
        // "reduced by two thirds" (but "two quarters" are periods).
        let hyphen = self.is_sym(end, '-');
        let next = if hyphen { end + 1 } else { end };
        // "three quarters of a billion", "two thirds of a million": a fraction of a
        // scale is a number.
        if let Some(d) = words::fraction_word(self.low(next))
            && value < d
            && self.low(next + 1) == "of"
            && matches!(self.low(next + 2), "a" | "an")
            && let Some(v) = Self::scale_value(self.low(next + 3))
        {
            return Some(self.simple_word_amt(i, next + 4, value / d * v));
        }
        if let Some(d) = words::fraction_word(self.low(next))
            && value < d * 4.0
            && !self.quarters_as_periods(i, next)
            && (self.low(next + 1) == "of"
                || (value < d
                    && value >= 1.0
                    && (hyphen
                        || (!matches!(self.low(next), "quarters" | "halves")
                            && (!self.is_word(next + 1)
                                || words::is_stopword(self.low(next + 1)))))))
        {
            return Some(self.fraction_amt(i, next + 1, value / d));
        }
        let _ = &mut end;
        if value > number::MAX_SCALED_MAGNITUDE {
            value = number::MAX_SCALED_MAGNITUDE;
        }
        Some(self.simple_word_amt(i, end, value))
    }

    /// Rule `quarters_as_periods` (decision 1172): after a word of
    /// `words/quarter_period_openers.txt` quarters are periods counted, not a fraction: "in
    /// the first three quarters of 2011" (3 `quarter`); "three quarters of voters" stays a
    /// share, and so does a fraction of "a" or "an" ("the last three quarters of a century").
    fn quarters_as_periods(&self, i: usize, next: usize) -> bool {
        i > 0
            && self.low(next) == "quarters"
            && words::QUARTER_PERIOD_OPENERS.contains(self.low(i - 1))
            && !matches!(self.low(next + 2), "a" | "an")
    }

    pub(super) fn simple_word_amt(&self, i: usize, end: usize, value: f64) -> Amt {
        Amt {
            first: i,
            num: i,
            end,
            value,
            raw: value,
            scale: 0,
            cur: None,
            plus: false,
            words: true,
            fuzzy: None,
            plain_digits: None,
            fraction: false,
            sym_qual: None,
            proportion: false,
            multiplier: false,
            symbol: None,
        }
    }

    /// The value of a scale word that can follow "half a": "million", "dozen".
    pub(super) fn scale_value(w: &str) -> Option<f64> {
        match w {
            "dozen" => Some(12.0),
            "hundred" => Some(100.0),
            _ => number::scale_word(w)
                .filter(|&p| p >= 3)
                .map(|p| 10f64.powi(p)),
        }
    }

    pub(super) fn fuzzy_amt(&self, i: usize, end: usize, lo: f64, hi: f64) -> Amt {
        let mut a = self.simple_word_amt(i, end, lo);
        a.fuzzy = Some((lo, hi));
        a
    }

    pub(super) fn fraction_amt(&self, i: usize, end: usize, value: f64) -> Amt {
        let mut a = self.simple_word_amt(i, end, value);
        a.fraction = true;
        a
    }
}

#[cfg(test)]
mod tests {
    use super::may_begin_word_amount;
    use crate::value::number;

    /// Every word `small_number_word` reads, and the first words of the fuzzy plurals,
    /// fractions and articles, pass the quick reject; a word of none of them does not.
    #[test]
    fn the_quick_reject_admits_every_first_word() {
        for w in number::ONES.iter().chain(&number::TENS).chain(&["dozen"]) {
            assert!(number::small_number_word(w).is_some(), "{w}");
            assert!(may_begin_word_amount(w), "{w}");
        }
        let others = [
            "dozens",
            "tens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
        ];
        for w in others.iter().chain(&["half", "a", "an"]) {
            assert!(may_begin_word_amount(w), "{w}");
        }
        for w in [
            "", "the", "hundred", "million", "quarter", "third", "several", "onee",
        ] {
            assert!(!may_begin_word_amount(w), "{w}");
            assert!(number::small_number_word(w).is_none(), "{w}");
        }
    }
}
