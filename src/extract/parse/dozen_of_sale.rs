//! "a dozen" as the unit goods are sold in (decision 1294): "the average price of a dozen
//! eggs rose to $4.15", "A dozen large, grade-A eggs averaged $4.15", "a dozen roses …
//! cost $2 less" name the pack a price is for, as "a pint of milk" does, and are no
//! count (README aq, fm).

use super::*;

/// How many tokens after "dozen" are searched for the goods ("a dozen large, grade-A
/// eggs").
const GOODS_WINDOW: usize = 7;

impl SentenceReader<'_> {
    /// Rule `dozen_of_sale` (decision 1294): "a dozen" at article `i` before goods of
    /// `words/dozen_goods.txt` (within [`GOODS_WINDOW`] tokens, before any figure or
    /// full stop) in a sentence with a sum of money is the pack the price is for, no
    /// quantity: "the price of a dozen eggs jumped 18% to $4.82" keeps 18% and $4.82;
    /// "half a dozen eggs", "a dozen air tankers" and "a dozen eggs" with no sum stay
    /// counts (blind d, j).
    pub(super) fn dozen_of_sale(&self, i: usize) -> bool {
        if self.low(i + 1) != "dozen" || (i > 0 && self.low(i - 1) == "half") {
            return false;
        }
        let end = (i + 2 + GOODS_WINDOW).min(self.n());
        let goods = (i + 2..end)
            .take_while(|&k| !self.is_num(k) && !self.is_sym(k, '.') && !self.is_sym(k, ';'))
            .any(|k| self.is_word(k) && words::DOZEN_GOODS.contains(self.low(k)));
        goods && self.has_sum_of_money()
    }

    /// Whether a number in the sentence is a sum: a currency before it ("$4.15", "£2")
    /// or a currency word after it ("92 cents"); scanned once a sentence.
    fn has_sum_of_money(&self) -> bool {
        *self.memo.has_sum.get_or_init(|| {
            (0..self.n()).any(|k| {
                self.is_num(k)
                    && (self.currency_before(k).is_some()
                        || self
                            .unit_at(k + 1)
                            .is_some_and(|(u, _)| u.dimension == "money"))
            })
        })
    }
}
