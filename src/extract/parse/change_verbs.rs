//! The change verb or adverb governing an amount, read backwards from it: "rose 5%",
//! "fell by 3 points", "up nearly 57%", a verb and its object before "by" ("cut its
//! forecast by 2%"), an adverb of direction ("revised upward by"), and a negated verb,
//! which states no change ("did not rise above $20"). Split from `context.rs`, which
//! keeps the qualifier phrases and the sentence-level hints.

use super::context::negation_word;
use super::*;

impl<'a> SentenceReader<'a> {
    /// The index of the word a change verb would stand at for an amount starting at `at`.
    pub(super) fn verb_index(&self, at: usize) -> usize {
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

    /// The change verb or adverb governing an amount that starts at `at` (after any
    /// qualifier): "rose 5%", "fell by 3 points", "up nearly 57%".
    pub(super) fn change_before(&self, at: usize) -> Option<(bool, bool, bool)> {
        let mut k = self.past_degree_words(at);
        // "lost an average 14.9%", "cut by an estimated 11,000 tonnes", "decreased a
        // slight 0.6%", "rose an unexpectedly sharp 1.8%": the change's size described
        // between the verb and the amount.
        if let Some(article) = self.change_size_phrase(k) {
            k = article;
        }
        // "slipped by an average of £8,900", "will increase by a total of about £7.5
        // billion" ("climbing a total of 3,800m" without "by" is the total climbed, not a
        // change: decision 761).
        if k >= 3
            && self.low(k - 1) == "of"
            && matches!(self.low(k - 3), "a" | "an")
            && (self.low(k - 2) == "average"
                || (self.low(k - 2) == "total" && k >= 4 && self.low(k - 4) == "by"))
        {
            k -= 3;
        }
        // "increase their taxes by the maximum 5 per cent": the limit's article between
        // "by" and the bound (decision 761).
        if k >= 2
            && self.low(k - 1) == "the"
            && matches!(self.low(k), "maximum" | "minimum")
            && self.low(k - 2) == "by"
        {
            k -= 1;
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
            // "was also up, 5.4 percent", "were also down — 16%" (decision 919).
            if !by && let Some(c) = self.stated_change_before_comma(k - 1, at) {
                return Some((c, true, false));
            }
            // "fell the least, by 3%", "rose again, by 1.2%": a verb of change, a word or
            // two of degree, then a comma before "by" (decision 787).
            if by && self.is_sym(k - 1, ',') {
                return self.change_before_comma(k - 1).map(|c| (c, false, true));
            }
            // "cut the price of the ID.3 by 10%", "rose in 2023 by 5%": a number ends
            // the words between a verb of change and "by".
            return (by && self.is_num(k - 1))
                .then(|| self.verb_object_by(k))
                .flatten()
                .map(|c| (c, false, true));
        }
        // "making up nearly 5pc", "cough up more than £251", "racked up 150 goals": "up"
        // is the particle of a verb of forming, paying or piling up, not a rise
        // (`words/up_particle_verbs.txt`, decision 709).
        if w == "up" && k >= 2 && words::UP_PARTICLE_VERBS.contains(self.low(k - 2)) {
            return None;
        }
        if self.imperative_add(k - 1) {
            return None;
        }
        // "did not rise above $20", "is not expected to fall below 3,000", "did not grow
        // 5%": a negated verb states no change (rule `negated_change_verb`); "did not
        // rise by more than 3%", "did not fall more than 2%" still bound the size of one.
        let size_bound = matches!(self.low(at), "more" | "less" | "fewer" | "as");
        if !by && !size_bound && self.verb_negated(k - 1) {
            return None;
        }
        if let Some(c) = words::change_word(w) {
            if c && !by && self.height_after(at) {
                return None;
            }
            return Some((c, matches!(w, "up" | "down"), by));
        }
        if by && let Some(c) = self.direction_by(k - 1) {
            return Some((c, false, true));
        }
        if self.improves_share(w, at) {
            return Some((true, false, by));
        }
        // "jobs to expand by 490,000", "was raised by 25 basis points": a verb of change
        // of an object, its object before it.
        if by && let Some(c) = words::change_verb_with_object(w) {
            return Some((c, false, true));
        }
        if by {
            // "also rose, collectively by 85%": an adverb in "-ly" after the comma.
            if w.ends_with("ly")
                && k >= 3
                && self.is_sym(k - 2, ',')
                && let Some(c) = self.change_before_comma(k - 2)
            {
                return Some((c, false, true));
            }
            return self.verb_object_by(k - 1).map(|c| (c, false, true));
        }
        None
    }

    /// Where the words of degree right before an amount at `at` begin ("just", "only",
    /// "another", "further", "some"): "rose just 2%". A size adjective after its article
    /// ("rose by a further 2%") is left for `change_size_phrase`, which reads it whole
    /// (decision 1131).
    fn past_degree_words(&self, at: usize) -> usize {
        let mut k = at;
        while k > 0
            && matches!(
                self.low(k - 1),
                "just" | "only" | "another" | "further" | "some"
            )
            && self.change_size_phrase(k).is_none()
        {
            k -= 1;
        }
        k
    }

    /// Where "a"/"an" opens a description of a change's size that ends right before `at`:
    /// a size adjective ("a slight", "an average", "a smaller"), after an adverb in "-ly"
    /// ("an unexpectedly sharp"). The adjectives are `words/change_size_adjectives.txt`.
    /// "grew on average 2.7% annually": the size called an average (decision 1128).
    fn change_size_phrase(&self, at: usize) -> Option<usize> {
        if at >= 3 && self.low(at - 1) == "average" && self.low(at - 2) == "on" {
            return Some(at - 2);
        }
        if at < 2 || !words::CHANGE_SIZE_ADJECTIVES.contains(self.low(at - 1)) {
            return None;
        }
        let mut k = at - 1;
        // "an unexpectedly sharp", "a relatively modest": an adverb of degree first;
        // "a more modest", "an even bigger" too (decision 895).
        if k >= 2
            && self.is_word(k - 1)
            && (self.low(k - 1).ends_with("ly")
                || matches!(self.low(k - 1), "more" | "less" | "much" | "even" | "far"))
        {
            k -= 1;
        }
        (k >= 1 && matches!(self.low(k - 1), "a" | "an")).then(|| k - 1)
    }

    /// "raised its main rate by 25 basis points", "cut the forecast by half a point",
    /// "increased its full-year revenue forecast by $1.3 billion", "cut its sales forecast
    /// for the third time this year by 2%": a verb of change, its object (at most twelve
    /// tokens), then "by" at `by`. Numbers inside the object ("cut
    /// CO2 emissions by", "slashed prices across 9 models by", "the ID.3 by") and hyphens
    /// inside its words ("full-year", "second-quarter") are stepped over; "to", "and", "which",
    /// "was" and the like end the search, and "that" unless a period follows it ("in that
    /// time").
    fn verb_object_by(&self, by: usize) -> Option<bool> {
        let mut v = by;
        for _ in 0..12 {
            if v > 1 && self.is_num(v - 1) && self.is_word(v - 2) {
                v -= 1;
            }
            // "the ID.3 by": a dotted model name in the object.
            if v > 2
                && self.is_num(v - 1)
                && self.is_sym(v - 2, '.')
                && self.attached(v - 1)
                && self.attached(v - 2)
                && self.is_word(v - 3)
            {
                v -= 2;
            }
            if v > 1 && self.is_sym(v - 1, '-') && self.attached(v - 1) && self.is_word(v - 2) {
                v -= 1;
            }
            v -= self.hyphened_code_before(v);
            v = self.object_punctuation(v).unwrap_or(v);
            if v == 0 || !self.is_word(v - 1) {
                return None;
            }
            v -= 1;
            let w = self.low(v);
            // "rose in both England and Wales by 4.1%": "and" between two names is
            // inside the object, not a new clause (rule `names_joined_by_and`).
            if w == "and" && self.names_joined_by_and(v) {
                continue;
            }
            // "increased in that time by 2 percent": "that" before a period is no clause.
            let that_period = w == "that"
                && (matches!(self.low(v + 1), "time" | "period")
                    || words::PERIOD_NOUNS.contains(self.low(v + 1)));
            if matches!(
                w,
                "by" | "to" | "and" | "but" | "which" | "that" | "was" | "were"
            ) && !that_period
            {
                return None;
            }
            if let Some(c) = words::change_word(w).or_else(|| words::change_verb_with_object(w)) {
                // "pushing up the price of a chocolate bar by 50p", "drove down costs by
                // 9%": "up" or "down" after a verb of pushing is the change (decision 787).
                let particle = matches!(w, "up" | "down");
                let pushed = particle
                    && v > 0
                    && self.is_word(v - 1)
                    && words::PUSH_PARTICLE_VERBS.contains(self.low(v - 1));
                return (!particle || pushed).then_some(c);
            }
        }
        None
    }

    /// Rule `hyphened_code_before` (decision 1414): "cut the risk of COVID-19 by 77%",
    /// "lowered levels of PM-10 by 30%": a name whose number is hyphened to its letters,
    /// right before `v` inside a verb's object, is stepped over as one word (the number
    /// and its hyphen, 2 tokens); 0 when none ends there.
    fn hyphened_code_before(&self, v: usize) -> usize {
        let code = v > 2
            && self.is_num(v - 1)
            && self.is_sym(v - 2, '-')
            && self.attached(v - 1)
            && self.attached(v - 2)
            && self.is_word(v - 3);
        if code { 2 } else { 0 }
    }

    /// Where the words of a verb's object resume before punctuation the object holds,
    /// read backwards from `v` (the token after it): a bracketed abbreviation after its
    /// words ("expand liquefied natural gas (LNG) production by 43%") or the apostrophe
    /// of a plural possessive ("raised employees’ hourly wages by 40%"). Decision 1415.
    fn object_punctuation(&self, v: usize) -> Option<usize> {
        // "gas (LNG)": "(", two or more capitals, ")" after a word.
        let bracketed = v >= 4
            && self.is_sym(v - 1, ')')
            && self.is_word(v - 2)
            && self.raw(v - 2).len() >= 2
            && self.raw(v - 2).chars().all(|c| c.is_ascii_uppercase())
            && self.is_sym(v - 3, '(')
            && self.is_word(v - 4);
        if bracketed {
            return Some(v - 3);
        }
        // "employees’", "residents'": an apostrophe glued to a plural in "s".
        let possessive = v >= 2
            && (self.is_sym(v - 1, '’') || self.is_sym(v - 1, '\''))
            && self.attached(v - 1)
            && self.is_word(v - 2)
            && self.low(v - 2).ends_with('s');
        possessive.then(|| v - 1)
    }

    /// Whether "and" at `k` joins two names inside a verb's object, both written with a
    /// capital ("in both England and Wales", "at Tesco and Asda"): then it opens no
    /// clause. Decision 1415.
    fn names_joined_by_and(&self, k: usize) -> bool {
        k >= 1 && self.capitalised(k - 1) && self.capitalised(k + 1)
    }

    /// "revised upward by four bushels per acre", "rocketed higher by 77.1%": an adverb of
    /// direction at `adv` (`words/direction_adverbs.txt`) after a verb that moves a figure
    /// (`words/direction_verbs.txt`) or a verb of change, before "by": the amount is a
    /// change that way. "were 3% higher" (no verb of moving) stays a comparison.
    fn direction_by(&self, adv: usize) -> Option<bool> {
        let c = words::direction_adverb(self.low(adv))?;
        if adv == 0 || !self.is_word(adv - 1) {
            return None;
        }
        let v = self.low(adv - 1);
        let moves = words::DIRECTION_VERBS.contains(v)
            || (!matches!(v, "up" | "down") && words::change_word(v).is_some());
        moves.then_some(c)
    }

    /// Whether a negation governs the verb at `v`: "did not rise", "hasn't fallen", "is
    /// not expected to climb", "never rose", across only the auxiliaries and verbs of
    /// expecting of `words/negated_verb_links.txt`, so "did not stop prices rising" and
    /// "not only rose" keep their change.
    pub(super) fn verb_negated(&self, v: usize) -> bool {
        for k in self.words_back(v, 4) {
            let w = self.low(k);
            if negation_word(w) {
                return true;
            }
            if !words::NEGATED_VERB_LINKS.contains(w) {
                return false;
            }
        }
        false
    }

    /// "Add 200 g of flour", "then add 2 cups": "add" as an instruction (opening the
    /// sentence or after "then") puts an amount in; it is no rise.
    fn imperative_add(&self, v: usize) -> bool {
        self.low(v) == "add" && (v == 0 || self.low(v - 1) == "then")
    }

    /// Whether the verb `w` (before "by" or right before the amount) is "improve" and the
    /// amount at `at` a share: "will improve by 3 to 3.5%" (decision 1038), "improved 16
    /// percent from 2000 to 2009" (decision 1080) are rises of a share.
    fn improves_share(&self, w: &str, at: usize) -> bool {
        matches!(w, "improve" | "improved" | "improves" | "improving") && self.share_at(at)
    }

    /// Whether the amount starting at `at` is a share: its figures ("3", "3 to 3.5", "2-3")
    /// end in "%", "percent", "per cent" or "percentage points".
    fn share_at(&self, at: usize) -> bool {
        (at..self.n().min(at + 6))
            .find(|&j| !(self.is_num(j) || self.is_sym(j, '-') || self.low(j) == "to"))
            .is_some_and(|j| {
                self.is_sym(j, '%')
                    || matches!(self.low(j), "percent" | "percentage" | "pc" | "pct")
                    || (self.low(j) == "per" && self.low(j + 1) == "cent")
            })
    }
}
