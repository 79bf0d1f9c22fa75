//! Rules on averages and estimates once the unit is known: an average of a change is
//! the change; "On average," opening the sentence and "average at N" make a figure a
//! typical value, approximate (`~`), as the verb of averaging does (finish.rs); "estimated
//! at", "an estimated value of" read as approximate; a closing bound outweighs an estimate.
//! The noun "average" ("the average price was N", "the national average is N", "an average
//! of N") names a quantity and leaves the figure its own qualifier (decision 798).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "wage raises averaging 5.7%", "pay rises averaged 3%": the average of a change
    /// named right before "averaging" is the change (decision 280), as "by an average of"
    /// is; the average stays its qualifier.
    pub(super) fn average_of_change(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_none()
            && m.first == a.first
            && m.first >= 2
            && matches!(self.low(m.first - 1), "averaging" | "averaged")
            && self.is_word(m.first - 2)
        {
            m.change = words::change_noun_of(self.low(m.first - 2));
        }
        Ok(())
    }

    /// Rule `average_after_subject` (decision 1345): "average" at `k` is the verb of the
    /// plural subject right before it (a plural noun or a word of
    /// `words/average_verb_subjects.txt`), so the figure after it is a typical value: "where
    /// crowds average 19,156", "33 percent average 9 inches", "we average $2", and after a
    /// figure and "and", "Starting at $3,000 and average $15,000". No noun: "an average
    /// 15.2%", "the average 52-week price target" have an article before "average".
    pub(super) fn average_after_subject(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let w = self.low(p);
        if words::AVERAGE_VERB_SUBJECTS.contains(w) {
            return true;
        }
        match w {
            "and" => p > 0 && self.is_num(p - 1),
            _ => self.bare_plural(p),
        }
    }

    /// "an estimated 54,000 or more", "estimated 250,000 plus": a bound closing the
    /// figure is stronger than the estimate before it, so it wins over the approximation
    /// (decision 186). Only "or" with a word of `closing_or_ge`/`closing_or_le` ("or
    /// more", "or less") and "plus" ending the clause count; "about 5 or 6" is a range read
    /// elsewhere, "$5 plus tax" an addition.
    pub(super) fn closing_bound_over_estimate(
        &self,
        _a: &Amt,
        m: &mut Draft,
        _nested: bool,
    ) -> Step {
        if m.qual != Some(QualCode::Approx) || m.range {
            return Ok(());
        }
        let e = m.end;
        let not_than = self.low(e + 2) != "than";
        let (q, taken) = match (self.low(e), self.low(e + 1)) {
            ("or", w) if not_than && words::CLOSING_OR_GE.contains(w) => (QualCode::Ge, 2),
            ("or", w) if not_than && words::CLOSING_OR_LE.contains(w) => (QualCode::Le, 2),
            ("plus", _) if e + 1 >= self.n() || !(self.is_word(e + 1) || self.is_num(e + 1)) => {
                (QualCode::Ge, 1)
            }
            _ => return Ok(()),
        };
        m.qual = Some(q);
        m.end += taken;
        Ok(())
    }

    /// "On average, cruise ships use 200 to 300 tons of fuel a day", "Analysts on average
    /// were expecting earnings of $2.86 per share and revenue of $60.22 billion": "on
    /// average" opening the sentence (or after its first word) before the figure in the
    /// same clause (at most sixteen tokens back: words,
    /// numbers and currency signs, a comma only right after it, no "but", "while",
    /// "which", "whereas") makes a measure, money or share a typical value,
    /// approximate (decision 188). Counts keep their own reading ("On average, 16
    /// analysts … expect": the analysts are counted, not averaged).
    pub(super) fn average_opening(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted = m
            .unit
            .as_ref()
            .is_none_or(|u| matches!(u.class, UnitKind::Count { .. } | UnitKind::Time));
        if m.qual.is_some() || m.change.is_some() || counted || m.first != a.first {
            return Ok(());
        }
        let mut k = m.first;
        while k >= 2 && k + 16 >= m.first {
            k -= 1;
            if self.low(k) == "average" && self.low(k - 1) == "on" {
                // Only where it opens the sentence or follows its one-word subject.
                if k <= 2 {
                    m.qual = Some(QualCode::Approx);
                }
                return Ok(());
            }
            let comma_after_average = self.is_sym(k, ',') && k >= 2 && self.low(k - 1) == "average";
            if !(self.is_word(k)
                || self.is_num(k)
                || matches!(self.kind(k), Some(Kind::Sym('$' | '£' | '€')))
                || comma_after_average)
                || matches!(self.low(k), "but" | "while" | "which" | "whereas")
            {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Rule `average_right_before` (decision 1174): "spend on average 74 minutes a day",
    /// "were, on average, 1.8 degrees above normal", "paid on average $4.20": "on average"
    /// (a comma after it or none) right before the figure, inside the sentence, makes it a
    /// typical value, approximate, as "$3.58 on average" after it does; counts and times
    /// included. "On average," opening the sentence is `average_opening`'s (decision 188:
    /// "On average, 16 analysts" stays counted); a change keeps its own reading ("rose on
    /// average 5% a year").
    pub(super) fn average_right_before(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.first != a.first || m.first < 3 {
            return Ok(());
        }
        let end = m.first - usize::from(self.is_sym(m.first - 1, ','));
        if end >= 3 && self.low(end - 1) == "average" && self.low(end - 2) == "on" {
            m.qual = Some(QualCode::Approx);
        }
        Ok(())
    }

    /// "with an estimated street value of £210m", "has an estimated street value of $3.5
    /// million", "the estimated street value of the Cocaine was £19 million": a figure
    /// stated as the estimated amount of its subject is approximate, as "an estimated
    /// 54,000" is (decision 210). "estimated" after "an" opens a noun phrase of one to
    /// four words ending in "of" right before the figure; after "the" it may also open
    /// the subject of "is"/"was" right before it (at most ten tokens, words, years and
    /// hyphens only). A range keeps its own reading: blind d's "estimated peak winds of
    /// 170-180mph" is exact.
    pub(super) fn estimated_value(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.range || m.first != a.first || m.first < 4 {
            return Ok(());
        }
        let of = self.low(m.first - 1) == "of";
        let reach = match self.low(m.first - 1) {
            "of" => 6,
            "is" | "was" => 11,
            _ => return Ok(()),
        };
        let mut k = m.first - 3;
        while k >= 1 && k + reach >= m.first && (self.is_word(k) || self.year_or_hyphen(k)) {
            if self.low(k) == "estimated" {
                if self.low(k - 1) == "the" || (of && self.low(k - 1) == "an") {
                    m.qual = Some(QualCode::Approx);
                }
                return Ok(());
            }
            k -= 1;
        }
        Ok(())
    }

    /// "averaging over 30 points per game at 31.7 a night", "the 30 points per game
    /// average at 31.6": the figure after "at" is an average, a typical value.
    pub(super) fn average_at(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.first != a.first || m.first < 2 || self.low(m.first - 1) != "at" {
            return Ok(());
        }
        let mut k = m.first - 2;
        let averaged = loop {
            let w = self.low(k);
            if matches!(w, "average" | "averaging" | "averaged" | "averages")
                && (w != "average" || k + 2 == m.first)
            {
                break true;
            }
            let clause_break = !(self.is_word(k) || self.is_num(k))
                || matches!(w, "and" | "but" | "while" | "which" | "who" | "that");
            if clause_break || k == 0 || k + 10 < m.first {
                break false;
            }
            k -= 1;
        };
        if averaged {
            m.qual = Some(QualCode::Approx);
        }
        Ok(())
    }
}
