//! Changes and qualifiers: the direction of a change (verbs, nouns, "by", "or" restatements,
//! a bare change repeating an earlier unit) and bounds, margins and averages.

use super::*;

#[test]
fn ranges_and_changes() {
    let m = one("prices fell by 3 points on Monday");
    assert_eq!(m.change, Some(Change::Down));
    assert_eq!(unit(&m), "point");
    let m = one("Shares were up 5% in early trade.");
    assert_eq!(m.change, Some(Change::Up));
    let ms = extract("Heineken rose 18 sen to RM23.50.");
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].change, Some(Change::Up));
    assert_eq!(unit(&ms[0]), "sen");
    assert_eq!(ms[1].value, MentionValue::Number(23.5));
    assert_eq!(unit(&ms[1]), "malaysian ringgit");
    let m = one("There are 1 to 2 thousand people.");
    assert_eq!(m.value, MentionValue::Range(1000.0, 2000.0));
    let m = one("a fine of $3 billion to $5 billion");
    assert_eq!(m.value, MentionValue::Range(3e9, 5e9));
    let m = one("Fresh fruit prices may increase between 5% and 6%.");
    assert_eq!(m.value, MentionValue::Range(5.0, 6.0));
}

#[test]
fn a_bare_change_repeats_the_unit_of_an_earlier_change() {
    let ms = extract("The DAX rose 2 percent but the Nasdaq fell by 1.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[1]), "percentage");
    assert_eq!(ms[1].change, Some(Change::Down));
    let ms = extract("The Dow fell 300 points and the Nasdaq dropped 50.");
    assert_eq!(unit(&ms[1]), "point");
    // A count is not a unit to repeat, nor is a number without a change.
    let ms = extract("It cut 300 jobs, rose 5% and has 40 stores and 7 more.");
    assert_eq!(unit(&ms[0]), "job");
    assert_eq!(unit(&ms[3]), "");
}

#[test]
fn plus_suffix_and_change_to_a_level() {
    let m = one("The treaty was signed by 190-plus countries.");
    assert_eq!(m.value, MentionValue::Number(190.0));
    assert_eq!(m.qualifier, Qualifier::AtLeast);
    assert_eq!(unit(&m), "country");
    // "by X to Y" with Y far above X is a change and the level reached.
    let ms = extract("The population grew by 1.2 million to 67 million.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[0].value, MentionValue::Number(1_200_000.0));
    assert_eq!(ms[1].value, MentionValue::Number(67_000_000.0));
    // … but "by 1 to 1.5 degrees" is a range of the change.
    let ms = extract("Temperatures dropped by 1 to 1.5 degrees Celsius.");
    assert_eq!(ms[0].value, MentionValue::Range(1.0, 1.5));
}

#[test]
fn change_verb_with_an_object_before_by() {
    let m = one("The central bank raised its main rate by 25 basis points.");
    assert_eq!(m.change, Some(Change::Up));
    let m = one("The IMF trimmed its growth forecast by 0.2 percentage points.");
    assert_eq!(m.change, Some(Change::Down));
    // Alone before the amount, "raised" is fundraising.
    let m = one("The charity has raised $1 million.");
    assert_eq!(m.change, None);
    // No change verb in reach.
    let m = one("The bill passed by 52 votes.");
    assert_eq!(m.change, None);
}

#[test]
fn a_change_restated_after_or() {
    let text = "The Dow rose 0.5 percent, or 170 points, to 38,000.";
    let ms = extract(text);
    assert_eq!(ms[0].change, Some(Change::Up));
    assert_eq!(ms[1].value, MentionValue::Number(170.0));
    assert_eq!(ms[1].change, Some(Change::Up));
    // Not after a plain list.
    let ms = extract("It has 5 shops, or 12 if you count kiosks.");
    assert!(ms.iter().all(|m| m.change.is_none()), "{ms:#?}");
}

#[test]
fn a_fraction_after_by_is_the_size_of_a_change() {
    let m = one("The drug cut deaths by a third.");
    assert_eq!(m.value, MentionValue::Number(1.0 / 3.0));
    assert_eq!(m.change, Some(Change::Down));
    let m = one("Profits fell by half last year.");
    assert_eq!(m.value, MentionValue::Number(0.5));
    assert_eq!(m.change, Some(Change::Down));
    // Not a quantity without "by".
    assert!(extract("A third party was called.").is_empty());
}

#[test]
fn change_through_as_much_as_and_level_after_motion_verbs() {
    let m = one("Shares jumped as much as 7.8% in early trade.");
    assert_eq!(m.change, Some(Change::Up));
    let m = one("The unemployment rate ticked up to 3.9 per cent.");
    assert_eq!(m.qualifier, Qualifier::Exact);
    assert_eq!(m.change, None);
    // "up to" after other verbs is still a bound.
    let m = one("It could be fined up to $500.");
    assert_eq!(m.qualifier, Qualifier::UpTo);
}

#[test]
fn margins_and_new_bounds() {
    let m = one("The margin of error is plus or minus 3.5 percentage points.");
    assert_eq!(m.value, MentionValue::Number(3.5));
    let m = one("Organisers put the number at closer to 10,000.");
    assert_eq!(m.qualifier, Qualifier::Approx);
    let m = one("It will pass within 4.6 million kilometres of Earth.");
    assert_eq!(m.qualifier, Qualifier::AtMost);
    let m = one("Oxygen levels fell below 2 milligrams per litre.");
    assert_eq!(m.qualifier, Qualifier::LessThan);
    assert_eq!(m.change, None);
    let m = one("The car can add up to 200 miles in a charge.");
    assert_eq!(m.qualifier, Qualifier::UpTo);
    assert_eq!(m.change, None);
}

#[test]
fn changes_named_later_and_by_vague_fractions() {
    let m = one("The council approved a 6.5 percent property tax increase.");
    assert_eq!(m.change, Some(Change::Up));
    let m = one("Gas prices have dropped by roughly a third since January.");
    assert_eq!(m.value, MentionValue::Number(1.0 / 3.0));
    assert_eq!(m.change, Some(Change::Down));
    let ms = extract("Shares slid 4.1 per cent, wiping £1.9bn off its value.");
    assert_eq!(ms[1].change, Some(Change::Down));
    let m = one("The climbers went up 300 feet before dark.");
    assert_eq!(m.change, None, "a distance, not a change");
    let ms = extract("His fastball averaged 97.8 mph, up 1.3 mph from a year ago.");
    assert_eq!(ms[1].change, Some(Change::Up));
    let m = one("The wage bill is less than half that of their rivals.");
    assert_eq!(m.value, MentionValue::Number(0.5));
}

#[test]
fn one_after_a_preposition_and_averages() {
    let ms = extract("It recorded a sighting of one that was more than three feet wide.");
    assert_eq!(ms[0].value, MentionValue::Number(1.0));
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert!(extract("They help one another.").is_empty());
    assert!(extract("On the one hand, it works.").is_empty());
    let m = one("He has averaged 7.3 points in his career.");
    assert_eq!(m.qualifier, Qualifier::Approx);
    let m = one("Range grows from up to 252 miles to 287 miles.");
    assert_eq!(m.value, MentionValue::Range(252.0, 287.0));
    assert_eq!(m.qualifier, Qualifier::Range);
}
