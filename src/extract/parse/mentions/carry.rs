//! Units carried from one mention to a later one in the same sentence, where the
//! sentence gives the unit once: a shortened repeat of a fuller unit ("26.05 inches of
//! mercury … 26.22 inches"), and a change of the things counted before ("added 200,000
//! jobs … after a gain of 150,000").

use super::*;

/// Units with a qualifying tail ("inch of mercury") seen so far in the sentence.
#[derive(Default)]
pub(in crate::extract::parse) struct Carried {
    fuller: Vec<FoundUnit>,
}

impl SentenceReader<'_> {
    /// "27.9 inches of mercury at noon and 28.1 inches at dusk": a unit repeated without
    /// its tail is the fuller unit the sentence stated.
    pub(super) fn fuller_unit_repeats(&self, found: &mut Found, mem: &mut Memory) {
        let Some(u) = &found.unit else {
            return;
        };
        if let Some(full) = mem.carry.fuller.iter().find(|f| {
            f.name.len() > u.name.len() + 4
                && f.name.starts_with(u.name.as_str())
                && f.name[u.name.len()..].starts_with(" of ")
        }) {
            found.unit = Some(full.clone());
        } else if u.name.contains(" of ")
            && !matches!(u.class, UnitKind::Count { .. })
            && !crate::units::is_age(&u.name)
            && mem.carry.fuller.len() < 8
        {
            mem.carry.fuller.push(u.clone());
        }
    }

    /// "added 200,000 jobs in June after a gain of 150,000 in May": a bare number after a
    /// change noun and "of" counts the things of the sentence's last count, when the two
    /// are of a size (within a factor of ten).
    pub(super) fn change_of_counts(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some() || found.range || found.fraction || found.first < 2 {
            return;
        }
        let noun = self.low(found.first - 2);
        if self.low(found.first - 1) != "of" || words::change_noun_of(noun).is_none() {
            return;
        }
        if let Some((v, u, _)) = &mem.last_count
            && found.low / v <= 10.0
            && v / found.low <= 10.0
        {
            found.unit = Some(u.clone());
        }
    }
}
