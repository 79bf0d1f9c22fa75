//! "one" closing a list of counts with its noun left out (issue 17, branch exvalue51,
//! decision 906): "three counts of fraud and one of money laundering", "five in the other
//! districts and one in Mymensingh", "10 dogs and one “other.”", "Maharashtra one each"
//! (readable golds blind b, real ck, de: `1`); and "only one of" a counted whole ("only
//! one of the 15 has been scrapped", real da). Elsewhere a lone "one" with no noun after
//! it stays a pronoun ("praised his defenders and one in particular": no figure before).

use super::*;

/// How many tokens before "one" a figure of the list may stand ("40 homes in the north
/// and one", "three counts of fraud and one").
const REACH: usize = 12;

impl SentenceReader<'_> {
    /// Rule `one_closes_count_list`: "one" at `i` after "and", or before "each", with a
    /// figure (digits or a number word other than "one") within [`REACH`] tokens before
    /// it, followed by "of", "in", "each", a closing mark or the sentence's end: the last
    /// count of a list whose noun is not repeated.
    pub(super) fn one_closes_count_list(&self, i: usize) -> bool {
        let next = self.low(i + 1);
        let after_and = i > 0 && self.low(i - 1) == "and";
        let open_next = matches!(next, "of" | "in" | "each")
            || i + 1 >= self.n()
            || ['.', ',', ';', '"', '“', '”', ')']
                .iter()
                .any(|&c| self.is_sym(i + 1, c));
        (after_and || next == "each") && open_next && self.count_figure_before(i)
    }

    /// Rule `only_one_of_whole`: "only one of the 15 …", "only one of three plants":
    /// "one" at `i` before "of" a whole it is counted in (`of_whole`, worked out by the
    /// caller) stays a count after "only", as it is without it.
    pub(super) fn only_one_of_whole(&self, i: usize, of_whole: bool) -> bool {
        i > 0 && self.low(i - 1) == "only" && of_whole
    }

    /// A figure within [`REACH`] tokens before `i`: digits that are no year, or a number
    /// word other than "one".
    fn count_figure_before(&self, i: usize) -> bool {
        (i.saturating_sub(REACH)..i).any(|k| {
            (self.is_num(k) && !self.year_at(k))
                || (self.is_word(k)
                    && self.low(k) != "one"
                    && number::small_number_word(self.low(k)).is_some())
        })
    }
}
