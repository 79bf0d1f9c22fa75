//! A figure that is a name standing between a count and its noun: "More than 1.3 million
//! 999 calls" counts `999 call`; the 999 is the number called, no quantity (decision 511).

use super::*;

impl<'a> SentenceReader<'a> {
    /// `label_number_count`: after a large count (a scale word or a grouped figure,
    /// "1.3 million", "40,000"), a plain integer of two to four digits, apart from both,
    /// followed by a counted noun, names the kind counted: "2.1 million 999 calls" is
    /// 2,100,000 `999 call`, one mention. Small counts are left alone ("5 100 metre
    /// races" are two figures), as are units after the second figure.
    pub(super) fn label_number_count(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        let large = a.scale > 0 || (a.plain_digits.is_none() && a.value >= 1000.0);
        if !is_whole_count(a) || a.words || !large || j + 1 >= self.n() {
            return None;
        }
        let digits = self.raw(j);
        if !self.is_num(j)
            || self.attached(j)
            || self.attached(j + 1)
            || !(2..=4).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !self.is_word(j + 1)
            || self.unit_at(j + 1).is_some()
        {
            return None;
        }
        let (noun, end) = self.noun_phrase(j + 1, false)?;
        let UnitKind::Count { head } = noun.class else {
            return None;
        };
        let name = format!("{digits} {}", noun.name);
        Some((
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            end,
        ))
    }
}
