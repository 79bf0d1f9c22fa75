//! Tokens that look like numbers but are not quantities, passed over by the digit anchor
//! (`anchors.rs`): phone numbers, catalogue names ("HD 21749b", "ID.4"), house numbers,
//! ordinals, decades and identifiers glued after digits ("96th", "1990s", "5G"), clock
//! times, area codes and digits with a leading zero.

use super::*;

impl<'a> SentenceReader<'a> {
    /// "1800 333 000", "020 7946 0958": three or more spaced groups of bare digits (the
    /// first with a leading zero or of four digits) are a phone number; so are
    /// hyphenated groups ending in four digits ("1-800-555-0199").
    pub(super) fn phone_groups(&self, i: usize, nested: bool) -> Option<Outcome> {
        // "1800 333 000", "020 7946 0958": three or more spaced groups of bare digits
        // (the first with a leading zero or of four digits) are a phone number.
        let group = |k: usize| {
            self.is_num(k)
                && (2..=5).contains(&self.raw(k).len())
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
        };
        if !nested
            && group(i)
            && (self.raw(i).starts_with('0') || self.raw(i).len() == 4)
            && group(i + 1)
            && group(i + 2)
            && !self.attached(i + 1)
            && !self.attached(i + 2)
            && (self.raw(i + 1).len() >= 3 && self.raw(i + 2).len() >= 3)
            && !(self.raw(i + 1).len() == 4 && self.raw(i + 1).starts_with(['1', '2']))
        {
            let mut end = i + 3;
            while group(end) && !self.attached(end) {
                end += 1;
            }
            return Some(Outcome::Skip(end));
        }
        // "1-800-555-0199", "555-867-5309": three or more groups of bare digits joined by
        // touching hyphens, the last of four digits, are a phone number, not a range.
        let dashed = |k: usize| {
            self.is_sym(k, '-')
                && self.attached(k)
                && self.attached(k + 1)
                && self.is_num(k + 1)
                && self.raw(k + 1).bytes().all(|b| b.is_ascii_digit())
        };
        if !nested
            && self.raw(i).bytes().all(|b| b.is_ascii_digit())
            && (1..=4).contains(&self.raw(i).len())
            && dashed(i + 1)
            && dashed(i + 3)
        {
            let mut end = i + 1;
            while dashed(end) {
                end += 2;
            }
            let groups = (end - i).div_ceil(2);
            if self.raw(end - 1).len() == 4 && (groups >= 4 || self.raw(i + 2).len() == 3) {
                return Some(Outcome::Skip(end));
            }
        }
        // "Call 911 if …", "dial 999": bare digits right after a verb of calling, with
        // nothing counted after them, are a number to call.
        // "Text GIVE to 70085": a keyword in capitals and "to" may stand between (decision
        // 596).
        // "call police on 101", "or 101 if it is not urgent": decision 1243.
        if !nested
            && i > 0
            && (self.called_number(i) || self.number_to_call_after(i))
            && (!self.is_word(i + 1) || words::is_stopword(self.low(i + 1)))
        {
            return Some(Outcome::Skip(i + 1));
        }
        // "+44 20 7946 0958": a country code, then two or more spaced groups.
        if !nested
            && i > 0
            && self.is_sym(i - 1, '+')
            && self.attached(i)
            && (1..=3).contains(&self.raw(i).len())
            && self.raw(i).bytes().all(|b| b.is_ascii_digit())
            && group(i + 1)
            && group(i + 2)
            && !self.attached(i + 1)
            && !self.attached(i + 2)
        {
            let mut end = i + 3;
            while group(end) && !self.attached(end) {
                end += 1;
            }
            return Some(Outcome::Skip(end));
        }
        None
    }

    /// "HD 21749b" (a catalogue name in capitals, a number, a planet's letter), "ID.4" (a
    /// capitalised name, a dot and digits, all touching): the number names a thing.
    pub(super) fn numbered_name(&self, i: usize) -> Option<Outcome> {
        let j = i + 1;
        let planet_letter = self.is_word(j)
            && self.attached(j)
            && matches!(self.raw(j), "b" | "c" | "d" | "e" | "f" | "g" | "h")
            && !(self.is_word(j + 1) && self.attached(j + 1))
            && self.currency_before(i).is_none()
            && i > 0
            && self.is_word(i - 1)
            && self.all_caps(i - 1)
            && !self.attached(i);
        let dotted_model = i > 1
            && self.is_sym(i - 1, '.')
            && self.attached(i)
            && self.attached(i - 1)
            && self.is_word(i - 2)
            && self.all_caps(i - 2)
            && !self.is_num(j);
        // "a 401(k) plan", "section 501(c)": a letter in brackets glued to the digits.
        let bracketed_letter = self.is_sym(j, '(')
            && self.attached(j)
            && self.is_word(j + 1)
            && self.raw(j + 1).len() == 1
            && self.is_sym(j + 2, ')');
        if bracketed_letter {
            return Some(Outcome::Skip(j + 3));
        }
        (planet_letter || dotted_model).then_some(Outcome::Skip(if planet_letter {
            j + 1
        } else {
            j
        }))
    }

