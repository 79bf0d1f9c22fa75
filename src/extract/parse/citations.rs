//! Rule `citation_mark` (branch exread53, decision 972): footnote and reference marks
//! written as bracketed small numbers are no quantities. A square bracket glued to the
//! word, figure or full stop before it ("cases.[4]", "in 1893[1]", "[3][4]") or opening
//! after a full stop is a reference; a round bracket is one when it closes the sentence
//! and holds a list of small numbers ("(2,3).", "(2, 3)"), stands after the full stop
//! (". (2)") or holds a single digit after no name and with no other bracketed figure
//! in the sentence ("… hours of sleep per night (1)."). Bracketed counts after a name or a month ("Spain
//! (2,841)", "July 2019 (74)", "Ohio (41), Texas (38) and Iowa (7)") and a spaced square
//! bracket after a word ("the most appearances [65]") stay figures.

use super::finish::{Draft, Step};
use super::*;

/// The parts of a bracket around a figure: opening and closing token, and how many
/// numbers it holds.
struct Bracket {
    open: usize,
    close: usize,
    square: bool,
    numbers: usize,
}

impl<'a> SentenceReader<'a> {
    /// A figure inside a citation mark is passed over with its whole bracket.
    pub(super) fn citation_mark(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if a.cur.is_some() || a.words || a.fraction || a.first != a.num {
            return Ok(());
        }
        let Some(b) = self.number_bracket(a.num) else {
            return Ok(());
        };
        if self.is_citation(&b) {
            m.unit = None;
            return Err(Outcome::Skip(b.close + 1));
        }
        Ok(())
    }

    /// The bracket right around token `k` when it holds only plain numbers of one to
    /// three digits, joined by commas or dashes ("[4]", "(2, 3)", "[1–3]").
    fn number_bracket(&self, k: usize) -> Option<Bracket> {
        let inner = |i: usize| {
            (self.is_num(i) && self.short_digits(i))
                || self.is_sym(i, ',')
                || self.is_minus(i)
                || self.is_sym(i, '–')
        };
        let mut open = k;
        while open > 0 && inner(open - 1) {
            open -= 1;
        }
        let open = open.checked_sub(1)?;
        let square = self.is_sym(open, '[');
        if !square && !self.is_sym(open, '(') {
            return None;
        }
        let mut close = k + 1;
        while close < self.n() && inner(close) {
            close += 1;
        }
        let want = if square { ']' } else { ')' };
        if !self.is_sym(close, want) || !self.is_num(open + 1) || !self.is_num(close - 1) {
            return None;
        }
        // "(1,233)" split at its comma or "(1 080)" at its space is thousands, not a list.
        let thousands = (open + 2..close).any(|i| {
            self.is_num(i)
                && (self.is_num(i - 1)
                    || (self.raw(i).len() == 3 && self.is_sym(i - 1, ',') && self.attached(i)))
        });
        if thousands {
            return None;
        }
        let numbers = (open + 1..close).filter(|&i| self.is_num(i)).count();
        Some(Bracket {
            open,
            close,
            square,
            numbers,
        })
    }

    /// Whether bracket `b` reads as a reference mark rather than a figure.
    fn is_citation(&self, b: &Bracket) -> bool {
        let after_stop = b.open == 0 || self.is_sym(b.open - 1, '.');
        if b.square {
            // Glued to what stands before it, or after a full stop.
            return after_stop || self.attached(b.open);
        }
        if !self.closes_sentence(b.close + 1) {
            return false;
        }
        if after_stop || b.numbers >= 2 {
            return true;
        }
        // "followed by the United Kingdom (7)": a digit after a name is a count.
        let single_digit = self.raw(b.open + 1).len() == 1 && !self.capitalised(b.open - 1);
        single_digit && !self.other_bracketed_figure(b.open)
    }

    /// Only a full stop, closing quotes or nothing from token `k` on.
    fn closes_sentence(&self, k: usize) -> bool {
        (k..self.n()).all(|i| matches!(self.kind(i), Some(Kind::Sym('.' | '"' | '”' | '’'))))
    }

    /// Another round bracket in the sentence opening on a figure ("Ohio (41), … Iowa
    /// (7)"): the single digit is one of a list of counts.
    fn other_bracketed_figure(&self, open: usize) -> bool {
        (0..self.n().saturating_sub(2)).any(|i| {
            i != open && self.is_sym(i, '(') && self.is_num(i + 1) && self.is_sym(i + 2, ')')
        })
    }
}
