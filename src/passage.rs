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
    // The asterisks and opening brackets in order, each found by a byte search.
    let next = |c: char, from: usize| text[from..].find(c).map_or(b.len(), |k| from + k);
    let (mut star, mut open) = (next('*', 0), next('[', 0));
    while star < b.len() || open < b.len() {
        let i = star.min(open);
        if i == star {
            skip.push((i, i + 1));
            star = next('*', i + 1);
            continue;
        }
        open = next('[', i + 1);
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
    skip
}

/// The characters of `text` a reader sees, with their byte offsets: Markdown markup
/// (see [`markup`]) left out. The first, simple form of what `plain_text` and `normalize`
/// walk a stretch at a time; the tests hold them to it.
#[cfg(test)]
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

/// The stretches of `text` between markup ranges, in order: the byte ranges whose chars
/// `visible` keeps, each ending where a markup range begins (or at the text's end), the
/// next starting where that range ends. `plain_text` and `normalize` walk these.
fn visible_stretches(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let skip = markup(text);
    let (mut i, mut k) = (0, 0);
    std::iter::from_fn(move || {
        if i >= text.len() {
            return None;
        }
        // The markup ranges passed are left behind, one at a time; the text up to the next
        // one's start is seen, the rest of that range is not.
        while k < skip.len() && skip[k].1 <= i {
            k += 1;
        }
        let (seen, hidden) = skip
            .get(k)
            .map_or((text.len(), text.len()), |&(s, e)| (s.max(i), e));
        let stretch = i..seen;
        i = hidden.max(seen);
        Some(stretch)
    })
}

/// Text as a reader sees it, for a quote: Markdown link markup and emphasis dropped (as
/// when quotes are matched), runs of white space collapsed to one space.
pub fn plain_text(text: &str) -> String {
    // In one pass: a space goes out before a visible word only when white space came
    // between it and an earlier one (as joining `split_whitespace`'s pieces with spaces).
    // The visible text is walked a stretch between markup ranges at a time, as `normalize`
    // walks it (the same chars as `visible`), and each run of chars that are not white
    // space is copied whole; ASCII is tested byte by byte, a char decoded only where one
    // that is not ASCII begins.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for std::ops::Range { start, end: seen } in visible_stretches(text) {
        let mut i = start;
        // The start of the run of visible chars that are not white space being read.
        let mut word: Option<usize> = None;
        while i < seen {
            let (white, len) = match bytes[i] {
                b @ 0..0x80 => (matches!(b, b'\t'..=b'\r' | b' '), 1),
                _ => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    (c.is_whitespace(), c.len_utf8())
                }
            };
            if white {
                if let Some(w) = word.take() {
                    out.push_str(&text[w..i]);
                }
                space = !out.is_empty();
            } else if word.is_none() {
                if space {
                    out.push(' ');
                    space = false;
                }
                word = Some(i);
            }
            i += len;
        }
        if let Some(w) = word {
            out.push_str(&text[w..seen]);
        }
    }
    out
}

/// The normalised characters of `text`, each with the byte offset it came from: the
/// characters `visible` keeps, folded ([`fold`]), runs of spaces made one, no space at
/// either end. (The same as folding `visible(text)` character by character, done a run of
/// visible text at a time, with ASCII read byte by byte.)
pub fn normalize(text: &str) -> (Vec<char>, Vec<u32>) {
    let bytes = text.as_bytes();
    // At most one character per byte: written in place, cut to length at the end.
    let mut chars = vec!['\0'; text.len()];
    let mut origin = vec![0_u32; text.len()];
    let mut n = 0;
    // Whether the last character kept is a space (or none is kept yet).
    let mut after_space = true;
    for std::ops::Range { start, end: seen } in visible_stretches(text) {
        let mut i = start;
        while i < seen {
            let (at, b) = (i, bytes[i]);
            let f = if b.is_ascii() {
                i += 1;
                match b {
                    b' ' | b'\t'..=b'\r' => ' ',
                    b'`' => '\'',
                    _ => char::from(b),
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                match fold(c) {
                    Some(f) => f,
                    None => continue,
                }
            };
            if f == ' ' {
                if after_space {
                    continue;
                }
                after_space = true;
            } else {
                after_space = false;
            }
            chars[n] = f;
            origin[n] = u32::try_from(at).unwrap_or(u32::MAX);
            n += 1;
        }
    }
    if n > 0 && chars[n - 1] == ' ' {
        n -= 1;
    }
    chars.truncate(n);
    origin.truncate(n);
    (chars, origin)
}

fn hash(gram: &[char]) -> u32 {
    gram.iter().fold(0x811c_9dc5_u32, |h, &c| {
        (h ^ c as u32).wrapping_mul(0x0100_0193)
    })
}

/// The position of an entry of the index.
fn position(entry: u64) -> usize {
    (entry & u64::from(u32::MAX)) as usize
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
    /// The hash of the k-gram at each word start (high 32 bits) and its position (low 32
    /// bits), sorted: by hash, then position.
    index: Vec<u64>,
    /// The normalised text as a string, for the rare linear search.
    flat: std::cell::OnceCell<String>,
}

impl Text {
    pub fn new(source: &str) -> Text {
        let (chars, origin) = normalize(source);
        let mut index: Vec<u64> = word_starts(&chars)
            .filter(|&i| i + K <= chars.len())
            .map(|i| u64::from(hash(&chars[i..i + K])) << 32 | i as u64)
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
    /// Each is a hash and a position: see [`position`].
    fn postings(&self, gram: &[char]) -> &[u64] {
        let h = u64::from(hash(gram));
        let lo = self.index.partition_point(|&x| x >> 32 < h);
        let hi = lo + self.index[lo..].partition_point(|&x| x >> 32 <= h);
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
            .filter_map(|&e| position(e).checked_sub(j))
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
        let seeds: Vec<(&[u64], usize)> = (0..q.len().saturating_sub(K - 1))
            .filter(|&j| j == 0 || q[j - 1] == ' ')
            .map(|j| (self.postings(&q[j..j + K]), j))
            .collect();
        let mut telling: Vec<(&[u64], usize)> = seeds
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
            for &e in postings {
                if let Some(start) = position(e).checked_sub(j) {
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
#[path = "passage_tests.rs"]
mod tests;
