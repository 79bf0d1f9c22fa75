//! The singular noun phrase after "one" (decision 140): "one solution", "one concept
//! demonstration satellite", its head ending at a clear boundary.

use super::*;

impl<'a> SentenceReader<'a> {
    /// The singular noun phrase after "one" (decision 140): "one solution", "one concept
    /// demonstration satellite", "One large scale wind turbine has". Modifiers are kept,
    /// as for any count ("five new seasons" → `new season`, NewsQuant dev); the phrase
    /// runs over plain lower-case words and ends at its head only where a clear boundary
    /// follows (a stopword, a sign, a verb in -s, -ed or -ing, a word of
    /// `words/not_phrase_heads.txt`: "one notch above junk"); else the first word alone.
    pub(super) fn single_phrase(&self, words: &[(usize, usize)]) -> Option<(FoundUnit, usize)> {
        let first = self.single_noun(words[0])?;
        let possessive = |k: usize| self.low(k).ends_with("'s") || self.low(k).ends_with("’s");
        if possessive(words[0].1 - 1) {
            return Some(first);
        }
        let plain = |&(c, d): &(usize, usize)| {
            let w = self.low(d - 1);
            !self.capitalised(c)
                && !possessive(d - 1)
                && w.len() > 1
                && !w.ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && (!w.ends_with("ly") || words::LY_ADJECTIVES.contains(w))
                && !words::NOT_PHRASE_HEADS.contains(w)
        };
        let mut run = words[1..].iter().take_while(|r| plain(r)).count();
        // "one wind farm's output": a possessive is the head and ends the phrase.
        let owner = words
            .get(run + 1)
            .is_some_and(|&(c, d)| d == c + 1 && possessive(c) && !self.capitalised(c));
        if owner {
            run += 1;
        }
        if run == 0 {
            return Some(first);
        }
        let (a, b) = (words[0].0, words[run].1);
        let boundary = owner
            || match words.get(run + 1) {
                Some(&(c, d)) => {
                    let w = self.low(d - 1);
                    words::NOT_PHRASE_HEADS.contains(w)
                        || (!self.capitalised(c)
                            && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing")))
                }
                None => !self.is_word(b) || words::is_stopword(self.low(b)),
            };
        if !boundary {
            return Some(first);
        }
        if let Some(found) = self.single_unit_head(words[run - 1].0, b) {
            return Some(found);
        }
        let last = self.low(b - 1);
        let head = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last)
            .to_string();
        let name = format!(
            "{}{head}",
            &self.text[self.toks[a].start..self.toks[b - 1].start]
        );
        Some((
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            b,
        ))
    }

    /// One singular noun after "one" ("one solution"), not a plural nor an adverb.
    fn single_noun(&self, (a, b): (usize, usize)) -> Option<(FoundUnit, usize)> {
        if self.capitalised(a) || b > a + 1 {
            return None;
        }
        // "one day's rain", "one month’s rent": the possessive counts its noun.
        let w = self.low(a);
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if w.len() < 3
            || w.ends_with("ly")
            || words::false_plural(w)
            || matches!(w, "shy" | "short" | "clear" | "adrift" | "better" | "worse")
        {
            return None;
        }
        // A plural right after "one" is not its noun ("one thinks", "one says").
        if w.ends_with('s') && !w.ends_with("ss") {
            return None;
        }
        let head = w.to_string();
        Some((FoundUnit::count(head), b))
    }
}
