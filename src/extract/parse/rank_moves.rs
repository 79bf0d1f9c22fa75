//! A move up or down a ranking: "The song climbed 57 places to No. 2", "the club fell
//! four spots", "moved up 15 places". The count of places a verb of rising or falling
//! moves is the size of the change, not a count of things the verb gained or lost.

use super::finish::Draft;
use super::*;

impl SentenceReader<'_> {
    /// Decision 1340: whether `m` counts places on a ranking (`words/rank_move_nouns.txt`:
    /// places, spots, notches, rungs) right after a verb of rising or falling or its
    /// particle (`words/rank_move_verbs.txt`: "climbed 57 places", "moved up 15 places"),
    /// which `count_is_not_change` then leaves a change. "cut 2,000 university places"
    /// and "lost 3 games" stay counts.
    pub(super) fn rank_move(&self, m: &Draft) -> bool {
        let Some(UnitKind::Count { head }) = m.unit.as_ref().map(|u| &u.class) else {
            return false;
        };
        m.first > 0
            && words::RANK_MOVE_NOUNS.contains(head.as_str())
            && words::RANK_MOVE_VERBS.contains(self.low(m.first - 1))
    }
}
