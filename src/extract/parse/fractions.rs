//! Fractions written in words around an article or "half": "half a million", "half an
//! hour", "a quarter of a billion", "a third of", "a couple of", "a dozen", "a quarter
//! mile", and fractions as the size of a change ("fell by half", "by a third").

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// "1/2 pound of cheese", "2 1/2 pounds", "half a pound", "a pound of butter": a
    /// fraction written before "pound(s)", or "pound" in the singular before "of", is a
    /// weight, whatever the words around say (a sum of money is written with decimals or
    /// pence, and "pounds of" with a scale stays money: decision 343).
    pub(super) fn pound_fraction_is_weight(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = m.end.saturating_sub(1);
        if a.cur.is_some()
            || m.range
            || a.scale != 0
            || m.unit.as_ref().is_none_or(|u| u.name != "pound sterling")
            || !self.is_pounds(k)
            || k < a.end
        {
            return Ok(());
        }
        let written_fraction = (a.fraction && m.low < 1.0)
            || (a.num..a.end).any(|t| match self.kind(t) {
                Some(Kind::Sym(c)) => c == '/' || c == '⁄' || lexicon::vulgar_fraction(c).is_some(),
                _ => false,
            });
        let singular_of = self.low(k) == "pound" && self.low(m.end) == "of";
        if written_fraction || singular_of {
            m.unit = Some(FoundUnit::pounds(false));
        }
        Ok(())
    }

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
        // An "and" before it joins a mixed number only after a number ("two and half a
        // million"); "a decade and half a million pounds" joins two things (decision 594).
        if w == "half"
            && matches!(self.low(i + 1), "a" | "an")
            && let Some(v) = Self::scale_value(self.low(i + 2))
            && !(i > 0 && matches!(self.low(i - 1), "a" | "an"))
            && !(i > 1 && self.low(i - 1) == "and" && self.is_figure(i - 2))
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
        // "a couple hundred bucks", "a fiver" (rule `slang_amount`).
        if let Some(a) = self.slang_article_amount(i) {
            return Some(Some(a));
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
            // "the price of a dozen eggs": the pack priced, no count (rule `dozen_of_sale`).
            if self.dozen_of_sale(i) {
                return Some(None);
            }
            return Some(Some(self.simple_word_amt(i, i + 2, 12.0)));
        }
        // "a half-dozen new directors".
        if next == "half" && self.is_sym(i + 2, '-') && self.low(i + 3) == "dozen" {
            return Some(Some(self.simple_word_amt(i, i + 4, 6.0)));
        }
        if let Some(a) = self.unit_and_a_fraction(i) {
            return Some(Some(a));
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

    /// Rule `decimal_in_words`: "two point five percent", "one point two million
    /// dollars": digits spoken after "point" are the decimals of the whole number
    /// before it (ending at `end`), and a scale word may follow. The value and the token
    /// after it; "at one point" (a moment) stays as it is.
    pub(super) fn point_decimals(&self, i: usize, whole: f64, end: usize) -> Option<(f64, usize)> {
        let moment = whole == 1.0 && i > 0 && self.low(i - 1) == "at";
        if moment {
            return None;
        }
        let (digits, mut k) = self.spoken_point(end)?;
        let mut value: f64 = format!("{whole}.{digits}").parse().ok()?;
        if let Some(p) = number::scale_word(self.low(k)).filter(|&p| p >= 3)
            && self.is_word(k)
        {
            value = scaled(value, p);
            k += 1;
        }
        Some((value, k))
    }

    /// Rule `spoken_point` (decision 1021): the decimals spoken after a whole number,
    /// from `end`, the token after it: "point" spaced ("two point five", "3 point 2") or
    /// hyphened ("2-point-seven", "1-point-8"), then digit words below ten ("five two")
    /// or plain digits. The decimals as digits and the token after them.
    pub(super) fn spoken_point(&self, end: usize) -> Option<(String, usize)> {
        let hyphened = self.is_sym(end, '-')
            && self.attached(end)
            && self.attached(end + 1)
            && self.is_sym(end + 2, '-')
            && self.attached(end + 2)
            && self.attached(end + 3);
        let at = if hyphened { end + 1 } else { end };
        if self.low(at) != "point" || !self.is_word(at) || (!hyphened && self.attached(at)) {
            return None;
        }
        let mut k = at + 1 + usize::from(hyphened);
        if self.is_num(k) && (hyphened || !self.attached(k)) {
            let r = self.raw(k);
            let plain = r.bytes().all(|b| b.is_ascii_digit()) && r.len() <= 6;
            let glued_after = self.attached(k + 1)
                && matches!(self.kind(k + 1), Some(Kind::Sym('-' | ':' | '/')));
            return (plain && !glued_after).then(|| (r.to_string(), k + 1));
        }
        let mut digits = String::new();
        while let Some(d) = number::small_number_word(self.low(k)).filter(|&d| d < 10)
            && self.is_word(k)
            && digits.len() < 6
        {
            digits.push(char::from(b'0' + d as u8));
            k += 1;
        }
        (!digits.is_empty()).then_some((digits, k))
    }

    /// "a quarter mile", "a quarter-mile", "a quarter century", "a quarter billion": a
    /// quarter of one unit or of a scale, without "of"; and "a half-mile", "a half-hour"
    /// (`half_hyphen_unit`, decision 395: "a half mile" is read at "half", "a half-dozen"
    /// is six). Only "quarter" and "half": "a third term" and "a fifth day" are ordinals.
    fn quarter_before(&self, i: usize) -> Option<Amt> {
        let part = match self.low(i + 1) {
            "quarter" => 0.25,
            "half" => 0.5,
            _ => return None,
        };
        if !self.is_word(i + 1) {
            return None;
        }
        let k = i + 2;
        if let Some(v) = Self::scale_value(self.low(k)).filter(|&v| v >= 1e6 && part == 0.25) {
            return Some(self.simple_word_amt(i, k + 1, v / 4.0));
        }
        let unit_at = |k: usize| {
            self.unit_at(k)
                .is_some_and(|(u, _)| !matches!(u.dimension.as_str(), "money" | "count"))
        };
        let hyphen = self.is_sym(k, '-') && self.attached(k) && self.attached(k + 1);
        ((hyphen && unit_at(k + 1)) || (!hyphen && part == 0.25 && unit_at(k)))
            .then(|| self.simple_word_amt(i, k, part))
    }

    /// `unit_and_a_fraction` (decision 395): "a mile and a half", "an hour and a quarter",
    /// "a cup and a half of flour": one of a unit (no currency) and a fraction after it
    /// ([`Self::and_a_fraction`]) is the mixed number; `unit_and_a_fraction_end` takes
    /// the fraction into the mention. "a mile" alone stays no amount.
    fn unit_and_a_fraction(&self, i: usize) -> Option<Amt> {
        let (unit, end) = self.unit_at(i + 1)?;
        if !self.is_word(i + 1) || matches!(unit.dimension.as_str(), "money" | "count") {
            return None;
        }
        let (f, _) = self.and_a_fraction(end)?;
        Some(self.simple_word_amt(i, i + 1, 1.0 + f))
    }

    /// `unit_and_a_fraction_end`: the mention of "a mile and a half" (read as 1.5 at its
    /// article by `unit_and_a_fraction`) ends past the fraction, which is no amount of
    /// its own.
    pub(super) fn unit_and_a_fraction_end(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || m.unit.is_none()
            || a.end != a.num + 1
            || !matches!(self.low(a.num), "a" | "an")
        {
            return Ok(());
        }
        if let Some((f, k)) = self.and_a_fraction(m.end)
            && (m.low - (1.0 + f)).abs() < 1e-9
        {
            m.end = k;
        }
        Ok(())
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
    /// "one" and plural after more (`words/fraction_words.txt`), or singular after more
    /// as the adjective before a unit is written (`mixed_hyphen_fraction`, decision 741:
    /// "one and three-quarter inches" 1.75, as "two and three-quarters hours").
    fn hyphenated_fraction(w: &str, n: f64, hyphenated: bool) -> Option<f64> {
        let d = words::fraction_word(w).filter(|_| hyphenated)?;
        let plural = w.ends_with('s');
        (d > n && (n > 1.0 || !plural)).then_some(d)
    }
}

/// Slash fractions as the ends of a range: "1/4-1/2 teaspoon", "1/2 to 3/4 cup",
/// "1 to 1 1/2 cups".
impl SentenceReader<'_> {
    /// The proper fraction "n/d" written at `k` (digits, a glued slash, digits; no third
    /// part as in a date): its value and the token after it.
    pub(super) fn slash_at(&self, k: usize) -> Option<(f64, usize)> {
        if !(self.is_num(k)
            && (self.is_sym(k + 1, '/') || self.is_sym(k + 1, '⁄'))
            && self.attached(k + 1)
            && self.is_num(k + 2)
            && self.attached(k + 2)
            && !((self.is_sym(k + 3, '/') || self.is_sym(k + 3, '⁄')) && self.attached(k + 3)))
        {
            return None;
        }
        let (n, d) = (num_value(self.raw(k))?, num_value(self.raw(k + 2))?);
        (n >= 1.0 && n < d && d <= 64.0 && n.fract() == 0.0 && d.fract() == 0.0)
            .then_some((n / d, k + 3))
    }

    /// `fraction_range`: whether a range separator at `k` ("to", "or", a dash) is followed
    /// by a second end — a fraction, a whole number and a fraction, or a whole number —
    /// and then a unit or "of": "1/2 to 3/4 cup", "1/4-1/2 teaspoon", "1/2 to 1 cup of".
    /// The first end, a slash fraction before it, is then a fraction, not a date.
    pub(super) fn fraction_range(&self, k: usize) -> bool {
        let sep = match self.kind(k) {
            Some(Kind::Word) => matches!(self.low(k), "to" | "or"),
            Some(Kind::Sym('-' | '–')) => true,
            _ => false,
        };
        if !sep || !self.is_num(k + 1) {
            return false;
        }
        let end = match self.slash_at(k + 1) {
            Some((_, e)) => e,
            None if !self.attached(k + 2) => self.slash_at(k + 2).map_or(k + 2, |(_, e)| e),
            None => return false,
        };
        self.low(end) == "of" || self.unit_at(end).is_some() || self.is_pounds(end)
    }

    /// Whether `a` is a slash fraction read by `slash_fraction` ("3/4").
    pub(super) fn is_slash_fraction(&self, a: &Amt) -> bool {
        a.fraction && a.cur.is_none() && self.slash_at(a.num).is_some_and(|(_, e)| e == a.end)
    }

    /// `fraction_on_second_end`: the second end of a range is a fraction ("3/4" of "1/2 to
    /// 3/4 cup") or a whole number and a fraction ("1 1/2" of "1 to 1 1/2 cups") when a
    /// plain whole number was read there.
    pub(super) fn fraction_on_second_end(&self, b: &mut Amt) {
        if b.scale != 0 || b.plain_digits.is_none() || b.first != b.num || b.value < 0.0 {
            return;
        }
        if let Some((v, e)) = self.slash_at(b.num) {
            b.value = v;
            b.end = e;
        } else if !self.attached(b.end)
            && let Some((v, e)) = self.slash_at(b.end)
        {
            b.value += v;
            b.end = e;
        } else {
            return;
        }
        b.raw = b.value;
        b.plain_digits = None;
    }
}

