//! Sentence ends over one line's tokens: a stop (".", "!", "?", "…") with the closing
//! quotes and brackets after it ends a sentence when a capital, a number, an opening quote
//! or the line's end follows, and not after an abbreviation ("Mr.", "U.S.", "a.m.";
//! `words/sentence_abbreviations.txt`). Moved out of `scan.rs`, which keeps the tokenizer.

use super::scan::{Kind, Tok};
use super::words;

/// Splits the tokens of one line into sentences: calls `f` with each sentence's token range.
/// `lower` gives a token's lower-cased text.
pub(super) fn split_sentences(text: &str, toks: &[Tok], mut f: impl FnMut(usize, usize)) {
    let mut from = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let ends = matches!(
            t.kind,
            Kind::Sym('.') | Kind::Sym('!') | Kind::Sym('?') | Kind::Sym('…')
        );
        if ends {
            // Closing quotes and brackets right after the stop stay in this sentence.
            let mut j = i + 1;
            while j < toks.len()
                && !toks[j].space
                && matches!(
                    toks[j].kind,
                    Kind::Sym('"')
                        | Kind::Sym('”')
                        | Kind::Sym('’')
                        | Kind::Sym('\'')
                        | Kind::Sym(')')
                        | Kind::Sym('*')
                )
            {
                j += 1;
            }
            let next = toks.get(j);
            let boundary = match next {
                None => true,
                Some(n) => {
                    n.space
                        && match n.kind {
                            Kind::Word => text[n.start..]
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase),
                            Kind::Num => true,
                            Kind::Sym(c) => matches!(
                                c,
                                '"' | '“' | '‘' | '(' | '[' | '*' | '\'' | '—' | '-' | '#'
                            ),
                            Kind::Break => true,
                        }
                }
            };
            let abbrev = t.kind == Kind::Sym('.')
                && i > 0
                && !t.space
                && toks[i - 1].kind == Kind::Word
                && {
                    let w = &text[toks[i - 1].start..toks[i - 1].end];
                    (w.len() == 1 && w.chars().all(char::is_uppercase))
                        || (w.len() <= 6 && words::SENTENCE_ABBREVIATIONS.contains(&w.to_ascii_lowercase()))
                        // "U.S." and "a.m.": a one-letter word after another period.
                        || (w.len() == 1 && i >= 2 && toks[i - 2].kind == Kind::Sym('.'))
                };
            if boundary && !abbrev {
                f(from, j);
                from = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if from < toks.len() {
        f(from, toks.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::Tokenizer;

    #[test]
    fn sentences() {
        let s = "U.S. forces left. About 600 troops remain. Mr. Smith said so.";
        let toks: Vec<Tok> = Tokenizer::new(s).collect();
        let mut out = Vec::new();
        split_sentences(s, &toks, |a, b| {
            out.push(&s[toks[a].start..toks[b - 1].end])
        });
        assert_eq!(
            out,
            [
                "U.S. forces left.",
                "About 600 troops remain.",
                "Mr. Smith said so."
            ]
        );
    }
}
