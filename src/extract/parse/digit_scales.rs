//! The scale after the digits: a glued abbreviation ("$1.1m", "4.3M"), a hyphenated or
//! spaced scale word ("a 1.2-billion deal", "Rs 4.6 lakh crore"), a unit symbol with its
//! scale ("27.4Mt", "32.1 Bcf"), and when a glued "m" is a million (a count, a range's
//! second end) rather than a metre.

use super::*;
use std::borrow::Cow;

/// The scale read after the digits: its power of ten, the token after it, and the end and
/// unit of a unit symbol that gave it.
pub(super) type ScaleRead = (i32, usize, Option<(usize, &'static str)>);

impl<'a> SentenceReader<'a> {
    /// The power of ten and the unit of a unit symbol with its scale after the number at
    /// `j` ("27.4Mt", "320ktpa", "32.1 Bcf", "5.37 Tcf", "2.24 MMT":
    /// `words/scaled_unit_symbols.txt`), rule `scaled_symbol`; spaced from the number only
    /// where it can mean nothing else (`spaced_scaled_symbol`). A symbol of
    /// `words/plain_figure_scales.txt` is scaled only when the number from `i` has no
    /// thousands separator: "392 mt" is a million tonnes, "350,000 MT" tonnes (decision 1123).
    pub(super) fn scaled_symbol(&self, i: usize, j: usize) -> Option<(i32, &'static str, usize)> {
        if !self.is_word(j) {
            return None;
        }
        let (power, unit, len) = self
            .scaled_symbol_at(j)
            .or_else(|| self.metal_kilotonnes(j))?;
        if self.glued_on(j + len - 1)
            || !(self.attached(j) || self.spaced_scaled_symbol(j, len))
            || (words::PLAIN_FIGURE_SCALES.contains(self.raw(j))
                && len == 1
                && self.grouped_figure(i, j))
        {
            return None;
        }
        Some((power, unit, len))
    }

    /// Rule `hyphenated_scaled_symbol` (decision 1459): a symbol of
    /// `words/scaled_unit_symbols.txt` of three letters or more hyphenated to the figure
    /// before `j`'s hyphen, as a treatment plant's capacity is written: "a 50-MLD sewage
    /// plant" (50 million `litre per day`), "a 10-MGD plant", "a 5-Mtpa mine". Its power
    /// of ten, its unit and how many tokens it takes after the hyphen.
    fn hyphenated_scaled_symbol(&self, j: usize) -> Option<(i32, &'static str, usize)> {
        if !(self.is_sym(j, '-') && self.attached(j) && self.attached(j + 1) && self.is_word(j + 1))
        {
            return None;
        }
        let (power, unit, len) = self.scaled_symbol_at(j + 1)?;
        let text_len: usize = (j + 1..j + 1 + len).map(|k| self.raw(k).len()).sum();
        (text_len >= 3 && !self.glued_on(j + len)).then_some((power, unit, len))
    }

    /// Rule `glued_scaled_symbol` (decision 1158): the longest spelling of
    /// `words/scaled_unit_symbols.txt` written from `j` as tokens glued to each other, with
    /// its power of ten, its unit and how many tokens it takes: "Mt", "MtCO2e" ("MtCO",
    /// "2", "e": the gas weighed glued to the symbol), "mb/d" (the IEA's millions of barrels
    /// a day).
    fn scaled_symbol_at(&self, j: usize) -> Option<(i32, &'static str, usize)> {
        self.glued_spellings(j, 4)
            .filter_map(|(len, text)| scaled_symbol_entry(&text).map(|(p, u)| (p, u, len)))
            .last()
    }

    /// Rule `metal_kilotonnes` (decision 1438): "kt" or "kilotonnes" at `j` after a figure
    /// in a sentence naming a metal, an ore or a mine (`words/metal_words.txt`) is a
    /// thousand tonnes, as the readable gold writes "531 kilotonnes per annum" (531,000
    /// `metric ton per year`): "320kt of zinc" is 320,000 `metric ton`. Elsewhere, and in
    /// a sentence about explosions, "kt" keeps its senses (a knot at sea, a kiloton of TNT).
    fn metal_kilotonnes(&self, j: usize) -> Option<(i32, &'static str, usize)> {
        if !words::KILOTONNE_SPELLINGS.contains(self.low(j))
            || !self.sentence_has_word(&self.memo.names_metal, |w| words::METAL_WORDS.contains(w))
            || self.sentence_has_word(&self.memo.names_explosion, |w| {
                words::EXPLOSION_WORDS.contains(w)
            })
        {
            return None;
        }
        Some((3, "metric ton", 1))
    }

    /// The spellings of the tokens from `j` glued to each other, at most `max` tokens,
    /// shortest first, each with how many tokens it takes ("MtCO2e": "MtCO", "MtCO2",
    /// "MtCO2e"). The first is the token itself, borrowed: most figures are followed by a
    /// word standing alone, and this runs after every one of them.
    fn glued_spellings(
        &self,
        j: usize,
        max: usize,
    ) -> impl Iterator<Item = (usize, Cow<'a, str>)> + '_ {
        let mut text = String::new();
        (j..(j + max).min(self.n()))
            .take_while(move |&k| k == j || self.attached(k))
            .map(move |k| {
                if k == j {
                    return (1, Cow::Borrowed(self.raw(j)));
                }
                if text.is_empty() {
                    text.push_str(self.raw(j));
                }
                text.push_str(self.raw(k));
                (k + 1 - j, Cow::Owned(text.clone()))
            })
    }

    /// A word or number glued after the token at `j` ("Mtonnes", "Mt5"): not a symbol.
    fn glued_on(&self, j: usize) -> bool {
        self.attached(j + 1) && (self.is_word(j + 1) || self.is_num(j + 1))
    }

    /// The figure from `i` to before `j` has a thousands separator ("350,000"), as
    /// `number::separator_len` knows them.
    pub(super) fn grouped_figure(&self, i: usize, j: usize) -> bool {
        (i..j).any(|k| {
            let raw = self.raw(k);
            raw.char_indices()
                .any(|(at, _)| number::separator_len(&raw[at..]) > 0)
        })
    }

    /// "350,000 MT", "1.5 million mt": a symbol of `words/plain_figure_scales.txt` at `j`
    /// after a figure with a thousands separator or a scale word is the unit itself, its
    /// scale not applied (rule `unscaled_symbol_unit`, decision 1123).
    pub(super) fn unscaled_symbol_unit(&self, j: usize, amt: &Amt) -> Option<FoundUnit> {
        if !self.is_word(j)
            || self.glued_on(j)
            || !words::PLAIN_FIGURE_SCALES.contains(self.raw(j))
            || !(amt.scale != 0 || self.grouped_figure(amt.num, j))
        {
            return None;
        }
        let (_, name) = scaled_symbol_entry(self.raw(j))?;
        Some(FoundUnit {
            name: name.into(),
            class: UnitKind::Measure,
        })
    }

    /// "194.4 Mt", "1,000 Mt of coal", "320 ktpa", "32.1 Bcf": a unit symbol with its
    /// scale of `len` tokens from `j`, apart from the number right before it, is read as
    /// glued (rule `spaced_scaled_symbol`, decision 205) unless something else could be
    /// meant: a name after it ("12 Mt Everest climbers", "Mt. Fuji": Mount), though not a
    /// gas's formula (`words/gas_formulas.txt`: "384 Mt CO2" weighs the gas, decision
    /// 1158), or a sentence about explosions ("a 50 Mt bomb": a megaton of TNT,
    /// `words/explosion_words.txt`).
    fn spaced_scaled_symbol(&self, j: usize, len: usize) -> bool {
        let after = j + len;
        let name_after = (self.is_word(after)
            && self.capitalised(after)
            && !self.gas_formula_at(after))
            || (self.is_sym(after, '.') && self.is_word(after + 1) && self.capitalised(after + 1));
        j > 0
            && self.is_num(j - 1)
            && !name_after
            && !self.sentence_has_word(&self.memo.names_explosion, |w| {
                words::EXPLOSION_WORDS.contains(w)
            })
    }

    /// A gas's formula written from `k` as glued tokens ("CO2", "CO2e", "CH4":
    /// `words/gas_formulas.txt`), the stuff weighed after a mass symbol.
    fn gas_formula_at(&self, k: usize) -> bool {
        self.glued_spellings(k, 3)
            .any(|(_, text)| words::GAS_FORMULAS.contains(&text))
    }

    /// The scale after the digits ending before `j`: a glued abbreviation ("$1.1m",
    /// "4.3M"), a hyphenated scale word ("a 1.2-billion deal") or scale words ("1.3
    /// thousand", "Rs 4.6 lakh crore") or a unit symbol with its scale ("27.4Mt"); the
    /// power of ten, the token after it, and for a symbol, its end and unit.
    pub(super) fn scale_after(&self, i: usize, j: usize, cur: Option<Cur>) -> ScaleRead {
        let mut j = j;
        let mut scale = 0;
        let mut symbol = None;
        // Glued scale abbreviation: "$1.1m", "4.3M", "2.8bn".
        if self.is_word(j)
            && self.attached(j)
            && let Some((p, money)) = lexicon::scale_abbrev(self.raw(j))
            && (!money
                || cur.is_some()
                || self.counted_after(j + 1)
                || self.acronym_count_after(i, j)
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
            && !(cur.is_none() && self.metre_speed_or_conversion(j))
            // "ran a 5k": a race's distance, read as kilometres (decision 548).
            && !(cur.is_none() && self.race_k(j))
        {
            scale += p;
            j += 1;
        }
        // "27.4Mt", "320ktpa", "32.1 Bcf": a scale in a unit symbol (the unit is read after).
        if scale == 0
            && cur.is_none()
            && let Some((p, unit, len)) = self.scaled_symbol(i, j)
        {
            scale += p;
            j += len;
            symbol = Some((j, unit));
        }
        if scale == 0
            && cur.is_none()
            && let Some((p, unit, len)) = self.hyphenated_scaled_symbol(j)
        {
            scale += p;
            j += 1 + len;
            symbol = Some((j, unit));
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
        (scale, j, symbol)
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
        let dash = self.is_dash(j + 1);
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

/// The power of ten and the unit of a symbol of `words/scaled_unit_symbols.txt`.
fn scaled_symbol_entry(raw: &str) -> Option<(i32, &'static str)> {
    let (power, unit) = words::SCALED_UNIT_SYMBOLS.get(raw)?.split_once(' ')?;
    Some((power.parse().ok()?, unit))
}
