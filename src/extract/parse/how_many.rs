//! A subject that names how many rather than what is counted: "passenger numbers rose 3.7%
//! to 7.5m", "staff numbers dropped from 21,780 to 20,302" give the level no unit, as the
//! readable golds write it. Decision 567.

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
}
