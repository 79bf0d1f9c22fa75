//! The mention grammar, read over one sentence's tokens:
//!
//! ```text
//! mention  := change? qualifier? ("between" | "from")? amount (range-sep amount)? unit? suffix? change-after?
//! amount   := currency-prefix? sign? (digits | number-words | fraction) scale?
//! unit     := measure-unit rate? | currency-word rate? | "of" total | counted-noun-phrase
//! ```
//!
//! Numbers anchor the search; qualifiers, currency symbols and change verbs are read
//! backwards from the number, units and ranges forwards, each within a few tokens, so the
//! work per sentence is linear in its length. Dates ("July 7, 2021", "Sept. 11") are read
//! where the numbers are, and years, times, ordinals, phone numbers and labels
//! ("Game 7", "COVID-19", "iPhone 11") are recognised and passed over.

use super::lexicon::{self, QualCode, UnitClass, UnitDef};
use super::scan::{Kind, Tok, num_value};
use crate::value::date::{self, Date};
use crate::value::number::{self, Decimal};
use crate::value::units;

/// A unit as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundUnit {
    pub name: String,
    pub class: FoundClass,
}

impl FoundUnit {
    /// An age: "year of age".
    fn age() -> FoundUnit {
        FoundUnit {
            name: "year of age".into(),
            class: FoundClass::Measure,
        }
    }

    /// "pounds": sterling when `money`, else the weight.
    fn pounds(money: bool) -> FoundUnit {
        if money {
            FoundUnit {
                name: "pound sterling".into(),
                class: FoundClass::Currency("GBP"),
            }
        } else {
            FoundUnit {
                name: "pound-mass".into(),
                class: FoundClass::Measure,
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum FoundClass {
    Measure,
    Time,
    Percent,
    Currency(&'static str),
    /// A counted noun; `head` is the singular head noun.
    Count {
        head: String,
    },
    /// A rate ("dollar per barrel").
    Rate,
}

/// One mention in token terms.
#[derive(Debug, Clone)]
pub struct Found {
    pub first: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    pub range: bool,
    pub unit: Option<FoundUnit>,
    pub qual: Option<QualCode>,
    pub change: Option<bool>,
    pub total: Option<f64>,
    pub date: Option<Date>,
    /// A fraction or a multiplier ("a third", "1.4x"), which takes no unit from context.
    pub fraction: bool,
}

enum Outcome {
    Found(Box<Found>, usize),
    Skip(usize),
    Nothing,
}

#[derive(Debug, Clone, Copy)]
struct Cur {
    name: &'static str,
    code: &'static str,
}

#[derive(Debug, Clone)]
struct Amt {
    /// First token, including a currency prefix or sign.
    first: usize,
    /// First token of the number itself.
    num: usize,
    /// One past the number and its scale.
    end: usize,
    value: f64,
    /// The number before any scale word ("1.1" in "1.1 million").
    raw: f64,
    scale: i32,
    cur: Option<Cur>,
    plus: bool,
    words: bool,
    fuzzy: Option<(f64, f64)>,
    /// A plain integer written with digits only, no separators: its digit count.
    plain_digits: Option<usize>,
    fraction: bool,
    /// Qualifier given by a symbol right before the number ("~25", ">5").
    sym_qual: Option<QualCode>,
    /// "one in five": a proportion, its counted noun right after it.
    proportion: bool,
    /// "1.4x", "10 times the": a factor, with no unit.
    multiplier: bool,
}

pub struct SentenceReader<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub low: &'a [(usize, usize)],
    pub lowbuf: &'a str,
    /// The sentence has no capital letter at all ("the asx 200 was up 23 points"), so
    /// names and months cannot be told by their capitals.
    pub caseless: bool,
}

fn is_upper_initial(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> SentenceReader<'a> {
    fn n(&self) -> usize {
        self.toks.len()
    }

    fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    /// Lower-cased text of a word, or the raw text of other tokens.
    fn low(&self, i: usize) -> &'a str {
        if i >= self.n() {
            return "";
        }
        let (a, b) = self.low[i];
        &self.lowbuf[a..b]
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    fn is_sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Sym(c))
    }

    fn attached(&self, i: usize) -> bool {
        i < self.n() && !self.toks[i].space
    }

    fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && is_upper_initial(self.raw(i))
    }

    fn has_upper(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().any(char::is_uppercase)
    }

    /// Whether the tokens `first..end` hold a scale word or abbreviation: "4.1 million",
    /// "£2bn", "4.3M".
    fn scaled_span(&self, first: usize, end: usize) -> bool {
        (first..end.min(self.n())).any(|k| {
            let w = self.low(k);
            if self.is_num(k) {
                let t = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
                !t.is_empty() && lexicon::scale_abbrev(t).is_some()
            } else {
                number::scale_word(w).is_some_and(|p| p >= 3)
                    || (self.attached(k) && lexicon::scale_abbrev(w).is_some())
            }
        })
    }

    /// Whether the words before a number at `i` talk about a count of people or things
    /// that is written in millions: "an audience of 12m", "passengers up 28.5% to 79.2m".
    fn count_context(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| {
            self.is_word(k)
                && matches!(
                    self.low(k),
                    "audience"
                        | "audiences"
                        | "passengers"
                        | "subscribers"
                        | "viewers"
                        | "users"
                        | "customers"
                        | "visitors"
                        | "views"
                        | "streams"
                        | "fans"
                        | "members"
                        | "followers"
                        | "households"
                        | "downloads"
                        | "voters"
                        | "tourists"
                        | "travellers"
                        | "travelers"
                        | "population"
                        | "residents"
                        | "workers"
                        | "employees"
                        | "students"
                        | "patients"
                        | "people"
                        | "viewership"
                        | "attendance"
                        | "listeners"
                        | "readers"
                        | "subscriptions"
                        | "accounts"
                )
        })
    }

    /// The counted noun a bare level or change belongs to: the plural subject of the
    /// change verb before `at` in the same clause ("daily active users rose 13% to 212m",
    /// "births dropped 5.6% to 727,277", "downloads topped 100 million").
    fn clause_subject(&self, at: usize) -> Option<FoundUnit> {
        let mut k = at;
        let mut verb = None;
        while k > 0 && at - k < 12 {
            k -= 1;
            if matches!(
                self.kind(k),
                Some(Kind::Sym(',' | ';' | '(' | ')' | ':' | '–' | '—'))
            ) {
                return None;
            }
            let w = self.low(k);
            if self.is_word(k)
                && (lexicon::change_word(w).is_some()
                    || matches!(
                        w,
                        "topped"
                            | "tops"
                            | "total"
                            | "totals"
                            | "totalled"
                            | "reached"
                            | "hit"
                            | "hits"
                            | "stood"
                            | "stands"
                            | "numbered"
                    ))
                && !matches!(w, "up" | "down")
            {
                verb = Some(k);
                break;
            }
        }
        let mut e = verb?;
        while e > 0
            && matches!(
                self.low(e - 1),
                "now" | "also" | "have" | "has" | "had" | "then"
            )
        {
            e -= 1;
        }
        if e == 0 || !self.is_word(e - 1) {
            return None;
        }
        // The noun phrase ending right before the verb: up to three words.
        let mut start = e - 1;
        while start > 0
            && e - start < 3
            && self.is_word(start - 1)
            && !self.capitalised(start - 1)
            && !lexicon::is_stopword(self.low(start - 1))
            && !self.low(start - 1).ends_with("'s")
            && self.unit_at(start - 1).is_none()
        {
            start -= 1;
        }
        while start < e - 1 {
            if let Some((u, end)) = self.noun_phrase(start, false)
                && end == e
                && matches!(u.class, FoundClass::Count { .. })
            {
                return Some(u);
            }
            start += 1;
        }
        self.noun_phrase(e - 1, false)
            .filter(|(u, end)| *end == e && matches!(u.class, FoundClass::Count { .. }))
            .map(|(u, _)| u)
    }

    /// Whether a percent or points sign follows at `k`: "-3.1%", "-40bps", "-3 pts".
    fn share_after(&self, k: usize) -> bool {
        self.is_sym(k, '%')
            || matches!(
                self.low(k),
                "pc" | "pct" | "bps" | "bp" | "pts" | "pp" | "percent"
            )
    }

    /// Whether a stock index is named at `i`: "Nikkei", "FTSE", or "index" after a name,
    /// a number or "share"/"stock" ("the TA-35 index", "the all-share index"), not "the
    /// dollar index" or "the consumer price index".
    fn stock_index_at(&self, i: usize) -> bool {
        let w = self.raw(i);
        // "the S&P 500".
        if w == "P" && i >= 2 && self.is_sym(i - 1, '&') && self.raw(i - 2) == "S" {
            return true;
        }
        if w.len() < 3 {
            return false;
        }
        if matches!(w, "index" | "indexes" | "indices") {
            return i > 0
                && (self.is_num(i - 1)
                    || (self.capitalised(i - 1) && !matches!(self.low(i - 1), "the" | "a"))
                    || matches!(
                        self.low(i - 1),
                        "share" | "stock" | "all-share" | "composite" | "blue-chip" | "equity"
                    ));
        }
        lexicon::index_word(w)
    }

    /// Whether a counted noun (not a unit) starts at `k`: "330m monthly users".
    fn counted_after(&self, k: usize) -> bool {
        self.is_word(k)
            && (!self.capitalised(k) || self.acronym_plural(k))
            && !lexicon::is_stopword(self.low(k))
            && self.unit_at(k).is_none()
            && self.noun_phrase(k, false).is_some()
    }

    /// "3m-strong": a count of members, so the "m" is million.
    fn strong_after(&self, k: usize) -> bool {
        self.is_sym(k, '-')
            && self.attached(k)
            && self.attached(k + 1)
            && self.low(k + 1) == "strong"
    }

    /// Whether an earlier number in the sentence carries the same glued abbreviation
    /// (`abbr`) as a scale: "1.5m people …, up from 1.1m a year earlier".
    fn earlier_scaled(&self, i: usize, abbr: &str) -> bool {
        (i.saturating_sub(60)..i.saturating_sub(1)).any(|k| {
            self.is_num(k)
                && self.is_word(k + 1)
                && self.attached(k + 1)
                && self.raw(k + 1) == abbr
                && (self.counted_after(k + 2)
                    || self.currency_before(k).is_some()
                    || self.count_context(k)
                    || (self.is_word(k + 2)
                        && !self.attached(k + 2)
                        && self.unit_at(k + 2).is_some()))
        })
    }

    fn month_at(&self, i: usize) -> Option<u8> {
        if !self.capitalised(i) {
            // In caseless text a full month name other than "may" still is one.
            let w = self.low(i);
            if self.caseless && self.is_word(i) && w.len() > 3 && w != "may" {
                return date::month_word(w);
            }
            return None;
        }
        date::month_word(self.raw(i))
    }

