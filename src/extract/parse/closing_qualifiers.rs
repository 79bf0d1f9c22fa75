//! Qualifiers read after the amount: a closing qualifier ("1,000 or more", "60 or so",
//! "350+", "10 minutes at most"), a bound closing after a bracketed conversion ("150
//! metres (490 ft) or more"), a lower and an upper bound joined into one range ("more than
//! 20 and less than 100 people"), a starting price as a lower bound ("fares from
//! £19.99") and a starting point closed by "onwards" ("from the age of 90 on").

use super::finish::{Draft, Step};
use super::*;
use crate::fast_hash::{WordIndex, index_by};

impl<'a> SentenceReader<'a> {
    /// "fares from £19.99": a starting price is a lower bound.
    pub(super) fn starting_price(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "fares from £19.99", "costs from 1,186 yuan": a starting price; so is a price
        // for a period, "costs from £9.99 a month" (decision 595).
        if m.from
            && !m.range
            && m.qual.is_none()
            && m.first >= 2
            && m.unit.as_ref().is_some_and(|u| match u.class {
                UnitKind::Currency(_) => true,
                UnitKind::Rate => a.cur.is_some(),
                _ => false,
            })
            && words::STARTING_PRICE_WORDS.contains(self.low(m.first - 2))
        {
            m.qual = Some(QualCode::Ge);
        }
        Ok(())
    }

    /// "from the age of 90 on, …", "youngsters from the age of ten upwards": a figure
    /// after "from" with no second end, closed by "onwards", "upwards" or "on" before a
    /// mark, is a lower bound (decision 1416). "from 500 on Monday" is untouched.
    pub(super) fn starting_point_onwards(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.from && !m.range && m.qual.is_none() && self.onwards_at(m.end) {
            m.qual = Some(QualCode::Ge);
        }
        Ok(())
    }

    /// Whether the token at `k` closes a starting point: "onwards", "onward", "upwards",
    /// "upward", or "on" before a comma, a dash or the sentence's end.
    fn onwards_at(&self, k: usize) -> bool {
        match self.low(k) {
            "onwards" | "onward" | "upwards" | "upward" => self.is_word(k),
            "on" => {
                self.is_word(k)
                    && (k + 1 >= self.n() || self.is_sym(k + 1, ',') || self.is_dash(k + 1))
            }
            _ => false,
        }
    }

    /// "1,000 or more", "60 or so", "aged 65 and over", "350+": a qualifier after the amount.
    pub(super) fn closing_qualifier(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        // Closing qualifiers: "1,000 or more", "60 or so", "aged 65 and over", "4GB of
        // RAM or less" (a short "of" phrase between), "1000+".
        // "40-odd years", "twenty-odd people", "20-ish degrees": "-odd" or "-ish" after
        // the amount is about.
        if m.qual.is_none()
            && ((self.is_sym(a.end, '-')
                && self.attached(a.end)
                && self.attached(a.end + 1)
                && matches!(self.low(a.end + 1), "odd" | "ish"))
                || self.glued_ish(a.end))
        {
            m.qual = Some(QualCode::Approx);
        }
        // "about 50 or so people": "or so" repeats an "about" and still takes the noun.
        let or_so = self.low(m.end) == "or" && self.low(m.end + 1) == "so";
        if m.qual.is_none() || (m.qual == Some(QualCode::Approx) && or_so) {
            let k = if self.low(m.end) == "of"
                && self.is_word(m.end + 1)
                && self.low(m.end + 2) == "or"
                && m.unit.is_some()
            {
                m.end + 2
            } else if self.bracketed_or(m.end) {
                // "£40 (or more)": the closing word in brackets (decision 788).
                m.end + 1
            } else {
                // "80% capacity or less": after the noun a share is of.
                self.share_noun_then_or(m).unwrap_or(m.end)
            };
            let q = match (self.low(k), self.low(k + 1)) {
                ("or", w) if words::CLOSING_OR_GE.contains(w) => Some(QualCode::Ge),
                ("or", "better") => Some(self.or_better(m)),
                ("and", w) => self.closing_and_bound(w, k),
                ("or", "so") => Some(QualCode::Approx),
                ("or", w) if words::CLOSING_OR_LE.contains(w) => Some(QualCode::Le),
                _ => None,
            };
            // "5 or more than 6" is a comparison. The qualifier and the tokens it takes.
            let closing = match q {
                // "100% or better than advertised" still bounds the figure.
                // "age 65 or older than children under 15" (real eg): an age
                // comparative before persons still bounds the figure (decision 1089).
                Some(q)
                    if self.low(k + 2) != "than"
                        || self.low(k + 1) == "better"
                        || (words::AGE_COMPARATIVES.contains(self.low(k + 1))
                            && !self.is_num(k + 3)) =>
                {
                    Some((q, if k == m.end { 2 } else { 0 }))
                }
                None if self.is_sym(m.end, '+')
                    && self.attached(m.end)
                    && !self.is_num(m.end + 1) =>
                {
                    Some((QualCode::Ge, 1))
                }
                None => self
                    .closing_phrase(m.end)
                    .or_else(|| self.closing_after_comma(m.end))
                    .or_else(|| self.money_min_closing(a, m)),
                _ => None,
            };
            if let Some((q, taken)) = closing {
                m.qual = Some(q);
                // "ten or more people", "350+ seats": the counted noun after it.
                if taken > 0 {
                    m.end += taken;
                    if m.unit.is_none() && !m.range {
                        self.take_unit_at(m.end, a, m, nested);
                    }
                }
            }
        }
        Ok(())
    }

