//! The extractor's English word lists, as data: each list is a file in `words/`, one
//! entry a line (maps: key, tab, value), sorted by bytes and unique, after `#` comment
//! lines that say what the list is for. Files are embedded at build time and read once;
//! a lookup is one hash, after a check of the word's length and first byte that turns
//! most words away from a short list without hashing them. `tests::word_lists_are_sorted_and_unique` checks every
//! file named in [`ALL`].
//!
//! Units, symbols and currencies are not here: they are the unit registry's
//! (`src/units/units.tsv`). The list type and its lookup are `word_list.rs`'s, the
//! qualifier codes read from the lists `qualifier_words.rs`'s, the plural and superlative
//! forms `word_forms.rs`'s, the scale abbreviations and vulgar fractions `number_marks.rs`'s
//! (all re-exported here).

pub use super::number_marks::{scale_abbrev, vulgar_fraction};
pub use super::qualifier_words::{
    QualCode, age_bound, closing_after_comma, closing_phrases, currency_past, past_bound,
    qualifier_phrases, qualifiers,
};
pub use super::word_forms::{false_plural, irregular_plural, noun_verb_plural, superlative_base};
pub use super::word_list::WordList;

macro_rules! lists {
    ($($id:ident = $file:literal;)*) => {
        $(pub static $id: WordList = WordList::new($file, include_str!(concat!("words/", $file, ".txt")));)*
        /// Every list, for the test that keeps them sorted and unique.
        pub static ALL: &[&WordList] = &[$(&$id),*];
    };
}

