//! How a figure is read: number words, scale words, fractions of scales, dozens, a glued
//! "m" as million or metres, glued fractions, Indian grouping and scientific notation.

use super::*;

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

/// Rule `dozen_of_sale` (decision 1294): "a dozen" before goods in a sentence with a sum
/// is the pack priced, no count; "half a dozen" and goods with no sum stay counts.
#[test]
fn dozen_of_sale_is_no_count() {
    let m = one("The average price of a dozen eggs was $4.15.");
    assert_eq!(m.value, MentionValue::Number(4.15));
    let m = one("A dozen large, grade-A eggs averaged $4.15.");
    assert_eq!(unit(&m), "dollar");
    let m = one("They stole a dozen eggs from the farm.");
    assert_eq!(m.value, MentionValue::Number(12.0));
    assert_eq!(unit(&m), "egg");
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
fn a_quarter_of_a_unit() {
    let m = one("The Fed raised rates by a quarter of a percentage point.");
    assert_eq!(m.value, MentionValue::Number(0.25));
    assert_eq!(unit(&m), "percentage point");
    assert_eq!(m.change, Some(Change::Up));
}

#[test]
fn dozens_counted_by_a_number_word() {
    let m = one("Around two dozen homes were destroyed.");
    assert_eq!(m.value, MentionValue::Number(24.0));
    assert_eq!(unit(&m), "home");
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
fn glued_m_before_a_unit_is_million() {
    let m = one("The country produces around 11m barrels per day.");
    assert_eq!(m.value, MentionValue::Number(11_000_000.0));
    assert_eq!(unit(&m), "barrel per day");
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
