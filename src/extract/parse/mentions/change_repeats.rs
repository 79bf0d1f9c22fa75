//! A change repeated from the mention before: a second amount in the same unit after
//! "and" ("rose 0.3% month-on-month and 4.6% year-on-year"), a bare figure after "and"
//! or "by" ("rose 5% in March and 3 in April", "down 2.3%, Burlington by 2.6%", "and
//! another 2") and a bare change taking the percent or point unit of the change before
//! ("rose 2 percent but the Nasdaq fell by 1"), unless the figure counts things or is a
//! margin ("beat expectations by 2 cents"). Split from `mentions.rs`.

use super::*;

impl<'a> SentenceReader<'a> {
    /// "rose 0.3% month-on-month and 4.6% year-on-year": a second amount after "and" shares the change.
    pub(super) fn and_shares_change(&self, found: &mut Found, mem: &mut Memory) {
        // "rose 0.3% month-on-month and 4.6% year-on-year": a second amount
        // in the same unit joined by "and" shares the change.
        if found.change.is_none()
            && !found.range
            && found.first > 0
            && self.low(found.first - 1) == "and"
            && let Some((pend, _, Some(pc), _)) = mem.prev
            && let Some((_, Some(pu))) = &mem.last_unit
            && found.unit.as_ref().is_some_and(|u| u.name == pu.name)
            && pend < found.first
            && found.first - pend <= 6
            && self.toks[pend..found.first - 1]
                .iter()
                .enumerate()
                .all(|(n, t)| match t.kind {
                    // "up 5.4 percent month-to-month and 24.5 percent year-to-year": a
                    // "to" inside a hyphenated period is no level (decision 1001).
                    Kind::Word if self.low(pend + n) == "to" => self.hyphenated(pend + n),
                    Kind::Word => !matches!(
                        self.low(pend + n),
                        "from" | "at" | "of" | "in" | "was" | "is"
                    ),
                    Kind::Sym(c) => c == '-',
                    _ => false,
                })
        {
            found.change = Some(pc);
        }
    }

    /// Whether the word at `k` sits inside a hyphenated compound: "month-to-month".
    fn hyphenated(&self, k: usize) -> bool {
        k > 0
            && self.is_sym(k - 1, '-')
            && self.attached(k - 1)
            && self.attached(k)
            && self.is_sym(k + 1, '-')
            && self.attached(k + 1)
            && self.attached(k + 2)
    }

    /// Rule `and_shares_change_apart` (decision 893): "fell by 34.4 per cent during the
    /// fourth quarter of 2022, and 31.4 per cent in the September quarter", "down 3.1 per
    /// cent from the previous year and 27 per cent on 2004": a figure right after "and", in
    /// the unit of the mention before, shares that mention's change across the words of
    /// time or place between them (a comma, "from", "during", "of", a year), as
    /// `and_shares_change` does across a short phrase. A level ("to", "at"), a clause of its
    /// own ("was", "but", "while") or a comparison ("than", "compared") between them ends it,
    /// and a share of a group after the figure ("and 40% of stores closed") takes none.
    /// Rule `and_shares_change_past_figure` (decision 899): the change may also come from
    /// an earlier mention when the figures between are in another unit and name a period
    /// ("rose 2.75% on one-year leases and 3.2% on two-year leases", "fell 6% during the
    /// six months to September and 9% in the full year"); "to" before a month's name ends
    /// a period, not a level.
    pub(super) fn and_shares_change_apart(&self, found: &mut Found, mem: &mut Memory) {
        if found.change.is_some()
            || found.range
            || found.first == 0
            || self.low(found.first - 1) != "and"
            // "and 40% of stores closed": a share of a group, not a second change.
            || self.low(found.end) == "of"
        {
            return;
        }
        let Some(unit) = found.unit.as_ref().map(|u| u.name.as_str()) else {
            return;
        };
        let prev_unit = match &mem.last_unit {
            Some((_, Some(pu))) => Some(pu.name.as_str()),
            _ => None,
        };
        let (pend, pc) = match (mem.prev, &mem.last_changed) {
            (Some((pend, _, Some(pc), _)), _) if prev_unit == Some(unit) => (pend, pc),
            // A figure in another unit between: the change of the last changed mention.
            (Some((_, _, None, _)), Some((cend, cc, Some(cu))))
                if cu == unit && prev_unit != Some(unit) =>
            {
                (*cend, *cc)
            }
            _ => return,
        };
        if pend >= found.first || found.first - pend > 14 {
            return;
        }
        let apart = (pend..found.first - 1).all(|k| match self.toks[k].kind {
            Kind::Word => match self.low(k) {
                // "in the year to June": the end of a period.
                "to" => self.month_at(k + 1).is_some(),
                w => !words::CHANGE_APART_BREAKS.contains(w),
            },
            Kind::Sym(c) => matches!(c, ',' | '-'),
            Kind::Num => true,
            Kind::Break => false,
        });
        if apart {
            found.change = Some(pc);
        }
    }