lists! {
    ADJECTIVE_ENDINGS = "adjective_endings";
    AGE_BE_VERBS = "age_be_verbs";
    AGE_BOUND_OPENERS = "age_bound_openers";
    AGE_BOUND_WORDS = "age_bound_words";
    AGE_COMPARATIVES = "age_comparatives";
    AGE_GROUP_NOUNS = "age_group_nouns";
    AGE_OF_PERSONS = "age_of_persons";
    AGE_PAIR_LINKS = "age_pair_links";
    AGE_POPULATION_NOUNS = "age_population_nouns";
    AMOUNT_ADJECTIVES = "amount_adjectives";
    ARTICLE_NOUN_RATE_BREAKS = "article_noun_rate_breaks";
    ARTICLE_NOUN_RATE_CLOSERS = "article_noun_rate_closers";
    ARTICLE_RATE_DIMENSIONS = "article_rate_dimensions";
    AND_COUNT_JOINERS = "and_count_joiners";
    AS_ADJECTIVE_BOUNDS = "as_adjective_bounds";
    AWARD_PLURALS = "award_plurals";
    BEFORE_DEDUCTION_WORDS = "before_deduction_words";
    BODY_FALL_WORDS = "body_fall_words";
    BOWLING_CUES = "bowling_cues";
    BRACKET_CHANGE_BREAKS = "bracket_change_breaks";
    BRACKET_CHANGE_LINKS = "bracket_change_links";
    BRACKET_LEVEL_NAMES = "bracket_level_names";
    BE_FORMS = "be_forms";
    CALL_VERBS = "call_verbs";
    APPROX_AFTER_BY = "approx_after_by";
    CARRY_GROUP_NOUNS = "carry_group_nouns";
    CASUALTY_VERBS = "casualty_verbs";
    CRICKET_WORDS = "cricket_words";
    CHANGE_AFTER_DOWN = "change_after_down";
    CHANGE_APART_BREAKS = "change_apart_breaks";
    CHANGE_AFTER_UP = "change_after_up";
    DEGREE_ADVERBS = "degree_adverbs";
    DENOMINATOR_MODIFIERS = "denominator_modifiers";
    DESCRIPTIVE_ADJECTIVES = "descriptive_adjectives";
    DESCRIPTIVE_PARTICIPLES = "descriptive_participles";
    CHANGE_DOWN = "change_down";
    CHANGE_NOUNS_AFTER_PHRASE = "change_nouns_after_phrase";
    CHANGE_SUBJECT_BREAKS = "change_subject_breaks";
    CHANGE_SUBJECT_LINKS = "change_subject_links";
    CHANGE_SUBJECT_MODIFIERS = "change_subject_modifiers";
    CHANGE_SUBJECT_OBJECTS = "change_subject_objects";
    CHANGE_SUBJECT_PREPS = "change_subject_preps";
    CHANGE_OBJECT_DOWN = "change_object_down";
    CHANGE_OBJECT_FILLERS = "change_object_fillers";
    CHANGE_SIZE_ADJECTIVES = "change_size_adjectives";
    CHANGE_OBJECT_UP = "change_object_up";
    CHANGE_OF_DOWN = "change_of_down";
    CHANGE_OF_UP = "change_of_up";
    CHANGE_RATE_NOUNS = "change_rate_nouns";
    CHANGE_SCOPE_WORDS = "change_scope_words";
    CHANGE_UP = "change_up";
    CLOCK_VERBS = "clock_verbs";
    CLOCK_ZONE_WORDS = "clock_zone_words";
    CLOSING_AFTER_COMMA = "closing_after_comma";
    CLOSING_AND_GE = "closing_and_ge";
    CLOSING_AND_LE = "closing_and_le";
    CLOSING_OR_GE = "closing_or_ge";
    CLOSING_OR_LE = "closing_or_le";
    CLOSING_PHRASES = "closing_phrases";
    COLON_LABEL_WORDS = "colon_label_words";
    COMPARED_LINKS = "compared_links";
    COUNTED_MODIFIERS = "counted_modifiers";
    COUNTED_NOT_EVENTS = "counted_not_events";
    COUNT_CONTEXT_NOUNS = "count_context_nouns";
    COUNT_SENTENCE_NOUNS = "count_sentence_nouns";
    COUNT_TOTAL_WORDS = "count_total_words";
    CUT_OFF_VERBS = "cut_off_verbs";
    DIMENSION_ADJECTIVES = "dimension_adjectives";
    DOT_THOUSANDS_CURRENCIES = "dot_thousands_currencies";
    DIRECTION_ADVERBS = "direction_adverbs";
    DIRECTION_VERBS = "direction_verbs";
    ESTIMATE_CLAUSE_BREAKS = "estimate_clause_breaks";
    ESTIMATE_COMMA_OPENERS = "estimate_comma_openers";
    ESTIMATE_VERBS = "estimate_verbs";
    EXPECT_WORDS = "expect_words";
    EXPECTATION_HOLDERS = "expectation_holders";
    EXPECTATION_VERBS = "expectation_verbs";
    EXPLOSION_WORDS = "explosion_words";
    KILOTONNE_SPELLINGS = "kilotonne_spellings";
    METAL_WORDS = "metal_words";
    FACTOR_AFTER_TIMES = "factor_after_times";
    FALSE_PLURALS = "false_plurals";
    DOSE_FREQUENCY_WORDS = "dose_frequency_words";
    FRACTION_WORDS = "fraction_words";
    GAS_FORMULAS = "gas_formulas";
    GLUED_CODES = "glued_codes";
    INCH_APART_AFTER = "inch_apart_after";
    INDEX_WORDS = "index_words";
    JOINED_HEAD_FOLLOWERS = "joined_head_followers";
    JOINED_HEAD_PLACES = "joined_head_places";
    LABEL_WORDS = "label_words";
    LENGTH_CUE_WORDS = "length_cue_words";
    LEVEL_NOUNS = "level_nouns";
    LEVEL_VERBS = "level_verbs";
    LIFE_EVENT_VERBS = "life_event_verbs";
    LIMIT_ADVERBS = "limit_adverbs";
    LIMIT_NOUNS = "limit_nouns";
    LIST_ITEM_QUALIFIERS = "list_item_qualifiers";
    LOSS_NOUNS = "loss_nouns";
    LY_ADJECTIVES = "ly_adjectives";
    MARGIN_ADVERBS = "margin_adverbs";
    MARGIN_VERBS = "margin_verbs";
    MARK_BOUNDS = "mark_bounds";
    MARK_NOUNS = "mark_nouns";
    MEASURED_LEVELS = "measured_levels";
    MINIMUM_NOUNS = "minimum_nouns";
    MARK_VERBS = "mark_verbs";
    METRE_WORDS_AFTER = "metre_words_after";
    MONEY_CARRY_BREAKS = "money_carry_breaks";
    MONEY_VERBS = "money_verbs";
    MODIFIER_DETERMINERS = "modifier_determiners";
    MODIFIER_PERIOD_HEADS = "modifier_period_heads";
    MOTION_VERBS = "motion_verbs";
    MODAL_VERBS = "modal_verbs";
    NEGATION_BREAKS = "negation_breaks";
    NEGATED_VERB_LINKS = "negated_verb_links";
    OR_ADVERBS = "or_adverbs";
    OFF_FOCUS_WORDS = "off_focus_words";
    AVERAGE_VERB_SUBJECTS = "average_verb_subjects";
    RANGE_EXTREME_WORDS = "range_extreme_words";
    OFF_IS_FALL_AFTER = "off_is_fall_after";
    OFFER_DISCOUNT_WORDS = "offer_discount_words";
    OFFER_VERBS = "offer_verbs";
    NOT_MODIFIER_NOUNS = "not_modifier_nouns";
    NOUNS_IN_ED = "nouns_in_ed";
    RATE_COMPARE_LINKS = "rate_compare_links";
    RATE_SUM_LINKS = "rate_sum_links";
    SIZE_AFTER_HYPHEN = "size_after_hyphen";
    SLANG_SCALES = "slang_scales";
    SPACED_GROUP_BREAKS = "spaced_group_breaks";
    SLANG_SUMS = "slang_sums";
    NOT_PHRASE_HEADS = "not_phrase_heads";
    NOT_SUPERLATIVES = "not_superlatives";
    NOUN_VERB_PLURALS = "noun_verb_plurals";
    OF_COMPOUND_NOUNS = "of_compound_nouns";
    NAME_ABBREVIATIONS = "name_abbreviations";
    NAME_NUMBER_NOUNS = "name_number_nouns";
    NUMBER_NAMED_NOUNS = "number_named_nouns";
    NUMBERED_LABEL_WORDS = "numbered_label_words";
    ONE_HYPHEN_COUNTS = "one_hyphen_counts";
    ONE_NOT_BEFORE = "one_not_before";
    ONE_PRONOUN_AFTER = "one_pronoun_after";
    OPENING_MODIFIERS = "opening_modifiers";
    HOW_MANY_HEADS = "how_many_heads";
    REPORTING_VERBS = "reporting_verbs";
    REPORTING_VERBS_PAST = "reporting_verbs_past";
    SENTENCE_ABBREVIATIONS = "sentence_abbreviations";
    SUBJECT_CLAUSE_BREAKS = "subject_clause_breaks";
    SUBJECT_PREPOSITIONS = "subject_prepositions";
    TALLY_FRAME_WORDS = "tally_frame_words";
    TOP_BAND_OPENERS = "top_band_openers";
    OVER_IS_BOUND_AFTER = "over_is_bound_after";
    READING_OVER_CUES = "reading_over_cues";
    PARTICIPLES = "participles";
    PAST_TENSE_VERBS = "past_tense_verbs";
    HYPHEN_MODIFIER_OPENERS = "hyphen_modifier_openers";
    PASSING_VERBS = "passing_verbs";
    LAWMAKING_BODIES = "lawmaking_bodies";
    MARCH_VERBS = "march_verbs";
    PAST_BOUND_VERBS = "past_bound_verbs";
    COMPARATIVES_AFTER_FIGURE = "comparatives_after_figure";
    COMPARISON_BREAKS = "comparison_breaks";
    CHANGE_COMPARATIVES = "change_comparatives";
    THAN_BOUND_WORDS = "than_bound_words";
    RATE_CHANGE_HEADS = "rate_change_heads";
    PENCE_PRICE_WORDS = "pence_price_words";
    PERIOD_NOUNS = "period_nouns";
    EVERY_INTERVAL_UNITS = "every_interval_units";
    ADDED_AMOUNT_ADJECTIVES = "added_amount_adjectives";
    BARE_RATE_PERIODS = "bare_rate_periods";
    PERIOD_TIME_REFERENCES = "period_time_references";
    PERIOD_LABEL_LETTERS = "period_label_letters";
    QUARTER_PERIOD_OPENERS = "quarter_period_openers";
    COUNT_CLAUSE_VERBS = "count_clause_verbs";
    PERSON_NOUNS = "person_nouns";
    POPULATION_NOUNS = "population_nouns";
    RATING_NAMES = "rating_names";
    PLACE_ADVERBS = "place_adverbs";
    PLACE_PREPOSITIONS = "place_prepositions";
    PLACE_VERBS = "place_verbs";
    PLURAL_MODIFIERS = "plural_modifiers";
    PLURAL_NAMES = "plural_names";
    PHRASAL_OVER_VERBS = "phrasal_over_verbs";
    PLAIN_FIGURE_SCALES = "plain_figure_scales";
    POUND_MONEY_NOUNS = "pound_money_nouns";
    POSITION_NOUNS = "position_nouns";
    UNITS_BEFORE_FIGURE = "units_before_figure";
    UNITS_BEFORE_OF = "units_before_of";
    UP_PARTICLE_VERBS = "up_particle_verbs";
    PUSH_PARTICLE_VERBS = "push_particle_verbs";
    CHANGE_ITEM_BREAKS = "change_item_breaks";
    CHANGE_COMMA_ADVERBS = "change_comma_adverbs";
    CURRENCY_PAST_VERBS = "currency_past_verbs";
    RATE_QUOTE_CURRENCIES = "rate_quote_currencies";
    VERB_RATE_AUXILIARIES = "verb_rate_auxiliaries";
    VERB_RATE_PREPOSITIONS = "verb_rate_prepositions";
    VERB_RATE_PHRASE_BREAKS = "verb_rate_phrase_breaks";
    SUM_WORDS_BEFORE_NOUN = "sum_words_before_noun";
    STOPWORD_ADJECTIVES = "stopword_adjectives";
    QUALIFIERS = "qualifiers";
    ODDS_WORDS = "odds_words";
    QUOTE_CLOSERS = "quote_closers";
    QUOTE_MARK_LEADS = "quote_mark_leads";
    RACE_K_BEFORE = "race_k_before";
    RACE_WORDS = "race_words";
    SECOND_END_APPROX = "second_end_approx";
    SECOND_END_ADJECTIVES = "second_end_adjectives";
    SHARE_QUOTE_WORDS = "share_quote_words";
    SHARE_CHANGE_NOUNS = "share_change_nouns";
    RANK_MOVE_NOUNS = "rank_move_nouns";
    RANK_MOVE_VERBS = "rank_move_verbs";
    RANK_VERBS = "rank_verbs";
    PRICE_FOR_EVERY_WORDS = "price_for_every_words";
    RATE_ADVERBS = "rate_adverbs";
    RATE_DENOMINATORS = "rate_denominators";
    RATE_LINKS = "rate_links";
    RATE_NOUNS = "rate_nouns";
    RATE_POINT_CUES = "rate_point_cues";
    RUNNING_TOTAL_AFTER = "running_total_after";
    RUNNING_TOTAL_NOUNS = "running_total_nouns";
    RUNNING_TOTAL_VERBS = "running_total_verbs";
    SHARED_BOUND_PREPS = "shared_bound_preps";
    SPEAKER_VERBS = "speaker_verbs";
    STARTING_PRICE_WORDS = "starting_price_words";
    STOCK_NOUNS = "stock_nouns";
    STOCK_VERBS = "stock_verbs";
    STOPWORDS = "stopwords";
    STORY_NOUNS = "story_nouns";
    STREET_WORDS = "street_words";
    SUM_VERBS = "sum_verbs";
    TAKE_OFF_VERBS = "take_off_verbs";
    TALLY_WORDS = "tally_words";
    SCALED_UNIT_SYMBOLS = "scaled_unit_symbols";
    TON_COUNTRY_CUES = "ton_country_cues";
    TURN_AGE_FOLLOWERS = "turn_age_followers";
    TURN_AGE_OPENERS = "turn_age_openers";
    UNIT_KIND_MODIFIERS = "unit_kind_modifiers";
    UNITS_APART = "units_apart";
    VERSION_WORDS = "version_words";
    VOTE_NOUNS = "vote_nouns";
    WEEKDAYS = "weekdays";
    WEIGHT_CLASS_LINKS = "weight_class_links";
    WEIGHT_CLASS_NOUNS = "weight_class_nouns";
    WEIGHED_THINGS = "weighed_things";
    WEIGHED_GOODS = "weighed_goods";
    GOODS_MONEY_WORDS = "goods_money_words";
    DOZEN_GOODS = "dozen_goods";
    CATCH_WORDS = "catch_words";
    RESOLUTION_NOUNS = "resolution_nouns";
    ZERO_SIDES = "zero_sides";
}

