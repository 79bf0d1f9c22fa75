//! A telecoms operator's "net additions": the count after "net addition(s) of" is the size
//! of a rise in what it counts, as after "a net gain of" (decision 1347).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `net_addition_of` (decision 1347): "with a net addition of 40 million
    /// subscriptions", "net additions of about 1.2 million" are rises of the count, said as
    /// its size (as "by" says it, so a count keeps the change). "addition" alone is no
    /// change: "the addition of 2 cups of celery", "the addition of about 3.8 million net
    /// subscribers" (real bi, cs, e).
    pub(super) fn net_addition_of(&self, _a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.change.is_none()
            && m.first >= 3
            && self.low(m.first - 1) == "of"
            && matches!(self.low(m.first - 2), "addition" | "additions")
            && self.low(m.first - 3) == "net"
        {
            m.change = Some(true);
            m.change_from_verb = true;
            m.change_by = true;
        }
        Ok(())
    }
}
