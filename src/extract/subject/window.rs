//! Where a mention stands in its quote: the window of about 60 bytes around it whose
//! subject words count again (`near_mention`), and whether it is the whole after "N of"
//! (`whole_of_part`, "162 of Afghanistan's 398 districts").

use crate::extract::Mention;
use std::ops::Range;

/// The part of `sentence` within about 60 bytes of the mention, when the mention lies in
/// it (its offsets are relative to the input, the sentence's to `m.sentence`), as a range
/// of `sentence`.
pub(super) fn near_mention(m: &Mention, sentence: &str) -> Range<usize> {
    let off = m.sentence.start;
    if m.sentence.len() != sentence.len() || m.start < off || m.end - off > sentence.len() {
        return 0..sentence.len();
    }
    let mut a = (m.start - off).saturating_sub(60);
    let mut b = (m.end - off + 60).min(sentence.len());
    while !sentence.is_char_boundary(a) {
        a -= 1;
    }
    while !sentence.is_char_boundary(b) {
        b += 1;
    }
    a..b
}

/// Whether the mention is the whole after "N of": "162 of Afghanistan's 398 districts",
/// "12 of the 27 members".
pub(super) fn whole_of_part(m: &Mention, sentence: &str) -> bool {
    let off = m.sentence.start;
    if m.sentence.len() != sentence.len() || m.start < off || m.start - off > sentence.len() {
        return false;
    }
    let mut from = (m.start - off).saturating_sub(40);
    while !sentence.is_char_boundary(from) {
        from -= 1;
    }
    let before = sentence[from..m.start - off].to_lowercase();
    let Some(at) = before.rfind(" of ") else {
        return false;
    };
    let between = before[at + 4..].trim_end();
    let number_before = before[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
    number_before
        && (between == "the"
            || between.ends_with("'s")
            || between.ends_with("’s")
            || between.is_empty())
}
