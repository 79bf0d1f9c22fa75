//! Rules on the unit of a mention once its amount is read: times as a count or a factor
//! ("struck 23 times", "10 times the price"), a dimension's side taking the unit of the
//! last ("4 x 6 metres"), a fold as a factor, a bare number's unit from the words around
//! it or from its subject's "number of", and a modifier between the article and the
//! number joining the counted noun ("a record 32 goals").

use super::finish::{Draft, Step};
use super::range_or_unit::is_temperature_or_degree;
use super::*;

impl<'a> SentenceReader<'a> {
    /// "struck 23 times" is a count of times; "10 times the price" a factor.
    pub(super) fn times_after(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "struck 23 times": a count of times; "10 times the price", "3 times as many": a
        // factor, with no unit.

        if m.unit.is_none() && !a.fraction && self.low(m.end) == "times" && self.is_word(m.end) {
            let next = self.low(m.end + 1);
            let time = FoundUnit {
                name: "time".into(),
                class: UnitKind::Count {
                    head: "time".into(),
                },
            };
            // "78,000 times a minute", "three times per week", "three times daily"
            // (decision 781): a rate of times.
            let rate = (matches!(next, "a" | "an" | "per")
                && words::rate_noun(self.low(m.end + 2))
                && !self.period_names_a_time(m.end + 3))
                || self.rate_adverb_at(m.end + 1).is_some();
            if rate {
                let (u, e) = self.read_rate(time, m.end + 1);
                m.unit = Some(u);
                m.end = e;
                return Ok(());
            }
            // "11 times wider than", "50 times brighter than": any comparative before
            // "than" makes a factor too (decision 464).
            let comparative = next.len() > 3
                && next.ends_with("er")
                && self.is_word(m.end + 1)
                && self.low(m.end + 2) == "than";
            if words::FACTOR_AFTER_TIMES.contains(next) || comparative {
                m.multiplier = true;
            } else {
                m.unit = Some(time);
            }
            m.end += 1;
        }
        Ok(())
    }

    /// "3,024 x 1,964 pixels": the first side takes the unit after the second.
    pub(super) fn dimension_side(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "3,024 x 1,964 pixels", "4 x 6 metres", "12 by 14 feet", "2 x 3 x 4 feet",
        // "a 10-by-12-foot shed": a dimension; a side takes the unit written after the last.
        // The side after the joiner at `k`, where it starts: "10-by-12-foot" joins with
        // hyphens around "by".
        let by = |k: usize| {
            if self.is_side_joiner(k) {
                Some(k + 1)
            } else if self.is_sym(k, '-')
                && self.attached(k)
                && self.is_side_joiner(k + 1)
                && self.attached(k + 1)
                && self.is_sym(k + 2, '-')
                && self.attached(k + 2)
                && self.attached(k + 3)
            {
                Some(k + 3)
            } else {
                None
            }
        };
        // The sides after this one, up to three: the last is the one with a unit.
        let mut side = None;
        let mut k = m.end;
        for _ in 0..3 {
            let Some(at) = by(k).filter(|&at| self.is_num(at)) else {
                break;
            };
            let Ok(next) = self.digit_amount(at, true) else {
                break;
            };
            k = next.end;
            side = Some(next);
        }
        let by_at = by(m.end).map(|at| at - 1);
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && let Some(by_at) = by_at
            && let Some(bb) = side
            && let (Some(u2), _, _) = self.read_unit(bb.end, &bb, true)
            && (u2.class == UnitKind::Measure
                || matches!(&u2.class, UnitKind::Count { head } if head == "pixel"))
            // "12 by 14 feet": "by" joins two sides only of a length.
            && (self.raw(by_at) != "by"
                || crate::units::registry()
                    .by_name(&u2.name)
                    .any(|id| crate::units::registry().get(id).dimension == "length"))
        {
            m.unit = Some(u2);
        }
        Ok(())
    }

    /// Rule `dimension_figure` (decision 1022): a plain figure with "x" or "×" between it
    /// and another, spaced alike on both sides ("1920 x 1080 pixels", "2048×1536"), is
    /// a side of a dimension, never a year, whichever side it is. "30× 2024 levels" (a
    /// factor glued to its figure) keeps its year.
    pub(super) fn dimension_figure(&self, a: &Amt) -> bool {
        let joiner = |k: usize| self.is_sym(k, '×') || (self.raw(k) == "x" && self.is_word(k));
        let plain = |k: usize| {
            self.is_num(k) && self.raw(k).bytes().all(|b| b.is_ascii_digit() || b == b',')
        };
        let after =
            joiner(a.end) && plain(a.end + 1) && self.attached(a.end) == self.attached(a.end + 1);
        let before = a.first >= 2
            && joiner(a.first - 1)
            && plain(a.first - 2)
            && self.attached(a.first - 1) == self.attached(a.first);
        after || before
    }

