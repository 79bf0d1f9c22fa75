//! Counted nouns and ages: the noun a count takes (modifiers, plurals, superlatives, idioms,
//! compounds, a count compared with a scaled count) and ages after names and "aged".

use super::*;

#[test]
fn approximate_counts() {
    let text = "where about 6,000 Russian troops are deployed";
    let m = one(text);
    assert_eq!(m.value, MentionValue::Number(6000.0));
    assert_eq!(m.qualifier, Qualifier::Approx);
    assert_eq!(unit(&m), "Russian troop");
    assert_eq!(m.text(text), "about 6,000 Russian troops");
    assert!(matches!(&m.unit.as_ref().unwrap().kind, UnitKind::Count { head } if head == "troop"));
}

#[test]
fn counted_noun_phrases() {
    // Coordinated modifiers are one phrase; the conjunction is not part of the name.
    let m = one("It sold 4.3M digital and physical copies.");
    assert_eq!(unit(&m), "digital physical copy");
    let m = one("He has repaired 40 Kia and Hyundai vehicles.");
    assert_eq!(unit(&m), "Kia Hyundai vehicle");
    // Two plural nouns joined by "and" are one head as written (decision 612), unless
    // the second may be a verb: then the first is the head.
    let m = one("They keep 5 cats and dogs.");
    assert_eq!(unit(&m), "cat and dog");
    let m = one("The club won 14 titles and plays in the top division.");
    assert_eq!(unit(&m), "title");
    // Superlatives name the kind of thing counted by their base adjective.
    let m = one("It is one of the best wireless speakers.");
    assert_eq!(unit(&m), "good wireless speaker");
    let m = one("It was one of the proudest moments.");
    assert_eq!(unit(&m), "proud moment");
    let m = one("They are among the 10 largest banks.");
    assert_eq!(unit(&m), "large bank");
    let m = one("These are the 3 biggest fallers.");
    assert_eq!(unit(&m), "big faller");
    let m = one("These were the 3 happiest days.");
    assert_eq!(unit(&m), "day");
    let m = one("It made 3 interest payments.");
    assert_eq!(unit(&m), "interest payment");
    assert_eq!(
        words::superlative_base("smallest").as_deref(),
        Some("small")
    );
    assert_eq!(words::superlative_base("latest").as_deref(), Some("late"));
    assert_eq!(
        words::superlative_base("greatest").as_deref(),
        Some("great")
    );
    assert_eq!(words::superlative_base("honest"), None);
}

#[test]
fn collective_and_irregular_plurals() {
    let text = "The plane carried 150 passengers and six crew.";
    let ms = extract(text);
    assert_eq!(unit(&ms[1]), "crew");
    let m = one("Scientists found 12 new species.");
    assert_eq!(unit(&m), "new species");
    let m = one("The bank weathered 3 crises.");
    assert_eq!(unit(&m), "crisis");
    let m = one("It has a 12MP camera.");
    assert_eq!(unit(&m), "megapixel");
}

#[test]
fn modifier_before_the_number() {
    let m = one("He netted a record 32 goals.");
    assert_eq!(unit(&m), "record goal");
    let m = one("It beat the top three seeds.");
    assert_eq!(unit(&m), "top seed");
    // Words about the amount are not part of the thing counted.
    let m = one("He scored a mere 5 goals.");
    assert_eq!(unit(&m), "goal");
    let m = one("They lost the first 10 games.");
    assert_eq!(unit(&m), "game");
    let m = one("It hired an additional 500 workers.");
    assert_eq!(unit(&m), "worker");
    // A possessive is a determiner, not a modifier.
    let m = one("The company's 300 employees were told.");
    assert_eq!(unit(&m), "employee");
}

#[test]
fn names_with_numbers_inside_a_counted_noun() {
    let m = one("The country reported 3,000 new COVID-19 cases.");
    assert_eq!(m.value, MentionValue::Number(3000.0));
    assert_eq!(unit(&m), "new COVID-19 case");
}

#[test]
fn ages_comparatives_and_partitives() {
    let m = one("The victim, aged 45, was taken to hospital.");
    assert_eq!(unit(&m), "year of age");
    let m = one("He has two grandchildren.");
    assert_eq!(unit(&m), "grandchild");
    let m = one("The company plans to hire 5,000 more workers.");
    assert_eq!(m.value, MentionValue::Number(5000.0));
    assert_eq!(unit(&m), "worker");
    let text = "The team has won four of its past six matches.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[0]), "match");
    assert_eq!(ms[0].total, Some(6.0));
    // "more" followed by "than" is no counted noun.
    let m = one("It sold 5,000 more than last year.");
    assert_eq!(unit(&m), "");
}

#[test]
fn an_age_after_a_person_noun() {
    let m = one("Police said the man, 45, was arrested on suspicion of murder.");
    assert_eq!(m.value, MentionValue::Number(45.0));
    assert_eq!(unit(&m), "year of age");
    // A count after a comma is no age.
    let ms = extract("The club, 14 points clear, won again.");
    assert!(ms.iter().all(|m| unit(m) != "year of age"), "{ms:#?}");
}

