//! Thousands grouped by a dot in currencies written without decimals (issue 17, branch
//! expeer37, decision 684): "Rp 25.000", "₫50.000", "15.000 pesos colombianos"; and in
//! any figure where the text makes the grouping clear (decision 1310): "1.250.000
//! tickets", "250.000 tons".

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

    /// Rule `dot_grouped` (decision 1310): thousands grouped by dots where the text makes
    /// the grouping clear, the digits joined and the index of the last group. Two groups
    /// or more ("1.250.000 tickets": no decimal has two points) are read whatever follows,
    /// unless a further dotted number goes on ("10.100.100.1", an address). One group is
    /// read only when it is round, a unit or a counted noun follows, no currency or scale
    /// (before or after) is written and no other figure of the sentence has a decimal point
    /// ("250.000 tons", "45.700 kg", "500.000 customers"; "7.138 tonnes", "$1.500 billion",
    /// "3.600 per dollar" stay decimals).
    pub(super) fn dot_grouped(&self, i: usize) -> Option<(String, usize)> {
        let (lead, group) = self.raw(i).split_once('.')?;
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(1..=3).contains(&lead.len()) || group.len() != 3 || !digits(lead) || !digits(group) {
            return None;
        }
        let mut text = format!("{lead}{group}");
        let mut last = i;
        while self.is_sym(last + 1, '.')
            && self.attached(last + 1)
            && self.is_num(last + 2)
            && self.attached(last + 2)
        {
            let g = self.raw(last + 2);
            if g.len() != 3 || !digits(g) {
                return None;
            }
            text.push_str(g);
            last += 2;
        }
        if last > i {
            return Some((text, last));
        }
        let round = !lead.starts_with('0') && group.ends_with("00");
        let named = self.is_word(i + 1)
            && !self.attached(i + 1)
            && match self.unit_at(i + 1) {
                // "45.000 dong": a currency after the figure is `dot_thousands_in_currency`'s.
                Some((u, _)) => u.dimension != "money",
                None => self.counted_after(i + 1),
            };
        (round
            && named
            && !self.odd_decimal()
            && self.currency_before(i).is_none()
            && self.scale_after(i, i + 1, None).0 == 0)
            .then_some((text, i))
    }

    /// Whether a figure of the sentence has a decimal point before other than three digits
    /// ("7.5"), so that a lone "250.000" may be a decimal too; scanned once a sentence.
    fn odd_decimal(&self) -> bool {
        *self.memo.odd_decimal.get_or_init(|| {
            (0..self.n()).any(|k| {
                self.is_num(k)
                    && self
                        .raw(k)
                        .split_once('.')
                        .is_some_and(|(_, f)| f.len() != 3)
            })
        })
    }
}
