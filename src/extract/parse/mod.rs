//! The mention grammar, read over one sentence's tokens:
//!
//! ```text
//! mention  := change? qualifier? ("between" | "from")? amount (range-sep amount)? unit? suffix? change-after?
//! amount   := currency-prefix? sign? (digits | number-words | fraction) scale?
//! unit     := measure-unit rate? | currency-word rate? | "of" total | counted-noun-phrase
//! ```
//!
//! Numbers anchor the search; qualifiers, currency symbols and change verbs are read
//! backwards from the number, units and ranges forwards, each within a few tokens, so the
//! work per sentence is linear in its length. Dates ("July 7, 2021", "Sept. 11") are read
//! where the numbers are, and years, times, ordinals, phone numbers and labels
//! ("Game 7", "COVID-19", "iPhone 11") are recognised and passed over.

pub use super::UnitKind;
use super::lexicon::{self, QualCode};
use super::scan::{Kind, Tok, num_value};
use super::words;
use crate::value::date::{self, Date};
use crate::value::number::{self, Decimal};

mod age_groups;
mod aged_years;
mod ages;
mod amounts;
mod anchors;
mod annum;
mod apart;
mod averages;
mod bare;
mod bare_rate;
mod bound_rules;
mod bounds;
mod bowling_figures;
mod bracketed_share;
mod carried_later;
mod carried_rate;
mod change_of_range;
mod change_reach;
mod change_scope;
mod change_verbs;
mod changes;
mod citations;
mod clause_subjects;
mod clock_times;
mod closing_qualifiers;
mod comparative_rate;
mod context;
mod counted_modifier;
mod country_counts;
mod currency_prefixes;
mod dates;
mod denominator_phrases;
mod digit_scales;
mod direction_between;
mod dollar_pounds;
mod dot_thousands;
mod double_rate;
mod dozen_of_sale;
mod early_years;
mod estimate_clause;
mod far_rate;
mod figure_roles;
mod finish;
mod fractions;
mod glued_hours;
mod glued_m;
mod glued_sides;
mod glued_words;
mod goods_pounds;
mod how_many;
mod imperial;
mod joined_heads;
mod label_counts;
mod lap_minutes;
mod letter_signs;
mod levels;
mod life_ages;
mod limit_nouns;
mod list_count;
mod loss_count;
mod marks;
mod mention_units;
mod mentions;
mod models;
mod modifier_counts;
mod name_abbreviations;
mod name_totals;
mod net_additions;
mod not_bounds;
mod not_changes;
mod nouns;
mod number_forms;
mod objects;
mod odds;
mod off_apposition;
mod one_casualty;
mod one_idioms;
mod one_list_end;
mod openers;
mod opening_modifiers;
mod opening_nouns;
mod ordinal_apart;
mod part_of_whole;
mod partner_scale;
mod parts;
mod passed_over;
mod pence;
mod phrase_edges;
mod phrase_words;
mod plural_change;
mod population_counts;
mod population_rate;
mod race_k;
mod range;
mod range_ends;
mod range_or_unit;
mod range_parts;
mod range_second_end;
mod rank_moves;
mod rate_points;
mod rate_words;
mod rates;
mod resolution_names;
mod restated;
mod sense_ties;
mod share_closing;
mod single_phrases;
mod single_unit;
mod slashed_pair;
mod spaced_groups;
mod spans;
mod stocks;
mod stopword_adjectives;
mod subject_phrases;
mod taken_off;
mod title_counts;
mod tokens;
mod unit_context;
mod unit_lookup;
mod units;
mod verb_rate;
mod weighed;
mod word_amounts;

/// A unit as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundUnit {
    pub name: String,
    pub class: UnitKind,
}

impl FoundUnit {
    /// A counted noun named by its head: "12 pages" counts `page`.
    fn count(head: String) -> FoundUnit {
        FoundUnit {
            name: head.clone(),
            class: UnitKind::Count { head },
        }
    }

    /// A fraction or proportion of counted things is a share of them: "two-thirds of
    /// shareholders", "one in five adults" → `% shareholder`, `% adult`, as NewsQuant
    /// dev writes it (decision 310). The counted head stays the claim's noun.
    fn share_of(self) -> FoundUnit {
        FoundUnit {
            name: format!("% {}", self.name),
            class: self.class,
        }
    }

    /// An age: "year of age".
    fn age() -> FoundUnit {
        FoundUnit {
            name: "year of age".into(),
            class: UnitKind::Measure,
        }
    }