    /// Reads every mention of the sentence, calling `f` for each.
    pub fn read(&self, year_hint: &mut Option<i32>, mut f: impl FnMut(Found)) {
        let mut i = 0;
        let mut last_change: Option<bool> = None;
        let mut prev: Option<(usize, Option<QualCode>, Option<bool>)> = None;
        // The last mention opened by "from" and its unit: "from about 14-18 mpg to 24".
        let mut from_unit: Option<(usize, FoundUnit)> = None;
        let mut change_unit: Option<FoundUnit> = None;
        // The end and unit of the last mention: "by 312 votes to 287", "6ft 2in".
        let mut last_unit: Option<(usize, Option<FoundUnit>)> = None;
        // The last counted mention, its value and whether it had a scale word:
        // "3 million people …, down from 4.1 million".
        let mut last_count: Option<(f64, FoundUnit, bool)> = None;
        // Whether the sentence reports a stock index: its levels are in points.
        let mut index_points = false;
        // "life expectancy … 78.6 years", "the average age of mothers … 31.6 years": the
        // next number of years (or bare number) is an age.
        let mut age_pending = false;
        // The end of the last mention when it was an age: "aged 10 and 11".
        let mut last_age_end: Option<usize> = None;
        while i < self.n() {
            if self.is_word(i) && matches!(self.low(i), "expectancy" | "age") {
                age_pending = true;
            }

            match self.try_at(i, year_hint, false) {
                Outcome::Found(mut found, next) => {
                    if found.date.is_none() {
                        // A conversion in brackets or after a slash inherits the figure's
                        // qualifier and change: "just under 296 hp (224 kW / 300 PS)".
                        if let Some((pend, pq, pc)) = prev {
                            let between = &self.toks[pend.min(found.first)..found.first];
                            if !between.is_empty()
                                && between.len() <= 2
                                && between.iter().all(|t| {
                                    matches!(
                                        t.kind,
                                        Kind::Sym('(') | Kind::Sym('/') | Kind::Sym('[')
                                    )
                                })
                            {
                                if found.qual.is_none()
                                    && (!found.range || pq == Some(QualCode::Approx))
                                {
                                    found.qual = pq;
                                }
                                if found.change.is_none() {
                                    found.change = pc;
                                }
                            }
                            // "rose 0.5 percent, or 170 points", "up £3,000 or 0.8 per
                            // cent": the same change restated.
                            if (between.len() == 2 && between[0].kind == Kind::Sym(',')
                                || between.len() == 1)
                                && self.low(found.first - 1) == "or"
                                && found.change.is_none()
                                && !found.range
                            {
                                found.change = pc;
                            }
                        }
                        // "rose 0.3% month-on-month and 4.6% year-on-year": a second amount
                        // in the same unit joined by "and" shares the change.
                        if found.change.is_none()
                            && !found.range
                            && found.first > 0
                            && self.low(found.first - 1) == "and"
                            && let Some((pend, _, Some(pc))) = prev
                            && let Some((_, Some(pu))) = &last_unit
                            && found.unit.as_ref().is_some_and(|u| u.name == pu.name)
                            && pend < found.first
                            && found.first - pend <= 6
                            && self.toks[pend..found.first - 1]
                                .iter()
                                .enumerate()
                                .all(|(n, t)| match t.kind {
                                    Kind::Word => !matches!(
                                        self.low(pend + n),
                                        "to" | "from" | "at" | "of" | "in" | "was" | "is"
                                    ),
                                    Kind::Sym(c) => c == '-',
                                    _ => false,
                                })
                        {
                            found.change = Some(pc);
                        }
                        // "… were down 2.3%, Burlington by 2.6%": a bare "by" repeats the
                        // sentence's last change.
                        if found.change.is_none()
                            && found.first > 0
                            && self.low(found.first - 1) == "by"
                        {
                            let before = found
                                .first
                                .checked_sub(2)
                                .map(|k| self.low(k))
                                .unwrap_or("");
                            if lexicon::change_word(before).is_none() {
                                found.change = last_change;
                            }
                        }
                        // "The DAX rose 2 percent but the Nasdaq fell by 1": a bare change
                        // after a change in percent or points is in the same unit.
                        if found.change.is_some()
                            && found.unit.is_none()
                            && !found.range
                            && !found.fraction
                        {
                            found.unit = change_unit.clone();
                        }
                        if found.change.is_some() {
                            last_change = found.change;
                            if let Some(u) = &found.unit
                                && (u.class == FoundClass::Percent
                                    || matches!(
                                        u.name.as_str(),
                                        "point" | "percentage point" | "basis point"
                                    ))
                            {
                                change_unit = Some(u.clone());
                            }
                        }
                        // "by 312 votes to 287": the second count of a tally is in votes.
                        if found.unit.is_none()
                            && !found.range
                            && found.first > 0
                            && self.low(found.first - 1) == "to"
                            && let Some((pend, Some(u))) = &last_unit
                            && *pend + 1 == found.first
                            && matches!(&u.class, FoundClass::Count { head }
                                if matches!(head.as_str(), "vote" | "seat"))
                        {
                            found.unit = Some(u.clone());
                        }
                        // "about 6ft 2in", "some 2 hours 20 minutes": the second part of a
                        // compound measure has the first's qualifier.
                        if let Some((pend, Some(u))) = &last_unit
                            && *pend == found.first
                            && found.qual.is_none()
                            && let Some(fu) = &found.unit
                            && matches!(
                                (u.name.as_str(), fu.name.as_str()),
                                ("foot", "inch")
                                    | ("hour", "minute")
                                    | ("minute", "second")
                                    | ("stone", "pound-mass")
                                    | ("metre", "centimetre")
                            )
                            && let Some((_, pq, _)) = prev
                        {
                            found.qual = pq;
                        }
                        last_unit = Some((found.end, found.unit.clone()));
                        // "users rose 13% to 212m", "subscribers climbed by 2.3 million to
                        // 18.9 million": a bare count is of the clause's plural subject.
                        if found.unit.is_none()
                            && !found.fraction
                            && found.low.abs() >= 2.0
                            && let Some(u) = self.clause_subject(found.first)
                        {
                            found.unit = Some(u);
                        }
                        // "from A unit to B": B is in A's unit when it names none.
                        if found.unit.is_none()
                            && !found.range
                            && found.first > 0
                            && self.low(found.first - 1) == "to"
                            && let Some((pend, u)) = &from_unit
                            && *pend + 1 == found.first
                        {
                            found.unit = Some(u.clone());
                        }
                        let years = found.unit.as_ref().is_none_or(|u| u.name == "year");
                        let age_ok = years
                            && !found.range
                            && found.change.is_none()
                            && found.low > 0.0
                            && found.high <= 130.0;
                        if age_pending && age_ok && found.first > 0 {
                            found.unit = Some(FoundUnit::age());
                        }
                        // "aged 10 and 11", "aged 19, 23 and 40".
                        if let Some(e) = last_age_end
                            && found.unit.is_none()
                            && age_ok
                            && found.first == e + 1
                            && matches!(self.low(e), "and" | "or" | ",")
                        {
                            found.unit = Some(FoundUnit::age());
                        }
                        age_pending = false;
                        last_age_end = found
                            .unit
                            .as_ref()
                            .filter(|u| u.name == "year of age")
                            .map(|_| found.end);
                        // "fell 250.8 points, or 0.7%, to 33,500.2", "the Nikkei gained 1.5%
                        // to 32,000": the level of an index is in points.
                        let before = found.first.checked_sub(1).map(|k| self.low(k));
                        if found.unit.is_none()
                            && !found.range
                            && found.change.is_none()
                            && found.qual.is_none()
                            && found.low >= 100.0
                            && (index_points
                                || (0..found.first)
                                    .any(|k| self.is_word(k) && self.stock_index_at(k)))
                            && (matches!(
                                before,
                                Some("to" | "at" | "hit" | "hits" | "reached" | "reaches" | "near")
                            ) || (found.first > 0
                                && (self.stock_index_at(found.first - 1)
                                    || (found.first > 1
                                        && self.is_num(found.first - 1)
                                        && self.stock_index_at(found.first - 2)))))
                        {
                            found.unit = Some(FoundUnit {
                                name: "point".into(),
                                class: FoundClass::Measure,
                            });
                        }
                        if found.unit.as_ref().is_some_and(|u| u.name == "point")
                            && found.change.is_some()
                        {
                            index_points = true;
                        }
                        // "3 million people watched, down from 4.1 million": a scaled
                        // number compared with a scaled count is a count of the same things.
                        // "3,000 staff, up from 2,500": so is any number after "up from".
                        let scaled = self.scaled_span(found.first, found.end);
                        let before2 = found.first.checked_sub(2).map(|k| self.low(k));
                        let compared = matches!(
                            (before2, before),
                            (Some("up" | "down"), Some("from"))
                                | (Some("compared" | "against"), Some("with"))
                                | (_, Some("vs" | "versus"))
                        );
                        if found.unit.is_none()
                            && !found.range
                            && matches!(
                                before,
                                Some("from" | "to" | "than" | "with" | "vs" | "versus")
                            )
                            && let Some((v, u, was_scaled)) = &last_count
                            && ((scaled && *was_scaled) || compared)
                            && found.low / v <= 10.0
                            && v / found.low <= 10.0
                        {
                            found.unit = Some(u.clone());
                        }
                        // "killing 27 people and injuring 63", "displaced more than
                        // 538,000, with 127 still missing": a bare number in a casualty
                        // list counts the same persons.
                        if found.unit.is_none()
                            && !found.range
                            && let Some((_, u, _)) = &last_count
                            && matches!(&u.class, FoundClass::Count { head }
                                if lexicon::person_noun(head))
                            && (before.is_some_and(lexicon::casualty_verb)
                                || (self.low(found.end) == "still"
                                    && lexicon::casualty_verb(self.low(found.end + 1)))
                                || lexicon::casualty_verb(self.low(found.end)))
                        {
                            found.unit = Some(u.clone());
                        }
                        if let Some(u) = &found.unit
                            && matches!(u.class, FoundClass::Count { .. })
                        {
                            last_count = Some((found.low, u.clone(), scaled));
                        }
                        from_unit = match &found.unit {
                            Some(u)
                                if found.first > 0
                                    && self.low(found.first - 1) == "from"
                                    && !matches!(u.class, FoundClass::Count { .. }) =>
                            {
                                Some((found.end, u.clone()))
                            }
                            _ => None,
                        };
                        prev = Some((found.end, found.qual, found.change));
                    }
                    f(*found);
                    i = next.max(i + 1);
                }
                Outcome::Skip(next) => i = next.max(i + 1),
                Outcome::Nothing => i += 1,
            }
        }
    }

    fn try_at(&self, i: usize, year_hint: &mut Option<i32>, nested: bool) -> Outcome {
        let t = self.toks[i];
        match t.kind {
            Kind::Num => self.digits_at(i, year_hint, nested),
            Kind::Word => self.words_at(i, nested),
            Kind::Sym(c) if lexicon::vulgar_fraction(c).is_some() => self.vulgar_at(i, nested),
            _ => Outcome::Nothing,
        }
    }

    // ----- amounts -------------------------------------------------------------------

    /// Matches a space-separated token pattern at `at`; returns tokens used.
    fn match_pattern(&self, at: usize, pattern: &str, exact: bool) -> Option<usize> {
        let mut k = at;
        for p in pattern.split(' ') {
            if k >= self.n() {
                return None;
            }
            let ok = match self.toks[k].kind {
                Kind::Sym(c) => p.chars().count() == 1 && p.starts_with(c),
                Kind::Word | Kind::Num => {
                    if exact {
                        self.raw(k) == p
                    } else {
                        self.low(k) == p
                    }
                }
                Kind::Break => false,
            };
            if !ok {
                return None;
            }
            k += 1;
        }
        Some(k - at)
    }

    /// Thousands separated by plain spaces, as South African and some European papers
    /// write them ("2 800MW", "494 000 ounces", "R3 412", "US$1 880 per ounce"): the
    /// digits joined and the index of the last group. Only with a currency before or a
    /// unit right after, so "on May 5 200 people" stays two numbers.
    fn space_grouped(&self, i: usize) -> Option<(String, usize)> {
        let r = self.raw(i);
        if !(1..=3).contains(&r.len())
            || !r.bytes().all(|b| b.is_ascii_digit())
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
        if last == i || self.is_num(last + 1) {
            return None;
        }
        let unit_after =
            (self.is_word(last + 1) && self.attached(last + 1)) || self.unit_at(last + 1).is_some();
        let currency_before = self.currency_before(i).is_some();
        (unit_after || currency_before).then_some((text, last))
    }

    /// The power of ten written at `j` after a mantissa ("×10^30", "x 10−30", "×10⁸",
    /// "e-9"), and the token after it.
    fn sci_exponent(&self, j: usize) -> Option<(i32, usize)> {
        let mut k = match self.kind(j)? {
            Kind::Sym('×') | Kind::Sym('*') => j + 1,
            Kind::Word if self.raw(j) == "x" => j + 1,
            // "1e-9", "6.02E23": only glued, and only with the exponent glued too.
            Kind::Word if matches!(self.raw(j), "e" | "E") && self.attached(j) => {
                let k = j + 1;
                return self.exponent_digits(k, true);
            }
            _ => return None,
        };
        if !(self.is_num(k) && self.raw(k) == "10") {
            return None;
        }
        k += 1;
        if self.is_sym(k, '^') && self.attached(k) {
            k += 1;
        }
        self.exponent_digits(k, false)
    }

    /// A signed exponent glued at `k` (digits, or superscript digits when not `plain`).
    fn exponent_digits(&self, mut k: usize, plain: bool) -> Option<(i32, usize)> {
        let mut neg = false;
        if let Some(Kind::Sym(c @ ('-' | '−' | '⁻' | '+'))) = self.kind(k)
            && self.attached(k)
        {
            neg = c != '+';
            k += 1;
        }
        if !self.attached(k) {
            return None;
        }
        if self.is_num(k) {
            let r = self.raw(k);
            if r.len() > 3 || !r.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let e: i32 = r.parse().ok()?;
            return Some((if neg { -e } else { e }, k + 1));
        }
        if plain {
            return None;
        }
        let mut e: i32 = 0;
        let mut digits = 0;
        while let Some(Kind::Sym(c)) = self.kind(k)
            && self.attached(k)
            && let Some(d) = "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|s| s == c)
            && digits < 3
        {
            e = e * 10 + d as i32;
            digits += 1;
            k += 1;
        }
        (digits > 0).then_some((if neg { -e } else { e }, k))
    }

    /// A currency prefix ending right before token `num` (the number).
    fn currency_before(&self, num: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if num == 0 {
            return None;
        }
        let before = self.raw(num - 1);
        for e in lexicon::currency_prefix_index() {
            let (p, len) = (e.prefix, e.len);
            if len > num || e.last != before {
                continue;
            }
            let at = num - len;
            if !p.spaced && !self.attached(num) {
                continue;
            }
            // Symbols are exact; codes like "US", "RM", "PS" must match case.
            if self.match_pattern(at, p.pattern, true).is_some() && best.is_none_or(|(_, b)| at < b)
            {
                best = Some((
                    Cur {
                        name: p.name,
                        code: p.code,
                    },
                    at,
                ));
            }
        }
        best
    }

    /// A currency prefix starting at `at` and followed by a number: the currency and the
    /// number's index.
    fn currency_from(&self, at: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if at >= self.n() {
            return None;
        }
        let first = self.raw(at);
        for e in lexicon::currency_prefix_index() {
            let p = e.prefix;
            if e.first != first {
                continue;
            }
            if let Some(len) = self.match_pattern(at, p.pattern, true) {
                let num = at + len;
                if self.is_num(num)
                    && (p.spaced || self.attached(num))
                    && best.is_none_or(|(_, b)| num > b)
                {
                    best = Some((
                        Cur {
                            name: p.name,
                            code: p.code,
                        },
                        num,
                    ));
                }
            }
        }
        best
    }

    fn symbol_qualifier(&self, i: usize) -> Option<QualCode> {
        match self.kind(i)? {
            Kind::Sym('~') | Kind::Sym('≈') => Some(QualCode::Approx),
            Kind::Sym('>') => Some(QualCode::Gt),
            Kind::Sym('<') => Some(QualCode::Lt),
            Kind::Sym('≥') => Some(QualCode::Ge),
            Kind::Sym('≤') => Some(QualCode::Le),
            _ => None,
        }
    }

