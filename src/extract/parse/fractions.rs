//! Fractions written in words around an article or "half": "half a million", "half an
//! hour", "a quarter of a billion", "a third of", "a couple of", "a dozen", "a quarter
//! mile", and fractions as the size of a change ("fell by half", "by a third").

use super::*;

impl SentenceReader<'_> {
    /// Fractions of a scale or a unit, and fractions as the size of a change: "half a
    /// million", "half an hour", "fell by half", "by a third", "half their value", "half of".
    pub(super) fn fraction_forms(&self, i: usize, w: &str) -> Option<Amt> {
        // Every form below starts at "half", "a" or "an".
        if !matches!(w, "half" | "a" | "an") {
            return None;
        }
        // "half million people", "a half billion dollars": half of a scale word.
        if w == "half"
            && self.is_word(i + 1)
            && number::scale_word(self.low(i + 1)).is_some_and(|p| p >= 6)
            && !(i > 0 && self.low(i - 1) == "and")
        {
            let v = Self::scale_value(self.low(i + 1))?;
            return Some(self.simple_word_amt(i, i + 2, 0.5 * v));
        }
        // "half a million", "half a dozen": the fraction of a scale is a number.
        if w == "half"
            && matches!(self.low(i + 1), "a" | "an")
            && let Some(v) = Self::scale_value(self.low(i + 2))
            && !(i > 0 && matches!(self.low(i - 1), "a" | "an" | "and"))
        {
            return Some(self.simple_word_amt(i, i + 3, 0.5 * v));
        }
        // "a half hour", "every half mile": half of one unit, with no article after it.
        if w == "half"
            && i > 0
            && matches!(self.low(i - 1), "a" | "an" | "every" | "each" | "per")
            && self.is_word(i + 1)
            && self
                .unit_at(i + 1)
                .is_some_and(|(u, _)| u.dimension != "money")
        {
            return Some(self.simple_word_amt(i, i + 1, 0.5));
        }
        // "half a percentage point", "half an hour": half of one unit.
        if w == "half"
            && matches!(self.low(i + 1), "a" | "an")
            && self.unit_at(i + 2).is_some()
            && !(i > 0 && matches!(self.low(i - 1), "a" | "an" | "and"))
        {
            return Some(self.simple_word_amt(i, i + 2, 0.5));
        }
        // "cut deaths by a third", "fell by half": a fraction as the size of a change.
        let after_by = i > 0
            && (self.low(i - 1) == "by"
                || (i > 1
                    && self.low(i - 2) == "by"
                    && words::APPROX_AFTER_BY.contains(self.low(i - 1))));
        if after_by && w == "half" && !matches!(self.low(i + 1), "of" | "a" | "an") {
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        if after_by
            && matches!(w, "a" | "an")
            && let Some(d) = words::fraction_word(self.low(i + 1))
            && self.low(i + 1) != "half"
            && !matches!(self.low(i + 2), "of" | "-")
            && !self.is_sym(i + 2, '-')
        {
            return Some(self.fraction_amt(i, i + 2, 1.0 / d));
        }
        // "less than half that of their rivals", "lost nearly half their value".
        if w == "half"
            && matches!(
                self.low(i + 1),
                "that" | "those" | "the" | "its" | "their" | "his" | "her" | "our" | "this"
            )
            && !(i > 0 && matches!(self.low(i - 1), "a" | "first" | "second" | "other" | "the"))
        {
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        // Fractions with no numerator: "half of".
        if w == "half" && self.low(i + 1) == "of" {
            let before = i.checked_sub(1).map(|k| self.low(k)).unwrap_or("");
            if matches!(before, "first" | "second" | "latter" | "other" | "the") {
                return None;
            }
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        None
    }

    /// After "a"/"an": `Some(amount or none)` when the article decides ("a third of", "a
    /// couple of", "a dozen"), `None` to read number words ("a million").
    pub(super) fn article_amount(&self, i: usize) -> Option<Option<Amt>> {
        let next = self.low(i + 1);
        if let Some(d) = words::fraction_word(next)
            && next != "half"
            && self.low(i + 2) == "of"
        {
            // "a quarter of a million": a number, not a part of something.
            if matches!(self.low(i + 3), "a" | "an")
                && let Some(v) = Self::scale_value(self.low(i + 4))
            {
                return Some(Some(self.simple_word_amt(i, i + 5, v / d)));
            }
            // "a quarter of a percentage point": part of one unit.
            if matches!(self.low(i + 3), "a" | "an") && self.unit_at(i + 4).is_some() {
                return Some(Some(self.simple_word_amt(i, i + 4, 1.0 / d)));
            }
            return Some(Some(self.fraction_amt(i, i + 2, 1.0 / d)));
        }
        // "a couple of days".
        if next == "couple" && self.low(i + 2) == "of" {
            return Some(Some(self.simple_word_amt(i, i + 3, 2.0)));
        }
        if next == "half" && self.low(i + 2) == "of" {
            return Some(Some(self.fraction_amt(i, i + 2, 0.5)));
        }
        if let Some(a) = self.quarter_before(i) {
            return Some(Some(a));
        }
        if let Some(a) = self.a_currency_and_cents(i) {
            return Some(Some(a));
        }
        if next == "dozen" {
            return Some(Some(self.simple_word_amt(i, i + 2, 12.0)));
        }
        // "a half-dozen new directors".
        if next == "half" && self.is_sym(i + 2, '-') && self.low(i + 3) == "dozen" {
            return Some(Some(self.simple_word_amt(i, i + 4, 6.0)));
        }
        if next != "hundred" && number::scale_word(next).is_none() {
            return Some(None);
        }
        if next.ends_with('s') {
            return Some(None);
        }
        None
    }

    /// "a dollar fifty", "a euro 20": one of a currency named in words, read as the
    /// amount 1 when hundredths follow (`cents_after_currency` adds them); "a dollar"
    /// alone stays no amount.
    fn a_currency_and_cents(&self, i: usize) -> Option<Amt> {
        let (unit, end) = self.unit_at(i + 1)?;
        let whole = unit.dimension == "money" && unit.factor == crate::units::Factor::Fixed(1.0);
        let cents_follow = (self.is_num(end) && self.raw(end).len() == 2)
            || number::small_number_word(self.low(end)).is_some_and(|t| (10..100).contains(&t));
        (whole && self.is_word(i + 1) && cents_follow).then(|| self.simple_word_amt(i, i + 1, 1.0))
    }

    /// "a quarter mile", "a quarter-mile", "a quarter century", "a quarter billion": a
    /// quarter of one unit or of a scale, without "of". Only "quarter": "a third term"
    /// and "a fifth day" are ordinals.
    fn quarter_before(&self, i: usize) -> Option<Amt> {
        if self.low(i + 1) != "quarter" || !self.is_word(i + 1) {
            return None;
        }
        let k = i + 2;
        if let Some(v) = Self::scale_value(self.low(k)).filter(|&v| v >= 1e6) {
            return Some(self.simple_word_amt(i, k + 1, v / 4.0));
        }
        let unit_at = |k: usize| self.unit_at(k).is_some_and(|(u, _)| u.dimension != "money");
        let hyphen = self.is_sym(k, '-') && self.attached(k) && self.attached(k + 1);
        ((hyphen && unit_at(k + 1)) || (!hyphen && unit_at(k)))
            .then(|| self.simple_word_amt(i, k, 0.25))
    }

    /// "and a half", "-and-a-half", "and a quarter", "and three quarters", "and
    /// one-fourth", "and two-thirds" after a whole number at `k`: the fraction and the
    /// token after it.
    pub(super) fn and_a_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let mut k = k;
        let word = |k: &mut usize| {
            if self.is_sym(*k, '-') && self.attached(*k) {
                *k += 1;
            }
            let w = self.is_word(*k).then(|| self.low(*k));
            *k += 1;
            w
        };
        if word(&mut k)? != "and" {
            return None;
        }
        let n = match word(&mut k)? {
            "a" | "one" => 1.0,
            w => number::small_number_word(w).filter(|&n| n < 4)? as f64,
        };
        let hyphenated = self.is_sym(k, '-') && self.attached(k);
        let d = match word(&mut k)? {
            "half" if n == 1.0 => 2.0,
            "quarter" if n == 1.0 => 4.0,
            "quarters" if n > 1.0 => 4.0,
            w => Self::hyphenated_fraction(w, n, hyphenated)?,
        };
        Some((n / d, k))
    }

    /// "one-fourth", "two-thirds" after "and" in a mixed number ("three and one-fourth
    /// cups"): the denominator of a fraction word written with a hyphen, singular after
    /// "one" and plural after more (`words/fraction_words.txt`).
    fn hyphenated_fraction(w: &str, n: f64, hyphenated: bool) -> Option<f64> {
        let d = words::fraction_word(w).filter(|_| hyphenated)?;
        let plural = w.ends_with('s');
        (d > n && plural == (n > 1.0)).then_some(d)
    }
}
