//! Numbers, units, qualifiers, ranges and changes, one behaviour a test.

use super::*;
#[test]
fn hyphenated_unit() {
    let text = "up to 70% of the 1,400-kilometer border has come under Taliban control";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[0].value, MentionValue::Number(70.0));
    assert_eq!(ms[0].qualifier, Qualifier::UpTo);
    assert_eq!(unit(&ms[0]), "percentage");
    assert_eq!(ms[0].text(text), "up to 70%");
    assert_eq!(ms[1].value, MentionValue::Number(1400.0));
    assert_eq!(unit(&ms[1]), "kilometre");
    assert_eq!(ms[1].text(text), "1,400-kilometer");
}

#[test]
fn scale_words_are_exact() {
    let m = one("a border of more than 1.3 thousand kilometers, they said");
    assert_eq!(m.value, MentionValue::Number(1300.0));
    assert_eq!(m.qualifier, Qualifier::MoreThan);
    assert_eq!(unit(&m), "kilometre");
    let m = one("the US allocated $ 1.1 million to the project");
    assert_eq!(m.value, MentionValue::Number(1_100_000.0));
    assert_eq!(unit(&m), "dollar");
    let m = one("revenue was $1.762bn last year");
    assert_eq!(m.value, MentionValue::Number(1_762_000_000.0));
    let m = one("There were 4 hundred million people.");
    assert_eq!(m.value, MentionValue::Number(400_000_000.0));
}

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
fn number_words() {
    let m = one("the Taliban captured nine districts");
    assert_eq!(m.value, MentionValue::Number(9.0));
    assert_eq!(unit(&m), "district");
    let m = one("it has one hundred and sixty-two districts");
    assert_eq!(m.value, MentionValue::Number(162.0));
    let m = one("five to seven people were hurt");
    assert_eq!(m.value, MentionValue::Range(5.0, 7.0));
    assert_eq!(m.qualifier, Qualifier::Range);
    assert_eq!(unit(&m), "people");
}

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
fn fractions_and_rates() {
    let m = one("A pint is 1/16 of a gallon.");
    assert_eq!(m.value, MentionValue::Number(0.0625));
    assert_eq!(unit(&m), "gallon");
    let m = one("Nearly two-thirds of the sales came from CDs.");
    assert!(matches!(m.value, MentionValue::Number(v) if (v - 2.0 / 3.0).abs() < 1e-12));
    assert_eq!(m.qualifier, Qualifier::Approx);
    let m = one("crude was at US $58.24 per barrel");
    assert_eq!(unit(&m), "dollar per barrel");
    let m = one("They have a $3500 a month mortgage.");
    assert_eq!(unit(&m), "dollar per month");
}

#[test]
fn unit_symbols_and_names() {
    for (text, want) in [
        ("It makes 332 lb-ft of torque.", "foot pound-force"),
        ("It makes 275 pound-feet of torque.", "pound-foot"),
        (
            "Gas rose to US $2.24 per mmBTU.",
            "dollar per mega british thermal unit",
        ),
        ("The heater is rated at 5,000 BTU.", "british thermal unit"),
        ("The cable carries 5 mA at most.", "milliampere"),
        ("The bolt holds 3 kN of load.", "kilonewton"),
        ("The pill holds 50 µg of iodine.", "microgram"),
        ("The tyre is at 2 bar.", "bar"),
        ("The sample was cooled to 4 kelvin.", "kelvin"),
        ("He lost 3 stone in a year.", "stone"),
        ("The pack stores 500 Wh.", "watt hour"),
        ("The engine displaces 600 cc.", "cubic centimetre"),
        ("The room is 200 square inches.", "square inch"),
        ("The bottle holds 12 fl oz.", "fluid ounce"),
        ("The archive holds 3 PB.", "petabyte"),
        ("The bomb was 15 kilotons.", "kiloton"),
        ("The pulse lasts 20 nanoseconds.", "nanosecond"),
    ] {
        let m = one(text);
        assert_eq!(unit(&m), want, "{text}");
    }
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
fn rate_after_a_bracketed_conversion() {
    let text = "a 9 billion shekels ($2.408 billion) a year industry";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[0]), "shekel per year");
    assert_eq!(ms[0].text(text), "9 billion shekels");
    assert_eq!(unit(&ms[1]), "dollar");
    // A bracket that is not a conversion followed by a rate changes nothing.
    let m = one("It costs 5 dollars (tax included).");
    assert_eq!(unit(&m), "dollar");
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
fn more_currencies_and_symbols() {
    for (text, want) in [
        ("The fine was 500 zlotys.", "polish zloty"),
        ("It costs PLN 40 a month.", "polish zloty per month"),
        ("He paid 2,000 Mexican pesos.", "mexican peso"),
        ("The bill came to 300 AED.", "united arab emirates dirham"),
        ("A coffee is 45 Kč here.", "czech koruna"),
        ("Gum cost 5¢ then.", "cent"),
        ("The loan is ₦200 million.", "nigerian naira"),
        ("The pressure was 101 Pa.", "pascal"),
        ("The resistor is 220 Ω.", "ohm"),
        ("The dose was 20 mSv.", "millisievert"),
        ("The collider runs at 13 TeV.", "teraelectronvolt"),
        ("The file is 16 billion b.", "bit"),
        ("Emissions reached 40 Gt.", "gigatonne"),
        ("The glass holds 33 cl.", "centilitre"),
    ] {
        let m = one(text);
        assert_eq!(unit(&m), want, "{text}");
    }
    // "COP26" is a conference, not money.
    let ms = extract("Leaders met at COP 26 in Glasgow.");
    assert!(ms.iter().all(|m| m.unit.is_none()), "{ms:#?}");
}

