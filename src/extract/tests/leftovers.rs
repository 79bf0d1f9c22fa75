//! The probes' leftovers, third pass (issue 17, branch exleft17): a count of a list's
//! own members after it, detached ordinal suffixes, years after "aged", listed nouns
//! that a count sizes.

use super::*;

fn values(text: &str) -> Vec<(f64, String)> {
    extract(text)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Number(x) => Some((x, unit(&m).to_string())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_count_of_the_listed_figures_after_the_list_is_no_quantity() {
    let got = values("The company cut 200, 300 and 500 jobs in three waves.");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(_, u)| u == "job"), "{got:?}");
    let got = values("Turnout was 61 and 58 per cent in the two rounds.");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = values("Costs were €2bn, €3bn and €4bn in the first three years.");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(_, u)| u == "euro"), "{got:?}");
}

#[test]
fn a_count_that_differs_from_the_list_length_is_kept() {
    let got = values("Prices rose 3% and 4% in five years.");
    assert!(got.contains(&(5.0, "year".to_string())), "{got:?}");
    let got = values("They cut 200, 300 and 500 jobs in two waves.");
    assert!(got.contains(&(2.0, "wave".to_string())), "{got:?}");
}

#[test]
fn a_count_after_one_figure_is_kept() {
    let got = values("The firm cut 500 jobs in three waves.");
    assert!(got.contains(&(3.0, "wave".to_string())), "{got:?}");
}

#[test]
fn an_ordinal_suffix_written_apart_is_a_rank() {
    assert!(values("They finished 5 th in the league.").is_empty());
    assert!(values("The 2 nd round starts on Monday.").is_empty());
    assert_eq!(
        values("He came 2 nd of 8 runners."),
        vec![(8.0, "runner".to_string())]
    );
}

#[test]
fn a_spaced_st_after_a_figure_is_no_rank() {
    // "st" is as often the stone: the figure stays.
    assert!(!values("He weighed 21 st at his heaviest.").is_empty());
}

#[test]
fn a_listed_singular_noun_between_count_and_noun_is_counted() {
    assert_eq!(
        values("A 7 person crew lives aboard the station."),
        vec![(7.0, "person".to_string())]
    );
    assert_eq!(
        values("They built a 500 bed hospital."),
        vec![(500.0, "bed".to_string())]
    );
    // "member" is not listed: 27 states.
    assert_eq!(
        values("The 27 member states agreed."),
        vec![(27.0, "member state".to_string())]
    );
}