fn up_down(up: &WordList, down: &WordList, w: &str) -> Option<bool> {
    if up.contains(w) {
        Some(true)
    } else if down.contains(w) {
        Some(false)
    } else {
        None
    }
}

/// A change noun before "of" and an amount ("growth of 3.5%", "a drop of £122").
pub fn change_noun_of(w: &str) -> Option<bool> {
    up_down(&CHANGE_OF_UP, &CHANGE_OF_DOWN, w)
}

/// An adverb of direction between a verb and "by" + an amount ("revised upward by"):
/// `Some(true)` for up, `Some(false)` for down.
pub fn direction_adverb(w: &str) -> Option<bool> {
    DIRECTION_ADVERBS.get(w).map(|d| d == "up")
}

/// Change words: a verb or adverb right before an amount ("rose 5%", "down 3 points").
pub fn change_word(w: &str) -> Option<bool> {
    up_down(&CHANGE_UP, &CHANGE_DOWN, w)
}

/// Verbs that report a change of their object by an amount ("raised rates by 25 basis
/// points"); alone before an amount they name something else ("raised $5 million").
pub fn change_verb_with_object(w: &str) -> Option<bool> {
    up_down(&CHANGE_OBJECT_UP, &CHANGE_OBJECT_DOWN, w)
}

