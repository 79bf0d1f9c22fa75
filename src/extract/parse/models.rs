//! Counts before a model or name with digits ("40 737 MAX jets", "three A380s", "200
//! Model 3 cars", "9 Boeing 767 freighters"; rule `count_before_model`, decision 443) and
//! slang amounts ("5 grand", "ten grand", "$2 mil", "a couple hundred bucks", "a fiver"; rule
//! `slang_amount`, decision 445).

use super::finish::{Draft, Step};
use super::*;

impl<'a> SentenceReader<'a> {
    /// Rule `count_before_model` (decision 443): a count, then a model or name holding
    /// digits, then the plural noun counted ("40 737 MAX jets", "12 F-35 fighters", "200
    /// Model 3 cars", "31 M1 Abrams tanks") or a model in the plural ("three A380s", "25
    /// 747s", "two 777Xs"). The model's digits are part of the counted noun's name, no
    /// count of their own. Up to two capitalised name words may lead ("9 Boeing 767
    /// freighters"); digits alone lead only where a capitalised word or a glued plural
    /// follows them, so "5 100 metre races" stays two numbers.
    pub(super) fn count_before_model(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        if !is_whole_count(a) || self.attached(j) || j >= self.n() {
            return None;
        }
        let name_word = |k: usize| {
            self.capitalised(k)
                && !self.attached(k)
                && !words::is_stopword(self.low(k))
                && self.month_at(k).is_none()
                && !self.raw(k).ends_with('s')
        };
        let lead = self.past_words_before_model(j);
        let mut k = lead;
        while k < lead + 2 && name_word(k) && self.model_core(k + 1, true).is_some() {
            k += 1;
        }
        // "the 737 MAX 9 jets", "the 737 Max 9 jets": a name in capitals, or any name
        // after "the", right after the count makes the count itself a model's number.
        let caps = |i: usize| {
            self.raw(i).len() >= 2 && self.raw(i).chars().all(|c| c.is_ascii_uppercase())
        };
        if k > lead && (caps(lead) || (a.first > 0 && self.low(a.first - 1) == "the")) {
            return None;
        }
        let (e, plural) = self.model_core(k, k > lead)?;
        let model = &self.text[self.toks[j].start..self.toks[e - 1].end];
        if plural {
            let model = model.strip_suffix('s')?;
            return Some((FoundUnit::count(model.to_string()), e));
        }
        // Bare digits need a name after them ("737 MAX", "787 Dreamliners"), or words
        // before them and a noun that is no unit ("two old 747 freighters"; not "600 full
        // 13kg gas cylinders", a measure).
        if k == lead
            && self.is_num(k)
            && !self.capitalised(e)
            && (lead == j || e != k + 1 || self.unit_at(e).is_some())
        {
            return None;
        }
        let (head, end) = match self.noun_phrase(e, false) {
            Some((u, end)) if matches!(u.class, UnitKind::Count { .. }) => (u.name, end),
            // "787 Dreamliners": a capitalised plural heads it, a sign after it
            // ending the sentence or clause ("three new 787 Dreamliners.", decision 819).
            _ if self.capitalised(e)
                && self.raw(e).ends_with('s')
                && !self.has_upper(e + 1)
                && (!self.attached(e + 1)
                    || matches!(self.kind(e + 1), Some(Kind::Sym('.' | ',' | ';' | ')')))) =>
            {
                (self.raw(e)[..self.raw(e).len() - 1].to_string(), e + 1)
            }
            _ => return None,
        };
        let unit = FoundUnit {
            name: format!("{model} {head}"),
            class: UnitKind::Count {
                head: head.rsplit(' ').next().unwrap_or(&head).to_lowercase(),
            },
        };
        Some(self.read_rate(unit, end))
    }

