//! Reading `units.tsv`: one row per unit, tab-separated, in the column order its header
//! names. Every error carries the line it was found on, so a mistake in the data file is
//! reported where an editor can mend it.

use super::{Factor, Place, Spelling, Unit};

/// The columns of `units.tsv`, in order.
pub const COLUMNS: [&str; 15] = [
    "dimension",
    "name",
    "plural",
    "short",
    "factor",
    "offset",
    "exact",
    "code",
    "symbols",
    "names",
    "touching",
    "before",
    "before_touching",
    "contextual",
    "notes",
];

/// A mistake in the unit table.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TableError {
    #[error("line {line}: expected the header row `{}`", COLUMNS.join("\\t"))]
    Header { line: usize },
    #[error("line {line}: {found} columns, expected {}", COLUMNS.len())]
    Columns { line: usize, found: usize },
    #[error("line {line}: {what} {text:?} is not {expected}")]
    Field {
        line: usize,
        what: &'static str,
        text: String,
        expected: &'static str,
    },
    #[error("the table has no rows")]
    Empty,
}

/// Parses the whole table.
pub fn parse(text: &str) -> Result<Vec<Unit>, TableError> {
    let mut rows = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (line, header) = rows.next().ok_or(TableError::Empty)?;
    if header.split('\t').ne(COLUMNS) {
        return Err(TableError::Header { line });
    }
    let units = rows
        .map(|(line, row)| parse_row(line, row))
        .collect::<Result<Vec<_>, _>>()?;
    if units.is_empty() {
        return Err(TableError::Empty);
    }
    Ok(units)
}

fn parse_row(line: usize, row: &str) -> Result<Unit, TableError> {
    let f: Vec<&str> = row.split('\t').collect();
    if f.len() != COLUMNS.len() {
        return Err(TableError::Columns {
            line,
            found: f.len(),
        });
    }
    let bad = |what: &'static str, text: &str, expected: &'static str| TableError::Field {
        line,
        what,
        text: text.to_string(),
        expected,
    };
    let word = |what: &'static str, text: &str| {
        (!text.is_empty() && text != "-" && text.trim() == text)
            .then(|| text.to_string())
            .ok_or_else(|| bad(what, text, "a non-empty word"))
    };
    let factor =
        parse_factor(f[4]).ok_or_else(|| bad("factor", f[4], "a number, a/b, lo..hi or -"))?;
    let offset = match f[5] {
        "-" => 0.0,
        t => parse_number(t).ok_or_else(|| bad("offset", t, "a number or -"))?,
    };
    let exact = match f[6] {
        "yes" => true,
        "no" => false,
        t => return Err(bad("exact", t, "yes or no")),
    };
    let code = match f[7] {
        "-" => None,
        t if t.len() == 3 && t.bytes().all(|b| b.is_ascii_uppercase()) => Some(t.to_string()),
        t => return Err(bad("code", t, "three capital letters or -")),
    };
    let mut spellings = Vec::new();
    for (col, case_sensitive, touching, place, contextual) in [
        (8, true, false, Place::After, false),
        (9, false, false, Place::After, false),
        (10, true, true, Place::After, false),
        (11, true, false, Place::Before, false),
        (12, true, true, Place::Before, false),
        (13, false, false, Place::After, true),
    ] {
        if f[col] == "-" {
            continue;
        }
        for text in f[col].split('|') {
            let tokens: Vec<String> = super::tokenize(text)
                .map(|t| {
                    if case_sensitive {
                        t.to_string()
                    } else {
                        t.to_lowercase()
                    }
                })
                .collect();
            if tokens.is_empty() || text.trim() != text {
                return Err(bad(COLUMNS[col], text, "a spelling"));
            }
            spellings.push(Spelling {
                text: text.to_string(),
                tokens,
                case_sensitive,
                touching,
                place,
                contextual,
                from_code: false,
            });
        }
    }
    let plural = match f[2] {
        "-" => super::inflection::plural_of_name(f[1]),
        p => word("plural", p)?,
    };
    name_spellings(f[1], &plural, &mut spellings);
    if let Some(code) = &code
        && factor == Factor::Fixed(1.0)
        && f[0] == "money"
    {
        let low = code.to_lowercase();
        let known = spellings.iter().any(|sp| {
            (sp.place == Place::Before && sp.text == *code)
                || (sp.contextual && sp.tokens == [low.as_str()])
        });
        if !known {
            spellings.push(Spelling {
                text: code.clone(),
                tokens: vec![code.clone()],
                case_sensitive: true,
                touching: false,
                place: Place::Before,
                contextual: false,
                from_code: true,
            });
        }
    }
    Ok(Unit {
        dimension: word("dimension", f[0])?,
        name: word("name", f[1])?,
        plural,
        short: (f[3] != "-").then(|| f[3].to_string()),
        factor,
        offset,
        exact,
        code,
        spellings,
        notes: if f[14] == "-" {
            String::new()
        } else {
            f[14].to_string()
        },
    })
}