#[test]
fn fractions_of_scales_and_couples() {
    let m = one("About half a million people attended.");
    assert_eq!(m.value, MentionValue::Number(500_000.0));
    assert_eq!(unit(&m), "people");
    let m = one("It cost a quarter of a billion dollars.");
    assert_eq!(m.value, MentionValue::Number(250_000_000.0));
    assert_eq!(unit(&m), "dollar");
    let m = one("He bought half a dozen eggs.");
    assert_eq!(m.value, MentionValue::Number(6.0));
    let m = one("It took a couple of days.");
    assert_eq!(m.value, MentionValue::Number(2.0));
    assert_eq!(unit(&m), "day");
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
fn offsets_are_bytes_in_the_input() {
    let text = "Préface — über 300 soldiers.\nThen 5 km.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2);
    assert_eq!(
        ms[0].text(text),
        "über 300 soldiers".trim_start_matches("über ")
    );
    assert_eq!(ms[1].line, 2);
    assert_eq!(ms[1].text(text), "5 km");
}

#[test]
fn draft_values_parse_in_the_value_grammar() {
    let text = "up to 70% of the 1,400-kilometer border; about 6,000 Russian troops; $1.1 million; \
                five to seven people; 155 mph winds; 9 districts.";
    for m in extract(text) {
        let (v, _) = draft_value(&m);
        assert!(crate::value::parse_quantity(&v).is_ok(), "{v}");
    }
    let ms = extract("about 6,000 Russian troops");
    assert_eq!(draft_value(&ms[0]).0, "about 6000 troops");
}

#[test]
fn suggestion_uses_label_alias_and_unit() {
    let hints = vec![
        SubjectHint {
            key: "tajik-afghan-border-length".into(),
            label: "Length of the Tajik-Afghan border".into(),
            aliases: vec!["Afghan-Tajik border length".into()],
            dimension: "length".into(),
            unit: Some("km".into()),
        },
        SubjectHint {
            key: "taliban-held-districts".into(),
            label: "Afghan districts held by the Taliban".into(),
            aliases: vec![],
            dimension: "count".into(),
            unit: Some("district".into()),
        },
    ];
    let text =
        "up to 70% of the 1,400-kilometer Tajik-Afghan border; the Taliban held 162 districts";
    let ms = extract(text);
    let km = ms.iter().find(|m| unit(m) == "kilometre").unwrap();
    assert_eq!(
        suggest_subject(km, text, &hints).map(|h| h.key.as_str()),
        Some("tajik-afghan-border-length")
    );
    let pct = ms.iter().find(|m| unit(m) == "percentage").unwrap();
    assert_eq!(suggest_subject(pct, text, &hints), None);
    let d = ms.iter().find(|m| unit(m) == "district").unwrap();
    assert_eq!(
        suggest_subject(d, text, &hints).map(|h| h.key.as_str()),
        Some("taliban-held-districts")
    );
}

#[test]
fn truncated_phrases_do_not_panic() {
    // Every prefix of phrases whose grammar looks ahead past the end of the sentence.
    for text in [
        "rose 18 sen to RM23.50 and 162 of Afghanistan's 398 districts, US $58.24 per barrel",
        "between 5% and 6%, four-, five- and six-cylinder, 1/16 of a US pint, July 7, 2021",
        "tens of millions of dollars, 1.3 A/cm2 to 0.03 A/cm2, $3 billion to $5 billion",
    ] {
        for (i, _) in text.char_indices() {
            let _ = extract(&text[..i]);
        }
    }
}

mod prop {
    use super::super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "5",
        "1,400",
        "1.3",
        "-",
        "to",
        "and",
        "between",
        "of",
        "the",
        "$",
        "US",
        "%",
        "per",
        "cent",
        "million",
        "km",
        "Afghanistan's",
        "districts",
        "one",
        "a",
        "third",
        "(",
        ")",
        "/",
        "16",
        "July",
        "Sept.",
        ",",
        ".",
        "up",
        "rose",
        "by",
        "more",
        "than",
        "about",
        "year",
        "old",
        "\n",
        "RM",
        "Y",
        "=",
        "£",
        "½",
        "2021",
        "10:30",
        "p.m.",
        "dozens",
        "tens",
        "thousands",
        "+",
        "~",
        "°",
        "C",
    ];

    proptest! {
        #[test]
        fn any_text_is_safe(s in "\\PC{0,60}") {
            for m in extract(&s) {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn token_soup_is_safe(idx in proptest::collection::vec(0..PIECES.len(), 0..25), glue in proptest::collection::vec(any::<bool>(), 25)) {
            let mut s = String::new();
            for (k, i) in idx.iter().enumerate() {
                if glue[k] { s.push(' '); }
                s.push_str(PIECES[*i]);
            }
            for m in extract(&s) {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(m.line >= 1);
                let _ = draft_value(&m);
                let _ = jsonl_line(&m, &s);
            }
        }
    }
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
    let m = one("Only 1 in every 10 children can swim.");
    assert_eq!(m.value, MentionValue::Number(0.1));
    assert_eq!(unit(&m), "% child");
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
fn half_a_unit() {
    let m = one("The bank cut its forecast by half a percentage point.");
    assert_eq!(m.value, MentionValue::Number(0.5));
    assert_eq!(unit(&m), "percentage point");
    assert_eq!(m.change, Some(Change::Down));
    let m = one("The trip took half an hour.");
    assert_eq!(m.value, MentionValue::Number(0.5));
    assert_eq!(unit(&m), "hour");
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
fn proportions_n_in_m() {
    let m = one("Nearly nine in 10 people support the ban.");
    assert_eq!(m.value, MentionValue::Number(0.9));
    assert_eq!(unit(&m), "% people");
    let m = one("Two in five homes are cold.");
    assert_eq!(m.value, MentionValue::Number(0.4));
}

#[test]
fn glued_m_is_million_in_a_strong_compound_or_after_an_earlier_million() {
    let text = "Around 1.5m people are waiting, up from 1.1m a year earlier.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[1].value, MentionValue::Number(1_100_000.0));
    let m = one("The union represents a 3m-strong workforce.");
    assert_eq!(m.value, MentionValue::Number(3_000_000.0));
    assert_eq!(unit(&m), "");
    // Without either, a glued "m" is metres.
    let m = one("The wall is 2.5m high.");
    assert_eq!(unit(&m), "metre");
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
fn glued_m_before_a_unit_is_million() {
    let m = one("The country produces around 11m barrels per day.");
    assert_eq!(m.value, MentionValue::Number(11_000_000.0));
    assert_eq!(unit(&m), "barrel per day");
}

#[test]
fn a_year_ago_is_not_a_rate() {
    let text = "Revenue was $4.5 billion, compared with $4.1 billion a year ago.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&ms[1]), "dollar");
    assert_eq!(ms[1].text(text), "$4.1 billion");
    let m = one("He earns £45,000 a year.");
    assert_eq!(unit(&m), "pound sterling per year");
}

#[test]
fn dozens_counted_by_a_number_word() {
    let m = one("Around two dozen homes were destroyed.");
    assert_eq!(m.value, MentionValue::Number(24.0));
    assert_eq!(unit(&m), "home");
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
fn an_age_after_a_person_noun() {
    let m = one("Police said the man, 45, was arrested on suspicion of murder.");
    assert_eq!(m.value, MentionValue::Number(45.0));
    assert_eq!(unit(&m), "year of age");
    // A count after a comma is no age.
    let ms = extract("The club, 14 points clear, won again.");
    assert!(ms.iter().all(|m| unit(m) != "year of age"), "{ms:#?}");
}

#[test]
fn a_quarter_of_a_unit() {
    let m = one("The Fed raised rates by a quarter of a percentage point.");
    assert_eq!(m.value, MentionValue::Number(0.25));
    assert_eq!(unit(&m), "percentage point");
    assert_eq!(m.change, Some(Change::Up));
}

#[test]
fn a_long_run_of_listed_figures_is_read_with_bounded_look_ahead() {
    // "1 and 2, 3 and 4, …": each figure looks ahead for a list closed by a unit once,
    // and the figure closing it is read without looking again (before, each one re-read
    // the rest of the run, recursively).
    let text = (1..3000)
        .step_by(2)
        .map(|i| format!("{i} and {}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
        + " percent.";
    let ms = extract(&text);
    assert_eq!(ms.len(), 3000);
    assert_eq!(unit(&ms[2999]), "percentage");
}
