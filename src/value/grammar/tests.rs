//! The value grammar, pinned by examples.

use super::*;

fn q(s: &str) -> Quantity {
    parse_quantity(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

#[test]
fn seed_phrasings() {
    let km = Unit::named("kilometre");
    assert_eq!(
        q("910 km"),
        Quantity {
            qualifier: Qualifier::Exact,
            low: 910.0,
            high: 910.0,
            unit: km.clone()
        }
    );
    assert_eq!(
        q("1,400-kilometer"),
        Quantity {
            qualifier: Qualifier::Exact,
            low: 1400.0,
            high: 1400.0,
            unit: km.clone()
        }
    );
    assert_eq!(
        q("more than 1.3 thousand kilometers"),
        Quantity {
            qualifier: Qualifier::MoreThan,
            low: 1300.0,
            high: 1300.0,
            unit: km
        }
    );
    let m = q("$ 1.1 million");
    assert_eq!(
        (m.low, m.unit),
        (1_100_000.0, Some(Unit::Money("USD".into())))
    );
    let p = q("up to 70%");
    assert_eq!(
        (p.qualifier, p.low, p.unit),
        (Qualifier::UpTo, 70.0, Some(Unit::Percent))
    );
    let t = q("about 6,000 Russian troops");
    assert_eq!(
        (t.qualifier, t.low, t.unit),
        (Qualifier::Approx, 6000.0, Some(Unit::Count("troop".into())))
    );
    let n = q("nine districts");
    assert_eq!((n.low, n.unit), (9.0, Some(Unit::Count("district".into()))));
    let r = q("five to seven people");
    assert_eq!(
        (r.qualifier, r.low, r.high, r.unit),
        (
            Qualifier::Range,
            5.0,
            7.0,
            Some(Unit::Count("person".into()))
        )
    );
    assert_eq!(
        q("exceeds one thousand people").qualifier,
        Qualifier::MoreThan
    );
    assert_eq!(q("some 18 thousand Afghans").low, 18_000.0);
}

#[test]
fn ranges_share_scale_and_currency() {
    let r = q("$5-7 million");
    assert_eq!(
        (r.low, r.high, r.unit),
        (5e6, 7e6, Some(Unit::Money("USD".into())))
    );
    let r = q("500,000 to 1 million");
    assert_eq!((r.low, r.high), (5e5, 1e6));
    let r = q("between 5 and 7 km");
    assert_eq!((r.low, r.high), (5.0, 7.0));
    let r = q("5 km to 7 km");
    assert_eq!((r.low, r.high), (5.0, 7.0));
    assert_eq!(q("5–7").qualifier, Qualifier::Range);
}

#[test]
fn suffix_qualifiers_and_symbols() {
    assert_eq!(q("1,000 or more soldiers").qualifier, Qualifier::AtLeast);
    assert_eq!(q("1,000+").qualifier, Qualifier::AtLeast);
    assert_eq!(q(">= 5").qualifier, Qualifier::AtLeast);
    assert_eq!(q("~5 km").qualifier, Qualifier::Approx);
    assert_eq!(q("-5%").low, -5.0);
}

#[test]
fn errors_point_at_the_problem() {
    let e = parse_quantity("910 km 12").unwrap_err();
    assert_eq!(e.offset, 7);
    assert!(parse_quantity("").is_err());
    assert!(parse_quantity("lots").is_err());
    assert!(parse_quantity("7 to 5").is_err());
    assert!(parse_quantity("99999999999999999999999 km").is_err());
    assert!(parse_quantity("about 5 or more").is_err());
    assert!(parse_quantity("$5 EUR").is_err());
    // Found by fuzzing: "bns" is "bn" once singular, which would read back as a scale.
    assert!(parse_quantity("1 bns").is_err());
}

#[test]
fn dates() {
    let d = parse_date_value("by Sept. 11, 2021").unwrap();
    assert_eq!(
        (d.qualifier, d.start.to_string()),
        (Qualifier::AtMost, "2021-09-11".into())
    );
    let d = parse_date_value("between July 1, 2021 and July 2, 2021").unwrap();
    assert_eq!(d.qualifier, Qualifier::Range);
    assert_eq!(parse_date_value("2013").unwrap().start.to_string(), "2013");
    assert!(
        parse_date_value("2021-02-30")
            .unwrap_err()
            .message
            .contains("does not exist")
    );
    assert!(parse_date_value("soon").is_err());
}
