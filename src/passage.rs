//! Where a quote stands in a source text, in bounded time whatever the input. A text is
//! normalised once ([`Text::new`]: typography folded, Markdown markup dropped, white space
//! collapsed, each character keeping its byte offset) and indexed by the `K` characters
//! that follow each word start. A quote is found exactly through its rarest indexed
//! k-gram; the passage closest to a quote that is not found is chosen among the alignments
//! its k-grams vote for, and only a few of them are scored by edit distance. Work per
//! quote: a binary search per k-gram, at most `MAX_POSTINGS` votes per k-gram, and
//! `CANDIDATES` edit distances on at most `MAX_SCORED` characters.

use crate::model::fxhash::FxHashMap;

/// Characters indexed from each word start.
const K: usize = 6;
/// A k-gram more frequent than this says nothing about where a quote is.
const MAX_POSTINGS: usize = 2_000;
/// Alignments scored by edit distance.
const CANDIDATES: usize = 8;
/// The longest stretch of a quote compared by edit distance.
const MAX_SCORED: usize = 1_000;

/// A character as quotes are matched: typographic quotes, apostrophes and dashes folded
/// to ASCII, invisible characters dropped, white space made a space.
pub fn fold(c: char) -> Option<char> {
    Some(match c {
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
        '–' | '—' | '‒' | '―' | '−' | '‐' | '‑' => '-',
        '\u{ad}' | '\u{200b}' | '\u{feff}' => return None,
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

/// Byte ranges of Markdown markup that a reader does not see: the brackets and target of
/// inline links (`[said](#)` reads "said") and emphasis asterisks.
fn markup(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut skip = Vec::new();
    for i in 0..b.len() {
        match b[i] {
            b'*' => skip.push((i, i + 1)),
            b'[' => {
                let close = text[i + 1..].find([']', '\n']).map(|k| i + 1 + k);
                let target_end = close
                    .filter(|&c| b[c] == b']' && b.get(c + 1) == Some(&b'('))
                    .and_then(|c| {
                        let e = c + 2 + text[c + 2..].find([')', '\n'])?;
                        (b[e] == b')').then_some((c, e))
                    });
                if let Some((c, e)) = target_end {
                    skip.push((i, i + 1));
                    skip.push((c, e + 1));
                }
            }
            _ => {}
        }
    }
    skip
}

/// The characters of `text` a reader sees, with their byte offsets: Markdown markup
/// (see [`markup`]) left out.
fn visible(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let skip = markup(text);
    let mut k = 0;
    text.char_indices().filter(move |&(i, _)| {
        while k < skip.len() && skip[k].1 <= i {
            k += 1;
        }
        !(k < skip.len() && skip[k].0 <= i)
    })
}

/// Text as a reader sees it, for a quote: Markdown link markup and emphasis dropped (as
/// when quotes are matched), runs of white space collapsed to one space.
pub fn plain_text(text: &str) -> String {
    let visible: String = visible(text).map(|(_, c)| c).collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The normalised characters of `text`, each with the byte offset it came from.
pub fn normalize(text: &str) -> (Vec<char>, Vec<u32>) {
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in visible(text) {
        let Some(f) = fold(c) else { continue };
        if f == ' ' && (chars.is_empty() || chars.last() == Some(&' ')) {
            continue;
        }
        chars.push(f);
        origin.push(u32::try_from(i).unwrap_or(u32::MAX));
    }
    if chars.last() == Some(&' ') {
        chars.pop();
        origin.pop();
    }
    (chars, origin)
}

fn hash(gram: &[char]) -> u32 {
    gram.iter().fold(0x811c_9dc5_u32, |h, &c| {
        (h ^ c as u32).wrapping_mul(0x0100_0193)
    })
}

/// The positions of `chars` where a word starts (the first, and each after a space).
fn word_starts(chars: &[char]) -> impl Iterator<Item = usize> + '_ {
    (0..chars.len()).filter(|&i| i == 0 || chars[i - 1] == ' ')
}

/// A source text, normalised and indexed once for every quote that cites it.
pub struct Text {
    chars: Vec<char>,
    origin: Vec<u32>,
    /// Byte offsets of the source's line breaks, for line numbers.
    breaks: Vec<u32>,
    /// (hash of the k-gram at a word start, its position), sorted.
    index: Vec<(u32, u32)>,
    /// The normalised text as a string, for the rare linear search.
    flat: std::cell::OnceCell<String>,
}

impl Text {
    pub fn new(source: &str) -> Text {
        let (chars, origin) = normalize(source);
        let mut index: Vec<(u32, u32)> = word_starts(&chars)
            .filter(|&i| i + K <= chars.len())
            .map(|i| (hash(&chars[i..i + K]), i as u32))
            .collect();
        index.sort_unstable();
        let breaks = source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32)
            .collect();
        Text {
            chars,
            origin,
            breaks,
            index,
            flat: std::cell::OnceCell::new(),
        }
    }

    /// The positions whose k-gram hashes like `gram`'s.
    fn postings(&self, gram: &[char]) -> &[(u32, u32)] {
        let h = hash(gram);
        let lo = self.index.partition_point(|&(x, _)| x < h);
        let hi = self.index.partition_point(|&(x, _)| x <= h);
        &self.index[lo..hi]
    }

    fn matches_at(&self, start: usize, quote: &[char]) -> bool {
        self.chars.get(start..start + quote.len()) == Some(quote)
    }

    /// Whether `quote` (as written in a claim) stands in the text, after normalisation.
    pub fn contains(&self, quote: &str) -> bool {
        self.find(&normalize(quote).0).is_some()
    }

    /// The byte offset in the source where `quote` (as written in a claim) begins.
    pub fn locate(&self, quote: &str) -> Option<usize> {
        let at = self.find(&normalize(quote).0)?;
        self.origin.get(at).map(|&o| o as usize)
    }

    /// The position of `quote` (normalised) in the text. Through the rarest k-gram at a
    /// word start inside the quote (the same place is a word start in the text); a quote
    /// without one, or whose k-grams are all very common, is searched linearly.
    fn find(&self, quote: &[char]) -> Option<usize> {
        if quote.is_empty() || quote.len() > self.chars.len() {
            return None;
        }
        let rarest = word_starts(quote)
            .filter(|&j| j > 0 && j + K <= quote.len())
            .map(|j| (self.postings(&quote[j..j + K]), j))
            .min_by_key(|(p, _)| p.len());
        let Some((postings, j)) = rarest else {
            return self.find_linearly(quote);
        };
        // The first places of even a very common k-gram are tried (a repetitive text finds
        // its quotes there); only beyond them is the search linear.
        let found = postings
            .iter()
            .take(MAX_POSTINGS * 8)
            .filter_map(|&(_, p)| (p as usize).checked_sub(j))
            .find(|&start| self.matches_at(start, quote));
        if found.is_some() || postings.len() <= MAX_POSTINGS * 8 {
            return found;
        }
        self.find_linearly(quote)
    }

    /// Linear in the text and the quote (the standard library's two-way search on the
    /// text as a string, made once).
    fn find_linearly(&self, quote: &[char]) -> Option<usize> {
        let hay = self.flat.get_or_init(|| self.chars.iter().collect());
        let needle: String = quote.iter().collect();
        let at = hay.find(&needle)?;
        Some(hay[..at].chars().count())
    }

    /// The passage of the text most like `quote`, with its 1-based line and its similarity
    /// (0 to 1); `None` when no k-gram of the quote is in the text.
    pub fn closest(&self, quote: &str) -> Option<(usize, String, f64)> {
        let q: Vec<char> = normalize(quote).0.into_iter().take(MAX_SCORED).collect();
        if q.is_empty() || self.chars.is_empty() {
            return None;
        }
        let seeds: Vec<(&[(u32, u32)], usize)> = (0..q.len().saturating_sub(K - 1))
            .filter(|&j| j == 0 || q[j - 1] == ' ')
            .map(|j| (self.postings(&q[j..j + K]), j))
            .collect();
        let mut telling: Vec<(&[(u32, u32)], usize)> = seeds
            .iter()
            .copied()
            .filter(|(p, _)| p.len() <= MAX_POSTINGS)
            .collect();
        if telling.is_empty() {
            // Every k-gram is common: the rarest one's first places still give candidates.
            telling.extend(
                seeds
                    .iter()
                    .min_by_key(|(p, _)| p.len())
                    .map(|&(p, j)| (&p[..p.len().min(MAX_POSTINGS)], j)),
            );
        }
        let mut votes: FxHashMap<usize, u32> = FxHashMap::default();
        for (postings, j) in telling {
            for &(_, p) in postings {
                if let Some(start) = (p as usize).checked_sub(j) {
                    *votes
                        .entry(self.word_start_at_or_before(start))
                        .or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, u32)> = votes.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let quote: String = q.iter().collect();
        let (start, score) = ranked
            .iter()
            .take(CANDIDATES)
            .map(|&(start, _)| {
                let window = self.window(start, q.len());
                (start, strsim::normalized_levenshtein(&window, &quote))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
        let offset = self.origin[start];
        let line = self.breaks.partition_point(|&b| b < offset) + 1;
        Some((line, self.window(start, q.len()), score))
    }

    fn window(&self, start: usize, len: usize) -> String {
        self.chars[start..(start + len).min(self.chars.len())]
            .iter()
            .collect()
    }

    fn word_start_at_or_before(&self, mut i: usize) -> usize {
        i = i.min(self.chars.len().saturating_sub(1));
        let floor = i.saturating_sub(64);
        while i > floor && self.chars[i - 1] != ' ' {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_typography() {
        let a: String = normalize("the  “Tajik–Afghan”\n border\u{a0}is")
            .0
            .into_iter()
            .collect();
        assert_eq!(a, "the \"Tajik-Afghan\" border is");
        let b: String = normalize("Rudenko [said](#) last **month** [a] b")
            .0
            .into_iter()
            .collect();
        assert_eq!(b, "Rudenko said last month [a] b");
    }

    #[test]
    fn plain_text_drops_link_markup_and_emphasis_and_collapses_space() {
        assert_eq!(
            plain_text("The **border** is [1,344 km](http://x)\n long, *they* said."),
            "The border is 1,344 km long, they said."
        );
        assert_eq!(plain_text("a [b] (c) d"), "a [b] (c) d");
    }

    #[test]
    fn quotes_are_found_anywhere_even_inside_a_word_or_without_a_word_start() {
        let t = Text::new("First line.\nThe border is 1,344 km long, officials said.\n");
        assert!(t.contains("The border is 1,344 km long"));
        assert!(t.contains("he border is 1,344"));
        assert!(t.contains("officials"));
        assert!(t.contains("said."));
        assert!(!t.contains("The border is 1,334 km long"));
        assert!(!t.contains(""));
    }

    #[test]
    fn closest_passage_points_at_the_line() {
        let t = Text::new("First line.\nThe border is 1,344 km long, officials said.\n");
        let (line, passage, score) = t.closest("The border is 1,334 km long").unwrap();
        assert_eq!(line, 2);
        assert!(passage.starts_with("The border is 1,344"), "{passage}");
        assert!(score > 0.9);
    }

    #[test]
    fn a_repetitive_text_still_answers() {
        let source = "a ".repeat(200_000) + "the end";
        let t = Text::new(&source);
        assert!(t.contains("a a a the end"));
        // Every k-gram of these quotes is very common: found among their first places, or
        // not found by the linear search.
        assert!(t.contains("a a a a a a a a"));
        assert!(!t.contains("a a a a a a a b"));
        assert!(!t.contains("a a a b"));
        let (_, passage, score) = t.closest("a a a b").unwrap();
        assert!(passage.starts_with("a a a"), "{passage}");
        assert!(score > 0.5);
    }
}
