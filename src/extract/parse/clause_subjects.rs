//! The plural subject of a clause that a bare level or change belongs to ("daily active
//! users rose 13% to 212m", "births dropped 5.6% to 727,277"), and the counted noun of a
//! noun phrase ending before a verb.

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
        if e == 0 || !self.is_word(e - 1) || self.number_of_subject(e) {
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
        start = self.hyphen_compound_start(start);
        while start < e - 1 {
            if let Some((u, end)) = self.noun_phrase(start, false)
                && end == e
                && matches!(u.class, UnitKind::Count { .. })
                && fits(start)
            {
                return Some(
                    self.with_opening_modifier(start, self.opening_compound_lowered(start, u)),
                );
            }
            start += 1;
        }
        self.noun_phrase(e - 1, false)
            .filter(|(u, end)| *end == e && matches!(u.class, UnitKind::Count { .. }))
            .filter(|_| fits(e - 1))
            .map(|(u, _)| self.with_opening_modifier(e - 1, u))
            .or_else(|| self.opening_count_noun(e - 1).filter(|_| fits(e - 1)))
    }

    /// Rule `hyphen_compound_start` (decision 1354): where the subject's first word closes
    /// a hyphenated compound, the phrase starts at the compound's first word, so "long-term
    /// vacancies rose by 9% to 1,200" counts `long-term vacancy` (not `term vacancy`), as
    /// "1,200 long-term vacancies" does. A capitalised first part counts only where it
    /// opens the sentence ("Fly-tipping incidents increased … to 9,412"), never a name
    /// inside it ("Stanford-controlled accounts").
    fn hyphen_compound_start(&self, mut start: usize) -> usize {
        while start >= 2
            && self.is_sym(start - 1, '-')
            && self.attached(start - 1)
            && self.attached(start)
            && self.is_word(start - 2)
            && (!self.capitalised(start - 2) || self.opens_sentence(start - 2))
        {
            start -= 2;
        }
        start
    }

    /// A hyphenated compound opening the sentence is written in lower case in the counted
    /// noun, as in mid-sentence: "Fly-tipping incidents" → `fly-tipping incident`.
    fn opening_compound_lowered(&self, start: usize, mut u: FoundUnit) -> FoundUnit {
        if self.capitalised(start)
            && self.opens_sentence(start)
            && self.is_sym(start + 1, '-')
            && self.attached(start + 1)
            && u.name.starts_with(self.raw(start))
        {
            u.name = format!("{}{}", self.low(start), &u.name[self.raw(start).len()..]);
        }
        u
    }
}