    /// Reads the digits at `i` with what sits right before them (currency, sign) and
    /// right after (scale). `None` when the number is not a quantity at all.
    fn digit_amount(&self, i: usize, in_range: bool) -> Result<Amt, usize> {
        let grouped = self.space_grouped(i);
        let (text, last) = match &grouped {
            Some((t, last)) => (t.as_str(), *last),
            None => (self.raw(i), i),
        };
        let (dec, plain) = decimal_of(text).ok_or(i + 1)?;
        let plain = plain && grouped.is_none();
        let mut first = i;
        let mut cur = None;
        let mut neg = false;
        let mut plus = false;
        let mut sym_qual = None;
        // Sign right before the number.
        if in_range {
        } else if i > 0 && self.attached(i) {
            match self.kind(i - 1) {
                Some(Kind::Sym('-')) | Some(Kind::Sym('−')) => {
                    let before = i.checked_sub(2);
                    let word_before = before.is_some_and(|b| self.is_word(b));
                    if before.is_some_and(|b| self.low(b) == "minus") {
                        neg = true;
                        first = i - 2;
                    } else if word_before
                        && self.attached(i - 1)
                        && (matches!(self.low(i - 2), "sub" | "now" | "nearly" | "almost")
                            || (matches!(self.low(i - 2), "foot" | "feet")
                                && i >= 4
                                && self.is_num(i - 4)))
                    {
                        // "sub-7 nanometer" (a bound the qualifier reads), "her now-18
                        // month-old daughter": a prefix, not a label nor a sign.
                    } else if word_before && self.attached(i - 1) {
                        // "COVID-19", "TA-35", "last-32": a label.
                        return Err(i + 1);
                    } else if before.is_some_and(|b| self.is_num(b)) && self.attached(i - 1) {
                        // The second half of "2-0" that no range took.
                        return Err(i + 1);
                    } else if word_before
                        && before.is_some_and(|b| self.capitalised(b))
                        && !self.share_after(i + 1)
                    {
                        // "COVID -19" (but "Nvidia -3.1%" is a signed change).
                        return Err(i + 1);
                    } else {
                        neg = true;
                        first = i - 1;
                    }
                }
                // "8GB+256GB": a joiner, not a sign.
                Some(Kind::Sym('+'))
                    if i >= 2
                        && self.attached(i - 1)
                        && matches!(self.kind(i - 2), Some(Kind::Word | Kind::Num)) => {}
                Some(Kind::Sym('+')) => {
                    plus = true;
                    first = i - 1;
                }
                // "2:00:35": the seconds of a time, "3:2:1" a ratio.
                Some(Kind::Sym(':')) if i >= 2 && self.is_num(i - 2) && self.attached(i - 1) => {
                    return Err(i + 1);
                }
                Some(Kind::Sym('#')) => return Err(i + 1),
                Some(Kind::Sym('\'')) | Some(Kind::Sym('’')) => return Err(i + 1),
                _ => {}
            }
        } else if i > 0 && self.low(i - 1) == "minus" {
            // "plus or minus 3.5 points", "+/- 2": a margin, not a negative number.
            if i >= 3 && self.low(i - 2) == "or" && self.low(i - 3) == "plus" {
                first = i - 3;
            } else {
                neg = true;
                first = i - 1;
            }
        }
        // Currency before the sign or the number.
        if let Some((c, at)) = self.currency_before(first) {
            cur = Some(c);
            first = at;
            if let Some(q) = at.checked_sub(1).and_then(|k| self.symbol_qualifier(k)) {
                sym_qual = Some(q);
                first = at - 1;
            }
        } else if first == i && i > 0 && self.attached(i) && self.is_word(i - 1) {
            // Letters glued to the front: "S22", "V10", "A2".
            return Err(i + 1);
        }
        if sym_qual.is_none()
            && let Some(q) = first.checked_sub(1).and_then(|k| self.symbol_qualifier(k))
        {
            sym_qual = Some(q);
            first -= 1;
            if cur.is_none()
                && let Some((c, at)) = self.currency_before(first)
            {
                cur = Some(c);
                first = at;
            }
        }
        let mut dec = dec;
        let raw = dec.to_f64().ok_or(i + 1)?;
        let mut j = last + 1;
        let mut scale = 0;
        // Glued scale abbreviation: "$1.1m", "4.3M", "2.8bn".
        if self.is_word(j)
            && self.attached(j)
            && let Some((p, money)) = lexicon::scale_abbrev(self.raw(j))
            && (!money
                || cur.is_some()
                || self.counted_after(j + 1)
                || self.strong_after(j + 1)
                || (self.is_word(j + 1) && !self.attached(j + 1) && self.unit_at(j + 1).is_some())
                || self.earlier_scaled(i, self.raw(j))
                || self.count_context(i)
                // "fell by 95,000 to 7.54m": after a large number, "m" is its scale.
                || (i >= 2
                    && matches!(self.low(i - 1), "to" | "from")
                    && self.is_num(i - 2)
                    && num_value(self.raw(i - 2)).is_some_and(|v| v >= 10_000.0))
                // "a 1.1m-barrel draw": a count of the noun after the hyphen.
                || (self.is_sym(j + 1, '-')
                    && self.attached(j + 1)
                    && self.attached(j + 2)
                    && self.is_word(j + 2)
                    && !matches!(
                        self.low(j + 2),
                        "long" | "high" | "wide" | "tall" | "deep" | "thick" | "square" | "metre"
                    )))
            && !(self.raw(j) == "m" && self.is_sym(j + 1, '²'))
        {
            scale += p;
            j += 1;
        }
        // "a 1.2-billion deal", "the $3-million home": a hyphenated scale word.
        if scale == 0
            && self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.is_word(j + 1)
            && let Some(p) = number::scale_word(self.low(j + 1))
                .filter(|&p| p >= 3)
                .or(match self.low(j + 1) {
                    "crore" => Some(7),
                    "lakh" => Some(5),
                    _ => None,
                })
        {
            scale += p;
            j += 2;
        }
        // Scale words: "1.3 thousand", "4 hundred million".
        if scale == 0 {
            if self.low(j) == "hundred" {
                scale += 2;
                j += 1;
            }
            // Indian scale words: a lakh is 10^5, a crore 10^7.
            // "Rs 4.6 lakh crore" is 4.6 × 10^12; "Rs 175 cr" is crore.
            if matches!(self.low(j), "lakh" | "lakhs") {
                scale += 5;
                j += 1;
            }
            if matches!(self.low(j), "crore" | "crores")
                || (self.low(j) == "cr" && cur.is_some_and(|c| c.code == "INR"))
            {
                scale += 7;
                j += 1;
            }
            while let Some(p) = number::scale_word(self.low(j)) {
                if self.is_word(j) {
                    scale += p;
                    j += 1;
                } else {
                    break;
                }
                if self.low(j) == "and" {
                    break;
                }
            }
        }
        // Scientific notation: "1.99×10^30", "6.02 x 10^23", "1.99×10−30", "3×10⁸", "1e-9".
        let mut sci = 0;
        if scale == 0
            && let Some((e, next)) = self.sci_exponent(j)
        {
            sci = e;
            j = next;
        }
        // "R142.30" and "R40bn" are rand; "R2", "PS5" and "RON95" are names.
        if cur.is_some()
            && scale == 0
            && !text.contains('.')
            && !text.contains(',')
            && grouped.is_none()
            && self.attached(i)
            && i > 0
            && self.is_word(i - 1)
            && (self.raw(i - 1) == "R" || text.len() <= 2)
        {
            return Err(i + 1);
        }
        dec = dec.scaled(scale + sci);
        let mut value = dec.to_f64().ok_or(i + 1)?;
        if value.abs() > number::MAX_MAGNITUDE {
            return Err(j);
        }
        if neg {
            value = -value;
        }
        let raw = if neg { -raw } else { raw };
        Ok(Amt {
            first,
            num: i,
            end: j,
            value,
            raw,
            scale,
            cur,
            plus,
            words: false,
            fuzzy: None,
            plain_digits: if plain && scale == 0 {
                Some(text.len())
            } else {
                None
            },
            fraction: false,
            sym_qual,
            proportion: false,
            multiplier: false,
        })
    }

