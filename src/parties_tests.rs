use super::*;
use crate::diagnostic::Location;
use crate::model::PartyKind;

#[test]
fn names_are_folded_lowercased_and_their_spaces_collapsed() {
    let cases = [
        (
            "  The  Ministry\tof\u{a0}Defence ",
            "the ministry of defence",
        ),
        (
            "“İstanbul”\u{ad} Office — ΣΟΦΙΑ",
            "\"i̇stanbul\" office - σοφια",
        ),
        ("\n\n", ""),
        ("O’Neil’s\u{200b}  group", "o'neil's group"),
    ];
    for (name, expected) in cases {
        assert_eq!(normalize(name), expected, "{name:?}");
    }
}

/// `normalize` one character at a time, as it was before runs were copied whole.
fn normalize_by_char(name: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in name.chars().filter_map(crate::verify::fold) {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

#[test]
fn runs_copied_whole_normalise_as_character_by_character() {
    let pieces = [
        "Ministry",
        " of ",
        "HEALTH",
        "\t\n ",
        "`x`",
        "\u{ad}",
        "é",
        "Ünïcode",
        "—",
        "“q”",
        "a\u{0b}b",
        "\u{1}",
        "İ",
        "  ",
        "x-y_z",
        "ΣΑΣ",
        "\u{200b}",
        "12.5%",
        "\u{1f}\u{7f}",
        "\r\x0c",
    ];
    for a in pieces {
        for b in pieces {
            for c in pieces {
                let s = format!("{a}{b}{c}");
                assert_eq!(normalize(&s), normalize_by_char(&s), "{s:?}");
            }
        }
    }
}

/// A plain spelling written in a text, whatever stands around it, is in the text
/// normalised: what lets `not_in_source` skip normalising a text.
#[test]
fn a_plain_spelling_found_as_written_stands_in_the_normalised_text() {
    let around = ["", " ", "\n\t", "X", "é", "“", "\u{ad}", "*", "`", "İ"];
    let spellings = [
        "Oxyan Garbagos",
        "the U.S. Senate",
        "a`b",
        "x",
        "ÉTAT",
        " x",
        "a  b",
    ];
    let mut checked = 0;
    for s in spellings.iter().filter(|s| plain(s)) {
        for a in around {
            for b in around {
                let text = format!("{a}{s}{b}");
                assert!(
                    normalize(&text).contains(&normalize(s)),
                    "{s:?} in {text:?}"
                );
                assert!(as_written(&text, s), "{s:?} in {text:?}");
                // The first letter in the other case.
                let mut other = s.to_string();
                other[..1].make_ascii_uppercase();
                if other == *s {
                    other[..1].make_ascii_lowercase();
                }
                let text = format!("{a}{other}{b}");
                assert_eq!(as_written(&text, s), other != *s, "{s:?} in {text:?}");
                assert!(
                    normalize(&text).contains(&normalize(s)),
                    "{s:?} in {text:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * around.len() * around.len());
    assert!(!plain("a\nb") && !plain("") && !plain("x "));
}

fn party(key: &str, name: &str, aliases: &[&str], part_of: Option<&str>) -> Party {
    Party {
        key: key.into(),
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        kind: PartyKind::Government,
        part_of: part_of.map(str::to_string),
        location: Location::default(),
    }
}

#[test]
fn spellings_of_one_party_and_its_parts_are_one_origin() {
    let list = [
        party(
            "us-senate-committee",
            "U.S. Senate committee",
            &["U.S. committee"],
            Some("us-senate"),
        ),
        party("us-senate", "U.S. Senate", &[], None),
    ];
    let parties = Parties::new(&list);
    let a = parties.origin("U.S.  committee");
    let b = parties.origin("u.s. senate committee");
    let c = parties.origin("U.S. Senate");
    assert_eq!(a.key, b.key);
    assert_eq!(a.key, c.key);
    assert_eq!(a.name, "U.S. Senate committee", "shown by the party named");
}

#[test]
fn undeclared_names_compare_ignoring_case_and_spacing() {
    let parties = Parties::new(&[]);
    assert_eq!(
        parties.origin("Tajik  border troops").key,
        parties.origin("tajik border TROOPS").key
    );
    assert_ne!(
        parties.origin("Kremlin").key,
        parties.origin("Pentagon").key
    );
}
