//! Currency prefixes before the digits: a symbol, code or word ending right before the
//! number or starting a sum ("$", "US$", "Rs", "MOP"), a code read only before a number
//! shaped like a sum, the article "A" apart from a "$" (no "A$"), and the currency with a
//! symbol qualifier ("~$5") before an amount; "pounds" before a figure as an archive's
//! "£" (`pounds_before_figure`).

use super::*;

impl<'a> SentenceReader<'a> {
    /// A currency prefix ending right before token `num` (the number).
    pub(super) fn currency_before(&self, num: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if num == 0 {
            return None;
        }
        if let Some(cur) = self.pounds_before_figure(num) {
            return Some((cur, num - 1));
        }
        let before = self.raw(num - 1);
        for e in lexicon::prefixes_ending_in(before) {
            let (p, len) = (e.prefix, e.len);
            if len > num {
                continue;
            }
            let at = num - len;
            if !p.spaced && !self.attached(num) {
                continue;
            }
            let cur = Cur {
                name: p.name,
                code: p.code,
            };
            // Symbols are exact; codes like "US", "RM", "PS" must match case.
            if self.match_pattern(at, p.pattern, true).is_some()
                && !self.article_before_sign(at)
                && best.is_none_or(|(_, b)| at < b)
                && (!p.from_code || self.sum_shaped(num, cur))
            {
                best = Some((self.currency_sense(at, cur), at));
            }
        }
        best
    }

    /// Rule `pounds_before_figure` (decision 1435): "guaranteed pounds 20m a year", "costs
    /// around pounds 50,000": the lower-case word "pounds" right before a figure is a
    /// newspaper archive's rendering of "£", unless a figure stands right before it ("12
    /// pounds 4 ounces" stays a weight and a count of ounces). `num` is the number's token.
    fn pounds_before_figure(&self, num: usize) -> Option<Cur> {
        if self.raw(num - 1) != "pounds"
            || self.attached(num)
            || (num >= 2 && self.is_figure(num - 2))
        {
            return None;
        }
        lexicon::prefixes_ending_in("£")
            .iter()
            .find(|e| e.prefix.pattern == "£")
            .map(|e| Cur {
                name: e.prefix.name,
                code: e.prefix.code,
            })
    }

    /// A currency prefix starting at `at` and followed by a number: the currency and the
    /// number's index.
    pub(super) fn currency_from(&self, at: usize) -> Option<(Cur, usize)> {
        let mut best: Option<(Cur, usize)> = None;
        if at >= self.n() {
            return None;
        }
        let first = self.raw(at);
        for e in lexicon::prefixes_starting_with(first) {
            let p = e.prefix;
            if let Some(len) = self.match_pattern(at, p.pattern, true) {
                let num = at + len;
                let cur = Cur {
                    name: p.name,
                    code: p.code,
                };
                if self.is_num(num)
                    && !self.article_before_sign(at)
                    && (p.spaced || self.attached(num))
                    && best.is_none_or(|(_, b)| num > b)
                    && (!p.from_code || self.sum_shaped(num, cur))
                {
                    best = Some((self.currency_sense(at, cur), num));
                }
            }
        }
        best
    }

    /// Rule `article_before_sign` (decision 953): "A" standing apart from the "$" after it
    /// is the article ("A $3 billion deal was signed"), not the "A$" of Australian
    /// dollars, which is written against its sign ("A$28"); letters that are no article
    /// keep a space ("US $58.24").
    fn article_before_sign(&self, at: usize) -> bool {
        self.raw(at) == "A" && self.raw(at + 1) == "$" && !self.attached(at + 1)
    }

    /// Whether the number at `num` is written as a sum of money rather than a label: with
    /// a decimal point or a thousands separator, in space-separated groups, or with a
    /// scale ("MOP 2.21 billion", "DZD 1,500", "MOP15 billion"; not "COP 26", "PHP 8").
    /// A currency code the registry derives from its code column is read only so.
    fn sum_shaped(&self, num: usize, cur: Cur) -> bool {
        self.is_num(num)
            && (self.raw(num).contains(['.', ','])
                || self.space_grouped(num).is_some()
                || self.scale_after(num, num + 1, Some(cur)).0 != 0)
    }

    /// A currency and a symbol qualifier ("~", ">") before the sign or number starting at
    /// `first`; `Err` for letters glued to the front ("S22").
    #[allow(clippy::type_complexity)]
    pub(super) fn currency_and_symbol(
        &self,
        i: usize,
        first: usize,
    ) -> Result<(usize, Option<Cur>, Option<QualCode>), usize> {
        let mut first = first;
        let mut cur = None;
        let mut sym_qual = None;
        // Currency before the sign or the number.
        if let Some((c, at)) = self.currency_before(first) {
            cur = Some(c);
            first = at;
            if let Some((q, start)) = at.checked_sub(1).and_then(|k| self.symbol_qualifier(k)) {
                sym_qual = Some(q);
                first = start;
            }
        } else if first == i
            && i > 0
            && self.attached(i)
            && self.is_word(i - 1)
            && !self.later_glued_side(i)
            && !self.glued_minutes_at(i)
        {
            // Letters glued to the front: "S22", "V10", "A2"; "PS21/5" whole.
            return Err(self.slashed_code_end(i));
        }
        if sym_qual.is_none()
            && let Some((q, start)) = first.checked_sub(1).and_then(|k| self.symbol_qualifier(k))
        {
            sym_qual = Some(q);
            first = start;
            if cur.is_none()
                && let Some((c, at)) = self.currency_before(first)
            {
                cur = Some(c);
                first = at;
            }
        }
        Ok((first, cur, sym_qual))
    }
}
