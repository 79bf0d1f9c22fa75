//! A limit named by a noun between "maximum"/"minimum" and the figure (issue 17, branch
//! exqual49, decision 882): "a maximum penalty of 14 years", "a minimum term of 22
//! years", "a mandatory minimum disqualification of 12 months" are at most or at least
//! the figure, as "a maximum of" is; the items of a list after such a limit share it ("a
//! maximum penalty of a £2,500 fine, a three-month prison sentence", "The maximum penalty
//! is 6 months imprisonment and a £5,000 fine"). The nouns are `words/limit_nouns.txt`
//! (legal and set limits); a measured extreme ("a maximum speed of", "a minimum
//! temperature of") is no limit and stays exact. Requirements named after "minimum" only
//! ("a minimum depth of 1.8 m", "minimum contributions of 8%") are `words/minimum_nouns.txt`
//! (decision 1300).

use super::finish::{Draft, Step};
use super::*;

/// Words a limit word may stand before its noun ("maximum prison term", "minimum driving ban").
const LIMIT_MODIFIERS: usize = 2;
/// Tokens of the earlier list items a shared limit reaches across.
const LIST_REACH: usize = 10;

impl<'a> SentenceReader<'a> {
    /// Rule `limit_noun_of`: "maximum"/"minimum", at most two words, a noun of
    /// `words/limit_nouns.txt` and "of" (an article after it allowed) before an unqualified
    /// single figure make it at most (`le`) or at least (`ge`) the figure.
    pub(super) fn limit_noun_of(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.range || m.first != a.first {
            return Ok(());
        }
        let start = self.past_article(m.first);
        if start > 0 && self.low(start - 1) == "of" {
            m.qual = self.limit_named_before(start - 1);
        }
        Ok(())
    }

    /// Rule `limit_list_item`: a figure opening a later item of a list ("…, a three-month
    /// sentence", "… and a £5,000 fine") whose first item follows a named limit ("a
    /// maximum penalty of", "the maximum penalty is") shares the limit's bound. The items
    /// between are words, figures, commas, hyphens and apostrophes only, at most
    /// `LIST_REACH` tokens.
    pub(super) fn limit_list_item(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        if m.qual.is_some() || m.change.is_some() || m.range || m.first != a.first {
            return Ok(());
        }
        let start = self.past_article(m.first);
        if start == 0
            || !(self.is_sym(start - 1, ',') || matches!(self.low(start - 1), "and" | "or"))
        {
            return Ok(());
        }
        let mut k = start - 1;
        while k > 0 && start - k <= LIST_REACH && self.list_item_token(k - 1) {
            k -= 1;
            if matches!(self.low(k), "of" | "is" | "are")
                && let Some(q) = self.limit_named_before(k)
            {
                m.qual = Some(q);
                return Ok(());
            }
        }
        Ok(())
    }

    /// The bound a named limit ending at `link` ("of", or "is"/"are" after "the") sets:
    /// "maximum"/"minimum", at most `LIMIT_MODIFIERS` words, then a noun of
    /// `words/limit_nouns.txt` right before `link`.
    fn limit_named_before(&self, link: usize) -> Option<QualCode> {
        if link < 2 || !self.is_word(link - 1) {
            return None;
        }
        let noun = self.low(link - 1);
        let legal = words::LIMIT_NOUNS.contains(noun);
        if !legal && !Self::minimum_requirement_noun(noun) {
            return None;
        }
        let is = matches!(self.low(link), "is" | "are");
        let lowest = (link - 1).saturating_sub(LIMIT_MODIFIERS + 1);
        let mut k = link - 1;
        while k > lowest && self.is_word(k - 1) {
            k -= 1;
            let q = match self.low(k) {
                "maximum" if legal => QualCode::Le,
                "maximum" => return None,
                "minimum" => QualCode::Ge,
                _ => continue,
            };
            // "The maximum penalty is …": a subject, opened by "the".
            return (!is || (k > 0 && self.low(k - 1) == "the")).then_some(q);
        }
        None
    }

    /// Rule `minimum_requirement_noun`: a noun of `words/minimum_nouns.txt` names a
    /// requirement after "minimum" only: "a minimum depth of 1.8 m", "minimum contributions
    /// of 8%" are at least the figure, while "a maximum depth of 10,994 metres" is a measured
    /// extreme and stays exact (decision 1300).
    fn minimum_requirement_noun(noun: &str) -> bool {
        words::MINIMUM_NOUNS.contains(noun)
    }

    /// `at`, or the article right before it ("of a £2,500 fine").
    fn past_article(&self, at: usize) -> usize {
        if at > 0 && matches!(self.low(at - 1), "a" | "an") {
            at - 1
        } else {
            at
        }
    }

    /// Whether token `k` may stand inside an earlier list item: a word, a figure, a
    /// comma, a hyphen, an apostrophe or a currency sign.
    fn list_item_token(&self, k: usize) -> bool {
        self.is_word(k)
            || self.is_num(k)
            || matches!(
                self.kind(k),
                Some(Kind::Sym(',' | '-' | '\'' | '\u{2019}' | '£' | '$' | '€'))
            )
    }
}
