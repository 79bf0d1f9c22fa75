//! Ranges: the second amount after "to", "through", "-", "and" (after "between") or "or".
//! Where the second end starts and how it is read are `range_second_end.rs`'s.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The second amount of a range starting at `j`, if a range separator stands there.
    /// The "to" closing a from-to range after a short adjunct that starts at `j` ("at
    /// 10.45pm last night", "combined", "in 2008", "in February 2022", "in May", "on Monday",
    /// "in Q1"): words, months, times, years and labels of time (`time_label_len`) only, at
    /// most six tokens, no clause break.
    pub(super) fn range_gap(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < self.n() && k < j + 7 {
            if self.low(k) == "to" {
                let end_at = k
                    + usize::from(self.approx_on_second_end(k + 1))
                    + self.adjective_on_second_end(k + 1)
                    + self.bound_before_second_end(k + 1);
                return (k > j
                    && (self.is_num(end_at + 1) || self.currency_from(end_at + 1).is_some()))
                .then_some(k);
            }
            let label = self.time_label_len(k);
            if label > 0 {
                k += label;
                continue;
            }
            match self.kind(k)? {
                Kind::Word => {
                    let w = self.low(k);
                    // "in February 2022": a month before its year is part of the adjunct
                    // ("in the March quarter" is not: a period, as q annotates it).
                    // "from 4% in May to 6% in June": a month right before the "to" too.
                    let month = self.month_at(k).is_some()
                        && (self.year_at(k + 1) || self.low(k + 1) == "to");
                    if self.and_between_years(k) {
                        k += 1;
                        continue;
                    }
                    if (self.capitalised(k) && !month && !self.acronym_after_of(k))
                        || matches!(
                            w,
                            "and" | "but" | "from" | "by" | "while" | "which" | "who" | "than"
                        )
                        || number::small_number_word(w).is_some()
                        || number::scale_word(w).is_some()
                    {
                        return None;
                    }
                }
                Kind::Num => {
                    let time = matches!(self.low(k + 1), "am" | "pm" | "a.m" | "p.m" | "gmt")
                        && self.is_word(k + 1);
                    if !time && !self.year_at(k) && !self.split_year_end(k) {
                        return None;
                    }
                }
                // "from 4,194 in 2012-13, to 4,145": the joint of a school or fiscal
                // year, and a comma closing the adjunct right before "to".
                Kind::Sym('-' | '–' | '/') if self.split_year_end(k + 1) => {}
                Kind::Sym(',') if k > j && self.low(k + 1) == "to" => {}
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// Rule `time_label_in_gap` (decision 1260): how many tokens a label of time at `k`
    /// spans inside a range's adjunct, where a capital or a number would otherwise end it;
    /// 0 when none stands there. A weekday ("from $1.42 on Monday to $1.38"), a quarter or
    /// half ("in Q1", "in H2 2023": a letter of `words/period_label_letters.txt` glued to 1–4),
    /// "mid-" glued to a year or a month ("in mid-2021", "in mid-March"), a day and its month
    /// as the date reader reads them ("on 2 May", "on 30th April", "on May 2").
    fn time_label_len(&self, k: usize) -> usize {
        if !self.is_word(k) {
            return if self.is_num(k) && !self.year_at(k) {
                self.date_len(k).unwrap_or(0)
            } else {
                0
            };
        }
        let w = self.low(k);
        let quarter = self.raw(k).len() == 1
            && self.capitalised(k)
            && words::PERIOD_LABEL_LETTERS.contains(w)
            && self.is_num(k + 1)
            && self.attached(k + 1)
            && num_value(self.raw(k + 1)).is_some_and(|x| (1.0..=4.0).contains(&x));
        let mid = w == "mid"
            && self.is_sym(k + 1, '-')
            && self.attached(k + 1)
            && self.attached(k + 2)
            && (self.year_at(k + 2) || self.month_at(k + 2).is_some());
        if words::weekday(w) {
            1
        } else if quarter || mid {
            2
        } else if self.month_at(k).is_some() && self.is_num(k + 1) && !self.year_at(k + 1) {
            self.date_len(k + 1).map_or(0, |n| n + 1)
        } else {
            0
        }
    }

    /// How many tokens the date the date reader finds at the number `k` spans ("2 May",
    /// "30th April", the "2" of "May 2"), if it finds one there.
    fn date_len(&self, k: usize) -> Option<usize> {
        let mut hint = None;
        match self.date_at(k, &mut hint) {
            Some(Outcome::Found(_, end) | Outcome::Skip(end)) if end > k => Some(end - k),
            _ => None,
        }
    }

    /// "from 16.3 percent of GDP in 2004 to 17.5 percent": an acronym in capitals (two to
    /// five letters) right after "of" names what the share is of; it does not end the
    /// from-to adjunct as a name would.
    fn acronym_after_of(&self, k: usize) -> bool {
        let r = self.raw(k);
        k > 0
            && self.low(k - 1) == "of"
            && (2..=5).contains(&r.len())
            && r.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// "between 5-10 dollars", "between $1,660–$4,620": after "between", a dash closes
    /// the range when no "and" follows within five tokens ("between 2010-2015 and
    /// 2016-2020" pairs two ranges, each closed by its own "and").
    fn dash_closes_between(&self, j: usize) -> bool {
        !(j + 1..j + 6).any(|k| self.low(k) == "and")
    }

    /// Whether the token at `k` is a year in four digits (1500–2199).
    pub(super) fn year_at(&self, k: usize) -> bool {
        let r = self.raw(k);
        self.is_num(k)
            && r.len() == 4
            && num_value(r).is_some_and(|y| (1500.0..=2199.0).contains(&y))
    }

    /// Whether the token at `k` closes a school or fiscal year glued to a year by a hyphen,
    /// an en dash or a slash: the "13" of "2012-13" or "2012–13", the "11" of "2010/11", the
    /// "2010" of "2009-2010" (rule `en_dash_year_span`, decision 1230: "from 15.42 million
    /// in 2011–12 to 15.47 million" is one range, as with a hyphen).
    pub(super) fn split_year_end(&self, k: usize) -> bool {
        k >= 2
            && self.is_num(k)
            && matches!(self.raw(k).len(), 2 | 4)
            && matches!(self.kind(k - 1), Some(Kind::Sym('-' | '–' | '/')))
            && self.attached(k - 1)
            && self.attached(k)
            && self.year_at(k - 2)
    }

    /// Whether the token at `k` is a number above one, in digits or words: the second end
    /// of "one to four years", "one to 10 days".
    pub(super) fn second_end_above_one(&self, k: usize) -> bool {
        let v = if self.is_num(k) {
            num_value(self.raw(k))
        } else {
            number::small_number_word(self.low(k)).map(|v| v as f64)
        };
        v.is_some_and(|v| v > 1.0)
    }

    pub(super) fn range_second(
        &self,
        a: &Amt,
        j: usize,
        between: bool,
        governed: bool,
        after_unit: bool,
    ) -> Option<Amt> {
        // "a 10-to-15 per cent drop": a hyphenated "to".
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.low(j + 1) == "to"
            && self.is_sym(j + 2, '-')
            && self.attached(j + 2)
            && self.attached(j + 3)
            && !between
        {
            return self.range_second(a, j + 2, between, governed, after_unit);
        }
        // "15- to 20-fold": a suspended hyphen before "to".
        if self.is_sym(j, '-')
            && self.attached(j)
            && !self.attached(j + 1)
            && self.low(j + 1) == "to"
            && !between
        {
            return self.range_second(a, j + 1, between, governed, after_unit);
        }
        // "six, seven or eight": three consecutive numbers in words are one range.
        if !between && let Some(or_at) = self.consecutive_word_list(a, j) {
            return self.range_second(a, or_at, between, governed, after_unit);
        }
        let sep = self.low(j);
        let k = self.second_end_start(a, sep, j);
        let ok_sep = self.separator_ok(a, j, sep, between, governed, after_unit)?;
        if !ok_sep {
            return None;
        }
        // Currency before the second number ("$3 billion to $5 billion").
        let (cur, num) = match self.currency_from(k) {
            Some((c, n)) => (Some(c), n),
            None => (None, k),
        };
        let mut b = if self.signed_end_here(a, j, cur.is_none(), num) {
            self.signed_second_end(a, num)?
        } else if let Some(b) = self.sign_word_end(a, cur.is_some(), num) {
            b
        } else if self.is_num(num) {
            self.digit_second_end(a, j, num, cur)?
        } else if cur.is_none() && self.article_unit_end(a, sep, num) {
            self.simple_word_amt(num, num + 1, 1.0)
        } else if cur.is_none() && self.is_word(num) {
            let b = self.word_amount(num)?;
            if b.fuzzy.is_some() || b.fraction {
                return None;
            }
            b
        } else {
            return None;
        };
        if b.cur.is_none() {
            b.cur = cur.or(a.cur);
        }
        self.range_end_ok(a, &b, j, num, sep).then_some(b)
    }

    /// Whether the separator at `j` ("to", "and", "or", "through", a dash, a glued tilde)
    /// may join the two ends of a range; `None` past the sentence.
    fn separator_ok(
        &self,
        a: &Amt,
        j: usize,
        sep: &str,
        between: bool,
        governed: bool,
        after_unit: bool,
    ) -> Option<bool> {
        let ok_sep = match self.kind(j)? {
            Kind::Word => match sep {
                "and" => between,
                "to" => !(governed && (after_unit || a.cur.is_some())),
                // "pages 5 through 10": an inclusive range.
                "through" | "thru" => !between && !governed,
                "or" => !between,
                w => !between && !governed && self.till_separator(a, w),
            },
            Kind::Sym('-') | Kind::Sym('–') | Kind::Sym('—') => {
                !between || self.dash_closes_between(j)
            }
            // "5~10 kg": a tilde glued between two numbers joins them; so does one spaced
            // on both sides, "31 ~ 34 percent" (rule `spaced_tilde`, decision 1025).
            Kind::Sym('~') => !between && self.attached(j) == self.attached(j + 1),
            _ => false,
        };
        Some(ok_sep)
    }

    /// Whether the first end `a` of an "or" follows a comma and an item of the same
    /// shape: "5 mg, 10 mg or 20 mg", "$10, $15 or $20", "3, 4 or 5" are lists of
    /// separate figures, not a range ("In 2019, 5 or 6 people" is one: a year before the
    /// comma is no item).
    pub(super) fn list_before(&self, a: &Amt) -> bool {
        let Some(comma) = a.first.checked_sub(1).filter(|&c| self.is_sym(c, ',')) else {
            return false;
        };
        let item = |k: usize| {
            self.is_num(k)
                && !(self.raw(k).len() == 4
                    && num_value(self.raw(k)).is_some_and(|y| (1500.0..=2199.0).contains(&y)))
        };
        let Some(before) = comma.checked_sub(1) else {
            return false;
        };
        // "5, 10 or 20", "$10, $15": the number right before the comma; "5 km, 10 km": a
        // number and the unit word the first end has after it.
        item(before)
            || (before > 0
                && self.is_word(before)
                && self.low(before) == self.low(a.end)
                && item(before - 1))
    }

    /// Two alternatives joined by "or", compared without the scale the second end
    /// shares with the first: "$5 or $6 million", "1 or 2 million dollars", "five or six
    /// thousand people", "two or three dozen" are 5 or 6, 1 or 2, five or six of it (`accept_range` then
    /// scales the first end).
    fn alternatives_unscaled(&self, a: &Amt, b: &Amt) -> (f64, f64) {
        if a.scale == 0 && b.scale > 0 && a.raw <= b.raw {
            return (a.raw, b.raw);
        }
        if let Some(f) = self.words_share_scale(a, b) {
            return (a.value, b.value / f);
        }
        (a.value, b.value)
    }

    /// Rule `percent_to_scaled_level` (decision 930): "— 12.3% to 2.38 million" is a
    /// change in percent and the level it reached, not one range: the first end is a
    /// percent (a unit of the registry's percent dimension spelled from its end to "to" at
    /// `j`: "%", "percent", "per cent", "pc"), the second a scaled figure ("million",
    /// "bn") with no percent after it.
    fn percent_to_scaled_level(&self, a: &Amt, b: &Amt, j: usize) -> bool {
        let percent_at = |k: usize| {
            self.unit_at(k)
                .filter(|(u, _)| u.dimension == "percent")
                .map(|(_, end)| end)
        };
        b.scale > 0
            && b.cur.is_none()
            && j > a.end
            && percent_at(a.end) == Some(j)
            && percent_at(b.end).is_none()
    }

    /// Whether `b`, read after the separator `sep` at `j`, really ends a range begun by
    /// `a`: not glued letters, a date or time, the level after a change ("grew by 1.2
    /// million to 67 million"), an aside after a dash, a name, a tally of shares, an "or"
    /// between unlike numbers, or another currency.
    fn range_end_ok(&self, a: &Amt, b: &Amt, j: usize, num: usize, sep: &str) -> bool {
        // Glued letters after the second number that are not a unit.
        if self.is_word(b.end) && self.attached(b.end) && self.unit_at(b.end).is_none() {
            return false;
        }
        // A date or time is not the end of a range ("to 5:30", "to July 2", "to 8 a.m.").
        if (self.is_sym(b.end, ':') && self.attached(b.end))
            || self.month_at(b.end).is_some()
            || (self.is_word(b.end)
                && matches!(self.low(b.end), "am" | "pm" | "a" | "p" | "gmt")
                // "a.m." and "p.m."; "30p." ending a sentence is pence.
                && (!matches!(self.low(b.end), "a" | "p")
                    || (self.is_sym(b.end + 1, '.') && self.low(b.end + 2) == "m")))
        {
            return false;
        }
        // "June to 30 September" is a span of dates; "from 4% in May to 6%" is a range
        // whose first end is dated: words stand between the first end and the month ("in
        // May", "in late March", "at the end of March", "on 2 May"; decision 1259).
        let dated_first_end = j >= 2 && j - 1 > a.end;
        if j > 0 && self.month_at(j.saturating_sub(1)).is_some() && !dated_first_end {
            return false;
        }
        // "grew by 1.2 million to 67 million": the level reached, not a range ("fell by
        // 1 to 1.5 degrees" is one).
        // So is "up 330,000 to 8.2 million", "+1.4% to 16,340.87" and "a rise of £12.30
        // to £319.10" (decision 648).
        let changed_by = a.first > 0
            && (self.low(a.first - 1) == "by"
                || matches!(self.low(a.first - 1), "up" | "down")
                || a.plus)
            || self.change_noun_of_before(a);
        if sep == "to" && changed_by {
            let (mut x, y) = if a.scale == 0 && b.scale > 0 && a.raw <= b.raw {
                (a.raw, b.raw)
            } else {
                (a.value, b.value)
            };
            // "a rise of 20p to £2.40": pence against pounds (decision 689).
            if self.pence_before_pounds(a, b) {
                x /= 100.0;
            }
            if y > 4.0 * x.abs() {
                return false;
            }
        }
        if sep == "to" && self.percent_to_scaled_level(a, b, j) {
            return false;
        }
        // "his tally to 20 – 2 behind": a spaced dash is an aside unless the numbers rise.
        if matches!(self.kind(j), Some(Kind::Sym('–' | '—')))
            && !self.attached(j)
            && b.value <= a.value
        {
            return false;
        }
        // "7-Eleven": a name.
        if self.is_word(num) && self.capitalised(num) {
            return false;
        }
        // "Biden leads Trump 46% to 44%": a tally of shares, not a range.
        if sep == "to"
            && b.value < a.value
            && a.first > 0
            && self.low(a.first - 1) != "from"
            && (a.first.saturating_sub(4)..a.first)
                .any(|k| words::TALLY_WORDS.contains(self.low(k)))
        {
            return false;
        }
        if sep == "or" && self.list_before(a) {
            return false;
        }
        if sep == "or" {
            // "or even" says the two are alternatives whatever their digits.
            // "1/2 or 3/4 cup": two fractions of a measure are alternatives too.
            let small = a.plain_digits.is_some()
                || a.words
                || self.adverb_after_or(sep, j + 1)
                || self.is_slash_fraction(a);
            let (x, y) = self.alternatives_unscaled(a, b);
            if !(small && y > x && y <= x * 2.0 + 2.0) {
                return false;
            }
        }
        // The first amount's own currency must agree with the second's.
        if let (Some(ca), Some(cb)) = (a.cur, b.cur)
            && ca.code != cb.code
        {
            return false;
        }
        true
    }
}
