//! Unit letters standing apart from the figure ("44 t", "1.7 l", "9.58 s", "2 h",
//! "6 in wide"), single letters that are no unit there ("grade 5 A", "12 b Elm Road"),
//! and the country that decides plain "tons" (decisions 450–452).

use super::*;
use crate::units::{Unit, registry};

impl<'a> SentenceReader<'a> {
    /// Rule `letter_unit_apart` (decision 450): a spelling the registry reads only right
    /// against the figure ("44t", "9.58s", "2h", "1.7l", "6in"), listed in
    /// `words/units_apart.txt`, is that unit standing apart too ("44 t of gravel", "in
    /// 9.58 s", "2 h from Paris"), when what surrounds the figure makes it a measure:
    /// digits, the letter in lower case and nothing glued after it ("t-shirts"), the
    /// figure not a name or label ([`Self::figure_is_named`]), the word after the letter
    /// not a name, and "s" not a decade ("the 1990 s"). "in" is also the preposition
    /// ("won 6 in a row"), so it is an inch only before a word of measure
    /// (`words/inch_apart_after.txt`: "6 in wide").
    pub(super) fn letter_unit_apart(&self, k: usize, amt: &Amt) -> Option<(&'static Unit, usize)> {
        let w = self.raw(k);
        if amt.words
            || amt.fraction
            || amt.proportion
            || self.attached(k)
            || !self.is_word(k)
            || !words::UNITS_APART.contains(w)
            || self.figure_is_named(amt)
            || self.glued_after(k + 1)
            || self.name_at(k + 1)
        {
            return None;
        }
        if w == "in" && !words::INCH_APART_AFTER.contains(self.low(k + 1)) {
            return None;
        }
        if w == "s" && self.decade_split(amt) {
            return None;
        }
        let found = self.registry_unit_at(k, true, None)?;
        (found.len == 1).then_some((found.unit, k + 1))
    }

    /// Rule `tonne_capital_apart` (decision 588): a capital "T" standing apart after a
    /// scaled or large figure is the tonne of commodity headlines ("exports reached 2mn
    /// T", "1.5 mln T of wheat", "800,000 T"); a small figure keeps it open ("a 3 T
    /// magnet" is tesla), as do a sum of money, a name after it or a letter glued on.
    pub(super) fn tonne_capital_apart(
        &self,
        k: usize,
        amt: &Amt,
    ) -> Option<(&'static Unit, usize)> {
        if self.raw(k) != "T"
            || self.attached(k)
            || amt.cur.is_some()
            || amt.words
            || !(amt.scale >= 3 || amt.value >= 1000.0)
            || self.glued_after(k + 1)
            || self.name_at(k + 1)
        {
            return None;
        }
        let reg = registry();
        let id = reg.by_name("metric ton").next()?;
        Some((reg.get(id), k + 1))
    }

    /// Rule `letter_names_figure` (decision 451): a single letter standing apart after a
    /// figure names the figure, not its unit, where the figure is a name or label
    /// ("grade 5 A", "Flight 17 L", "Ward 6 B") or a name follows the letter ("12 b Elm
    /// Road", "221 B Baker Street", not "a 5 W USB-C charger"); "5 A" of current and "1.7 L" of an engine stay.
    pub(super) fn letter_names_figure(&self, k: usize, amt: &Amt) -> bool {
        self.is_word(k)
            && !self.attached(k)
            && self.raw(k).chars().count() == 1
            && !amt.words
            && (self.figure_is_named(amt) || self.name_at(k + 1))
    }

    /// Whether the figure is a name or a label: a label word
    /// before it ("grade 5", "section 3") or a name in title case other than the sentence's
    /// first ("Apollo 11", "Flight 17", "Form 1040").
    fn figure_is_named(&self, amt: &Amt) -> bool {
        let Some(b) = amt.first.checked_sub(1) else {
            return false;
        };
        self.is_word(b) && (words::is_label_word(self.low(b)) || (b > 0 && self.name_at(b)))
    }

    /// Whether the word at `i` is a name written in title case ("Elm", "Baker"); an
    /// acronym ("a 5 W USB-C charger") is not one.
    fn name_at(&self, i: usize) -> bool {
        self.capitalised(i) && self.raw(i).chars().any(char::is_lowercase)
    }

    /// Whether the token at `i` is glued to the one before it ("t-shirts", "R's", "s.p.").
    fn glued_after(&self, i: usize) -> bool {
        // A closing mark with a space after it ends the letter ("44 t, so", "9.58 s.").
        let closes = self
            .kind(i)
            .is_some_and(|c| matches!(c, Kind::Sym('.' | ',' | ';' | ':' | ')')));
        self.attached(i) && (!closes || self.attached(i + 1))
    }

    /// "the 1990 s", "the 80 s": a whole ten written apart from its "s" is a decade.
    fn decade_split(&self, amt: &Amt) -> bool {
        let whole_ten = amt.value.fract() == 0.0 && amt.value % 10.0 == 0.0;
        whole_ten
            && (amt.value >= 1000.0
                || amt
                    .first
                    .checked_sub(1)
                    .is_some_and(|b| matches!(self.low(b), "the" | "early" | "late" | "mid")))
    }

    /// Rule `tons_by_country` (decision 452): plain "tons" is the `short ton` in a
    /// sentence placed in the United States and the `metric ton` in one placed in Britain
    /// (tests/fixtures/extract/real/README.md), by the names of one or two words of
    /// `words/ton_country_cues.txt`, "U.S." and a "$" or "£" before a figure; with no
    /// cue, or as many of each, it stays the registry's `ton`.
    pub(super) fn ton_by_country(&self, def: &'static Unit) -> &'static Unit {
        if def.name != "ton" {
            return def;
        }
        let (mut us, mut uk) = (0, 0);
        for i in 0..self.n() {
            let country = match self.raw(i) {
                "$" if i == 0 || !self.attached(i) || !self.is_word(i - 1) => "us",
                "$" if self.raw(i - 1) == "US" => "us",
                "£" => "uk",
                "U" if self.is_sym(i + 1, '.') && self.raw(i + 2) == "S" => "us",
                w if self.is_word(i) => {
                    // "London's councils", "Florida’s crop".
                    let name = w
                        .strip_suffix("'s")
                        .or_else(|| w.strip_suffix("’s"))
                        .unwrap_or(w);
                    // "New York", "Northern Ireland": a name of two words.
                    let pair = format!("{name} {}", self.raw(i + 1));
                    words::TON_COUNTRY_CUES
                        .get(name)
                        .or_else(|| words::TON_COUNTRY_CUES.get(&pair))
                        .unwrap_or("")
                }
                _ => "",
            };
            match country {
                "us" => us += 1,
                "uk" => uk += 1,
                _ => {}
            }
        }
        let name = match us.cmp(&uk) {
            std::cmp::Ordering::Greater => "short ton",
            std::cmp::Ordering::Less => "metric ton",
            std::cmp::Ordering::Equal => return def,
        };
        registry()
            .by_name(name)
            .next()
            .map_or(def, |id| registry().get(id))
    }
}