/// Nouns and comparatives that report a change when they follow the amount
/// ("a 5% rise", "34.4% higher").
pub fn change_after(w: &str) -> Option<bool> {
    up_down(&CHANGE_AFTER_UP, &CHANGE_AFTER_DOWN, w)
}

/// Words that end a counted noun phrase.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(w)
}

/// Words after which a bare number is a label, not a quantity ("game 7", "route 66").
pub fn is_label_word(w: &str) -> bool {
    LABEL_WORDS.contains(w)
}

/// Capitalised words opening a line as a label before a number and a colon ("Grades
/// 6-8: 710 milligrams"), lower-cased.
pub fn is_colon_label_word(w: &str) -> bool {
    COLON_LABEL_WORDS.contains(w)
}

/// Words that end a street address ("Street", "Square"), lower-cased.
pub fn is_street_word(w: &str) -> bool {
    STREET_WORDS.contains(w)
}

/// Words that attach to a fraction of something ("half of", "a third of"): the
/// denominator.
pub fn fraction_word(w: &str) -> Option<f64> {
    FRACTION_WORDS.get(w).and_then(|d| d.parse().ok())
}

/// Denominators allowed after "a"/"an" in a rate ("$3,500 a month").
pub fn rate_noun(w: &str) -> bool {
    RATE_NOUNS.contains(w)
}

