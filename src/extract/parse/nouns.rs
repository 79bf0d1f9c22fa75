//! Counted noun phrases: the noun phrase after a number ("Russian troops", "first-team
//! players") — the modifiers left out of its name, its plural head — and plural detection
//! (`looks_plural`, acronym plurals such as "EVs"). Its words, where they start and stop,
//! are read in `phrase_words.rs`.

use super::*;

impl<'a> SentenceReader<'a> {
    /// Whether token `k` is a plain lower-case singular word that may sit inside a noun
    /// phrase: spaced from the token before, longer than one letter, no stopword, no plural,
    /// no number or scale word ("academic", "single", "use").
    pub(super) fn plain_singular_word(&self, k: usize) -> bool {
        let w = self.low(k);
        self.is_word(k)
            && !self.attached(k)
            && !self.capitalised(k)
            && w.len() > 1
            && !words::is_stopword(w)
            && !self.looks_plural(w, false)
            && number::small_number_word(w).is_none()
            && number::scale_word(w).is_none()
    }

    /// Whether a counted noun (not a unit) starts at `k`: "330m monthly users".
    pub(super) fn counted_after(&self, k: usize) -> bool {
        self.is_word(k)
            && (!self.capitalised(k) || self.acronym_plural(k))
            && !words::is_stopword(self.low(k))
            && self.unit_at(k).is_none()
            && self.noun_phrase(k, false).is_some()
    }

    /// A counted noun phrase at `j`: modifiers and a plural head ("Russian troops",
    /// "first-team players", "heart transplants"), or one singular noun after "one".
    pub(super) fn noun_phrase(&self, j: usize, single: bool) -> Option<(FoundUnit, usize)> {
        let j = self.past_dotted_abbreviation(j);
        let j = self.past_opening_quote(j);
        let words = self.phrase_words(j, single);
        if words.is_empty() {
            return None;
        }
        if single {
            return self.single_phrase(&words);
        }
        for (n, &(a, b)) in words.iter().enumerate() {
            let w = self.low(b - 1);
            // "T-shirts", "A-levels": a hyphened word is a name only if its head is too.
            let cap = self.capitalised(a) && self.capitalised(b - 1);
            // "236 held waiting list data", "8m having solid walls": a verb opening the
            // count's clause is no modifier (`words/count_clause_verbs.txt`, decision 737).
            if n == 0 && b == a + 1 && words::COUNT_CLAUSE_VERBS.contains(w) {
                return None;
            }
            // "178 runs off 291 balls", "two home runs": a plural that is also a verb is
            // a noun here, unless an object follows ("500 runs the show" is no count) or
            // "to" and a place ("runs to the station"); "to" and a verb is what the count
            // is for ("143 more runs to win", rule `plural_before_infinitive`, decision 784).
            let object_follows = self.is_word(b)
                && (matches!(
                    self.low(b),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "up" | "down"
                ) || (self.low(b) == "to" && !self.infinitive_at(b + 1)));
            // "a family of four costs £48": a sum right after it is the verb's object
            // (decision 595).
            let noun_verb = !cap
                && words::noun_verb_plural(w)
                && !self.is_num(b)
                && !object_follows
                && self.currency_from(b).is_none();
            // "2.5m EVs", "19 Tory MPs": an acronym plural heads the phrase as it is.
            if b == a + 1 && self.acronym_plural(a) {
                return Some(self.acronym_head(&words, n));
            }
            if (self.looks_plural(w, cap) || noun_verb)
                && !self.modifies_later_head(w, &words[n + 1..])
            {
                return Some(self.plural_head(&words, n));
            }
            if self.verb_ends_phrase(&words, n) {
                return None;
            }
        }
        None
    }

    /// The text of the words `(a, b)` of a phrase, tokens `a` to `b - 1`.
    fn words_text(&self, (a, b): (usize, usize)) -> &'a str {
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    /// The phrase `words` headed by the acronym plural at `words[n]` ("2.5m EVs", "19
    /// Tory MPs"), a counted statistic's abbreviation named in full ("14 rushing TDs").
    fn acronym_head(&self, words: &[(usize, usize)], n: usize) -> (FoundUnit, usize) {
        let (a, b) = words[n];
        let r = self.raw(a);
        // "14 rushing TDs": a counted statistic's abbreviation is named in full.
        let head = match self.unit_at(a) {
            Some((def, e)) if e == b && def.dimension == "sports-statistic" => def.name.clone(),
            _ => r[..r.len() - 1].to_string(),
        };
        let mut name = String::new();
        for &r in &words[..n] {
            name.push_str(self.words_text(r));
            name.push(' ');
        }
        name.push_str(&head);
        (
            FoundUnit {
                name,
                class: UnitKind::Count {
                    head: head.to_lowercase(),
                },
            },
            b,
        )
    }