    /// "£40 (or more)", "16 GB of memory (or more)": "or" and a closing word alone in
    /// brackets at `at` (decision 788).
    fn bracketed_or(&self, at: usize) -> bool {
        self.is_sym(at, '(')
            && self.low(at + 1) == "or"
            && self.is_sym(at + 3, ')')
            && (words::CLOSING_OR_GE.contains(self.low(at + 2))
                || words::CLOSING_OR_LE.contains(self.low(at + 2)))
    }

    /// "70 points or better", "a rating of 700 or better": at least the figure; a time "or
    /// better" ("10 seconds or better") is at most the time, a faster run (decision 788).
    fn or_better(&self, m: &Draft) -> QualCode {
        if m.unit.as_ref().is_some_and(|u| u.class == UnitKind::Time) {
            QualCode::Le
        } else {
            QualCode::Ge
        }
    }

    /// "150 metres (490 ft) or more", "40C (104F) or higher": a bound closing after a
    /// conversion in brackets bounds the figure, and through `conversion_inherits` the
    /// conversion too. The mention keeps its text; the bracket is read on its own.
    pub(super) fn bracket_closing_bound(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.range || !self.is_sym(m.end, '(') {
            return Ok(());
        }
        let Some(close) = (m.end + 1..self.n().min(m.end + 10))
            .find(|&c| matches!(self.kind(c), Some(Kind::Sym(')' | '('))))
            .filter(|&c| self.is_sym(c, ')') && self.is_num(m.end + 1))
        else {
            return Ok(());
        };
        let k = close + 1;
        // "or more than 6" is a comparison; "and more assists" joins another count.
        let ends = !(self.is_word(k + 2) || self.is_num(k + 2));
        let q = match (self.low(k), self.low(k + 1)) {
            _ if self.low(k + 2) == "than" => return Ok(()),
            ("or", w) if words::CLOSING_OR_GE.contains(w) => QualCode::Ge,
            ("or", w) if words::CLOSING_OR_LE.contains(w) => QualCode::Le,
            ("or", "so") => QualCode::Approx,
            ("and", w) if ends && words::CLOSING_AND_GE.contains(w) => QualCode::Ge,
            ("and", w) if ends && words::CLOSING_AND_LE.contains(w) => QualCode::Le,
            _ => return Ok(()),
        };
        m.qual = Some(q);
        Ok(())
    }

    /// "10 minutes at most", "5 km at the very least": a bounding phrase after the amount
    /// and its unit, then the end of the clause or a small word ("at most stores" is no
    /// bound). The qualifier and the tokens the phrase takes.
    fn closing_phrase(&self, at: usize) -> Option<(QualCode, usize)> {
        let (q, len) = closing_phrases_starting(self.low(at))
            .iter()
            .filter_map(|&(p, q)| Some((q, self.match_pattern(at, p, false)?)))
            .max_by_key(|&(_, len)| len)?;
        let next = at + len;
        let clause_ends = next >= self.n()
            || matches!(self.kind(next), Some(Kind::Sym(_) | Kind::Break))
            || (self.is_word(next) && words::is_stopword(self.low(next)));
        if clause_ends {
            Some((q, len))
        } else {
            // "3 hours give or take a day": the margin after it is not taken.
            self.give_or_take_margin(at).then_some((q, 0))
        }
    }

    /// The bound a word after "N and" puts on N: "40 and more", "aged 65 and over" (`>=`),
    /// "10cm and larger" (decision 1037), "5 and under" (`<=`); a word that may open a
    /// second counted noun (`words/and_count_joiners.txt`) bounds N only when no plural
    /// follows it ("5 goals and more assists", "10cm and larger objects").
    fn closing_and_bound(&self, w: &str, k: usize) -> Option<QualCode> {
        let q = if words::CLOSING_AND_GE.contains(w) {
            QualCode::Ge
        } else if words::CLOSING_AND_LE.contains(w) {
            QualCode::Le
        } else {
            return None;
        };
        let second_count = words::AND_COUNT_JOINERS.contains(w)
            && self.is_word(k + 2)
            && self.looks_plural(self.low(k + 2), false);
        (!second_count).then_some(q)
    }

