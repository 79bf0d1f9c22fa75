//! The words of a counted noun phrase after a number, as token ranges, before `nouns.rs`
//! picks its head: where they start (past a dotted abbreviation such as "U.S.", past an
//! opening quotation mark), the words passed over (adverbs of degree, "and" or "or" between
//! modifiers, a quoted modifier's closing mark), hyphenated words, a version number
//! ("USB 3.0"), a plural possessive ("creditors’") and a number word hyphened to a plural
//! ("eight-thousanders"), and the words that end them.

use super::*;

impl SentenceReader<'_> {
    /// "six U.S. commercial satellites", "400+ U.S. metro areas": a dotted abbreviation
    /// of single capitals ("U.S.", "U.K.") before a lower-case word names a place, not
    /// the kind counted; the phrase starts after it (decision 141). Returns `j` when
    /// there is none.
    pub(super) fn past_dotted_abbreviation(&self, j: usize) -> usize {
        let mut k = j;
        while k + 1 < self.n()
            && self.is_word(k)
            && self.raw(k).len() == 1
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase())
            && self.is_sym(k + 1, '.')
            && self.attached(k + 1)
            && (k == j || self.attached(k))
        {
            k += 2;
        }
        if k >= j + 4 && self.is_word(k) && !self.capitalised(k) {
            k
        } else {
            j
        }
    }

    /// Rule `quoted_counted_noun` (decision 782): a counted noun written in quotation
    /// marks after its count ("seven “convective storm events”", "1,024 “logical
    /// qubits,”", "12 ‘free’ schools") is read from the word after the opening mark, which
    /// stands apart from the count and against that word. Returns `j` when there is none.
    pub(super) fn past_opening_quote(&self, j: usize) -> usize {
        if self.quote_mark(j) && !self.attached(j) && self.attached(j + 1) && self.is_word(j + 1) {
            j + 1
        } else {
            j
        }
    }

    /// Whether the token at `k` is a quotation mark, straight or curly.
    fn quote_mark(&self, k: usize) -> bool {
        matches!(
            self.kind(k),
            Some(Kind::Sym('"' | '“' | '”' | '‘' | '’' | '\''))
        )
    }

    /// The words of a noun phrase at `j` as token ranges (hyphenated words whole): up to
    /// four, coordinated modifiers passed over ("digital and physical sales").
    pub(super) fn phrase_words(&self, j: usize, single: bool) -> Vec<(usize, usize)> {
        let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges of words (with hyphens)
        // "12 ‘free’ schools": a quoted modifier's closing mark is passed over once.
        let mut quoted = j > 0 && self.quote_mark(j - 1) && self.attached(j);
        let mut k = j;
        while k < self.n() && words.len() < 4 {
            if quoted
                && !words.is_empty()
                && self.quote_mark(k)
                && self.attached(k)
                && self.is_word(k + 1)
                && !self.attached(k + 1)
            {
                quoted = false;
                k += 1;
                continue;
            }
            if !self.is_word(k) {
                break;
            }
            let w = self.low(k);
            // "40 mostly elderly residents": an adverb of degree before a modifier;
            // `adverb_before_participle` (decision 391): "14 badly injured people",
            // "1,200 privately owned wells", an adverb in -ly before a participle in -ed.
            let participle = |i: usize| self.low(i).len() > 4 && self.low(i).ends_with("ed");
            if (words::DEGREE_ADVERBS.contains(w) || (w.ends_with("ly") && participle(k + 1)))
                && !single
                && self.is_word(k + 1)
                && !words::is_stopword(self.low(k + 1))
                && !self.looks_plural(self.low(k + 1), self.capitalised(k + 1))
            {
                k += 1;
                continue;
            }
            // Coordinated modifiers: "digital and physical sales", "Kia and Hyundai
            // vehicles". The conjunction is left out of the name.
            if matches!(w, "and" | "or")
                && !single
                && !words.is_empty()
                && self.is_word(k + 1)
                && !words::is_stopword(self.low(k + 1))
                && number::small_number_word(self.low(k + 1)).is_none()
                && !self.looks_plural(self.low(k - 1), self.capitalised(k - 1))
            {
                k += 1;
                continue;
            }
            if (words::is_stopword(w) && !self.hyphen_modifier_opener(k) && !self.initial_joined(k))
                || (number::small_number_word(w).is_some() && !self.number_word_compound(k))
                || number::scale_word(w).is_some()
                || words::weekday(w)
                || self.month_at(k).is_some()
            {
                break;
            }
            // Hyphenated words: "first-team", "COVID-19"; initials joined by "&": "A&E".
            let mut e = k + 1;
            while (self.is_sym(e, '-') || self.initial_joined(e - 1))
                && self.attached(e)
                && self.attached(e + 1)
                && (self.is_word(e + 1)
                    || (self.is_num(e + 1) && (self.has_upper(k) || self.low(k) == "covid")))
            {
                e += 2;
            }
            e = self.past_version_number(k, e);
            if !single && let Some((past, _)) = self.possessive_modifier(k, e) {
                e = past;
            }
            words.push((k, e));
            k = e;
        }
        words
    }

    /// Rule `possessive_before_plural_head` (decision 793): a plural possessive ("creditors’",
    /// "members'", curly or straight apostrophe) before one or two modifiers and a plural
    /// head names the kind counted with the possessive kept ("3,047 creditors’ voluntary
    /// liquidations" count `creditors’ voluntary liquidation`). Before a singular head,
    /// "worth", "of" or its head alone the possessor is what is counted ("20 weeks' salary",
    /// "1 billion dollars’ worth", "17 states' prison population", "40,000 customers'
    /// accounts") and the phrase ends at it. `k..e` is the plural word; returns the end of
    /// the word with its apostrophe and the end of the plural head.
    pub(super) fn possessive_modifier(&self, k: usize, e: usize) -> Option<(usize, usize)> {
        let apostrophe = matches!(self.kind(e), Some(Kind::Sym('’' | '\'')));
        if e != k + 1
            || !apostrophe
            || !self.attached(e)
            || self.attached(e + 1)
            || !self.low(k).ends_with('s')
            || !self.looks_plural(self.low(k), self.capitalised(k))
        {
            return None;
        }
        let mut i = e + 1;
        while i < e + 4 && self.is_word(i) && !self.attached(i) && !self.capitalised(i) {
            let w = self.low(i);
            if words::is_stopword(w) || w == "worth" || self.unit_at(i).is_some() {
                return None;
            }
            if self.looks_plural(w, false) {
                return (i > e + 1).then_some((e + 1, i + 1));
            }
            i += 1;
        }
        None
    }

    /// Rule `initial_joined` (decision 1060): a capital at `k` glued to "&" and a capital
    /// ("A&E", "R&D", "M&A") or to "-" and a word ("A-levels", "T-shirts") is part of one
    /// word of a counted phrase, not the article "a" nor a unit: "170 A&E visits" counts
    /// `A&E visit`, "3 A-levels" `A-level`.
    pub(super) fn initial_joined(&self, k: usize) -> bool {
        let next = k + 2;
        self.raw(k).len() == 1
            && self.has_upper(k)
            && self.attached(k + 1)
            && self.attached(next)
            && self.is_word(next)
            && (self.is_sym(k + 1, '-') || (self.is_sym(k + 1, '&') && self.has_upper(next)))
    }

    /// "14 eight-thousanders", "three two-seaters": a number word hyphened to one plural
    /// noun is a noun of its own, not a second count (decision 510).
    fn number_word_compound(&self, k: usize) -> bool {
        let head = k + 2;
        self.is_sym(k + 1, '-')
            && self.attached(k + 1)
            && self.attached(head)
            && self.is_word(head)
            && !(self.is_sym(head + 1, '-') && self.attached(head + 1))
            && self.looks_plural(self.low(head), false)
            && self.unit_at(head).is_none()
    }

    /// "two USB 3.0 ports", "four HDMI 2.1 inputs": a name in capitals and its version
    /// number (a decimal, apart from it) modify the noun after them as one word. Returns
    /// `e`, the end of the word at `k`, past the number when there is one.
    fn past_version_number(&self, k: usize, e: usize) -> usize {
        let caps = e == k + 1
            && self.raw(k).len() >= 2
            && self.raw(k).chars().all(|c| c.is_ascii_uppercase());
        if caps
            && self.is_num(e)
            && !self.attached(e)
            && self.raw(e).contains('.')
            && self.is_word(e + 1)
            && !self.attached(e + 1)
            && !words::is_stopword(self.low(e + 1))
        {
            e + 1
        } else {
            e
        }
    }
}
