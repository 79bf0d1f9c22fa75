//! A figure glued to an ordinary word by a slip of typing (issue 17, branch exleft37,
//! decision 690): "~280permanent jobs" (real cc, gold 280 `job`) is read as if spaced.
//! Short glued letters stay codes and models ("5G", "3D", "A4"); units glued to a figure
//! ("5km") are read as units elsewhere. "ish" glued to a figure ("40ish") is "about"
//! (decision 1027).

use super::*;

/// The fewest letters a glued word needs to be read as a word, not a code or suffix.
const MIN_WORD: usize = 5;

impl SentenceReader<'_> {
    /// The word at `k`, glued to the figure before it, is a plain lowercase word of at
    /// least [`MIN_WORD`] letters that is not a number word and stands alone
    /// (nothing glued after it).
    pub(super) fn glued_plain_word(&self, k: usize) -> bool {
        let raw = self.raw(k);
        self.is_word(k)
            && raw.len() >= MIN_WORD
            && raw.bytes().all(|b| b.is_ascii_lowercase())
            && number::small_number_word(raw).is_none()
            && !(k + 1 < self.n() && self.attached(k + 1))
    }

    /// "40ish", "6ish": "ish" glued to the figure before it, alone, makes it about that
    /// figure, as "-ish" with a hyphen does (rule `glued_ish`, decision 1027).
    pub(super) fn glued_ish(&self, k: usize) -> bool {
        self.is_word(k)
            && self.attached(k)
            && self.low(k) == "ish"
            && !(k + 1 < self.n() && self.attached(k + 1))
    }
}