    /// Rule `numbered_label_plural` (decision 1313): "four par-5s", "three of the four
    /// par-3s": a word of `words/numbered_label_words.txt` hyphened to a figure with a
    /// glued plural "s" names the kind counted (`par-5`), its figure no count of its own.
    /// "a par-4" and "the par-3 seventh" stay labels, no quantity.
    pub(super) fn numbered_label_plural(&self, j: usize, a: &Amt) -> Option<(FoundUnit, usize)> {
        if !is_whole_count(a)
            || self.attached(j)
            || !self.is_word(j)
            || !words::NUMBERED_LABEL_WORDS.contains(self.low(j))
        {
            return None;
        }
        let plural = self.is_sym(j + 1, '-')
            && self.attached(j + 1)
            && self.is_num(j + 2)
            && self.attached(j + 2)
            && self.raw(j + 3) == "s"
            && self.attached(j + 3);
        plural.then(|| {
            let name = format!("{}-{}", self.low(j), self.raw(j + 2));
            (FoundUnit::count(name), j + 4)
        })
    }

    /// Rule `words_before_model` (decision 819): up to two describing words between a
    /// count and a model with digits stay in the counted noun's name, as NewsQuant dev
    /// keeps "two new 737 Max jets" (`new 737 Max jet`): "three new 787 Dreamliners",
    /// "40 fuel-efficient A320neo jets". Plain lower-case words, hyphened ones whole, no
    /// stopword, number word, month, plural, verb ("Falcon 9 launched 49 Starlink
    /// satellites"), word in -ing or adverb in -ly. Returns the token after them (`j`
    /// when none).
    fn past_words_before_model(&self, j: usize) -> usize {
        let mut k = j;
        for _ in 0..2 {
            let w = self.low(k);
            if !self.is_word(k)
                || self.attached(k)
                || self.capitalised(k)
                || self.side_joiner_x(k)
                || words::is_stopword(w)
                || number::small_number_word(w).is_some()
                || number::scale_word(w).is_some()
                || self.month_at(k).is_some()
                || self.past_verb_at(k)
                || w.ends_with("ing")
                || (w.ends_with("ly") && !words::LY_ADJECTIVES.contains(w))
            {
                break;
            }
            let mut e = k + 1;
            while self.is_sym(e, '-')
                && self.attached(e)
                && self.attached(e + 1)
                && self.is_word(e + 1)
            {
                e += 2;
            }
            if self.looks_plural(self.low(e - 1), false) {
                break;
            }
            k = e;
        }
        k
    }

    /// Rule `side_joiner_x` (decision 964): a lone "x" between two figures joins the sides
    /// of a dimension ("2560 x 1440 pixels", "25 x 14 squares"); it is no describing word
    /// before a model number, so the second side is not read as a model in the counted
    /// noun ("x 1440 pixel") and each side stays a figure of its own.
    fn side_joiner_x(&self, k: usize) -> bool {
        self.raw(k) == "x" && self.is_word(k) && self.is_num(k + 1) && !self.attached(k + 1)
    }

    /// The digits of a model at `k` and the token after them, and whether a glued plural
    /// "s" ends them: "737", "737s", "777Xs", "A380", "A320neo", "F-35", "MiG-29s", "B-52s"
    /// and, after a name word (`named`), "3" in "Model 3" or "S" in "Model S".
    fn model_core(&self, k: usize, named: bool) -> Option<(usize, bool)> {
        let digits = |i: usize| {
            self.is_num(i)
                && self.raw(i).bytes().all(|b| b.is_ascii_digit())
                && self.raw(i).len() <= 4
        };
        let mut e = if digits(k) && !self.raw(k).starts_with('0') {
            k + 1
        } else if self.is_word(k) && self.has_upper(k) && self.raw(k).len() <= 4 {
            if digits(k + 1) && self.attached(k + 1) {
                k + 2
            } else if self.is_sym(k + 1, '-')
                && self.attached(k + 1)
                && self.attached(k + 2)
                && digits(k + 2)
            {
                k + 3
            } else if named && self.raw(k).len() == 1 && !self.attached(k) {
                k + 1
            } else {
                return None;
            }
        } else {
            return None;
        };
        // "737-800", "A320neo", "777X", and a glued plural "s".
        if self.is_sym(e, '-') && self.attached(e) && self.attached(e + 1) && digits(e + 1) {
            e += 2;
        }
        if self.is_word(e) && self.attached(e) {
            let r = self.raw(e);
            if r == "s"
                || (r.len() >= 2
                    && r.ends_with('s')
                    && r[..r.len() - 1].chars().all(|c| c.is_ascii_uppercase()))
            {
                return (!self.attached(e + 1) || !self.is_word(e + 1)).then_some((e + 1, true));
            }
            if r.chars().all(|c| c.is_ascii_uppercase())
                || r.chars().all(|c| c.is_ascii_lowercase())
            {
                e += 1;
            } else {
                return None;
            }
        }
        if self.is_word(e) && self.attached(e) {
            return None;
        }
        Some((e, false))
    }

