//! How far a change or a passing verb reaches beyond the plain "verb amount" shape: a verb
//! of change across a comma before "by" ("fell the least, by 3%"), a currency weakened
//! past a rate quoted to the dollar, and the height a verb of rising gives ("rising 923
//! vertical feet", "above sea level"), which is no rise, and "up" or "down" said of a
//! subject before a comma or a dash ("were also down — 16%", decision 919). Called from
//! `change_verbs.rs` (`change_before`) and `context.rs` (`past_after_verb`); decisions
//! 787 and 789.

use super::*;

impl<'a> SentenceReader<'a> {
    /// "the yen weakened past 151 to the dollar", "strengthened past 140 per dollar": a
    /// verb of `words/currency_past_verbs.txt` at `verb` before "past" and a rate quoted in
    /// units of the currency to one of another (`words/rate_quote_currencies.txt`, within
    /// a few tokens after `at`): weakening passes the rate upwards, strengthening
    /// downwards (decision 789).
    pub(super) fn currency_past(&self, verb: usize, at: usize) -> Option<QualCode> {
        let q = words::currency_past(self.low(verb))?;
        let quoted = (at + 1..self.n().min(at + 5)).any(|k| {
            let mut c = k + 1;
            if matches!(self.low(k), "to" | "against") && self.low(c) == "the" {
                c += 1;
            }
            matches!(self.low(k), "to" | "per" | "against")
                && words::RATE_QUOTE_CURRENCIES.contains(self.low(c))
        });
        quoted.then_some(q)
    }

    /// "rising 923 vertical feet", "Rising more than 2,400 metres (8,000 feet) above sea
    /// level": after a verb of rising, a figure followed by "vertical" or, before the
    /// clause's comma, by "above sea level" is a height, not a rise (decision 789).
    pub(super) fn height_after(&self, at: usize) -> bool {
        let mut k = at;
        while k < self.n().min(at + 10) && !self.is_sym(k, ',') && !self.is_sym(k, ';') {
            if (self.is_num(k) && self.low(k + 1) == "vertical")
                || (self.low(k) == "above"
                    && self.low(k + 1) == "sea"
                    && self.low(k + 2) == "level")
            {
                return true;
            }
            k += 1;
        }
        false
    }

    /// "fell the least, by 3%", "grew the fastest, by 6.1%", "rose again, by 1.2%", "dropped
    /// sharply, by 15%", "also rose, collectively by 85%": before the comma at `comma`, a
    /// verb of change, either right there or before an adverb in "-ly" or of
    /// `words/change_comma_adverbs.txt`, or before "the" and a superlative: the amount after
    /// "by" is that verb's change (decision 787).
    pub(super) fn change_before_comma(&self, comma: usize) -> Option<bool> {
        let superlative =
            |w: &str| matches!(w, "most" | "least") || (w.len() > 4 && w.ends_with("est"));
        let mut k = comma;
        if k >= 1 && self.is_word(k - 1) && !matches!(self.low(k - 1), "up" | "down") {
            // "rose, by 3%": the verb right before the comma.
            if let Some(c) = words::change_word(self.low(k - 1)) {
                return Some(c);
            }
        }
        if k >= 2
            && self.is_word(k - 1)
            && (self.low(k - 1).ends_with("ly")
                || words::CHANGE_COMMA_ADVERBS.contains(self.low(k - 1)))
        {
            k -= 1;
        } else if k >= 3
            && self.is_word(k - 1)
            && self.low(k - 2) == "the"
            && superlative(self.low(k - 1))
        {
            k -= 2;
        } else {
            return None;
        }
        let w = self.low(k - 1);
        if !self.is_word(k - 1) || matches!(w, "up" | "down") {
            return None;
        }
        words::change_word(w)
    }

    /// Rule `stated_change_before_comma` (decision 919): "The West was also up, 5.4
    /// percent month-to-month", "Camper numbers were also down — 16% for RVs": "up" or
    /// "down" after a form of "be" or "also", then a comma, a dash or a colon at `sep`
    /// right before the figure at `at`, states the figure's change. A share of a group
    /// after the figure ("were up, 40% of shoppers said") is no change.
    pub(super) fn stated_change_before_comma(&self, sep: usize, at: usize) -> Option<bool> {
        let punct = matches!(self.kind(sep), Some(Kind::Sym(',' | '–' | '—' | '-' | ':')));
        if !punct || sep < 2 {
            return None;
        }
        let c = match self.low(sep - 1) {
            "up" => true,
            "down" => false,
            _ => return None,
        };
        let linked = self.low(sep - 2) == "also" || words::BE_FORMS.contains(self.low(sep - 2));
        let share_of = (at + 1..self.n().min(at + 4))
            .take_while(|&k| !self.is_sym(k, ','))
            .any(|k| self.low(k) == "of");
        (linked && !share_of).then_some(c)
    }
}
