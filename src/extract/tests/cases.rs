//! The rule cases in `cases.tsv`: one sentence a line with the quantity the extractor
//! must find in it and why (the rule it pins). Columns, tab-separated:
//!
//! `text  value  unit  qualifier  change  why`
//!
//! - value: a number, `low..high` for a range, or `none` when the sentence holds no
//!   quantity at all (dates excepted);
//! - unit: the unit name as in JSON lines, `-` for none;
//! - qualifier: `eq`, `approx`, `gt`, `ge`, `lt`, `le`, `upto` or `range`;
//! - change: `up`, `down` or `-`.
//!
//! Lines starting with `#` are comments. Add a case with each rule you add or change.

use super::*;

const CASES: &str = include_str!("cases.tsv");

fn qual_code(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "eq",
        Qualifier::Approx => "approx",
        Qualifier::MoreThan => "gt",
        Qualifier::AtLeast => "ge",
        Qualifier::LessThan => "lt",
        Qualifier::AtMost => "le",
        Qualifier::UpTo => "upto",
        Qualifier::Range => "range",
        Qualifier::Nearly => "nearly",
        Qualifier::JustOver => "just-over",
    }
}

fn value_matches(v: &MentionValue, want: &str) -> bool {
    let close = |a: f64, b: &str| {
        b.parse::<f64>()
            .is_ok_and(|b| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
    };
    match (v, want.split_once("..")) {
        (MentionValue::Number(x), None) => close(*x, want),
        (MentionValue::Range(lo, hi), Some((a, b))) => close(*lo, a) && close(*hi, b),
        _ => false,
    }
}

/// Checks one case; the problem, if any.
fn check(line: &str) -> Option<String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let [text, value, unit_name, qual, change, why] = cols[..] else {
        return Some(format!("needs 6 tab-separated columns: {line:?}"));
    };
    let ms: Vec<Mention> = extract(text)
        .into_iter()
        .filter(|m| !matches!(m.value, MentionValue::Date(_)))
        .collect();
    if value == "none" {
        return (!ms.is_empty())
            .then(|| format!("{text:?} ({why}): expected no quantity, got {ms:?}"));
    }
    let Some(m) = ms.iter().find(|m| value_matches(&m.value, value)) else {
        return Some(format!(
            "{text:?} ({why}): no mention of {value}; got {ms:?}"
        ));
    };
    let got_unit = m.unit.as_ref().map_or("-", |u| u.name.as_str());
    let got_change = m.change.map_or("-", Change::code);
    let got = (got_unit, qual_code(m.qualifier), got_change);
    (got != (unit_name, qual, change)).then(|| {
        format!("{text:?} ({why}): {value} expected {unit_name}/{qual}/{change}, got {got:?}")
    })
}

#[test]
fn every_rule_case_holds() {
    let failures: Vec<String> = CASES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(check)
        .collect();
    assert!(
        failures.is_empty(),
        "{} case(s) fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_case_table_is_not_trivially_small() {
    // Enough cases that each stage of the pipeline is pinned.
    let n = CASES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    assert!(n >= 60, "only {n} cases");
}
