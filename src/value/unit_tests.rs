//! The value grammar with the unit registry: units of every dimension, currency signs,
//! contextual spellings, compound values, and rendering that reads back.

use super::units::{Dimension, Unit, parse_subject_unit};
use super::{Qualifier, Quantity, parse_quantity, parse_quantity_in};

fn dim(name: &str) -> Dimension {
    Dimension::parse(name).unwrap()
}

fn unit(text: &str, d: &str) -> Unit {
    parse_subject_unit(text, dim(d)).unwrap()
}

fn read(text: &str, d: &str) -> Quantity {
    parse_quantity_in(text, Some(dim(d))).unwrap_or_else(|e| panic!("{text}: {}", e.message))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

#[test]
fn units_of_every_dimension_are_read_after_the_number() {
    for (text, d, amount, u) in [
        ("883 feet", "length", 883.0, "ft"),
        ("269 m", "length", 269.0, "m"),
        ("1,400-kilometer", "length", 1400.0, "km"),
        ("46,328 long tons", "mass", 46328.0, "long ton"),
        ("2,224 kg", "mass", 2224.0, "kg"),
        ("20,000 hectares", "area", 20000.0, "hectare"),
        ("3 US gallons", "volume", 3.0, "us gallon"),
        ("22.5 knots", "speed", 22.5, "knot"),
        ("-2 °C", "temperature", -2.0, "°C"),
        ("28°F", "temperature", 28.0, "°F"),
        ("46 MW", "power", 46.0, "MW"),
        ("2 hours", "duration", 2.0, "hour"),
        ("3 GB", "data-size", 3.0, "GB"),
    ] {
        let q = read(text, d);
        assert!(close(q.low, amount), "{text}: {}", q.low);
        assert_eq!(q.unit, Some(unit(u, d)), "{text}");
    }
}

#[test]
fn currency_signs_and_words_name_the_currency() {
    for (text, code, amount) in [
        ("$1.1 million", "USD", 1.1e6),
        ("US$1.1 million", "USD", 1.1e6),
        ("£5m", "GBP", 5e6),
        ("RM5", "MYR", 5.0),
        ("€ 20", "EUR", 20.0),
        ("2 million euros", "EUR", 2e6),
        ("5 million pounds", "GBP", 5e6),
        ("300 PLN", "PLN", 300.0),
    ] {
        let q = read(text, "money");
        assert_eq!(q.unit, Some(Unit::Money(code.into())), "{text}");
        assert!(close(q.low, amount), "{text}: {}", q.low);
    }
}

#[test]
fn contextual_spellings_are_read_only_in_their_dimension() {
    assert_eq!(read("5 pounds", "mass").unit, Some(unit("lb", "mass")));
    assert_eq!(
        read("5 pounds", "money").unit,
        Some(Unit::Money("GBP".into()))
    );
    // Without a dimension "pounds" is a counted noun, as before.
    let q = parse_quantity("5 pounds").unwrap();
    assert_eq!(q.unit, Some(Unit::Count("pound".into())));
}

#[test]
fn compound_values_add_their_smaller_parts() {
    let q = read("882 ft 9 in", "length");
    assert!(close(q.low, 882.75), "{}", q.low);
    assert_eq!(q.unit, Some(unit("ft", "length")));
    let q = read("5 ft 2 in", "length");
    assert!(close(q.low, 5.0 + 2.0 / 12.0));
    let q = read("1 hour 20 minutes", "duration");
    assert!(close(q.low, 4.0 / 3.0));
    assert_eq!(q.unit, Some(unit("hour", "duration")));
    let q = read("about 1 hour and 20 minutes", "duration");
    assert_eq!(q.qualifier, Qualifier::Approx);
    assert!(close(q.low, 4.0 / 3.0));
    let q = read("2 days 3 hours 30 minutes", "duration");
    assert!(close(q.low, 2.0 + 3.5 / 24.0));
}

#[test]
fn compound_values_go_from_larger_units_to_smaller() {
    let e = parse_quantity_in("9 inches 5 ft", Some(dim("length"))).unwrap_err();
    assert!(e.message.contains("cannot add"), "{}", e.message);
    assert!(parse_quantity_in("5 ft 2 kg", Some(dim("length"))).is_err());
}

#[test]
fn a_range_keeps_one_unit() {
    let q = read("5 km to 7 km", "length");
    assert_eq!((q.low, q.high), (5.0, 7.0));
    let e = parse_quantity_in("5 km to 7 mi", Some(dim("length"))).unwrap_err();
    assert!(e.message.contains("mixes units"), "{}", e.message);
}

#[test]
fn counted_noun_phrases_stay_counts() {
    let q = read("about 6,000 Russian troops", "count");
    assert_eq!(q.unit, Some(Unit::Count("troop".into())));
    let q = read("162 districts", "count");
    assert_eq!(q.unit, Some(Unit::Count("district".into())));
    // A measure in a count subject is a measure (the loader reports the mismatch).
    assert_eq!(read("883 tons", "count").unit, Some(unit("ton", "mass")));
}

#[test]
fn rendered_values_read_back_to_the_same_value() {
    for (text, d) in [
        ("883 feet", "length"),
        ("2 inches", "length"),
        ("46,328 long tons", "mass"),
        ("5 pounds", "mass"),
        ("-2 °C", "temperature"),
        ("22.5 knots", "speed"),
        ("882 ft 9 in", "length"),
        ("more than 1.3 thousand km", "length"),
        ("3 US gallons", "volume"),
        ("5 pounds", "money"),
    ] {
        let q = read(text, d);
        let again = read(&q.to_string(), d);
        assert_eq!(again, q, "{text} → {q}");
    }
    assert_eq!(read("883 feet", "length").to_string(), "883 ft");
    assert_eq!(read("2 inches", "length").to_string(), "2 inches");
}

#[test]
fn nearly_and_just_over_are_their_own_qualifiers() {
    for (text, q) in [
        ("almost 1,500", Qualifier::Nearly),
        ("nearly 1,500", Qualifier::Nearly),
        ("just under 1,500", Qualifier::Nearly),
        ("just short of 1,500", Qualifier::Nearly),
        ("just over 1,500", Qualifier::JustOver),
        ("just above 1,500", Qualifier::JustOver),
        ("over 1,500", Qualifier::MoreThan),
        ("about 1,500", Qualifier::Approx),
    ] {
        let v = parse_quantity(text).unwrap();
        assert_eq!(v.qualifier, q, "{text}");
        assert_eq!(parse_quantity(&v.to_string()).unwrap(), v, "{text}");
    }
}

/// Dimensions and units as subjects declare them.
mod subject_units {
    use crate::value::units::*;

    fn unit(text: &str, dim: &str) -> Unit {
        parse_subject_unit(text, Dimension::parse(dim).unwrap())
            .unwrap_or_else(|| panic!("{text} in {dim}"))
    }

    #[test]
    fn units_of_one_dimension_convert_and_others_do_not() {
        let (km, mi, ft, m) = (
            unit("km", "length"),
            unit("mi", "length"),
            unit("feet", "length"),
            unit("metre", "length"),
        );
        assert!((mi.factor_to(&km).unwrap() - 1.609344).abs() < 1e-12);
        let (lo, hi) = ft.convert(883.0, &m).unwrap();
        assert!((lo - 269.1384).abs() < 1e-9 && lo == hi);
        assert_eq!(unit("USD", "money").factor_to(&unit("EUR", "money")), None);
        assert_eq!(km.factor_to(&Unit::Percent), None);
        assert_eq!(
            unit("°C", "temperature").factor_to(&unit("°F", "temperature")),
            None
        );
        let (f, _) = unit("°C", "temperature")
            .convert(100.0, &unit("fahrenheit", "temperature"))
            .unwrap();
        assert!((f - 212.0).abs() < 1e-9);
    }

    #[test]
    fn a_subject_unit_is_any_unit_of_its_dimension() {
        assert_eq!(
            unit("kg", "mass").dimension(),
            Dimension::parse("mass").unwrap()
        );
        assert_eq!(unit("long tons", "mass").to_string(), "long ton");
        assert_eq!(unit("%", "percent"), Unit::Percent);
        assert_eq!(unit("usd", "money"), Unit::Money("USD".into()));
        assert_eq!(unit("euros", "money"), Unit::Money("EUR".into()));
        assert_eq!(unit("Districts", "count"), Unit::Count("district".into()));
        assert_eq!(
            parse_subject_unit("kg", Dimension::parse("length").unwrap()),
            None
        );
        assert_eq!(parse_subject_unit("km", Dimension::Date), None);
    }

    #[test]
    fn units_render_with_their_short_form_or_their_plural() {
        assert_eq!(unit("feet", "length").render_after(883.0), " ft");
        assert_eq!(unit("inches", "length").render_after(9.0), " inches");
        assert_eq!(unit("inch", "length").render_after(1.0), " inch");
        assert_eq!(unit("long ton", "mass").render_after(2.0), " long tons");
        assert_eq!(Unit::Count("foot".into()).render_after(2.0), " feet");
        assert_eq!(unit("%", "percent").render_after(2.0), "%");
    }

    #[test]
    fn units_in_a_text_are_found_after_its_figures() {
        let length = Dimension::LENGTH;
        let found = units_in(
            "It was 882 feet 9 inches (269 m) long and weighed 46,328 tons",
            length,
        );
        assert_eq!(
            found,
            [
                unit("ft", "length"),
                unit("in", "length"),
                unit("m", "length")
            ]
        );
        assert!(units_in("no figures here, only feet", length).is_empty());
    }

    #[test]
    fn dimensions_read_and_write_by_name() {
        for d in Dimension::all() {
            assert_eq!(Dimension::parse(d.as_str()), Some(d));
        }
        assert!(Dimension::all().len() >= 13);
        assert_eq!(Dimension::parse("weight"), None);
        assert!(!Dimension::parse("temperature").unwrap().non_negative());
        assert!(Dimension::parse("mass").unwrap().non_negative());
        assert!(Dimension::Count.non_negative());
    }

    #[test]
    fn units_are_found_by_their_canonical_name() {
        assert_eq!(Unit::named("kilometre"), Some(unit("km", "length")));
        assert_eq!(Unit::named("dollar"), Some(Unit::Money("USD".into())));
        assert_eq!(Unit::named("percentage"), Some(Unit::Percent));
        assert_eq!(Unit::named("district"), None);
    }

    #[test]
    fn nouns_round_trip() {
        for n in [
            "district", "soldier", "person", "county", "church", "troop", "afghan",
        ] {
            assert_eq!(singular(&pluralize(n)), n);
        }
        assert_eq!(singular("Districts"), "district");
        assert_eq!(singular("people"), "person");
    }
}
