//! A counted noun named once and left out of the figures that follow it in a list of
//! names, places or kinds (issue 17, branch excarry47, decisions 842–843; branch
//! expeer73, decision 1246): "Rome (835 deaths), Athens (630), and Paris (409)", "4,597
//! deaths, followed by Spain (2,841)", "with around 18,000 deaths, followed by Spain
//! with just over 11,000", "three shows in Brooklyn and two in Washington", "2.9 million
//! subscribers in the U.S. and 7.2 million overseas", "three counts of fraud and one of
//! money laundering". Only the figure right before is looked at (the nearest earlier
//! figure of the list), so a list is read in one pass; a rate or a sum is never carried
//! this way (decision 235).

use super::*;

/// The most tokens of a name before a list item's opener ("the United Kingdom").
const NAME_GAP: usize = 5;

/// The most words of a kind named with "of" before the next item ("attempted murder").
const KIND_GAP: usize = 4;

/// The most tokens of time between a count and ", followed by" ("last year", "on Monday").
const FOLLOWED_GAP: usize = 4;

impl SentenceReader<'_> {
    /// Rule `named_list_takes_count` (decision 842): a bare figure that is an item of a
    /// list of names — in brackets after a name ("Athens (630)") or after a name and
    /// "with" ("Spain with just over 11,000") — counts the noun of the figure right
    /// before it when that figure is an item of the same list ("Rome (835 deaths),
    /// Athens (630)") or the list opens with ", followed by" right after it ("causing
    /// 4,597 deaths, followed by Spain (2,841)"). A figure after a name with no counted
    /// item before stays bare ("Barts Health (100,840)"), as do ages and ratings after a
    /// count that is no item ("Three men, Adams (34), …", "12 films include Dune (8.1)").
    pub(super) fn named_list_takes_count(&self, found: &mut Found, mem: &mut Memory) {
        let item = self.named_item_start(found);
        if let Some(name) = item
            && found.bare_single()
            && let Some((pend, _, unit)) = &mem.last_figure
            && matches!(unit.class, UnitKind::Count { .. })
            && *pend <= name
            && (self.followed_by_between(*pend, name)
                || (mem.named_item_end == Some(*pend) && self.item_joint(*pend, name)))
        {
            found.unit = Some(unit.clone());
        }
        mem.named_item_end = item.filter(|_| found.unit.is_some()).map(|_| found.end);
    }

    /// Rule `place_list_takes_count` (decision 843): a bare figure joined by "and" or a
    /// comma to a count written before a place, and itself followed by a place, counts
    /// the same noun: "played three shows in Brooklyn and two in Washington", "1075
    /// Parkrun events in the UK and 56 in Greater London", "2.9 million subscribers in
    /// the U.S. and 7.2 million overseas". A place is a preposition and a capitalised name
    /// (or "overseas", "abroad", "elsewhere"); a time in digits ("in 2019") is
    /// `parallel_time_takes_unit`'s. The count before must name its noun itself (it had a
    /// unit before the sentence loop's rules ran: `Memory::own_noun`) or have taken it by
    /// this rule, so a list after a figure that took its noun by comparison ("compared
    /// with 78,333 in Hillingdon, 190,737 in Brent", real cc) stays bare.
    pub(super) fn place_list_takes_count(&self, found: &mut Found, mem: &mut Memory) {
        let mut carried = false;
        if let Some(pend) = mem.place_item_end
            && let Some((end, _, unit)) = &mem.last_figure
            && *end == pend
            && found.bare_single()
            && matches!(unit.class, UnitKind::Count { .. })
            && pend < found.first
            && self.place_after(found.end)
            && self.place_joint(pend, found.first)
        {
            found.unit = Some(unit.clone());
            carried = true;
        }
        mem.place_item_end = (mem.own_noun || carried).then_some(found.end);
    }

    /// Rule `kind_list_takes_count` (decision 1246): a bare figure joined by "and", "or"
    /// or a comma to a count of a kind named with "of", and itself followed by "of" and a
    /// kind, counts the same noun: "convicted on three counts of fraud and one of money
    /// laundering", "admitted two counts of murder and one of attempted murder", "five
    /// charges of theft and two of burglary" (court reporting). The kind is at most
    /// `KIND_GAP` words; "of" before a stopword ("one of them", "two of the knives") is a
    /// part of a group, not a kind, and is left as it was.
    pub(super) fn kind_list_takes_count(&self, found: &mut Found, mem: &Memory) {
        if let Some((pend, _, unit)) = &mem.last_figure
            && found.bare_single()
            && matches!(unit.class, UnitKind::Count { .. })
            && self.low(*pend) == "of"
            && self.low(found.end) == "of"
            && self.is_word(found.end + 1)
            && !words::is_stopword(self.low(found.end + 1))
            && self.kind_joint(*pend + 1, found.first)
        {
            found.unit = Some(unit.clone());
        }
    }

    /// Whether the tokens `from..first` are a kind of one to `KIND_GAP` words and a list's
    /// joint before the figure at `first`: "fraud and", "theft,", "burglary, and".
    fn kind_joint(&self, from: usize, first: usize) -> bool {
        let j = self.joint_start(first, true);
        j < first
            && j > from
            && j - from <= KIND_GAP
            && (from..j).all(|k| self.is_word(k) && !words::is_stopword(self.low(k)))
    }

    /// Whether the tokens `pend..first` are a place after the count ending at `pend` and
    /// the joint to the figure at `first`: "in the U.S. and", "in Kent,", "at Ibrox, and".
    fn place_joint(&self, pend: usize, first: usize) -> bool {
        let j = self.joint_start(first, false);
        j < first
            && j > pend
            && words::PLACE_PREPOSITIONS.contains(self.low(pend))
            && self.name_span(pend + 1, j)
    }

    /// Where a list's joint right before the figure at `first` starts: "and" (or "or",
    /// with `or`) and a comma before it ("Kent, and", "theft,"); `first` when none stands
    /// there.
    fn joint_start(&self, first: usize, or: bool) -> usize {
        let mut j = first;
        if self.low(j - 1) == "and" || (or && self.low(j - 1) == "or") {
            j -= 1;
        }
        if j > 0 && self.is_sym(j - 1, ',') {
            j -= 1;
        }
        j
    }

    /// Whether a place starts at `k`: a preposition and a capitalised name, or an adverb
    /// of place.
    fn place_after(&self, k: usize) -> bool {
        if words::PLACE_ADVERBS.contains(self.low(k)) {
            return true;
        }
        if !words::PLACE_PREPOSITIONS.contains(self.low(k)) {
            return false;
        }
        let first = if self.low(k + 1) == "the" {
            k + 2
        } else {
            k + 1
        };
        self.capitalised(first) && self.month_at(first).is_none()
    }

    /// Whether the tokens `from..to` are a name: capitalised words, "the" and the dots of
    /// an abbreviation ("the U.S."), at least one capitalised word, at most `NAME_GAP`
    /// words.
    fn name_span(&self, from: usize, to: usize) -> bool {
        let words = (from..to).filter(|&k| self.is_word(k)).count();
        from < to
            && words <= NAME_GAP
            && (from..to).any(|k| self.capitalised(k))
            && (from..to).all(|k| {
                self.capitalised(k)
                    || self.low(k) == "the"
                    || (self.is_sym(k, '.') && self.attached(k))
            })
    }

    /// The first token of the name before a list item's figure, when the figure stands
    /// alone in brackets after a name ("Athens (630)") or after a name and "with" ("Spain
    /// with just over 11,000"), a qualifier allowed before it.
    fn named_item_start(&self, found: &Found) -> Option<usize> {
        let mut k = found.first;
        while k > 0 && words::LIST_ITEM_QUALIFIERS.contains(self.low(k - 1)) && found.first - k < 3
        {
            k -= 1;
        }
        let opener = k.checked_sub(1)?;
        let bracketed = self.is_sym(opener, '(') && self.is_sym(found.end, ')');
        if !bracketed && self.low(opener) != "with" {
            return None;
        }
        // The longest name that ends at the opener ("the United Kingdom").
        let name =
            (opener.saturating_sub(NAME_GAP)..opener).find(|&s| self.name_span(s, opener))?;
        Some(name)
    }

    /// ", followed by" between a count ending at `pend` and a name at `name`, with at most
    /// a few words of time before the comma ("9,800 permits last year, followed by").
    fn followed_by_between(&self, pend: usize, name: usize) -> bool {
        name >= 3
            && self.low(name - 1) == "by"
            && self.low(name - 2) == "followed"
            && self.is_sym(name - 3, ',')
            && name - 3 >= pend
            && name - 3 - pend <= FOLLOWED_GAP
            && (pend..name - 3).all(|k| self.is_word(k) && !self.is_num(k))
    }

    /// Whether only a list's joint stands between an item ending at `pend` and the next
    /// item's name at `name`: ")" when the item was in brackets, then ",", "and", ", and".
    fn item_joint(&self, pend: usize, name: usize) -> bool {
        let mut k = pend;
        if self.is_sym(k, ')') {
            k += 1;
        }
        if self.is_sym(k, ',') {
            k += 1;
        }
        if self.low(k) == "and" {
            k += 1;
        }
        k == name && name > pend
    }
}