    /// The phrase `words` headed by the plural at `words[n]`: a unit word as the head
    /// ("517 rushing yards"), else a count named by its modifiers and head, with plurals
    /// joined to it ("homes and businesses").
    fn plural_head(&self, words: &[(usize, usize)], n: usize) -> (FoundUnit, usize) {
        let (a, b) = words[n];
        let w = self.low(b - 1);
        // A unit word as the head: "517 rushing yards"; but "five break points"
        // counts a kind of its own (words/unit_kind_modifiers.txt).
        if let Some((def, _)) = self.unit_at(b - 1)
            && let unit = Self::unit_of(def)
            && matches!(unit.class, UnitKind::Measure | UnitKind::Time)
            && !(n > 0 && words::UNIT_KIND_MODIFIERS.contains(self.low(words[n - 1].0)))
        {
            return (unit, b);
        }
        let head = singular_noun(w);
        let mut name = String::new();
        for &r in &words[self.descriptive_lead(&words[..n])..n] {
            let t = self.words_text(r);
            match words::superlative_base(t) {
                Some(base) => name.push_str(&base),
                None => name.push_str(t),
            }
            name.push(' ');
        }
        // "e-buses": the part of a hyphenated head before its last word stays.
        if b > a + 1 {
            name.push_str(&self.text[self.toks[a].start..self.toks[b - 1].start]);
        }
        name.push_str(&head);
        // "12 birds of prey": an "of" phrase inside the noun's name stays (decision 1456).
        let mut end = b;
        if let Some((tail, e)) = self.of_compound_tail(&head, b) {
            name.push_str(&tail);
            end = e;
        }
        // "homes and businesses", "police, soldiers and civilians": plurals
        // joined by "and" or a comma list (decisions 612, 637).
        if let Some((joined, e)) = self.joined_head(end) {
            name.push_str(&joined);
            end = e;
        }
        (
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            end,
        )
    }

    /// The " of X" that ends a noun named with an "of" phrase after the plural head `head`
    /// ending at token `b` (`words/of_compound_nouns.txt`), and the token after it: "12
    /// birds of prey" → " of prey"; "40 bags of potatoes" keeps `bag` (decision 1029).
    fn of_compound_tail(&self, head: &str, b: usize) -> Option<(String, usize)> {
        if self.low(b) != "of" || !self.is_word(b + 1) || self.attached(b + 1) {
            return None;
        }
        let tail = format!(" of {}", self.low(b + 1));
        let whole = format!("{head}{tail}");
        words::OF_COMPOUND_NOUNS
            .contains(&whole)
            .then_some((tail, b + 2))
    }

    /// Whether the word `words[n]`, not the head, ends the phrase: a verb-looking word
    /// (not a participle before the plural head) or an adverb.
    fn verb_ends_phrase(&self, words: &[(usize, usize)], n: usize) -> bool {
        let (a, b) = words[n];
        let w = self.low(b - 1);
        // Modifiers must be adjectives or nouns: stop at a verb-looking word
        // (a hyphenated compound such as "coal-fired" is an adjective).
        // A participle right before the plural head is an adjective: "300 recorded
        // songs", "5 confirmed cases".
        let participle_adjective = words.get(n + 1).is_some_and(|&(c, d)| {
            d == c + 1
                && !self.capitalised(c)
                && self.looks_plural(self.low(c), false)
                && !words::noun_verb_plural(self.low(c))
        }) || self.participle_before_compound(words, n);
        (w.ends_with("ed") && b == a + 1 && !participle_adjective)
            || self.adverb_ends_phrase(w, words, n)
    }

    /// Whether `w`, word `n` of the phrase, is an adverb in -ly that ends the counted
    /// noun phrase: not an adjective in -ly (`words/ly_adjectives.txt`: "12 monthly
    /// payments"), and not right before an adjective that is no participle (an ending of
    /// `words/adjective_endings.txt` other than "-ed"), which it names the kind with, so
    /// both stay in the name as the gold writes them ("300 fully driverless vehicles",
    /// decision 763). Adverbs of degree ("40 mostly elderly residents") and adverbs
    /// before participles ("14 badly injured people") were passed over by `phrase_words`.
    fn adverb_ends_phrase(&self, w: &str, words: &[(usize, usize)], n: usize) -> bool {
        if !w.ends_with("ly") || words::LY_ADJECTIVES.contains(w) {
            return false;
        }
        let Some(&(c, d)) = words.get(n + 1) else {
            return true;
        };
        let adjective = self.low(c);
        !(words[n].1 == words[n].0 + 1
            && d == c + 1
            && n + 2 < words.len()
            && !self.capitalised(c)
            && words::ADJECTIVE_ENDINGS
                .entries()
                .iter()
                .any(|&(e, _)| e != "ed" && adjective.ends_with(e)))
    }

