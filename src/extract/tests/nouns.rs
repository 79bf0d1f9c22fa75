//! Counted nouns that hold a figure or a number word: neither is a quantity of its own
//! (decisions 510, 511).

use super::*;

#[test]
fn a_number_word_hyphened_to_a_plural_noun_is_no_second_count() {
    let m = one("Sanu Sherpa scaled all 14 eight-thousanders twice.");
    assert_eq!(unit(&m), "eight-thousander");
}

#[test]
fn a_figure_naming_the_kind_counted_is_no_second_count() {
    let m = one("More than 1.3 million 999 calls were made.");
    assert_eq!(unit(&m), "999 call");
    assert!(matches!(m.value, MentionValue::Number(v) if v == 1_300_000.0));
}
