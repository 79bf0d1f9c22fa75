//! A subject that names how many rather than what is counted: "passenger numbers rose 3.7%
//! to 7.5m", "staff numbers dropped from 21,780 to 20,302" give the level no unit, as the
//! readable golds write it. Decision 567. So does a subject that is the object of "the
//! number of" ("the number of book loans stood at 309m"; rule `number_of_subject`,
//! decision 1376).

use super::*;

impl<'a> SentenceReader<'a> {
    /// The counted noun of the clause's subject before `at` (`clause_subject_phrase`),
    /// unless its head is a word for how many (`words/how_many_heads.txt`): such a subject
    /// counts nothing of its own.
    pub(super) fn clause_subject(&self, at: usize) -> Option<FoundUnit> {
        self.clause_subject_phrase(at).filter(|u| match &u.class {
            UnitKind::Count { head } => !words::HOW_MANY_HEADS.contains(head.as_str()),
            _ => true,
        })
    }

    /// Rule `number_of_subject` (decision 1376): the noun phrase ending before the verb at
    /// `e` (up to four words, hyphenated compounds whole) is the object of "the number of"
    /// or "numbers of", so the clause's subject is the number, which counts nothing of its
    /// own: "the number of book loans stood at 309m", "the number of outbound travellers
    /// grew by 8% to 73 million" give the level no unit, as the readable real golds write
    /// it ("the number of applicants to the college fell by 250" already did).
    pub(super) fn number_of_subject(&self, e: usize) -> bool {
        let mut b = e;
        while b > 0
            && e - b < 6
            && ((self.is_word(b - 1) && !words::is_stopword(self.low(b - 1)))
                || (self.is_sym(b - 1, '-') && self.attached(b - 1) && self.attached(b)))
        {
            b -= 1;
        }
        b >= 2
            && b < e
            && self.low(b - 1) == "of"
            && matches!(self.low(b - 2), "number" | "numbers")
    }
}