    /// Rule `slang_amount` (decision 445): "mil" after a sum of money is a million
    /// ("$2 mil", "$3.5 mil"); "grand" after one or after a bare number is a thousand,
    /// and a bare number's thousands are dollars, as "bucks" are ("5 grand", "50 grand a
    /// year"). "grand" must end the amount: "20 grand slam titles", "a grand jury" and
    /// "the Grand National" stay as they are.
    pub(super) fn slang_amount(&self, a: &Amt, m: &mut Draft, _nested: bool) -> Step {
        let k = m.end;
        if a.scale != 0 || a.fraction || m.range || !self.is_word(k) || self.attached(k) {
            return Ok(());
        }
        let Some(power) = words::SLANG_SCALES
            .get(self.raw(k))
            .and_then(|p| p.parse::<i32>().ok())
        else {
            return Ok(());
        };
        let money = a.cur.is_some()
            && m.unit
                .as_ref()
                .is_some_and(|u| matches!(u.class, UnitKind::Currency(_)));
        let ends = !self.is_word(k + 1)
            || words::is_stopword(self.low(k + 1))
            || matches!(self.low(k + 1), "per" | "each");
        let bare = m.unit.is_none() && a.cur.is_none() && power == 3 && Self::grand_count(a);
        if !ends || !(money || bare) {
            return Ok(());
        }
        m.low = scaled(m.low, power);
        m.high = scaled(m.high, power);
        m.end = k + 1;
        if bare {
            let dollar = FoundUnit {
                name: "dollar".to_string(),
                class: UnitKind::Currency("USD"),
            };
            let (unit, end) = self.read_rate(dollar, k + 1);
            m.unit = Some(unit);
            m.end = end;
        }
        Ok(())
    }

    /// Rule `slang_amount`, the count before "grand" (decision 952): digits ("5 grand") or
    /// a whole count in words ("ten grand", "twenty-five grand", "a couple of grand"), as
    /// "bucks" takes both; a fraction in words ("half a grand") stays unread.
    fn grand_count(a: &Amt) -> bool {
        !a.words || (a.value.fract() == 0.0 && a.value >= 1.0)
    }

    /// "a couple hundred bucks", "a couple of thousand fans", "a couple million people":
    /// two of a scale; and "a fiver", "a tenner": five and ten pounds sterling (rule
    /// `slang_amount`, decision 445). The amount after "a" at `i`.
    pub(super) fn slang_article_amount(&self, i: usize) -> Option<Amt> {
        match self.low(i + 1) {
            "couple" => {
                let k = if self.low(i + 2) == "of" {
                    i + 3
                } else {
                    i + 2
                };
                let v = Self::scale_value(self.low(k)).filter(|&v| v >= 100.0)?;
                (self.is_word(k) && !self.low(k).ends_with('s'))
                    .then(|| self.simple_word_amt(i, k + 1, 2.0 * v))
            }
            w if self.is_word(i + 1) && words::SLANG_SUMS.contains(w) => {
                let pounds = words::SLANG_SUMS.get(w)?.parse::<f64>().ok()?;
                let mut a = self.simple_word_amt(i, i + 2, pounds);
                a.cur = Some(Cur {
                    name: "pound sterling",
                    code: "GBP",
                });
                Some(a)
            }
            _ => None,
        }
    }
}
