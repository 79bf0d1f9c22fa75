//! Figures in brackets right after another figure (issue 17, branch exbracket63). A signed
//! bare one (decision 1166): "Labour 44% (-1)", "Dow 38,239 points (+212)", "234 clubs
//! (+4)". The sign states the change of the figure before the bracket, so the bracketed
//! figure is a rise or a fall in that figure's unit (points of a share are percentage
//! points); the sign is kept (decision 928). A share of a count (decision 1167): "Some 215
//! (67 per cent)" is a figure of its own, so it takes no approximation from the count, as a
//! conversion would. A prior year's bare figure after a year and a colon (decision 1215):
//! "£5.2m (2021: 4.1m)", "1,250 staff (2021: 1,180)" restates the figure before in its unit.

use super::*;

impl SentenceReader<'_> {
    /// Rule `signed_bracket_change`: a mention opening with a sign right after a "(" or "["
    /// that follows the previous mention with nothing between, after a figure that is not
    /// negative ("-233C (-387F)" converts a negative figure), and that has no unit of its
    /// own, is a rise ("+") or a fall in the previous figure's unit when that is a share
    /// (as `percentage point`), points or a counted noun. A signed sum or share in
    /// brackets has its change already ("(+$252M)", `sign_before_currency`; "(-51%)",
    /// `signed_share`).
    pub(super) fn signed_bracket_change(&self, found: &mut Found, mem: &Memory) {
        let Some((pend, _, _, _)) = mem.prev else {
            return;
        };
        let Some((_, Some(prev_unit))) = mem.last_unit.as_ref().filter(|(e, _)| *e == pend) else {
            return;
        };
        let sign = found.first;
        let plus = self.is_sym(sign, '+');
        // A "+" glued to the figure already made it a rise (`finish.rs`).
        if found.range
            || found.unit.is_some()
            || found.change.is_some_and(|c| c != plus)
            || sign != pend + 1
            || !(self.is_sym(pend, '(') || self.is_sym(pend, '['))
            || !(plus || self.is_minus(sign))
            || !self.attached(sign + 1)
            || mem
                .last_figure
                .as_ref()
                .is_some_and(|(e, v, _)| *e == pend && *v < 0.0)
        {
            return;
        }
        found.unit = Some(match &prev_unit.class {
            UnitKind::Percent => FoundUnit::percentage_point(),
            UnitKind::Count { .. } => prev_unit.clone(),
            _ if prev_unit.name == "point" => prev_unit.clone(),
            _ => return,
        });
        found.change = Some(plus);
    }

    /// Rule `prior_year_takes_unit` (decision 1215): a bare figure after a year (or a year
    /// span) and a colon that opens a bracket right after the previous mention ("£5.2m
    /// (2021: 4.1m)", "6.4% (2022: 7.1)") or goes on a list in it ("(2019: 783; 2018:
    /// 878)") is that figure's prior period: it takes its unit, any unit but a change's; a
    /// bracket later in the clause takes a counted noun only ("437 dogs last year (2022:
    /// 409)"), never a share ("12.8% of the dogs … (2019: 783)" counts dogs).
    pub(super) fn prior_year_takes_unit(&self, found: &mut Found, mem: &Memory) {
        let f = found.first;
        let Some((pend, _, change, _)) = mem.prev else {
            return;
        };
        // The previous mention's unit as it was given at last (`last_figure`): "Homings
        // fell to 690 (2019: 783)" takes the subject's noun given to 690.
        let Some((_, _, prev_unit)) = mem.last_figure.as_ref().filter(|(e, _, _)| *e == pend)
        else {
            return;
        };
        if found.unit.is_some() || found.range || change.is_some() || f < 3 {
            return;
        }
        let k = f - 2;
        if !self.year_colon_label(k) {
            return;
        }
        let start = if self.year_at(k) { k } else { k - 2 };
        let Some(opener) = start.checked_sub(1) else {
            return;
        };
        let adjacent = opener == pend
            && (self.is_sym(opener, '(') || self.is_sym(opener, '[') || self.is_sym(opener, ';'));
        let count_before = opener > pend
            && self.is_sym(opener, '(')
            && matches!(prev_unit.class, UnitKind::Count { .. });
        if adjacent || count_before {
            found.unit = Some(prev_unit.clone());
        }
    }

    /// Rule `share_of_count`: a percentage (no range) in brackets right after a count of
    /// one or more (a counted noun or none; a word fraction or ratio is below one and
    /// restated by its share, decision 1118) is the count's share of a whole, not a
    /// conversion of it: "around 709 000 (7.7%)" keeps no "around".
    pub(super) fn share_of_count(&self, found: &Found, mem: &Memory) -> bool {
        let Some((pend, _, _, low)) = mem.prev else {
            return false;
        };
        let count = match mem.last_unit.as_ref().filter(|(e, _)| *e == pend) {
            Some((_, None)) => true,
            Some((_, Some(u))) => matches!(u.class, UnitKind::Count { .. }),
            None => false,
        };
        count
            && !found.range
            && found
                .unit
                .as_ref()
                .is_some_and(|u| u.class == UnitKind::Percent)
            && low >= 1.0
            && self.is_sym(pend, '(')
            && found.first == pend + 1
    }
}
