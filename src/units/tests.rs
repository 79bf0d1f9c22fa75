//! Checks of the embedded table: its size, order and uniqueness, the round trip of every
//! name and spelling, exact conversions, and the names the extractor writes.

use super::*;

fn id(name: &str) -> UnitId {
    let ids: Vec<UnitId> = registry().by_name(name).collect();
    assert_eq!(ids.len(), 1, "{name:?} names {} units", ids.len());
    ids[0]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

/// `amount` of `from` in `to`, for a conversion with one answer.
fn conv(amount: f64, from: &str, to: &str) -> f64 {
    let (lo, hi) = registry().convert(amount, id(from), id(to)).unwrap();
    assert!(close(lo, hi), "{from} → {to} is a range {lo}..{hi}");
    lo
}

#[test]
fn the_registry_has_at_least_300_units_in_at_least_12_dimensions() {
    let reg = registry();
    assert!(reg.units().len() >= 300, "{} units", reg.units().len());
    assert!(reg.dimensions().len() >= 12, "{:?}", reg.dimensions());
    for dim in [
        "length",
        "mass",
        "area",
        "volume",
        "duration",
        "speed",
        "temperature",
        "energy",
        "power",
        "data-size",
        "percent",
        "count",
        "money",
    ] {
        assert!(reg.has_dimension(dim), "{dim} missing");
    }
}

#[test]
fn rows_are_sorted_by_dimension_then_name_and_names_are_unique() {
    let units = registry().units();
    for w in units.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        assert!(
            (&a.dimension, &a.name) < (&b.dimension, &b.name),
            "{} {} before {} {}",
            a.dimension,
            a.name,
            b.dimension,
            b.name
        );
    }
    let mut names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a canonical name is used twice");
}

#[test]
fn no_spelling_is_used_twice_within_a_dimension() {
    let mut seen: HashMap<(String, Vec<String>, bool), String> = HashMap::new();
    for u in registry().units() {
        for sp in &u.spellings {
            // Case-insensitive spellings collide with any casing of a symbol.
            let folded: Vec<String> = sp.tokens.iter().map(|t| t.to_lowercase()).collect();
            let before = sp.place == Place::Before;
            let mut keys = vec![(u.dimension.clone(), folded.clone(), before)];
            if sp.case_sensitive {
                keys[0].1 = sp.tokens.clone();
            }
            for key in keys {
                if let Some(other) = seen.insert(key, u.name.clone()) {
                    panic!("{:?} spells both {other} and {}", sp.text, u.name);
                }
            }
        }
    }
    // A case-insensitive spelling against a symbol of the same dimension, any case.
    for u in registry().units() {
        for sp in u.spellings.iter().filter(|s| !s.case_sensitive) {
            for v in registry()
                .units()
                .iter()
                .filter(|v| v.dimension == u.dimension)
            {
                for other in v
                    .spellings
                    .iter()
                    .filter(|s| s.case_sensitive && s.place == sp.place)
                {
                    let folded: Vec<String> =
                        other.tokens.iter().map(|t| t.to_lowercase()).collect();
                    assert!(
                        folded != sp.tokens || v.name == u.name,
                        "{:?} of {} folds onto {:?} of {}",
                        sp.text,
                        u.name,
                        other.text,
                        v.name
                    );
                }
            }
        }
    }
}

#[test]
fn every_unit_name_and_spelling_reads_back_to_its_unit() {
    let reg = registry();
    for id in reg.ids() {
        let u = reg.get(id);
        for name in [&u.name, &u.plural] {
            assert!(
                reg.by_name(name).any(|i| i == id),
                "{name:?} does not name {}",
                u.name
            );
        }
        // The short form is written after a space, so it must read without touching.
        let short = u.short.iter().map(|s| (s.as_str(), Place::After, false));
        let spelled = u
            .spellings
            .iter()
            .map(|sp| (sp.text.as_str(), sp.place, true));
        for (text, place, touching) in short.chain(spelled) {
            let toks: Vec<&str> = tokenize(text).collect();
            let cx = Context {
                touching,
                dimension: Some(&u.dimension),
            };
            let found = match place {
                Place::After => reg.after(&toks, cx),
                Place::Before => reg.before(&toks, cx),
            };
            let found = found.unwrap_or_else(|| panic!("{text:?} is not read"));
            assert_eq!(found.unit.name, u.name, "{text:?}");
            assert_eq!(found.len, toks.len(), "{text:?}");
        }
    }
}

#[test]
fn plurals_come_from_the_registry() {
    let reg = registry();
    assert_eq!(reg.get(id("foot")).name_for(883.0), "feet");
    assert_eq!(reg.get(id("foot")).name_for(1.0), "foot");
    assert_eq!(reg.get(id("inch")).name_for(9.0), "inches");
    assert_eq!(reg.get(id("penny")).name_for(2.0), "pence");
    assert_eq!(reg.get(id("century")).name_for(2.0), "centuries");
    for u in reg.units() {
        assert!(
            !u.plural.ends_with("foots") && !u.plural.ends_with("inchs"),
            "{}",
            u.plural
        );
    }
}

