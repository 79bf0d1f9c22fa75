//! Bare numbers that are not quantities: a number naming a kind of thing ("a three
//! pointer"), a number word naming as digits do ("phase three"), a number hyphened to a
//! capital ("a 5-K"), a year of an era or a bare year, and a number after a label or name
//! ("Gate 5", "iPhone 16", "Windows 11 users", "launch complex 39A") or before a name
//! ("737 Max"), and exam grades written with a slash ("A/7", "C/4").

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// "a three pointer", "hit a 3-pointer", "a three-wheeler": a number that names a
    /// kind of thing with the noun after it is no quantity.
    pub(super) fn number_names_noun(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = if self.is_sym(a.end, '-') && self.attached(a.end) {
            a.end + 1
        } else {
            a.end
        };
        if !m.range && a.cur.is_none() && words::NUMBER_NAMED_NOUNS.contains(self.low(k)) {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }

    /// "band two", "phase three", "stage four cancer": a number word right after a naming
    /// noun (`words/name_number_nouns.txt`) names the thing as digits do ("Band 1",
    /// "phase 3") and is no quantity, even before a counted noun ("tier three areas"). A
    /// number word before the noun ("two phases") is untouched (decision 664).
    pub(super) fn number_word_names(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let measured = m
            .unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, UnitKind::Count { .. }));
        if a.words
            && !m.range
            && !measured
            && a.cur.is_none()
            && a.first == a.num
            && a.end == a.num + 1
            && a.num > 0
            && self.is_word(a.num - 1)
            && words::NAME_NUMBER_NOUNS.contains(self.low(a.num - 1))
            && number::small_number_word(self.low(a.num)).is_some()
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// "a 5-K", "the 10-K race", "a 3-D film": a number hyphenated to one capital letter
    /// is a name (a race, a format), not an amount of it.
    pub(super) fn letter_label(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.end + 1;
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && !a.words
            && self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(k)
            && self.raw(k).len() == 1
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase())
            && !(self.attached(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)))
        {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }

    /// "launch complex 39A", "gate 22B", "LC-39A": a number glued to one capital letter
    /// after a label word, or after letters hyphened to it, is a name, not an amount of the
    /// unit the letter spells ("A" amperes); "a 13A plug", "draws 32A" stay currents
    /// (decision 758). After a label word a small letter from "a" to "d" names a part of
    /// the numbered thing too: "the Phase 2b study", "stage 3a" (not 2 `bit`, decision 1412).
    pub(super) fn glued_letter_label(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = a.end;
        let glued = self.attached(k)
            && self.raw(k).len() == 1
            && !(self.attached(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)));
        let capital = glued && self.raw(k).chars().all(|c| c.is_ascii_uppercase());
        let small = glued && matches!(self.raw(k), "a" | "b" | "c" | "d");
        let glued_letter = capital || small;
        if m.range || a.cur.is_some() || a.words || a.first != a.num || a.num == 0 || !glued_letter
        {
            return Ok(());
        }
        let p = a.num - 1;
        let hyphened_name = self.is_sym(p, '-')
            && self.attached(p)
            && self.attached(a.num)
            && p > 0
            && self.is_word(p - 1)
            && self.raw(p - 1).chars().all(|c| c.is_ascii_uppercase());
        if (self.is_word(p) && self.label_before(p)) || (capital && hyphened_name) {
            return Err(Outcome::Skip(k + 1));
        }
        Ok(())
    }

    /// "an A/7 or above", "at C/4", "grade 7/A": an English exam grade written as its
    /// letter and its number joined by a slash is a label, not a figure (README parts cs
    /// and ct; decision 758).
    pub(super) fn slash_grade_label(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let grade_letter = |k: usize| {
            self.is_word(k) && matches!(self.raw(k), "A" | "B" | "C" | "D" | "E" | "F" | "G" | "U")
        };
        let one_digit = !a.words
            && a.cur.is_none()
            && !m.range
            && a.first == a.num
            && a.end == a.num + 1
            && self.raw(a.num).len() == 1
            && (1.0..=9.0).contains(&a.value);
        if !one_digit {
            return Ok(());
        }
        // "A/7", "A*/9": the letter (and a star) glued before the slash.
        let before = a.num >= 2
            && self.is_sym(a.num - 1, '/')
            && self.attached(a.num - 1)
            && self.attached(a.num)
            && {
                let l = if self.is_sym(a.num - 2, '*') && a.num >= 3 {
                    a.num - 3
                } else {
                    a.num - 2
                };
                grade_letter(l) && (l == 0 || !self.attached(l) || !self.is_word(l - 1))
            };
        // "7/A": the slash and the letter glued after.
        let after = self.is_sym(a.end, '/')
            && self.attached(a.end)
            && self.attached(a.end + 1)
            && grade_letter(a.end + 1)
            && !(self.attached(a.end + 2) && (self.is_word(a.end + 2) || self.is_num(a.end + 2)));
        if before {
            return Err(Outcome::Skip(a.end));
        }
        if after {
            return Err(Outcome::Skip(a.end + 2));
        }
        Ok(())
    }

    /// "A.D. 1000", "in 500 BC", "753 B.C.", "300 BCE": a year of an era is a date, not a
    /// count (the model's dates hold no year before the common era, so it is passed over).
    pub(super) fn era_year(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let dotted = |k: usize, letters: &[&str]| {
            letters.iter().enumerate().all(|(n, l)| {
                self.raw(k + 2 * n) == *l
                    && self.is_sym(k + 2 * n + 1, '.')
                    && (n == 0 || self.attached(k + 2 * n))
            })
        };
        let era_after = |k: usize| {
            matches!(self.raw(k), "BC" | "BCE" | "AD" | "CE")
                || dotted(k, &["B", "C"])
                || dotted(k, &["A", "D"])
        };
        let era_before = a.num >= 1 && self.raw(a.num - 1) == "AD"
            || a.num >= 4 && dotted(a.num - 4, &["A", "D"]);
        if m.unit.is_none()
            && !m.range
            && a.cur.is_none()
            && !a.words
            && a.value.fract() == 0.0
            && a.value >= 1.0
            && (era_before || (self.is_word(m.end) && era_after(m.end)))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// A bare year is a date; a bare number after a label or name is no quantity.
    pub(super) fn bare_number_not_quantity(&self, a: &Amt, m: &mut Draft, nested: bool) -> Step {
        // Exclusions for a bare number.
        let measured = m
            .unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, UnitKind::Count { .. }));
        if self.case_number(a, m) {
            return Err(Outcome::Skip(m.end));
        }
        if !m.range && !measured && a.cur.is_none() {
            if self.year_like(a) && (m.unit.is_none() || m.qual.is_none()) {
                // A year is a date of year precision ("a 2013 resolution").
                return Err(match Date::new(a.value as i64, None, None) {
                    Ok(d) if !nested && m.qual.is_none() => self.date_found(a.num, a.end, d),
                    _ => Outcome::Skip(a.end),
                });
            }
            if m.unit.is_none() && !a.words && !a.fraction && a.first == a.num && a.num > 0 {
                let p = a.num - 1;
                let pw = self.low(p);
                // "iPhone 16 review", "RTX 4090": a name even at the start of the sentence.
                let odd_caps = {
                    let r = self.raw(p);
                    r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2
                };
                // "DAX 18,175.04": a level after an index name (not "FTSE 100").
                // "Elo 2771", "IQ 130": a rating after its name (decision 651).
                let index_level = (words::index_word(self.raw(p)) && a.plain_digits.is_none())
                    || words::rating_name(self.raw(p));
                if self.is_word(p)
                    && !index_level
                    && !self.unit_of_figure_before(p)
                    && !self.possessive_tally(p)
                    && (self.label_before(p)
                        || (odd_caps && self.month_at(p).is_none())
                        // "Voyager 1, launched …": a name opening the sentence.
                        || (self.opens_sentence(p)
                            && self.capitalised(p)
                            && m.qual.is_none()
                            && !words::is_stopword(pw)
                            && words::change_word(pw).is_none()
                            && self.month_at(p).is_none()
                            && !words::weekday(pw)
                            && number::small_number_word(pw).is_none()
                            && (self.is_sym(m.end, ',') || self.verb_after_name(m.end)))
                        || (self.has_upper(p)
                            && !self.opens_sentence(p)
                            && self.month_at(p).is_none()
                            && !words::weekday(pw)
                            && m.qual.is_none()
                            && words::change_word(pw).is_none()
                            && self.low(m.end) != "who"))
                    && !(self.caseless && self.low(m.end) == "who")
                {
                    // "junctions 10 and 16": both are labels.
                    if matches!(self.low(m.end), "and" | "or" | "to") && self.is_num(m.end + 1) {
                        return Err(Outcome::Skip(m.end + 2));
                    }
                    return Err(Outcome::Skip(m.end));
                }
                if self.is_sym(p, '.') && p > 0 && self.low(p - 1) == "no" {
                    return Err(Outcome::Skip(m.end));
                }
            }
        }
        Ok(())
    }

    /// Rule `case_number` (decision 1245): "case No. 22-451", "No. 23-719": two bare
    /// figures joined by a dash that touches both, right after "No." or "Nos.", are the
    /// number of a court case or a file, not a range ("No. 1" alone is a label already,
    /// decision 589).
    fn case_number(&self, a: &Amt, m: &Draft) -> bool {
        m.range
            && m.unit.is_none()
            && a.cur.is_none()
            && a.num > 1
            && self.is_sym(a.num - 1, '.')
            && self.label_before(a.num - 1)
            && self.is_dash(a.end)
            && self.attached(a.end)
            && self.attached(a.end + 1)
    }

    /// Rule `possessive_tally` (decision 1155): whether the word at `p` is a possessive
    /// ("Trump's", "Remain’s") right after a "to" that follows a figure within four
    /// tokens: "306 electoral votes to Trump's 232" sets the next figure against the first
    /// as a tally, so the name is its owner, not a label it numbers ("switched to
    /// Boeing's 737" has no figure before "to" and stays a label).
    pub(super) fn possessive_tally(&self, p: usize) -> bool {
        let w = self.low(p);
        p >= 2
            && (w.ends_with("'s") || w.ends_with("’s"))
            && self.low(p - 1) == "to"
            && (p.saturating_sub(6)..p - 1).any(|k| self.is_num(k))
    }

    /// Rule `unit_of_figure_before` (decision 1108): whether the word at `p` is the unit
    /// of the figure right before it, spelt in that one word ("a 48MP 5x telephoto", "a
    /// 12 MP 2x telephoto"): it names the earlier figure's measure, no model or label the
    /// next figure numbers ("RTX 4090", "Labour MP 5" keep their names).
    fn unit_of_figure_before(&self, p: usize) -> bool {
        p > 0 && self.is_num(p - 1) && self.unit_at(p).is_some_and(|(_, after)| after == p + 1)
    }

    /// "junctions 10 to 16", "grades 6 through 8", "chapters 3-5": a range of bare figures
    /// right after the plural of a label word runs from one label to another, no quantity
    /// (branch expeer51, decision 936). One figure after the singular ("game 7") is
    /// `bare_number_not_quantity`'s, a list ("gates 3, 4 and 5") `label_along_list`'s.
    pub(super) fn labels_before_range(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if !m.range
            || m.unit.is_some()
            || m.qual.is_some()
            || a.cur.is_some()
            || a.words
            || a.fraction
            || a.first != a.num
            || a.num == 0
            || !self.is_word(a.num - 1)
        {
            return Ok(());
        }
        let p = a.num - 1;
        let plural_label = self
            .low(p)
            .strip_suffix('s')
            .filter(|s| s.len() > 1)
            .is_some_and(words::is_label_word);
        if plural_label && !(p > 0 && words::MODAL_VERBS.contains(self.low(p - 1))) {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// Rule `top_band` (decision 1201): "outside the top 10", "among the top 10 in
    /// America", "made the top 10 worldwide": a bare figure after "the top" that a
    /// preposition or verb of reaching opens (`words/top_band_openers.txt`) is a band of
    /// a ranking, no quantity. A noun after it keeps the count ("the top 10 markets"), and
    /// "The top two from each heat qualified" counts the two.
    pub(super) fn top_band(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.unit.is_none()
            && lone_figure(a, m)
            && a.num >= 3
            && self.low(a.num - 1) == "top"
            && self.low(a.num - 2) == "the"
            && words::TOP_BAND_OPENERS.contains(self.low(a.num - 3))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// Rule `big_group_name` (decision 1252): "the big four supermarkets", "Britain's big
    /// four banks", "the big 12": a number after "big" that follows "the" or a possessive
    /// names a group of firms, as the capitalised "Big Five" (real eu) and "the Big 12" (dev
    /// tune) do; it is no quantity. "four big retailers", "a big 40% jump" and "a big
    /// two-day sale" (an article, or a unit other than a count) stay.
    pub(super) fn big_group_name(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let counted = m
            .unit
            .as_ref()
            .is_none_or(|u| matches!(u.class, UnitKind::Count { .. }));
        if counted
            && lone_figure(a, m)
            && a.num >= 2
            && self.low(a.num - 1) == "big"
            && (self.low(a.num - 2) == "the" || self.is_possessive(a.num - 2))
        {
            return Err(Outcome::Skip(a.end));
        }
        Ok(())
    }

    /// Whether the word at `k` is a label word naming the number after it ("seat 14A",
    /// "Gate 5"), not a verb after a modal: "the jet can seat 840 passengers", "will
    /// rank 300 schools" (decision 143). The point of "No." counts as its word ("the No.
    /// 1 spot", decision 589).
    pub(super) fn label_before(&self, k: usize) -> bool {
        if self.is_sym(k, '.') && self.attached(k) && k > 0 {
            return matches!(self.low(k - 1), "no" | "nos");
        }
        words::is_label_word(self.low(k))
            && !(k > 0 && words::MODAL_VERBS.contains(self.low(k - 1)))
    }

    /// "Windows 11 users", "RTX 4090 draws": a version or model number before a counted noun.
    /// A figure with a thousands separator after a label word counts the noun: "On the
    /// Muhu/Saaremaa route 127,186 passengers" (decision 1171).
    pub(super) fn model_number_before_count(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "Windows 11 users", "RTX 4090 draws", "No 1 ranking": a version or model
        // number before a counted noun.
        if m.unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, UnitKind::Count { .. }))
            && !m.range
            && !a.words
            && a.first == a.num
            && a.num > 0
            && (words::version_word(self.low(a.num - 1))
                || (self.label_before(a.num - 1) && !self.grouped_figure(a.num, a.end))
                || words::index_word(self.raw(a.num - 1))
                || (self.raw(a.num - 1) == "P" && a.num > 1 && self.is_sym(a.num - 2, '&'))
                || {
                    // "OnePlus 12 undercuts", "the 737 Max 9 jets": a name before it.
                    let r = self.raw(a.num - 1);
                    (r.chars().skip(1).any(char::is_uppercase)
                        && r.len() >= 2
                        && !self.capitals_possessive_owner(a.num - 1))
                        || (a.num > 1
                            && self.capitalised(a.num - 1)
                            && !r.ends_with("'s")
                            && !r.ends_with("’s")
                            && !r.ends_with('s')
                            && !words::is_stopword(self.low(a.num - 1))
                            && self.month_at(a.num - 1).is_none()
                            && !words::weekday(self.low(a.num - 1))
                            && a.plain_digits.is_some_and(|d| d <= 4))
                }
                || matches!(self.raw(a.num - 1), "No" | "Year" | "Grade" | "Class")
                || (self.raw(a.num - 1).len() >= 2
                    && self.raw(a.num - 1).chars().all(|c| c.is_ascii_uppercase())
                    && a.plain_digits.is_some_and(|d| d >= 3)
                    && self.currency_before(a.num).is_none()))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }

    /// Rule `capitals_possessive_owner` (decision 1379): a possessive with a capital inside
    /// the word owns the count after it, it is no model name ("OnePlus 12 undercuts"): "the
    /// UK's 11,200 charity shops" → 11,200 `charity shop`, "the RNLI's 238 lifeboat stations".
    fn capitals_possessive_owner(&self, k: usize) -> bool {
        self.is_possessive(k)
    }

    /// Whether a verb in the past or an auxiliary stands at `k`, after a capitalised
    /// name and its number opening the sentence ("Apollo 11 landed", "Voyager 2 was").
    fn verb_after_name(&self, k: usize) -> bool {
        let w = self.low(k);
        self.is_word(k)
            && !self.capitalised(k)
            && ((w.ends_with("ed") && w.len() > 4)
                || matches!(w, "was" | "is" | "has" | "had" | "will" | "became" | "flew"))
    }

    /// "iPhone 11 Pro", "737 Max": a bare integer before a name is no quantity.
    pub(super) fn integer_before_name(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        // "iPhone 11 Pro", "737 Max", "90049 ZIP Code": a bare integer before a name.
        if m.unit.is_none()
            && !m.range
            && m.qual.is_none()
            && a.cur.is_none()
            && a.plain_digits.is_some()
            && a.first == a.num
            && self.has_upper(m.end)
            && self.month_at(m.end).is_none()
            && !(m.end + 1 < self.n() && self.is_sym(m.end + 1, '.'))
        {
            return Err(Outcome::Skip(m.end));
        }
        Ok(())
    }
}

/// Whether the mention is one plain figure with nothing read around it: no range,
/// qualifier, currency or fraction, and no word of the amount before its number ("the top
/// 10", "the big four"; rules `top_band` and `big_group_name`).
fn lone_figure(a: &Amt, m: &Draft) -> bool {
    !m.range && m.qual.is_none() && a.cur.is_none() && !a.fraction && a.first == a.num
}