/// "1609.344", "1e-6", "1000/3600", "0.0037..0.0045", "-".
/// A name of several words is read as written, in the singular and in the plural, like
/// the spellings the row lists: "300 brake horsepower", "1 barrel of oil", "112 runs
/// batted in" name the registry's longer unit, not the shorter one their last or first
/// word is (decision 654). One-word names are left to the row's columns, where a word
/// that means many things is listed as contextual or not at all ("bar", "pound").
fn name_spellings(name: &str, plural: &str, spellings: &mut Vec<Spelling>) {
    for text in [name, plural] {
        let tokens: Vec<String> = super::tokenize(text).map(|t| t.to_lowercase()).collect();
        let listed = spellings
            .iter()
            .any(|sp| !sp.case_sensitive && sp.place == Place::After && sp.tokens == tokens);
        if text.contains(' ') && !listed {
            spellings.push(Spelling {
                text: text.to_string(),
                tokens,
                case_sensitive: false,
                touching: false,
                place: Place::After,
                contextual: false,
                from_code: false,
            });
        }
    }
}

fn parse_factor(text: &str) -> Option<Factor> {
    if text == "-" {
        return Some(Factor::Own);
    }
    if let Some((lo, hi)) = text.split_once("..") {
        let (lo, hi) = (parse_number(lo)?, parse_number(hi)?);
        return (lo > 0.0 && lo < hi).then_some(Factor::Range(lo, hi));
    }
    let f = parse_number(text)?;
    (f > 0.0).then_some(Factor::Fixed(f))
}

/// A decimal number or a fraction of two ("5/9", "45967/180").
fn parse_number(text: &str) -> Option<f64> {
    let num = |t: &str| t.parse::<f64>().ok().filter(|v| v.is_finite());
    match text.split_once('/') {
        Some((a, b)) => Some(num(a)? / num(b).filter(|b| *b != 0.0)?),
        None => num(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "dimension\tname\tplural\tshort\tfactor\toffset\texact\tcode\tsymbols\tnames\ttouching\tbefore\tbefore_touching\tcontextual\tnotes\n";

    #[test]
    fn a_row_reads_into_a_unit_with_its_spellings() {
        let text = format!(
            "{HEADER}speed\tknot\tknots\t-\t1852/3600\t-\tyes\t-\tkn\tknots|Knot\t-\t-\t-\t-\tnote\n"
        );
        let units = parse(&text).unwrap();
        let knot = &units[0];
        assert_eq!(knot.factor, Factor::Fixed(1852.0 / 3600.0));
        assert_eq!(knot.spellings.len(), 3);
        assert_eq!(knot.spellings[2].tokens, ["knot"]);
        assert!(knot.spellings[0].case_sensitive);
        assert_eq!(knot.notes, "note");
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let row = |factor: &str| {
            format!(
                "# c\n{HEADER}length\tfoot\tfeet\tft\t{factor}\t-\tyes\t-\t-\tfeet\t-\t-\t-\t-\t-\n"
            )
        };
        assert!(matches!(
            parse(&row("0.3.048")),
            Err(TableError::Field {
                line: 3,
                what: "factor",
                ..
            })
        ));
        assert!(matches!(
            parse(&row("2..1")),
            Err(TableError::Field { line: 3, .. })
        ));
        assert!(matches!(parse(&row("1/0")), Err(TableError::Field { .. })));
        assert!(matches!(
            parse(&format!("{HEADER}length\tfoot\n")),
            Err(TableError::Columns { line: 2, found: 2 })
        ));
        assert!(matches!(
            parse("name\tdimension\n"),
            Err(TableError::Header { line: 1 })
        ));
        assert_eq!(parse(HEADER), Err(TableError::Empty));
    }
}
