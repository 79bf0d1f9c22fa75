//! Reading a quote's words for the subject suggestion: its runs of alphanumeric chars
//! (`alphanumeric_runs`), the subject word each run is (`SubjectIndex::word_id`), and the
//! words of a window around a mention read from the quote's runs
//! (`SubjectIndex::words_within`).

use super::{QuoteWords, SEEN_WORDS, SubjectIndex};
use crate::model::fxhash::FxHashMap;
use crate::value::units::singular;
use std::ops::Range;

/// The maximal runs of alphanumeric chars in `text`, in order, as byte ranges: the
/// non-empty pieces of `text.split(|c: char| !c.is_alphanumeric())`, stepped over byte by
/// byte for ASCII (most of a quote) with a char decoded only at a non-ASCII byte.
pub(super) fn alphanumeric_runs(text: &str) -> AlphanumericRuns<'_> {
    AlphanumericRuns { text, pos: 0 }
}

pub(super) struct AlphanumericRuns<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> AlphanumericRuns<'t> {
    /// The length of the char at `at` (a char boundary before the end) and whether it is
    /// alphanumeric.
    fn char_at(&self, at: usize) -> (usize, bool) {
        let b = self.text.as_bytes()[at];
        if b.is_ascii() {
            return (1, b.is_ascii_alphanumeric());
        }
        let c = self.text[at..].chars().next().unwrap_or(' ');
        (c.len_utf8(), c.is_alphanumeric())
    }
}

impl Iterator for AlphanumericRuns<'_> {
    type Item = Range<usize>;

    // Inlined into the loop that reads a quote's runs: out of line, the call and the
    // constants of `ascii_alphanumeric_len` cost more per run than the eight-byte steps
    // save.
    #[inline(always)]
    fn next(&mut self) -> Option<Range<usize>> {
        let b = self.text.as_bytes();
        let mut k = self.pos;
        // Step over what is not alphanumeric: ASCII byte by byte, a char at a time else.
        loop {
            while k < b.len() && b[k].is_ascii() && !b[k].is_ascii_alphanumeric() {
                k += 1;
            }
            if k >= b.len() {
                self.pos = k;
                return None;
            }
            if b[k].is_ascii() {
                break;
            }
            let (len, alnum) = self.char_at(k);
            if alnum {
                break;
            }
            k += len;
        }
        let start = k;
        loop {
            k += ascii_alphanumeric_len(&b[k..]);
            if k >= b.len() || b[k].is_ascii() {
                break;
            }
            let (len, alnum) = self.char_at(k);
            if !alnum {
                break;
            }
            k += len;
        }
        self.pos = k;
        Some(start..k)
    }
}

/// The number of ASCII letters and digits at the front of `b`, eight bytes at a time
/// (`scan::ascii_run_len`, as the tokenizer counts letters): `b"2021troops, x"` gives 10.
#[inline(always)]
fn ascii_alphanumeric_len(b: &[u8]) -> usize {
    crate::extract::scan::ascii_run_len::<true>(b)
}

/// The words of a text looked up so far, each with the subject word it is, if any: a
/// word of at most seven bytes is filed under one machine word holding its bytes and its
/// length (no string hashed, compared or copied for most words), one of eight to fifteen
/// bytes under two ([`Seen::mid_key`]), a longer one under itself.
#[derive(Default)]
pub(super) struct Seen {
    short: FxHashMap<u64, Option<u32>>,
    mid: FxHashMap<u128, Option<u32>>,
    long: FxHashMap<String, Option<u32>>,
}

impl Seen {
    /// The machine word `w` is filed under when it has at most seven bytes: its bytes,
    /// the first lowest, and its length in the top byte (so no two words share one).
    /// From four to seven bytes, the first four and the last four are read as two
    /// machine words and joined (where they overlap, they hold the same bytes).
    #[inline]
    fn short_key(w: &str) -> Option<u64> {
        let b = w.as_bytes();
        let n = b.len();
        let len = (n as u64) << 56;
        match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(head), Some(tail)) if n < 8 => {
                let head = u64::from(u32::from_le_bytes(*head));
                let tail = u64::from(u32::from_le_bytes(*tail));
                Some(len | head | tail << (8 * (n - 4)))
            }
            _ if n < 8 => {
                Some((b.iter().enumerate()).fold(len, |k, (i, &c)| k | u64::from(c) << (8 * i)))
            }
            _ => None,
        }
    }

    /// The key of a word of eight to fifteen bytes: its bytes, the first lowest, and its
    /// length in the top byte, read as the first eight and the last eight joined (where
    /// they overlap, they hold the same bytes), as [`Seen::short_key`] reads four.
    #[inline]
    fn mid_key(w: &str) -> Option<u128> {
        let b = w.as_bytes();
        let n = b.len();
        match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(head), Some(tail)) if n < 16 => {
                let head = u128::from(u64::from_le_bytes(*head));
                let tail = u128::from(u64::from_le_bytes(*tail));
                Some((n as u128) << 120 | head | tail << (8 * (n - 8)))
            }
            _ => None,
        }
    }

    // Inlined into `word_id`, its one caller on the hot path: out of line, the call
    // and its spills cost about as much as a short word's probe.
    #[inline(always)]
    fn get(&self, w: &str) -> Option<Option<u32>> {
        if let Some(k) = Seen::short_key(w) {
            self.short.get(&k).copied()
        } else if let Some(k) = Seen::mid_key(w) {
            self.mid.get(&k).copied()
        } else {
            self.long.get(w).copied()
        }
    }

    fn insert(&mut self, w: &str, id: Option<u32>) {
        if let Some(k) = Seen::short_key(w) {
            self.short.insert(k, id);
        } else if let Some(k) = Seen::mid_key(w) {
            self.mid.insert(k, id);
        } else {
            self.long.insert(w.to_string(), id);
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.mid.len() + self.long.len()
    }
}

