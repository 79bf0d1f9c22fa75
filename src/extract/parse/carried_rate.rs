//! Rates carried across a sentence (issue 17, branch excarry14): a rate named before a
//! sum ("earnings per diluted share were $.76", "per head, spending reached £12") and a
//! rate written once after a list of sums ("$5, $6 and $7 a share"), and the scale word
//! of a list's last figure ("2, 3 and 7 million dollars"). Bare figures listed before a
//! unit are in `units.rs` (`listed_unit`).

use super::finish::{Draft, Step};
use super::*;

impl SentenceReader<'_> {
    /// Rule `rate_before_figure` (decision 446): a sum of money whose subject names a
    /// rate, joined to it only by the words of `words/rate_links.txt` (and a qualifier),
    /// is in that rate: "earnings per share (diluted) were $2.05" → `dollar per share`,
    /// "the cost per tonne is $80" → `dollar per metric ton`. A rate opening the sentence
    /// or after a determiner describes the noun after it ("Per-capita income rose to
    /// $41,000", "Per head, spending reached £12"). Not after "as" ("as per the
    /// contract"), nor when a figure stands between ("revenue per user rose 4% to
    /// $11.64" keeps `dollar`, blind j) or the rate is an earlier figure's ("$5 per
    /// share, and revenue was $3m").
    pub(super) fn rate_before_figure(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let Some(unit) = m.unit.as_ref() else {
            return Ok(());
        };
        if !matches!(unit.class, UnitKind::Currency(_)) || (a.cur.is_none() && !self.money_word(a))
        {
            return Ok(());
        }
        // The words joining the rate to the sum.
        let mut link = m.first;
        while link > 0 && m.first - link < 6 && self.rate_link(link - 1) {
            link -= 1;
        }
        // "expects earnings per share to be in the range of $11.70": an expectation's
        // object, as written in ac, keeps the sum's own unit.
        let infinitive = (link..m.first).any(|k| self.low(k) == "to" && self.low(k + 1) == "be");
        if link == m.first || link == 0 || infinitive {
            return Ok(());
        }
        let Some(den) = (link.saturating_sub(8)..link)
            .rev()
            .find_map(|p| self.rate_named_before(p, link))
        else {
            return Ok(());
        };
        let name = format!("{} per {den}", unit.name);
        m.unit = Some(FoundUnit {
            name,
            class: UnitKind::Rate,
        });
        Ok(())
    }

    /// A currency written as a word after the figure ("40 cents", "4 euros").
    fn money_word(&self, a: &Amt) -> bool {
        self.unit_at(a.end)
            .is_some_and(|(def, _)| def.dimension == "money")
    }

    /// Whether the token at `k` joins a rate to its sum: a word of
    /// `words/rate_links.txt`, or a bracketed describing word ("(diluted)").
    fn rate_link(&self, k: usize) -> bool {
        (self.is_word(k) && words::RATE_LINKS.contains(self.low(k)))
            || (self.is_sym(k, ')') && k >= 2 && self.is_sym(k - 2, '('))
            || (self.is_sym(k, '(') && self.is_sym(k + 2, ')'))
            || (self.is_word(k)
                && words::DENOMINATOR_MODIFIERS.contains(self.low(k))
                && k > 0
                && self.is_sym(k - 1, '('))
    }

    /// The denominator of a rate written with "per" at `p` that ends right where the
    /// linking words begin (`link`), or opens the sentence's subject.
    fn rate_named_before(&self, p: usize, link: usize) -> Option<String> {
        if self.low(p) != "per" {
            return None;
        }
        // "per-capita income": the hyphen joins the rate to the noun it describes.
        let hyphened = self.is_sym(p + 1, '-') && self.attached(p + 1);
        let d = if hyphened { p + 2 } else { p + 1 };
        if d >= link {
            return None;
        }
        let (den, end) = self.denominator(d, true, false)?;
        if end > link || matches!(den.as_str(), "cent" | "centum" | "mille" | "se") {
            return None;
        }
        // The rate opens the subject ("Per head, …", "The per-capita …") or follows the
        // noun it divides ("earnings per share"), itself no figure's unit.
        let opens = p == 0
            || (matches!(
                self.low(p - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            ) && (p == 1 || self.is_sym(p - 2, ',')));
        let after_noun = p > 0
            && self.is_word(p - 1)
            && self.low(p - 1) != "as"
            && !words::is_stopword(self.low(p - 1))
            && !(p >= 2 && (self.is_num(p - 2) || self.unit_at(p - 1).is_some()));
        // A denominator in several words before the sum ("the cost per insulin
        // prescription was $54") is not carried (decision 816); one word is.
        if !opens && self.denominator_phrase(d).is_some() {
            return None;
        }
        let gap = &self.toks[end..link];
        let plain = |t: &Tok| matches!(t.kind, Kind::Word) || t.kind == Kind::Sym(',');
        let ok = if opens || (hyphened && after_noun) || (p > 0 && self.is_sym(p - 1, '-')) {
            gap.len() <= 4 && gap.iter().all(plain)
        } else {
            after_noun && gap.is_empty()
        };
        ok.then_some(den)
    }

    /// Rule `rate_after_list` (decision 448): a sum in a list of sums in the same unit
    /// takes the rate written once after the last: "$5, $6 and $7 a share", "80p, 85p
    /// and 90p a litre", "£10, £15 or £20 a night". The list is read nested (each item
    /// once, at most six).
    pub(super) fn rate_after_list(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        let Some(unit) = m.unit.as_ref() else {
            return Ok(());
        };
        if nested || m.range || matches!(unit.class, UnitKind::Rate) || is_year(a) {
            return Ok(());
        }
        let mut k = m.end;
        if !((self.is_sym(k, ',') && !matches!(self.low(k + 1), "and" | "or"))
            || (matches!(self.low(k), "and" | "or") && self.list_before(a)))
        {
            return Ok(());
        }
        let prefix = format!("{} per ", unit.name);
        for _ in 0..6 {
            let (next, last) = self.past_list_joint(k);
            k = next;
            // "$6": the amount is read from its number, the sign before it.
            if !self.is_num(k) && !self.is_word(k) && self.is_num(k + 1) {
                k += 1;
            }
            if k >= self.n() {
                return Ok(());
            }
            let mut hint = None;
            let Outcome::Found(f, next) = self.try_at(k, &mut hint, true) else {
                return Ok(());
            };
            let Some(u) = f.unit.as_ref().filter(|_| f.date.is_none() && !f.range) else {
                return Ok(());
            };
            if last {
                if u.name.starts_with(&prefix) {
                    m.unit = f.unit.clone();
                }
                return Ok(());
            }
            if u.name != unit.name {
                return Ok(());
            }
            k = next;
            if !self.is_sym(k, ',') && !matches!(self.low(k), "and" | "or") {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Rule `scale_across_list` (decision 466): bare figures listed before the last take
    /// the scale word written once after it, with its unit: "2, 3 and 7 million
    /// dollars", "$2, $3 and $7 billion", "10, 20, and 30 thousand people". Only a list
    /// with a comma (two figures joined by "and" alone may be a score or a pair of
    /// sizes), each earlier member a plain figure, and the last read in the same unit.
    pub(super) fn scale_across_list(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        if nested
            || m.range
            || m.end != a.end
            || a.scale != 0
            || a.words
            || a.fraction
            || a.fuzzy.is_some()
            || is_year(a)
        {
            return Ok(());
        }
        let mut k = a.end;
        if !(self.is_sym(k, ',') || (matches!(self.low(k), "and" | "or") && self.list_before(a))) {
            return Ok(());
        }
        for _ in 0..6 {
            if self.is_sym(k, ',') {
                k += 1;
            }
            let last = matches!(self.low(k), "and" | "or");
            if last {
                k += 1;
            }
            // "$3": each member may repeat the sign of a sum.
            if a.cur.is_some() && !self.is_num(k) && !self.is_word(k) && self.is_num(k + 1) {
                k += 1;
            } else if self.attached(k) {
                return Ok(());
            }
            if !self.is_num(k) {
                return Ok(());
            }
            if last {
                return self.take_list_scale(k, m);
            }
            k += 1;
            if !self.is_sym(k, ',') && !matches!(self.low(k), "and" | "or") {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The last member of a list, its number at `num`, written with a scale word: the
    /// draft takes the scale when the member reads in its unit.
    fn take_list_scale(&self, num: usize, m: &mut Draft) -> Step {
        let Some(power) = number::scale_word(self.low(num + 1)) else {
            return Ok(());
        };
        let mut hint = None;
        let Outcome::Found(f, _) = self.try_at(num, &mut hint, true) else {
            return Ok(());
        };
        let raw = num_value(self.raw(num)).unwrap_or(f64::NAN);
        let same_unit = match (&m.unit, &f.unit) {
            (Some(u), Some(v)) => u.name == v.name,
            (None, _) => true,
            _ => false,
        };
        if f.range
            || f.date.is_some()
            || !same_unit
            || (f.low - scaled(raw, power)).abs() > 1e-6 * f.low.abs()
        {
            return Ok(());
        }
        m.low = scaled(m.low, power);
        m.high = scaled(m.high, power);
        if m.unit.is_none() {
            m.unit = f.unit.clone();
        }
        Ok(())
    }

    /// Rule `label_along_list` (decision 469): bare figures listed after a label word
    /// are labels, each of them: "Rooms 12, 14 and 16", "gates 3, 4 and 5", "Chapters 3
    /// and 4" (the plural of a label word too). The list must go on to another figure or
    /// have come through "and"/"or": "In round 3, 40 fell" keeps the 40. A figure of such
    /// a list before the noun the labels name is a label too (decision 1305): "Scope 1, 2
    /// and 3 emissions", "Phase 1 and 2 trials", "Category 4 and 5 hurricanes".
    pub(super) fn label_along_list(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted = m
            .unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }));
        if (m.unit.is_some() && !self.labelled_count(a, counted))
            || m.range
            || a.cur.is_some()
            || a.words
            || a.fraction
            || a.first != a.num
        {
            return Ok(());
        }
        let sep_before = |p: usize| {
            let mut q = p;
            if q > 0 && matches!(self.low(q - 1), "and" | "or") {
                q -= 1;
            }
            if q > 0 && self.is_sym(q - 1, ',') {
                q -= 1;
            }
            q
        };
        let mut p = a.first;
        let mut joined = false;
        for _ in 0..6 {
            let q = sep_before(p);
            if q == p {
                break;
            }
            if q == 0 || !self.is_num(q - 1) {
                return Ok(());
            }
            joined |= (q..p).any(|k| matches!(self.low(k), "and" | "or"));
            p = q - 1;
        }
        let k = a.end + usize::from(self.is_sym(a.end, ','));
        let goes_on = (self.is_sym(a.end, ',') || matches!(self.low(k), "and" | "or"))
            && (self.is_num(k + 1) || self.is_num(k));
        if p == 0 || !self.is_word(p - 1) || !(joined || goes_on) {
            return Ok(());
        }
        if counted && !(joined || matches!(self.low(k), "and" | "or")) {
            return Ok(());
        }
        let w = self.low(p - 1);
        let singular = w.strip_suffix('s').filter(|s| s.len() > 1);
        let label = words::is_label_word(w) || singular.is_some_and(words::is_label_word);
        if label && !(p >= 2 && words::MODAL_VERBS.contains(self.low(p - 2))) {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// Whether a figure whose unit is the counted noun after it may still be a label of
    /// `label_along_list`: written in plain digits with no separator ("Phase 1 and 2
    /// trials"), never "Rooms 12 and 1,400 guests".
    fn labelled_count(&self, a: &Amt, counted: bool) -> bool {
        counted && !a.words && !self.grouped_figure(a.num, a.end)
    }
}