    /// "a 1.3-fold higher risk": a factor.
    pub(super) fn fold_is_factor(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "a 1.3-fold higher risk", "15- to 20-fold": a factor (its unit stays `fold`).
        if m.unit
            .as_ref()
            .is_some_and(|u| matches!(&u.class, UnitKind::Count { head } if head == "fold"))
        {
            m.multiplier = true;
        }
        Ok(())
    }

    /// Rule `zero_side` (decision 1056): "20 degrees below zero", "10C below zero", "30
    /// below zero" are -20, -10, -30 (and "5 degrees above zero" +5): a temperature, a
    /// bare degree or a bare figure placed against zero is a signed value, not a figure
    /// and a bound on 0; the words are taken into the mention. Other units ("0.5 points
    /// below zero") are left as they are.
    pub(super) fn zero_side(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = m.end;
        let Some(sign) = words::ZERO_SIDES
            .get(self.low(k))
            .filter(|_| self.is_word(k))
        else {
            return Ok(());
        };
        let temperature = m.unit.as_ref().is_none_or(is_temperature_or_degree);
        if self.low(k + 1) != "zero" || !temperature || m.multiplier {
            return Ok(());
        }
        if sign == "-" {
            (m.low, m.high) = (-m.low, -m.high);
        }
        m.end = k + 2;
        Ok(())
    }

    /// A bare number whose unit the words around it say (ages, inches, magnitudes).
    pub(super) fn unit_from_words_around(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // A bare number whose unit the words around it say.
        if m.unit.is_none() && !m.range {
            m.unit = self.unit_from_context(a, m.first, m.end, m.qual);
        } else if m.unit.is_none() {
            m.unit = self.magnitude_before(a);
        }
        Ok(())
    }

    /// "the number of bushels of corn per acre is between 180 and 250": a figure with no
    /// unit after "is", "was", "are" or "were" counts the unit its subject names after
    /// "number of" (at most twelve words back, no number or punctuation between).
    pub(super) fn unit_named_in_subject(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        if m.unit.is_some()
            || m.first < 4
            || a.cur.is_some()
            || !matches!(self.low(m.first - 1), "is" | "was" | "are" | "were")
        {
            return Ok(());
        }
        let mut k = m.first - 2;
        while k >= 1 && k + 14 > m.first && self.is_word(k) {
            if self.low(k - 1) == "number" && self.low(k) == "of" && self.unit_at(k + 1).is_some() {
                if let (Some(unit), _, _) = self.read_unit(k + 1, a, nested) {
                    m.unit = Some(unit);
                }
                return Ok(());
            }
            k -= 1;
        }
        Ok(())
    }

    /// "a record 32 goals": a modifier between article and number joins the counted noun.
    pub(super) fn modifier_before_number(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "a record 32 goals", "the top three seeds": a modifier between the article and
        // the number belongs to the counted noun phrase.
        if let Some(u) = m.unit.as_mut()
            && let UnitKind::Count { .. } = u.class
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && m.first == a.first
            && m.first >= 2
            && matches!(self.low(m.first - 2), "a" | "an" | "the")
            && self.is_word(m.first - 1)
            && !self.capitalised(m.first - 1)
            // "an intense three-way bidding battle": a count hyphenated to its noun
            // modifies a later head, and the word before it modifies that head.
            && !(self.is_sym(a.end, '-') && self.attached(a.end))
            // "finish the day two shots off the lead": a margin after the noun makes the
            // word before the number the verb's object, not a modifier.
            && !words::MARGIN_ADVERBS.contains(self.low(m.end))
        {
            let w = self.low(m.first - 1);
            // "the stadiums 112,000 seats": a possessive that lost its apostrophe.
            let lost_apostrophe = w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("ous")
                && !w.ends_with("is");
            if !words::is_stopword(w)
                && !lost_apostrophe
                && !w.contains(['\'', '’'])
                && !words::amount_adjective(w)
                // "in the district 2,315 households": a label word names a place.
                && !words::is_label_word(w)
                && words::change_word(w).is_none()
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                && !(w.ends_with("er") && w.len() > 4)
            {
                let base = words::superlative_base(w);
                u.name = format!("{} {}", base.as_deref().unwrap_or(w), u.name);
            }
        }
        Ok(())
    }
}