    /// "the order must be €25 min", "£40 min, per person": "min" after a sum of money is its
    /// minimum (after a bare number or a measure it is minutes, read as the unit). The
    /// qualifier and the tokens it takes, when the clause ends or a small word follows.
    fn money_min_closing(&self, a: &Amt, m: &Draft) -> Option<(QualCode, usize)> {
        let money = a.cur.is_some()
            || matches!(
                m.unit.as_ref().map(|u| &u.class),
                Some(UnitKind::Currency(_))
            );
        if !money || m.range || self.low(m.end) != "min" {
            return None;
        }
        let next = m.end + 1;
        let ends = next >= self.n()
            || matches!(self.kind(next), Some(Kind::Sym(_) | Kind::Break))
            || (self.is_word(next) && words::is_stopword(self.low(next)));
        ends.then_some((QualCode::Ge, 1))
    }

    /// "more than 20 and less than 100 people", "not more than 10 and not less than 5": a
    /// lower and an upper bound joined by "and" or "but", in either order, are one range.
    pub(super) fn two_sided_bound(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let lower_first = match m.qual {
            Some(QualCode::Gt | QualCode::Ge) => true,
            Some(QualCode::Lt | QualCode::Le | QualCode::UpTo) => false,
            _ => return Ok(()),
        };
        if m.range || !matches!(self.low(m.end), "and" | "but") {
            return Ok(());
        }
        let k = m.end + 1;
        let mut best: Option<usize> = None;
        for (phrase, q) in words::qualifiers() {
            let other_side = if lower_first {
                matches!(q, QualCode::Lt | QualCode::Le | QualCode::UpTo)
            } else {
                matches!(q, QualCode::Gt | QualCode::Ge)
            };
            if other_side
                && let Some(len) = self.match_pattern(k, phrase, false)
                && best.is_none_or(|b| len > b)
            {
                best = Some(len);
            }
        }
        // "≥ 30 and ≤ 50", ">= 30 and <= 50": a comparison symbol.
        if best.is_none() {
            best = [k + 1, k]
                .into_iter()
                .filter_map(|e| self.symbol_qualifier(e).map(|(q, s)| (q, s, e)))
                .find(|&(q, s, _)| {
                    s == k
                        && if lower_first {
                            matches!(q, QualCode::Lt | QualCode::Le)
                        } else {
                            matches!(q, QualCode::Gt | QualCode::Ge)
                        }
                })
                .map(|(_, _, e)| e + 1 - k);
        }
        let Some(len) = best else {
            return Ok(());
        };
        let mut at = k + len;
        // "up to $5,000 and at least $500": the number after a currency sign.
        if let Some((_, num)) = self.currency_from(at) {
            at = num;
        }
        if !self.is_num(at) && number::small_number_word(self.low(at)).is_none() {
            return Ok(());
        }
        let mut hint = None;
        if let Outcome::Found(f, _) = self.try_at(at, &mut hint, true)
            && f.date.is_none()
            && !f.range
            && (if lower_first {
                f.low > a.value
            } else {
                f.low < a.value
            })
            && (m.unit.is_none()
                || f.unit.is_none()
                || m.unit.as_ref().map(|u| &u.name) == f.unit.as_ref().map(|u| &u.name))
        {
            // "more than 20 and less than 100 million": the scale of the second bound
            // applies to the first when the first has none and is not larger (as in
            // "between 20 and 100 million").
            let own = if lower_first { m.low } else { m.high };
            let shared = self
                .digit_amount(at, true)
                .ok()
                .filter(|b| a.scale == 0 && b.scale > 0 && a.raw <= b.raw && own == a.value)
                .map_or(own, |b| scaled(a.raw, b.scale));
            (m.low, m.high) = if lower_first {
                (shared, f.low)
            } else {
                (f.low, shared)
            };
            m.range = true;
            m.qual = None;
            m.unit = m.unit.take().or(f.unit);
            m.end = f.end;
        }
        Ok(())
    }
}

/// The closing phrases ([`words::closing_phrases`], in its order) whose first token is
/// `first`: only they can match at a token whose text (lower-cased) is `first`, so the
/// others are not tried.
fn closing_phrases_starting(first: &str) -> &'static [(&'static str, QualCode)] {
    static INDEX: std::sync::OnceLock<WordIndex<(&'static str, QualCode)>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            index_by(words::closing_phrases(), |&(p, _)| {
                p.split(' ').next().unwrap_or(p)
            })
        })
        .get(first)
        .map_or(&[], Vec::as_slice)
}