    /// A move of a share: "percentage point" (a measure in the registry).
    fn percentage_point() -> FoundUnit {
        FoundUnit {
            name: "percentage point".into(),
            class: UnitKind::Measure,
        }
    }

    /// An earthquake's magnitude.
    fn magnitude() -> FoundUnit {
        FoundUnit {
            name: "magnitude".into(),
            class: UnitKind::Measure,
        }
    }

    /// "pounds": sterling when `money`, else the weight.
    fn pounds(money: bool) -> FoundUnit {
        if money {
            FoundUnit {
                name: "pound sterling".into(),
                class: UnitKind::Currency("GBP"),
            }
        } else {
            FoundUnit {
                name: "pound-mass".into(),
                class: UnitKind::Measure,
            }
        }
    }
}

/// One mention in token terms.
#[derive(Debug, Clone)]
pub struct Found {
    pub first: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    pub range: bool,
    pub unit: Option<FoundUnit>,
    pub qual: Option<QualCode>,
    pub change: Option<bool>,
    pub total: Option<f64>,
    pub date: Option<Date>,
    /// A fraction or a multiplier ("a third", "1.4x"), which takes no unit from context.
    pub fraction: bool,
}

enum Outcome {
    Found(Box<Found>, usize),
    Skip(usize),
    Nothing,
}

#[derive(Debug, Clone, Copy)]
struct Cur {
    name: &'static str,
    code: &'static str,
}

#[derive(Debug, Clone)]
struct Amt {
    /// First token, including a currency prefix or sign.
    first: usize,
    /// First token of the number itself.
    num: usize,
    /// One past the number and its scale.
    end: usize,
    value: f64,
    /// The number before any scale word ("1.1" in "1.1 million").
    raw: f64,
    scale: i32,
    cur: Option<Cur>,
    plus: bool,
    words: bool,
    fuzzy: Option<(f64, f64)>,
    /// A plain integer written with digits only, no separators: its digit count.
    plain_digits: Option<usize>,
    fraction: bool,
    /// Qualifier given by a symbol right before the number ("~25", ">5").
    sym_qual: Option<QualCode>,
    /// "one in five": a proportion, its counted noun right after it.
    proportion: bool,
    /// "1.4x", "10 times the": a factor, with no unit.
    multiplier: bool,
    /// The token a unit symbol with its scale ends before and its unit ("27.4Mt": `metric
    /// ton`), as `scale_after` read it (rule `scaled_symbol`).
    symbol: Option<(usize, &'static str)>,
}

pub struct SentenceReader<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub low: &'a [(usize, usize)],
    pub lowbuf: &'a str,
    /// The sentence has no capital letter at all ("the asx 200 was up 23 points"), so
    /// names and months cannot be told by their capitals.
    pub caseless: bool,
    /// Facts of the whole sentence, each found once on first use.
    pub memo: SentenceMemo,
}

/// What a rule asks of the whole sentence, computed on first use so that a sentence of
/// many figures is scanned once, not once per figure (cost linear in its length).
#[derive(Default)]
pub struct SentenceMemo {
    /// It counts things and names no length (`count_sentence`).
    counts_without_length: std::cell::OnceCell<bool>,
    /// It writes "£", "sterling", "GBP" or "quid" (`pounds_weighed`).
    writes_sterling: std::cell::OnceCell<bool>,
    /// It writes "$" (`pounds_beside_dollars`).
    writes_dollar: std::cell::OnceCell<bool>,
    /// It names an explosion (`spaced_scaled_symbol`).
    names_explosion: std::cell::OnceCell<bool>,
    /// It names a metal, an ore or a mine (`metal_kilotonnes`).
    names_metal: std::cell::OnceCell<bool>,
    /// For each token, whether the nearest weighing or money cue before it weighs
    /// (`weighing_nearest`).
    weighing_before: std::cell::OnceCell<Vec<bool>>,
    /// The first "that", "which" or "who" after the first token (`weighed_subject`).
    first_relative: std::cell::OnceCell<Option<usize>>,
    /// It has a word of money (`names_money`).
    names_money: std::cell::OnceCell<bool>,
    /// It names running or racing (`race_k`).
    names_race: std::cell::OnceCell<bool>,
    /// It names a good sold by weight (`pounds_of_named_goods`).
    names_goods: std::cell::OnceCell<bool>,
    /// It has a word of money beside goods (`pounds_of_named_goods`).
    names_goods_money: std::cell::OnceCell<bool>,
    /// It names a reading such as a blood pressure (`reading_over`).
    names_reading: std::cell::OnceCell<bool>,
    /// It has a word of interest rates (`word_fraction_point_on_rate`).
    names_rate: std::cell::OnceCell<bool>,
    /// It has a word of cricket (`bowling_runs_at`).
    names_cricket: std::cell::OnceCell<bool>,
    /// A figure of it has a decimal point before other than three digits (`dot_grouped`).
    odd_decimal: std::cell::OnceCell<bool>,
    /// A figure of it is a sum of money (`dozen_of_sale`).
    has_sum: std::cell::OnceCell<bool>,
}

