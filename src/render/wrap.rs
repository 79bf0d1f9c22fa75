//! Lines filled to a width without ever cutting what a reader copies or reads as one
//! thing: a [`Line`] is a run of units (words of prose, and whole ids, values and dates
//! given as atoms); [`Line::wrap`] breaks only between units, and a unit longer than the
//! width stands alone on its line rather than being cut.

use crate::value::date::month_word;

/// A line to be wrapped: units separated by single spaces.
#[derive(Debug, Clone, Default)]
pub struct Line {
    units: Vec<String>,
}

impl Line {
    pub fn new() -> Line {
        Line::default()
    }

    /// Prose, breakable between words. A figure keeps the word after it ("1,350
    /// kilometres", "188 districts", "7 July") and a month the figure after it ("July 7,
    /// 2021"), so an amount is never cut from its unit nor a date in two.
    pub fn text(mut self, text: &str) -> Line {
        let mut prev: Option<&str> = None;
        for word in text.split_whitespace() {
            let keep = prev.is_some_and(|p| {
                is_figure(p)
                    || (month_word(p.trim_end_matches(',')).is_some()
                        && word.starts_with(|c: char| c.is_ascii_digit()))
            });
            match self.units.last_mut() {
                Some(last) if keep => {
                    last.push(' ');
                    last.push_str(word);
                }
                _ => self.units.push(word.to_string()),
            }
            prev = Some(word);
        }
        self
    }

    /// Something never cut: an id, a value, a date, a period.
    pub fn atom(mut self, atom: &str) -> Line {
        if !atom.is_empty() {
            self.units.push(atom.to_string());
        }
        self
    }

    /// Text stuck to the end of the previous unit, without a space (",", " ·", ":").
    pub fn glue(mut self, text: &str) -> Line {
        match self.units.last_mut() {
            Some(last) => last.push_str(text),
            None => self.units.push(text.trim_start().to_string()),
        }
        self
    }

    /// The lines of at most `width` columns (`None`: one line), the first indented by
    /// `first` spaces and the others by `rest`.
    pub fn wrap(&self, width: Option<usize>, first: usize, rest: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = " ".repeat(first);
        let mut used = first;
        let mut empty = true;
        for unit in &self.units {
            let n = unit.chars().count();
            if !empty && width.is_some_and(|w| used + 1 + n > w) {
                lines.push(std::mem::take(&mut current));
                current = " ".repeat(rest);
                used = rest;
                empty = true;
            }
            if !empty {
                current.push(' ');
                used += 1;
            }
            current.push_str(unit);
            used += n;
            empty = false;
        }
        if !empty {
            lines.push(current);
        }
        lines
    }
}

/// A number as prose writes it: "1,350", "5%", "$1.1", "9".
fn is_figure(word: &str) -> bool {
    let core = word.trim_start_matches(['$', '€', '£', '(', '~']);
    core.chars().next().is_some_and(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

#[cfg(test)]
mod tests {
    use super::Line;

    #[test]
    fn breaks_only_between_units_and_never_cuts_an_atom() {
        let line = Line::new()
            .text("Afghans who worked for the US")
            .glue(" —")
            .atom("afghans-to-relocate-to-central-asia/c62ed3bf");
        assert_eq!(
            line.wrap(Some(30), 0, 2),
            [
                "Afghans who worked for the",
                "  US —",
                "  afghans-to-relocate-to-central-asia/c62ed3bf"
            ]
        );
        assert_eq!(
            line.wrap(None, 1, 2),
            [" Afghans who worked for the US — afghans-to-relocate-to-central-asia/c62ed3bf"]
        );
    }

    #[test]
    fn a_date_in_prose_stays_whole() {
        for text in [
            "in Laos on July 7, 2021 answered",
            "the call of 5 July 2021 was",
        ] {
            let lines = Line::new().text(text).wrap(Some(12), 0, 0);
            assert!(
                lines
                    .iter()
                    .any(|l| l.contains("July 7, 2021") || l.contains("5 July 2021")),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn a_figure_stays_with_its_unit() {
        let line = Line::new().text("the border is 1,350 kilometres long");
        assert_eq!(
            line.wrap(Some(20), 0, 0),
            ["the border is", "1,350 kilometres", "long"]
        );
    }
}
