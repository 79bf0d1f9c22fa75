//! Words that open a sentence or a quoted sentence, capitalised for that and not names:
//! "“At 512 this will be the tallest,” he said", 'He said: "Only 40 came."'

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether the word at `p` opens the sentence: nothing but symbols before it (an
    /// opening quote or bracket), or an opening quote mark right after a colon
    /// (decision 525).
    pub(super) fn opens_sentence(&self, p: usize) -> bool {
        if (0..p).all(|k| matches!(self.kind(k), Some(Kind::Sym(_)))) {
            return true;
        }
        p >= 2
            && matches!(self.kind(p - 1), Some(Kind::Sym('"' | '“' | '‘')))
            && self.is_sym(p - 2, ':')
    }
}