    /// "rose 5% in March and 3 in April": a bare figure after "and", a few words after a
    /// change in percent or points, is a change of the same kind in the same unit.
    pub(super) fn bare_and_repeats_change(&self, found: &mut Found, mem: &mut Memory) {
        if found.unit.is_some()
            || found.change.is_some()
            || found.range
            || found.fraction
            || found.first == 0
            || self.low(found.first - 1) != "and"
            || words::CHANGE_ITEM_BREAKS.contains(self.low(found.end))
        {
            return;
        }
        if let Some((pend, _, Some(pc), _)) = mem.prev
            && let Some((_, Some(pu))) = &mem.last_unit
            && (pu.class == UnitKind::Percent
                || matches!(pu.name.as_str(), "point" | "percentage point"))
            && pend < found.first
            && found.first - pend <= 5
            && (pend..found.first - 1).all(|k| self.is_word(k))
        {
            found.unit = Some(pu.clone());
            found.change = Some(pc);
        }
    }

    /// "… down 2.3%, Burlington by 2.6%", "rose 3 metres and another 2": a bare "by" or
    /// "and another" repeats the last change.
    pub(super) fn bare_by_repeats_change(&self, found: &mut Found, mem: &mut Memory) {
        // "… were down 2.3%, Burlington by 2.6%": a bare "by" repeats the
        // sentence's last change.
        if found.change.is_none() && found.first > 0 && self.low(found.first - 1) == "by" {
            let before = found
                .first
                .checked_sub(2)
                .map(|k| self.low(k))
                .unwrap_or("");
            if words::change_word(before).is_none() && !self.margin_by(found.first - 1) {
                found.change = mem.last_change;
            }
        }
        // "rose 3 metres on Monday and another 2 on Tuesday": "and another" (or ", another")
        // repeats it too (decision 433).
        let another = (found.first.saturating_sub(1)..=found.first)
            .find(|&k| self.low(k) == "another")
            .filter(|&k| k > 0 && (self.low(k - 1) == "and" || self.is_sym(k - 1, ',')));
        if found.change.is_none() && another.is_some() {
            found.change = mem.last_change;
        }
    }

    /// "beat analysts' expectations by 2 cents", "topped forecasts by 28 cents": "by" at
    /// `by` closes a verb of comparing (`words/margin_verbs.txt`) and its object of at
    /// most five words and apostrophes, so the figure is a margin, not a repeat of the
    /// sentence's last change (rule `margin_by_is_not_change`).
    fn margin_by(&self, by: usize) -> bool {
        // A possessive apostrophe ("analysts' expectations") stays inside the object.
        (by.saturating_sub(6)..by)
            .rev()
            .take_while(|&k| self.is_word(k) || self.is_sym(k, '\'') || self.is_sym(k, '’'))
            .any(|k| words::MARGIN_VERBS.contains(self.low(k)))
    }

    /// "rose 2 percent but the Nasdaq fell by 1": a bare change repeats the percent or point unit.
    pub(super) fn bare_change_repeats_unit(&self, found: &mut Found, mem: &mut Memory) {
        // "The DAX rose 2 percent but the Nasdaq fell by 1": a bare change
        // after a change in percent or points is in the same unit.
        if found.change.is_some()
            && found.unit.is_none()
            && !found.range
            && !found.fraction
            && !self.count_after_percent_change(found, mem)
        {
            found.unit = mem.change_unit.clone();
        }
        if found.change.is_some() {
            mem.last_change = found.change;
            if let Some(u) = &found.unit
                && (u.class == UnitKind::Percent
                    || matches!(
                        u.name.as_str(),
                        "point" | "percentage point" | "basis point"
                    ))
            {
                mem.change_unit = Some(u.clone());
            }
        }
    }

    /// "grew by 2.4% …, while the number of people at work rose by 95,300", "(+6.0 per
    /// cent) were up by 11 million": a bare change of 100 or more, or written with a scale
    /// word, counts things; it does not repeat the sentence's percentage (decision 283).
    fn count_after_percent_change(&self, found: &Found, mem: &Memory) -> bool {
        mem.change_unit
            .as_ref()
            .is_some_and(|u| u.class == UnitKind::Percent)
            && (found.low.abs() >= 100.0 || self.scaled_span(found.first, found.end))
    }
}
