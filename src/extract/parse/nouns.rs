//! Counted nouns: the noun phrase after a number ("Russian troops"), plural detection,
//! and the plural subject of a clause that a bare count belongs to.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The counted noun a bare level or change belongs to: the plural subject of the
    /// change verb before `at` in the same clause ("daily active users rose 13% to 212m",
    /// "births dropped 5.6% to 727,277", "downloads topped 100 million").
    pub(super) fn clause_subject_phrase(&self, at: usize) -> Option<FoundUnit> {
        let mut k = at;
        // "cases have topped 1,200": a verb of level read as the figure's qualifier.
        let mut verb =
            (self.is_word(at) && words::LEVEL_VERBS.contains(self.low(at))).then_some(at);
        while verb.is_none() && k > 0 && at - k < 12 {
            k -= 1;
            if matches!(
                self.kind(k),
                Some(Kind::Sym(',' | ';' | '(' | ')' | ':' | '–' | '—'))
            ) {
                return None;
            }
            let w = self.low(k);
            if self.is_word(k)
                && (words::change_word(w).is_some()
                    || words::LEVEL_VERBS.contains(w)
                    || (words::change_verb_with_object(w).is_some() && self.low(k + 1) == "by"))
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
        // An infinitive: "jobs are expected to rise", "forecast jobs to expand".
        let mut raised = false;
        if e >= 2 && self.low(e - 1) == "to" {
            if words::EXPECT_WORDS.contains(self.low(e - 2)) {
                e -= 2;
                if e > 0 && matches!(self.low(e - 1), "are" | "is" | "were" | "was" | "be") {
                    e -= 1;
                }
            } else {
                e -= 1;
                raised = true;
            }
        }
        if e == 0 || !self.is_word(e - 1) {
            return None;
        }
        // "forecast jobs to expand": the noun is the object of a verb of expectation.
        // "the number of boats working the slicks rose to 18", "the price of the shares
        // rose": a noun after a determiner that follows a participle or a preposition
        // ends a longer subject, whose head it is not (decision 183).
        let expected_before = |s: usize| {
            let inside = s >= 2
                && matches!(self.low(s - 1), "the" | "a" | "an" | "its" | "their")
                && self.is_word(s - 2)
                && !self.capitalised(s - 2)
                && (self.low(s - 2).ends_with("ing")
                    || matches!(
                        self.low(s - 2),
                        "of" | "in" | "at" | "on" | "for" | "from" | "with" | "into" | "among"
                    ));
            !inside && (!raised || (s > 0 && words::EXPECT_WORDS.contains(self.low(s - 1))))
        };
        self.subject_noun_ending(e, &expected_before).or_else(|| {
            (!raised)
                .then(|| self.subject_past_phrases(e, at))
                .flatten()
        })
    }

    /// The counted noun of the noun phrase ending right before `e` (up to three words, a
    /// reporting verb ending it: "Figures show knife attacks"), when `fits` accepts where
    /// it starts; or a counting noun opening the sentence (`opening_count_noun`).
    pub(super) fn subject_noun_ending(
        &self,
        e: usize,
        fits: &dyn Fn(usize) -> bool,
    ) -> Option<FoundUnit> {
        let mut start = e - 1;
        while start > 0
            && e - start < 3
            && self.is_word(start - 1)
            && !self.capitalised(start - 1)
            && !words::is_stopword(self.low(start - 1))
            && !self.low(start - 1).ends_with("'s")
            && self.unit_at(start - 1).is_none()
            && !self.reporting_verb_at(start - 1)
        {
            start -= 1;
        }
        while start < e - 1 {
            if let Some((u, end)) = self.noun_phrase(start, false)
                && end == e
                && matches!(u.class, UnitKind::Count { .. })
                && fits(start)
            {
                return Some(self.with_opening_modifier(start, u));
            }
            start += 1;
        }
        self.noun_phrase(e - 1, false)
            .filter(|(u, end)| *end == e && matches!(u.class, UnitKind::Count { .. }))
            .filter(|_| fits(e - 1))
            .map(|(u, _)| self.with_opening_modifier(e - 1, u))
            .or_else(|| self.opening_count_noun(e - 1).filter(|_| fits(e - 1)))
    }

    /// "bringing the national total to 14", "taking its tally for the year to 203": whether
    /// the figure starting at `first` is the level a running total is taken to — "to"
    /// right before it, a phrase naming a total or tally before that, and a verb of
    /// taking or bringing opening the phrase (at most eight words, no punctuation but a
    /// hyphen: "the year-to-date total"). A total that names what it counts ("the total
    /// number of deaths", "total sales", "its tally of votes") is not one: only "to" or a
    /// phrase of time may follow the total's noun (`words/running_total_after.txt`).
    pub(super) fn running_total_at(&self, first: usize) -> bool {
        if first < 3 || self.low(first - 1) != "to" {
            return false;
        }
        let mut total = false;
        let mut k = first - 1;
        while k > 0 && first - k < 10 {
            k -= 1;
            if !self.is_word(k) && !self.is_sym(k, '-') {
                return false;
            }
            let w = self.low(k);
            if words::RUNNING_TOTAL_NOUNS.contains(w) {
                let next = self.low(k + 1);
                total = total || next == "to" || words::RUNNING_TOTAL_AFTER.contains(next);
            } else if words::RUNNING_TOTAL_VERBS.contains(w) {
                return total;
            }
        }
        false
    }

    /// "well above the 200,000 economists had expected", "beating the 205m analysts had
    /// pencilled in": whether the figure from `first` to `end` is what the people after it
    /// expected — "the" before it, a plural of expectation holders after it
    /// (`words/expectation_holders.txt`), then a verb of expecting, "had" or "were" allowed
    /// before it and "in" after (`words/expectation_verbs.txt`), then no object: a sign or
    /// the sentence's end. The figure counts no analysts (decision 232).
    pub(super) fn expected_by_holders(&self, first: usize, end: usize) -> bool {
        if first == 0
            || self.low(first - 1) != "the"
            || !self.is_word(end)
            || !words::EXPECTATION_HOLDERS.contains(self.low(end))
        {
            return false;
        }
        let mut k = end + 1;
        if matches!(self.low(k), "had" | "have" | "were" | "are") {
            k += 1;
        }
        if !self.is_word(k) || !words::EXPECTATION_VERBS.contains(self.low(k)) {
            return false;
        }
        k += 1;
        if self.low(k) == "in" {
            k += 1;
        }
        k >= self.n() || !self.is_word(k)
    }

    /// "a 12 page report", "a 5 star hotel": a number after a determiner and before a
    /// singular noun that itself modifies a head noun counts that first noun (the
    /// number cannot count the head: a plural would follow a number above one).
    pub(super) fn modifier_noun(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        let det = self.low(a.first.checked_sub(1)?);
        if !is_whole_count(a) || !words::MODIFIER_DETERMINERS.contains(det) || self.attached(j) {
            return None;
        }
        let plain = |k: usize| {
            let w = self.low(k);
            self.is_word(k)
                && !self.capitalised(k)
                && w.len() > 1
                && !words::is_stopword(w)
                && !w.ends_with("ly")
                && number::small_number_word(w).is_none()
                && number::scale_word(w).is_none()
        };
        let w = self.low(j);
        if !plain(j)
            || !plain(j + 1)
            || self.looks_plural(w, false)
            || (w.ends_with("ed") && !words::NOUNS_IN_ED.contains(w))
            || w.ends_with("ing")
            || words::NOT_MODIFIER_NOUNS.contains(w)
        {
            return None;
        }
        let head = w.to_string();
        Some((FoundUnit::count(head), j + 1))
    }

    /// "eight million 250ml bottles", "three 5-star hotels": a number with its own
    /// unit or hyphenated noun stands between a count and the plural noun it counts.
    /// The mention ends before the modifier, which is read as a mention of its own.
    pub(super) fn noun_after_modifier(&self, j: usize, a: &Amt) -> Option<FoundUnit> {
        if !self.is_num(j)
            || self.attached(j)
            || a.cur.is_some()
            || a.fraction
            || a.value < 2.0
            || is_year(a)
        {
            return None;
        }
        let after = if self.attached(j + 1) && self.is_word(j + 1) {
            // "250ml": a unit glued to the number.
            self.unit_at(j + 1).map(|(_, e)| e)?
        } else if self.is_sym(j + 1, '-') && self.attached(j + 1) && self.attached(j + 2) {
            // "5-star", "40-year-old".
            self.hyphen_unit(j + 2).map(|(_, e)| e)?
        } else {
            return None;
        };
        // `rate_after_modified_noun` (decision 392): the counted noun keeps a rate after
        // it, "six million 330ml cans a week" is `can per week`.
        match self.noun_phrase(after, false) {
            Some((u, e)) if matches!(u.class, UnitKind::Count { .. }) => {
                Some(self.read_rate(u, e).0)
            }
            _ => None,
        }
    }

    /// Whether a counted noun (not a unit) starts at `k`: "330m monthly users".
    pub(super) fn counted_after(&self, k: usize) -> bool {
        self.is_word(k)
            && (!self.capitalised(k) || self.acronym_plural(k))
            && !words::is_stopword(self.low(k))
            && self.unit_at(k).is_none()
            && self.noun_phrase(k, false).is_some()
    }

    /// A counted noun phrase at `j`: modifiers and a plural head ("Russian troops",
    /// "first-team players", "heart transplants"), or one singular noun after "one".
    pub(super) fn noun_phrase(&self, j: usize, single: bool) -> Option<(FoundUnit, usize)> {
        let j = self.past_dotted_abbreviation(j);
        let words = self.phrase_words(j, single);
        if words.is_empty() {
            return None;
        }
        if single {
            return self.single_phrase(&words);
        }
        let text_of = |(a, b): (usize, usize)| -> &'a str {
            &self.text[self.toks[a].start..self.toks[b - 1].end]
        };
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
            // "a family of four costs £48": a sum right after it is the verb's object
            // (decision 595).
            let noun_verb = !cap
                && words::noun_verb_plural(w)
                && !self.is_num(b)
                && !object_follows
                && self.currency_from(b).is_none();
            // "2.5m EVs", "19 Tory MPs": an acronym plural heads the phrase as it is.
            if b == a + 1 && self.acronym_plural(a) {
                let r = self.raw(a);
                // "14 rushing TDs": a counted statistic's abbreviation is named in full.
                let head = match self.unit_at(a) {
                    Some((def, e)) if e == b && def.dimension == "sports-statistic" => {
                        def.name.clone()
                    }
                    _ => r[..r.len() - 1].to_string(),
                };
                let mut name = String::new();
                for &r in &words[..n] {
                    name.push_str(text_of(r));
                    name.push(' ');
                }
                name.push_str(&head);
                return Some((
                    FoundUnit {
                        name,
                        class: UnitKind::Count {
                            head: head.to_lowercase(),
                        },
                    },
                    b,
                ));
            }
            if (self.looks_plural(w, cap) || noun_verb)
                && !self.modifies_later_head(w, &words[n + 1..])
            {
                // A unit word as the head: "517 rushing yards"; but "five break points"
                // counts a kind of its own (words/unit_kind_modifiers.txt).
                if let Some((def, _)) = self.unit_at(b - 1)
                    && let unit = Self::unit_of(def)
                    && matches!(unit.class, UnitKind::Measure | UnitKind::Time)
                    && !(n > 0 && words::UNIT_KIND_MODIFIERS.contains(self.low(words[n - 1].0)))
                {
                    return Some((unit, b));
                }
                let head = singular_noun(w);
                let mut name = String::new();
                for &r in &words[self.descriptive_lead(&words[..n])..n] {
                    let t = text_of(r);
                    match words::superlative_base(t) {
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
                // "homes and businesses", "police, soldiers and civilians": plurals
                // joined by "and" or a comma list (decisions 612, 637).
                let mut end = b;
                if let Some((joined, e)) = self.joined_head(b) {
                    name.push_str(&joined);
                    end = e;
                }
                return Some((
                    FoundUnit {
                        name,
                        class: UnitKind::Count { head },
                    },
                    end,
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
                    && !words::noun_verb_plural(self.low(c))
            }) || self.participle_before_compound(&words, n);
            if (w.ends_with("ed") && b == a + 1 && !participle_adjective)
                || (w.ends_with("ly") && !words::LY_ADJECTIVES.contains(w))
            {
                return None;
            }
        }
        None
    }

    /// "1024 Stream Processors", "arrested 12 Suspects", "40 Full-Time Employees": a run of
    /// one to three words in title case ending in a plural, after a number that follows a
    /// lower-case word or a comma, is the counted noun (decision 180). A capitalised word
    /// after the run makes it a name ("3 Doors Down"), as does a capital before the number
    /// ("Apollo 11 Astronauts": `integer_before_name` keeps such names out). The name is
    /// written in lower case, as "Americans" is.
    pub(super) fn title_case_count(&self, j: usize, amt: &Amt) -> Option<(FoundUnit, usize)> {
        if self.caseless || amt.words || amt.first == 0 {
            return None;
        }
        let p = amt.first - 1;
        if !((self.is_word(p) && !self.has_upper(p)) || self.is_sym(p, ',')) {
            return None;
        }
        let title = |k: usize| {
            self.capitalised(k)
                && self.raw(k).chars().skip(1).all(|c| c.is_lowercase())
                && !words::is_stopword(self.low(k))
                && self.month_at(k).is_none()
                && !words::weekday(self.low(k))
        };
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut k = j;
        while run.len() < 4 && title(k) {
            let mut e = k + 1;
            while self.is_sym(e, '-') && self.attached(e) && self.attached(e + 1) && title(e + 1) {
                e += 2;
            }
            run.push((k, e));
            k = e;
        }
        let &(a, b) = run.last()?;
        let w = self.low(b - 1);
        if run.len() > 3 || self.has_upper(k) || !self.looks_plural(w, false) {
            return None;
        }
        let mut name = String::new();
        for &(c, d) in &run[..run.len() - 1] {
            name.push_str(&self.text[self.toks[c].start..self.toks[d - 1].end].to_lowercase());
            name.push(' ');
        }
        if b > a + 1 {
            name.push_str(&self.text[self.toks[a].start..self.toks[b - 1].start].to_lowercase());
        }
        let head = singular_noun(w);
        name.push_str(&head);
        Some((
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            b,
        ))
    }

    /// "six U.S. commercial satellites", "400+ U.S. metro areas": a dotted abbreviation
    /// of single capitals ("U.S.", "U.K.") before a lower-case word names a place, not
    /// the kind counted; the phrase starts after it (decision 141). Returns `j` when
    /// there is none.
    fn past_dotted_abbreviation(&self, j: usize) -> usize {
        let mut k = j;
        while k + 1 < self.n()
            && self.is_word(k)
            && self.raw(k).len() == 1
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase())
            && self.is_sym(k + 1, '.')
            && self.attached(k + 1)
            && (k == j || self.attached(k))
        {
            k += 2;
        }
        if k >= j + 4 && self.is_word(k) && !self.capitalised(k) {
            k
        } else {
            j
        }
    }

    /// Whether a plural-looking `w` modifies a later plural head among `rest` (the words
    /// after it): a noun whose plural is its singular ("680 aircraft maintenance
    /// engineers") or a plural-form modifier ("3 sports cars", "two savings accounts").
    /// How many modifiers at the start of a counted noun's phrase describe it without
    /// naming a kind, and are left out of the unit: hyphenated participles ("2,082
    /// lab-confirmed flu patients" is a count of flu patients; decision 215) and plain
    /// adjectives of strength, condition, separateness or addition ("two strong
    /// aftershocks", "3 separate leaks", "two additional riders", "12 empty and separate
    /// tanks"; words/descriptive_adjectives.txt, decision 558). A bare
    /// participle stays ("300 recorded songs", "5 confirmed cases"), as do the words dev
    /// keeps ("four different bosses", "the top three seeds", "two new 737 Max jets").
    fn descriptive_lead(&self, modifiers: &[(usize, usize)]) -> usize {
        modifiers
            .iter()
            .take_while(|&&(a, b)| {
                if b > a + 1 {
                    words::DESCRIPTIVE_PARTICIPLES.contains(self.low(b - 1))
                } else {
                    !self.capitalised(a) && words::DESCRIPTIVE_ADJECTIVES.contains(self.low(a))
                }
            })
            .count()
    }

    fn modifies_later_head(&self, w: &str, rest: &[(usize, usize)]) -> bool {
        let plural_word = |&(c, d): &(usize, usize)| {
            d == c + 1 && !self.capitalised(c) && self.looks_plural(self.low(c), false)
        };
        // "28,954 people received organ transplants": not across a verb (decision 645).
        let verb_next = rest
            .first()
            .is_some_and(|&(c, d)| d == c + 1 && self.past_verb_at(c));
        (words::irregular_plural(w) == Some(w) && !verb_next && rest.iter().any(plural_word))
            || (words::PLURAL_MODIFIERS.contains(w) && rest.first().is_some_and(plural_word))
    }

    /// The words of a noun phrase at `j` as token ranges (hyphenated words whole): up to
    /// four, coordinated modifiers passed over ("digital and physical sales").
    fn phrase_words(&self, j: usize, single: bool) -> Vec<(usize, usize)> {
        let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges of words (with hyphens)
        let mut k = j;
        while k < self.n() && words.len() < 4 {
            if !self.is_word(k) {
                break;
            }
            let w = self.low(k);
            // "40 mostly elderly residents": an adverb of degree before a modifier;
            // `adverb_before_participle` (decision 391): "14 badly injured people",
            // "1,200 privately owned wells", an adverb in -ly before a participle in -ed.
            let participle = |i: usize| self.low(i).len() > 4 && self.low(i).ends_with("ed");
            if (words::DEGREE_ADVERBS.contains(w) || (w.ends_with("ly") && participle(k + 1)))
                && !single
                && self.is_word(k + 1)
                && !words::is_stopword(self.low(k + 1))
                && !self.looks_plural(self.low(k + 1), self.capitalised(k + 1))
            {
                k += 1;
                continue;
            }
            // Coordinated modifiers: "digital and physical sales", "Kia and Hyundai
            // vehicles". The conjunction is left out of the name.
            if matches!(w, "and" | "or")
                && !single
                && !words.is_empty()
                && self.is_word(k + 1)
                && !words::is_stopword(self.low(k + 1))
                && number::small_number_word(self.low(k + 1)).is_none()
                && !self.looks_plural(self.low(k - 1), self.capitalised(k - 1))
            {
                k += 1;
                continue;
            }
            if (words::is_stopword(w) && !self.hyphen_modifier_opener(k))
                || (number::small_number_word(w).is_some() && !self.number_word_compound(k))
                || number::scale_word(w).is_some()
                || words::weekday(w)
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
            e = self.past_version_number(k, e);
            words.push((k, e));
            k = e;
        }
        words
    }

    /// "14 eight-thousanders", "three two-seaters": a number word hyphened to one plural
    /// noun is a noun of its own, not a second count (decision 510).
    fn number_word_compound(&self, k: usize) -> bool {
        let head = k + 2;
        self.is_sym(k + 1, '-')
            && self.attached(k + 1)
            && self.attached(head)
            && self.is_word(head)
            && !(self.is_sym(head + 1, '-') && self.attached(head + 1))
            && self.looks_plural(self.low(head), false)
            && self.unit_at(head).is_none()
    }

    /// "two USB 3.0 ports", "four HDMI 2.1 inputs": a name in capitals and its version
    /// number (a decimal, apart from it) modify the noun after them as one word. Returns
    /// `e`, the end of the word at `k`, past the number when there is one.
    fn past_version_number(&self, k: usize, e: usize) -> usize {
        let caps = e == k + 1
            && self.raw(k).len() >= 2
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase());
        if caps
            && self.is_num(e)
            && !self.attached(e)
            && self.raw(e).contains('.')
            && self.is_word(e + 1)
            && !self.attached(e + 1)
            && !words::is_stopword(self.low(e + 1))
        {
            e + 1
        } else {
            e
        }
    }

    /// The singular noun phrase after "one" (decision 140): "one solution", "one concept
    /// demonstration satellite", "One large scale wind turbine has". Modifiers are kept,
    /// as for any count ("five new seasons" → `new season`, NewsQuant dev); the phrase
    /// runs over plain lower-case words and ends at its head only where a clear boundary
    /// follows (a stopword, a sign, a verb in -s, -ed or -ing, a word of
    /// `words/not_phrase_heads.txt`: "one notch above junk"); else the first word alone.
    fn single_phrase(&self, words: &[(usize, usize)]) -> Option<(FoundUnit, usize)> {
        let first = self.single_noun(words[0])?;
        let possessive = |k: usize| self.low(k).ends_with("'s") || self.low(k).ends_with("’s");
        if possessive(words[0].1 - 1) {
            return Some(first);
        }
        let plain = |&(c, d): &(usize, usize)| {
            let w = self.low(d - 1);
            !self.capitalised(c)
                && !possessive(d - 1)
                && w.len() > 1
                && !w.ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && (!w.ends_with("ly") || words::LY_ADJECTIVES.contains(w))
                && !words::NOT_PHRASE_HEADS.contains(w)
        };
        let mut run = words[1..].iter().take_while(|r| plain(r)).count();
        // "one wind farm's output": a possessive is the head and ends the phrase.
        let owner = words
            .get(run + 1)
            .is_some_and(|&(c, d)| d == c + 1 && possessive(c) && !self.capitalised(c));
        if owner {
            run += 1;
        }
        if run == 0 {
            return Some(first);
        }
        let (a, b) = (words[0].0, words[run].1);
        let boundary = owner
            || match words.get(run + 1) {
                Some(&(c, d)) => {
                    let w = self.low(d - 1);
                    words::NOT_PHRASE_HEADS.contains(w)
                        || (!self.capitalised(c)
                            && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing")))
                }
                None => !self.is_word(b) || words::is_stopword(self.low(b)),
            };
        if !boundary {
            return Some(first);
        }
        if let Some(found) = self.single_unit_head(words[run - 1].0, b) {
            return Some(found);
        }
        let last = self.low(b - 1);
        let head = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last)
            .to_string();
        let name = format!(
            "{}{head}",
            &self.text[self.toks[a].start..self.toks[b - 1].start]
        );
        Some((
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            b,
        ))
    }

    /// One singular noun after "one" ("one solution"), not a plural nor an adverb.
    fn single_noun(&self, (a, b): (usize, usize)) -> Option<(FoundUnit, usize)> {
        if self.capitalised(a) || b > a + 1 {
            return None;
        }
        // "one day's rain", "one month’s rent": the possessive counts its noun.
        let w = self.low(a);
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if w.len() < 3
            || w.ends_with("ly")
            || words::false_plural(w)
            || matches!(w, "shy" | "short" | "clear" | "adrift" | "better" | "worse")
        {
            return None;
        }
        // A plural right after "one" is not its noun ("one thinks", "one says").
        if w.ends_with('s') && !w.ends_with("ss") {
            return None;
        }
        let head = w.to_string();
        Some((FoundUnit::count(head), b))
    }

    /// Whether `w` (lower-cased) reads as a plural noun that can head a counted noun
    /// phrase; capitalised words only as demonyms ("Americans").
    pub(super) fn looks_plural(&self, w: &str, cap: bool) -> bool {
        let plural = words::irregular_plural(w).is_some()
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
                && !words::false_plural(w));
        plural && (!cap || w.ends_with("ans"))
    }

    /// "EVs", "MPs", "SUVs": an acronym with a plural "s".
    pub(super) fn acronym_plural(&self, k: usize) -> bool {
        let r = self.raw(k);
        r.len() >= 3 && r.ends_with('s') && r[..r.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    }
}
