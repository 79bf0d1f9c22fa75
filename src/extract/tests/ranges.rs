//! Ranges, totals and proportions: from-to and hyphenated ranges, a part of a total, vote
//! tallies and index levels that are no range, "one in five" and fractions of a counted noun.

use super::*;

#[test]
fn part_of_a_total_is_not_a_range() {
    let text = "the Taliban controls 162 of Afghanistan's 398 districts";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[0].value, MentionValue::Number(162.0));
    assert_eq!(unit(&ms[0]), "district");
    assert_eq!(ms[0].total, Some(398.0));
    assert_eq!(ms[1].value, MentionValue::Number(398.0));
    assert_eq!(unit(&ms[1]), "district");
}

#[test]
fn from_to_ranges_and_units() {
    // A year between the ends of a from-to range does not break it.
    let text = "from 20 miles per gallon in 2008 to 29 mpg in 2020";
    let ms: Vec<Mention> = extract(text)
        .into_iter()
        .filter(|m| !matches!(m.value, MentionValue::Date(_)))
        .collect();
    assert_eq!(ms.len(), 1, "{ms:#?}");
    assert_eq!(ms[0].value, MentionValue::Range(20.0, 29.0));
    assert_eq!(unit(&ms[0]), "mile per gallon");
    // "from A unit to B": B takes A's unit when it names none.
    let ms = extract("mileage went from about 14-18 mpg to 24 for SUVs");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[1]), "mile per gallon");
    assert_eq!(ms[1].value, MentionValue::Number(24.0));
    // Without "from", a bare number after "to" keeps no unit.
    let ms = extract("it rose 5% to 24 this year");
    assert_eq!(unit(&ms[1]), "");
}

#[test]
fn hyphenated_to_range() {
    let m = one("Analysts expect a 10-to-15 per cent drop in profits.");
    assert_eq!(m.value, MentionValue::Range(10.0, 15.0));
    assert_eq!(unit(&m), "percentage");
    assert_eq!(m.change, Some(Change::Down));
}

#[test]
fn vote_tally_is_not_a_range() {
    let ms = extract("The bill passed by 52 votes to 47.");
    assert_eq!(ms[0].value, MentionValue::Number(52.0));
    assert_eq!(unit(&ms[0]), "vote");
    assert!(
        ms.iter()
            .all(|m| !matches!(m.value, MentionValue::Range(..)))
    );
}

#[test]
fn proportions_one_in_n() {
    let text = "Roughly one in five adults now work from home.";
    let m = one(text);
    assert_eq!(m.value, MentionValue::Number(0.2));
    assert_eq!(m.qualifier, Qualifier::Approx);
    // A proportion of counted things is a share of them (decision 310).
    assert_eq!(unit(&m), "% adult");
    assert_eq!(m.text(text), "Roughly one in five adults");
    // A ratio with "every" is no quantity (decision 1059: the readable parts leave it out).
    let ms = extract("Only 1 in every 10 children can swim.");
    assert!(ms.is_empty(), "{ms:#?}");
}

#[test]
fn proportions_n_in_m() {
    let m = one("Nearly nine in 10 people support the ban.");
    assert_eq!(m.value, MentionValue::Number(0.9));
    assert_eq!(unit(&m), "% people");
    let m = one("Two in five homes are cold.");
    assert_eq!(m.value, MentionValue::Number(0.4));
}

#[test]
fn fractions_are_a_share_of_the_counted_noun_after_of() {
    let m = one("Almost half of all households cut back.");
    assert_eq!(m.value, MentionValue::Number(0.5));
    assert_eq!(unit(&m), "% household");
    let text = "A third of the 1,200 workers will leave.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[0]), "% worker");
    assert_eq!(ms[0].text(text), "A third");
    assert_eq!(ms[1].value, MentionValue::Number(1200.0));
    let m = one("About a quarter of the town's residents agreed.");
    assert_eq!(unit(&m), "% resident");
    // A fraction of something uncounted has no unit.
    let m = one("A third of the council's budget goes on care.");
    assert_eq!(unit(&m), "");
}

#[test]
fn only_one_in_three_and_only_one_noun() {
    let m = one("Only one in three voters said they trusted the government.");
    assert_eq!(m.value, MentionValue::Number(1.0 / 3.0));
    assert_eq!(unit(&m), "% voter");
    let m = one("Only one team has won it twice.");
    assert_eq!(m.value, MentionValue::Number(1.0));
    assert_eq!(unit(&m), "team");
    assert!(extract("He is the only one who knew.").is_empty());
}

#[test]
fn from_to_ranges_across_an_adjunct() {
    let text = "Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.";
    let m = one(text);
    assert_eq!(m.value, MentionValue::Range(36040.0, 34935.0));
    assert_eq!(unit(&m), "dollar");
    let m = one("economy climbed from 21 mpg combined to 23 for FWD models.");
    assert_eq!(m.value, MentionValue::Range(21.0, 23.0));
    assert_eq!(unit(&m), "mile per gallon");
    // A name in between is no adjunct.
    assert_eq!(extract("He moved from 10 Downing Street to 11.").len(), 1);
}

#[test]
fn tallies_levels_and_models() {
    let ms = extract("The motion was defeated by 312 votes to 287.");
    assert_eq!((unit(&ms[0]), unit(&ms[1])), ("vote", "vote"));
    let ms = extract("Biden leads Trump 46% to 44% among voters.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    let ms = extract("The number of unemployed rose, up 330,000 to 8.2 million.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[0].change, Some(Change::Up));
    let ms = extract("Nasdaq Composite +1.4% to 16,340.87.");
    assert_eq!(unit(&ms[1]), "point");
    let ms = extract("Sensex tanks 930 pts, Nifty hits 23,300.");
    assert_eq!(ms[0].change, Some(Change::Down));
    assert_eq!(unit(&ms[1]), "point");
    // "index" only for a stock index.
    assert_eq!(unit(&one("The dollar index was last at 104.2.")), "");
    assert!(extract("A Boeing 737-800 landed at Perth.").is_empty());
    assert!(extract("Fieldwork 8-10 May.").is_empty());
    assert!(extract("FTSE 100 closes lower.").is_empty());
}