    /// Whether a plural-looking `w` modifies a later plural head among `rest` (the words
    /// after it): a noun whose plural is its singular ("680 aircraft maintenance
    /// engineers") or a plural-form modifier ("3 sports cars", "two savings accounts").
    /// How many modifiers at the start of a counted noun's phrase describe it without
    /// naming a kind, and are left out of the unit: hyphenated participles ("2,082
    /// lab-confirmed flu patients" is a count of flu patients; decision 215) and plain
    /// adjectives of strength, condition, separateness or addition ("two strong
    /// aftershocks", "3 separate leaks", "two additional riders", "12 empty and separate
    /// tanks"; words/descriptive_adjectives.txt, decision 558). A bare
    /// participle stays ("300 recorded songs", "5 confirmed cases"), as do the words dev
    /// keeps ("four different bosses", "the top three seeds", "two new 737 Max jets").
    fn descriptive_lead(&self, modifiers: &[(usize, usize)]) -> usize {
        modifiers
            .iter()
            .take_while(|&&(a, b)| {
                if b > a + 1 {
                    words::DESCRIPTIVE_PARTICIPLES.contains(self.low(b - 1))
                } else {
                    !self.capitalised(a) && descriptive_adjective(self.low(a))
                }
            })
            .count()
    }

    /// Whether a bare verb stands at `k` after "to": a plain lower-case word that is no
    /// stopword ("to win", "to cut"), not a name or a number ("to Stratford", "to 12").
    fn infinitive_at(&self, k: usize) -> bool {
        self.is_word(k) && !self.capitalised(k) && !words::is_stopword(self.low(k))
    }

    fn modifies_later_head(&self, w: &str, rest: &[(usize, usize)]) -> bool {
        let plural_word = |&(c, d): &(usize, usize)| {
            d == c + 1 && !self.capitalised(c) && self.looks_plural(self.low(c), false)
        };
        // "28,954 people received organ transplants": not across a verb (decision 645).
        let verb_next = rest
            .first()
            .is_some_and(|&(c, d)| d == c + 1 && self.past_verb_at(c));
        (words::irregular_plural(w) == Some(w) && !verb_next && rest.iter().any(plural_word))
            || (words::PLURAL_MODIFIERS.contains(w) && rest.first().is_some_and(plural_word))
    }

    /// Whether `w` (lower-cased) reads as a plural noun that can head a counted noun
    /// phrase; capitalised words only as demonyms ("Americans", "Israelis"). A word in -is
    /// is a plural only when the inflection table lists its noun in -i ("taxis",
    /// "robotaxis", "Pakistanis"; not "analysis", "tennis"; decision 762).
    pub(super) fn looks_plural(&self, w: &str, cap: bool) -> bool {
        let listed = words::irregular_plural(w).is_some();
        let plural = listed
            || w.ends_with("children")
            || w.ends_with("people")
            || (w.ends_with("men")
                && w.len() > 4
                && !matches!(w, "specimen" | "regimen" | "abdomen" | "acumen" | "stamen"))
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.contains('\'')
                && !w.contains('’')
                && !words::false_plural(w));
        plural && (!cap || w.ends_with("ans") || (listed && w.ends_with("is")))
    }

    /// "EVs", "MPs", "SUVs": an acronym with a plural "s".
    pub(super) fn acronym_plural(&self, k: usize) -> bool {
        let r = self.raw(k);
        r.len() >= 3 && r.ends_with('s') && r[..r.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    }
}

/// Whether `w` (lower case) is a plain adjective that describes the things counted and
/// names no kind of them (`words/descriptive_adjectives.txt`, decision 558), or the
/// superlative of one ("the strongest hurricanes" count `hurricane`; rule
/// `descriptive_superlative`, decision 783).
fn descriptive_adjective(w: &str) -> bool {
    words::DESCRIPTIVE_ADJECTIVES.contains(w)
        || words::superlative_base(w)
            .is_some_and(|b| words::DESCRIPTIVE_ADJECTIVES.contains(b.as_str()))
}
