//! Rates after a unit: "per barrel", "/month", "a month", abbreviated rates ("pcm",
//! "psf", "pa"), hyphenated rates ("£250,000-a-week", "£24 a-year"), and the rate after
//! a conversion in brackets, which belongs to the figure and to its conversion.

use super::*;

impl SentenceReader<'_> {
    /// "£1,276 pcm": per calendar month; "RM504 psf": per square foot; "£30,000 pa": a
    /// year. `r` is where the rate is read, `k` the token after the unit.
    fn abbreviated_rate(&self, unit: &FoundUnit, r: usize, k: usize) -> Option<(FoundUnit, usize)> {
        let per = match self.low(r) {
            "pcm" => "month",
            "psf" => "square foot",
            "pa" if self.raw(r) == "pa" => "year",
            // Rule `per_person_after_money` (decision 746): "£649pp", "£1,299 pp" in
            // travel prices; after a figure that is no sum, "pp" stays a percentage
            // point (`senses.tsv`).
            "pp" if matches!(unit.class, UnitKind::Currency(_)) => "person",
            _ => return None,
        };
        if !self.is_word(r) {
            return None;
        }
        let base = match &unit.class {
            UnitKind::Count { head } => head.clone(),
            _ => unit.name.clone(),
        };
        let end = if r == k { r + 1 } else { k };
        Some((
            FoundUnit {
                name: format!("{base} per {per}"),
                class: UnitKind::Rate,
            },
            end,
        ))
    }

    /// "per barrel", "/month", "a month", "an ounce" after a unit.
    pub(super) fn read_rate(&self, unit: FoundUnit, k: usize) -> (FoundUnit, usize) {
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
        } else if self.is_sym(k, ')')
            && self.opened_before(k)
            && (!matches!(unit.class, UnitKind::Currency(_)) || self.converted_price_rate(k))
        {
            // "5 cm (2 inches) per hour": the conversion of a measure is a rate too.
            r = k + 1;
        }
        if let Some(found) = self
            .abbreviated_rate(&unit, r, k)
            .or_else(|| self.adverb_rate(&unit, r, k))
        {
            return found;
        }
        // "14 units of alcohol a week", "two bars of chocolate a day": counted things of
        // a stuff are a rate too (decision 597).
        if r == k
            && matches!(
                unit.class,
                UnitKind::Measure | UnitKind::Time | UnitKind::Count { .. }
            )
            && let Some(per) = self.substance_rate(k)
        {
            return self.read_rate(unit, per);
        }
        if r == k
            && matches!(unit.class, UnitKind::Count { .. })
            && let Some(per) = self.participle_rate(k)
        {
            return self.read_rate(unit, per);
        }
        // "£24 a-year", "£250,000-a-week": a hyphenated rate.
        if r == k
            && let Some(found) = self.hyphenated_rate(&unit, r)
        {
            return found;
        }
        // "deaths for every 100,000 people": "for every" before a population is "per";
        // so it is after a price before a unit or a singular noun ("24p for every litre").
        let den_at = self
            .for_every_population(r)
            .or_else(|| self.price_for_every(&unit, r, k))
            .unwrap_or(r + 1);
        let rate = self.low(r) == "per"
            || den_at != r + 1
            || (self.is_sym(r, '/') && self.attached(r) && self.attached(r + 1) && r == k)
            || (matches!(self.low(r), "a" | "an")
                && words::rate_noun(self.low(r + 1))
                // "$4.1 billion a year ago": a time, not a rate.
                && !self.period_names_a_time(r + 2))
            || self.article_unit_rate(&unit, r)
            || self.price_per_article_noun(&unit, r)
            || self.each_rate(r, k)
            || self.spaced_slash_rate(r, k);
        if !rate {
            if r == k
                && let Some(found) = self.far_rate(&unit, k)
            {
                return found;
            }
            return (unit, k);
        }
        let price = matches!(unit.class, UnitKind::Currency(_));
        let time = matches!(unit.class, UnitKind::Time);
        let Some((den, end)) = self.denominator(den_at, price, time) else {
            return (unit, k);
        };
        let base = unit.name.clone();
        let (name, end) = if r == k {
            self.second_per(format!("{base} per {den}"), end)
        } else {
            (format!("{base} per {den}"), k)
        };
        (
            FoundUnit {
                name,
                class: UnitKind::Rate,
            },
            end,
        )
    }

    /// A rate hyphenated at `r`, right after the unit: "£24 a-year" (the article
    /// hyphenated to the noun), "£250,000-a-week".
    fn hyphenated_rate(&self, unit: &FoundUnit, r: usize) -> Option<(FoundUnit, usize)> {
        // "£24 a-year": a rate with its article hyphenated to the noun.
        if matches!(self.low(r), "a" | "an" | "per")
            && self.is_sym(r + 1, '-')
            && self.attached(r + 1)
            && self.attached(r + 2)
            && words::rate_noun(self.low(r + 2))
        {
            return Some(self.hyphened_rate_of(unit, r + 2));
        }
        // "£250,000-a-week": a hyphenated rate.
        if self.is_sym(r, '-')
            && self.attached(r)
            && matches!(self.low(r + 1), "a" | "an" | "per")
            && self.is_sym(r + 2, '-')
            && words::rate_noun(self.low(r + 3))
        {
            return Some(self.hyphened_rate_of(unit, r + 3));
        }
        None
    }

    /// The rate of `unit` per the period noun at `noun` (its denominator read there),
    /// ending after the noun: the one step both hyphenated forms share.
    fn hyphened_rate_of(&self, unit: &FoundUnit, noun: usize) -> (FoundUnit, usize) {
        let base = match &unit.class {
            UnitKind::Count { head } => head.clone(),
            _ => unit.name.clone(),
        };
        let name = format!("{base} per {}", self.hyphened_denominator(unit, noun));
        (
            FoundUnit {
                name,
                class: UnitKind::Rate,
            },
            noun + 1,
        )
    }

    /// The denominator of a rate at `d`: a unit ("per barrel", a mass after a price), a
    /// noun phrase (`denominator_phrase`: "per academic year") or a plain noun, singular;
    /// "per annum" is "per year" (decision 184).
    pub(super) fn denominator(&self, d: usize, price: bool, time: bool) -> Option<(String, usize)> {
        // "per common share", "per fully diluted share": the describing words are passed
        // over when a plain noun follows them (`words/denominator_modifiers.txt`).
        let mut d = d;
        while self.is_word(d)
            && words::DENOMINATOR_MODIFIERS.contains(self.low(d))
            && self.is_word(d + 1)
            && !words::is_stopword(self.low(d + 1))
        {
            d += 1;
        }
        if let Some((def, end)) = self
            .mass_after_price(d)
            .filter(|_| price)
            .or_else(|| self.mass_after_time(d).filter(|_| time))
            .or_else(|| self.unit_at(d))
        {
            return Some((def.name.clone(), end));
        }
        if let Some(found) = self
            .population_denominator(d)
            .or_else(|| self.scaled_denominator(d))
            .or_else(|| self.denominator_phrase(d))
        {
            return Some(found);
        }
        (self.is_word(d) && !words::is_stopword(self.low(d))).then(|| {
            let den = words::RATE_DENOMINATORS
                .get(self.low(d))
                .map_or_else(|| singular_noun(self.low(d)), str::to_string);
            (den, d + 1)
        })
    }

    /// Rule `article_unit_rate` (decision 745): a price, then "a" or "an" and a registry
    /// unit written in two or more words, is a rate as a one-word rate noun is ("$9,842 a
    /// metric ton", "$62 a square foot", like "$76 a barrel"); a sum of money after the
    /// article is not a denominator. A unit of one word of a dimension listed in
    /// `words/article_rate_dimensions.txt`, not one letter, is one too: "RM5.37 a kg", "$2 a
    /// km" (decision 1173).
    fn article_unit_rate(&self, unit: &FoundUnit, r: usize) -> bool {
        matches!(unit.class, UnitKind::Currency(_))
            && matches!(self.low(r), "a" | "an")
            && self.unit_at(r + 1).is_some_and(|(def, end)| {
                def.dimension != "money"
                    && (end > r + 2
                        || (words::ARTICLE_RATE_DIMENSIONS.contains(&def.dimension)
                            && self.raw(r + 1).len() >= 2))
            })
    }

    /// Rule `price_per_article_noun` (decision 1315): a price, "a" or "an" and a plain
    /// singular noun that closes the phrase (punctuation, the sentence's end, a comparative
    /// of `words/article_noun_rate_closers.txt` or a preposition) is a price per one such
    /// thing: "£1.50 a tree more" → `pound sterling per tree`, "$30 a vial, which". A
    /// stopword, a capital, a hyphen or a change noun after the article is not one
    /// ("$12, a record", "£9.49, an increase of").
    fn price_per_article_noun(&self, unit: &FoundUnit, r: usize) -> bool {
        if !matches!(unit.class, UnitKind::Currency(_)) || !matches!(self.low(r), "a" | "an") {
            return false;
        }
        let w = self.low(r + 1);
        let closes = !self.is_word(r + 2) && !self.is_sym(r + 2, '-') && !self.is_num(r + 2)
            || words::ARTICLE_NOUN_RATE_CLOSERS.contains(self.low(r + 2));
        closes
            && self.is_word(r + 1)
            && !self.capitalised(r + 1)
            && w.len() > 2
            && !words::is_stopword(w)
            && singular_noun(w) == w
            && !words::ARTICLE_NOUN_RATE_BREAKS.contains(w)
    }

    /// Rule `scaled_denominator` (decision 745): a scale word before a registry unit is
    /// part of a rate's denominator, as gas and energy prices are quoted ("$3.80 per
    /// thousand cubic feet" → `dollar per thousand cubic foot`, "per million British
    /// thermal units"); a scale word before a plain noun ("per thousand people") is not
    /// read here.
    fn scaled_denominator(&self, d: usize) -> Option<(String, usize)> {
        let scale = self.low(d);
        if !matches!(scale, "hundred" | "thousand" | "million") || !self.is_word(d) {
            return None;
        }
        let (def, end) = self.unit_at(d + 1)?;
        (def.dimension != "money").then(|| (format!("{scale} {}", def.name), end))
    }

    /// "$10 each month", "€20 every visit": "each" or "every" before a noun a rate can
    /// be counted in, right after the unit, is a rate like "a month" ("$15 each" alone
    /// is a price; "every year since" keeps its noun).
    fn each_rate(&self, r: usize, k: usize) -> bool {
        r == k
            && matches!(self.low(r), "each" | "every")
            && self.is_word(r + 1)
            && words::rate_noun(self.low(r + 1))
            && !matches!(self.low(r + 2), "since" | "until" | "till")
    }

    /// "2 million customer records stolen or lost per day", "40 trains cancelled per
    /// week": a counted noun, one or two participles (joined by "or"/"and"), then "per"
    /// and a period (decision 181). Returns where "per" stands.
    fn participle_rate(&self, k: usize) -> Option<usize> {
        let participle = |w: usize| {
            let t = self.low(w);
            self.is_word(w)
                && !self.capitalised(w)
                && ((t.len() > 4 && t.ends_with("ed")) || words::PARTICIPLES.contains(t))
        };
        if !participle(k) {
            return None;
        }
        let mut r = k + 1;
        if matches!(self.low(r), "or" | "and") && participle(r + 1) {
            r += 2;
        }
        (self.low(r) == "per" && words::rate_noun(self.low(r + 1))).then_some(r)
    }

    /// Rule `price_for_every` (decisions 1032, 1186): a price right before "for every"
    /// or "for each" ("£97 for each ticket", README eu; `words/price_for_every_words.txt`) and a
    /// registry unit that is no currency, or a plain singular noun, is a rate, "for
    /// every" read "per" (README dy's "24p for every litre" → `penny per litre`, ca's
    /// "£935 for every property" → `pound sterling per property`). A currency after it
    /// ("$1.81 for every dollar they earn", README e) and a base with a figure ("two
    /// patacas for every 240 metres", README cc) are not. Returns where the denominator
    /// starts.
    fn price_for_every(&self, unit: &FoundUnit, r: usize, k: usize) -> Option<usize> {
        if r != k
            || !matches!(unit.class, UnitKind::Currency(_))
            || self.low(r) != "for"
            || !words::PRICE_FOR_EVERY_WORDS.contains(self.low(r + 1))
        {
            return None;
        }
        let d = r + 2;
        match self.unit_at(d) {
            Some((def, _)) => (def.dimension != "money").then_some(d),
            None => self.plain_singular_word(d).then_some(d),
        }
    }

    /// Rule `converted_price_rate` (decision 1075): a sum of money converted in brackets
    /// takes the rate after the bracket when "per" opens it ("CNY 2,600 ($424.06) per
    /// kilogram" → `dollar per kilogram`, as the readable parts annotate it); after an
    /// article ("£1,200 ($1,500) a month", "9 billion shekels ($2.408 billion) a year")
    /// the conversion stays a sum, as NewsQuant dev annotates it. `k` is the ")".
    fn converted_price_rate(&self, k: usize) -> bool {
        self.low(k + 1) == "per"
    }

    /// Whether the bracket closing at `k` was opened a few tokens before it.
    fn opened_before(&self, k: usize) -> bool {
        (k.saturating_sub(12)..k)
            .rev()
            .map(|c| self.kind(c))
            .find(|t| matches!(t, Some(Kind::Sym('(' | ')'))))
            .is_some_and(|t| t == Some(Kind::Sym('(')))
    }
}
