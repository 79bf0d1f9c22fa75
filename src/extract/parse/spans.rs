//! Spans that are no quantity although they look like ranges: the first end of a span of
//! clock times ("7-11pm", "12 till 3pm", "between 6 and 7 a.m.") and the short second
//! year of a season after an en or em dash ("2020–21") or a spaced dash ("2024 - 25"), plus the small readers the range
//! grammar asks about "till"/"until" and a signed second end.

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether a clock suffix ("pm", "am", "a.m.", "p.m.", "o'clock") stands at `k`.
    pub(super) fn clock_suffix_at(&self, k: usize) -> bool {
        self.is_word(k)
            && (matches!(self.low(k), "am" | "pm" | "a.m" | "p.m" | "o'clock")
                || (matches!(self.low(k), "a" | "p")
                    && self.is_sym(k + 1, '.')
                    && self.attached(k + 1)
                    && self.low(k + 2) == "m"))
    }

    /// Whether `k` holds an hour of the clock in plain digits (1 to 12).
    fn clock_hour(&self, k: usize) -> bool {
        let r = self.raw(k);
        self.is_num(k)
            && r.len() <= 2
            && r.bytes().all(|b| b.is_ascii_digit())
            && num_value(r).is_some_and(|v| (1.0..=12.0).contains(&v))
    }

    /// "7-11pm", "12 till 3pm", "from 9 to 5pm", "between 6 and 7 a.m.": an hour at `i`
    /// joined by a dash, "to", "till", "until" or (after "between") "and" to an hour with
    /// a clock suffix is a time of day too, so no quantity. Returns the token after it.
    pub(super) fn clock_span_start(&self, i: usize) -> Option<usize> {
        if !self.clock_hour(i) || (i > 0 && self.currency_before(i).is_some()) {
            return None;
        }
        let j = i + 1;
        let sep = match self.kind(j)? {
            Kind::Sym('-' | '–' | '—') => true,
            Kind::Word => match self.low(j) {
                "to" | "till" | "til" | "until" => true,
                "and" => i > 0 && self.low(i - 1) == "between",
                _ => false,
            },
            _ => false,
        };
        if !sep || !self.clock_hour(j + 1) {
            return None;
        }
        // "3:30pm": minutes after the second hour.
        let mut end = j + 2;
        if self.is_sym(end, ':') && self.attached(end) && self.is_num(end + 1) {
            end += 2;
        }
        self.clock_suffix_at(end).then_some(j)
    }

    /// "the 2020–21 season", "1990—91": two digits glued after an en or em dash that is
    /// glued to a year are the second year of the span, no quantity (a hyphen is read as a
    /// sign there already). "For 2024 - 25", "in 2023 – 24": a hyphen or dash spaced on
    /// both sides joins the year to the next one the same way (decision 756). Returns the
    /// token after them.
    pub(super) fn season_year_tail(&self, i: usize) -> Option<usize> {
        let dash = i.checked_sub(1)?;
        let year = dash.checked_sub(1)?;
        let r = self.raw(i);
        let y = self.raw(year);
        let glued = matches!(self.kind(dash), Some(Kind::Sym('–' | '—')))
            && self.attached(dash)
            && self.attached(i);
        let spaced = matches!(self.kind(dash), Some(Kind::Sym('-' | '–' | '—')))
            && !self.attached(dash)
            && !self.attached(i);
        let ok = (glued || spaced)
            && r.len() == 2
            && r.bytes().all(|b| b.is_ascii_digit())
            && self.is_num(year)
            && y.len() == 4
            && num_value(y).is_some_and(|v| (1500.0..=2199.0).contains(&v))
            && num_value(r)
                .zip(num_value(&y[2..]))
                .is_some_and(|(t, s)| t == (s + 1.0) % 100.0);
        ok.then_some(i + 1)
    }

    /// "from 3 until 5 days", "3 till 5 km": "till" joins two ends of a range anywhere,
    /// "until" only after "from" (elsewhere it opens a time: "until 2025").
    pub(super) fn till_separator(&self, a: &Amt, sep: &str) -> bool {
        match sep {
            "till" | "til" => true,
            "until" => a.first > 0 && self.low(a.first - 1) == "from",
            _ => false,
        }
    }

    /// "minus 3 to plus 2 degrees": after a negative first end, "plus" before digits at
    /// `num` marks the second end's side of zero.
    fn plus_word_second_end(&self, a: &Amt, has_cur: bool, num: usize) -> Option<Amt> {
        if has_cur || a.value >= 0.0 || self.low(num) != "plus" || !self.is_num(num + 1) {
            return None;
        }
        let mut b = self.digit_amount(num + 1, true).ok()?;
        if b.first != num + 1 || b.cur.is_some() {
            return None;
        }
        b.first = num;
        Some(b)
    }

    /// "-2 to +3 degrees": a negative first end with no unit of its own, "to" and a plus
    /// sign glued to digits followed by a unit is one range ("index -3 pts to +1", with a
    /// unit on the first end, stays a move and a level).
    fn plus_before_unit(&self, a: &Amt, num: usize) -> bool {
        a.value < 0.0
            && a.end + 1 == num
            && self.low(a.end) == "to"
            && self.is_sym(num, '+')
            && self.attached(num + 1)
            && self.is_num(num + 1)
            && self.unit_at(num + 2).is_some()
    }

    /// Whether the second end at `num`, after the separator at `j`, carries a sign
    /// glued to its digits: "to -5", "from -5 to +5", "-2 to +3 degrees".
    pub(super) fn signed_end_here(&self, a: &Amt, j: usize, no_cur: bool, num: usize) -> bool {
        self.negative_end(j, num)
            || (no_cur && (self.plus_after_negative(a, num) || self.plus_before_unit(a, num)))
    }

    /// The second end signed by a word after a negative first end: "minus 10", "plus 2".
    pub(super) fn sign_word_end(&self, a: &Amt, has_cur: bool, num: usize) -> Option<Amt> {
        self.minus_word_second_end(a, has_cur, num)
            .or_else(|| self.plus_word_second_end(a, has_cur, num))
    }
}
