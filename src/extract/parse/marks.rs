//! Quote marks used as the inch and foot marks where no word of `senses.tsv` names a
//! length: "At 512\" this will be the largest pumpkin", "crest at 56.3’" (decision 487).

use super::*;
use crate::units::{Unit, registry};

impl SentenceReader<'_> {
    /// A straight or right double quote (inches) or a right single quote (feet) glued to the
    /// figure `amt` ending at `k`, after a word a measure is read at
    /// (`words/quote_mark_leads.txt`: "at", "about", "is", "measured"), and followed by
    /// no glued word or number. Where the mark may close a quotation (an odd number of
    /// straight quotes before the figure, or a left quote before a curly one), the word
    /// after it must go on with the sentence: lower case and no speaker, verb of saying
    /// or conjunction (`words/quote_closers.txt`), as in "\"At 512\" this will be" but
    /// not "\"We meet at 5\" he said".
    pub(super) fn quote_mark_unit(&self, k: usize, amt: &Amt) -> Option<(&'static Unit, usize)> {
        let name = match self.kind(k)? {
            Kind::Sym('"' | '”') => "inch",
            Kind::Sym('’') => "foot",
            _ => return None,
        };
        let lead = amt.first.checked_sub(1)?;
        if k != amt.end
            || !self.attached(k)
            || (self.attached(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)))
            || !self.is_word(lead)
            || !words::QUOTE_MARK_LEADS.contains(self.low(lead))
        {
            return None;
        }
        let may_close = if self.is_sym(k, '”') {
            (0..amt.first).any(|i| self.is_sym(i, '“'))
        } else if name == "inch" {
            (0..amt.first).filter(|&i| self.is_sym(i, '"')).count() % 2 == 1
        } else {
            (0..amt.first).any(|i| self.is_sym(i, '‘'))
        };
        let goes_on = self.is_word(k + 1)
            && !self.capitalised(k + 1)
            && !words::QUOTE_CLOSERS.contains(self.low(k + 1));
        if may_close && !goes_on {
            return None;
        }
        let reg = registry();
        let id = reg.by_name(name).find(|&id| reg.get(id).name == name)?;
        Some((reg.get(id), k + 1))
    }
}