impl SentenceReader<'_> {
    /// `spaced_vulgar_fraction`: a plain whole number and a Unicode vulgar fraction set
    /// apart by a space are one mixed number, as "1½" glued is: "2 ½ inches" 2.5, "won by
    /// 2 ¾ lengths" 2.75, "7 ¼ per cent" 7.25 (branch expeer54, decision 957).
    pub(super) fn spaced_vulgar_fraction(&self, amt: &mut Amt) {
        if amt.scale != 0
            || amt.value < 0.0
            || amt.value.fract() != 0.0
            || amt.plain_digits.is_none()
            || amt.cur.is_some()
            || self.attached(amt.end)
        {
            return;
        }
        let Some(Kind::Sym(c)) = self.kind(amt.end) else {
            return;
        };
        let Some(frac) = lexicon::vulgar_fraction(c) else {
            return;
        };
        amt.value += frac;
        amt.raw = amt.value;
        amt.end += 1;
        amt.plain_digits = None;
    }

    /// `mixed_number`: a whole number and a proper fraction after it, apart or joined by
    /// a hyphen: "10 1/2 miles" 10.5, "a 3-1/2-year low" 3.5, "rose 14-1/4 cents" 14.25,
    /// "$6.03-3/4 a bushel" 6.0375 (a price quoted in fractions of its last digit).
    pub(super) fn mixed_number(&self, amt: &mut Amt) {
        if amt.scale != 0 || amt.value < 0.0 {
            return;
        }
        let at = if self.is_num(amt.end) && !self.attached(amt.end) {
            // "10 1/2": a plain whole number only.
            if amt.plain_digits.is_none() {
                return;
            }
            amt.end
        } else if self.is_sym(amt.end, '-')
            && self.attached(amt.end)
            && self.is_num(amt.end + 1)
            && self.attached(amt.end + 1)
        {
            amt.end + 1
        } else {
            return;
        };
        let Some((f, end)) = self.slash_at(at) else {
            return;
        };
        // "$6.03-3/4": the fraction is of the last decimal place written.
        let place = self
            .raw(amt.num)
            .split_once('.')
            .map_or(0, |(_, d)| d.len());
        let step = 10f64.powi(-(place as i32));
        // Rounded to the nanounit so that 6.03 + 0.75 × 0.01 prints as 6.0375.
        let value = ((amt.value + f * step) * 1e9).round() / 1e9;
        amt.value = value;
        amt.raw = value;
        amt.end = end;
        amt.plain_digits = None;
    }
}
