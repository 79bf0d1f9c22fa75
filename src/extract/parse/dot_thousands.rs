//! Thousands grouped by a dot in currencies written without decimals (issue 17, branch
//! expeer37, decision 684): "Rp 25.000", "₫50.000", "15.000 pesos colombianos".

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `dot_thousands_in_currency`: a figure of one to three digits, a glued dot and
    /// three glued digits, in a currency of `words/dot_thousands_currencies.txt`, is
    /// thousands, not a decimal ("Rp 25.000" → 25,000 `indonesian rupiah`). A scale word
    /// after it ("Rp 1.500 triliun") or more groups ("Rp 1.250.000", read already) leave
    /// it as read.
    pub(super) fn dot_thousands_in_currency(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let currency = m.unit.as_ref().is_some_and(|u| {
            matches!(u.class, UnitKind::Currency(_))
                && words::DOT_THOUSANDS_CURRENCIES.contains(&u.name)
        });
        if !currency || m.range || a.scale != 0 || a.end <= a.num {
            return Ok(());
        }
        // The digits as written, whether the tokens split them at the dot or not.
        let text = &self.text[self.toks[a.num].start..self.toks[a.end - 1].end];
        let grouped = match text.split_once('.') {
            Some((whole, group)) => {
                (1..=3).contains(&whole.len())
                    && group.len() == 3
                    && whole
                        .bytes()
                        .chain(group.bytes())
                        .all(|b| b.is_ascii_digit())
            }
            None => false,
        };
        if grouped {
            m.low = scaled(m.low, 3);
            m.high = scaled(m.high, 3);
        }
        Ok(())
    }
}