#[test]
fn unit_plurals_come_from_the_inflection_table_unless_written_out() {
    // A plural written in units.tsv is one the English rules of inflection.tsv would not
    // give ("pence", "kroner", "pounds sterling"); every other unit's comes from there.
    for line in UNITS_TSV.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[2] != "-" {
            assert_ne!(
                inflection::plural_of_name(f[1]),
                f[2],
                "{}: write \"-\" for a plural the table gives",
                f[1]
            );
        }
    }
    assert_eq!(
        registry().get(id("kilometre per hour")).plural,
        "kilometres per hour"
    );
    assert_eq!(registry().get(id("foot")).plural, "feet");
    assert_eq!(registry().get(id("penny")).plural, "pence");
}

#[test]
fn conversions_are_exact_where_the_definition_is() {
    // International yard and pound (1959), NIST SP 811 appendix B.
    assert!(close(conv(1.0, "mile", "metre"), 1609.344));
    assert!(close(conv(1.0, "foot", "inch"), 12.0));
    assert!(close(conv(1.0, "yard", "foot"), 3.0));
    assert!(close(conv(1.0, "nautical mile", "metre"), 1852.0));
    assert!(close(conv(883.0, "foot", "metre"), 269.1384));
    assert!(close(conv(1.0, "pound-mass", "avoirdupois ounce"), 16.0));
    assert!(close(conv(1.0, "long ton", "pound-mass"), 2240.0));
    assert!(close(conv(1.0, "short ton", "pound-mass"), 2000.0));
    assert!(close(conv(1.0, "stone", "pound-mass"), 14.0));
    assert!(close(conv(1.0, "square mile", "acre"), 640.0));
    assert!(close(conv(1.0, "acre", "square foot"), 43560.0));
    assert!(close(conv(1.0, "hectare", "square metre"), 10_000.0));
    assert!(close(conv(1.0, "us gallon", "cubic inch"), 231.0));
    assert!(close(conv(1.0, "barrel", "us gallon"), 42.0));
    assert!(close(conv(1.0, "imperial gallon", "litre"), 4.54609));
    assert!(close(conv(1.0, "knot", "kilometre per hour"), 1.852));
    assert!(close(
        conv(60.0, "mile per hour", "kilometre per hour"),
        96.56064
    ));
    assert!(close(conv(100.0, "°C", "°F"), 212.0));
    assert!(close(conv(-40.0, "°C", "°F"), -40.0));
    assert!(close(conv(0.0, "°C", "kelvin"), 273.15));
    assert!(close(conv(1.0, "kilowatt hour", "joule"), 3.6e6));
    assert!(close(conv(1.0, "hour", "second"), 3600.0));
    assert!(close(conv(1.0, "gigabyte", "megabyte"), 1000.0));
    assert!(close(conv(1.0, "gibibyte", "mebibyte"), 1024.0));
    assert!(close(conv(250.0, "basis point", "percentage point"), 2.5));
    for u in registry().units() {
        if u.exact {
            assert!(
                matches!(u.factor, Factor::Fixed(_)),
                "{} is exact but not fixed",
                u.name
            );
        }
    }
}

#[test]
fn ambiguous_units_convert_to_the_whole_range_and_own_units_to_nothing() {
    let reg = registry();
    let (lo, hi) = reg.convert(10.0, id("gallon"), id("litre")).unwrap();
    assert!(close(lo, 37.85411784) && close(hi, 45.4609));
    let (lo, hi) = reg.convert(1.0, id("ton"), id("metric ton")).unwrap();
    assert!(lo < 1.0 && hi > 1.0);
    assert_eq!(
        reg.convert(5.0, id("gallon"), id("gallon")),
        Some((5.0, 5.0))
    );
    assert_eq!(reg.convert(5.0, id("working day"), id("day")), None);
    assert_eq!(reg.convert(5.0, id("foot"), id("kilogram")), None);
    let usd = reg.by_code("USD").unwrap();
    let eur = reg.by_code("EUR").unwrap();
    assert_eq!(reg.convert(5.0, usd, eur), None);
    let (p, _) = reg
        .convert(250.0, id("penny"), reg.by_code("GBP").unwrap())
        .unwrap();
    assert!(close(p, 2.5));
}

#[test]
fn lookups_take_the_longest_spelling_and_respect_case_and_touching() {
    let reg = registry();
    let cx = Context::default();
    let name = |toks: &[&str], cx| reg.after(toks, cx).map(|f| f.unit.name.as_str());
    assert_eq!(
        name(&["km", "/", "h", "east"], cx),
        Some("kilometre per hour")
    );
    assert_eq!(name(&["km", "east"], cx), Some("kilometre"));
    assert_eq!(name(&["nm"], cx), Some("nanometre"));
    assert_eq!(name(&["NM"], cx), Some("newton metre"));
    assert_eq!(name(&["W"], cx), Some("watt"));
    assert_eq!(name(&["w"], cx), None);
    assert_eq!(name(&["s"], cx), None);
    let touching = Context {
        touching: true,
        ..cx
    };
    assert_eq!(name(&["s"], touching), Some("second"));
    assert_eq!(name(&["pounds"], cx), None);
    let money = Context {
        dimension: Some("money"),
        ..cx
    };
    assert_eq!(name(&["pounds"], money), Some("pound sterling"));
    let mass = Context {
        dimension: Some("mass"),
        ..cx
    };
    assert_eq!(name(&["pounds"], mass), Some("pound-mass"));
    let before = |toks: &[&str], cx| reg.before(toks, cx).map(|f| f.unit.name.as_str());
    assert_eq!(before(&["said", "US", "$"], cx), Some("dollar"));
    assert_eq!(before(&["R"], cx), None);
    assert_eq!(before(&["R"], touching), Some("south african rand"));
}

