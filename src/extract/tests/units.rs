//! The unit after an amount: hyphenated and compound units, symbols, currencies, rates,
//! index points, glued powers and codes, and conversions restated in brackets.

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
