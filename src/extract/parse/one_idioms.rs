//! "one" that is no figure in a frame the readable golds leave out (issue 17, branch
//! exone68, decisions 1289–1291): a rank ("the world's number one producer"), the idiom
//! "for one reason or another", and "One" before a speaker ("One witness said"). The
//! survey per frame is exone68's section of docs/extract-log.md; frames the golds split
//! ("one of the largest", "in one district") and "at one point", which dev's gold keeps
//! (decision 1292), stay read.

use super::*;

impl SentenceReader<'_> {
    /// Rule `one_no_figure`: the word "one" at `i` is a rank after "number" (decision
    /// 1289), in the idiom "for one reason or another" (1290) or a speaker's "a certain"
    /// (1291): "the number one seed", "for one reason or another", "One owner said" hold
    /// no quantity.
    pub(super) fn one_no_figure(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map(|k| self.low(k)).unwrap_or("");
        let next = self.low(i + 1);
        (before == "number" && next != "of")
            || (next == "reason" && self.low(i + 2) == "or" && self.low(i + 3) == "another")
            || self.one_speaker(i, before)
    }

    /// Rule `one_speaker` (decision 1291): "One witness said …", "one report says …",
    /// "In Durham, one local resident told …": "one" opening a clause (the sentence's
    /// start, a mark, "and" or "but" before it) before a noun of one or two words and a
    /// verb of saying (`words/speaker_verbs.txt`) is "a certain", no count; "only one
    /// customer said" stays a count.
    fn one_speaker(&self, i: usize, before: &str) -> bool {
        let opens = i == 0
            || matches!(self.kind(i - 1), Some(Kind::Sym(_)))
            || matches!(before, "and" | "but");
        let noun =
            |k: usize| self.is_word(k) && !words::is_stopword(self.low(k)) && !self.capitalised(k);
        opens
            && noun(i + 1)
            && (i + 2..i + 4)
                .any(|v| words::SPEAKER_VERBS.contains(self.low(v)) && (v == i + 2 || noun(i + 2)))
    }
}
