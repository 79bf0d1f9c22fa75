//! A rate written after the verb (issue 17, branch exrate31): "36,000 units of red blood
//! cells are needed every day", "41 people die from lightning strikes each year", "13
//! litres is used per minute" (decision 605).

use super::finish::{Draft, Step};
use super::*;

/// The most plain words of an "of" phrase between the counted noun and its verb.
const OF_WORDS: usize = 4;
/// The most tokens of the one phrase between the verb and the rate.
const PHRASE_TOKENS: usize = 6;
/// The most auxiliaries before the verb ("will have been").
const AUXILIARIES: usize = 3;

impl SentenceReader<'_> {
    /// Rule `rate_after_verb` (decision 605): a counted noun or a measure (or a rate not
    /// yet per a period, "113 litres per property") that is the subject of its verb takes
    /// the rate written after the verb: a passive ("are needed every day", "is used per
    /// minute") or a verb with no object, with at most one phrase opened by a word of
    /// `words/verb_rate_prepositions.txt` ("die on the waiting list every year"). A verb
    /// with an object keeps the plain unit ("36,000 people complete it each year", blind
    /// d), as do sums, percentages and spans of time, a time ("a year ago") and a rate
    /// adverb after a count (decision 437). The rate is read as right after the unit.
    pub(super) fn rate_after_verb(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        let Some(unit) = m.unit.as_ref() else {
            return Ok(());
        };
        let open = match &unit.class {
            UnitKind::Count { .. } | UnitKind::Measure => true,
            UnitKind::Rate => unit
                .name
                .rsplit(" per ")
                .next()
                .is_some_and(|den| !words::rate_noun(den)),
            _ => false,
        };
        if nested || !open || is_year(a) {
            return Ok(());
        }
        let Some(r) = self.rate_past_verb(m.end) else {
            return Ok(());
        };
        self.take_rate_at(m, r);
        Ok(())
    }

    /// Gives the mention the rate read at `r` on its unit, when a rate is read there and
    /// it is not the unit already (shared with `rate_after_comparative`).
    pub(super) fn take_rate_at(&self, m: &mut Draft, r: usize) {
        let Some(unit) = m.unit.clone() else {
            return;
        };
        let (found, _) = self.read_rate(unit.clone(), r);
        if found.class == UnitKind::Rate && found.name != unit.name {
            m.unit = Some(found);
        }
    }

    /// Where the rate stands when the verb begins at `k` or after an "of" phrase there
    /// ("units of red blood cells are needed").
    fn rate_past_verb(&self, k: usize) -> Option<usize> {
        if let Some(r) = self.rate_after_verb_at(k) {
            return Some(r);
        }
        // Rule `rate_after_relative` (decision 848): "2.5 million deaths that occur in the
        // US every year": the verb of a relative clause on the counted noun; a clause
        // opened by "who" tells what people do, not how many are counted ("45 engineers
        // who work from home each week", exrate31's probe).
        if matches!(self.low(k), "that" | "which") {
            return self.rate_after_verb_at(k + 1);
        }
        if self.low(k) != "of" {
            return None;
        }
        let plain =
            |w: usize| self.is_word(w) && !self.capitalised(w) && !words::is_stopword(self.low(w));
        for w in k + 1..=k + OF_WORDS {
            if !plain(w) {
                return None;
            }
            if let Some(r) = self.rate_after_verb_at(w + 1) {
                return Some(r);
            }
        }
        None
    }

    /// The rate after a verb group beginning at `v`: auxiliaries, then a participle
    /// after a form of "be" or "have" or a verb after none or a modal, then one phrase
    /// and the rate, or the rate itself after an auxiliary.
    fn rate_after_verb_at(&self, v: usize) -> Option<usize> {
        let aux = |w: usize| {
            self.is_word(w)
                && (words::VERB_RATE_AUXILIARIES.contains(self.low(w))
                    || words::MODAL_VERBS.contains(self.low(w)))
        };
        let mut w = v;
        while w - v < AUXILIARIES && aux(w) {
            w += 1;
        }
        let verb = self.low(w);
        if !self.is_word(w) || self.capitalised(w) || words::is_stopword(verb) {
            return None;
        }
        let passive = w > v && !words::MODAL_VERBS.contains(self.low(w - 1));
        let participle =
            (verb.len() > 3 && verb.ends_with("ed")) || words::PARTICIPLES.contains(verb);
        if passive && !participle {
            return None;
        }
        // A verb with neither auxiliary nor phrase may be a noun ("330ml cans a week",
        // "500 mg twice a day"), and "tourists visit each year" is written without the
        // rate (exrange7's probe, as blind d's "complete it each year").
        let x = w + 1;
        if w > v && self.rate_word_at(x) {
            return Some(x);
        }
        if !self.is_word(x) || !words::VERB_RATE_PREPOSITIONS.contains(self.low(x)) {
            return None;
        }
        (x + 1..=x + PHRASE_TOKENS)
            .take_while(|&y| self.phrase_token(y))
            .find(|&y| y > x + 1 && self.rate_word_at(y))
    }

    /// Whether the token at `y` may stand in the phrase after the verb: a word that
    /// opens no clause or list (`words/verb_rate_phrase_breaks.txt`), or an apostrophe
    /// ("the county's roads").
    pub(super) fn phrase_token(&self, y: usize) -> bool {
        if self.is_word(y) {
            return !words::VERB_RATE_PHRASE_BREAKS.contains(self.low(y));
        }
        matches!(self.kind(y), Some(Kind::Sym('\'' | '’')))
    }
}