#[test]
fn names_of_several_words_are_read_in_the_singular_and_plural_but_single_words_are_not() {
    let reg = registry();
    let cx = Context::default();
    let name = |toks: &[&str]| reg.after(toks, cx).map(|f| f.unit.name.as_str());
    assert_eq!(name(&["brake", "horsepower"]), Some("brake horsepower"));
    assert_eq!(name(&["barrel", "of", "oil"]), Some("barrel of oil"));
    assert_eq!(name(&["runs", "batted", "in"]), Some("run batted in"));
    assert_eq!(name(&["run", "batted", "in"]), Some("run batted in"));
    // A one-word name stays as its row lists it: "gray" is no spelling of the gray.
    assert_eq!(name(&["gray"]), None);
    // A name listed only as contextual stays contextual.
    assert_eq!(name(&["pounds"]), None);
}

#[test]
fn tokenizing_splits_letters_digits_and_signs() {
    let toks = |t| tokenize(t).collect::<Vec<_>>();
    assert_eq!(toks("km/h"), ["km", "/", "h"]);
    assert_eq!(toks(" µg/m³ "), ["µg", "/", "m", "³"]);
    assert_eq!(toks("km2"), ["km", "2"]);
    assert_eq!(toks("u.s. cents"), ["u", ".", "s", ".", "cents"]);
    assert_eq!(toks("GH₵"), ["GH", "₵"]);
}

#[test]
fn age_units_are_durations_of_the_registry() {
    let reg = registry();
    let ages: Vec<&str> = AGES_TXT.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(ages.windows(2).all(|w| w[0] < w[1]), "ages.txt is sorted");
    for name in ages {
        assert_eq!(reg.get(id(name)).dimension, "duration", "{name}");
        assert!(is_age(name));
    }
    assert!(!is_age("year"));
}

#[test]
fn names_the_extractor_writes_outside_the_table_are_units() {
    for name in [
        "year of age",
        "pound sterling",
        "pound-mass",
        "point",
        "inch",
        "magnitude",
        "pound-force",
    ] {
        id(name);
    }
}

#[test]
fn docs_reference_lists_every_dimension() {
    let doc = include_str!("../../docs/reference.md");
    for dim in registry().dimensions() {
        assert!(
            doc.contains(&format!("`{dim}`")),
            "docs/reference.md lacks `{dim}`"
        );
    }
}

#[test]
fn two_word_units_read_hyphenated_as_modifiers() {
    // "a 200-metric-ton load", "a 3-cubic-metre tank" (decision 206): a unit written as
    // an adjective and a noun reads hyphenated too, as "square-foot" always did.
    let reg = registry();
    let mut checked = 0;
    for id in reg.ids() {
        let u = reg.get(id);
        for sp in &u.spellings {
            let Some((first, rest)) = sp.text.split_once(' ') else {
                continue;
            };
            let adjective = [
                "cubic", "square", "metric", "short", "long", "nautical", "fluid",
            ];
            if !adjective.contains(&first) || rest.contains(' ') {
                continue;
            }
            let hyphenated = format!("{first}-{rest}");
            let toks: Vec<&str> = tokenize(&hyphenated).collect();
            let found = reg.after(&toks, Context::default());
            assert_eq!(
                found.map(|f| (f.unit.name.as_str(), f.len)),
                Some((u.name.as_str(), toks.len())),
                "{hyphenated:?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked} two-word spellings");
}

#[test]
fn every_main_currency_code_is_read_before_a_number_unless_it_is_a_word() {
    let reg = registry();
    let cx = Context::default();
    let before = |code: &str| reg.before(&[code], cx).map(|f| f.unit.name.as_str());
    for u in reg.units() {
        let Some(code) = u.code.as_deref() else {
            continue;
        };
        let word = u
            .spellings
            .iter()
            .any(|sp| sp.contextual && sp.tokens == [code.to_lowercase()]);
        if u.factor != Factor::Fixed(1.0) || word {
            continue;
        }
        assert_eq!(before(code), Some(u.name.as_str()), "{code}");
    }
    assert_eq!(before("MOP"), Some("macanese pataca"));
    assert!(reg.before(&["MOP"], cx).unwrap().spelling.from_code);
    assert!(!reg.before(&["USD"], cx).unwrap().spelling.from_code);
    // A code that is an English word, marked contextual in the table, stays unread.
    assert_eq!(before("ALL"), None);
    assert_eq!(before("CUP"), None);
    assert_eq!(before("mop"), None);
}
