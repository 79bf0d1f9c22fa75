//! A bowler's figures in a cricket report: "took 5 for 23", "figures of 6/41", "a spell of
//! 5-41" are a count of wickets and a count of runs (as blind d writes them; dev has no
//! cricket), not a score, a fraction or a range (decision 1067).

use super::*;

/// The nouns the two figures count: wickets taken, then runs conceded.
const WICKET: &str = "wicket";
const RUN: &str = "run";

impl SentenceReader<'_> {
    /// `bowling_runs_at` (decision 1067): when the digits at `i` open a bowler's figures,
    /// the token of the runs. The figures follow a cue word (`words/bowling_cues.txt`:
    /// "took 5 for 23") or a cue and "of" ("figures of 6/41", "a spell of 6/45"); the
    /// wickets, at most ten, are joined to the runs by "for" or by a "-" or "/" touching
    /// both; no unit follows the runs; and the sentence names cricket
    /// (`words/cricket_words.txt`: "overs", "bowled", "wickets", …).
    pub(super) fn bowling_runs_at(&self, i: usize) -> Option<usize> {
        let whole = |k: usize, max: f64| {
            self.is_num(k)
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
                && num_value(self.raw(k)).is_some_and(|v| v <= max)
        };
        if i == 0 || !whole(i, 10.0) {
            return None;
        }
        let cue = |k: usize| words::BOWLING_CUES.contains(self.low(k));
        let cued = cue(i - 1) || (i >= 2 && self.low(i - 1) == "of" && cue(i - 2));
        let joined = (self.is_word(i + 1) && self.low(i + 1) == "for")
            || ((self.is_sym(i + 1, '-') || self.is_sym(i + 1, '/'))
                && self.attached(i + 1)
                && self.attached(i + 2));
        let runs = i + 2;
        let cricket = || {
            self.sentence_has_word(&self.memo.names_cricket, |w| {
                words::CRICKET_WORDS.contains(w)
            })
        };
        (cued && joined && whole(runs, 400.0) && self.unit_at(runs + 1).is_none() && cricket())
            .then_some(runs)
    }

    /// The unit of one of a bowler's figures (`bowling_runs_at`): `wicket` for the first
    /// ("took 5 for 23" → 5 wickets), `run` for the second (→ 23 runs).
    pub(super) fn bowling_figure_unit(&self, a: &Amt) -> Option<FoundUnit> {
        if a.first != a.num || a.cur.is_some() {
            return None;
        }
        if self.bowling_runs_at(a.num).is_some() {
            return Some(FoundUnit::count(WICKET.into()));
        }
        (a.num >= 2 && self.bowling_runs_at(a.num - 2) == Some(a.num))
            .then(|| FoundUnit::count(RUN.into()))
    }
}
