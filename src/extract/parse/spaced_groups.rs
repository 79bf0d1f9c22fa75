//! Thousands grouped by plain spaces ("2 800MW", "R3 412", "2 500 people", "1 200 000
//! residents"), and when a space between two figures joins them rather than parting two
//! numbers ("in 2019 500 people", "the top 10 100m runners", "round 2 300 players",
//! "300 155mm shells").

use super::*;

impl<'a> SentenceReader<'a> {
    /// Thousands separated by plain spaces, as South African and some European papers
    /// write them ("2 800MW", "494 000 ounces", "R3 412", "US$1 880 per ounce", "2 500
    /// people"): the digits joined and the index of the last group. With a currency
    /// before, a unit right after, or where nothing before the first group makes it a
    /// number of its own (`spaced_count`), so "on May 5 200 people" stays two numbers.
    pub(super) fn space_grouped(&self, i: usize) -> Option<(String, usize)> {
        let r = self.raw(i);
        if !self.short_digits(i)
            || (i > 0 && (self.is_num(i - 1) || self.month_at(i - 1).is_some()))
        {
            return None;
        }
        let group = |k: usize| {
            let g = self.raw(k);
            self.is_num(k)
                && !self.attached(k)
                && g.len() >= 3
                && g.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                && (g.len() == 3 || g.as_bytes()[3] == b'.')
        };
        let mut last = i;
        let mut text = r.to_string();
        while group(last + 1) && !self.raw(last).contains('.') {
            last += 1;
            text.push_str(self.raw(last));
        }
        if last == i || self.is_num(last + 1) || self.sized_noun_after(last) {
            return None;
        }
        // "25 747s": a glued plural "s" makes the last group a model (decision 443).
        let glued_plural = self.attached(last + 1) && self.raw(last + 1) == "s";
        let unit_after = !glued_plural
            && ((self.is_word(last + 1) && self.attached(last + 1))
                || self.unit_at(last + 1).is_some());
        let currency_before = self.currency_before(i).is_some();
        ((unit_after || currency_before || (!glued_plural && self.spaced_count(i, last)))
            && !self.label_before_group(i))
        .then_some((text, last))
    }

    /// Rule `sized_noun_after` (decision 1208): a unit glued to the last group and a
    /// plural noun after it ("fired 300 155mm shells", "ordered 24 120mm mortars") make
    /// the group a measure sizing the things the first figure counts: two numbers, as
    /// "40 737 MAX jets" are. "2 800MW of capacity" and "a 2 800MW plant" still join.
    fn sized_noun_after(&self, last: usize) -> bool {
        self.attached(last + 1)
            && self
                .unit_at(last + 1)
                .is_some_and(|(_, e)| self.bare_plural(e))
    }

    /// Rule `spaced_count` (decision 586): groups with neither unit nor currency join
    /// unless what comes right before the first could make it a number of its own: a
    /// name inside the sentence ("Boeing 737 800") or a sign or mark glued to it ("#4
    /// 100"); a first group with a leading zero is a code; a name or a glued "s" after
    /// the last makes it a model ("40 737 MAX jets", "14 787 Dreamliners", "25 747s").
    /// An opening bracket glued to the first group is no such mark (`bracket_opens_group`).
    /// Label words, figures and months before are refused by `space_grouped` whatever
    /// follows.
    fn spaced_count(&self, i: usize, last: usize) -> bool {
        if self.raw(i).starts_with('0') || self.capitalised(last + 1) {
            return false;
        }
        let Some(k) = i.checked_sub(1) else {
            return true;
        };
        if !self.is_word(k) {
            return !self.attached(i) || self.bracket_opens_group(k);
        }
        !self.capitalised(k) || self.sentence_opening(k)
    }

    /// Rule `bracket_opens_group` (decision 927): an opening bracket glued to the first
    /// group, as Eurostat writes a country's share ("Hungary (32 700, or 15 per cent)",
    /// "(7 300 or 4%)"), opens the figure and does not part it from the groups after: it
    /// is no sign or mark of its own ("#4 100"). Years in brackets ("(2019 2020)") and
    /// short figures ("(3 4)") never start a group (`space_grouped` asks one to three
    /// digits, then groups of exactly three).
    fn bracket_opens_group(&self, k: usize) -> bool {
        matches!(self.kind(k), Some(Kind::Sym('(' | '[')))
    }

    /// A label word ("round 2 300 players", "No 4 100", `words/label_words.txt`) or a
    /// word of rank ("top 10 100m runners", `words/spaced_group_breaks.txt`) right before
    /// the first group: it is a number of its own, whatever follows.
    fn label_before_group(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|k| {
            self.label_before(k) || words::SPACED_GROUP_BREAKS.contains(self.low(k))
        })
    }

    /// Whether the word at `k` opens the sentence or a quotation or bracket (so a capital
    /// there is not a name).
    fn sentence_opening(&self, k: usize) -> bool {
        k == 0
            || matches!(
                self.kind(k - 1),
                Some(Kind::Sym('"' | '“' | '(' | '‘' | '\'' | ':'))
            )
    }
}
