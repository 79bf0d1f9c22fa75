//! Amounts written in two parts, each with its own unit or the second bare: feet and
//! inches ("5 ft 2 in", "5'11\""), dollars and cents ("3 dollars 50 cents", "5 euros
//! 50"), hours and minutes ("1h 30m").

use super::finish::{Draft, Step};
use super::*;
use crate::units::{Factor, registry};

impl SentenceReader<'_> {
    /// "5 ft 2 in", "6 feet 1 in tall": the inches after a number of feet, where "in"
    /// is the unit and not a preposition.
    pub(super) fn inches_after_feet(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = m.end;
        let feet_before = a.num >= 2
            && self.is_figure(a.num - 2)
            && matches!(self.low(a.num - 1), "ft" | "feet" | "foot");
        let unit_in = self.low(k) == "in"
            && self.is_word(k)
            && (k + 1 >= self.n()
                || matches!(self.kind(k + 1), Some(Kind::Sym(_)))
                || matches!(
                    self.low(k + 1),
                    "tall" | "long" | "high" | "wide" | "deep" | "and" | "or"
                ));
        // "5 3/8 in wide", "2½ in thick": a fraction written in digits measures in inches.
        let fraction_written = !a.words
            && (a.num..a.end).any(|k| match self.kind(k) {
                Some(Kind::Sym(c)) => c == '/' || c == '⁄' || lexicon::vulgar_fraction(c).is_some(),
                _ => false,
            });
        // "five foot six", "6 feet 2 tall": a bare number of inches ends the phrase.
        let bare_inches = feet_before
            && a.value.fract() == 0.0
            && (k >= self.n()
                || matches!(self.kind(k), Some(Kind::Sym(',' | '.' | ';' | ')')))
                || matches!(self.low(k), "tall" | "and" | "or" | "but"));
        if m.unit.is_none()
            && !m.range
            && a.first == a.num
            && ((feet_before && a.value < 12.0 && a.value > 0.0) || fraction_written)
            && (unit_in || bare_inches)
        {
            m.unit = Some(FoundUnit {
                name: "inch".into(),
                class: UnitKind::Measure,
            });
            if unit_in {
                m.end = k + 1;
            }
        }
        Ok(())
    }

    /// "12 pounds 40 pence", "3 pounds and 20p": pounds followed by a number of pence
    /// are money, whatever the words around say (the weight is never written so).
    pub(super) fn pounds_before_pence(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.range
            || a.cur.is_some()
            || m.unit.as_ref().is_none_or(|u| u.name != "pound-mass")
            || !self.is_pounds(m.end.saturating_sub(1))
        {
            return Ok(());
        }
        let mut k = m.end;
        if self.low(k) == "and" {
            k += 1;
        }
        let cents = self.raw(k);
        let pence = self.is_num(k)
            && cents.len() <= 2
            && cents.bytes().all(|b| b.is_ascii_digit())
            && self
                .unit_at(k + 1)
                .is_some_and(|(u, _)| u.dimension == "money" && u.factor == Factor::Fixed(0.01));
        if pence {
            m.unit = Some(FoundUnit::pounds(true));
        }
        Ok(())
    }

    /// "3 dollars 50 cents", "5 pounds and 20 pence": the hundredths after a whole amount
    /// of a currency belong to it.
    pub(super) fn cents_after_currency(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let whole_currency = m.unit.as_ref().is_some_and(|u| {
            matches!(u.class, UnitKind::Currency(_))
                && registry()
                    .by_name(&u.name)
                    .any(|id| registry().get(id).factor == Factor::Fixed(1.0))
        });
        if !whole_currency || m.range || a.scale != 0 || m.low.fract() != 0.0 {
            return Ok(());
        }
        let mut k = m.end;
        // "and" only after a currency word: "$3 and 50 cents" may be two prices.
        if self.low(k) == "and" && a.cur.is_none() {
            k += 1;
        }
        let cents = self.raw(k);
        let digits =
            self.is_num(k) && cents.len() <= 2 && cents.bytes().all(|b| b.is_ascii_digit());
        let (n, after, two) = match digits.then(|| cents.parse::<u8>().ok()).flatten() {
            Some(n) => (n, k + 1, cents.len() == 2),
            None => match self.cents_in_words(k) {
                Some((n, after)) => (n, after, true),
                None => return Ok(()),
            },
        };
        let end = match self.unit_at(after) {
            Some((unit, end))
                if unit.dimension == "money" && unit.factor == Factor::Fixed(0.01) =>
            {
                end
            }
            // "5 euros 50", "a dollar 25.", "a dollar fifty": bare hundredths after a
            // currency word, where the clause ends ("3 dollars 50 times" is no price).
            _ if a.cur.is_none() && two && k == m.end && self.clause_ends(after) => after,
            _ => return Ok(()),
        };
        m.low = scaled(m.low * 100.0 + f64::from(n), -2);
        m.high = m.low;
        m.end = end;
        Ok(())
    }

    /// Whether the clause ends at `k`: the sentence's end, closing punctuation, or a
    /// preposition that starts an adjunct ("a dollar fifty in 1990").
    fn clause_ends(&self, k: usize) -> bool {
        k >= self.n()
            || matches!(
                self.kind(k),
                Some(Kind::Sym('.' | ',' | ';' | ':' | ')' | '!' | '?'))
            )
            || matches!(
                self.low(k),
                "in" | "at"
                    | "for"
                    | "on"
                    | "with"
                    | "from"
                    | "each"
                    | "apiece"
                    | "but"
                    | "here"
                    | "there"
                    | "now"
                    | "today"
                    | "then"
            )
    }

    /// Hundredths written in words at `k` ("fifty", "twenty-five", "ninety nine"): the
    /// number, 10 to 99, and the token after it.
    fn cents_in_words(&self, k: usize) -> Option<(u8, usize)> {
        let tens = number::small_number_word(self.low(k)).filter(|t| (10..100).contains(t))?;
        let mut after = k + 1;
        let mut n = tens;
        let unit_word = |j: usize| number::small_number_word(self.low(j)).filter(|&u| u < 10);
        if tens % 10 == 0 && tens >= 20 {
            if self.is_sym(after, '-')
                && self.attached(after)
                && let Some(u) = unit_word(after + 1)
            {
                n += u;
                after += 2;
            } else if let Some(u) = unit_word(after) {
                n += u;
                after += 1;
            }
        }
        u8::try_from(n).ok().map(|n| (n, after))
    }

    /// "5'11\"", "6′1″", "5' 11\"": a prime then a double prime glued to the next number
    /// (spaced from the prime or not) are feet and inches, whatever the sentence is about.
    pub(super) fn prime_feet_inches(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let prime =
            |k: usize| matches!(self.kind(k), Some(Kind::Sym('\'' | '′'))) && self.attached(k);
        let double =
            |k: usize| matches!(self.kind(k), Some(Kind::Sym('"' | '″'))) && self.attached(k);
        let inches = |k: usize| self.is_num(k) && num_value(self.raw(k)).is_some_and(|v| v < 12.0);
        if m.unit.is_some() || m.range || a.cur.is_some() || a.first != a.num {
            return Ok(());
        }
        let (name, end) = if prime(m.end) && inches(m.end + 1) && double(m.end + 2) {
            ("foot", m.end + 1)
        } else if a.num >= 2
            && prime(a.num - 1)
            && self.is_num(a.num - 2)
            && inches(a.num)
            && double(m.end)
        {
            ("inch", m.end + 1)
        } else {
            return Ok(());
        };
        m.unit = Some(FoundUnit {
            name: name.into(),
            class: UnitKind::Measure,
        });
        m.end = end;
        Ok(())
    }

    /// "24\" x 36\"", "8″ × 10″": sides written with a double prime and joined by "x",
    /// "×" or "by" are inches, whatever the sentence is about (a lone double prime may
    /// close a quotation, so it needs the words around it, `senses.tsv`).
    pub(super) fn inches_by_inches(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let double =
            |k: usize| matches!(self.kind(k), Some(Kind::Sym('"' | '″'))) && self.attached(k);
        if m.unit.is_some() || m.range || a.cur.is_some() || !double(a.end) {
            return Ok(());
        }
        let next_side = self.is_side_joiner(a.end + 1) && self.is_num(a.end + 2);
        let after_side = a.first >= 2 && self.is_side_joiner(a.first - 1) && double(a.first - 2);
        if next_side || after_side {
            m.unit = Some(FoundUnit {
                name: "inch".into(),
                class: UnitKind::Measure,
            });
            m.end = a.end + 1;
        }
        Ok(())
    }

    /// "2 min 30 s", "3 minutes 20s": a bare "s" after a number of minutes is seconds.
    pub(super) fn seconds_after_minutes(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_none()
            && !m.range
            && a.first == a.num
            && a.num >= 2
            && self.low(a.end) == "s"
            && self.is_word(a.end)
            && !(self.is_word(a.end + 1) && self.attached(a.end + 1))
            && matches!(
                self.low(a.num - 1),
                "min" | "mins" | "minute" | "minutes" | "m"
            )
            && self.is_num(a.num - 2)
            && a.value < 60.0
        {
            m.unit = Some(FoundUnit {
                name: "second".into(),
                class: UnitKind::Time,
            });
            m.end = a.end + 1;
        }
        Ok(())
    }

    /// "1h 30m", "2 hours 15m": a glued "m" after a number of hours is minutes, not
    /// metres.
    pub(super) fn minutes_after_hours(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.as_ref().is_some_and(|u| u.name == "metre")
            && !m.range
            && m.end == a.end + 1
            && self.raw(a.end) == "m"
            && self.attached(a.end)
            && a.first == a.num
            && a.num >= 2
            && matches!(self.low(a.num - 1), "h" | "hr" | "hrs" | "hour" | "hours")
            && self.is_num(a.num - 2)
            && a.value < 60.0
        {
            m.unit = Some(FoundUnit {
                name: "minute".into(),
                class: UnitKind::Time,
            });
        }
        Ok(())
    }
}
