//! A clause's subject whose plural head stands before prepositional phrases ("Car thefts
//! in the county fell by 1,200", "layoffs at the social media firm now total 11,000",
//! "Thefts from parked cars across the district climbed by 310"), and a reporting verb
//! that ends a subject's modifiers ("Figures show knife attacks rose to 4,100": `knife
//! attack`, not `show knife attack`). Decisions 590 and 591.

use super::*;

/// Words a phrase after the subject's head may hold besides its preposition: at most this
/// many ("in the Greater London area").
const PHRASE_WORDS: usize = 4;

/// Phrases stepped back over at most ("Thefts from parked cars across the district").
const MAX_PHRASES: usize = 3;

impl<'a> SentenceReader<'a> {
    /// The counted noun of a subject whose phrase right before the verb at `e` is opened
    /// by a preposition (`words/subject_prepositions.txt`; "on" is not one: "the ships on
    /// order"): back over each such phrase to the head before the first. Only that head
    /// counts: "the number of applicants to higher education" names a number, and "the
    /// number waiting 12 hours in emergency departments in England" does not count
    /// departments. A plural opening the sentence heads it when the phrase begins in lower
    /// case ("Burglaries in the borough"); names before a phrase stay out ("Jones at the
    /// club"). A word opening a new clause between the verb and the figure at `at`
    /// (`words/subject_clause_breaks.txt`) leaves the figure to that clause.
    pub(super) fn subject_past_phrases(&self, e: usize, at: usize) -> Option<FoundUnit> {
        if e == 0
            || words::is_stopword(self.low(e - 1))
            || (e..at).any(|k| words::SUBJECT_CLAUSE_BREAKS.contains(self.low(k)))
        {
            return None;
        }
        let mut head_end = None;
        let mut end = e;
        for _ in 0..MAX_PHRASES {
            let Some(p) = self.phrase_opened_before(end) else {
                break;
            };
            head_end = Some(p);
            end = p;
        }
        let p = head_end?;
        if p == 0 || !self.is_word(p - 1) || words::is_stopword(self.low(p - 1)) {
            return None;
        }
        // "the number of applicants to higher education", "sales of new single-family
        // homes in": a noun phrase after "of" or another preposition is not the subject's
        // head, wherever in it the counted noun starts.
        let fits = |s: usize| {
            let mut b = s;
            while b > 0
                && s - b < 3
                && self.is_word(b - 1)
                && !self.capitalised(b - 1)
                && !words::is_stopword(self.low(b - 1))
            {
                b -= 1;
            }
            if b >= 1 && matches!(self.low(b - 1), "the" | "a" | "an" | "its" | "their") {
                b -= 1;
            }
            b == 0
                || !(self.low(b - 1) == "of"
                    || words::SUBJECT_PREPOSITIONS.contains(self.low(b - 1)))
        };
        self.subject_noun_ending(p, &fits)
            .or_else(|| self.opening_plural_before(p))
    }

    /// Where a prepositional phrase ending right before `end` begins: a word of
    /// `words/subject_prepositions.txt` followed by one to `PHRASE_WORDS` words, none a
    /// number, a sign or a verb of change or level.
    fn phrase_opened_before(&self, end: usize) -> Option<usize> {
        let mut k = end;
        if end == 0 || words::is_stopword(self.low(end - 1)) {
            return None;
        }
        while k > 0 && end - k <= PHRASE_WORDS {
            k -= 1;
            if !self.is_word(k) || self.is_num(k) {
                return None;
            }
            let w = self.low(k);
            if k + 1 < end && words::SUBJECT_PREPOSITIONS.contains(w) {
                return Some(k);
            }
            if words::change_word(w).is_some() || words::LEVEL_VERBS.contains(w) {
                return None;
            }
        }
        None
    }

    /// "Burglaries in the borough fell": a plural in title case opening the sentence, the
    /// phrase at `p` going on in lower case, counts that noun.
    fn opening_plural_before(&self, p: usize) -> Option<FoundUnit> {
        let k = p - 1;
        let w = self.low(k);
        let title = self.raw(k).chars().skip(1).all(|c| c.is_lowercase());
        let lower_next = self.is_word(p + 1) && !self.capitalised(p + 1);
        (self.capitalised(k)
            && title
            && lower_next
            && self.opens_sentence(k)
            && self.looks_plural(w, false))
        .then(|| FoundUnit::count(singular_noun(w)))
    }

    /// A verb of reporting (`words/reporting_verbs.txt`) at `k` that ends the modifiers of
    /// the subject after it: "Figures show", "Statistics reveal", "data suggests". A bare
    /// form ("show") does so only after a plural, so "talent show entries" keeps its noun;
    /// a past form (`words/reporting_verbs_past.txt`: "The data showed house sales fell")
    /// after any subject (decision 1112).
    pub(super) fn reporting_verb_at(&self, k: usize) -> bool {
        let w = self.low(k);
        if words::REPORTING_VERBS_PAST.contains(w) {
            return true;
        }
        if !words::REPORTING_VERBS.contains(w) {
            return false;
        }
        w.ends_with('s')
            || (k > 0 && self.is_word(k - 1) && self.looks_plural(self.low(k - 1), false))
    }
}