    /// Reads number words at `i`: "nine", "one hundred and sixty-two", "a million",
    /// "two-thirds of", "dozens of", "tens of thousands of".
    fn word_amount(&self, i: usize) -> Option<Amt> {
        let w = self.low(i);
        let first_char_ok = w.as_bytes().first().is_some_and(|b| b.is_ascii_lowercase());
        if !first_char_ok {
            return None;
        }
        // Fuzzy plurals: "dozens of", "hundreds of", "tens of thousands of".
        let fuzzy_base = |w: &str| -> Option<i32> {
            match w {
                "tens" => Some(1),
                "hundreds" => Some(2),
                "thousands" => Some(3),
                "millions" => Some(6),
                "billions" => Some(9),
                _ => None,
            }
        };
        if w == "dozens" && self.low(i + 1) == "of" {
            return Some(self.fuzzy_amt(i, i + 2, 12.0, 120.0));
        }
        if let Some(p) = fuzzy_base(w)
            && self.low(i + 1) == "of"
        {
            let mut lo = 10f64.powi(p);
            let mut end = i + 2;
            // "tens of thousands of people", "tens of thousands marched".
            if let Some(q) = fuzzy_base(self.low(end))
                .filter(|&q| q >= 3)
                .or_else(|| number::scale_word(self.low(end)).filter(|&q| q >= 3))
            {
                lo *= 10f64.powi(q);
                end += if self.low(end + 1) == "of" { 2 } else { 1 };
            }
            return Some(self.fuzzy_amt(i, end, lo, lo * 10.0));
        }
        // "half a million", "half a dozen": the fraction of a scale is a number.
        if w == "half"
            && matches!(self.low(i + 1), "a" | "an")
            && let Some(v) = Self::scale_value(self.low(i + 2))
            && !(i > 0 && matches!(self.low(i - 1), "a" | "an" | "and"))
        {
            return Some(self.simple_word_amt(i, i + 3, 0.5 * v));
        }
        // "half a percentage point", "half an hour": half of one unit.
        if w == "half"
            && matches!(self.low(i + 1), "a" | "an")
            && self.unit_at(i + 2).is_some()
            && !(i > 0 && matches!(self.low(i - 1), "a" | "an" | "and"))
        {
            return Some(self.simple_word_amt(i, i + 2, 0.5));
        }
        // "cut deaths by a third", "fell by half": a fraction as the size of a change.
        let after_by = i > 0
            && (self.low(i - 1) == "by"
                || (i > 1
                    && self.low(i - 2) == "by"
                    && matches!(
                        self.low(i - 1),
                        "roughly"
                            | "about"
                            | "around"
                            | "nearly"
                            | "almost"
                            | "approximately"
                            | "some"
                            | "over"
                            | "just"
                            | "more"
                            | "less"
                    )));
        if after_by && w == "half" && !matches!(self.low(i + 1), "of" | "a" | "an") {
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        if after_by
            && matches!(w, "a" | "an")
            && let Some(d) = lexicon::fraction_word(self.low(i + 1))
            && self.low(i + 1) != "half"
            && !matches!(self.low(i + 2), "of" | "-")
            && !self.is_sym(i + 2, '-')
        {
            return Some(self.fraction_amt(i, i + 2, 1.0 / d));
        }
        // "less than half that of their rivals", "lost nearly half their value".
        if w == "half"
            && matches!(
                self.low(i + 1),
                "that" | "those" | "the" | "its" | "their" | "his" | "her" | "our" | "this"
            )
            && !(i > 0 && matches!(self.low(i - 1), "a" | "first" | "second" | "other" | "the"))
        {
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        // Fractions with no numerator: "half of".
        if w == "half" && self.low(i + 1) == "of" {
            let before = i.checked_sub(1).map(|k| self.low(k)).unwrap_or("");
            if matches!(before, "first" | "second" | "latter" | "other" | "the") {
                return None;
            }
            return Some(self.fraction_amt(i, i + 1, 0.5));
        }
        // "a third of", "a quarter of", "a dozen", "a million".
        if w == "a" || w == "an" {
            let next = self.low(i + 1);
            if let Some(d) = lexicon::fraction_word(next)
                && next != "half"
                && self.low(i + 2) == "of"
            {
                // "a quarter of a million": a number, not a part of something.
                if matches!(self.low(i + 3), "a" | "an")
                    && let Some(v) = Self::scale_value(self.low(i + 4))
                {
                    return Some(self.simple_word_amt(i, i + 5, v / d));
                }
                // "a quarter of a percentage point": part of one unit.
                if matches!(self.low(i + 3), "a" | "an") && self.unit_at(i + 4).is_some() {
                    return Some(self.simple_word_amt(i, i + 4, 1.0 / d));
                }
                return Some(self.fraction_amt(i, i + 2, 1.0 / d));
            }
            // "a couple of days".
            if next == "couple" && self.low(i + 2) == "of" {
                return Some(self.simple_word_amt(i, i + 3, 2.0));
            }
            if next == "half" && self.low(i + 2) == "of" {
                return Some(self.fraction_amt(i, i + 2, 0.5));
            }
            if next == "dozen" {
                return Some(self.simple_word_amt(i, i + 2, 12.0));
            }
            // "a half-dozen new directors".
            if next == "half" && self.is_sym(i + 2, '-') && self.low(i + 3) == "dozen" {
                return Some(self.simple_word_amt(i, i + 4, 6.0));
            }
            if next != "hundred" && number::scale_word(next).is_none() {
                return None;
            }
            if next.ends_with('s') {
                return None;
            }
        } else if number::small_number_word(w).is_none() {
            return None;
        }
        if w == "dozen" {
            // "a dozen" is read above; a bare "dozen" ("baker's dozen") is not a count.
            return None;
        }
        // Collect the following words, hyphens dropped: "sixty-two".
        let mut words: [&str; 10] = [""; 10];
        let mut idx: [usize; 10] = [0; 10];
        let mut n = 0;
        let mut k = i;
        while k < self.n() && n < 10 {
            if self.is_word(k) {
                words[n] = self.low(k);
                idx[n] = k;
                n += 1;
                k += 1;
            } else if self.is_sym(k, '-')
                && self.attached(k)
                && self.attached(k + 1)
                && self.is_word(k + 1)
            {
                k += 1;
            } else {
                break;
            }
        }
        let (value, used) = number::read_number_words(&words[..n])?;
        let mut end = idx[used - 1] + 1;
        let mut value = value as f64;
        // "two dozen homes": dozens counted.
        if self.low(end) == "dozen" && self.is_word(end) && (2.0..=12.0).contains(&value) {
            value *= 12.0;
            end += 1;
        }
        // "one-and-a-half times", "two and a half years".
        {
            let mut k = end;
            let mut parts = 0;
            for w in ["and", "a", "half"] {
                if self.is_sym(k, '-') && self.attached(k) {
                    k += 1;
                }
                if self.low(k) != w || !self.is_word(k) {
                    break;
                }
                k += 1;
                parts += 1;
            }
            if parts == 3 {
                value += 0.5;
                end = k;
            }
        }
        // A fraction: "two-thirds of", "three quarters of".
        // Without "of" only where a count cannot be meant: "cut by two-thirds",
        // "reduced by two thirds" (but "two quarters" are periods).
        let hyphen = self.is_sym(end, '-');
        let next = if hyphen { end + 1 } else { end };
        if let Some(d) = lexicon::fraction_word(self.low(next))
            && value < d * 4.0
            && (self.low(next + 1) == "of"
                || (value < d
                    && value >= 1.0
                    && (hyphen
                        || (!matches!(self.low(next), "quarters" | "halves")
                            && (!self.is_word(next + 1)
                                || lexicon::is_stopword(self.low(next + 1)))))))
        {
            return Some(self.fraction_amt(i, next + 1, value / d));
        }
        let _ = &mut end;
        if value > number::MAX_MAGNITUDE {
            value = number::MAX_MAGNITUDE;
        }
        Some(self.simple_word_amt(i, end, value))
    }

    fn simple_word_amt(&self, i: usize, end: usize, value: f64) -> Amt {
        Amt {
            first: i,
            num: i,
            end,
            value,
            raw: value,
            scale: 0,
            cur: None,
            plus: false,
            words: true,
            fuzzy: None,
            plain_digits: None,
            fraction: false,
            sym_qual: None,
            proportion: false,
            multiplier: false,
        }
    }

    /// The value of a scale word that can follow "half a": "million", "dozen".
    fn scale_value(w: &str) -> Option<f64> {
        match w {
            "dozen" => Some(12.0),
            "hundred" => Some(100.0),
            _ => number::scale_word(w)
                .filter(|&p| p >= 3)
                .map(|p| 10f64.powi(p)),
        }
    }

    fn fuzzy_amt(&self, i: usize, end: usize, lo: f64, hi: f64) -> Amt {
        let mut a = self.simple_word_amt(i, end, lo);
        a.fuzzy = Some((lo, hi));
        a
    }

    fn fraction_amt(&self, i: usize, end: usize, value: f64) -> Amt {
        let mut a = self.simple_word_amt(i, end, value);
        a.fraction = true;
        a
    }

    // ----- units ---------------------------------------------------------------------

    /// The unit of a bare number that the words around it give: "another pick or two",
    /// "people over 80", "the shopkeeper, now 78,", "He will be 35 by …" (ages), "the
    /// 6-foot-5 guard" (inches), "the magnitude 6.2 quake".
    fn unit_from_context(
        &self,
        a: &Amt,
        first: usize,
        end: usize,
        qual: Option<QualCode>,
    ) -> Option<FoundUnit> {
        // "another pick or two", "a day or two": the noun before "or" is counted.
        if a.words
            && a.first == a.num
            && a.num >= 3
            && self.low(a.num - 1) == "or"
            && self.is_word(a.num - 2)
            && !self.capitalised(a.num - 2)
            && matches!(self.low(a.num - 3), "a" | "an" | "another" | "one")
            && !self.is_word(end)
        {
            let w = self.low(a.num - 2);
            if let Some((def, _)) = self.unit_at(a.num - 2) {
                return Some(Self::unit_of(def));
            } else if !lexicon::is_stopword(w) && !w.ends_with('s') && !w.ends_with("ly") {
                return Some(FoundUnit {
                    name: w.to_string(),
                    class: FoundClass::Count {
                        head: w.to_string(),
                    },
                });
            }
        }
        // "people over 80", "children under five", "men aged over 45": an age bound
        // after persons.
        if a.cur.is_none()
            && a.first == a.num
            && first < a.num
            && first > 0
            && matches!(self.low(first), "over" | "under" | "above" | "below")
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && {
                let w = self.low(first - 1);
                matches!(w, "those" | "them" | "anyone" | "everyone" | "aged")
                    || (self.looks_plural(w, false) && lexicon::person_noun(&singular_noun(w)))
            }
        {
            return Some(FoundUnit::age());
        }
        // "the shopkeeper, now 78, has": an age in apposition.
        if qual.is_none()
            && a.first == a.num
            && a.num >= 2
            && self.low(a.num - 1) == "now"
            && self.is_sym(a.num - 2, ',')
            && (self.is_sym(end, ',') || self.is_sym(end, '.'))
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
        {
            return Some(FoundUnit::age());
        }
        // "the 6-foot-5 guard": the inches after the feet.
        if a.first == a.num
            && a.num >= 4
            && a.value < 12.0
            && self.is_sym(a.num - 1, '-')
            && matches!(self.low(a.num - 2), "foot" | "feet")
            && self.is_sym(a.num - 3, '-')
            && self.is_num(a.num - 4)
        {
            return Some(FoundUnit {
                name: "inch".into(),
                class: FoundClass::Measure,
            });
        }
        // "the magnitude 6.2 quake".
        if a.first == a.num && a.num >= 1 && self.low(a.num - 1) == "magnitude" && a.value < 10.0 {
            return Some(FoundUnit {
                name: "magnitude".into(),
                class: FoundClass::Measure,
            });
        }
        // "He will be 35 by the end of the year", "she was 42 when": a person's age.
        if qual.is_none()
            && a.cur.is_none()
            && a.first == a.num
            && (a.plain_digits.is_some_and(|d| d <= 3) || a.words)
            && a.value.fract() == 0.0
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
            && {
                let he = |k: usize| matches!(self.low(k), "he" | "she");
                let v = a.num - 1;
                (matches!(self.low(v), "is" | "was") && he(v - 1))
                    || (self.low(v) == "be"
                        && v >= 2
                        && matches!(self.low(v - 1), "will" | "would")
                        && he(v - 2))
            }
            && (end >= self.n()
                || self.is_sym(end, '.')
                || self.is_sym(end, ',')
                || matches!(self.low(end), "by" | "when" | "next" | "this"))
        {
            return Some(FoundUnit::age());
        }
        None
    }

    /// The longest unit spelled at `at`.
    fn unit_at(&self, at: usize) -> Option<(&'static UnitDef, usize)> {
        if at >= self.n() {
            return None;
        }
        let key = self.low(at);
        let cands = lexicon::unit_index().get(key)?;
        let mut best: Option<(&'static UnitDef, usize)> = None;
        for def in cands {
            if def.attached_only && !self.attached(at) {
                continue;
            }
            if let Some(len) = self.match_pattern(at, def.pattern, def.exact)
                && best.is_none_or(|(_, b)| len > b)
                // A power written as a digit ("m2") must be glued to its unit.
                && (!def.pattern.ends_with(|c: char| c.is_ascii_digit())
                    || self.attached(at + len - 1))
            {
                best = Some((def, len));
            }
        }
        let (def, len) = best?;
        // The unit must end at a word boundary: "m" is not the start of "m2x".
        let end = at + len;
        if self.attached(end) && (self.is_word(end) || (self.is_num(end) && self.is_word(end - 1)))
        {
            return None;
        }
        // "83 F-35 jets", "a C-130": a model name, not a unit.
        if self.is_sym(end, '-')
            && self.attached(end)
            && self.attached(end + 1)
            && self.is_num(end + 1)
            && self.raw(end - 1).chars().all(|c| c.is_ascii_uppercase())
        {
            return None;
        }
        Some((def, end))
    }

    fn unit_of(def: &UnitDef) -> FoundUnit {
        FoundUnit {
            name: def.name.to_string(),
            class: match def.class {
                UnitClass::Measure => FoundClass::Measure,
                UnitClass::Time => FoundClass::Time,
                UnitClass::Percent => FoundClass::Percent,
                UnitClass::Currency(code) => FoundClass::Currency(code),
            },
        }
    }

    /// A unit word or counted noun at `at`, for "1,400-kilometer" and "six-cylinder".
    fn hyphen_unit(&self, at: usize) -> Option<(FoundUnit, usize)> {
        if let Some((def, end)) = self.unit_at(at) {
            let mut unit = Self::unit_of(def);
            let mut end = end;
            // "five-year-old", "400 million-year-old".
            if matches!(unit.name.as_str(), "year" | "month" | "week" | "day")
                && self.is_sym(end, '-')
                && matches!(self.low(end + 1), "old" | "olds" | "old's" | "old’s")
            {
                unit.name.push_str(" of age");
                unit.class = FoundClass::Measure;
                end += 2;
            }
            return Some((unit, end));
        }
        let w = self.low(at);
        // "a 1,200-pound moose" is a weight; "a 50-pound note" is money.
        if matches!(w, "pound" | "pounds") {
            let money = matches!(
                self.low(at + 1),
                "note" | "notes" | "coin" | "coins" | "fine" | "bill" | "bet" | "fee" | "prize"
            );
            return Some((FoundUnit::pounds(money), at + 1));
        }
        if self.is_word(at)
            && !lexicon::is_stopword(w)
            && !self.capitalised(at)
            && number::small_number_word(w).is_none()
            && w.len() > 1
        {
            let head = singular_noun(w);
            return Some((
                FoundUnit {
                    name: head.clone(),
                    class: FoundClass::Count { head },
                },
                at + 1,
            ));
        }
        None
    }

    /// Reads a unit after an amount ending at `j`: returns the unit and the next index.
    fn read_unit(
        &self,
        j: usize,
        amt: &Amt,
        nested: bool,
    ) -> (Option<FoundUnit>, usize, Option<f64>) {
        let mut total = None;
        if let Some(c) = amt.cur {
            let unit = FoundUnit {
                name: c.name.to_string(),
                class: FoundClass::Currency(c.code),
            };
            let mut k = j;
            // "$76 US a barrel", "$75 U.S. per barrel", "$31.20 US".
            if self.raw(k) == "US" {
                k += 1;
            } else if self.raw(k) == "U"
                && self.is_sym(k + 1, '.')
                && self.raw(k + 2) == "S"
                && self.is_sym(k + 3, '.')
            {
                k += 4;
            }
            // A measurement unit after a currency amount is rare; a currency word
            // ("$5 million dollars") just repeats it.
            if let Some((def, end)) = self.unit_at(k)
                && matches!(def.class, UnitClass::Currency(_))
            {
                k = end;
            }
            let (unit, k) = self.read_rate(unit, k);
            return (Some(unit), k, None);
        }
        // "a 3m-strong workforce": the size of what follows, no unit of its own.
        if self.strong_after(j) {
            return (None, j + 2, None);
        }
        // "1,400-kilometer", "six-cylinder", "five-year".
        if self.is_sym(j, '-') && self.attached(j) {
            if self.attached(j + 1)
                && let Some((unit, end)) = self.hyphen_unit(j + 1)
            {
                let (unit, end) = self.read_rate(unit, end);
                return (Some(unit), end, None);
            }
            // "four-, five- and six-cylinder engines".
            if matches!(self.kind(j + 1), Some(Kind::Sym(',')))
                || matches!(self.low(j + 1), "and" | "or" | "to")
            {
                let mut k = j + 1;
                while k + 2 < self.n() && k < j + 10 {
                    if self.is_sym(k + 1, '-')
                        && self.attached(k + 1)
                        && self.attached(k + 2)
                        && (self.is_num(k) || number::small_number_word(self.low(k)).is_some())
                        && let Some((unit, _)) = self.hyphen_unit(k + 2)
                    {
                        return (Some(unit), j + 1, None);
                    }
                    k += 1;
                }
            }
        }
        let mut k = j;
        // "One US fluid ounce", "1/16 of a US pint".
        if amt.fraction
            && self.low(k) == "of"
            && (!amt.words
                || (matches!(self.low(k + 1), "a" | "an") && self.unit_at(k + 2).is_some()))
        {
            k += 1;
            if matches!(self.low(k), "a" | "an" | "the") {
                k += 1;
            }
        }
        if matches!(self.raw(k), "US" | "UK" | "imperial") && self.unit_at(k + 1).is_some() {
            k += 1;
        }
        if let Some((def, end)) = self.unit_at(k) {
            let mut unit = Self::unit_of(def);
            // "pounds": money with a scale or in a money sentence, else weight.
            let (unit2, end) = self.read_rate(unit.clone(), end);
            unit = unit2;
            return (Some(unit), end, None);
        }
        if matches!(self.low(k), "pounds" | "pound") && self.is_word(k) {
            // "7.6 million pounds of thrust": a force.
            if self.low(k + 1) == "of" && self.low(k + 2) == "thrust" {
                let unit = FoundUnit {
                    name: "pound-force".into(),
                    class: FoundClass::Measure,
                };
                return (Some(unit), k + 1, None);
            }
            let (unit, end) = self.read_rate(FoundUnit::pounds(amt.scale >= 3), k + 1);
            return (Some(unit), end, None);
        }
        // "half of all households", "a third of the 1,200 workers": a fraction of counted
        // things has their noun as its unit (the mention ends before "of").
        if amt.fraction && amt.words && self.low(j) == "of" {
            let mut m = j + 1;
            while m < j + 3
                && matches!(
                    self.low(m),
                    "the" | "all" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                )
            {
                m += 1;
            }
            if self.is_word(m) && (self.low(m).ends_with("'s") || self.low(m).ends_with("’s")) {
                m += 1;
            }
            if self.is_num(m) && !self.attached(m) {
                m += 1;
            }
            if let Some((u, _)) = self.noun_phrase(m, false)
                && matches!(u.class, FoundClass::Count { .. })
            {
                return (Some(u), j, None);
            }
        }
        // "one in five adults": the counted noun right after the proportion.
        if amt.proportion
            && let Some((u, e)) = self.noun_phrase(j, false)
            && matches!(u.class, FoundClass::Count { .. })
        {
            return (Some(u), e, None);
        }
        if amt.fraction {
            return (None, j, None);
        }
        // "162 of Afghanistan's 398 districts", "14 of the players", "millions of Americans".
        let mut k = j;
        let after_of = self.low(k) == "of" || (self.low(k) == "out" && self.low(k + 1) == "of");
        if after_of && !nested && amt.fuzzy.is_none() {
            k += if self.low(k) == "out" { 2 } else { 1 };
            let mut m = k;
            let mut saw_det = false;
            while m < self.n() && m < k + 3 {
                let w = self.low(m);
                if matches!(
                    w,
                    "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "all"
                ) || (self.is_word(m) && (w.ends_with("'s") || w.ends_with("’s")))
                {
                    saw_det = true;
                    m += 1;
                } else {
                    break;
                }
            }
            // "four of its past six matches", "three of the top five seeds".
            if saw_det
                && (lexicon::amount_adjective(self.low(m)) || self.low(m) == "top")
                && (self.is_num(m + 1) || number::small_number_word(self.low(m + 1)).is_some())
            {
                m += 1;
            }
            if self.is_num(m) || number::small_number_word(self.low(m)).is_some() {
                let mut hint = None;
                if let Outcome::Found(f, _) = self.try_at(m, &mut hint, true)
                    && f.unit.is_some()
                    && f.date.is_none()
                {
                    return (f.unit.clone(), j, (!f.range).then_some(f.low));
                }
                return (None, j, None);
            }
            if saw_det && let Some((unit, _)) = self.noun_phrase(m, false) {
                return (Some(unit), j, None);
            }
            return (None, j, None);
        }
        if amt.fuzzy.is_some() {
            // "millions of Americans", "hundreds of miles", "tens of millions of dollars".
            let mut m = j;
            if matches!(self.low(m), "the" | "these" | "those") {
                m += 1;
            }
            if let Some((def, end)) = self.unit_at(m) {
                let (unit, end) = self.read_rate(Self::unit_of(def), end);
                return (Some(unit), end, None);
            }
            if let Some((unit, end)) = self.noun_phrase(m, false) {
                return (Some(unit), end, None);
            }
            return (None, j, total.take());
        }
        // A counted noun phrase.
        let single = amt.value == 1.0 && amt.fuzzy.is_none();
        if let Some((unit, end)) = self.noun_phrase(j, single) {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        // "5,000 more workers", "two other teams": a comparative between the number and
        // the things counted.
        if matches!(
            self.low(j),
            "more" | "fewer" | "other" | "additional" | "extra" | "further"
        ) && !single
            && let Some((unit, end)) = self.noun_phrase(j + 1, false)
        {
            let (unit, end) = self.read_rate(unit, end);
            return (Some(unit), end, None);
        }
        (None, j, None)
    }

    /// "per barrel", "/month", "a month", "an ounce" after a unit.
    fn read_rate(&self, unit: FoundUnit, k: usize) -> (FoundUnit, usize) {
        // "9 billion shekels ($2.408 billion) a year": the rate after a conversion in
        // brackets is the figure's too; the mention ends before the bracket, so the
        // conversion is read on its own.
        let mut r = k;
        if self.is_sym(k, '(') {
            let close = (k + 1..self.n().min(k + 12))
                .find(|&c| matches!(self.kind(c), Some(Kind::Sym(')' | '('))));
            match close {
                Some(c) if self.is_sym(c, ')') => r = c + 1,
                _ => return (unit, k),
            }
        }
        // "£1,276 pcm": per calendar month; "RM504 psf": per square foot.
        let per = match self.low(r) {
            "pcm" => Some("month"),
            "psf" => Some("square foot"),
            "pa" if self.raw(r) == "pa" => Some("year"),
            _ => None,
        };
        if let Some(per) = per
            && self.is_word(r)
        {
            let base = match &unit.class {
                FoundClass::Count { head } => head.clone(),
                _ => unit.name.clone(),
            };
            let end = if r == k { r + 1 } else { k };
            return (
                FoundUnit {
                    name: format!("{base} per {per}"),
                    class: FoundClass::Rate,
                },
                end,
            );
        }
        // "£250,000-a-week": a hyphenated rate.
        if r == k
            && self.is_sym(r, '-')
            && self.attached(r)
            && matches!(self.low(r + 1), "a" | "an" | "per")
            && self.is_sym(r + 2, '-')
            && lexicon::rate_noun(self.low(r + 3))
        {
            let base = match &unit.class {
                FoundClass::Count { head } => head.clone(),
                _ => unit.name.clone(),
            };
            return (
                FoundUnit {
                    name: format!("{base} per {}", self.low(r + 3)),
                    class: FoundClass::Rate,
                },
                r + 4,
            );
        }
        let rate = self.low(r) == "per"
            || (self.is_sym(r, '/') && self.attached(r) && self.attached(r + 1) && r == k)
            || (matches!(self.low(r), "a" | "an")
                && lexicon::rate_noun(self.low(r + 1))
                // "$4.1 billion a year ago": a time, not a rate.
                && !matches!(self.low(r + 2), "ago" | "earlier" | "before" | "later"));
        if !rate {
            return (unit, k);
        }
        let d = r + 1;
        let (den, end) = if let Some((def, end)) = self.unit_at(d) {
            (def.name.to_string(), end)
        } else if self.is_word(d) && !lexicon::is_stopword(self.low(d)) {
            (singular_noun(self.low(d)), d + 1)
        } else {
            return (unit, k);
        };
        let end = if r == k { end } else { k };
        let base = unit.name.clone();
        (
            FoundUnit {
                name: format!("{base} per {den}"),
                class: FoundClass::Rate,
            },
            end,
        )
    }

    /// A counted noun phrase at `j`: modifiers and a plural head ("Russian troops",
    /// "first-team players", "heart transplants"), or one singular noun after "one".
    fn noun_phrase(&self, j: usize, single: bool) -> Option<(FoundUnit, usize)> {
        let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges of words (with hyphens)
        let mut k = j;
        while k < self.n() && words.len() < 4 {
            if !self.is_word(k) {
                break;
            }
            let w = self.low(k);
            // Coordinated modifiers: "digital and physical sales", "Kia and Hyundai
            // vehicles". The conjunction is left out of the name.
            if matches!(w, "and" | "or")
                && !single
                && !words.is_empty()
                && self.is_word(k + 1)
                && !lexicon::is_stopword(self.low(k + 1))
                && number::small_number_word(self.low(k + 1)).is_none()
                && !self.looks_plural(self.low(k - 1), self.capitalised(k - 1))
            {
                k += 1;
                continue;
            }
            if lexicon::is_stopword(w)
                || number::small_number_word(w).is_some()
                || number::scale_word(w).is_some()
                || lexicon::weekday(w)
                || self.month_at(k).is_some()
            {
                break;
            }
            // Hyphenated words: "first-team", "COVID-19".
            let mut e = k + 1;
            while self.is_sym(e, '-')
                && self.attached(e)
                && self.attached(e + 1)
                && (self.is_word(e + 1)
                    || (self.is_num(e + 1) && (self.has_upper(k) || self.low(k) == "covid")))
            {
                e += 2;
            }
            words.push((k, e));
            k = e;
        }
        if words.is_empty() {
            return None;
        }
        let text_of = |(a, b): (usize, usize)| -> &'a str {
            &self.text[self.toks[a].start..self.toks[b - 1].end]
        };
        if single {
            let (a, b) = words[0];
            if self.capitalised(a) || b > a + 1 {
                return None;
            }
            let w = self.low(a);
            if w.len() < 3
                || w.ends_with("ly")
                || lexicon::false_plural(w)
                || matches!(w, "shy" | "short" | "clear" | "adrift" | "better" | "worse")
            {
                return None;
            }
            // A plural right after "one" is not its noun ("one thinks", "one says").
            if w.ends_with('s') && !w.ends_with("ss") {
                return None;
            }
            let head = w.to_string();
            return Some((
                FoundUnit {
                    name: head.clone(),
                    class: FoundClass::Count { head },
                },
                b,
            ));
        }
        for (n, &(a, b)) in words.iter().enumerate() {
            let w = self.low(b - 1);
            let cap = self.capitalised(a);
            // "178 runs off 291 balls", "two home runs": a plural that is also a verb is
            // a noun here, unless an object follows ("500 runs the show" is no count).
            let object_follows = self.is_word(b)
                && matches!(
                    self.low(b),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "to" | "up" | "down"
                );
            let noun_verb =
                !cap && lexicon::noun_verb_plural(w) && !self.is_num(b) && !object_follows;
            // "2.5m EVs", "19 Tory MPs": an acronym plural heads the phrase as it is.
            if b == a + 1 && self.acronym_plural(a) {
                let r = self.raw(a);
                let head = r[..r.len() - 1].to_string();
                let mut name = String::new();
                for &r in &words[..n] {
                    name.push_str(text_of(r));
                    name.push(' ');
                }
                name.push_str(&head);
                return Some((
                    FoundUnit {
                        name,
                        class: FoundClass::Count {
                            head: head.to_lowercase(),
                        },
                    },
                    b,
                ));
            }
            // "680 aircraft maintenance engineers": a noun whose plural is the same as its
            // singular modifies a later plural head.
            let invariant = lexicon::irregular_plural(w) == Some(w)
                && words[n + 1..].iter().any(|&(c, d)| {
                    d == c + 1 && !self.capitalised(c) && self.looks_plural(self.low(c), false)
                });
            if (self.looks_plural(w, cap) || noun_verb) && !invariant {
                // A unit word as the head: "517 rushing yards".
                if let Some((def, _)) = self.unit_at(b - 1)
                    && matches!(def.class, UnitClass::Measure | UnitClass::Time)
                {
                    return Some((Self::unit_of(def), b));
                }
                let head = singular_noun(w);
                let mut name = String::new();
                for &r in &words[..n] {
                    let t = text_of(r);
                    match lexicon::superlative_base(t) {
                        Some(base) => name.push_str(&base),
                        None => name.push_str(t),
                    }
                    name.push(' ');
                }
                // "e-buses": the part of a hyphenated head before its last word stays.
                if b > a + 1 {
                    name.push_str(&self.text[self.toks[a].start..self.toks[b - 1].start]);
                }
                name.push_str(&head);
                return Some((
                    FoundUnit {
                        name,
                        class: FoundClass::Count { head },
                    },
                    b,
                ));
            }
            // Modifiers must be adjectives or nouns: stop at a verb-looking word
            // (a hyphenated compound such as "coal-fired" is an adjective).
            // A participle right before the plural head is an adjective: "300 recorded
            // songs", "5 confirmed cases".
            let participle_adjective = words.get(n + 1).is_some_and(|&(c, d)| {
                d == c + 1
                    && !self.capitalised(c)
                    && self.looks_plural(self.low(c), false)
                    && !lexicon::noun_verb_plural(self.low(c))
            });
            if (w.ends_with("ed") && b == a + 1 && !participle_adjective)
                || (w.ends_with("ly")
                    && !matches!(
                        w,
                        "early"
                            | "monthly"
                            | "weekly"
                            | "daily"
                            | "yearly"
                            | "quarterly"
                            | "hourly"
                            | "elderly"
                    ))
            {
                return None;
            }
        }
        None
    }

    /// Whether `w` (lower-cased) reads as a plural noun that can head a counted noun
    /// phrase; capitalised words only as demonyms ("Americans").
    fn looks_plural(&self, w: &str, cap: bool) -> bool {
        let plural = lexicon::irregular_plural(w).is_some()
            || w.ends_with("children")
            || w.ends_with("people")
            || (w.ends_with("men")
                && w.len() > 4
                && !matches!(w, "specimen" | "regimen" | "abdomen" | "acumen" | "stamen"))
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.contains('\'')
                && !w.contains('’')
                && !lexicon::false_plural(w));
        plural && (!cap || w.ends_with("ans"))
    }

    /// "EVs", "MPs", "SUVs": an acronym with a plural "s".
    fn acronym_plural(&self, k: usize) -> bool {
        let r = self.raw(k);
        r.len() >= 3 && r.ends_with('s') && r[..r.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    }

    // ----- backwards context ---------------------------------------------------------

    /// The qualifier phrase ending right before `at`, and where it starts.
    fn qualifier_before(&self, at: usize) -> Option<(QualCode, usize)> {
        let mut best: Option<(QualCode, usize)> = None;
        for (phrase, q) in lexicon::QUALIFIERS {
            let len = phrase.split(' ').count();
            if len > at {
                continue;
            }
            let start = at - len;
            // "ticked up to 3.9 per cent", "edged up to": a verb of motion with "up" and
            // the level reached, not a bound.
            if *phrase == "up to" && start > 0 && lexicon::motion_verb(self.low(start - 1)) {
                continue;
            }
            // "Airbus handed over 61 aircraft": the particle of a phrasal verb.
            if *phrase == "over"
                && start > 0
                && matches!(
                    self.low(start - 1),
                    "handed" | "hand" | "hands" | "handing" | "turned" | "turning" | "signed"
                )
            {
                continue;
            }
            // "an EPA-estimated 52 mpg": a word inside a hyphenated compound is no
            // qualifier.
            let in_compound = start > 0 && self.is_sym(start - 1, '-') && self.attached(start);
            if !in_compound
                && self.match_pattern(start, phrase, false).is_some()
                && best.is_none_or(|(_, b)| start < b)
            {
                best = Some((*q, start));
            }
        }
        best
    }

    /// The change verb or adverb governing an amount that starts at `at` (after any
    /// qualifier): "rose 5%", "fell by 3 points", "up nearly 57%".
    /// The index of the word a change verb would stand at for an amount starting at `at`.
    fn verb_index(&self, at: usize) -> usize {
        let mut k = at;
        while k > 0
            && matches!(
                self.low(k - 1),
                "just" | "only" | "another" | "further" | "some" | "by"
            )
        {
            k -= 1;
        }
        k.saturating_sub(1)
    }

    fn change_before(&self, at: usize) -> Option<(bool, bool, bool)> {
        let mut k = at;
        while k > 0
            && matches!(
                self.low(k - 1),
                "just" | "only" | "another" | "further" | "some"
            )
        {
            k -= 1;
        }
        // "lost an average 14.9%", "cut by an estimated 11,000 tonnes".
        if k >= 2
            && matches!(
                self.low(k - 1),
                "average" | "estimated" | "additional" | "extra" | "further" | "record"
            )
            && matches!(self.low(k - 2), "a" | "an")
        {
            k -= 2;
        }
        // "slipped by an average of £8,900".
        if k >= 3
            && self.low(k - 1) == "of"
            && self.low(k - 2) == "average"
            && matches!(self.low(k - 3), "a" | "an")
        {
            k -= 3;
        }
        // "wiping out $200bn".
        if k >= 2
            && self.low(k - 1) == "out"
            && matches!(self.low(k - 2), "wiped" | "wiping" | "wipes" | "wipe")
        {
            k -= 1;
        }
        // "jumped as much as 7.8%", "fell as many as 40 places".
        if k >= 3
            && self.low(k - 1) == "as"
            && matches!(self.low(k - 2), "much" | "many")
            && self.low(k - 3) == "as"
        {
            k -= 3;
        }
        let mut by = false;
        if k > 0 && self.low(k - 1) == "by" {
            k -= 1;
            by = true;
        }
        let w = self.low(k.checked_sub(1)?);
        if !self.is_word(k - 1) {
            return None;
        }
        // "making up nearly 5pc": "make up" is "form", not a rise.
        if w == "up" && k >= 2 && matches!(self.low(k - 2), "make" | "makes" | "making" | "made") {
            return None;
        }
        if let Some(c) = lexicon::change_word(w) {
            return Some((c, matches!(w, "up" | "down"), by));
        }
        // "raised its main rate by 25 basis points", "cut the forecast by half a point": a
        // verb of change, its object, then "by".
        if by {
            let mut v = k - 1;
            for _ in 0..8 {
                // "cut CO2 emissions by", "slashed prices across 9 models by": numbers
                // inside the object are stepped over.
                if v > 1 && self.is_num(v - 1) && self.is_word(v - 2) {
                    v -= 1;
                }
                if v == 0 || !self.is_word(v - 1) {
                    return None;
                }
                v -= 1;
                let w = self.low(v);
                if matches!(
                    w,
                    "by" | "to" | "and" | "but" | "which" | "that" | "was" | "were"
                ) {
                    return None;
                }
                if let Some(c) =
                    lexicon::change_word(w).or_else(|| lexicon::change_verb_with_object(w))
                {
                    if matches!(w, "up" | "down") {
                        return None;
                    }
                    return Some((c, false, true));
                }
            }
        }
        None
    }

    // ----- dates ---------------------------------------------------------------------

    fn date_at(&self, i: usize, year_hint: &mut Option<i32>) -> Option<Outcome> {
        let text = self.raw(i);
        let plain = text.bytes().all(|b| b.is_ascii_digit());
        if !plain {
            return None;
        }
        let v: i64 = text.parse().ok()?;
        // ISO: 2021-07-07.
        if text.len() == 4
            && self.is_sym(i + 1, '-')
            && self.attached(i + 1)
            && self.is_num(i + 2)
            && self.attached(i + 2)
            && self.raw(i + 2).len() == 2
            && self.is_sym(i + 3, '-')
            && self.is_num(i + 4)
            && self.raw(i + 4).len() == 2
        {
            let m: u32 = self.raw(i + 2).parse().ok()?;
            let d: u32 = self.raw(i + 4).parse().ok()?;
            return Some(match Date::new(v, Some(m), Some(d)) {
                Ok(date) => {
                    *year_hint = Some(date.year);
                    self.date_found(i, i + 5, date)
                }
                Err(_) => Outcome::Skip(i + 5),
            });
        }
        // Month before: "July 7, 2021", "Sept. 11", "July 2021", "June of 2018".
        let mut m_at = i.checked_sub(1)?;
        if self.is_sym(m_at, '.') && m_at > 0 {
            m_at -= 1;
        }
        if self.low(m_at) == "of" && m_at > 0 {
            m_at -= 1;
        }
        let month_before = self.month_at(m_at);
        let day_ok = text.len() <= 2 && (1..=31).contains(&v);
        if let Some(m) = month_before {
            if text.len() == 4 && (1000..=2999).contains(&v) {
                let d = Date::new(v, Some(u32::from(m)), None).ok()?;
                *year_hint = Some(d.year);
                return Some(self.date_found(m_at, i + 1, d));
            }
            if day_ok {
                let mut end = i + 1;
                if self.is_word(end)
                    && self.attached(end)
                    && matches!(self.low(end), "st" | "nd" | "rd" | "th")
                {
                    end += 1;
                }
                // "January 12 to 26", "March 3-5": the second day belongs to the date.
                if (matches!(self.low(end), "to" | "through" | "until" | "and")
                    || self.is_sym(end, '-')
                    || self.is_sym(end, '–'))
                    && self.is_num(end + 1)
                    && self.raw(end + 1).len() <= 2
                    && self
                        .raw(end + 1)
                        .parse::<u32>()
                        .is_ok_and(|d| (1..=31).contains(&d) && i64::from(d) > v)
                    && self.unit_at(end + 2).is_none()
                    && !(self.is_word(end + 2) && self.looks_plural(self.low(end + 2), false))
                {
                    end += 2;
                    if self.is_word(end)
                        && self.attached(end)
                        && matches!(self.low(end), "st" | "nd" | "rd" | "th")
                    {
                        end += 1;
                    }
                }
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                let year = if self.is_num(k) && self.raw(k).len() == 4 {
                    let y: i64 = self.raw(k).parse().ok()?;
                    end = k + 1;
                    Some(y)
                } else {
                    year_hint.map(i64::from)
                };
                return Some(match year {
                    Some(y) => match Date::new(y, Some(u32::from(m)), Some(v as u32)) {
                        Ok(d) => {
                            if end == k + 1 {
                                *year_hint = Some(d.year);
                            }
                            self.date_found(m_at, end, d)
                        }
                        Err(_) => Outcome::Skip(end),
                    },
                    None => Outcome::Skip(end),
                });
            }
        }
        // Month after: "7 July 2021", "5th of July".
        let mut k = i + 1;
        if self.is_word(k) && self.attached(k) && matches!(self.low(k), "st" | "nd" | "rd" | "th") {
            k += 1;
        }
        if self.low(k) == "of" {
            k += 1;
        }
        if day_ok && let Some(m) = self.month_at(k) {
            let mut end = k + 1;
            let year = if self.is_num(end) && self.raw(end).len() == 4 {
                let y: i64 = self.raw(end).parse().ok()?;
                end += 1;
                Some(y)
            } else {
                year_hint.map(i64::from)
            };
            return Some(match year {
                Some(y) => match Date::new(y, Some(u32::from(m)), Some(v as u32)) {
                    Ok(d) => self.date_found(i, end, d),
                    Err(_) => Outcome::Skip(end),
                },
                None => Outcome::Skip(end),
            });
        }
        None
    }

    fn date_found(&self, first: usize, end: usize, d: Date) -> Outcome {
        Outcome::Found(
            Box::new(Found {
                first,
                end,
                low: 0.0,
                high: 0.0,
                range: false,
                unit: None,
                qual: None,
                change: None,
                total: None,
                date: Some(d),
                fraction: false,
            }),
            end,
        )
    }

    // ----- anchors -------------------------------------------------------------------

    fn digits_at(&self, i: usize, year_hint: &mut Option<i32>, nested: bool) -> Outcome {
        // "1800 333 000", "020 7946 0958": three or more spaced groups of bare digits
        // (the first with a leading zero or of four digits) are a phone number.
        let group = |k: usize| {
            self.is_num(k)
                && (2..=5).contains(&self.raw(k).len())
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
        };
        if !nested
            && group(i)
            && (self.raw(i).starts_with('0') || self.raw(i).len() == 4)
            && group(i + 1)
            && group(i + 2)
            && !self.attached(i + 1)
            && !self.attached(i + 2)
            && (self.raw(i + 1).len() >= 3 && self.raw(i + 2).len() >= 3)
            && !(self.raw(i + 1).len() == 4 && self.raw(i + 1).starts_with(['1', '2']))
        {
            let mut end = i + 3;
            while group(end) && !self.attached(end) {
                end += 1;
            }
            return Outcome::Skip(end);
        }
        if !nested && let Some(out) = self.date_at(i, year_hint) {
            return out;
        }
        let j = i + 1;
        // "8-10 May": a range of days is a date.
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.is_num(j + 1)
            && self.month_at(j + 2).is_some()
            && [i, j + 1]
                .iter()
                .all(|&k| num_value(self.raw(k)).is_some_and(|v| (1.0..=31.0).contains(&v)))
        {
            return Outcome::Skip(j + 3);
        }
        // "7-Eleven": a name.
        if self.is_sym(j, '-')
            && self.attached(j)
            && self.attached(j + 1)
            && self.capitalised(j + 1)
            && number::small_number_word(self.low(j + 1)).is_some()
        {
            return Outcome::Skip(j + 2);
        }
        // "1½ miles", "3¼%": the whole part and the fraction are read together.
        if self.attached(j)
            && let Some(Kind::Sym(c)) = self.kind(j)
            && lexicon::vulgar_fraction(c).is_some()
        {
            return self.vulgar_at(j, nested);
        }
        // Ordinals, decades, times, identifiers glued after the digits.
        if self.is_word(j) && self.attached(j) {
            let w = self.low(j);
            // "4.2s behind": a decimal with a glued "s" is seconds, not a decade.
            let decimal_seconds = w == "s" && self.raw(i).contains('.');
            // "lost 9st": stone, since 9 has no "st" ordinal (1st, 21st; not 11st).
            let raw = self.raw(i);
            let stone = w == "st"
                && raw.bytes().all(|b| b.is_ascii_digit())
                && (!raw.ends_with('1') || raw.ends_with("11"));
            // "1080p", "4K": a video resolution, not pence or thousands.
            let v = num_value(self.raw(i)).unwrap_or(0.0);
            if (w == "p"
                && [
                    144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0,
                ]
                .contains(&v)
                && self.currency_before(i).is_none()
                && !self.is_sym(j + 1, '.'))
                || (self.raw(j) == "K"
                    && [2.0, 4.0, 5.0, 8.0].contains(&v)
                    && !self.counted_after(j + 1)
                    && self.currency_before(i).is_none())
            {
                return Outcome::Skip(j + 1);
            }
            // "bids worth 1.4x the amount", "over 3x the total": a multiplier, with no
            // unit ("4x4" is a name).
            if w == "x"
                && !(self.attached(j + 1) && self.is_num(j + 1))
                && let Ok(mut amt) = self.digit_amount(i, false)
                && amt.end == j
            {
                amt.end = j + 1;
                amt.plain_digits = None;
                amt.multiplier = true;
                return self.finish(amt, nested);
            }
            if matches!(w, "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "x")
                && !decimal_seconds
                && !stone
            {
                return Outcome::Skip(j + 1);
            }
        }
        if (self.is_sym(j, ':') || self.is_sym(j, '.'))
            && self.attached(j)
            && self.is_num(j + 1)
            && self.attached(j + 1)
        {
            // 10:27, 4:39, 5.30
            return Outcome::Skip(j + 2);
        }
        if self.is_sym(j, ':') && self.attached(j) && self.is_num(j + 1) {
            return Outcome::Skip(j + 2);
        }
        if matches!(self.low(j), "am" | "pm" | "a.m" | "p.m" | "o'clock")
            || (matches!(self.low(j), "a" | "p")
                && self.is_sym(j + 1, '.')
                && self.attached(j + 1)
                && self.low(j + 2) == "m")
        {
            return Outcome::Skip(j + 1);
        }
        // "(202) 555-0199": an area code.
        if i > 0
            && self.is_sym(i - 1, '(')
            && self.is_sym(j, ')')
            && self.is_num(j + 1)
            && self.is_sym(j + 2, '-')
            && self.is_num(j + 3)
        {
            return Outcome::Skip(j + 4);
        }
        // "020 7946 0958", "007": digits with a leading zero are a code or a phone
        // number, with the digit groups that follow them.
        {
            let raw = self.raw(i);
            if raw.len() >= 2
                && raw.starts_with('0')
                && raw.bytes().all(|b| b.is_ascii_digit())
                && !(i > 0 && (self.is_sym(i - 1, '.') || self.is_sym(i - 1, ',')))
            {
                let mut e = i + 1;
                while self.is_num(e) && !self.attached(e) {
                    e += 1;
                }
                return Outcome::Skip(e);
            }
        }
        let mut amt = match self.digit_amount(i, false) {
            Ok(a) => a,
            Err(next) => return Outcome::Skip(next),
        };
        // Fractions and slashed dates: 1/16, 1⁄32, 9/11, 7/8/2021.
        if (self.is_sym(amt.end, '/') || self.is_sym(amt.end, '⁄'))
            && amt.scale == 0
            && self.attached(amt.end)
            && self.is_num(amt.end + 1)
            && self.attached(amt.end + 1)
        {
            let slash = amt.end;
            if self.is_sym(slash + 2, '/') && self.attached(slash + 2) {
                return Outcome::Skip(slash + 4);
            }
            let den = num_value(self.raw(slash + 1)).unwrap_or(0.0);
            let of_or_unit = self.low(slash + 2) == "of" || self.unit_at(slash + 2).is_some();
            if den > 0.0 && amt.value.abs() < den && (self.is_sym(slash, '⁄') || of_or_unit) {
                amt.value /= den;
                amt.raw = amt.value;
                amt.end = slash + 2;
                amt.fraction = true;
                amt.plain_digits = None;
            } else {
                return Outcome::Skip(slash + 2);
            }
        }
        // Glued letters that are neither scale nor unit: "5G", "3D", "4x4".
        if self.is_word(amt.end)
            && self.attached(amt.end)
            && self.unit_at(amt.end).is_none()
            && !self.is_pounds(amt.end)
        {
            return Outcome::Skip(amt.end + 1);
        }
        self.finish(amt, nested)
    }

    fn is_pounds(&self, k: usize) -> bool {
        matches!(self.low(k), "pounds" | "pound")
    }

    fn words_at(&self, i: usize, nested: bool) -> Outcome {
        let w = self.low(i);
        let b = w.as_bytes();
        if b.is_empty() || !b[0].is_ascii_alphabetic() {
            return Outcome::Nothing;
        }
        let Some(amt) = self.word_amount(i) else {
            return Outcome::Nothing;
        };
        // "a Ferrari one-two": a finishing order.
        if w == "one" && self.is_sym(i + 1, '-') && self.low(i + 2) == "two" {
            return Outcome::Skip(i + 3);
        }
        // "net zero", "zero-emission", "zero tolerance": no amount.
        if w == "zero"
            && ((i > 0 && self.low(i - 1) == "net")
                || self.is_sym(i + 1, '-')
                || matches!(self.low(i + 1), "tolerance" | "hour" | "sum" | "day"))
        {
            return Outcome::Skip(i + 1);
        }
        // Capitalised number words inside a sentence are names: "Fantastic Four".
        if self.capitalised(i) && i > 0 && !matches!(self.kind(i - 1), Some(Kind::Sym(_))) {
            return Outcome::Skip(amt.end);
        }
        // "one" counts only before a noun or "of the …", and not as a pronoun.
        if w == "one" && amt.end == i + 1 {
            let before = i.checked_sub(1).map(|k| self.low(k)).unwrap_or("");
            // "one in five adults", "one in every four homes".
            let over = if self.low(i + 1) == "out" && self.low(i + 2) == "of" {
                i + 3
            } else {
                i + 2
            };
            let proportion = (self.low(i + 1) == "in" || over == i + 3)
                && (self.is_num(over)
                    || number::small_number_word(self.low(over)).is_some()
                    || self.low(over) == "every");
            // "only one in three voters", "only one team": a count after all.
            let next = self.low(i + 1);
            // "on (the) one hand" is an idiom, "put one hand behind her head" a count.
            let idiom = next == "hand" && matches!(before, "on" | "the");
            let noun_next = self.is_word(i + 1)
                && !idiom
                && !lexicon::is_stopword(next)
                && !self.capitalised(i + 1)
                && !matches!(
                    next,
                    "another"
                        | "day"
                        | "time"
                        | "way"
                        | "thing"
                        | "point"
                        | "side"
                        | "reason"
                        | "more"
                        | "less"
                        | "too"
                );
            let only_count = before == "only"
                && (proportion || noun_next)
                && !(i >= 2 && self.low(i - 2) == "the");
            if !only_count
                && matches!(
                    before,
                    "the"
                        | "this"
                        | "that"
                        | "no"
                        | "any"
                        | "every"
                        | "each"
                        | "which"
                        | "another"
                        | "one"
                        | "no-one"
                        | "someone"
                        | "anyone"
                        | "same"
                        | "only"
                        | "last"
                        | "first"
                        | "next"
                        | "other"
                        | "'s"
                        | "like"
                        | "as"
                )
                || before.ends_with("'s")
                || before.ends_with("’s")
            {
                return Outcome::Skip(i + 1);
            }
            let of_the = next == "of"
                && matches!(
                    self.low(i + 2),
                    "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                );
            // "a sighting of one that was …", "at one point", "in one day": after a
            // preposition "one" is a count.
            let after_preposition = matches!(
                before,
                "of" | "at" | "in" | "on" | "for" | "with" | "from" | "by" | "into"
            ) && !matches!(next, "another" | "hand" | "way" | "or")
                && self.is_word(i + 1);
            if !noun_next && !of_the && !proportion && !after_preposition {
                return Outcome::Skip(i + 1);
            }
        }
        self.finish(amt, nested)
    }

    fn vulgar_at(&self, i: usize, nested: bool) -> Outcome {
        let Kind::Sym(c) = self.toks[i].kind else {
            return Outcome::Nothing;
        };
        let frac = lexicon::vulgar_fraction(c).unwrap_or(0.0);
        // "1½" is read with its whole part.
        let (first, value) = if i > 0 && self.is_num(i - 1) && self.attached(i) {
            (i - 1, num_value(self.raw(i - 1)).unwrap_or(0.0) + frac)
        } else {
            (i, frac)
        };
        let mut amt = self.simple_word_amt(first, i + 1, value);
        amt.words = false;
        amt.fraction = first == i;
        self.finish(amt, nested)
    }

    /// Everything after the first amount: range, unit, qualifiers, change, exclusions.
    fn finish(&self, mut a: Amt, nested: bool) -> Outcome {
        // "one in five adults", "1 in every 4 homes": a proportion.
        if (a.value == 1.0 || (a.words && a.value >= 2.0 && a.value.fract() == 0.0))
            && a.fuzzy.is_none()
            && !a.fraction
            && a.cur.is_none()
            && a.scale == 0
            && (self.low(a.end) == "in"
                || (self.low(a.end) == "out" && self.low(a.end + 1) == "of"))
        {
            // "one in five", "one out of three".
            let mut k = a.end + if self.low(a.end) == "in" { 1 } else { 2 };
            if self.low(k) == "every" {
                k += 1;
            }
            let d = if self.is_num(k) {
                self.digit_amount(k, true).ok()
            } else if self.is_word(k) {
                self.word_amount(k)
            } else {
                None
            };
            if let Some(d) = d.filter(|d| {
                d.fuzzy.is_none()
                    && !d.fraction
                    && d.cur.is_none()
                    && d.scale == 0
                    && d.value > a.value
                    && d.value <= 1000.0
                    && d.value.fract() == 0.0
                    && !self.is_sym(d.end, '-')
                    && !self.is_sym(d.end, ':')
            }) {
                a.value /= d.value;
                a.raw = a.value;
                a.end = d.end;
                a.fraction = true;
                a.proportion = true;
                a.plain_digits = None;
            }
        }
        let mut first = a.first;
        // Prefix qualifier and range openers, read backwards.
        let mut qual = a.sym_qual;
        // "190-plus countries": at least the number, then its unit.
        if self.is_sym(a.end, '-')
            && self.attached(a.end)
            && self.attached(a.end + 1)
            && self.low(a.end + 1) == "plus"
            && a.fuzzy.is_none()
            && !a.fraction
        {
            a.end += 2;
            qual = qual.or(Some(QualCode::Ge));
        }
        let mut between = false;
        let mut from = false;
        if qual.is_none()
            && let Some((q, start)) = self.qualifier_before(first)
        {
            // "some" and "over" are qualifiers only right before the amount.
            qual = Some(q);
            first = start;
        }
        // "from up to 252 miles to 287 miles": a from-to range whose first end has a
        // qualifier of its own.
        let from_qualified = qual.is_some() && first > 0 && self.low(first - 1) == "from";
        // "between about 4,500 and 4,200 years ago".
        if qual == Some(QualCode::Approx) && first > 0 && self.low(first - 1) == "between" {
            between = true;
            first -= 1;
        }
        if qual.is_none() && first > 0 {
            match self.low(first - 1) {
                "between" => {
                    between = true;
                    first -= 1;
                }
                "from" => from = true,
                "exactly" | "precisely" => first -= 1,
                // "averaged 7.3 points", "averaging 15.9 degrees": a typical value.
                "averaged" | "averaging" | "averages" => qual = Some(QualCode::Approx),
                _ => {}
            }
        }
        let mut change = None;
        let mut change_from_verb = false;
        let mut adverb = false;
        let mut change_by = false;
        if let Some((c, adv, by)) = self.change_before(first) {
            change_by = by;
            // "up to" was read as a qualifier already.
            change = Some(c);
            change_from_verb = true;
            adverb = adv;
        }
        if a.plus {
            change = Some(true);
        }

        let mut low = a.value;
        let mut high = a.value;
        let mut range = false;
        let mut end = a.end;
        let mut unit: Option<FoundUnit> = None;
        let mut total = None;
        if let Some((lo, hi)) = a.fuzzy {
            low = lo;
            high = hi;
            range = true;
        }

        // A range right after the first number ("5-10W", "1 to 2 thousand", "$89 to $93 billion"),
        // or after the first unit ("5 per cent to 20 per cent").
        // "rose 0.5 per cent or 16.74 points to 3,297.98": an amount restated after "or"
        // is governed by the same verb, so "to" gives the level, not a range.
        let governed = change_from_verb
            || (first > 0
                && self.low(first - 1) == "or"
                && (first.saturating_sub(8)..first - 1)
                    .any(|k| self.is_word(k) && lexicon::change_word(self.low(k)).is_some()));
        let mut b = None;
        if a.fuzzy.is_none() && !a.fraction {
            b = self.range_second(&a, a.end, between, governed && !from, false);
            // "from $36,040 at 10.45pm last night to $34,935": a short adjunct between
            // the ends of a from-to range.
            if b.is_none()
                && from
                && let Some(j) = self.range_gap(a.end)
                && self.read_unit(a.end, &a, nested).0.is_none()
            {
                b = self.range_second(&a, j, between, false, false);
            }
            if b.is_none() {
                let (u1, after_u1, t) = self.read_unit(a.end, &a, nested);
                if let Some(u1) = u1 {
                    // "from 20 miles per gallon in 2008 to 29 mpg": a year between the two
                    // ends of a from-to range.
                    let mut j2 = after_u1;
                    if from
                        && self.low(j2) == "in"
                        && self.is_num(j2 + 1)
                        && self.raw(j2 + 1).len() == 4
                        && num_value(self.raw(j2 + 1))
                            .is_some_and(|y| (1500.0..=2199.0).contains(&y))
                        && self.low(j2 + 2) == "to"
                    {
                        j2 += 2;
                    } else if from && let Some(j) = self.range_gap(j2) {
                        // "from 21 mpg combined to 23".
                        j2 = j;
                    }
                    // "passed by 52 votes to 47": a tally, not a range.
                    let tally = (matches!(&u1.class, FoundClass::Count { head }
                        if matches!(head.as_str(), "vote" | "seat"))
                        && self.low(j2) == "to")
                        // "the 6-foot-5 guard": feet and inches, not a range.
                        || (u1.name == "foot" && self.is_sym(j2, '-') && self.attached(j2));
                    if let Some(bb) = self
                        .range_second(&a, j2, between, governed && !from, true)
                        .filter(|_| !tally)
                    {
                        // Both sides must be in the same unit when both name one.
                        let (u2, _, _) = self.read_unit(bb.end, &bb, true);
                        if u2.as_ref().is_none_or(|u2| {
                            u2.name == u1.name
                                || u1.name.starts_with(&format!("{} per ", u2.name))
                                || u2.name.starts_with(&format!("{} per ", u1.name))
                        }) {
                            b = Some(bb);
                            unit = Some(u1);
                        } else {
                            unit = Some(u1);
                            end = after_u1;
                            total = t;
                        }
                    } else {
                        unit = Some(u1);
                        end = after_u1;
                        total = t;
                    }
                }
            }
        }
        // "in 2008 to 29 mpg": a year does not open a range of other numbers.
        if b.as_ref().is_some_and(|bb| is_year(&a) != is_year(bb)) {
            b = None;
            if unit.is_none() {
                let (u, after, t) = self.read_unit(a.end, &a, nested);
                unit = u;
                end = after;
                total = t;
            }
        }
        if let Some(bb) = b {
            let mut lo = a.value;
            // "1 to 2 thousand", "$89 to $93 billion": the scale of the second applies to
            // the first when the first has none and is not larger.
            if a.scale == 0 && bb.scale > 0 && a.raw <= bb.raw {
                lo = scaled(a.raw, bb.scale);
            }
            let (mut u2, after_u2, _) = self.read_unit(bb.end, &bb, nested);
            if let (Some(x), Some(y)) = (&u2, &unit)
                && y.name.starts_with(&format!("{} per ", x.name))
            {
                u2 = Some(y.clone());
            }
            let a_cur = a.cur.map(|c| FoundUnit {
                name: c.name.to_string(),
                class: FoundClass::Currency(c.code),
            });
            let final_unit = u2.or(unit.take()).or(a_cur);
            let hyphen_score = self.is_sym(bb.num.saturating_sub(1), '-')
                && final_unit
                    .as_ref()
                    .is_none_or(|u| matches!(u.class, FoundClass::Count { .. }))
                && a.plain_digits.is_some()
                && bb.plain_digits.is_some();
            if hyphen_score && (bb.value <= a.value || is_phone(&a, &bb)) {
                // A score ("2-0", "89-89") or a phone number, not a range.
                return Outcome::Skip(bb.end);
            }
            // "a Boeing 737-800", "the A320-200": a model number after a name.
            if hyphen_score
                && final_unit.is_none()
                && self.attached(bb.num)
                && a.first == a.num
                && a.num > 1
                && self.has_upper(a.num - 1)
                && self.month_at(a.num - 1).is_none()
                && !lexicon::weekday(self.low(a.num - 1))
            {
                return Outcome::Skip(bb.end);
            }
            if is_year(&a)
                && is_year(&bb)
                && final_unit
                    .as_ref()
                    .is_none_or(|u| matches!(u.class, FoundClass::Count { .. }))
            {
                return Outcome::Skip(bb.end);
            }
            if final_unit.is_none() && self.capitalised(after_u2) {
                // "16-18 Industrial Avenue".
                return Outcome::Skip(after_u2);
            }
            low = lo;
            high = bb.value;
            range = true;
            unit = final_unit;
            end = if unit.is_some() { after_u2 } else { bb.end };
            if qual.is_none() {
                qual = bb.sym_qual.filter(|q| *q == QualCode::Approx);
            }
        } else if unit.is_none() && (a.fuzzy.is_some() || a.fraction || a.value.is_finite()) {
            let (u, after, t) = self.read_unit(a.end, &a, nested);
            if u.is_some() {
                unit = u;
                end = after;
                total = t;
            }
        }

        // "struck 23 times": a count of times; "10 times the price", "3 times as many": a
        // factor, with no unit.
        let mut multiplier = a.multiplier;
        if unit.is_none() && !a.fraction && self.low(end) == "times" && self.is_word(end) {
            let next = self.low(end + 1);
            if matches!(
                next,
                "as" | "more"
                    | "the"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "faster"
                    | "that"
                    | "what"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "over"
                    | "cheaper"
                    | "greater"
                    | "less"
                    | "fewer"
                    | "longer"
                    | "stronger"
                    | "above"
                    | "below"
                    | "a"
                    | "an"
                    | "smaller"
                    | "lower"
                    | "slower"
                    | "oversubscribed"
            ) {
                multiplier = true;
            } else {
                unit = Some(FoundUnit {
                    name: "time".into(),
                    class: FoundClass::Count {
                        head: "time".into(),
                    },
                });
            }
            end += 1;
        }
        // "3,024 x 1,964 pixels", "4 x 6 metres": a dimension; the first side takes the
        // unit written after the second.
        if unit.is_none()
            && !range
            && a.cur.is_none()
            && (self.is_sym(end, '×') || (self.raw(end) == "x" && self.is_word(end)))
            && self.is_num(end + 1)
            && let Ok(bb) = self.digit_amount(end + 1, true)
            && let (Some(u2), _, _) = self.read_unit(bb.end, &bb, true)
            && (u2.class == FoundClass::Measure
                || matches!(&u2.class, FoundClass::Count { head } if head == "pixel"))
        {
            unit = Some(u2);
        }
        // "fares from £19.99", "costs from 1,186 yuan": a starting price.
        if from
            && !range
            && qual.is_none()
            && first >= 2
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Currency(_)))
            && matches!(
                self.low(first - 2),
                "fares"
                    | "prices"
                    | "price"
                    | "costs"
                    | "cost"
                    | "priced"
                    | "available"
                    | "tickets"
                    | "rooms"
                    | "rates"
                    | "flights"
                    | "deals"
                    | "packages"
                    | "plans"
                    | "fees"
                    | "start"
                    | "starts"
                    | "starting"
                    | "tariffs"
                    | "models"
            )
        {
            qual = Some(QualCode::Ge);
        }
        // "a 1.3-fold higher risk", "15- to 20-fold": a factor (its unit stays `fold`).
        if unit
            .as_ref()
            .is_some_and(|u| matches!(&u.class, FoundClass::Count { head } if head == "fold"))
        {
            multiplier = true;
        }
        // Exclusions for a bare number.
        let measured = unit
            .as_ref()
            .is_some_and(|u| !matches!(u.class, FoundClass::Count { .. }));
        if !range && !measured && a.cur.is_none() {
            if is_year(&a) && (unit.is_none() || qual.is_none()) {
                // A year is a date of year precision ("a 2013 resolution").
                return match Date::new(a.value as i64, None, None) {
                    Ok(d) if !nested && qual.is_none() => self.date_found(a.num, a.end, d),
                    _ => Outcome::Skip(a.end),
                };
            }
            if unit.is_none() && !a.words && !a.fraction && a.first == a.num && a.num > 0 {
                let p = a.num - 1;
                let pw = self.low(p);
                // "iPhone 16 review", "RTX 4090": a name even at the start of the sentence.
                let odd_caps = {
                    let r = self.raw(p);
                    r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2
                };
                // "DAX 18,175.04": a level after an index name (not "FTSE 100").
                let index_level = lexicon::index_word(self.raw(p)) && a.plain_digits.is_none();
                if self.is_word(p)
                    && !index_level
                    && (lexicon::is_label_word(pw)
                        || (odd_caps && self.month_at(p).is_none())
                        // "Voyager 1, launched …": a name opening the sentence.
                        || (p == 0
                            && self.capitalised(p)
                            && qual.is_none()
                            && !lexicon::is_stopword(pw)
                            && lexicon::change_word(pw).is_none()
                            && self.month_at(p).is_none()
                            && !lexicon::weekday(pw)
                            && number::small_number_word(pw).is_none()
                            && self.is_sym(end, ','))
                        || (self.has_upper(p)
                            && p > 0
                            && self.month_at(p).is_none()
                            && !lexicon::weekday(pw)
                            && qual.is_none()
                            && lexicon::change_word(pw).is_none()
                            && self.low(end) != "who"))
                    && !(self.caseless && self.low(end) == "who")
                {
                    // "junctions 10 and 16": both are labels.
                    if matches!(self.low(end), "and" | "or" | "to") && self.is_num(end + 1) {
                        return Outcome::Skip(end + 2);
                    }
                    return Outcome::Skip(end);
                }
                if self.is_sym(p, '.') && p > 0 && self.low(p - 1) == "no" {
                    return Outcome::Skip(end);
                }
            }
        }
        // "Windows 11 users", "RTX 4090 draws", "No 1 ranking": a version or model
        // number before a counted noun.
        if unit
            .as_ref()
            .is_some_and(|u| matches!(u.class, FoundClass::Count { .. }))
            && !range
            && !a.words
            && a.first == a.num
            && a.num > 0
            && (lexicon::version_word(self.low(a.num - 1))
                || lexicon::is_label_word(self.low(a.num - 1))
                || lexicon::index_word(self.raw(a.num - 1))
                || (self.raw(a.num - 1) == "P" && a.num > 1 && self.is_sym(a.num - 2, '&'))
                || {
                    // "OnePlus 12 undercuts", "the 737 Max 9 jets": a name before it.
                    let r = self.raw(a.num - 1);
                    (r.chars().skip(1).any(char::is_uppercase) && r.len() >= 2)
                        || (a.num > 1
                            && self.capitalised(a.num - 1)
                            && !r.ends_with("'s")
                            && !r.ends_with("’s")
                            && !r.ends_with('s')
                            && !lexicon::is_stopword(self.low(a.num - 1))
                            && self.month_at(a.num - 1).is_none()
                            && !lexicon::weekday(self.low(a.num - 1))
                            && a.plain_digits.is_some_and(|d| d <= 4))
                }
                || matches!(self.raw(a.num - 1), "No" | "Year" | "Grade" | "Class")
                || (self.raw(a.num - 1).len() >= 2
                    && self.raw(a.num - 1).chars().all(|c| c.is_ascii_uppercase())
                    && a.plain_digits.is_some_and(|d| d >= 3)
                    && self.currency_before(a.num).is_none()))
        {
            return Outcome::Skip(end);
        }
        // "a five-year award", "a two-month contract": a duration used as a modifier.
        if a.words
            && !range
            && self.is_sym(a.end, '-')
            && unit.as_ref().is_some_and(|u| u.class == FoundClass::Time)
        {
            return Outcome::Skip(end);
        }
        // A bare number whose unit the words around it say.
        if unit.is_none() && !range {
            unit = self.unit_from_context(&a, first, end, qual);
        }
        // "Janet Okafor 58 who has run the shop": an age after a full name, commas lost.
        if unit.is_none()
            && !range
            && qual.is_none()
            && a.plain_digits.is_some_and(|d| d <= 3)
            && (1.0..=120.0).contains(&a.value)
            && a.first == a.num
            && a.num >= 1
            && ((a.num >= 2
                && self.capitalised(a.num - 1)
                && self.capitalised(a.num - 2)
                && self.low(end) == "who")
                // "ronaldo 39 has scored": text without capitals.
                || (self.caseless
                    && self.is_word(a.num - 1)
                    && !lexicon::is_stopword(self.low(a.num - 1))
                    && self.unit_at(a.num - 1).is_none()
                    && matches!(self.low(end), "who" | "has" | "had" | "was" | "is" | "said")))
        {
            unit = Some(FoundUnit::age());
        }
        // "iPhone 11 Pro", "737 Max", "90049 ZIP Code": a bare integer before a name.
        if unit.is_none()
            && !range
            && qual.is_none()
            && a.cur.is_none()
            && a.plain_digits.is_some()
            && a.first == a.num
            && self.has_upper(end)
            && self.month_at(end).is_none()
            && !(end + 1 < self.n() && self.is_sym(end + 1, '.'))
        {
            return Outcome::Skip(end);
        }
        // "aged 45", "ages 5 to 11", "aged between 45 and 79", "turned 31", "the
        // retirement age from 62 to 64", "over the age of 21": an age.
        let age_word = |k: usize| matches!(self.low(k), "aged" | "age" | "ages");
        if unit.is_none()
            && a.cur.is_none()
            && (first == a.first || between)
            && first > 0
            && a.value <= 130.0
            && ((age_word(first - 1)
                && !(first > 1 && matches!(self.low(first - 2), "the" | "an" | "a")))
                || (first > 1
                    && matches!(self.low(first - 1), "from" | "of")
                    && self.low(first - 2) == "age")
                || (matches!(self.low(first - 1), "turned" | "turns" | "turning")
                    && !range
                    && a.value.fract() == 0.0))
        {
            unit = Some(FoundUnit::age());
        }
        // "Maddon, 66, has …", "the man, 45, was …": an age after a name or a person
        // (any word when the text has no capitals: "alcaraz, 21, became").
        if unit.is_none()
            && !range
            && (a.plain_digits.is_some_and(|d| d <= 3) || (a.words && a.value.fract() == 0.0))
            && (1.0..=120.0).contains(&a.value)
            && a.num >= 2
            && self.is_sym(a.num - 1, ',')
            && (self.capitalised(a.num - 2)
                || lexicon::person_noun(self.low(a.num - 2))
                || (self.caseless
                    && self.is_word(a.num - 2)
                    && !lexicon::is_stopword(self.low(a.num - 2))))
            && (self.is_sym(end, ',') || self.is_sym(end, '.'))
            && qual.is_none()
        {
            unit = Some(FoundUnit::age());
        }
        // "a record 32 goals", "the top three seeds": a modifier between the article and
        // the number belongs to the counted noun phrase.
        if let Some(u) = unit.as_mut()
            && let FoundClass::Count { .. } = u.class
            && !range
            && qual.is_none()
            && a.cur.is_none()
            && first == a.first
            && first >= 2
            && matches!(self.low(first - 2), "a" | "an" | "the")
            && self.is_word(first - 1)
            && !self.capitalised(first - 1)
        {
            let w = self.low(first - 1);
            // "the stadiums 112,000 seats": a possessive that lost its apostrophe.
            let lost_apostrophe = w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("ous")
                && !w.ends_with("is");
            if !lexicon::is_stopword(w)
                && !lost_apostrophe
                && !w.contains(['\'', '’'])
                && !lexicon::amount_adjective(w)
                && lexicon::change_word(w).is_none()
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                && !(w.ends_with("er") && w.len() > 4)
            {
                let base = lexicon::superlative_base(w);
                u.name = format!("{} {}", base.as_deref().unwrap_or(w), u.name);
            }
        }
        // Closing qualifiers: "1,000 or more", "60 or so", "aged 65 and over", "4GB of
        // RAM or less" (a short "of" phrase between), "1000+".
        if qual.is_none() {
            let k = if self.low(end) == "of"
                && self.is_word(end + 1)
                && self.low(end + 2) == "or"
                && unit.is_some()
            {
                end + 2
            } else {
                end
            };
            let q = match (self.low(k), self.low(k + 1)) {
                ("or", "more" | "over" | "above" | "older" | "higher")
                | ("and", "over" | "above" | "older" | "up") => Some(QualCode::Ge),
                ("or", "so") => Some(QualCode::Approx),
                ("or", "less" | "fewer" | "under" | "below" | "younger" | "lower") => {
                    Some(QualCode::Le)
                }
                _ => None,
            };
            // "5 or more than 6" is a comparison. The qualifier and the tokens it takes.
            let closing = match q {
                Some(q) if self.low(k + 2) != "than" => Some((q, if k == end { 2 } else { 0 })),
                None if self.is_sym(end, '+') && self.attached(end) && !self.is_num(end + 1) => {
                    Some((QualCode::Ge, 1))
                }
                _ => None,
            };
            if let Some((q, taken)) = closing {
                qual = Some(q);
                // "ten or more people", "350+ seats": the counted noun after it.
                if taken > 0 {
                    end += taken;
                    if unit.is_none() && !range {
                        let (u, after, t) = self.read_unit(end, &a, nested);
                        if u.is_some() {
                            unit = u;
                            end = after;
                            total = t;
                        }
                    }
                }
            }
        }
        // A change named after the amount: "34.4% higher", "a 5% rise" (not after a
        // factor: "a 1.3-fold higher risk").
        if change.is_none()
            && !multiplier
            && self.is_word(end)
            && let Some(c) = lexicon::change_after(self.low(end))
            && !(self.low(end) == "up" && self.low(end + 1) == "to")
            // "a 45-cent loss", "a $2bn loss": an amount lost, not a fall.
            && !(self.low(end) == "loss"
                && (a.cur.is_some()
                    || unit
                        .as_ref()
                        .is_some_and(|u| matches!(u.class, FoundClass::Currency(_)))))
            && !matches!(self.low(end + 1), "than")
        {
            change = Some(c);
        }
        // "$101 off their list price", "30% off": a discount; "shaving 30 seconds off
        // the record": a cut.
        if change.is_none()
            && self.low(end) == "off"
            && self.is_word(end)
            && (unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Percent | FoundClass::Currency(_)))
                || (unit.is_some()
                    && first > 0
                    && matches!(
                        self.low(first - 1),
                        "shaving"
                            | "shaved"
                            | "shaves"
                            | "slicing"
                            | "sliced"
                            | "slices"
                            | "knocking"
                            | "knocked"
                            | "knocks"
                            | "trimming"
                            | "trimmed"
                            | "lopping"
                            | "lopped"
                            | "chopping"
                            | "chopped"
                    )))
        {
            change = Some(false);
        }
        // "a 6.5 percent property tax increase": the change noun after a short noun phrase
        // that the amount modifies.
        if change.is_none()
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Percent | FoundClass::Currency(_)))
        {
            let mut k = end;
            while k < end + 3
                && self.is_word(k)
                && !self.capitalised(k)
                && !lexicon::is_stopword(self.low(k))
                && lexicon::change_after(self.low(k)).is_none()
            {
                k += 1;
            }
            if k > end
                && self.is_word(k)
                && matches!(
                    self.low(k),
                    "rise"
                        | "increase"
                        | "hike"
                        | "gain"
                        | "jump"
                        | "cut"
                        | "drop"
                        | "fall"
                        | "decline"
                        | "decrease"
                        | "reduction"
                        | "loss"
                        | "growth"
                )
            {
                change = lexicon::change_after(self.low(k));
            }
        }
        // "over seven scoreless innings", "over five days": "over" a period is its length,
        // not a bound ("for over 20 years" is one).
        if qual == Some(QualCode::Gt)
            && self.low(first) == "over"
            && first + 1 == a.first
            && unit.as_ref().is_some_and(|u| match &u.class {
                FoundClass::Time => true,
                FoundClass::Count { head } => matches!(
                    head.as_str(),
                    "inning"
                        | "season"
                        | "game"
                        | "match"
                        | "race"
                        | "lap"
                        | "round"
                        | "session"
                        | "night"
                        | "quarter"
                        | "term"
                        | "decade"
                        | "stage"
                        | "leg"
                        | "test"
                ),
                _ => false,
            })
            && !(first > 0
                && (matches!(
                    self.low(first - 1),
                    "for"
                        | "of"
                        | "in"
                        | "than"
                        | "at"
                        | "to"
                        | "be"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "by"
                        | "with"
                        | "lasted"
                        | "lasts"
                        | "took"
                        | "takes"
                        | "spent"
                        | "ago"
                        | "aged"
                        | "age"
                        | "old"
                )))
        {
            qual = None;
        }
        // "spread over 6,700 sq ft", "spanning over 3 km": an extent, not a bound.
        if qual == Some(QualCode::Gt)
            && self.low(first) == "over"
            && first > 0
            && matches!(
                self.low(first - 1),
                "spread" | "spreads" | "spanning" | "spans" | "spanned" | "sprawling"
            )
        {
            qual = None;
            first += 1;
        }
        // "fell below 2 mg", "rose above 5%": the level passed, not the size of a change.
        if change_from_verb && qual.is_some() && first < a.first {
            let q1 = self.low(first);
            let q2 = self.low(first + 1);
            let level = matches!(q1, "below" | "above" | "beyond" | "past")
                || (matches!(q1, "just" | "well") && matches!(q2, "below" | "above"));
            if level {
                change = None;
                change_from_verb = false;
            }
        }
        // "sales growth of 3.5% to 4%", "rent rises of between 5 and 7.7pc", "a drop of
        // £122": a change noun and "of" before the amount.
        if change.is_none() && first >= 2 && self.low(first - 1) == "of" {
            change = match self.low(first - 2) {
                "growth" | "increase" | "increases" | "rise" | "rises" | "gain" | "gains"
                | "jump" | "hike" | "hikes" | "uplift" | "appreciation" => Some(true),
                "decline" | "declines" | "drop" | "drops" | "fall" | "falls" | "decrease"
                | "decreases" | "cut" | "cuts" | "reduction" | "reductions" | "depreciation"
                | "devaluation" => Some(false),
                _ => None,
            };
            if change.is_some() {
                change_from_verb = true;
            }
        }
        // "solana -1.3%", "margin 18.1% (-40bps)": a signed share or point is a fall.
        if change.is_none()
            && a.value < 0.0
            && !range
            && first + 1 == a.num
            && self.is_sym(first, '-')
            && unit.as_ref().is_some_and(|u| {
                u.class == FoundClass::Percent
                    || matches!(
                        u.name.as_str(),
                        "point" | "percentage point" | "basis point"
                    )
            })
        {
            change = Some(false);
        }
        // "cutting up to 6,000MW": the bound wins over the verb ("cut by up to 31%" keeps
        // its change).
        if change_from_verb
            && qual == Some(QualCode::UpTo)
            && first > 0
            && self.low(first) == "up"
            && self.low(first - 1) != "by"
        {
            change = None;
            change_from_verb = false;
        }
        // A verb's change does not turn a count of things into a change
        // ("gave up 517 rushing yards" is read as yards, "lost 3 games" is a count).
        // A change said with "by" is one even for counts ("subscribers climbed by 2.3
        // million", "ocean heat rose by c.16 zettajoules").
        if change_from_verb
            && !a.plus
            && !change_by
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Count { .. } | FoundClass::Time))
        {
            change = None;
        }
        // "lost $1.1bn" is a loss, "lost 2%" a fall.
        if change == Some(false)
            && change_from_verb
            && unit.as_ref().is_some_and(|u| {
                matches!(u.class, FoundClass::Currency(_))
                    && !matches!(u.name.as_str(), "sen" | "cent" | "penny" | "paisa")
            })
            && first > 0
            && matches!(
                self.low(self.verb_index(first)),
                "lose" | "loses" | "lost" | "losing"
            )
        {
            change = None;
        }
        // "up 5%", "down 68 p", but not "gave up 517 yards"; a measure only as a clause of
        // its own: "averaged 97.8 mph, up 1.3 mph from a year ago".
        let adverb_clause = first >= 2
            && matches!(self.low(first - 1), "up" | "down")
            && (self.is_sym(first - 2, ',') || matches!(self.low(end), "from" | "on"));
        if adverb
            && !adverb_clause
            && !a.plus
            && unit.as_ref().is_some_and(|u| {
                u.class == FoundClass::Measure
                    && !matches!(
                        u.name.as_str(),
                        "point" | "basis point" | "percentage point"
                    )
            })
        {
            change = None;
        }
        if !change_from_verb
            && !a.plus
            && change.is_some()
            && unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, FoundClass::Count { .. }))
        {
            change = None;
        }
        // A range has the range qualifier unless a word said otherwise.
        let _ = from;
        if from_qualified && range {
            qual = None;
        }
        let found = Found {
            first,
            end,
            low,
            high,
            range,
            unit,
            qual,
            change,
            total,
            date: None,
            fraction: a.fraction || multiplier,
        };
        Outcome::Found(Box::new(found), end)
    }

    /// The second amount of a range starting at `j`, if a range separator stands there.
    /// The "to" closing a from-to range after a short adjunct that starts at `j` ("at
    /// 10.45pm last night", "combined", "in 2008"): words, times and years only, at most
    /// six tokens, no clause break.
    fn range_gap(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < self.n() && k < j + 7 {
            if self.low(k) == "to" {
                return (k > j && (self.is_num(k + 1) || self.currency_from(k + 1).is_some()))
                    .then_some(k);
            }
            match self.kind(k)? {
                Kind::Word => {
                    let w = self.low(k);
                    if self.capitalised(k)
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
                    let r = self.raw(k);
                    let time = matches!(self.low(k + 1), "am" | "pm" | "a.m" | "p.m" | "gmt")
                        && self.is_word(k + 1);
                    let year = r.len() == 4
                        && num_value(r).is_some_and(|y| (1500.0..=2199.0).contains(&y));
                    if !time && !year {
                        return None;
                    }
                }
                _ => return None,
            }
            k += 1;
        }
        None
    }

    fn range_second(
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
        let sep = self.low(j);
        let k = j + 1;
        let ok_sep = match self.kind(j)? {
            Kind::Word => match sep {
                "and" => between,
                "to" => !(governed && (after_unit || a.cur.is_some())),
                "or" => !between,
                _ => false,
            },
            Kind::Sym('-') | Kind::Sym('–') | Kind::Sym('—') => !between,
            _ => false,
        };
        if !ok_sep {
            return None;
        }
        // Currency before the second number ("$3 billion to $5 billion").
        let (cur, num) = match self.currency_from(k) {
            Some((c, n)) => (Some(c), n),
            None => (None, k),
        };
        let mut b = if self.is_num(num) {
            if self.is_sym(num, '-') {
                return None;
            }
            let b = self.digit_amount(num, cur.is_none()).ok()?;
            if b.first != num && cur.is_none() {
                // A sign or glued letters: "to -5", "to S22".
                b.cur?;
            }
            b
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
        // Glued letters after the second number that are not a unit.
        if self.is_word(b.end) && self.attached(b.end) && self.unit_at(b.end).is_none() {
            return None;
        }
        // A date or time is not the end of a range ("to 5:30", "to July 2", "to 8 a.m.").
        if (self.is_sym(b.end, ':') && self.attached(b.end))
            || self.month_at(b.end).is_some()
            || (self.is_word(b.end)
                && matches!(self.low(b.end), "am" | "pm" | "a" | "p" | "gmt")
                && (self.low(b.end) != "a" || self.is_sym(b.end + 1, '.'))
                && (self.low(b.end) != "p" || self.is_sym(b.end + 1, '.')))
        {
            return None;
        }
        if j > 0 && self.month_at(j.saturating_sub(1)).is_some() {
            return None;
        }
        // "grew by 1.2 million to 67 million": the level reached, not a range ("fell by
        // 1 to 1.5 degrees" is one).
        // So is "up 330,000 to 8.2 million" and "+1.4% to 16,340.87".
        let changed_by = a.first > 0
            && (self.low(a.first - 1) == "by"
                || matches!(self.low(a.first - 1), "up" | "down")
                || a.plus);
        if sep == "to" && changed_by {
            let (x, y) = if a.scale == 0 && b.scale > 0 && a.raw <= b.raw {
                (a.raw, b.raw)
            } else {
                (a.value, b.value)
            };
            if y > 4.0 * x.abs() {
                return None;
            }
        }
        // "his tally to 20 – 2 behind": a spaced dash is an aside unless the numbers rise.
        if matches!(self.kind(j), Some(Kind::Sym('–' | '—')))
            && !self.attached(j)
            && b.value <= a.value
        {
            return None;
        }
        // "7-Eleven": a name.
        if self.is_word(num) && self.capitalised(num) {
            return None;
        }
        // "Biden leads Trump 46% to 44%": a tally of shares, not a range.
        if sep == "to"
            && b.value < a.value
            && a.first > 0
            && self.low(a.first - 1) != "from"
            && (a.first.saturating_sub(4)..a.first).any(|k| {
                matches!(
                    self.low(k),
                    "lead"
                        | "leads"
                        | "led"
                        | "leading"
                        | "ahead"
                        | "trails"
                        | "trail"
                        | "trailing"
                        | "beat"
                        | "beats"
                        | "polled"
                        | "margin"
                        | "outnumbering"
                        | "outnumbered"
                )
            })
        {
            return None;
        }
        if sep == "or" {
            let small = a.plain_digits.is_some() || a.words;
            if !(small && b.value > a.value && b.value <= a.value * 2.0 + 2.0) {
                return None;
            }
        }
        // The first amount's own currency must agree with the second's.
        if let (Some(ca), Some(cb)) = (a.cur, b.cur)
            && ca.code != cb.code
        {
            return None;
        }
        Some(b)
    }
}

