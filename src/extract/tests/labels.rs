//! Names and non-quantities: years, times, phone numbers, codes, versions, labels and dates.

use super::*;

#[test]
fn not_quantities() {
    for text in [
        "He was born in 1985 and moved in 2004.",
        "The meeting ended at 10:27 PM EDT.",
        "Call 555-0100 or (202) 555-0199.",
        "He scored in the 96th minute.",
        "The iPhone 11 and Galaxy S22 sold well.",
        "Game 7 ended 89-89 after COVID-19 delays.",
        "Flight MH17 was lost.",
        "No one knew which one to take.",
    ] {
        let ms: Vec<Mention> = extract(text)
            .into_iter()
            .filter(|m| !matches!(m.value, MentionValue::Date(_)))
            .collect();
        assert!(ms.is_empty(), "{text}: {ms:#?}");
    }
}

#[test]
fn dates_are_reported_as_dates() {
    let text = "July 08, 2021\nBiden set a Sept. 11 deadline.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(
        ms[0].value,
        MentionValue::Date(crate::value::Date::parse("2021-07-08").unwrap())
    );
    assert_eq!(
        ms[1].value,
        MentionValue::Date(crate::value::Date::parse("2021-09-11").unwrap())
    );
    assert_eq!(ms[1].line, 2);
}

#[test]
fn leading_zero_codes_and_phone_numbers() {
    assert!(extract("For more information call 020 7946 0958 today.").is_empty());
    assert!(extract("Agent 007 returns.").is_empty());
    let m = one("The rate is 0.5 per cent.");
    assert_eq!(m.value, MentionValue::Number(0.5));
}

#[test]
fn operating_system_versions_are_labels() {
    assert!(extract("The laptops run Windows 11 and iOS 17.").is_empty());
}

#[test]
fn labels_and_no_amounts() {
    assert!(extract("It remained committed to its net zero targets.").is_empty());
    let ms = extract("The stretch between junctions 10 and 16 will close.");
    assert!(ms.is_empty(), "{ms:#?}");
    let ms = extract("Windows 11 users can download the update.");
    assert!(ms.is_empty(), "{ms:#?}");
    let ms = extract("the asx 200 was up 23 points at 7,690 at noon");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    // Month names in text without capitals are dates.
    let ms = extract("cancellations hit 3.4pc in the four weeks to march 2");
    assert!(
        ms.iter().all(|m| m.value != MentionValue::Number(2.0)),
        "{ms:#?}"
    );
}
