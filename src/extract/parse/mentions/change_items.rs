//! A change carried to the items of a list that name what changed (issue 17, branch
//! exchange57, decisions 1002 and 1003): a figure after a short name, in the share unit of
//! the change just before it ("fell 3.2 percent, Brevik 2.1 percent and Corvel 1.4
//! percent", "surged by 4.49 percent nitro phosphate 0.56 percent"), and a figure in
//! brackets right after a name that continues a change stated before it in the clause
//! ("the largest increases in patent filings (1,332), followed by Tencent (727)", "a 20%
//! increase, the highest in the country, with Derbyshire (19%)"). Items joined by "and"
//! with no name are `and_shares_change` (`change_repeats.rs`), by a comma or a time
//! `list_shares_change` (`lists.rs`).

use super::*;

/// The most words of the name before a later item of a list ("the yen", "nitro phosphate").
const ITEM_NAME_WORDS: usize = 3;

/// The most tokens between a stated change and the name before a bracketed figure ("a 20%
/// increase, the highest in the country, with Derbyshire").
const BRACKET_REACH: usize = 12;

impl<'a> SentenceReader<'a> {
    /// Rule `named_item_shares_change` (decision 1002): "Shares of Altona fell 3.2 percent,
    /// Brevik 2.1 percent and Corvel 1.4 percent", "Urea Kisan surged by 4.49 percent nitro
    /// phosphate 0.56 percent and phosphate (PD) 1.97 percent": a share (percent or points)
    /// right after a changed share, with only ",", "and", "the" and one to three words of a
    /// name between them (a bracketed abbreviation allowed), is the next item of the list
    /// and shares the change. A word of a clause or a time ("while", "in", "last", a verb in
    /// -ed or -ing, a change word) ends it, and so does a previous figure closed by a
    /// bracket ("Con 21% (+2), Reform 14%").
    pub(super) fn named_item_shares_change(&self, found: &mut Found, mem: &Memory) {
        if found.change.is_some() || found.range || found.low < 0.0 {
            return;
        }
        let Some((pend, _, Some(pc), _)) = mem.prev else {
            return;
        };
        let Some(unit) = found.unit.as_ref() else {
            return;
        };
        let same = matches!(&mem.last_unit, Some((_, Some(pu))) if pu.name == unit.name);
        let share = unit.class == UnitKind::Percent
            || matches!(
                unit.name.as_str(),
                "point" | "percentage point" | "basis point"
            );
        // "and 40% of stores": a share of a group, not an item of the list.
        if !same || !share || pend >= found.first || self.low(found.end) == "of" {
            return;
        }
        let mut k = pend;
        if self.is_sym(k, ',') {
            k += 1;
        }
        if self.low(k) == "and" {
            k += 1;
        }
        if self.low(k) == "the" {
            k += 1;
        }
        let mut names = 0;
        while k < found.first {
            // "phosphate (PD) 1.97 percent": an abbreviation in brackets is part of the name.
            if self.is_sym(k, '(') && self.is_word(k + 1) && self.is_sym(k + 2, ')') {
                k += 3;
                continue;
            }
            if !self.item_name_word(k) {
                return;
            }
            names += 1;
            k += 1;
        }
        if k == found.first && (1..=ITEM_NAME_WORDS).contains(&names) {
            found.change = Some(pc);
        }
    }

    /// A word that may be part of a list item's name: no stopword, no word of a clause
    /// (`words/change_item_breaks.txt`), no change word and no verb in -ed or -ing written
    /// in lower case ("represented 52.4%", "stood at").
    fn item_name_word(&self, k: usize) -> bool {
        let w = self.low(k);
        self.is_word(k)
            && !words::is_stopword(w)
            && !words::CHANGE_ITEM_BREAKS.contains(w)
            && words::change_word(w).is_none()
            && words::change_after(w).is_none()
            && words::change_noun_of(w).is_none()
            && (self.capitalised(k) || !(w.ends_with("ed") || w.ends_with("ing")))
    }