impl SubjectIndex<'_> {
    /// The number in `all` of the subject word `w` is (its singular), if some subject
    /// uses it. Words under 3 bytes are none, nor numbers unless a subject's word is one;
    /// `seen` keeps what each word of the text gave.
    #[inline]
    pub(super) fn word_id(&self, seen: &mut Seen, w: &str) -> Option<u32> {
        if w.len() < 3 || (!self.numeric && w.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        match seen.get(w) {
            Some(id) => id,
            None => {
                let id = self.all.get(&singular(w)).copied();
                if seen.len() < SEEN_WORDS {
                    seen.insert(w, id);
                }
                id
            }
        }
    }

    /// The subject words (by number, sorted and unique) of the part `window` of the
    /// quote whose words are `qw`, as read from `quote[window]` itself: the quote's runs
    /// inside the window, and the piece inside it of a run its edge cuts.
    #[cfg(test)]
    pub(super) fn words_within(
        &self,
        qw: &QuoteWords,
        quote: &str,
        window: Range<usize>,
    ) -> Vec<u32> {
        let mut v = Vec::new();
        self.words_within_into(qw, quote, window, &mut v);
        v
    }

    /// As [`SubjectIndex::words_within`], into `v` (emptied first), so that one buffer
    /// serves every mention: `[7, 3]` before gives the window's words alone.
    pub(super) fn words_within_into(
        &self,
        qw: &QuoteWords,
        quote: &str,
        window: Range<usize>,
        v: &mut Vec<u32>,
    ) {
        let (a, b) = (window.start, window.end);
        v.clear();
        v.extend(
            (qw.runs.iter())
                .filter(|(run, _)| run.start >= a && run.end <= b)
                .map(|&(_, id)| id),
        );
        let alnum_before = |x: usize| {
            quote[..x]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let alnum_at = |x: usize| quote[x..].chars().next().is_some_and(char::is_alphanumeric);
        let cut_a = a < b && alnum_before(a) && alnum_at(a);
        let cut_b = a < b && alnum_before(b) && alnum_at(b);
        let mut seen = self.seen.borrow_mut();
        let mut piece_end = a;
        if cut_a {
            let run: usize = (quote[a..].chars())
                .take_while(|c| c.is_alphanumeric())
                .map(char::len_utf8)
                .sum();
            piece_end = (a + run).min(b);
            v.extend(self.word_id(&mut seen, &quote[a..piece_end]));
        }
        if cut_b && !(cut_a && piece_end == b) {
            let from = (quote[..b].char_indices().rev())
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map_or(b, |(i, _)| i)
                .max(a);
            v.extend(self.word_id(&mut seen, &quote[from..b]));
        }
        v.sort_unstable();
        v.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::alphanumeric_runs;
    use crate::extract::{SubjectHint, SubjectIndex};

    /// The words near a mention, read from the quote's runs, are the words of the window
    /// read afresh, for every window of a quote (runs cut at either edge, or at both).
    #[test]
    fn words_within_a_window_are_the_windows_own_words() {
        let hint = |key: &str, label: &str| SubjectHint {
            key: key.into(),
            label: label.into(),
            aliases: vec!["Taliban fighters".into(), "Straße 2021".into()],
            dimension: "count".into(),
            unit: None,
        };
        let hints = [
            hint("afghan-districts", "Afghanistan districts taken"),
            hint("troop-total", "Total troops in Kabul"),
            hint("heads", "Warheads and heads"),
        ];
        let index = SubjectIndex::new(&hints);
        let quote =
            "162 of Afghanistan’s 398 districts fell; 2021 troops, warheads in Straße-Kabul.";
        let qw = index.quote_words(quote);
        let cuts: Vec<usize> = (0..=quote.len())
            .filter(|&i| quote.is_char_boundary(i))
            .collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                let part = &quote[a..b];
                let mut want: Vec<u32> = {
                    let mut seen = index.seen.borrow_mut();
                    alphanumeric_runs(part)
                        .filter_map(|r| index.word_id(&mut seen, &part[r]))
                        .collect()
                };
                want.sort_unstable();
                want.dedup();
                assert_eq!(index.words_within(&qw, quote, a..b), want, "{part:?}");
            }
        }
    }

    /// A hit as one machine word sorts, and gives back its halves, as the pair did.
    #[test]
    fn hits_sort_as_their_pairs() {
        use crate::extract::subject::{hit, hit_entry, hit_word};
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut x = 17u64;
        for _ in 0..500 {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let e = (x >> 40) as u32 % [3, 70, u32::MAX][(x % 3) as usize];
            let i = (x >> 8) as u32 % [5, 900, u32::MAX][(x >> 2) as usize % 3];
            pairs.push((e, i));
        }
        let mut hits: Vec<u64> = pairs.iter().map(|&(e, i)| hit(e, i)).collect();
        pairs.sort_unstable();
        hits.sort_unstable();
        let back: Vec<(u32, u32)> = (hits.iter())
            .map(|&h| (hit_entry(h), hit_word(h) as u32))
            .collect();
        assert_eq!(back, pairs);
    }

    /// Eight bytes at a time, the count is the byte loop's for every byte value at every
    /// place of a buffer, and for every length.
    #[test]
    fn ascii_alphanumeric_len_is_the_byte_loops() {
        use super::ascii_alphanumeric_len;
        let by_bytes = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        for v in 0..=255u8 {
            for at in 0..26 {
                let mut buf: Vec<u8> = (0..26u8)
                    .map(|i| [b'a', b'Z', b'5', b'q'][usize::from(i % 4)])
                    .collect();
                buf[at] = v;
                for len in 0..=buf.len() {
                    assert_eq!(
                        ascii_alphanumeric_len(&buf[..len]),
                        by_bytes(&buf[..len]),
                        "{v} {at} {len}"
                    );
                }
            }
        }
    }

    /// Words of 0 to 19 bytes to key: for each length, ASCII words with one byte changed at
    /// every place (and its mirror's case flipped), and one word of multibyte characters.
    fn key_test_words() -> Vec<String> {
        let mut words = Vec::new();
        for n in 0..20 {
            for at in 0..n {
                for v in [b'a', b'z', b'0', 0x01, 0x7f] {
                    let mut w = vec![b'q'; n];
                    w[at] = v;
                    w[n - 1 - at] ^= 0x20;
                    words.push(String::from_utf8(w).expect("ASCII"));
                }
            }
            words.push("éa€".chars().cycle().take(n).collect());
        }
        words
    }

    /// A word's bytes folded one by one, the first lowest, with its length at bit `at`.
    fn by_bytes(b: &[u8], at: u32) -> u128 {
        (b.iter().enumerate()).fold((b.len() as u128) << at, |k, (i, &c)| {
            k | u128::from(c) << (8 * i)
        })
    }

    /// Read as two machine words, a short word's key (under eight bytes) is the one its
    /// bytes give one by one, for every length and every byte at every place.
    #[test]
    fn short_keys_are_the_bytes_and_the_length() {
        for w in key_test_words() {
            let want = (w.len() < 8).then(|| by_bytes(w.as_bytes(), 56));
            let got = super::Seen::short_key(&w).map(u128::from);
            assert_eq!(got, want, "{w:?}");
        }
    }

    /// Read as two halves, a word of eight to fifteen bytes has the key its bytes give one
    /// by one, for every length and every byte at every place; no other length has one.
    #[test]
    fn mid_keys_are_the_bytes_and_the_length() {
        for w in key_test_words() {
            let want = (8..16)
                .contains(&w.len())
                .then(|| by_bytes(w.as_bytes(), 120));
            assert_eq!(super::Seen::mid_key(&w), want, "{w:?}");
        }
    }

    #[test]
    fn alphanumeric_runs_are_the_pieces_split_at_other_chars() {
        for text in [
            "",
            "  ",
            "162 of Afghanistan's 398 districts, (the “Taliban”) — 12%.",
            "Zürich’s Straße: 1½ km, naïve café 5\u{a0}000 ١٢٣ 東京 end",
            "a",
            "x-y_z",
        ] {
            let want: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let runs: Vec<&str> = alphanumeric_runs(text).map(|r| &text[r]).collect();
            assert_eq!(runs, want, "{text}");
        }
    }
}
