//! A tie between two senses of a spelling after a number, broken by the cue nearest the
//! number (decision 641): "an atmospheric electrical discharge … temperatures approaching
//! 30,000 C" has one cue of the coulomb ("discharge") and one of the degree Celsius
//! ("temperatures") within the window; the word that names what the figure measures
//! stands next to it, so the sense with a cue nearer the figure wins. Rings of one more
//! token either side are searched until one tied sense has more cues than the others;
//! with none ahead at any ring the earlier row stands, as before.

use super::unit_lookup::SENSE_WINDOW;
use super::*;
use crate::units::{UnitId, senses};

impl<'a> SentenceReader<'a> {
    /// The words within `reach` tokens of `at` (not `at` itself), the sentence's first
    /// word both lower-cased and as written (the senses count distinct cues, so each
    /// other word is given once).
    pub(super) fn words_within(
        &self,
        at: usize,
        reach: usize,
    ) -> impl Iterator<Item = &'a str> + Clone + '_ {
        let (lo, hi) = (at.saturating_sub(reach), (at + reach + 1).min(self.n()));
        (lo..hi)
            .filter(move |&k| k != at && self.is_word(k))
            .flat_map(move |k| {
                (k == 0)
                    .then(|| self.low(k))
                    .into_iter()
                    .chain([self.raw(k)])
            })
    }

    /// The sense of `spelling` (written at `at`, `touching` the number or not, among the
    /// units `allowed` keeps) that the words within the window choose: the most distinct
    /// cues, a tie going to the sense with a cue nearest the number.
    pub(super) fn sense_by_cues(
        &self,
        spelling: &str,
        at: usize,
        touching: bool,
        allowed: impl Fn(UnitId) -> bool,
    ) -> Option<UnitId> {
        let tied = senses::tied_senses(
            spelling,
            touching,
            self.words_within(at, SENSE_WINDOW),
            allowed,
        );
        if tied.len() < 2 {
            return tied.first().copied();
        }
        for reach in 1..=SENSE_WINDOW {
            let counts: Vec<usize> = tied
                .iter()
                .map(|&id| senses::cues_for(spelling, id, self.words_within(at, reach)))
                .collect();
            let most = counts.iter().copied().max().unwrap_or(0);
            if most > 0 && counts.iter().filter(|&&n| n == most).count() == 1 {
                return counts.iter().position(|&n| n == most).map(|i| tied[i]);
            }
        }
        tied.first().copied()
    }
}
