//! Amounts in digits: the number itself with what is glued to it — digits with
//! separators, signs, currency prefixes, scale words and abbreviations, scientific
//! notation, space-grouped thousands. Number words, fractions and vague plurals ("dozens
//! of") live in `word_amounts.rs`.

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

    /// A currency prefix ending right before token `num` (the number).
    pub(super) fn currency_before(&self, num: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if num == 0 {
            return None;
        }
        let before = self.raw(num - 1);
        for e in lexicon::currency_prefix_index() {
            let (p, len) = (e.prefix, e.len);
            if len > num || e.last != before {
                continue;
            }
            let at = num - len;
            if !p.spaced && !self.attached(num) {
                continue;
            }
            let cur = Cur {
                name: p.name,
                code: p.code,
            };
            // Symbols are exact; codes like "US", "RM", "PS" must match case.
            if self.match_pattern(at, p.pattern, true).is_some()
                && best.is_none_or(|(_, b)| at < b)
                && (!p.from_code || self.sum_shaped(num, cur))
            {
                best = Some((self.currency_sense(at, cur), at));
            }
        }
        best
    }

    /// A currency prefix starting at `at` and followed by a number: the currency and the
    /// number's index.
    pub(super) fn currency_from(&self, at: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if at >= self.n() {
            return None;
        }
        let first = self.raw(at);
        for e in lexicon::currency_prefix_index() {
            let p = e.prefix;
            if e.first != first {
                continue;
            }
            if let Some(len) = self.match_pattern(at, p.pattern, true) {
                let num = at + len;
                let cur = Cur {
                    name: p.name,
                    code: p.code,
                };
                if self.is_num(num)
                    && (p.spaced || self.attached(num))
                    && best.is_none_or(|(_, b)| num > b)
                    && (!p.from_code || self.sum_shaped(num, cur))
                {
                    best = Some((self.currency_sense(at, cur), num));
                }
            }
        }
        best
    }

    /// Whether the number at `num` is written as a sum of money rather than a label: with
    /// a decimal point or a thousands separator, in space-separated groups, or with a
    /// scale ("MOP 2.21 billion", "DZD 1,500", "MOP15 billion"; not "COP 26", "PHP 8").
    /// A currency code the registry derives from its code column is read only so.
    fn sum_shaped(&self, num: usize, cur: Cur) -> bool {
        self.is_num(num)
            && (self.raw(num).contains(['.', ','])
                || self.space_grouped(num).is_some()
                || self.scale_after(num, num + 1, Some(cur)).0 != 0)
    }

    /// Reads the digits at `i` with what sits right before them (currency, sign) and
    /// right after (scale). `None` when the number is not a quantity at all.
    pub(super) fn digit_amount(&self, i: usize, in_range: bool) -> Result<Amt, usize> {
        let grouped = self.space_grouped(i).or_else(|| self.apostrophe_grouped(i));
        let (text, last) = match &grouped {
            Some((t, last)) => (t.as_str(), *last),
            None => (self.raw(i), i),
        };
        let (dec, plain) = decimal_of(text).ok_or(i + 1)?;
        let plain = plain && grouped.is_none();
        let (first, mut neg, plus) = self.sign_before(i, in_range)?;
        let (mut first, cur, sym_qual) = self.currency_and_symbol(i, first)?;
        if !in_range
            && !neg
            && cur.is_some()
            && let Some(at) = self.minus_before_currency(first)
        {
            neg = true;
            first = at;
        }
        let mut dec = dec;
        let raw = dec.to_f64().ok_or(i + 1)?;
        let (scale, mut j) = self.scale_after(i, last + 1, cur);
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
        })
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
                                && self.is_num(i - 4)))
                    {
                        // "sub-7 nanometer" (a bound the qualifier reads), "her now-18
                        // month-old daughter", "a 10-by-12-foot shed", "Mach-2" (a unit
                        // before its figure): a prefix or a joiner, not a label nor a sign.
                    } else if word_before && self.attached(i - 1) {
                        // "COVID-19", "TA-35", "last-32": a label.
                        return Err(i + 1);
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
                // "2:00:35": the seconds of a time, "3:2:1" a ratio.
                Some(Kind::Sym(':')) if i >= 2 && self.is_num(i - 2) && self.attached(i - 1) => {
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

    /// Rule `minus_before_currency`: a minus glued to the front of a currency sign, with
    /// nothing glued before it, makes the sum negative ("-$3 billion", "−£3m"); "5-$10"
    /// stays a range and "Q2-$3" a label. The minus sign's index.
    fn minus_before_currency(&self, sign: usize) -> Option<usize> {
        let at = sign.checked_sub(1)?;
        (matches!(self.kind(at), Some(Kind::Sym('-' | '−')))
            && self.attached(sign)
            && (at == 0 || !self.attached(at)))
        .then_some(at)
    }

    /// The power of ten of a tonne symbol with its scale after the number at `j`
    /// ("27.4Mt", "320ktpa", "2.4mtpa": `words/tonne_scales.txt`), rule `tonne_scale`;
    /// spaced from the number only where it can mean nothing else (`spaced_tonne_scale`).
    pub(super) fn tonne_scale(&self, j: usize) -> Option<i32> {
        let glued_on = self.attached(j + 1) && (self.is_word(j + 1) || self.is_num(j + 1));
        if !self.is_word(j) || glued_on || !(self.attached(j) || self.spaced_tonne_scale(j)) {
            return None;
        }
        words::TONNE_SCALES.get(self.raw(j))?.parse().ok()
    }

    /// "194.4 Mt", "1,000 Mt of coal", "320 ktpa": a tonne symbol with its scale, apart
    /// from the number right before it, is read as glued (rule `spaced_tonne_scale`,
    /// decision 205) unless something else could be meant: a name after it ("12 Mt
    /// Everest climbers", "Mt. Fuji": Mount) or a sentence about explosions ("a 50 Mt
    /// bomb": a megaton of TNT, `words/explosion_words.txt`).
    fn spaced_tonne_scale(&self, j: usize) -> bool {
        let name_after = (self.is_word(j + 1) && self.capitalised(j + 1))
            || (self.is_sym(j + 1, '.') && self.is_word(j + 2) && self.capitalised(j + 2));
        j > 0
            && self.is_num(j - 1)
            && words::TONNE_SCALES.contains(self.raw(j))
            && !name_after
            && !self.sentence_has_word(&self.memo.names_explosion, |w| {
                words::EXPLOSION_WORDS.contains(w)
            })
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

    /// A currency and a symbol qualifier ("~", ">") before the sign or number starting at
    /// `first`; `Err` for letters glued to the front ("S22").
    #[allow(clippy::type_complexity)]
    fn currency_and_symbol(
        &self,
        i: usize,
        first: usize,
    ) -> Result<(usize, Option<Cur>, Option<QualCode>), usize> {
        let mut first = first;
        let mut cur = None;
        let mut sym_qual = None;
        // Currency before the sign or the number.
        if let Some((c, at)) = self.currency_before(first) {
            cur = Some(c);
            first = at;
            if let Some((q, start)) = at.checked_sub(1).and_then(|k| self.symbol_qualifier(k)) {
                sym_qual = Some(q);
                first = start;
            }
        } else if first == i
            && i > 0
            && self.attached(i)
            && self.is_word(i - 1)
            && !self.later_glued_side(i)
            && !self.glued_minutes_at(i)
        {
            // Letters glued to the front: "S22", "V10", "A2".
            return Err(i + 1);
        }
        if sym_qual.is_none()
            && let Some((q, start)) = first.checked_sub(1).and_then(|k| self.symbol_qualifier(k))
        {
            sym_qual = Some(q);
            first = start;
            if cur.is_none()
                && let Some((c, at)) = self.currency_before(first)
            {
                cur = Some(c);
                first = at;
            }
        }
        Ok((first, cur, sym_qual))
    }

    /// The scale after the digits ending before `j`: a glued abbreviation ("$1.1m",
    /// "4.3M"), a hyphenated scale word ("a 1.2-billion deal") or scale words ("1.3
    /// thousand", "Rs 4.6 lakh crore"); the power of ten and the token after it.
    fn scale_after(&self, i: usize, j: usize, cur: Option<Cur>) -> (i32, usize) {
        let mut j = j;
        let mut scale = 0;
        // Glued scale abbreviation: "$1.1m", "4.3M", "2.8bn".
        if self.is_word(j)
            && self.attached(j)
            && let Some((p, money)) = lexicon::scale_abbrev(self.raw(j))
            && (!money
                || cur.is_some()
                || self.counted_after(j + 1)
                || self.strong_after(j + 1)
                || (self.is_word(j + 1) && !self.attached(j + 1) && self.unit_at(j + 1).is_some())
                || self.earlier_scaled(i, self.raw(j))
                || self.counted_glued_scale(i, j)
                || self.money_verb_before(i)
                || self.scale_of_a_count(i, j)
                || self.scale_of_second_end(j)
                || self.scale_of_spelled_partner(i, j)
                || self.glued_after_large_figure(i)
                // "a 1.1m-barrel draw": a count of the noun after the hyphen.
                || (self.is_sym(j + 1, '-')
                    && self.attached(j + 1)
                    && self.attached(j + 2)
                    && self.is_word(j + 2)
                    && !words::DIMENSION_ADJECTIVES.contains(self.low(j + 2))))
            && !(self.raw(j) == "m" && self.is_sym(j + 1, '²'))
            // "T" is a trillion and "mm" a million (finance's "$1.2mm") only after a
            // currency ("5T" may be teslas, "12mm" millimetres).
            && (!matches!(self.raw(j), "T" | "mm" | "MM") || cur.is_some())
            && !self.metre_dimension_after(j)
            && !(cur.is_none() && self.metre_word_after(j))
            // "ran a 5k": a race's distance, read as kilometres (decision 548).
            && !(cur.is_none() && self.race_k(j))
        {
            scale += p;
            j += 1;
        }
        // "27.4Mt", "320ktpa": a scale glued to the tonne (the unit is read after).
        if scale == 0
            && cur.is_none()
            && let Some(p) = self.tonne_scale(j)
        {
            scale += p;
            j += 1;
        }
        // "a 1.2-billion deal", "the $3-million home": a hyphenated scale word.
        if scale == 0
            && self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.is_word(j + 1)
            && let Some(p) = number::scale_word(self.low(j + 1))
                .filter(|&p| p >= 3)
                .or(match self.low(j + 1) {
                    "crore" => Some(7),
                    "lakh" => Some(5),
                    _ => None,
                })
        {
            scale += p;
            j += 2;
        }
        // Scale words: "1.3 thousand", "4 hundred million".
        if scale == 0 {
            if self.low(j) == "hundred" {
                scale += 2;
                j += 1;
            }
            // Indian scale words: a lakh is 10^5, a crore 10^7.
            // "Rs 4.6 lakh crore" is 4.6 × 10^12; "Rs 175 cr" is crore.
            if matches!(self.low(j), "lakh" | "lakhs") {
                scale += 5;
                j += 1;
            }
            if matches!(self.low(j), "crore" | "crores")
                || (self.low(j) == "cr" && cur.is_some_and(|c| c.code == "INR"))
            {
                scale += 7;
                j += 1;
            }
            while let Some(p) = number::scale_word(self.low(j)) {
                if self.is_word(j) {
                    scale += p;
                    j += 1;
                } else {
                    break;
                }
                if self.low(j) == "and" {
                    break;
                }
            }
        }
        (scale, j)
    }

    /// "lost 1.3 million subscribers … leaving it with 153.6m", "May passenger numbers
    /// rose … to 7.5m", "bird flu killed 40m+ hens": a glued "m" or "b" at `j`, after
    /// the digits at `i`, is the scale of a count when the sentence counted things in
    /// millions (billions) spelled out before it, when a counted noun names the figure in
    /// the singular before a word for how many there are (`words/count_total_words.txt`:
    /// "passenger numbers", "subscriber base"), or when a counted noun follows a "+".
    /// Without the "+", the figure must end its phrase (or an adverb or a verb of
    /// `words/count_clause_verbs.txt` follow it: "of these, 19.4m had cavity walls").
    fn scale_of_a_count(&self, i: usize, j: usize) -> bool {
        if self.is_sym(j + 1, '+') && self.attached(j + 1) && self.counted_after(j + 2) {
            return true;
        }
        // A word after the figure may be what it measures ("5m deep", "0.5m of water"):
        // only a figure that ends its phrase, or is followed by an adverb, is read so.
        if self.is_word(j + 1)
            && !self.low(j + 1).ends_with("ly")
            && !self.clause_verb_after_glued(j)
        {
            return false;
        }
        let named = (i.saturating_sub(12).max(1)..i).any(|k| {
            self.is_word(k)
                && self.is_word(k - 1)
                && words::COUNT_TOTAL_WORDS.contains(self.low(k))
                && words::COUNT_CONTEXT_NOUNS.contains(format!("{}s", self.low(k - 1)).as_str())
        });
        if named {
            return true;
        }
        let word = match lexicon::scale_abbrev(self.raw(j)) {
            Some((6, _)) => "million",
            Some((9, _)) => "billion",
            _ => return false,
        };
        (i.saturating_sub(60)..i.saturating_sub(1))
            .any(|k| self.is_num(k) && self.low(k + 1) == word && self.counted_after(k + 2))
    }

    /// "1m-2m viewers", "from 1.2m to 1.8m subscribers": the glued "m" or "b" at `j`
    /// ends the first end of a range whose second end has the same letter read as its
    /// scale ("140m-340m across" stays metres).
    fn scale_of_second_end(&self, j: usize) -> bool {
        let dash = matches!(self.kind(j + 1), Some(Kind::Sym('-' | '–')));
        let num = j + 2;
        (dash || self.low(j + 1) == "to")
            && self.is_num(num)
            && self.raw(num + 1) == self.raw(j)
            && self.attached(num + 1)
            && self.scale_after(num, num + 1, None).0 > 0
    }

    /// "kept 2m apart", "5m deep", "the 100m sprint": a word of place, size or race
    /// after the "m" at `j` (`words/metre_words_after.txt`) keeps it a metre, even where
    /// the sentence counts people.
    fn metre_word_after(&self, j: usize) -> bool {
        self.is_word(j + 1)
            && !self.attached(j + 1)
            && words::METRE_WORDS_AFTER.contains(self.low(j + 1))
    }

    /// "the 1.8m-high fence", "a 1.1m-long snake": a dimension adjective hyphenated to
    /// the "m" after `j`'s number keeps the "m" a metre, whatever the words around say.
    fn metre_dimension_after(&self, j: usize) -> bool {
        self.is_sym(j + 1, '-')
            && self.attached(j + 1)
            && self.attached(j + 2)
            && words::DIMENSION_ADJECTIVES.contains(self.low(j + 2))
    }
}
