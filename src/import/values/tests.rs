//! Cell normalisation: the spellings met in real tables.

use super::*;

fn at(year: Option<i32>, month: u8, day: u8, h: u16, m: u16) -> Cell {
    Cell::Instant {
        year,
        month,
        day,
        minute: Some(h * 60 + m),
    }
}

#[test]
fn the_issue_s_three_spellings_are_one_instant() {
    for text in [
        "12/01/2011 02:07 PM",
        "12/1/2011 2:07PM EST",
        "12/1/11 2:07 PM (-05:00)",
        "2011-12-01 02:07 PM",
        "2011-12-01 14:07",
    ] {
        assert_eq!(
            normalise(text),
            Some(at(Some(2011), 12, 1, 14, 7)),
            "{text}"
        );
    }
}

#[test]
fn instants_without_a_year_keep_it_open() {
    for text in [
        "2:07 PMDec 01",
        "2:07 PM, Dec 01",
        "2:07pDec 1",
        "Dec 01 - 2:07pm",
        "Thu, Dec 01 2:07 PM",
    ] {
        assert_eq!(normalise(text), Some(at(None, 12, 1, 14, 7)), "{text}");
    }
}

#[test]
fn other_date_orders_and_markers() {
    let expected = Some(at(Some(2011), 12, 3, 0, 23));
    assert_eq!(normalise("12:23 AM  Sat 03-Dec-2011"), expected);
    assert_eq!(normalise("Sat., Dec.03, 2011 12:23 a.m."), expected);
    assert_eq!(normalise("December 3, 2011    12:23 AM   "), expected);
    assert_eq!(normalise("12:23A 12-03-11"), expected);
    assert_eq!(normalise("2011-12-03 Sat  00:23"), expected);
}

#[test]
fn a_date_without_a_time_is_the_whole_day() {
    let cell = normalise("December 10, 2011     ").unwrap();
    let (point, low, high) = cell.minutes(2000).unwrap();
    assert_eq!((point, high - low), (low, 1439.0));
}

#[test]
fn placeholders_are_no_value() {
    for text in [
        "",
        " - ",
        "Not Available",
        "Dec 01 - Contact Airline",
        "TBA?",
        "Not provided by airline",
    ] {
        assert_eq!(normalise(text), None, "{text:?}");
    }
}

#[test]
fn gates_and_numbers() {
    assert_eq!(normalise("Term C - C44"), Some(Cell::Text("C44".into())));
    assert_eq!(normalise(" f78 "), Some(Cell::Text("F78".into())));
    let n = |value: f64, half_width: f64| Some(Cell::Number { value, half_width });
    assert_eq!(normalise("16?"), n(16.0, 0.0));
    assert_eq!(normalise("72,661"), n(72661.0, 0.0));
    assert_eq!(normalise("1.4 million"), n(1_400_000.0, 50_000.0));
}

#[test]
fn the_placeholder_list_is_sorted_and_unique() {
    let lines: Vec<&str> = PLACEHOLDERS.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(lines, sorted);
    assert!(
        lines
            .iter()
            .all(|l| *l == l.trim().to_lowercase() && !l.is_empty())
    );
}
