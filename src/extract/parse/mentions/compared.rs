//! What a figure shares with the figure before it when the sentence leaves the link
//! implicit: a figure set against a change is the same change ("lost 8.5% of their
//! weight, compared with 1.9% on placebo"), and an elided alternative shares a bound
//! ("up to 8 hours on a charge (30 with the case)"). Decisions 554 and 555.

use super::*;

/// The most tokens of the phrase between a bounded figure and its elided alternative.
const BOUND_PHRASE: usize = 6;

/// The most tokens between the second figure of a pair and the "respectively" closing it.
const RESPECTIVELY_REACH: usize = 9;

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
    /// were covered") stops it: its verb opens no listed phrase. An approximation is shared
    /// only by a bare figure after "and" in a parallel phrase, a preposition after each
    /// figure ("approximately 2040 melanoma deaths in Australia and 310 in New Zealand",
    /// rule `approximation_to_bare_alternative`, decision 1064); a figure with a noun of its
    /// own keeps none (dev tune "about 90 miles wide and 175 miles long").
    pub(super) fn alternative_shares_bound(&self, found: &mut Found, mem: &Memory) {
        if found.qual.is_some() || found.range || found.fraction {
            return;
        }
        let Some((pend, Some(q), _, _)) = mem.prev else {
            return;
        };
        let Some(link) = self.alternative_span(pend, found.first) else {
            return;
        };
        let shared = !matches!(q, QualCode::Approx)
            || self.approximation_to_bare_alternative(found, mem, link == pend)
            || self.pair_respectively(found);
        if shared && self.parallel_phrase(pend..link, found, mem) {
            found.qual = Some(q);
        }
    }

    /// The first token of the link ("(", "or", ", or", "and", ", and") when the figure at
    /// `first` is an elided alternative of the figure ending at `pend`: at most a short
    /// phrase opened by a preposition (`words/shared_bound_preps.txt`), all words, stands
    /// between that figure and the link ("up to 8 hours on a charge (30 …").
    pub(super) fn alternative_after(&self, pend: usize, first: usize) -> Option<usize> {
        self.alternative_span(pend, first)
            .filter(|&link| (pend..link).all(|k| self.is_word(k)))
    }

    /// The link as `alternative_after` finds it, whatever the short phrase holds: a bound
    /// also reaches over a phrase with a year (rule `parallel_phrase`).
    fn alternative_span(&self, pend: usize, first: usize) -> Option<usize> {
        if pend >= first {
            return None;
        }
        let link = self.alternative_link(first).filter(|&l| l >= pend)?;
        let short = link - pend <= BOUND_PHRASE;
        let opened = link == pend || words::SHARED_BOUND_PREPS.contains(self.low(pend));
        (short && opened).then_some(link)
    }

    /// Rule `parallel_phrase` (decision 1120): the phrase between a bounded figure
    /// and its alternative is words, or words and a year when a phrase opened by a
    /// preposition follows the alternative too and the alternative names no other unit
    /// ("surpassed 1,000 in 1981 and 10,000 in 1998"), so a figure with a clause of its
    /// own after it ("and 150 firms joined") or a noun of its own ("and 90 staff in
    /// 2021") takes nothing.
    fn parallel_phrase(&self, phrase: std::ops::Range<usize>, found: &Found, mem: &Memory) -> bool {
        let same_unit = match (&mem.last_unit, &found.unit) {
            (_, None) => true,
            (Some((_, Some(pu))), Some(u)) => pu.name == u.name,
            _ => false,
        };
        phrase.clone().all(|k| self.is_word(k))
            || (phrase.clone().all(|k| self.is_word(k) || self.year_at(k))
                && same_unit
                && words::SHARED_BOUND_PREPS.contains(self.low(found.end)))
    }

    /// Rule `pair_respectively` (decision 1119): an approximation before the first of a
    /// pair joined by "and" reaches the second when "respectively" closes the pair
    /// ("about 7kg and 10kg respectively", "about 30 percent and 52 percent of all
    /// croplands irrigated, respectively"): the two figures are said of two things alike.
    fn pair_respectively(&self, found: &Found) -> bool {
        found.first > 0
            && self.low(found.first - 1) == "and"
            && (found.end..(found.end + RESPECTIVELY_REACH).min(self.n()))
                .take_while(|&k| !self.is_num(k) && !self.is_sym(k, ';') && !self.is_sym(k, '('))
                .any(|k| self.low(k) == "respectively")
    }

    /// Rule `approximation_to_bare_alternative` (decision 1064): whether an approximation
    /// reaches the figure `found`, given that it is an alternative after a short phrase
    /// opened by a preposition: the figure has no noun of its own, follows "and" and a
    /// phrase (not `empty`), and a preposition opens the words after it ("and 310 in New
    /// Zealand", "and 275 in light trucks").
    fn approximation_to_bare_alternative(&self, found: &Found, mem: &Memory, empty: bool) -> bool {
        !mem.own_noun
            && !empty
            && self.low(found.first - 1) == "and"
            && words::SHARED_BOUND_PREPS.contains(self.low(found.end))
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
}
