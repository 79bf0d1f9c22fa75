//! Mixed forms met together in wire copy, sports pages, general news, blind sets i, j and k
//! and the session 6 probes, a test a source, each pinning several behaviours.

use super::*;

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
