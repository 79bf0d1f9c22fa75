//! A rate carried to a second figure set against it (issue 17, branch exrate32): "20
//! hours a week instead of 36", "11,573 tickets per show, up from 6,901". Decision 620.

use super::*;

/// The most tokens between the rate and the word of comparing after it.
const RATE_GAP: usize = 8;

impl SentenceReader<'_> {
    /// A bare figure (no unit of its own) right after a phrase that sets it against the
    /// figure before ("instead of", "up from", "down from", "compared with", "vs",
    /// "rather than", "against") takes that figure's rate when the figure before was
    /// written as a rate ("… per …", "… a week"), the two within a factor of ten: "works
    /// 20 hours a week instead of 36" → `hour per week`. A sum with a sign of its own
    /// ("$9.50 a dozen, up from about $6") keeps its unit: the readable golds split on
    /// it (decision 620).
    pub(super) fn compared_takes_rate(&self, found: &mut Found, mem: &Memory) {
        if !found.bare_single() {
            return;
        }
        let Some((end, value, unit)) = &mem.last_rate else {
            return;
        };
        let Some(link) = self.link_before(found.first, &words::RATE_COMPARE_LINKS) else {
            return;
        };
        if link < *end || link - end > RATE_GAP || (*end..link).any(|k| self.is_sym(k, ';')) {
            return;
        }
        if one_size(found.low, *value) {
            found.unit = Some(unit.clone());
        }
    }
}
