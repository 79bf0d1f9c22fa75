//! Amounts in digits: the number itself with what is glued to it — digits with
//! separators, signs, scientific notation, space-grouped thousands. Currency prefixes
//! live in `currency_prefixes.rs`, scale words and abbreviations in `digit_scales.rs`;
//! number words, fractions and vague plurals ("dozens of") in `word_amounts.rs`.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The power of ten written at `j` after a mantissa ("×10^30", "x 10−30", "×10⁸",
    /// "e-9"), and the token after it.
    pub(super) fn sci_exponent(&self, j: usize) -> Option<(i32, usize)> {
        let mut k = match self.kind(j)? {
            Kind::Sym('×') | Kind::Sym('*') => j + 1,
            Kind::Word if self.raw(j) == "x" => j + 1,
            // "1e-9", "6.02E23": only glued, and only with the exponent glued too.
            Kind::Word if matches!(self.raw(j), "e" | "E") && self.attached(j) => {
                let k = j + 1;
                return self.exponent_digits(k, true);
            }
            _ => return None,
        };
        if !(self.is_num(k) && self.raw(k) == "10") {
            return None;
        }
        k += 1;
        if self.is_sym(k, '^') && self.attached(k) {
            k += 1;
        }
        self.exponent_digits(k, false)
    }

    /// A signed exponent glued at `k` (digits, or superscript digits when not `plain`).
    pub(super) fn exponent_digits(&self, mut k: usize, plain: bool) -> Option<(i32, usize)> {
        let mut neg = false;
        if let Some(Kind::Sym(c @ ('-' | '−' | '⁻' | '+'))) = self.kind(k)
            && self.attached(k)
        {
            neg = c != '+';
            k += 1;
        }
        if !self.attached(k) {
            return None;
        }
        if self.is_num(k) {
            let r = self.raw(k);
            if r.len() > 3 || !r.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let e: i32 = r.parse().ok()?;
            return Some((if neg { -e } else { e }, k + 1));
        }
        if plain {
            return None;
        }
        let mut e: i32 = 0;
        let mut digits = 0;
        while let Some(Kind::Sym(c)) = self.kind(k)
            && self.attached(k)
            && let Some(d) = "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|s| s == c)
            && digits < 3
        {
            e = e * 10 + d as i32;
            digits += 1;
            k += 1;
        }
        (digits > 0).then_some((if neg { -e } else { e }, k))
    }

    /// Reads the digits at `i` with what sits right before them (currency, sign) and
    /// right after (scale). `None` when the number is not a quantity at all.
    pub(super) fn digit_amount(&self, i: usize, in_range: bool) -> Result<Amt, usize> {
        let grouped = self
            .space_grouped(i)
            .or_else(|| self.apostrophe_grouped(i))
            .or_else(|| self.dot_grouped(i))
            .or_else(|| self.comma_space_grouped(i));
        let (text, last) = match &grouped {
            Some((t, last)) => (t.as_str(), *last),
            None => (self.raw(i), i),
        };
        // "3 point 2 million", "2-point-seven billion": decimals spoken after the digits
        // (`spoken_point`, decision 1021).
        let spoken = grouped
            .is_none()
            .then(|| self.digits_point_decimals(i, text))
            .flatten();
        let (text, last) = match &spoken {
            Some((t, next)) => (t.as_str(), next - 1),
            None => (text, last),
        };
        let (dec, plain) = decimal_of(text).ok_or(i + 1)?;
        let plain = plain && grouped.is_none();
        let (first, mut neg, mut plus) = self.sign_before(i, in_range)?;
        let (mut first, cur, sym_qual) = self.currency_and_symbol(i, first)?;
        if !in_range
            && !neg
            && !plus
            && cur.is_some()
            && let Some((at, minus)) = self.sign_before_currency(first)
        {
            neg = minus;
            plus = !minus;
            first = at;
        }
        let mut dec = dec;
        let raw = dec.to_f64().ok_or(i + 1)?;
        let (scale, mut j, symbol) = self.scale_after(i, last + 1, cur);
        // Scientific notation: "1.99×10^30", "6.02 x 10^23", "1.99×10−30", "3×10⁸", "1e-9".
        let mut sci = 0;
        if scale == 0
            && let Some((e, next)) = self.sci_exponent(j)
        {
            sci = e;
            j = next;
        }
        // "10^6 cells", "10⁹": a bare power of ten (`power_of_ten`).
        if scale == 0
            && sci == 0
            && grouped.is_none()
            && let Some((e, next)) = self.power_of_ten(i, j)
        {
            sci = e - 1;
            j = next;
        }
        // "R142.30" and "R40bn" are rand; "R2", "PS5" and "RON95" are names (decision 538).
        let sum = scale != 0 || text.contains(['.', ',']) || grouped.is_some();
        if cur.is_some() && self.glued_sign_names(i, text, sum) {
            return Err(i + 1);
        }
        dec = dec.scaled(scale + sci);
        let mut value = dec.to_f64().ok_or(i + 1)?;
        // A scale word past "trillion" writes a larger figure on purpose (decision 755).
        let limit = if scale >= 15 {
            number::MAX_SCALED_MAGNITUDE
        } else {
            number::MAX_MAGNITUDE
        };
        if value.abs() > limit {
            return Err(j);
        }
        if neg {
            value = -value;
        }
        let raw = if neg { -raw } else { raw };
        Ok(Amt {
            first,
            num: i,
            end: j,
            value,
            raw,
            scale,
            cur,
            plus,
            words: false,
            fuzzy: None,
            plain_digits: if plain && scale == 0 {
                Some(text.len())
            } else {
                None
            },
            fraction: false,
            sym_qual,
            proportion: false,
            multiplier: false,
            symbol,
        })
    }

    /// Rule `spoken_point` for digits (decision 1021): the whole number `text` at `i`,
    /// plain digits, with the decimals spoken after it ("3 point 2", "1-point-8"), as
    /// one decimal number's text and the token after it. Not "at 1 point" (a moment).
    fn digits_point_decimals(&self, i: usize, text: &str) -> Option<(String, usize)> {
        if !text.bytes().all(|b| b.is_ascii_digit()) || (i > 0 && self.low(i - 1) == "at") {
            return None;
        }
        let (digits, next) = self.spoken_point(i + 1)?;
        Some((format!("{text}.{digits}"), next))
    }

    /// Whether the word at `b` opens the sentence and is capitalised only for that: a
    /// word with no capital after its first letter and nothing but symbols before it.
    fn opening_word(&self, b: usize) -> bool {
        (0..b).all(|k| !self.is_word(k) && !self.is_num(k))
            && !self.raw(b).chars().skip(1).any(char::is_uppercase)
    }

    /// The sign right before the number at `i`: the first token, whether negative and
    /// whether "+"; `Err` (the token to go on from) when the digits are a label, a score
    /// or part of a time.
    fn sign_before(&self, i: usize, in_range: bool) -> Result<(usize, bool, bool), usize> {
        let mut first = i;
        let mut neg = false;
        let mut plus = false;
        // Sign right before the number.
        if in_range {
        } else if i > 0 && self.attached(i) {
            match self.kind(i - 1) {
                Some(Kind::Sym('-')) | Some(Kind::Sym('−')) => {
                    let before = i.checked_sub(2);
                    let word_before = before.is_some_and(|b| self.is_word(b));
                    if before.is_some_and(|b| self.low(b) == "minus") {
                        neg = true;
                        first = i - 2;
                    } else if self.margin_sign(i - 1) {
                        // "+/-10%": a margin, as "±10%" and "+/- 10%" are.
                    } else if word_before
                        && self.attached(i - 1)
                        && (matches!(self.low(i - 2), "sub" | "now" | "nearly" | "almost")
                            || words::UNITS_BEFORE_FIGURE.contains(self.low(i - 2))
                            || (matches!(self.low(i - 2), "foot" | "feet" | "by" | "x")
                                && i >= 4
                                && self.is_num(i - 4))
                            || self.inches_after_feet_dash(i))
                    {
                        // "sub-7 nanometer" (a bound the qualifier reads), "her now-18
                        // month-old daughter", "a 10-by-12-foot shed", "Mach-2" (a unit
                        // before its figure), "6ft-2" (inches after feet, decision 939): a
                        // prefix or a joiner, not a label nor a sign.
                    } else if word_before && self.attached(i - 1) {
                        // "COVID-19", "TA-35", "last-32": a label.
                        return Err(i + 1);
                    } else if i >= 2 && self.bowling_runs_at(i - 2) == Some(i) {
                        // A bowler's "5-41": the runs, unsigned (decision 1067).
                    } else if before.is_some_and(|b| self.is_num(b)) && self.attached(i - 1) {
                        // The second half of "2-0" that no range took.
                        return Err(i + 1);
                    } else if word_before
                        && before.is_some_and(|b| self.capitalised(b) && !self.opening_word(b))
                        && !self.share_after(i + 1)
                    {
                        // "COVID -19" (but "Nvidia -3.1%" is a signed change, and "At
                        // -4C", "Expect -4 to 1C" open a sentence with a plain word).
                        return Err(i + 1);
                    } else {
                        neg = true;
                        first = i - 1;
                    }
                }
                // "8GB+256GB": a joiner, not a sign.
                Some(Kind::Sym('+'))
                    if i >= 2
                        && self.attached(i - 1)
                        && matches!(self.kind(i - 2), Some(Kind::Word | Kind::Num)) => {}
                Some(Kind::Sym('+')) => {
                    plus = true;
                    first = i - 1;
                }
                // "2:00:35": the seconds of a time, "3:2:1" a ratio; not "(2022: 437)".
                Some(Kind::Sym(':'))
                    if i >= 2
                        && self.is_num(i - 2)
                        && self.attached(i - 1)
                        && !self.year_colon_label(i - 2) =>
                {
                    return Err(i + 1);
                }
                Some(Kind::Sym('#')) => return Err(i + 1),
                // "5'11\"": the inches after a prime of feet.
                Some(Kind::Sym('\'' | '′'))
                    if i >= 2
                        && self.is_num(i - 2)
                        && self.attached(i - 1)
                        && matches!(self.kind(i + 1), Some(Kind::Sym('"' | '″')))
                        && self.attached(i + 1) => {}
                Some(Kind::Sym('\'')) | Some(Kind::Sym('’')) => return Err(i + 1),
                _ => {}
            }
        } else if i > 0 && self.low(i - 1) == "negative" && self.is_word(i - 1) {
            // "returned negative 2 percent": the word as a sign.
            neg = true;
            first = i - 1;
        } else if i > 0 && self.low(i - 1) == "minus" {
            // "plus or minus 3.5 points", "+/- 2": a margin, not a negative number.
            if i >= 3 && self.low(i - 2) == "or" && self.low(i - 3) == "plus" {
                first = i - 3;
            } else {
                neg = true;
                first = i - 1;
            }
        }
        Ok((first, neg, plus))
    }

    /// Rule `sign_before_currency` (was `minus_before_currency`): a minus glued to the
    /// front of a currency sign, with nothing glued before it, makes the sum negative
    /// ("-$3 billion", "−£3m"), and a plus, also right after an opening bracket, makes it
    /// a rise ("+$5m", "$3.4B (+$252M)", decision 1166); "5-$10" stays a range, "Q2-$3" a
    /// label and "8GB+$5" a sum. "(-£40m)" is left as it was read (no readable gold writes
    /// it). The sign's index and whether it is a minus.
    fn sign_before_currency(&self, sign: usize) -> Option<(usize, bool)> {
        let at = sign.checked_sub(1)?;
        let minus = self.is_minus(at);
        let opens = at == 0
            || !self.attached(at)
            || (!minus && matches!(self.kind(at - 1), Some(Kind::Sym('(' | '['))));
        ((minus || self.is_sym(at, '+')) && self.attached(sign) && opens).then_some((at, minus))
    }

    /// Whether the `-` at `k` closes a margin glued to the number: "+/-10%", "+-3
    /// points" state a margin either side, not a negative figure (rule `margin_sign`).
    fn margin_sign(&self, k: usize) -> bool {
        if k == 0 || !self.attached(k) {
            return false;
        }
        self.is_sym(k - 1, '+')
            || (k >= 2
                && self.is_sym(k - 1, '/')
                && self.attached(k - 1)
                && self.is_sym(k - 2, '+'))
    }
}