#[test]
fn a_scaled_number_compared_with_a_scaled_count() {
    let ms = extract("Nearly 3 million people watched, down from 4.1 million last year.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[1]), "people");
    // Not across a tenfold difference, nor for unscaled numbers.
    let ms = extract("About 3 million people live there, up from 200 million.");
    assert_eq!(unit(&ms[1]), "");
    let ms = extract("It has 3,000 workers, up from 2,500.");
    assert_eq!(unit(&ms[1]), "worker");
    let ms = extract("It has 3,000 workers and 2,500 in Leeds.");
    assert_eq!(unit(&ms[1]), "");
}

#[test]
fn plurals_that_are_also_verbs_after_a_number() {
    let ms = extract("Root made 178 runs off 291 balls; Ohtani hit two home runs.");
    assert_eq!(unit(&ms[0]), "run");
    assert_eq!(unit(&ms[2]), "home run");
    // With an object after it the word is a verb.
    let ms = extract("Of the clubs, one of 20 runs the league.");
    assert!(ms.iter().all(|m| unit(m) != "run"), "{ms:#?}");
}

#[test]
fn modifiers_early_and_hyphenated_participles() {
    assert_eq!(
        unit(&one("Nearly 2 million early ballots had been cast.")),
        "early ballot"
    );
    assert_eq!(
        unit(&one("It will retire three coal-fired units.")),
        "coal-fired unit"
    );
    // A possessive that lost its apostrophe is no modifier.
    let ms = extract("It sold a third of the stadiums 112,000 seats.");
    assert_eq!(unit(&ms[1]), "seat");
}

#[test]
fn more_ages() {
    let ms =
        extract("Obesity among children aged 10 and 11 rose, in women aged between 45 and 79.");
    assert!(ms.iter().all(|m| unit(m) == "year of age"), "{ms:#?}");
    assert_eq!(ms.len(), 3);
    assert_eq!(
        unit(&one("It raises the retirement age from 62 to 64.")),
        "year of age"
    );
    assert_eq!(
        unit(&one("the striker who turned 31 last month")),
        "year of age"
    );
    assert_eq!(
        unit(&one("Life expectancy fell to 78.6 years for men.")),
        "year of age"
    );
    assert_eq!(
        unit(&one("Janet Okafor 58 who has run the shop said")),
        "year of age"
    );
    assert_eq!(
        unit(&one("alcaraz, 21, became the youngest man to win")),
        "year of age"
    );
    // Only the next number after "age".
    let ms = extract("At the age of 12 he moved to London for 3 years.");
    assert_eq!(unit(&ms[1]), "year");
}

#[test]
fn counts_plus_and_compounds() {
    let m = one("exit polls predict 350+ seats for the alliance");
    assert_eq!((unit(&m), m.qualifier), ("seat", Qualifier::AtLeast));
    let m = one("Tens of thousands marched in London.");
    assert_eq!(m.value, MentionValue::Range(10_000.0, 100_000.0));
    let ms = extract("a man described as about 6ft 2in tall");
    assert_eq!(ms[1].qualifier, Qualifier::Approx);
    assert_eq!(unit(&one("a 10yo girl was approached")), "year of age");
    assert_eq!(unit(&one("It will buy 1,000 new e-buses.")), "new e-bus");
    assert_eq!(
        unit(&one("india reported 7,830 new covid-19 cases")),
        "new covid-19 case"
    );
    let m = one("bids worth 1.4x the amount offered");
    assert_eq!((m.value.clone(), unit(&m)), (MentionValue::Number(1.4), ""));
    assert!(extract("a 4x4 vehicle").is_empty());
    let m = one("profit jumped 15- to 20-fold");
    assert_eq!(m.value, MentionValue::Range(15.0, 20.0));
    assert_eq!(
        one("one-and-a-half times the sum").value,
        MentionValue::Number(1.5)
    );
    assert_eq!(
        one("two and a half years later").value,
        MentionValue::Number(2.5)
    );
    assert_eq!(
        one("a half-dozen new directors").value,
        MentionValue::Number(6.0)
    );
    let m = one("expectations of a 1.1m-barrel draw");
    assert_eq!(
        (m.value.clone(), unit(&m)),
        (MentionValue::Number(1.1e6), "barrel")
    );
    assert_eq!(unit(&one("a 5m-long shark")), "metre");
}

#[test]
fn counts_in_idioms_and_proportions() {
    assert_eq!(unit(&one("She put one hand behind her head.")), "hand");
    assert!(extract("On the one hand, prices fell.").is_empty());
    let m = one("One out of three Germans have housing problems.");
    assert_eq!(m.value, MentionValue::Number(1.0 / 3.0));
    assert_eq!(unit(&one("looked at two viruses")), "virus");
    assert_eq!(unit(&one("paid 4 bonuses")), "bonus");
    assert_eq!(unit(&one("sold 4 houses")), "house");
    assert_eq!(unit(&one("some 300 recorded songs")), "recorded song");
    assert_eq!(unit(&one("to add another pick or two .")), "pick");
    assert_eq!(unit(&one("It takes a day or two.")), "day");
    assert_eq!(
        unit(&one("He will be 35 by the end of the year.")),
        "year of age"
    );
    assert_eq!(unit(&extract("He was 3 in the race.")[0]), "");
}
