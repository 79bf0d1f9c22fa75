//! Amounts restated in brackets, the way contracts and formal notices write them:
//! "thirty (30) days", "ten percent (10%)", "GBP 2,500 (two thousand five hundred
//! pounds)". The figure is one quantity, said twice.

use super::*;

impl<'a> SentenceReader<'a> {
    /// "not less than thirty (30) days": a number in words restated in digits in
    /// brackets right after it; the amount takes in the bracket, so its unit is read after.
    pub(super) fn words_restated_in_digits(&self, a: &mut Amt) {
        if !a.words || a.cur.is_some() || a.fuzzy.is_some() || a.fraction {
            return;
        }
        if !self.is_sym(a.end, '(') || !self.is_num(a.end + 1) {
            return;
        }
        if let Ok(d) = self.digit_amount(a.end + 1, false)
            && d.cur.is_none()
            && d.scale == 0
            && d.value == a.value
            && self.is_sym(d.end, ')')
        {
            a.end = d.end + 1;
        }
    }

    /// "ten percent (10%) of the proceeds", "GBP 2,500 (two thousand five hundred
    /// pounds)": a mention alone in brackets right after one of the same value, one
    /// written in words and the other in digits, restates it and is not a second mention.
    pub(super) fn restated_in_brackets(
        &self,
        found: &Found,
        prev: Option<(usize, usize, f64)>,
    ) -> bool {
        let Some((pfirst, pend, pvalue)) = prev else {
            return false;
        };
        if found.range || found.low != pvalue || pend + 1 != found.first {
            return false;
        }
        if !self.is_sym(pend, '(') || !self.is_sym(found.end, ')') {
            return false;
        }
        let in_words = |from: usize, to: usize| {
            (from..to).all(|k| !self.is_num(k)) && (from..to).any(|k| self.is_word(k))
        };
        in_words(pfirst, pend) != in_words(found.first, found.end)
    }

    /// "between 11,000 and 15,500 pounds (5,000 and 7,000 kg)": an amount right after
    /// an opening bracket that follows a "between ... and ..." range in the same clause
    /// opens the range restated in another unit, so "and" joins its ends (decision 523).
    pub(super) fn between_restated_in_brackets(&self, first: usize) -> bool {
        let Some(open) = first.checked_sub(1) else {
            return false;
        };
        if !self.is_sym(open, '(') {
            return false;
        }
        let mut and_seen = false;
        for k in (open.saturating_sub(12)..open).rev() {
            match self.kind(k) {
                Some(Kind::Sym('(' | ')' | ',' | ';' | ':' | '.' | '"')) => return false,
                Some(Kind::Word) => match self.low(k) {
                    "and" => and_seen = true,
                    "between" => return and_seen,
                    _ => {}
                },
                _ => {}
            }
        }
        false
    }

    /// Rule `share_restating_bounded_fraction` (decision 1118): "More than half (57 percent)
    /// of participants", "Fewer than half (45%)", "almost half (47%)": a share alone in
    /// brackets right after a bound or approximation and a word fraction that is no
    /// mention of its own ("half", "a third", "one quarter", "two-thirds") restates the
    /// fraction and takes its qualifier, and the change of a verb before the qualifier
    /// ("fell by more than a third (34 per cent)", decision 1168).
    pub(super) fn share_restating_bounded_fraction(&self, found: &mut Found) {
        let percent = found
            .unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Percent);
        if found.qual.is_some() || found.range || !percent || found.first < 3 {
            return;
        }
        let open = found.first - 1;
        if !self.is_sym(open, '(') || !self.is_sym(found.end, ')') {
            return;
        }
        let word = open - 1;
        if !self.is_word(word) || words::fraction_word(self.low(word)).is_none() {
            return;
        }
        let start = match word.checked_sub(1).map(|k| self.low(k)) {
            Some("a" | "an" | "one") => word - 1,
            Some("-") if word >= 2 && self.is_word(word - 2) => word - 2,
            _ => word,
        };
        if let Some((q, from)) = self.qualifier_before(start) {
            found.qual = Some(q);
            // "fell by more than a third (34 per cent)": the bounded fraction is the size
            // of a change, and so is the share restating it (decision 1168).
            if found.change.is_none() {
                found.change = self.change_before(from).map(|(c, _, _)| c);
            }
        }
    }
}