    /// Rule `odds_compound` (decision 1139): "a one-in-100-year flood", "a 1-in-1,000-year
    /// event", "one-in-a-million odds", "a 3-in-1 printer": a figure hyphened to "in" and
    /// on to a figure or "a" is a likelihood or the name of a kind of thing, not inches
    /// ("a 2-in pipe" keeps its inch, "one in five adults" is read as before). Returns
    /// the token after the whole hyphened compound.
    pub(super) fn odds_compound(&self, i: usize) -> Option<usize> {
        let hyphen = |k: usize| self.is_sym(k, '-') && self.attached(k) && self.attached(k + 1);
        let odds = self.is_figure(i)
            && hyphen(i + 1)
            && self.low(i + 2) == "in"
            && hyphen(i + 3)
            && (self.is_figure(i + 4) || self.low(i + 4) == "a");
        if !odds {
            return None;
        }
        let mut end = i + 5;
        while self.attached(end)
            && (self.is_word(end)
                || self.is_num(end)
                || self.is_sym(end, '-')
                || self.is_sym(end, ','))
        {
            end += 1;
        }
        Some(end)
    }

    /// Whether the token at `i` is bare digits, three or more, as a number to call is.
    fn call_digits(&self, i: usize) -> bool {
        self.raw(i).len() >= 3 && self.raw(i).bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether the bare digits at `i` (three or more) come right after a verb of calling
    /// ("Call 911", "dial 999") or after a keyword in capitals and "to" ("Text GIVE to
    /// 70085", decision 596).
    fn called_number(&self, i: usize) -> bool {
        let keyword_to = i > 2
            && self.low(i - 1) == "to"
            && self.raw(i - 2).len() >= 2
            && self.raw(i - 2).bytes().all(|b| b.is_ascii_uppercase())
            && words::CALL_VERBS.contains(self.low(i - 3));
        i > 0 && (words::CALL_VERBS.contains(self.low(i - 1)) || keyword_to) && self.call_digits(i)
    }

    /// Rule `number_to_call_after` (decision 1243): "call police on 101" (`number_to_call_on`);
    /// and "call 999, or 101 if it is not urgent": bare digits (three or more) after "or"
    /// within seven tokens of a number to call. "called on 300 members" is no number to
    /// call: a counted noun follows it (the caller's check).
    fn number_to_call_after(&self, i: usize) -> bool {
        self.number_to_call_on(i)
            || (i >= 2
                && self.low(i - 1) == "or"
                && self.call_digits(i)
                && (i.saturating_sub(8)..i - 1)
                    .any(|k| self.called_number(k) || self.number_to_call_on(k)))
    }

    /// "call police on 101", "ring Essex Police on 101", "call us on 111": bare digits
    /// (three or more) at `k` after "on" that ends a verb of calling and at most two words
    /// (whom to call).
    fn number_to_call_on(&self, k: usize) -> bool {
        k >= 2
            && self.low(k - 1) == "on"
            && self.call_digits(k)
            && (k.saturating_sub(4)..k - 1).rev().any(|v| {
                words::CALL_VERBS.contains(self.low(v))
                    && (v + 1..k - 1).all(|w| self.is_word(w) && !self.attached(w))
            })
    }

    /// "10 Downing Street", "11 Times Square", "1600 Pennsylvania Avenue": a whole number
    /// of up to five digits, with no currency or sign before it, followed by one to three
    /// capitalised words, the last of them a street word (`street_words.txt`), is a
    /// house number (rule `street_address`, decision 416). Returns the token after the
    /// address.
    pub(super) fn street_address(&self, i: usize) -> Option<usize> {
        let digits = self.raw(i);
        let plain = digits.len() <= 5 && digits.bytes().all(|b| b.is_ascii_digit());
        let signed = i > 0 && self.attached(i) && !self.is_word(i - 1);
        if !plain || signed || self.currency_before(i).is_some() {
            return None;
        }
        // The capitalised words after the number, which must end at the street word
        // ("3 Road Bikes" in a title is no address).
        let end = (i + 1..i + 5)
            .find(|&k| !self.capitalised(k) || self.attached(k))
            .unwrap_or(i + 5);
        (end > i + 1 && end <= i + 4 && words::is_street_word(self.low(end - 1))).then_some(end)
    }

    /// Rule `address_block` (decision 1244): "in the 1300 block of South Halsted Street",
    /// "the 400 block of Elm Avenue": a round hundred of three to five bare digits after
    /// "the" and before "block of" is the block of a US street address, where police
    /// reports place a crime; not a count ("a 12-storey block of flats", "two blocks of
    /// flats"). Returns the token after the number.
    pub(super) fn address_block(&self, i: usize) -> Option<usize> {
        let digits = self.raw(i);
        let hundred = (3..=5).contains(&digits.len())
            && digits.ends_with("00")
            && digits.bytes().all(|b| b.is_ascii_digit());
        (hundred
            && i > 0
            && self.low(i - 1) == "the"
            && self.low(i + 1) == "block"
            && self.low(i + 2) == "of")
            .then_some(i + 1)
    }

    /// Whether the word at `k` is two or more capital letters ("HD", "ID", "LHS").
    fn all_caps(&self, k: usize) -> bool {
        let r = self.raw(k);
        r.len() >= 2 && r.chars().all(|c| c.is_ascii_uppercase())
    }

    /// Ordinals, decades, times, resolutions and identifiers glued after the digits
    /// ("96th", "1990s", "1080p", "5G"), and multipliers ("1.4x").
    pub(super) fn glued_after_digits(&self, i: usize, j: usize, nested: bool) -> Option<Outcome> {
        // Ordinals, decades, times, identifiers glued after the digits.
        if self.is_word(j) && self.attached(j) {
            let w = self.low(j);
            // "4.2s behind": a decimal with a glued "s" is seconds, not a decade.
            let decimal_seconds = w == "s" && self.raw(i).contains('.');
            // "lost 9st": stone, since 9 has no "st" ordinal (1st, 21st; not 11st).
            let raw = self.raw(i);
            let stone = w == "st"
                && raw.bytes().all(|b| b.is_ascii_digit())
                && (!raw.ends_with('1') || raw.ends_with("11"));
            // "1080p", "4K": a video resolution, not pence or thousands.
            let v = num_value(self.raw(i)).unwrap_or(0.0);
            if (w == "p"
                && [
                    144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0,
                ]
                .contains(&v)
                && self.currency_before(i).is_none()
                && !self.is_sym(j + 1, '.'))
                || (self.raw(j) == "K"
                    && [2.0, 4.0, 5.0, 8.0].contains(&v)
                    && !self.counted_after(j + 1)
                    && !self.race_k(j)
                    && self.currency_before(i).is_none())
            {
                return Some(Outcome::Skip(j + 1));
            }
            // "a 9x13-inch pan": sides of a dimension, read as "9 x 13-inch" is.
            if w == "x" && self.in_glued_sides(i) {
                return None;
            }
            // "bids worth 1.4x the amount", "over 3x the total": a multiplier, with no
            // unit ("4x4" is a name).
            if w == "x"
                && !(self.attached(j + 1) && self.is_num(j + 1))
                && let Ok(mut amt) = self.digit_amount(i, false)
                && amt.end == j
            {
                amt.end = j + 1;
                amt.plain_digits = None;
                amt.multiplier = true;
                return Some(self.finish(amt, nested));
            }
            if matches!(w, "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "x")
                && !decimal_seconds
                && !stone
            {
                return Some(Outcome::Skip(j + 1));
            }
        }
        None
    }

    /// "Grades 6-8: 710 milligrams", "Ages 9-13: 1,300 mg", "Year 7: 1,240 pupils", "Key
    /// Stage 2: 64%": a capitalised label word (`words/colon_label_words.txt`) opening the
    /// line with a number or range ("K-5" for kindergarten to grade 5), then a colon. The
    /// label's numbers are no quantity and the figure after the colon is read on its own,
    /// not as the minutes of a time (decision 1090). Returns the token after the colon.
    pub(super) fn label_before_colon(&self, i: usize) -> Option<usize> {
        // "K-5": the anchor is the 5 after a capital letter and a dash.
        let letter_first =
            i >= 2 && self.is_dash(i - 1) && self.capitalised(i - 2) && self.raw(i - 2).len() == 1;
        let label = (if letter_first { i - 2 } else { i }).checked_sub(1)?;
        if !self.capitalised(label) || !words::is_colon_label_word(self.low(label)) {
            return None;
        }
        // "Key Stage 2": one capitalised word may come before the label.
        let opens = self.opens_sentence(label)
            || (label >= 1 && self.capitalised(label - 1) && self.opens_sentence(label - 1));
        if !opens {
            return None;
        }
        let mut end = i + 1;
        if !letter_first && (self.is_dash(end) || self.low(end) == "to") && self.is_num(end + 1) {
            end += 2;
        }
        self.is_sym(end, ':').then_some(end + 1)
    }

    /// `year_colon_label` (decision 1213): "(2022: 437)", "(2021: 11.8%)", "(2021/22:
    /// 1,045)": a year, or the end of a year span, glued to a colon before a spaced figure
    /// labels that figure (a prior period's, in results news and annual reports); no hour
    /// is a year, so it is neither a clock time nor a ratio, and the figure is read.
    pub(super) fn year_colon_label(&self, k: usize) -> bool {
        (self.year_at(k) || self.split_year_end(k))
            && self.is_sym(k + 1, ':')
            && self.attached(k + 1)
            && self.is_num(k + 2)
            && !self.attached(k + 2)
    }

    /// Rule `twelve_noon` (decision 1472): "12 noon", "12 midnight" name the time of
    /// day, no quantity; "12 midnight-blue scarves" counts scarves.
    fn twelve_noon(&self, i: usize, j: usize) -> bool {
        self.raw(i) == "12"
            && matches!(self.low(j), "noon" | "midnight")
            && !(self.is_sym(j + 1, '-') && self.attached(j + 1))
    }

    /// Times ("10:27", "5 p.m."), area codes and digits with a leading zero ("007").
    pub(super) fn time_or_code(&self, i: usize, j: usize) -> Option<Outcome> {
        if (self.is_sym(j, ':') || self.is_sym(j, '.'))
            && self.attached(j)
            && self.is_num(j + 1)
            && self.attached(j + 1)
            && !(self.is_sym(j, '.') && self.dot_grouped(i).is_some())
        {
            // 10:27, 4:39, 5.30 (not "1.250.000", thousands grouped by dots)
            return Some(Outcome::Skip(j + 2));
        }
        if self.year_colon_label(i) {
            return Some(Outcome::Skip(j + 1));
        }
        if self.is_sym(j, ':') && self.attached(j) && self.is_num(j + 1) {
            return Some(Outcome::Skip(j + 2));
        }
        if self.clock_suffix_at(j) || self.twelve_noon(i, j) {
            return Some(Outcome::Skip(j + 1));
        }
        // "(202) 555-0199": an area code.
        if i > 0
            && self.is_sym(i - 1, '(')
            && self.is_sym(j, ')')
            && self.is_num(j + 1)
            && self.is_sym(j + 2, '-')
            && self.is_num(j + 3)
        {
            return Some(Outcome::Skip(j + 4));
        }
        // "020 7946 0958", "007": digits with a leading zero are a code or a phone
        // number, with the digit groups that follow them.
        {
            let raw = self.raw(i);
            if raw.len() >= 2
                && raw.starts_with('0')
                && raw.bytes().all(|b| b.is_ascii_digit())
                && !(i > 0 && (self.is_sym(i - 1, '.') || self.is_sym(i - 1, ',')))
                && !self.glued_minutes_at(i)
            {
                let mut e = i + 1;
                while self.is_num(e) && !self.attached(e) {
                    e += 1;
                }
                return Some(Outcome::Skip(e));
            }
        }
        None
    }

    /// Rule `slashed_code_end` (decision 1377): a code of letters glued to digits goes on
    /// over a slash and the digits glued to it ("policy statement PS21/5", "CP23/9",
    /// "planning ref. P22/766"), so the figures after the slash are part of the code, not
    /// a count. Returns the token after the code; `i` is its first digits.
    pub(super) fn slashed_code_end(&self, i: usize) -> usize {
        let mut k = i + 1;
        while self.is_sym(k, '/')
            && self.attached(k)
            && self.attached(k + 1)
            && self.is_num(k + 1)
            && self.raw(k + 1).bytes().all(|b| b.is_ascii_digit())
        {
            k += 2;
        }
        k
    }
}