fn scaled(raw: f64, scale: i32) -> f64 {
    // Through the decimal spelling, so 1.1 × 10^6 is exactly 1100000.
    let s = format!("{raw}");
    decimal_of(&s)
        .and_then(|(d, _)| d.scaled(scale).to_f64())
        .unwrap_or(raw * 10f64.powi(scale))
}

/// The decimal of a number token, and whether it is a plain integer (digits only).
fn decimal_of(text: &str) -> Option<(Decimal, bool)> {
    let plain = text.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = text.strip_prefix('.') {
        let (d, _) = number::scan_digits(&format!("0.{rest}"))?;
        return Some((d, false));
    }
    let t = text.trim_start_matches('-');
    let (d, _) = number::scan_digits(t)?;
    Some((d, plain))
}

fn is_year(a: &Amt) -> bool {
    a.plain_digits == Some(4)
        && a.cur.is_none()
        && a.first == a.num
        && (1500.0..=2199.0).contains(&a.value)
}

fn is_phone(a: &Amt, b: &Amt) -> bool {
    a.plain_digits.is_some_and(|d| d == 3) && b.plain_digits.is_some_and(|d| d == 4)
}

/// The singular of a counted noun, keeping "people" as the unit name for persons.
pub fn singular_noun(w: &str) -> String {
    if let Some(s) = lexicon::irregular_plural(w) {
        return s.to_string();
    }
    // "viruses", "bonuses", "campuses": a Latin "-us" noun with an English plural.
    if let Some(stem) = w.strip_suffix("es")
        && lexicon::us_noun(stem)
    {
        return stem.to_string();
    }
    units::singular(w)
}