/// Names of stock indexes, in any case: "the Dow", "FTSE 100 index".
pub fn index_word(w: &str) -> bool {
    INDEX_WORDS.contains(&w.to_ascii_lowercase())
}

/// Names of a rating or score, after which a figure is the rating ("Elo 2771", "IQ
/// 130"), not part of a name (decision 651).
pub fn rating_name(w: &str) -> bool {
    RATING_NAMES.contains(&w.to_ascii_lowercase())
}

/// Verbs of motion that take "up to" as an adverb and a level: "ticked up to 3.9%".
pub fn motion_verb(w: &str) -> bool {
    MOTION_VERBS.contains(w)
}

/// Product lines and versions: the number after them is a label ("Windows 11 users").
pub fn version_word(w: &str) -> bool {
    VERSION_WORDS.contains(w)
}

/// Nouns for a person, after which ", 45," is an age: "the man, 45, was arrested".
pub fn person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(w)
}

pub fn weekday(w: &str) -> bool {
    WEEKDAYS.contains(w)
}

/// Adjectives that describe the amount rather than the things counted ("a mere 5").
pub fn amount_adjective(w: &str) -> bool {
    AMOUNT_ADJECTIVES.contains(w)
}

/// What happened to people in a casualty list ("injuring 63", "127 missing").
pub fn casualty_verb(w: &str) -> bool {
    CASUALTY_VERBS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_and_unique() {
        for list in ALL {
            let keys: Vec<&str> = list.entries().iter().map(|(k, _)| *k).collect();
            assert!(!keys.is_empty(), "{}: empty", list.name);
            for pair in keys.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "words/{}.txt: {:?} then {:?} (sorted by bytes, no repeats)",
                    list.name,
                    pair[0],
                    pair[1]
                );
            }
            for k in &keys {
                assert_eq!(k.trim(), *k, "words/{}.txt: spaces around {k:?}", list.name);
            }
        }
    }

    #[test]
    fn every_word_list_file_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/words");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut names: Vec<String> = ALL.iter().map(|l| format!("{}.txt", l.name)).collect();
        names.sort();
        assert_eq!(files, names);
    }

    #[test]
    fn map_values_parse() {
        for (w, d) in FRACTION_WORDS.entries() {
            assert!(d.parse::<f64>().is_ok(), "{w}: {d}");
        }
        for (p, c) in QUALIFIERS
            .entries()
            .iter()
            .chain(AS_ADJECTIVE_BOUNDS.entries())
            .chain(CLOSING_PHRASES.entries())
            .chain(CLOSING_AFTER_COMMA.entries())
        {
            assert!(
                matches!(*c, "gt" | "ge" | "upto" | "lt" | "le" | "approx"),
                "{p}: {c}"
            );
        }
        assert_eq!(irregular_plural("mice"), Some("mouse"));
        assert_eq!(change_word("rose"), Some(true));
        assert_eq!(change_word("fell"), Some(false));
        assert_eq!(superlative_base("largest").as_deref(), Some("large"));
        assert_eq!(superlative_base("interest"), None);
    }
}
