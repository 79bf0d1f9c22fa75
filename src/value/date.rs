//! Calendar dates at day, month or year precision ("2021-07-07", "July 2021", "2013"), as
//! written in ISO form or in English ("July 7, 2021", "7 July 2021", "Sept. 11, 2021").
//! A date is checked against the calendar (2021-02-30 is refused) and becomes a span of
//! days, so a year-precision date agrees with every day inside it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a date is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("not a date")]
    Syntax,
    #[error("{year}-{month:02} has {} days, so day {day} does not exist", days_in_month(*.year, *.month))]
    NoSuchDay { year: i32, month: u8, day: u8 },
    #[error("month {0} is not between 1 and 12")]
    MonthOutOfRange(u32),
    #[error("year {0} is not between 1 and 9999")]
    YearOutOfRange(i64),
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: full names and the usual abbreviations ("Sept", "Aug").
pub fn month_word(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u8 + 1)
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian day (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number; the inverse of `days_from_civil`.
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

impl Date {
    pub fn new(year: i64, month: Option<u32>, day: Option<u32>) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::YearOutOfRange(year));
        }
        let year = year as i32;
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(m) => return Err(DateError::MonthOutOfRange(m)),
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) => {
                if d == 0 || d > u32::from(days_in_month(year, m)) {
                    return Err(DateError::NoSuchDay {
                        year,
                        month: m,
                        day: d.min(255) as u8,
                    });
                }
                Some(d as u8)
            }
            (None, Some(_)) => return Err(DateError::Syntax),
            (_, None) => None,
        };
        Ok(Date { year, month, day })
    }

    /// The first and last day (as day numbers) that the date covers.
    pub fn day_span(&self) -> (i64, i64) {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let n = days_from_civil(self.year, m, d);
                (n, n)
            }
            (Some(m), None) => (
                days_from_civil(self.year, m, 1),
                days_from_civil(self.year, m, days_in_month(self.year, m)),
            ),
            _ => (
                days_from_civil(self.year, 1, 1),
                days_from_civil(self.year, 12, 31),
            ),
        }
    }

    /// Parses one date: ISO ("2021-07-07", "2021-07", "2021") or English ("July 7, 2021",
    /// "7 July 2021", "Sept. 11, 2021", "July 2021").
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let t = text.trim();
        if let Some(d) = parse_iso(t) {
            return d;
        }
        let words: Vec<&str> = t
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let (date, used) = read_english(&words).ok_or(DateError::Syntax)?;
        if used != words.len() {
            return Err(DateError::Syntax);
        }
        date
    }
}

fn parse_iso(t: &str) -> Option<Result<Date, DateError>> {
    let parts: Vec<&str> = t.split('-').collect();
    if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
        return None;
    }
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if parts[1..].iter().any(|p| p.len() != 2) {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    let year = i64::from(num(parts[0])?);
    let month = parts.get(1).and_then(|p| num(p));
    let day = parts.get(2).and_then(|p| num(p));
    Some(Date::new(year, month, day))
}

/// Reads an English date from the front of `words`: "July 7 2021", "7 July 2021",
/// "July 2021", "2021". Returns the date and the number of words used.
pub fn read_english(words: &[&str]) -> Option<(Result<Date, DateError>, usize)> {
    let year_of = |w: &str| -> Option<i64> {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
    };
    let day_of = |w: &str| -> Option<u32> {
        let w = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())?
    };
    let first = *words.first()?;
    if let Some(m) = month_word(first) {
        // July 7 2021 | July 2021
        if let Some(d) = words.get(1).and_then(|w| day_of(w)) {
            let y = year_of(words.get(2)?)?;
            return Some((Date::new(y, Some(u32::from(m)), Some(d)), 3));
        }
        let y = year_of(words.get(1)?)?;
        return Some((Date::new(y, Some(u32::from(m)), None), 2));
    }
    if let Some(d) = day_of(first) {
        // 7 July 2021 | 7 of July 2021
        let mut i = 1;
        if words.get(i) == Some(&"of") {
            i += 1;
        }
        let m = month_word(words.get(i)?)?;
        let y = year_of(words.get(i + 1)?)?;
        return Some((Date::new(y, Some(u32::from(m)), Some(d)), i + 2));
    }
    let y = year_of(first)?;
    Some((Date::new(y, None, None), 1))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Renders a day number as an ISO date.
pub fn render_day(n: i64) -> String {
    let (y, m, d) = civil_from_days(n);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_english() {
        let d = |s| Date::parse(s).unwrap().to_string();
        assert_eq!(d("2021-07-07"), "2021-07-07");
        assert_eq!(d("July 7, 2021"), "2021-07-07");
        assert_eq!(d("7 July 2021"), "2021-07-07");
        assert_eq!(d("Sept. 11, 2021"), "2021-09-11");
        assert_eq!(d("September 2013"), "2013-09");
        assert_eq!(d("2013"), "2013");
        assert_eq!(d("5th of July 2021"), "2021-07-05");
    }

    #[test]
    fn calendar_is_checked() {
        assert!(matches!(
            Date::parse("2021-02-30"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(matches!(
            Date::parse("2021-13"),
            Err(DateError::MonthOutOfRange(13))
        ));
        assert_eq!(Date::parse("July 45"), Err(DateError::Syntax));
    }

    #[test]
    fn day_numbers_round_trip() {
        for n in [-1000, 0, 18_000, 18_815, 40_000] {
            let (y, m, d) = civil_from_days(n);
            assert_eq!(days_from_civil(y, m, d), n);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        let (a, b) = Date::parse("2021-02").unwrap().day_span();
        assert_eq!(b - a, 27);
    }
}
