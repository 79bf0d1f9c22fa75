//! The year of a date written without one ("late on April 14"): the year of the nearest
//! full date (a month with its year, with or without a day: "April 15, 1912",
//! "April 1912") in the quote, else in the quote's paragraph, else the year the source was
//! published. A 2012 retrospective's "late on April 14", beside "April 15, 1912", is
//! 1912-04-14.

use super::parse_date_value;
use std::cell::OnceCell;

/// Where a yearless date took its year from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearFrom {
    /// A full date in the quote, as written.
    Quote(String),
    /// A full date in the quote's paragraph, as written.
    Paragraph(String),
    /// The source's publication date.
    Published,
}

impl std::fmt::Display for YearFrom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            YearFrom::Quote(d) => write!(f, "the year of \"{d}\" in the quote"),
            YearFrom::Paragraph(d) => write!(f, "the year of \"{d}\" in its paragraph"),
            YearFrom::Published => f.write_str("the year of publication"),
        }
    }
}

/// A full date found in a text: its byte offset, its text and its year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullDate {
    pub at: usize,
    pub text: String,
    pub year: i32,
}

/// The full dates of `text` (dates with a month and a written year), in order.
pub fn full_dates(text: &str) -> Vec<FullDate> {
    let words = word_spans(text);
    let trim: &[char] = &['.', ',', ';', ':', ')', '(', '"', '“', '”', '!', '?'];
    let mut out: Vec<FullDate> = Vec::new();
    let mut covered = 0;
    for a in 0..words.len() {
        if words[a].0 < covered {
            continue;
        }
        // The longest reading first ("April 15, 1912" before "April 15,").
        for b in (a..words.len().min(a + 4)).rev() {
            let raw = &text[words[a].0..words[b].1];
            let span = raw.trim_matches(trim);
            let has_year = span
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4);
            // The date itself, not a phrase around it ("on April 10, 1912").
            let first = span.split_whitespace().next().unwrap_or("");
            if !(first.starts_with(|c: char| c.is_ascii_digit())
                || super::date::month_word(first).is_some())
            {
                break;
            }
            let Ok(d) = parse_date_value(span) else {
                continue;
            };
            if has_year && d.start.month.is_some() && d.start == d.end {
                out.push(FullDate {
                    at: words[a].0,
                    text: span.to_string(),
                    year: d.start.year,
                });
                covered = words[b].1;
                break;
            }
        }
    }
    out
}

/// The year of the full date nearest to byte `at`, and that date.
pub fn nearest(dates: &[FullDate], at: usize) -> Option<&FullDate> {
    dates.iter().min_by_key(|d| d.at.abs_diff(at))
}

/// How far from the quote a paragraph is read, each way: a text without blank lines is
/// not one paragraph of megabytes, and the work per quote stays bounded.
const PARAGRAPH_REACH: usize = 2_000;

/// The paragraph of `text` around byte `at`: between blank lines, and within
/// `PARAGRAPH_REACH` bytes of `at`.
pub fn paragraph(text: &str, at: usize) -> (usize, &str) {
    let at = floor_boundary(text, at.min(text.len()));
    let from = floor_boundary(text, at.saturating_sub(PARAGRAPH_REACH));
    let to = floor_boundary(text, (at + PARAGRAPH_REACH).min(text.len()));
    let start = text[from..at].rfind("\n\n").map_or(from, |i| from + i + 2);
    let end = text[at..to].find("\n\n").map_or(to, |i| at + i);
    (start, &text[start..end])
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the year of a yearless date in a quote comes from. The quote and its paragraph
/// are read for full dates only when a yearless date asks for its year, and each once.
pub struct Years<'a> {
    text: &'a str,
    at: usize,
    quote: &'a str,
    /// Full dates in the quote.
    quote_dates: OnceCell<Vec<FullDate>>,
    /// The full date of the quote's paragraph nearest to the quote.
    paragraph: OnceCell<Option<FullDate>>,
    published: Option<i32>,
}

impl<'a> Years<'a> {
    /// For a quote found at byte `at` of the source `text`.
    pub fn around(text: &'a str, at: usize, quote: &'a str, published: Option<i32>) -> Years<'a> {
        Years {
            text,
            at,
            quote,
            quote_dates: OnceCell::new(),
            paragraph: OnceCell::new(),
            published,
        }
    }

    /// The year for a yearless date at byte `at` of the quote.
    pub fn at(&self, at: usize) -> Option<(i32, YearFrom)> {
        let quote = self.quote_dates.get_or_init(|| full_dates(self.quote));
        if let Some(d) = nearest(quote, at) {
            return Some((d.year, YearFrom::Quote(d.text.clone())));
        }
        let paragraph = self.paragraph.get_or_init(|| {
            let (start, para) = paragraph(self.text, self.at);
            nearest(&full_dates(para), self.at - start).cloned()
        });
        if let Some(d) = paragraph {
            return Some((d.year, YearFrom::Paragraph(d.text.clone())));
        }
        self.published.map(|y| (y, YearFrom::Published))
    }
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_dates_have_a_month_and_a_written_year() {
        let d = full_dates(
            "Late on April 14 the ship, launched in May 1911, struck ice; by April 15, 1912 it was gone. 2,224 people",
        );
        let texts: Vec<&str> = d.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["May 1911", "April 15, 1912"]);
        assert_eq!(d[1].year, 1912);
        assert!(full_dates("on Tuesday, before 1,500 people and in 2012").is_empty());
    }

    #[test]
    fn the_nearest_full_date_gives_the_year() {
        let text = "In May 1911 she was launched. Late on April 14 she struck ice; April 15, 1912.";
        let d = full_dates(text);
        let at = text.find("April 14").unwrap();
        assert_eq!(nearest(&d, at).unwrap().year, 1912);
        assert_eq!(nearest(&[], at), None);
    }

    #[test]
    fn the_year_comes_from_the_quote_then_the_paragraph_then_publication() {
        let text = "Looking back in 2012.\n\nShe sailed on April 10, 1912. Late on April 14 she struck ice.";
        let quote = "Late on April 14 she struck ice.";
        let years = Years::around(text, text.find(quote).unwrap(), quote, Some(2012));
        let from = YearFrom::Paragraph("April 10, 1912".into());
        assert_eq!(years.at(8), Some((1912, from)));
        let quote = "Late on April 14, 1912 she struck ice; on April 15 she sank.";
        let years = Years::around(quote, 0, quote, Some(2012));
        let from = YearFrom::Quote("April 14, 1912".into());
        assert_eq!(
            years.at(quote.find("April 15").unwrap()),
            Some((1912, from))
        );
        let years = Years::around("Late on April 14.", 0, "Late on April 14.", Some(2012));
        assert_eq!(years.at(8), Some((2012, YearFrom::Published)));
        let years = Years::around("Late on April 14.", 0, "Late on April 14.", None);
        assert_eq!(years.at(8), None);
    }

    #[test]
    fn a_paragraph_lies_between_blank_lines() {
        let text = "One.\n\nTwo lines\nof text.\n\nThree.";
        let at = text.find("of text").unwrap();
        assert_eq!(paragraph(text, at), (6, "Two lines\nof text."));
        assert_eq!(paragraph(text, 0).1, "One.");
        // A text without blank lines is read only near the quote.
        let long = "word é ".repeat(10_000);
        let (_, para) = paragraph(&long, 30_001);
        assert!(para.len() <= 2 * PARAGRAPH_REACH, "{}", para.len());
    }
}
