//! Looking units up at a token: the longest registry unit spelled there, the sense a
//! spelling with several takes from the words near it (`src/units/senses.tsv`: knots or
//! kuna, pounds of money or weight, yen or yuan), how a registry unit is classed, and
//! units joined by hyphens ("1,400-kilometer", "25-basis-point") or glued as a scale
//! ("27.4Mt"). Split from `units.rs` (decision 365).

use super::*;
use crate::units::{Context, Unit, registry, senses};

/// How many tokens either side of an ambiguous unit are searched for its cue words.
pub(super) const SENSE_WINDOW: usize = 40;

impl<'a> SentenceReader<'a> {
    /// The registry's longest unit spelled from token `at` of this sentence, read as
    /// touching the figure or standing apart, in one dimension or any.
    pub(super) fn registry_unit_at(
        &self,
        at: usize,
        touching: bool,
        dimension: Option<&'static str>,
    ) -> Option<crate::units::Found<'static>> {
        let cx = Context {
            touching,
            dimension,
        };
        registry().after_at(
            at,
            |i| self.raw(i),
            |i| self.low(i),
            |i| self.attached(i),
            cx,
        )
    }

    /// The longest unit of the registry spelled at `at`.
    pub(super) fn unit_at(&self, at: usize) -> Option<(&'static Unit, usize)> {
        if at >= self.n() {
            return None;
        }
        let found = self.registry_unit_at(at, self.attached(at), None);
        let plain = match self.sense_at(at) {
            Some(u) if found.is_none_or(|f| f.len == 1) => Some((u, at + 1)),
            _ => found.map(|f| (f.unit, at + f.len)),
        };
        let plain = match (plain, self.square_cubic_at(at, plain)) {
            (Some(p), Some(s)) if s.1 > p.1 => Some(s),
            (None, s) => s,
            (p, _) => p,
        };
        let (unit, end) = match (plain, self.dotted_unit_at(at)) {
            (Some(p), Some(d)) if d.1 > p.1 && d.0.dimension == p.0.dimension => d,
            (Some(p), Some(d)) if d.1 > p.1 + 1 => d,
            (None, Some(d)) => d,
            (p, _) => p?,
        };
        // The unit must end at a word boundary: "m" is not the start of "m2x".
        if self.attached(end)
            && (self.is_word(end) || (self.is_num(end) && self.is_word(end - 1)))
            && !(unit.name == "hour" && self.glued_minutes_at(end))
        {
            return None;
        }
        // "5 $10 bills": a currency sign before a number belongs to it.
        if unit.dimension == "money"
            && matches!(self.kind(at), Some(Kind::Sym(_)))
            && self.is_num(end)
        {
            return None;
        }
        // "83 F-35 jets", "170 A&E visits", "3 A-levels": a name, not a unit ("24C-28C",
        // the unit glued to both ends of a range, is one: rule `unit_glued_on_both_ends`).
        if self.capitals_join_name(at, end) && !self.unit_glued_on_both_ends(at, end) {
            return None;
        }
        // "9,615 TB cases", "2,179 PCT applications": a name before its noun.
        if self.abbreviation_names_noun(at, end) {
            return None;
        }
        Some((unit, end))
    }

    /// `square_cubic_of_length` (decision 394): a length unit after "sq" or "cu" (a dot
    /// may follow them: "6 sq yd", "1,000 sq. metres", "400 cu m") or before a glued
    /// power ("5,000 ft²", "300 ft³", "20 ft2") is the registry's square or cubic unit of
    /// that length, when the registry has it; the spellings need not be listed one by one.
    fn square_cubic_at(
        &self,
        at: usize,
        plain: Option<(&'static Unit, usize)>,
    ) -> Option<(&'static Unit, usize)> {
        let prefix = match self.low(at) {
            "sq" => "square",
            "cu" => "cubic",
            // The unit already found there, squared or cubed by a glued power after it.
            _ => {
                let (length, end) = plain.filter(|(u, _)| u.dimension == "length")?;
                // A plain digit is a power only after letters ("ft2"): after a prime mark it
                // is the inches of a height ("6′2″").
                let digit_power = self.is_word(end - 1);
                let power = match self.raw(end) {
                    "²" => "square",
                    "³" => "cubic",
                    "2" if digit_power => "square",
                    "3" if digit_power => "cubic",
                    _ => return None,
                };
                return self
                    .attached(end)
                    .then(|| Self::power_of(power, length, end + 1))?;
            }
        };
        let length_at = if self.is_sym(at + 1, '.') && self.attached(at + 1) {
            at + 2
        } else {
            at + 1
        };
        let found = self.registry_unit_at(length_at, false, None)?;
        (found.unit.dimension == "length")
            .then(|| Self::power_of(prefix, found.unit, length_at + found.len))?
    }

    /// The registry's "square"/"cubic" unit of `length`, ending at `end`.
    fn power_of(power: &str, length: &'static Unit, end: usize) -> Option<(&'static Unit, usize)> {
        let id = registry()
            .by_name(&format!("{power} {}", length.name))
            .next()?;
        Some((registry().get(id), end))
    }

    /// Rule `unit_glued_on_both_ends` (decision 1055): "24C-28C", "31°C-34°C", "60F-65F":
    /// a unit spelled at `at..end`, glued to the number before it, then a hyphen and a
    /// number that carries the same spelling glued after it, is the unit of both ends of
    /// a range, not a model name ("83 F-35 jets", "a C-130" stay names: no number glued
    /// before the letter, or none after the second number); after a label word
    /// ("junctions 10A-11A", `label_before`) the two stay labels.
    fn unit_glued_on_both_ends(&self, at: usize, end: usize) -> bool {
        let len = end - at;
        let second = end + 2;
        at > 0
            && self.is_num(at - 1)
            && !(at >= 2 && self.label_before(at - 2))
            && self.attached(at)
            && self.attached(second)
            && (0..len).all(|i| self.raw(at + i) == self.raw(second + i))
            && (1..len).all(|i| self.attached(second + i))
            && !(self.attached(second + len)
                && (self.is_word(second + len) || self.is_num(second + len)))
    }

    /// `dotted_abbreviation` (decision 390): a unit abbreviated with dots ("22 m.p.g.",
    /// "18 cu. ft.", "20 gal. an hour") is looked up without them, letters glued to a dot
    /// joined into one word ("m.p.g." is "mpg") and spaced ones kept apart ("cu ft").
    /// The end is past the last dot, unless that dot closes the sentence. Each part is a
    /// short run of letters right before its dot.
    fn dotted_unit_at(&self, at: usize) -> Option<(&'static Unit, usize)> {
        let (mut raw, mut low, mut ends): (Vec<String>, Vec<String>, Vec<usize>) =
            (Vec::new(), Vec::new(), Vec::new());
        let mut k = at;
        while self.is_word(k)
            && self.raw(k).len() <= 4
            && self.raw(k).chars().all(|c| c.is_ascii_alphabetic())
            && self.is_sym(k + 1, '.')
            && self.attached(k + 1)
        {
            match (raw.last_mut(), low.last_mut()) {
                (Some(r), Some(l)) if self.attached(k) => {
                    r.push_str(self.raw(k));
                    l.push_str(self.low(k));
                    ends.pop();
                }
                _ => {
                    raw.push(self.raw(k).to_string());
                    low.push(self.low(k).to_string());
                }
            }
            k += 2;
            ends.push(if k >= self.n() { k - 1 } else { k });
        }
        // No letters before a dot: no spelling to look up (most tokens).
        if raw.is_empty() {
            return None;
        }
        let cx = Context {
            touching: false,
            dimension: None,
        };
        let found = registry().after_at(
            0,
            |j| raw.get(j).map_or("", String::as_str),
            |j| low.get(j).map_or("", String::as_str),
            |_| false,
            cx,
        )?;
        Some((found.unit, *ends.get(found.len - 1)?))
    }

    /// The denominator of a price at `d` (decision 142): "$1.84 a pound", "$3 per pound"
    /// are prices of a mass, whatever the sentence is about, since money is not priced in
    /// money; a spelling read as a currency there is read again as a mass, and so is one
    /// no word around gives a sense ("hogs traded at 92 cents a pound", decision 546).
    /// `None` when the unit at `d` is neither a currency nor unread, or the spelling has
    /// no mass.
    pub(super) fn mass_after_price(&self, d: usize) -> Option<(&'static Unit, usize)> {
        let Some((def, money_end)) = self.unit_at(d) else {
            return self.mass_spelling_at(d);
        };
        if def.dimension != "money" {
            return None;
        }
        // "per pound sterling" names the currency in full.
        self.mass_spelling_at(d)
            .filter(|&(_, end)| end >= money_end)
    }

    /// The spelling at `d` read as a mass ("pound" → pound-mass), with the index after
    /// it; `None` when the spelling there has no mass.
    pub(super) fn mass_spelling_at(&self, d: usize) -> Option<(&'static Unit, usize)> {
        let found = self.registry_unit_at(d, false, Some("mass"))?;
        (found.unit.dimension == "mass").then_some((found.unit, d + found.len))
    }

    /// The unit the words near `at` choose for a spelling with several senses ("8 kn"
    /// on a yacht is knots, in a shop kuna; `src/units/senses.tsv`).
    pub(super) fn sense_at(&self, at: usize) -> Option<&'static Unit> {
        let raw = self.raw(at);
        let touching = self.attached(at);
        // "a 15a farm" is acres; "a 20 a career" keeps its article.
        if !senses::has_senses(raw) || (raw == "a" && !touching && !self.letter_a_ends_phrase(at)) {
            return None;
        }
        if self.over_time(at + 1) {
            // "150' per second", "25,000\" per second": a length over a time, as a span
            // of time over a time is no rate: the cues choose among the other senses, and
            // with none of theirs present a sole other sense stands.
            let timeless = |id| registry().get(id).dimension != "duration";
            return self
                .sense_by_cues(raw, at, touching, timeless)
                .or_else(|| senses::only_sense(raw, touching, timeless))
                .map(|id| registry().get(id));
        }
        self.sense_near(raw, at, touching)
    }

    /// Whether "per" or "/" and a unit of time start at `k`.
    fn over_time(&self, k: usize) -> bool {
        (self.low(k) == "per" || self.is_sym(k, '/'))
            && self
                .registry_unit_at(k + 1, false, None)
                .is_some_and(|f| f.unit.dimension == "duration")
    }

    /// The sense of `spelling` (written at `at`) that the words within a window of it
    /// point to (the window keeps the cost linear; a tie goes to the nearer cue).
    fn sense_near(&self, spelling: &str, at: usize, touching: bool) -> Option<&'static Unit> {
        self.sense_by_cues(spelling, at, touching, |_| true)
            .map(|id| registry().get(id))
    }

    /// "8.5 million pounds of chicken products": with a scale "pounds" is money unless
    /// the "of" phrase right after it names a weight cue of `senses.tsv` (decision 343);
    /// the words around are not asked, as "lost 5 million pounds" is money.
    pub(super) fn pounds_of_goods(&self, at: usize) -> bool {
        if self.low(at + 1) != "of" {
            return false;
        }
        let end = (at + 2..(at + 6).min(self.n()))
            .find(|&k| !self.is_word(k))
            .unwrap_or((at + 6).min(self.n()));
        let words = (at + 2..end).map(|k| self.raw(k));
        senses::sense(self.raw(at), self.attached(at), words)
            .is_some_and(|id| registry().get(id).dimension != "money")
    }

    /// Rule `mass_in_brackets` (decision 1116): "3.5 Billion pounds (1.6 Billion
    /// Kilograms)", "80,000 pounds (36,000 kg)": a conversion in brackets right after the
    /// spelling at `open - 1`, a figure (its separators and scale words) and a unit of
    /// mass, makes the spelling a mass whatever the words around say.
    pub(super) fn mass_in_brackets(&self, open: usize) -> bool {
        if !self.is_sym(open, '(') || !self.is_num(open + 1) {
            return false;
        }
        let end = (open + 1..(open + 8).min(self.n()))
            .find(|&k| {
                !(self.is_num(k)
                    || self.is_sym(k, ',')
                    || self.is_sym(k, '.')
                    || number::scale_word(self.low(k)).is_some())
            })
            .unwrap_or(self.n());
        self.unit_at(end)
            .is_some_and(|(u, _)| u.dimension == "mass")
    }

    /// "calves under 600 pounds", "steers weighing 450 to 600 pounds", "feeder cattle
    /// supply over 600 pounds", "those 300 to 400 pounds": "pounds" after a figure that an
    /// animal sold by weight or a weighing verb names is that weight class, even where the
    /// sentence sells or prices the animals (decision 462). Between the noun (or "those"
    /// after one earlier) and `first` only bounds, figures and at most one plain word; a
    /// money cue of `senses.tsv`, a sign or a stopword ("for", "at") ends the search.
    pub(super) fn pounds_of_weight_class(&self, first: usize) -> bool {
        let cue = |k: usize| {
            self.is_word(k)
                && (words::WEIGHT_CLASS_NOUNS.contains(self.low(k))
                    || self.low(k).starts_with("weigh"))
        };
        let mut k = first;
        while k > 0
            && (self.is_num(k - 1)
                || self.is_sym(k - 1, '-')
                || (self.is_word(k - 1) && words::WEIGHT_CLASS_LINKS.contains(self.low(k - 1))))
        {
            k -= 1;
        }
        for p in (k.saturating_sub(2)..k).rev() {
            if cue(p) {
                return true;
            }
            let w = self.low(p);
            if matches!(w, "those" | "ones") && p + 1 == k {
                return (0..p).any(cue);
            }
            let money = senses::sense("pounds", false, std::iter::once(w))
                .is_some_and(|id| registry().get(id).dimension == "money");
            // "sold the bull for 20,000 pounds": a price, not the class.
            let ends = words::is_stopword(w) || w.ends_with("ed") || money;
            if !self.is_word(p) || self.capitalised(p) || ends {
                return false;
            }
        }
        false
    }

    /// The currency a sign written at `at` denotes: a sign with several senses is read
    /// by the words around it ("¥300 in Shanghai" is yuan, else yen; `senses.tsv`).
    pub(super) fn currency_sense(&self, at: usize, cur: Cur) -> Cur {
        let sign = self.raw(at);
        if !senses::has_senses(sign) {
            return cur;
        }
        match self.sense_near(sign, at, true) {
            Some(u) if u.dimension == "money" => Cur {
                name: u.name.as_str(),
                code: u.code.as_deref().unwrap_or(""),
            },
            _ => cur,
        }
    }

    /// How the extractor classes a registry unit: money, the percentage, spans of time
    /// (not ages, which are measures), and every other measure.
    pub(super) fn unit_of(def: &'static Unit) -> FoundUnit {
        let class = match def.dimension.as_str() {
            "money" => UnitKind::Currency(def.code.as_deref().unwrap_or("")),
            "percent" => UnitKind::Percent,
            "duration" if !crate::units::is_age(&def.name) => UnitKind::Time,
            _ => UnitKind::Measure,
        };
        FoundUnit {
            name: def.name.clone(),
            class,
        }
    }

    /// A unit word or counted noun at `at`, for "1,400-kilometer" and "six-cylinder".
    pub(super) fn hyphen_unit(&self, at: usize) -> Option<(FoundUnit, usize)> {
        let w = self.low(at);
        // "a 1,200-pound moose" is a weight; "a 50-pound note" is money.
        if matches!(w, "pound" | "pounds") && self.unit_at(at).is_none_or(|(_, e)| e == at + 1) {
            let money = words::POUND_MONEY_NOUNS.contains(self.low(at + 1));
            return Some((FoundUnit::pounds(money), at + 1));
        }
        if let Some((def, end)) = self.hyphen_joined_unit(at).or_else(|| self.unit_at(at)) {
            let mut unit = Self::unit_of(def);
            let mut end = end;
            // "five-year-old", "400 million-year-old".
            if matches!(unit.name.as_str(), "year" | "month" | "week" | "day")
                && self.is_sym(end, '-')
                && matches!(self.low(end + 1), "old" | "olds" | "old's" | "old’s")
            {
                unit.name.push_str(" of age");
                unit.class = UnitKind::Measure;
                end += 2;
            }
            return Some((unit, end));
        }
        if self.is_word(at)
            && !words::is_stopword(w)
            && !self.capitalised(at)
            && number::small_number_word(w).is_none()
            && w.len() > 1
        {
            let head = singular_noun(w);
            return Some((FoundUnit::count(head), at + 1));
        }
        None
    }

    /// "a 25-basis-point cut", "a 5-percentage-point lead": a unit of several words
    /// joined by hyphens, read as the registry spells it with spaces.
    fn hyphen_joined_unit(&self, at: usize) -> Option<(&'static Unit, usize)> {
        let tok = |k: usize| at + 2 * (k - at);
        let joined = |k: usize| {
            k == at
                || (self.is_sym(tok(k) - 1, '-')
                    && self.attached(tok(k) - 1)
                    && self.attached(tok(k)))
        };
        let cx = Context {
            touching: false,
            dimension: None,
        };
        let found = registry().after_at(
            at,
            |k| if joined(k) { self.raw(tok(k)) } else { "" },
            |k| if joined(k) { self.low(tok(k)) } else { "" },
            |k| self.attached(tok(k)),
            cx,
        )?;
        (found.len >= 2).then(|| (found.unit, tok(at + found.len - 1) + 1))
    }

    /// The unit of an amount whose scale was a unit symbol ending it (rule
    /// `scaled_symbol`): "27.4Mt" is 27.4 million `metric ton`, "320ktpa" 320 thousand
    /// `metric ton per year` ("pa": per annum), "32.1 Bcf" 32.1 billion `cubic foot`. The
    /// symbol (several glued tokens in "MtCO2e", "mb/d") is the one `scale_after` read,
    /// when it ends at `j`.
    pub(super) fn scaled_symbol_unit(&self, j: usize, amt: &Amt) -> Option<FoundUnit> {
        let (_, name) = amt.symbol.filter(|&(end, _)| end == j)?;
        Some(FoundUnit {
            name: name.into(),
            class: UnitKind::Measure,
        })
    }
}
