//! Dates: "July 7, 2021", "7 July", "Sept. 11", ISO dates, a month with a year.

use super::*;

impl<'a> SentenceReader<'a> {
    pub(super) fn date_at(&self, i: usize, year_hint: &mut Option<i32>) -> Option<Outcome> {
        let text = self.raw(i);
        let plain = text.bytes().all(|b| b.is_ascii_digit());
        if !plain {
            return None;
        }
        let v: i64 = text.parse().ok()?;
        // ISO: 2021-07-07.
        if text.len() == 4
            && self.is_sym(i + 1, '-')
            && self.attached(i + 1)
            && self.is_num(i + 2)
            && self.attached(i + 2)
            && self.raw(i + 2).len() == 2
            && self.is_sym(i + 3, '-')
            && self.is_num(i + 4)
            && self.raw(i + 4).len() == 2
        {
            let m: u32 = self.raw(i + 2).parse().ok()?;
            let d: u32 = self.raw(i + 4).parse().ok()?;
            return Some(match Date::new(v, Some(m), Some(d)) {
                Ok(date) => {
                    *year_hint = Some(date.year);
                    self.date_found(i, i + 5, date)
                }
                Err(_) => Outcome::Skip(i + 5),
            });
        }
        // Month before: "July 7, 2021", "Sept. 11", "July 2021", "June of 2018".
        let mut m_at = i.checked_sub(1)?;
        if self.is_sym(m_at, '.') && m_at > 0 {
            m_at -= 1;
        }
        if self.low(m_at) == "of" && m_at > 0 {
            m_at -= 1;
        }
        let month_before = self.month_at(m_at);
        let day_ok = text.len() <= 2 && (1..=31).contains(&v);
        if let Some(m) = month_before {
            if text.len() == 4 && (1000..=2999).contains(&v) {
                let d = Date::new(v, Some(u32::from(m)), None).ok()?;
                *year_hint = Some(d.year);
                return Some(self.date_found(m_at, i + 1, d));
            }
            if day_ok {
                let mut end = self.day_end(i, v);
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                let year = if self.is_num(k) && self.raw(k).len() == 4 {
                    let y: i64 = self.raw(k).parse().ok()?;
                    end = k + 1;
                    Some(y)
                } else {
                    year_hint.map(i64::from)
                };
                return Some(match year {
                    Some(y) => match Date::new(y, Some(u32::from(m)), Some(v as u32)) {
                        Ok(d) => {
                            if end == k + 1 {
                                *year_hint = Some(d.year);
                            }
                            self.date_found(m_at, end, d)
                        }
                        Err(_) => Outcome::Skip(end),
                    },
                    None => Outcome::Skip(end),
                });
            }
        }
        // Month after: "7 July 2021", "5th of July".
        self.month_after_date(i, v, day_ok, year_hint)
    }

    /// One past the day at `i` (value `v`) after a month: past an ordinal suffix ("7th")
    /// and a second, later day of the same month ("January 12 to 26", "March 3-5").
    fn day_end(&self, i: usize, v: i64) -> usize {
        let mut end = i + 1;
        if self.is_word(end)
            && self.attached(end)
            && matches!(self.low(end), "st" | "nd" | "rd" | "th")
        {
            end += 1;
        }
        // "January 12 to 26", "March 3-5": the second day belongs to the date.
        if (matches!(self.low(end), "to" | "through" | "until" | "and")
            || self.is_sym(end, '-')
            || self.is_sym(end, '–'))
            && self.is_num(end + 1)
            && self.raw(end + 1).len() <= 2
            && self
                .raw(end + 1)
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d) && i64::from(d) > v)
            && self.unit_at(end + 2).is_none()
            && !(self.is_word(end + 2) && self.looks_plural(self.low(end + 2), false))
        {
            end += 2;
            if self.is_word(end)
                && self.attached(end)
                && matches!(self.low(end), "st" | "nd" | "rd" | "th")
            {
                end += 1;
            }
        }
        end
    }

    /// A day before its month: "7 July 2021", "5th of July".
    fn month_after_date(
        &self,
        i: usize,
        v: i64,
        day_ok: bool,
        year_hint: &mut Option<i32>,
    ) -> Option<Outcome> {
        let mut k = i + 1;
        if self.is_word(k) && self.attached(k) && matches!(self.low(k), "st" | "nd" | "rd" | "th") {
            k += 1;
        }
        if self.low(k) == "of" {
            k += 1;
        }
        if day_ok && let Some(m) = self.month_at(k) {
            let mut end = k + 1;
            let year = if self.is_num(end) && self.raw(end).len() == 4 {
                let y: i64 = self.raw(end).parse().ok()?;
                end += 1;
                Some(y)
            } else {
                year_hint.map(i64::from)
            };
            return Some(match year {
                Some(y) => match Date::new(y, Some(u32::from(m)), Some(v as u32)) {
                    Ok(d) => self.date_found(i, end, d),
                    Err(_) => Outcome::Skip(end),
                },
                None => Outcome::Skip(end),
            });
        }
        None
    }

    pub(super) fn date_found(&self, first: usize, end: usize, d: Date) -> Outcome {
        Outcome::Found(
            Box::new(Found {
                first,
                end,
                low: 0.0,
                high: 0.0,
                range: false,
                unit: None,
                qual: None,
                change: None,
                total: None,
                date: Some(d),
                fraction: false,
            }),
            end,
        )
    }

    /// "8-10 May", "3–7 June": two days joined by a glued hyphen or en dash before a
    /// month are a date, not a range (en dash: branch expeer51, decision 935); where the
    /// reading goes on.
    pub(super) fn day_range_before_month(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        let day = |k: usize| num_value(self.raw(k)).is_some_and(|v| (1.0..=31.0).contains(&v));
        (self.is_dash(j)
            && self.attached(j)
            && self.attached(j + 1)
            && self.is_num(j + 1)
            && self.month_at(j + 2).is_some()
            && day(i)
            && day(j + 1))
        .then_some(j + 3)
    }
}
