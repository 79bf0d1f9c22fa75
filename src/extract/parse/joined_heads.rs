//! Rule `joined_heads` (decisions 612 and 637): plural nouns joined by "and" after one
//! figure are one counted head as written: "200,000 homes and businesses were without
//! power" counts `home and business`, "60.5 million skiers and snowboarders were
//! documented" `skier and snowboarder` (README ba/bb, the readable parts from ba on), and
//! a comma list of them "2,000 police, soldiers and civilians were participating"
//! `police, soldier and civilian` (real bc). Each plural after the first must be a bare
//! lower-case word that is no unit, scale or number word, and the sentence must go on
//! past the last with a mark, its end, a word of `words/joined_head_followers.txt` (an
//! auxiliary, a relative pronoun), a participle in "-ing" ("unions campaigning",
//! decision 737) or a place preposition with no figure after it ("500 towns and cities
//! across the UK", decision 1434): otherwise it may be a verb ("14 titles and plays
//! in", "23,000 workers and incorporates over 17 miles") and the first noun stands alone. A
//! list that ends in anything else ("museums, galleries and the National Zoo", "rescue
//! personnel, helicopters, and heavy equipment") leaves the first noun alone too. A
//! figure after "and" has its own count.

use super::*;

impl<'a> SentenceReader<'a> {
    /// At `b`, right after a counted plural head: what the head's name gains (", soldier
    /// and civilian", " and business") and the token after it, when "and" or a comma list
    /// ending in "and" joins more plurals to it.
    pub(super) fn joined_head(&self, b: usize) -> Option<(String, usize)> {
        let mut listed = Vec::new();
        let mut k = b;
        while self.is_sym(k, ',') {
            if self.low(k + 1) == "and" {
                k += 1;
                break;
            }
            if !self.bare_plural(k + 1) {
                return None;
            }
            listed.push(singular_noun(self.low(k + 1)));
            k += 2;
        }
        let last = k + 1;
        if self.low(k) != "and" || !self.bare_plural(last) {
            return None;
        }
        // "compulsory liquidations and creditors’ voluntary liquidations": the last
        // plural may be a possessive before its own head (rule
        // `possessive_before_plural_head`); a preposition may follow that head.
        if let Some((_, end)) = self.possessive_modifier(last, last + 1)
            && (!self.is_word(end) || words::is_stopword(self.low(end)))
        {
            let mut name = String::new();
            for noun in &listed {
                name.push_str(", ");
                name.push_str(noun);
            }
            name.push_str(" and ");
            name.push_str(&self.text[self.toks[last].start..self.toks[end - 1].start]);
            name.push_str(&singular_noun(self.low(end - 1)));
            return Some((name, end));
        }
        let after = last + 1;
        let goes_on = after >= self.n()
            || (!self.is_word(after) && !self.is_num(after) && !self.is_sym(after, '-'))
            || (self.is_word(after) && words::JOINED_HEAD_FOLLOWERS.contains(self.low(after)))
            || self.participle_follows(after)
            || self.place_follows(after);
        if !goes_on {
            return None;
        }
        let mut name = String::new();
        for noun in &listed {
            name.push_str(", ");
            name.push_str(noun);
        }
        name.push_str(" and ");
        name.push_str(&singular_noun(self.low(last)));
        Some((name, after))
    }

    /// "180 charities, businesses and unions campaigning to end fuel poverty": a
    /// lower-case word in "-ing" after the last plural opens a participle clause on the
    /// joined heads, so the list ends there (decision 737).
    fn participle_follows(&self, k: usize) -> bool {
        self.is_word(k)
            && !self.capitalised(k)
            && self.low(k).len() > 4
            && self.low(k).ends_with("ing")
    }

    /// "over 500 towns and cities across the UK", "377 dogs and cats in our care": a
    /// place preposition of `words/joined_head_places.txt` after the last plural goes on
    /// from the joined heads as an auxiliary does (decision 1434), unless a figure stands
    /// in the three tokens after it: then the plural after "and" is a verb with a measure
    /// of its own ("18 segments and operates at about -233C", "32,256 pieces and measures
    /// in at 17 feet", "employs 900 workers and operates in 14 countries").
    fn place_follows(&self, k: usize) -> bool {
        self.is_word(k)
            && words::JOINED_HEAD_PLACES.contains(self.low(k))
            && !(k + 1..k + 4).any(|i| self.is_figure(i))
    }

    /// A bare lower-case plural at `k` that is no stopword, verb-like plural, scale,
    /// number word or unit.
    pub(super) fn bare_plural(&self, k: usize) -> bool {
        if !self.is_word(k) || self.attached(k) || self.capitalised(k) {
            return false;
        }
        let w = self.low(k);
        self.looks_plural(w, false)
            && !words::is_stopword(w)
            && !words::noun_verb_plural(w)
            && number::scale_word(w).is_none()
            && number::small_number_word(w).is_none()
            && self.unit_at(k).is_none()
    }
}
