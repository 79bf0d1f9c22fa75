//! A margin written after a count as a bare figure counts the same noun (issue 17, branch
//! exunit49, decision 876): "City sit on 62 points, two clear of Arsenal", "31 Bundesliga
//! goals in 25 games, 1 shy of the record", "won 240 of the 543 seats, 32 short of a
//! majority". The count is the sentence's last one that is no frame of time or games
//! ("from 19 games", "in 25 games"): that is what the margin is a margin of. Points are
//! counted here too ("on 54 points, three clear"); no other measure, money or rate.

use super::*;

/// The most tokens between the count and the margin's figure.
const MARGIN_GAP: usize = 8;

impl SentenceReader<'_> {
    /// Rule `margin_takes_count` (decision 876): a bare whole figure set off by a comma, a
    /// dash or "and" and followed by a margin word (`words/margin_adverbs.txt`: "clear",
    /// "ahead", "behind", "short", "shy", …) takes the noun of the last count before it
    /// in the sentence, within `MARGIN_GAP` tokens, that no frame word opens. Then the
    /// mention, if counted and no frame, is remembered as the tally.
    pub(super) fn margin_takes_count(&self, found: &mut Found, mem: &mut Memory) {
        if found.bare_single()
            && found.low.fract() == 0.0
            && words::MARGIN_ADVERBS.contains(self.low(found.end))
            && self.margin_set_off(found.first)
            && let Some((tend, unit)) = &mem.tally
            && *tend <= found.first
            && found.first - tend <= MARGIN_GAP
        {
            found.unit = Some(unit.clone());
        }
        if let Some(u) = &found.unit
            && (matches!(u.class, UnitKind::Count { .. }) || u.name == "point")
            && !(found.first > 0 && words::TALLY_FRAME_WORDS.contains(self.low(found.first - 1)))
        {
            mem.tally = Some((found.end, u.clone()));
        }
    }

    /// Whether the figure at `first` is set off from what goes before it: a comma, a
    /// dash or "and", with "just", "still" or "only" between ("38 pts, just four").
    fn margin_set_off(&self, first: usize) -> bool {
        let mut k = first;
        while k > 0 && matches!(self.low(k - 1), "just" | "still" | "only") {
            k -= 1;
        }
        k > 0
            && (self.is_sym(k - 1, ',')
                || self.is_sym(k - 1, '-')
                || self.is_sym(k - 1, '–')
                || self.is_sym(k - 1, '—')
                || self.low(k - 1) == "and")
    }
}
