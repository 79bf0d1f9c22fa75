//! "pounds" after a figure in a sentence that writes its money in dollars (decision 1348):
//! "500 pound barrels adjusted to 38% moisture averaged $1.5884 per pound", "8 million
//! pounds more than the 112 million pounds they caught in 2017, and $46 million more",
//! "$ 6.26 the minimum official price for the banana box from 41.5 to 43 pounds". Every
//! readable sentence with a "$" sum and "N pounds" weighs (15 of 15); a money cue
//! elsewhere in it ("price", "worth", "buyer") chose sterling before.

use super::*;
use crate::units::{registry, senses};

impl SentenceReader<'_> {
    /// Rule `pounds_beside_dollars` (decision 1348): "pounds" at `k` after the figure
    /// beginning at `first` is a weight when the sentence writes "$" and nothing in
    /// sterling (`writes_sterling`), the figure is no conversion in brackets ("5 million
    /// pounds ($6.3 million)", "$2.5 million (2 million pounds)") and the word right
    /// before it is neither "for" nor a money cue of `senses.tsv` ("cost 45 pounds in
    /// London and $60 in Boston" stays sterling).
    pub(super) fn pounds_beside_dollars(&self, first: usize, k: usize) -> bool {
        if self.is_sym(k + 1, '(') || (first > 0 && self.is_sym(first - 1, '(')) {
            return false;
        }
        let money_word = first > 0 && self.is_word(first - 1) && {
            let w = self.low(first - 1);
            w == "for"
                || senses::sense("pounds", false, std::iter::once(w))
                    .is_some_and(|id| registry().get(id).dimension == "money")
        };
        !money_word && self.writes_dollar() && !self.writes_sterling()
    }

    /// Whether the sentence writes a "$" (a sum in dollars); found once.
    fn writes_dollar(&self) -> bool {
        *self
            .memo
            .writes_dollar
            .get_or_init(|| (0..self.n()).any(|k| matches!(self.kind(k), Some(Kind::Sym('$')))))
    }
}
