//! Currency signs glued to a figure that are also names: a lone capital ("R850" rand,
//! "N70,000" naira; "R21" a road, "N95" a mask) and short letter codes ("PS5", "RON95").
//! Decision 538.

use super::*;
use crate::units::{registry, senses};

impl<'a> SentenceReader<'a> {
    /// Whether the figure at `i`, glued to the letters before it that read as a currency,
    /// names a thing instead. `sum` is whether it is written as a sum (a decimal point, a
    /// thousands separator or space, a scale). Letter codes that name a sum even before
    /// one or two digits (`words/glued_codes.txt`) stay sums. A lone capital is a sign
    /// only before a sum or a whole number of three digits or more in a sentence about
    /// money; "R", read so for decades in South African papers, stays a sign before a sum
    /// without such a word ("R142.30"). Other letters are names only before one or two
    /// bare digits ("Rs50" is a name, "Rs500" a sum).
    pub(super) fn glued_sign_names(&self, i: usize, text: &str, sum: bool) -> bool {
        if i == 0 || !self.attached(i) || !self.is_word(i - 1) {
            return false;
        }
        let sign = self.raw(i - 1);
        if words::GLUED_CODES.contains(sign) {
            return false;
        }
        let mut chars = sign.chars();
        // "$C130 million" is a sign of two tokens, not a lone capital.
        let lone_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_uppercase())
            && self.currency_before(i).is_some_and(|(_, at)| at + 1 == i);
        if !lone_capital {
            return !sum && text.len() <= 2;
        }
        if sum && sign == "R" {
            return false;
        }
        !(self.names_money() && (sum || text.len() >= 3))
    }

    /// Whether the sentence has a word of money: a cue of "pounds" as sterling in
    /// `senses.tsv` ("price", "paid", "bill", "wage") or a verb whose object is a sum
    /// (`words/money_verbs.txt`). Found once per sentence.
    pub(super) fn names_money(&self) -> bool {
        self.sentence_has_word(&self.memo.names_money, |w| {
            words::MONEY_VERBS.contains(w)
                || senses::sense("pounds", false, std::iter::once(w))
                    .is_some_and(|id| registry().get(id).dimension == "money")
        })
    }
}
