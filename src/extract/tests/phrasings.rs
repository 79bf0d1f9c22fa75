//! Phrasings met in the blind sets and the seed articles, one behaviour a test.

use super::*;

#[test]
fn index_levels_are_points() {
    let ms = extract("The Dow Jones Industrial Average fell 250.8 points, or 0.7%, to 33,500.2.");
    assert_eq!(ms.len(), 3, "{ms:#?}");
    assert_eq!(unit(&ms[2]), "point");
    assert_eq!(ms[2].change, None);
    let ms = extract("The Nikkei gained 1.5 per cent to 32,000.");
    assert_eq!(unit(&ms[1]), "point");
    // Not without an index in the sentence.
    let ms = extract("Membership rose 1.5 per cent to 32,000.");
    assert_eq!(unit(&ms[1]), "");
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
fn compound_and_spelled_units() {
    assert_eq!(
        unit(&one("The 2,400-square-foot bungalow sold.")),
        "square foot"
    );
    assert_eq!(
        unit(&one("Sales dropped 1.7 pc to a record.")),
        "percentage"
    );
    assert_eq!(unit(&one("The rupee weakened 12 paise.")), "paisa");
    assert_eq!(unit(&one("Shares fell 4 pence.")), "penny");
    assert_eq!(
        unit(&one("It costs €30 per megawatt hour.")),
        "euro per megawatt hour"
    );
    assert_eq!(
        unit(&one("They produced 82.3 terawatt hours.")),
        "terawatt hour"
    );
    assert_eq!(unit(&one("It has a 5,000mAh battery.")), "milliampere-hour");
    assert_eq!(
        unit(&one("The star lies about 120 light-years away.")),
        "light year"
    );
    assert_eq!(unit(&one("The 27in monitor is new.")), "inch");
    assert_eq!(
        unit(&one("Delivery takes 5-7 working days.")),
        "working day"
    );
    assert_eq!(
        unit(&one("Judge led the league with 10.6 WAR.")),
        "win above replacement"
    );
    let m = one("Hamilton finished second, 4.2s behind the winner.");
    assert_eq!(unit(&m), "second");
    // A glued "s" after a whole number is a decade or a plural, not seconds.
    assert!(
        extract("It was popular in the 1990s.")
            .iter()
            .all(|m| unit(m) != "second")
    );
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

#[test]
fn glued_fractions_indian_grouping_and_hyphenated_scales() {
    let m = one("It is 1½ miles long.");
    assert_eq!(m.value, MentionValue::Number(1.5));
    let m = one("Rates rose 3¼% today.");
    assert_eq!(m.value, MentionValue::Number(3.25));
    let m = one("It costs 2,50,000 rupees.");
    assert_eq!(m.value, MentionValue::Number(250_000.0));
    let m = one("It costs Rs. 500 now.");
    assert_eq!(unit(&m), "indian rupee");
    let m = one("It was a 1.2-billion deal.");
    assert_eq!(m.value, MentionValue::Number(1_200_000_000.0));
    // Two-digit groups without a last group of three are not Indian grouping.
    assert_eq!(extract("Scores were 1,22 and 3,456.").len(), 3);
}

#[test]
fn wire_copy_forms() {
    // Abbreviated approximations.
    assert_eq!(
        one("a group with c.27,000 staff").qualifier,
        Qualifier::Approx
    );
    assert_eq!(
        one("annual revenue of approx. £9bn").qualifier,
        Qualifier::Approx
    );
    // Change nouns with "of", signed shares, glued basis points.
    assert_eq!(
        one("on net sales growth of 3.5% to 4%").change,
        Some(Change::Up)
    );
    assert_eq!(
        one("a drop of £122 on the April level").change,
        Some(Change::Down)
    );
    assert_eq!(one("solana -1.3% on the day").change, Some(Change::Down));
    let ms = extract("the yield jumped 18bp in a day");
    assert_eq!(unit(&ms[0]), "basis point");
    // A bound wins over the verb.
    let m = one("Eskom was cutting up to 6,000MW from the grid.");
    assert_eq!((m.qualifier, m.change), (Qualifier::UpTo, None));
    // Indian scales.
    assert_eq!(
        one("investors poorer by Rs 4.6 lakh crore").value,
        MentionValue::Number(4.6e12)
    );
    assert_eq!(
        one("a profit of Rs 175 cr").value,
        MentionValue::Number(1.75e9)
    );
    assert_eq!(
        one("its Rs 18,000-crore offer").value,
        MentionValue::Number(1.8e11)
    );
    // Currencies.
    assert_eq!(
        unit(&one("they lose up to KSh 20,000 an acre")),
        "kenyan shilling per acre"
    );
    assert_eq!(unit(&one("Sasol slumped to R142.30")), "south african rand");
    assert!(extract("The R2 unit was shut.").is_empty());
    assert_eq!(
        unit(&one("Rents reached £1,276 pcm.")),
        "pound sterling per month"
    );
    assert_eq!(unit(&one("Brent at $84.20/bbl.")), "dollar per barrel");
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
fn sports_and_spec_sheet_forms() {
    // Millions glued as "m" where people are counted.
    let ms = extract("The final drew a TV audience of 12m, up from 7.4m for the semi.");
    assert_eq!(ms[1].value, MentionValue::Number(7_400_000.0));
    assert_eq!(
        unit(&one("Duplantis cleared 6.24m at the first attempt.")),
        "metre"
    );
    assert_eq!(
        unit(&one("wages of around £250,000-a-week")),
        "pound sterling per week"
    );
    // Times: a count, or a factor.
    assert_eq!(
        unit(&one("Lightning struck it 23 times last year.")),
        "time"
    );
    assert_eq!(unit(&one("It costs 10 times the price.")), "");
    // "over" a period is its length.
    let m = one("He struck out batters over seven scoreless innings.");
    assert_eq!(m.qualifier, Qualifier::Exact);
    assert_eq!(
        one("He was jailed for over five years.").qualifier,
        Qualifier::MoreThan
    );
    // Baseball and data units.
    assert_eq!(unit(&one("Judge has 37 HR this year.")), "home run");
    assert_eq!(unit(&one("It comes with 8gb of ram.")), "gigabyte");
    assert_eq!(
        unit(&one("The charge rate was +0.4pp.")),
        "percentage point"
    );
    assert_eq!(unit(&one("It burned roughly 22 sq miles.")), "square mile");
    assert_eq!(
        unit(&one("a path up to three-quarters of a mile wide")),
        "mile"
    );
    // Labels: resolutions, model numbers, rankings, finishing orders.
    assert!(extract("It has a 1080p screen and 4K output.").is_empty());
    assert!(extract("The RTX 4090 draws a lot.").is_empty());
    assert!(extract("iPhone 16 review: it is good").is_empty());
    assert!(extract("She has held the No 1 ranking.").is_empty());
    assert!(extract("Ferrari had a one-two at Monza.").is_empty());
    // A fraction takes no unit from an earlier change.
    let ms = extract("Theft fell 14.6pc while knife crime rose by a third.");
    assert_eq!(unit(&ms[1]), "");
    // "make up" is no rise.
    assert_eq!(one("carbon making up nearly 5pc by weight").change, None);
    // Starting prices.
    assert_eq!(
        one("with fares from £19.99 one-way").qualifier,
        Qualifier::AtLeast
    );
    assert_eq!(
        one("The iPad Pro starts at $1,099.").qualifier,
        Qualifier::AtLeast
    );
    // Ranges of rates, ages in text without capitals.
    let m = one("promising returns of 12%-18% a year");
    assert_eq!(m.value, MentionValue::Range(12.0, 18.0));
    assert_eq!(
        unit(&one("ronaldo 39 has never scored less")),
        "year of age"
    );
}

#[test]
fn general_news_mix_forms() {
    // A bare level or change counts the plural subject of its clause.
    let ms = extract("daily active users rose 13% to 212m in the quarter");
    assert_eq!(unit(&ms[1]), "daily active user");
    let ms = extract("births dropped 5.6% to 727,277");
    assert_eq!(unit(&ms[1]), "birth");
    let ms = extract("paying subscribers climbed by 2.3 million to 18.9 million");
    assert_eq!(
        (unit(&ms[0]), ms[0].change),
        ("paying subscriber", Some(Change::Up))
    );
    assert_eq!(unit(&one("Prices rose to 1,200 last week.")), "");
    // Changes through "an average", "an estimated", a long "cut … by".
    assert_eq!(
        one("they lost an average 14.9% of their weight").change,
        Some(Change::Down)
    );
    let m = one("the drug cut the risk of a second stroke by a third");
    assert_eq!(m.change, Some(Change::Down));
    let m = one("the trial showed 22.7% weight loss");
    assert_eq!(m.change, Some(Change::Down));
    assert_eq!(
        extract("the $399 list price, $101 off")[1].change,
        Some(Change::Down)
    );
    // Signed shares after a name; acronym plurals; model names; index levels.
    let ms = extract("Semis slid: Nvidia -3.1%, AMD -4.4%.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(unit(&one("enough for 2.5m EVs")), "EV");
    assert_eq!(unit(&one("funds for 83 F-35 jets")), "F-35 jet");
    let ms = extract("At the close: FTSE 100 8,139.83 (+0.6%), DAX 18,175.04 (-0.3%).");
    assert_eq!(ms.len(), 4, "{ms:#?}");
    assert_eq!((unit(&ms[0]), unit(&ms[2])), ("point", "point"));
    assert!(extract("the 737 Max 9 jets stay grounded").is_empty());
    assert!(extract("Route 66 diners say tourists are back.").is_empty());
    assert!(extract("the PS5 Pro and RON95 petrol").is_empty());
    assert!(extract("7-Eleven owner said so").is_empty());
    // Units.
    assert_eq!(
        unit(&one("PM2.5 levels hit 480 µg/m³ on Sunday")),
        "microgram per cubic metre"
    );
    assert_eq!(
        unit(&one("Egg prices hit a record $4.95 a dozen")),
        "dollar per dozen"
    );
    assert_eq!(unit(&one("a 1,200-pound moose")), "pound-mass");
    assert_eq!(unit(&one("He has lost 9st since May.")), "stone");
    assert!(extract("She finished 1st and 21st.").is_empty());
    assert_eq!(one("travelling at c. 17km/s").qualifier, Qualifier::Approx);
    assert_eq!(
        unit(&one("Mrs Okafor, seventy-one, has cooked")),
        "year of age"
    );
    assert_eq!(one("Top Glove lost 1.5 sen.").change, Some(Change::Down));
    let ms = extract("his tally is 20 – 2 behind Haaland");
    assert_eq!(ms.len(), 2, "{ms:#?}");
}

#[test]
fn glued_codes_powers_primes_and_prefixes() {
    let text = "worth $US55,931,000 ($A82,615,680)";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(
        (unit(&ms[0]), unit(&ms[1])),
        ("dollar", "australian dollar")
    );
    assert_eq!(ms[1].text(text), "$A82,615,680");
    let m = one("floor area ≈ 32m2.");
    assert_eq!((unit(&m), m.qualifier), ("square metre", Qualifier::Approx));
    assert_eq!(unit(&one("a 1,200 km2 park")), "square kilometre");
    // A spaced digit after "m" is no power.
    assert_eq!(unit(&extract("ran 5 m 2 times")[0]), "metre");
    assert_eq!(unit(&one("The neck is 25.5″ long")), "inch");
    let m = one("chips on a sub-7 nanometer process");
    assert_eq!((unit(&m), m.qualifier), ("nanometre", Qualifier::LessThan));
    assert_eq!(unit(&one("her now-18 month-old daughter")), "month of age");
    assert_eq!(unit(&one("a 3-week-old puppy")), "week of age");
    assert!(extract("after COVID-19 hit").is_empty());
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
fn scientific_notation() {
    let m = one("a mass of approximately 1.99×10−30 kilograms");
    assert_eq!(m.value, MentionValue::Number(1.99e-30));
    assert_eq!(unit(&m), "kilogram");
    assert_eq!(
        one("light travels at 3×10⁸ m/s").value,
        MentionValue::Number(3e8)
    );
    assert_eq!(one("a gap of 1e-9 m").value, MentionValue::Number(1e-9));
    // Beyond the claims model's magnitude (10^15) nothing is proposed.
    assert!(extract("there are 6.02 x 10^23 atoms").is_empty());
    // "3 x 10 metres" without a glued exponent is no power.
    assert_eq!(extract("a 3 x 10 metres room").len(), 2);
}

#[test]
fn every_unit_spelling_and_qualifier_is_made_of_extractor_tokens() {
    // The registry splits spellings as the extractor's tokenizer does; a part the
    // tokenizer splits differently ("GH₵" is a word and a symbol) would never match.
    let reg = crate::units::registry();
    let spellings = reg
        .units()
        .iter()
        .flat_map(|u| u.spellings.iter().flat_map(|sp| sp.tokens.iter()))
        .map(String::as_str);
    let qualifiers = words::qualifiers().flat_map(|(q, _)| q.split(' '));
    for part in spellings.chain(qualifiers) {
        let toks: Vec<_> = scan::Tokenizer::new(part).collect();
        assert_eq!(toks.len(), 1, "{part:?} is {} tokens", toks.len());
    }
}

#[test]
fn rules_from_blind_sets_i_and_j() {
    // Units and currencies.
    assert_eq!(
        unit(&one("priced at about RM504 psf")),
        "malaysian ringgit per square foot"
    );
    assert_eq!(
        unit(&one("yields of 1.6-1.8 t/ha")),
        "metric ton per hectare"
    );
    assert_eq!(unit(&one("glucose at 14.2 mmol/L")), "millimole per litre");
    assert_eq!(unit(&one("within 0.0048 AU of Earth")), "astronomical unit");
    assert_eq!(unit(&one("a price of GH₵48,000")), "ghanaian cedi");
    assert_eq!(unit(&one("a profit of rs 6,506 crore")), "indian rupee");
    assert_eq!(unit(&one("add ½ tsp salt")), "teaspoon");
    assert_eq!(unit(&one("7.6 million pounds of thrust")), "pound-force");
    // Bounds.
    assert_eq!(
        one("lows not falling below 17 degrees").qualifier,
        Qualifier::AtLeast
    );
    assert_eq!(
        one("customers crossed 32 million").qualifier,
        Qualifier::MoreThan
    );
    assert_eq!(
        one("devices with 4GB of RAM or less").qualifier,
        Qualifier::AtMost
    );
    let m = one("ten or more people attended");
    assert_eq!((m.qualifier, unit(&m)), (Qualifier::AtLeast, "people"));
    assert_eq!(one("an EPA-estimated 52 mpg").qualifier, Qualifier::Exact);
    assert_eq!(one("spread over 6,700 sq ft").qualifier, Qualifier::Exact);
    let m = one("buried between about 4,500 and 4,200 years ago");
    assert_eq!(m.value, MentionValue::Range(4500.0, 4200.0));
    // Changes.
    assert_eq!(
        one("slicing 34 seconds off the record").change,
        Some(Change::Down)
    );
    assert_eq!(
        one("a depreciation of 4.2 per cent").change,
        Some(Change::Down)
    );
    assert_eq!(
        one("slipped by an average of £8,900").change,
        Some(Change::Down)
    );
    assert_eq!(extract("the 8GB+256GB variant")[1].change, None);
    // Ages and fractions.
    assert_eq!(
        unit(&one("with people over 80 accounting for it")),
        "year of age"
    );
    assert_eq!(
        unit(&one("the shopkeeper, now 78, has sold")),
        "year of age"
    );
    assert_eq!(unit(&one("the 61-year-old's abdomen")), "year of age");
    assert_eq!(
        one("reduce it by two-thirds until").value,
        MentionValue::Number(2.0 / 3.0)
    );
    assert_eq!(unit(&one("in the last two quarters")), "quarter");
    // Dimensions, heads, magnitudes.
    assert_eq!(unit(&extract("runs at 3,024 x 1,964 pixels")[0]), "pixel");
    assert_eq!(
        unit(&one("about 680 aircraft maintenance engineers")),
        "aircraft maintenance engineer"
    );
    assert_eq!(unit(&one("The magnitude 6.2 quake struck")), "magnitude");
    // Not quantities.
    assert!(extract("Kiptum clocked 2:00:35 in Chicago").is_empty());
    assert!(extract("call Crime Stoppers on 1800 333 000 now").is_empty());
    assert!(extract("The Open runs from January 12 to 26 at Melbourne Park.").is_empty());
    assert!(extract("Formula 1 returns to Las Vegas").is_empty());
    assert_eq!(unit(&one("On March 3 and 5 people died.")), "people");
}

#[test]
fn probes_of_session_6() {
    let ms = extract("Prices rose 0.3% month-on-month and 4.6% year-on-year.");
    assert_eq!(ms[1].change, Some(Change::Up), "{ms:#?}");
    // A different unit after "and" does not share the change.
    assert_eq!(extract("It fell 2% and has 30 staff")[1].change, None);
    assert_eq!(
        one("There were 3 mn tonnes").value,
        MentionValue::Number(3e6)
    );
    assert_eq!(unit(&one("Crude output fell by 1m b/d.")), "barrel per day");
    let ms = extract("The 6-foot-5 guard is tall.");
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!((unit(&ms[0]), unit(&ms[1])), ("foot", "inch"));
    assert_eq!(one("6-8 foot swells").value, MentionValue::Range(6.0, 8.0));
}

#[test]
fn suggestion_tells_the_part_from_the_whole() {
    let hint = |key: &str, label: &str| SubjectHint {
        key: key.into(),
        label: label.into(),
        aliases: vec![],
        dimension: "count".into(),
        unit: Some("district".into()),
    };
    let hints = vec![
        hint(
            "taliban-held-districts",
            "Afghan districts held by the Taliban",
        ),
        hint(
            "afghanistan-district-total",
            "Total number of districts in Afghanistan",
        ),
    ];
    let text = "The Taliban control 162 of Afghanistan's 398 districts.";
    let ms = extract(text);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    let key = |m: &Mention| suggest_subject(m, text, &hints).map(|h| h.key.as_str());
    assert_eq!(key(&ms[0]), Some("taliban-held-districts"));
    assert_eq!(key(&ms[1]), Some("afghanistan-district-total"));
}

#[test]
fn rules_from_blind_set_k() {
    // A casualty list counts the same persons.
    let ms = extract("A bus plunged, killing 27 people and injuring 63 , officials said.");
    assert_eq!(unit(&ms[1]), "people", "{ms:#?}");
    let ms = extract("Floods killed 147 people and displaced 538,000 , with 127 still missing .");
    assert_eq!(
        (unit(&ms[1]), unit(&ms[2])),
        ("people", "people"),
        "{ms:#?}"
    );
    // Thousands separated by spaces, only with a unit or a currency.
    assert_eq!(
        one("adding 2 800MW of capacity").value,
        MentionValue::Number(2800.0)
    );
    assert_eq!(
        one("costs rose to US$1 880 per ounce").value,
        MentionValue::Number(1880.0)
    );
    assert_eq!(
        one("shares gained to R3 412 on the JSE").value,
        MentionValue::Number(3412.0)
    );
    assert_eq!(
        one("on May 5 200 people marched").value,
        MentionValue::Number(200.0)
    );
    // A money loss is an amount; a restated change keeps its direction and its level.
    assert_eq!(one("narrower than the 45-cent loss expected").change, None);
    let ms = extract("prices hit £372,324 , up £3,000 or 0.8 per cent , said Rightmove");
    assert_eq!(ms[2].change, Some(Change::Up), "{ms:#?}");
    let ms = extract("The index rose 0.5 per cent or 16.74 points to 3,297.98 on Monday");
    assert_eq!(ms.len(), 3, "{ms:#?}");
    assert_eq!(ms[2].value, MentionValue::Number(3297.98));
    assert_eq!(
        one("Airbus handed over 61 aircraft").qualifier,
        Qualifier::Exact
    );
    assert_eq!(unit(&one("or 73.14 U.S. cents .")), "cent");
}

#[test]
fn wire_shorthand() {
    assert_eq!(unit(&one("profit up at 2.76 bln stg")), "pound sterling");
    let ms = extract("The S&P 500 rose 0.8% to 5,308.15 on Friday.");
    assert_eq!(unit(&ms[1]), "point", "{ms:#?}");
    let ms = extract("It has 2.3 million subscribers, vs 1.9 mln a year earlier.");
    assert_eq!(unit(&ms[1]), "subscriber", "{ms:#?}");
    // "to 8 a.m." ends a period, not a range.
    let ms = extract("deaths hit 1,234 in the 24 hours to 8 a.m.");
    assert_eq!(ms[1].value, MentionValue::Number(24.0), "{ms:#?}");
}

#[test]
fn an_amount_restated_in_brackets_is_one_mention() {
    assert_eq!(
        unit(&one("The fee is ten percent (10%) of the proceeds.")),
        "percentage"
    );
    assert_eq!(
        unit(&one(
            "The deposit is GBP 2,500 (two thousand five hundred pounds)."
        )),
        "pound sterling"
    );
    // A conversion in digits after digits is a second figure.
    assert_eq!(extract("It weighs 5 kg (11 pounds).").len(), 2);
}