    /// Rule `bracketed_name_shares_change` (decision 1003): "the largest increases in patent
    /// filings (1,332), followed by Tencent (727) and Microsoft (652)", "a 20% increase, the
    /// highest in the country, with Derbyshire (19%) and North Wales (17%)", "percentage dips
    /// in some big cities, including Chicago (14.7 percent)": a figure alone in brackets
    /// right after a name takes the change stated before it in the same clause
    /// (`bracket_change_before`); right after a change noun it is that change's size ("the
    /// biggest percentage drop (28%)", decision 1268). A bracket after a share, rate or number word ("the jobless
    /// rate (4.6%)", "over half (52%)", `words/bracket_level_names.txt`), a signed figure, a
    /// conversion of the figure before ("2,387kg (76,800oz)") and a bracket holding more
    /// than the figure ("(12% of homes)") take none.
    pub(super) fn bracketed_name_shares_change(&self, found: &mut Found, mem: &Memory) {
        if found.change.is_some() || found.range || found.low < 0.0 || found.first < 2 {
            return;
        }
        let open = found.first - 1;
        let name = open - 1;
        if !self.is_sym(open, '(')
            || !self.is_sym(found.end, ')')
            || !self.is_word(name)
            || words::BRACKET_LEVEL_NAMES.contains(self.low(name))
            || words::fraction_word(self.low(name)).is_some()
            || mem.prev.is_some_and(|(pend, ..)| pend >= open)
        {
            return;
        }
        // "the biggest percentage drop (28%)", "Strong growth (16.5%)": a change noun right
        // before the bracket names the figure as its own size (decision 1268).
        if let Some(c) = words::change_noun_of(self.low(name))
            .or_else(|| self.bracket_change_before(name, found, mem))
        {
            found.change = Some(c);
        }
    }

    /// The change a bracketed figure after the name at `name` continues, read backwards over
    /// at most `BRACKET_REACH` tokens of words, commas and dashes: the previous mention's
    /// change when its last token is reached and it is in the figure's unit ("with
    /// Derbyshire (19%)" after "a 20% increase, …"; "(1,332), followed by Tencent (727)";
    /// "(19%) and North Wales (17%)"), or a plural change noun followed by a preposition or
    /// a verb of occurring (`words/bracket_change_links.txt`: "increases in", "dips in",
    /// "increases occurred among", "cuts include"). A word of `words/bracket_change_breaks.txt`
    /// (a new clause, a comparison), another figure, ";" or ":" ends the search; "and" or
    /// "or" passes only as the link after an earlier bracketed item.
    fn bracket_change_before(&self, name: usize, found: &Found, mem: &Memory) -> Option<bool> {
        let same_unit = match (&mem.last_unit, &found.unit) {
            (Some((_, Some(pu))), Some(u)) => pu.name == u.name,
            (Some((_, None)), None) => true,
            _ => false,
        };
        let pend = mem.prev.map(|(pend, ..)| pend);
        let prev_change = mem.prev.and_then(|(_, _, c, _)| c).filter(|_| same_unit);
        let lo = name.saturating_sub(BRACKET_REACH);
        let mut k = name;
        while k > lo {
            k -= 1;
            // The last token of the previous mention, or the bracket closing it.
            if pend == Some(k + 1) || (pend == Some(k) && self.is_sym(k, ')')) {
                return prev_change;
            }
            match self.kind(k)? {
                Kind::Word => {
                    let w = self.low(k);
                    if matches!(w, "and" | "or") {
                        let j = if k > 0 && self.is_sym(k - 1, ',') {
                            k - 1
                        } else {
                            k
                        };
                        return (j > 0 && pend == Some(j - 1) && self.is_sym(j - 1, ')'))
                            .then_some(prev_change)
                            .flatten();
                    }
                    if words::BRACKET_CHANGE_BREAKS.contains(w) {
                        return None;
                    }
                    if w.ends_with('s')
                        && words::BRACKET_CHANGE_LINKS.contains(self.low(k + 1))
                        && let Some(c) = words::change_noun_of(w)
                    {
                        return Some(c);
                    }
                }
                Kind::Sym(',' | '-' | '–' | '—') => {}
                // "phosphate (PD)", "(synthetic opioids)": a bracket of words is passed over.
                Kind::Sym(')') => {
                    let open = (k.saturating_sub(4)..k)
                        .rev()
                        .find(|&j| self.is_sym(j, '('))?;
                    if !(open + 1..k).all(|j| self.is_word(j)) {
                        return None;
                    }
                    k = open;
                }
                _ => return None,
            }
        }
        None
    }
}
