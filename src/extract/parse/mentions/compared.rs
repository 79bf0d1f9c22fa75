//! What a figure shares with the figure before it when the sentence leaves the link
//! implicit: a figure set against a change is the same change ("lost 8.5% of their
//! weight, compared with 1.9% on placebo"), and an elided alternative shares a bound
//! ("up to 8 hours on a charge (30 with the case)"). Decisions 554 and 555. An
//! approximation opening a comma list of three or more counts reaches each member
//! ("about 1.35 million illnesses, 26,500 hospitalizations, and 420 deaths"). Decision
//! 1008.

use super::*;

/// The most tokens of the phrase between a bounded figure and its elided alternative.
const BOUND_PHRASE: usize = 6;

impl SentenceReader<'_> {
    /// "those on the drug lost 15.2% of their weight, vs 2.6% on placebo": a figure right
    /// after a word of comparing (`words/compared_links.txt`) takes the change of the last
    /// figure in its unit, when that figure was a change (decision 554). A level ("rose
    /// to 5.2%, compared with 4.9%") has no change to give, and a figure with a change of
    /// its own ("compared with a 1% decline") keeps it.
    pub(super) fn compared_shares_change(&self, found: &mut Found, mem: &Memory) {
        if found.change.is_some() || found.range || !self.compared_link_before(found.first) {
            return;
        }
        let Some(unit) = &found.unit else {
            return;
        };
        if let Some(Some(c)) = mem.unit_changes.get(&unit.name) {
            found.change = Some(*c);
        }
    }

    /// Whether a word of comparing ends right before `first`: "vs", "vs.", "versus",
    /// "compared with", "compared to".
    fn compared_link_before(&self, first: usize) -> bool {
        self.link_before(first, &words::COMPARED_LINKS).is_some()
    }

    /// The first token of an entry of `links` (one word, or two spaced) that ends right
    /// before `first`, a full stop after it allowed ("vs."); the longer entry first.
    pub(super) fn link_before(&self, first: usize, links: &words::WordList) -> Option<usize> {
        let mut k = first;
        if k > 0 && self.is_sym(k - 1, '.') {
            k -= 1;
        }
        if k == 0 || !self.is_word(k - 1) {
            return None;
        }
        let last = self.low(k - 1);
        if k >= 2 && self.is_word(k - 2) && links.contains(&format!("{} {last}", self.low(k - 2))) {
            return Some(k - 2);
        }
        links.contains(last).then_some(k - 1)
    }

    /// "up to 29 days in smartwatch mode and 84hrs with GPS on", "no more than eight
    /// tablets, or 4 grams", "up to 8 hours on a charge (30 with the case)": a figure with
    /// no qualifier of its own after "(", "or", ", or", "and" or ", and", with at most a
    /// short phrase opened by a preposition (`words/shared_bound_preps.txt`) between it
    /// and a bounded figure, is the elided alternative and shares the bound (decision
    /// 555). A clause of its own between ("more than 100 remained missing and 62 homes
    /// were covered") stops it: its verb opens no listed phrase.
    pub(super) fn alternative_shares_bound(&self, found: &mut Found, mem: &Memory) {
        if found.qual.is_some() || found.range || found.fraction {
            return;
        }
        let Some((pend, Some(q), _)) = mem.prev else {
            return;
        };
        if matches!(q, QualCode::Approx) || pend >= found.first {
            return;
        }
        let Some(link) = self.alternative_link(found.first) else {
            return;
        };
        if link < pend {
            return;
        }
        let phrase = pend..link;
        let short = phrase.len() <= BOUND_PHRASE;
        let opened = phrase.is_empty() || words::SHARED_BOUND_PREPS.contains(self.low(pend));
        if short && opened && phrase.clone().all(|k| self.is_word(k)) {
            found.qual = Some(q);
        }
    }

    /// The first token of the link right before `first`: "(", "or", ", or", "and",
    /// ", and".
    fn alternative_link(&self, first: usize) -> Option<usize> {
        let k = first.checked_sub(1)?;
        if self.is_sym(k, '(') {
            return Some(k);
        }
        if !matches!(self.low(k), "or" | "and") || !self.is_word(k) {
            return None;
        }
        Some(if k > 0 && self.is_sym(k - 1, ',') {
            k - 1
        } else {
            k
        })
    }

    /// Rule `approximation_along_list` (decision 1008): "about 1.35 million illnesses,
    /// 26,500 hospitalizations, and 420 deaths", "an estimated 41 million illnesses,
    /// 710,000 hospitalisations and 52,000 deaths": a count with its own noun and no
    /// qualifier, joined by "," (the second member) or by ",", "and" or ", and" (a later
    /// member) right after an approximate count, in a list of three or more counts, is
    /// approximate too. A pair joined by "and" keeps the approximation on the first (dev
    /// tune "about 90 miles wide and 175 miles long", decision 555), and a bound ("More
    /// than 40,000 coffees, 4,000 cups …", real bw) is not carried over a list.
    pub(super) fn approximation_along_list(&self, found: &mut Found, mem: &mut Memory) {
        let prev_end = mem.list_approx_end.take();
        // Counts and measures, a member's own noun with a period too ("3,000 deaths each
        // year", "about 4,500 acres, 60 houses").
        let listed = |u: Option<&FoundUnit>| {
            matches!(
                u.map(|u| &u.class),
                Some(UnitKind::Count { .. } | UnitKind::Measure | UnitKind::Rate)
            )
        };
        if found.qual.is_some()
            || found.range
            || found.fraction
            || !mem.own_noun
            || !listed(found.unit.as_ref())
        {
            return;
        }
        let Some((pend, Some(QualCode::Approx), _)) = mem.prev else {
            return;
        };
        let Some((fend, _, u)) = &mem.last_figure else {
            return;
        };
        if *fend != pend || !listed(Some(u)) || pend >= found.first {
            return;
        }
        let later = prev_end == Some(pend);
        let joint: Vec<&str> = (pend..found.first).map(|k| self.low(k)).collect();
        let joined = match joint.as_slice() {
            [","] => true,
            ["and"] | [",", "and"] => later,
            _ => false,
        };
        // The second member needs a third after it ("N noun, N noun(,) and N noun") and
        // the first its approximation written as a word before its figure ("about",
        // "an estimated"), not a verb's ("averaged 24.3 points, 11.8 rebounds", blind j).
        let k = found.end + usize::from(self.is_sym(found.end, ','));
        let goes_on = (self.is_sym(found.end, ',') || self.low(k) == "and")
            && self.is_num(k + usize::from(self.low(k) == "and"));
        if joined && (later || (goes_on && self.approximation_word_before(pend))) {
            found.qual = Some(QualCode::Approx);
            mem.list_approx_end = Some(found.end);
        }
    }

    /// Whether the figure of the mention ending at `end` (its number at most four tokens
    /// back) has a word of approximation right before it, a sign between allowed.
    fn approximation_word_before(&self, end: usize) -> bool {
        let Some(num) = (end.saturating_sub(4)..end).rev().find(|&k| self.is_num(k)) else {
            return false;
        };
        let mut k = num;
        if k > 0 && !self.is_word(k - 1) && !self.is_num(k - 1) {
            k -= 1;
        }
        k > 0 && words::APPROX_LIST_WORDS.contains(self.low(k - 1))
    }
}
