//! A counted noun written in title case ("1024 Stream Processors", "40 Full-Time
//! Employees"; decision 180).

use super::*;

impl<'a> SentenceReader<'a> {
    /// "1024 Stream Processors", "arrested 12 Suspects", "40 Full-Time Employees": a run of
    /// one to three words in title case ending in a plural, after a number that follows a
    /// lower-case word or a comma, is the counted noun (decision 180). A capitalised word
    /// after the run makes it a name ("3 Doors Down"), as does a capital before the number
    /// ("Apollo 11 Astronauts": `integer_before_name` keeps such names out). The name is
    /// written in lower case, as "Americans" is.
    pub(super) fn title_case_count(&self, j: usize, amt: &Amt) -> Option<(FoundUnit, usize)> {
        if self.caseless || amt.first == 0 || (amt.words && !self.award_plural(j)) {
            return None;
        }
        let p = amt.first - 1;
        if !((self.is_word(p) && !self.has_upper(p)) || self.is_sym(p, ',')) {
            return None;
        }
        let title = |k: usize| {
            self.capitalised(k)
                && self.raw(k).chars().skip(1).all(|c| c.is_lowercase())
                && !words::is_stopword(self.low(k))
                && self.month_at(k).is_none()
                && !words::weekday(self.low(k))
        };
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut k = j;
        while run.len() < 4 && title(k) {
            let mut e = k + 1;
            while self.is_sym(e, '-') && self.attached(e) && self.attached(e + 1) && title(e + 1) {
                e += 2;
            }
            run.push((k, e));
            k = e;
        }
        let &(a, b) = run.last()?;
        let w = self.low(b - 1);
        if run.len() > 3 || self.has_upper(k) || !self.looks_plural(w, false) {
            return None;
        }
        let mut name = String::new();
        for &(c, d) in &run[..run.len() - 1] {
            name.push_str(&self.text[self.toks[c].start..self.toks[d - 1].end].to_lowercase());
            name.push(' ');
        }
        if b > a + 1 {
            name.push_str(&self.text[self.toks[a].start..self.toks[b - 1].start].to_lowercase());
        }
        let head = singular_noun(w);
        name.push_str(&head);
        Some((
            FoundUnit {
                name,
                class: UnitKind::Count { head },
            },
            b,
        ))
    }

    /// Rule `award_plural_count` (decision 747): after a number word, a capitalised
    /// plural is a name ("Six Flags", "the Three Lions") unless it is an award of
    /// `words/award_plurals.txt` standing alone ("won seven Oscars", "three Baftas").
    fn award_plural(&self, j: usize) -> bool {
        self.is_word(j) && words::AWARD_PLURALS.contains(self.low(j)) && !self.has_upper(j + 1)
    }
}