/// Whether a later figure is of one size with an earlier one (within a factor of ten
/// either way): one measure written twice, so the later may take the earlier's unit.
fn one_size(later: f64, earlier: f64) -> bool {
    (0.1..=10.0).contains(&(later / earlier))
}

fn scaled(raw: f64, scale: i32) -> f64 {
    // Through the decimal spelling, so 1.1 × 10^6 is exactly 1100000.
    let s = format!("{raw}");
    decimal_of(&s)
        .and_then(|(d, _)| d.scaled(scale).to_f64())
        .unwrap_or(raw * 10f64.powi(scale))
}

/// The decimal of a number token, and whether it is a plain integer (digits only).
fn decimal_of(text: &str) -> Option<(Decimal, bool)> {
    let plain = text.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = text.strip_prefix('.') {
        let (d, _) = number::scan_digits(&format!("0.{rest}"))?;
        return Some((d, false));
    }
    let t = text.trim_start_matches('-');
    let (d, _) = number::scan_digits(t)?;
    Some((d, plain))
}

impl SentenceReader<'_> {
    /// A bare four-digit number that reads as a year: not when people or things are
    /// counted right after it ("the 1500 workers", "killed 1999 people"), alone or
    /// after a noun that modifies them ("1800 police officers", "1900 bank branches"),
    /// nor after "population of" ("a population of about 2000"; decision 861), nor as a
    /// side of a dimension ("1920 x 1080 pixels"; decision 1022).
    fn year_like(&self, a: &Amt) -> bool {
        is_year(a)
            && !self.population_size(a)
            && !self.dimension_figure(a)
            && !self
                .noun_phrase(a.end, false)
                .is_some_and(|(u, e)| match &u.class {
                    UnitKind::Count { head } => {
                        words::COUNTED_NOT_EVENTS.contains(head)
                            && (e == a.end + 1 || (e == a.end + 2 && self.noun_modifier(a.end)))
                    }
                    _ => false,
                })
    }

    /// Whether the word at `k` reads as a noun modifying the next ("police", "bank"):
    /// lower case, no word of the amount ("new"), no adjective ending of
    /// `words/adjective_endings.txt` ("presidential", "Russian", "elected"), so "the 2020
    /// presidential candidates" stays a year.
    fn noun_modifier(&self, k: usize) -> bool {
        let w = self.low(k);
        self.is_word(k)
            && !self.capitalised(k)
            && !words::AMOUNT_ADJECTIVES.contains(w)
            && !(words::ADJECTIVE_ENDINGS.entries())
                .iter()
                .any(|&(e, _)| w.ends_with(e))
    }
}

fn is_year(a: &Amt) -> bool {
    a.plain_digits == Some(4)
        && a.cur.is_none()
        && a.first == a.num
        && (1500.0..=2199.0).contains(&a.value)
}

/// Whether an amount is a plain whole count of two or more: no currency, fraction,
/// fuzzy word, multiplier or proportion, and no year ("40 737 MAX jets", "a 12 page
/// report" count; "$40", "half", "dozens", "1999" do not).
fn is_whole_count(a: &Amt) -> bool {
    a.cur.is_none()
        && !a.fraction
        && a.fuzzy.is_none()
        && !a.multiplier
        && !a.proportion
        && a.value >= 2.0
        && a.value.fract() == 0.0
        && !is_year(a)
}

fn is_phone(a: &Amt, b: &Amt) -> bool {
    a.plain_digits.is_some_and(|d| d == 3) && b.plain_digits.is_some_and(|d| d == 4)
}

/// The singular of a counted noun (the one inflection table, `src/units/inflection.tsv`),
/// keeping "people" as the unit name for persons.
pub fn singular_noun(w: &str) -> String {
    if let Some(s) = words::irregular_plural(w) {
        return s.to_string();
    }
    crate::units::inflection::singular(w)
}
