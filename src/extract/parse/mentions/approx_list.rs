//! An approximation written before the first member of a list of counts of different
//! things reaches each member: "about 1.35 million illnesses, 26,500 hospitalizations, and
//! 420 deaths" (decision 1063).

use super::*;

impl SentenceReader<'_> {
    /// Rule `approximation_along_list` (decision 1063): "about 1.35 million illnesses,
    /// 26,500 hospitalizations, and 420 deaths", "an estimated 41 million illnesses, 710,000
    /// hospitalisations and 52,000 deaths", "about 35,000 people, 20 camels or 6
    /// elephants": in a list of three or more counts or measures, each with its own noun
    /// written after its figure and a noun unlike the member's before it, the members
    /// after the first take the approximation written as a word before the first figure.
    /// The second member is joined by "," and has a third after it; a later one follows a
    /// member that took it, joined by ",", "and", "or", ", and" or ", or". Left alone: a
    /// pair joined by "and" ("nearly 7,000 vessels and 11,590 aircraft", decision 555),
    /// one noun with words between ("about 60 metres long, 30 metres wide"), figures
    /// sharing a scale word written once ("some 10, 20 and 30 thousand people"), shares,
    /// sums, a verb's average ("averaged 27.1 points, 8.4 rebounds") and a bound ("More
    /// than 40,000 coffees, 4,000 cups of chai", real bw).
    pub(super) fn approximation_along_list(&self, found: &mut Found, mem: &mut Memory) {
        let before = mem.approx_list.take();
        let Some(unit) = found
            .unit
            .as_ref()
            .filter(|u| self.listed_member(found, u, mem))
        else {
            return;
        };
        let carried = match (&before, found.qual) {
            (Some((pend, name, later)), None) if *name != unit.name && *pend < found.first => {
                let joint: Vec<&str> = (*pend..found.first).map(|k| self.low(k)).collect();
                match joint.as_slice() {
                    [","] => *later || self.list_goes_on(found.end),
                    ["and" | "or"] | [",", "and" | "or"] => *later,
                    _ => false,
                }
            }
            _ => false,
        };
        if carried {
            found.qual = Some(QualCode::Approx);
        }
        let opens = found.qual == Some(QualCode::Approx) && self.opens_with_qualifier(found.first);
        if carried || opens {
            mem.approx_list = Some((found.end, unit.name.clone(), carried));
        }
    }

    /// Whether a mention may be a member of a list of counts: a single figure (no range or
    /// fraction) counting a noun or measure written by itself after the figure.
    fn listed_member(&self, found: &Found, unit: &FoundUnit, mem: &Memory) -> bool {
        let listed = matches!(unit.class, UnitKind::Count { .. } | UnitKind::Measure);
        listed
            && mem.own_noun
            && !found.range
            && !found.fraction
            && found.end > 0
            && self.is_word(found.end - 1)
            && !self.is_figure(found.end - 1)
    }

    /// Whether the mention starting at `first` opens with a qualifier phrase of one or two
    /// words ("about", "an estimated"), not with its figure: a verb's average ("averaged
    /// 24.3 points") or a fuzzy amount stays outside the mention.
    fn opens_with_qualifier(&self, first: usize) -> bool {
        let one = self.low(first);
        self.is_word(first)
            && (words::QUALIFIERS.contains(one)
                || words::QUALIFIERS.contains(&format!("{one} {}", self.low(first + 1))))
    }

    /// Whether another figure follows the mention ending at `end`, after ",", "and",
    /// "or", ", and" or ", or".
    fn list_goes_on(&self, end: usize) -> bool {
        let mut k = end + usize::from(self.is_sym(end, ','));
        if matches!(self.low(k), "and" | "or") {
            k += 1;
        }
        k > end && self.is_figure(k)
    }
}
