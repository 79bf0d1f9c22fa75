//! Number forms a recognizer's test suite writes (issue 17, branch expeer28): a whole
//! number in digits with "and a half" ("3 and a half miles"), a decimal comma before a
//! unit ("12,5 %") or a scale ("$15,8 million", decision 1214), thousands grouped by
//! apostrophes ("CHF 1'000"), a bare power of ten ("10^6 cells") and a figure before a
//! margin ("5 ± 0.2 mm").

use super::*;

impl SentenceReader<'_> {
    /// `digits_and_a_fraction` (decision 550): "3 and a half miles" 3.5, "2 and a quarter
    /// hours" 2.25, "2 and a half million people" 2,500,000, as number words read "two and
    /// a half" already. A whole number of at most three digits; not before "of" ("2 and a
    /// quarter of the cost"), and a currency only with a scale after ("$3 and a half" is
    /// left, as "a dollar and a half" is). A slash fraction after "and" likewise.
    pub(super) fn digits_and_a_fraction(&self, amt: &mut Amt) {
        if amt.scale != 0
            || amt.fraction
            || amt.value < 1.0
            || amt.plain_digits.is_none_or(|d| d > 3)
            || self.low(amt.end) != "and"
        {
            return;
        }
        // `digits_and_slash_fraction` (decision 741): "2 and 3/4 inches" 2.75, a slash
        // fraction after "and" as a word one is; not after "between" (a range's ends).
        let slash = (amt.first == 0 || self.low(amt.first - 1) != "between")
            .then(|| self.slash_at(amt.end + 1))
            .flatten();
        let Some((f, k)) = self.and_a_fraction(amt.end).or(slash) else {
            return;
        };
        if self.low(k) == "of" {
            return;
        }
        let whole = amt.value + f;
        let scale = number::scale_word(self.low(k)).filter(|&p| p >= 3 && self.is_word(k));
        if scale.is_none() && amt.cur.is_some() {
            return;
        }
        amt.raw = whole;
        amt.value = scale.map_or(whole, |p| scaled(whole, p));
        amt.scale = scale.unwrap_or(0);
        amt.end = if scale.is_some() { k + 1 } else { k };
        amt.plain_digits = None;
    }

    /// One or two digits glued after a comma glued at `k` ("12,5", "1.234,56"): the
    /// fraction a decimal comma would give, or None.
    fn glued_short_fraction(&self, k: usize) -> Option<&str> {
        let frac = self.raw(k + 1);
        let glued = self.is_sym(k, ',')
            && self.attached(k)
            && self.is_num(k + 1)
            && self.attached(k + 1)
            && (1..=2).contains(&frac.len())
            && frac.bytes().all(|b| b.is_ascii_digit());
        glued.then_some(frac)
    }

    /// `decimal_comma_scale` (decision 1214): "$15,8 million", "8,7 billion euros",
    /// "€1,2bn": a comma glued between one to three digits and one or two digits, with a
    /// scale of a thousand or more right after, is a decimal comma (a thousands separator
    /// groups three, so the figure has no English reading as 15 and 8 million). The scale
    /// is read as after a decimal point (`scale_after`), so "1,75m" stays a height.
    pub(super) fn decimal_comma_scale(&self, amt: &mut Amt) {
        let k = amt.end;
        let Some(frac) = self.glued_short_fraction(k) else {
            return;
        };
        if amt.scale != 0 || amt.plain_digits.is_none_or(|d| d > 3) {
            return;
        }
        let (scale, end, symbol) = self.scale_after(amt.num, k + 2, amt.cur);
        if scale < 3 {
            return;
        }
        let Ok(v) = format!("{}.{frac}", self.raw(amt.num)).parse::<f64>() else {
            return;
        };
        amt.raw = v.copysign(amt.value);
        amt.value = scaled(v, scale).copysign(amt.value);
        amt.scale = scale;
        amt.end = end;
        amt.symbol = symbol;
        amt.plain_digits = None;
    }

    /// `dot_thousands_comma_decimal` (decision 589): "1.234,56 euros", "€12.500,50": points
    /// grouping thousands and a comma before one or two decimals, the continental way. A
    /// point before exactly three digits then a glued comma and one or two digits has no
    /// English reading, so the figure was 1.234 and a second number 56.
    pub(super) fn dot_thousands_comma_decimal(&self, amt: &mut Amt) {
        let k = amt.end;
        let Some(frac) = self.glued_short_fraction(k) else {
            return;
        };
        let Some(whole) = self.continental_whole(amt, k) else {
            return;
        };
        if amt.scale != 0 || (self.attached(k + 2) && self.is_num(k + 3)) {
            return;
        }
        let Ok(v) = format!("{whole}.{frac}").parse::<f64>() else {
            return;
        };
        amt.value = v.copysign(amt.value);
        amt.raw = amt.value;
        amt.end = k + 2;
        amt.plain_digits = None;
    }

    /// The whole part of a continental figure ending right before the comma at `k`, its
    /// digits only: thousands grouped by points ("1.234"), by a no-break, narrow no-break
    /// or thin space inside the token ("12\u{a0}000", decision 969) or by plain spaces
    /// (`space_grouped`, "12 000"), a lead of one to three digits and groups of three.
    fn continental_whole(&self, amt: &Amt, k: usize) -> Option<String> {
        if k != amt.num + 1 {
            return self
                .space_grouped(amt.num)
                .and_then(|(text, last)| (last + 1 == k).then_some(text));
        }
        let r = self.raw(amt.num);
        let sep = |c: char| c == '.' || number::is_group_space(c);
        let mut groups = r.split(sep);
        let lead = groups.next().unwrap_or("");
        let grouped = (1..=3).contains(&lead.len())
            && r.contains(sep)
            && groups.all(|g| g.len() == 3)
            && r.chars().all(|c| c.is_ascii_digit() || sep(c));
        grouped.then(|| r.chars().filter(char::is_ascii_digit).collect())
    }

    /// `decimal_comma_unit` (decision 550): "12,5 %", "3,5 km", "1,75 m": a comma before
    /// one or two digits, glued on both sides, with a unit of measure right after, is a
    /// decimal comma (a thousands separator groups three; sums of money are
    /// `decimal_comma`'s).
    pub(super) fn decimal_comma_unit(&self, amt: &mut Amt) {
        let k = amt.end;
        let Some(frac) = self.glued_short_fraction(k) else {
            return;
        };
        if amt.scale != 0
            || amt.cur.is_some()
            || amt.plain_digits.is_none_or(|d| d > 3)
            || self
                .unit_at(k + 2)
                .is_none_or(|(u, _)| u.dimension == "money")
        {
            return;
        }
        let Ok(n) = frac.parse::<u8>() else {
            return;
        };
        let places = frac.len() as i32;
        let whole = amt.value.abs() * 10f64.powi(places) + f64::from(n);
        amt.value = scaled(whole, -places).copysign(amt.value);
        amt.raw = amt.value;
        amt.end = k + 2;
        amt.plain_digits = None;
    }

    /// `apostrophe_grouped` (decision 550): thousands grouped by apostrophes, as Swiss
    /// writers do ("CHF 1'000", "12'500 francs", "1’250’000"): the digits joined and the
    /// index of the last group. Every group after the first has three digits and touches
    /// both apostrophes, so feet and inches ("5'11") are not read so.
    pub(super) fn apostrophe_grouped(&self, i: usize) -> Option<(String, usize)> {
        if !self.short_digits(i) {
            return None;
        }
        let mut last = i;
        let mut text = self.raw(i).to_string();
        while (self.is_sym(last + 1, '\'') || self.is_sym(last + 1, '’'))
            && self.attached(last + 1)
            && self.is_num(last + 2)
            && self.attached(last + 2)
        {
            let g = self.raw(last + 2);
            let digits = g.bytes().take_while(u8::is_ascii_digit).count();
            if digits != 3 || !(g.len() == 3 || g.as_bytes()[3] == b'.') {
                break;
            }
            text.push_str(g);
            last += 2;
            if g.contains('.') {
                break;
            }
        }
        (last > i).then_some((text, last))
    }

    /// `comma_space_grouped` (decision 1311): thousands after a comma a space parted from
    /// them ("Over 95, 000 cases", "more than 16, 000 labourers"): the digits joined and the
    /// index of the last group. Each group has three digits and opens with a zero, which
    /// no figure of a list does, so "180, 177, 144" stays three numbers.
    pub(super) fn comma_space_grouped(&self, i: usize) -> Option<(String, usize)> {
        if !self.short_digits(i) {
            return None;
        }
        let mut last = i;
        let mut text = self.raw(i).to_string();
        while self.is_sym(last + 1, ',')
            && self.attached(last + 1)
            && self.is_num(last + 2)
            && !self.attached(last + 2)
        {
            let g = self.raw(last + 2);
            if g.len() != 3 || !g.starts_with('0') || !g.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            text.push_str(g);
            last += 2;
        }
        (last > i).then_some((text, last))
    }

    /// `power_of_ten` (decision 550): a bare "10^6", "10^-3" or "10⁹" is the power of ten
    /// itself (a mantissa before "×10^" is `sci_exponent`'s). A superscript needs at
    /// least three, so a footnote mark ("10¹") is not read as a power: the exponent and
    /// the token after it.
    pub(super) fn power_of_ten(&self, i: usize, j: usize) -> Option<(i32, usize)> {
        if self.raw(i) != "10" || j != i + 1 {
            return None;
        }
        if self.is_sym(j, '^') && self.attached(j) {
            return self.exponent_digits(j + 1, false);
        }
        let superscript = matches!(self.kind(j), Some(Kind::Sym(c)) if "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".contains(c));
        if !superscript {
            return None;
        }
        self.exponent_digits(j, false)
            .filter(|&(e, _)| e.abs() >= 3)
    }

    /// `margin_unit` (decision 552): "5 ± 0.2 mm", "42 +/- 3 kg", "100 plus or minus 5
    /// metres": a bare figure right before a margin is measured in the margin's unit.
    pub(super) fn margin_unit(&self, j: usize, a: &Amt, nested: bool) -> Option<FoundUnit> {
        if nested || a.cur.is_some() || a.words || is_year(a) {
            return None;
        }
        let k = if self.is_sym(j, '±') {
            j + 1
        } else if self.is_sym(j, '+') && self.is_sym(j + 1, '/') && self.is_sym(j + 2, '-') {
            j + 3
        } else if self.is_sym(j, '+') && self.is_sym(j + 1, '-') && self.attached(j + 1) {
            j + 2
        } else if self.low(j) == "plus" && self.low(j + 1) == "or" && self.low(j + 2) == "minus" {
            j + 3
        } else {
            return None;
        };
        if !self.is_num(k) {
            return None;
        }
        let mut hint = None;
        // "215,000 +/-10%": a margin in percent is relative, not the figure's unit.
        match self.try_at(k, &mut hint, true) {
            Outcome::Found(f, _) if f.date.is_none() && !f.range => f
                .unit
                .filter(|u| !matches!(u.name.as_str(), "percentage" | "per mille")),
            _ => None,
        }
    }
}
