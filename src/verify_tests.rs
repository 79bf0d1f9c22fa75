use super::figures::{
    TRIM, around_value, figures_of, find_map_matches, span_range, stated_as_written_reread,
    words_of,
};
use super::*;

#[test]
fn figures_of_a_quote() {
    fn published(quote: &str) -> Years<'_> {
        Years::around(quote, 0, quote, Some(2021))
    }
    let quote = "the length of the Tajik-Afghan border is more than 1.3 thousand kilometers";
    let f = figures(quote, value::Dimension::LENGTH, &published(quote));
    assert!(
        f.iter()
            .any(|(s, _)| s == "\"more than 1.3 thousand kilometers\""),
        "{f:?}"
    );
    assert!(
        !f.iter().any(|(s, _)| s == "\"1.3 thousand kilometers\""),
        "{f:?}"
    );
    let quote = "On July 2, media reported";
    let d = figures(quote, value::Dimension::Date, &published(quote));
    assert!(
        d.iter().any(|(_, v)| v.to_string() == "2021-07-02"),
        "{d:?}"
    );
    // "On" alone with the year appended is no date.
    assert!(!d.iter().any(|(s, _)| s.starts_with("\"On\"")), "{d:?}");
}

/// Passages that open figures in every way the grammar allows, and some that only
/// look as if they did.
const OPENINGS: &[&str] = &[
    "Officials said US$ 5 million, U.S. $12 bn or Rs. 400 were spent, some €3m more.",
    "It cost USD 1.2 billion (about £900m), minus 5 percent, or 12% — roughly.",
    "Between 5 and 7 km, from five to seven people, a hundred or so; “over 1,000.”",
    "Temperatures fell to −40 °C, ~20°C, >= 30 °F; at least 882 ft 9 in high.",
    "On or before Sept. 11, no later than July 7, 2021, by 2013-07-07 and in mid-July.",
    "The 7th of July 2021, 12 June 2020, 2019 — between May 2020 and June 2021.",
    "\" five. \" Sept. ( 2021 ) “twenty-nine” fifty-two thousand, a dozen, .5 km",
    "no fewer than 3,000 troops; not more than 40 per cent; just under 2 hours 20 minutes",
    "It cost a million. A$ 5 went to a-hundred men, at least 4, at most 6, a maximum of 9.",
    "Sixty-two, a dozen, an estimated 7 and in excess of 8; at the gate, A.U.D. 12 and a",
];

/// The bundled corpus's archived texts, sorted.
fn bundled_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("facts/sources");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    texts
}

/// Windows of about fourteen words of the bundled corpus's archived texts.
fn bundled_passages() -> Vec<String> {
    let texts = bundled_texts();
    let mut out = Vec::new();
    for line in texts.iter().flat_map(|t| t.lines()) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for start in (0..words.len()).step_by(7) {
            out.push(words[start..(start + 14).min(words.len())].join(" "));
        }
    }
    out
}

#[test]
fn skipping_spans_that_cannot_begin_a_figure_changes_no_figure() {
    let passages = bundled_passages();
    assert!(passages.len() > 100, "{} passages", passages.len());
    let dimensions = [
        value::Dimension::Date,
        value::Dimension::Count,
        value::Dimension::Money,
        value::Dimension::Percent,
        value::Dimension::LENGTH,
    ];
    let all = value::Dimension::all();
    let cases = (passages
        .iter()
        .flat_map(|p| dimensions.map(|d| (p.as_str(), d))))
    .chain(OPENINGS.iter().flat_map(|p| all.iter().map(|d| (*p, *d))));
    let mut read = 0;
    for (passage, dimension) in cases {
        let years = Years::around(passage, 0, passage, Some(2021));
        let every = figures_of(passage, dimension, &years, false);
        let skipped = figures_of(passage, dimension, &years, true);
        assert_eq!(
            format!("{skipped:?}"),
            format!("{every:?}"),
            "{dimension:?}: {passage}"
        );
        read += every.len();
    }
    assert!(read > 100, "only {read} figures read");
}

#[test]
fn a_quote_tokenized_once_tests_every_head_as_each_head_alone() {
    let crossing = [
        "some 1\u{a0}000 people, 5\u{202f}000 km, .5 km and (.5 m), approx. 5 or approx.",
        "Rs.5, 2,50,000 rupees; US$3 bn; “$ 4” — about 1,000, not 1, 000.",
        "ten’ 5 people, over’s 3, ‘five’ 12 km, Über 4 and café 9, ‘under’ 7.",
    ];
    let passages = bundled_passages();
    let all = (passages.iter().map(String::as_str))
        .chain(OPENINGS.iter().copied())
        .chain(crossing);
    let mut tested = 0;
    for passage in all {
        let heads = value::Heads::new(passage);
        let words: Vec<(usize, usize)> = passage
            .split_whitespace()
            .map(|w| {
                let start = w.as_ptr() as usize - passage.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        for a in 0..words.len() {
            let rest = passage[words[a].0..words[a].1].trim_start_matches(TRIM);
            let lead = words[a].1 - rest.len();
            let alone = lead + rest.trim_end_matches(TRIM).len();
            let ends = [alone, words[(a + 5).min(words.len() - 1)].1];
            for d in value::Dimension::all() {
                let each = ends.map(|end| value::may_begin_quantity(&passage[lead..end], Some(d)));
                let both = heads.may_begin_quantity_both(lead, ends, Some(d));
                assert_eq!(both, each, "{d:?}: {:?}", &passage[lead..ends[1]]);
            }
            for end in ends {
                for d in value::Dimension::all() {
                    let each = value::may_begin_quantity(&passage[lead..end], Some(d));
                    let once = heads.may_begin_quantity(lead, end, Some(d));
                    assert_eq!(once, each, "{d:?}: {:?}", &passage[lead..end]);
                    tested += usize::from(each);
                }
            }
        }
    }
    assert!(tested > 1000, "only {tested} heads may begin a quantity");
}

#[test]
fn a_date_without_a_year_is_shown_with_the_date_read_and_its_year() {
    let text =
        "Looking back in 2012.\n\nShe sailed on April 10, 1912. Late on April 14 she struck ice.";
    let quote = "Late on April 14 she struck ice.";
    let years = Years::around(text, text.find(quote).unwrap(), quote, Some(2012));
    let d = figures(quote, value::Dimension::Date, &years);
    let (shown, v) = d.iter().find(|(s, _)| s.contains("April 14")).unwrap();
    assert_eq!(v.to_string(), "1912-04-14");
    assert!(
        shown.contains("\"April 10, 1912\" in its paragraph"),
        "{shown}"
    );
}

#[test]
fn qualifiers_may_weaken_but_not_strengthen() {
    use Qualifier::*;
    assert!(qualifier_supported(AtMost, Exact));
    assert!(qualifier_supported(Approx, Exact));
    assert!(!qualifier_supported(Exact, MoreThan));
    assert!(!qualifier_supported(Exact, Approx));
    assert!(!qualifier_supported(MoreThan, LessThan));
    assert!(qualifier_supported(Approx, Nearly));
    assert!(qualifier_supported(AtMost, Nearly));
    assert!(!qualifier_supported(Exact, Nearly));
    assert!(!qualifier_supported(Nearly, Approx));
    assert!(qualifier_supported(MoreThan, JustOver));
    assert!(!qualifier_supported(JustOver, Exact));
}

/// Every stretch of a few words (and of arbitrary bytes) of the bundled texts and of texts
/// with markup, typography and odd spacing: whatever the byte search finds verbatim, the
/// normalised search finds too; and the stretches it must not vouch for it does not.
#[test]
fn a_quote_found_verbatim_stands_in_the_normalised_text() {
    let mut texts = bundled_texts();
    texts.extend(
        [
            "See [the report](http://x.org/the border is long) today; the border is short.",
            "Some *emphasis* here,  two  spaces,\ta tab and\na line; `ticks` and ] brackets.",
            "Typographic “quotes” — it’s 1,000 km\u{a0}long, soft\u{ad}hyphen.",
            "It stood\nat 5 km, then st*o*od at 5 km,  stood  at 5 km; it stood at 5 km.",
            "  Lead spaces, stood at 5\n\n stood at 5 km \u{2014} and stood at 5 km again ",
            // Plain ASCII up to the verbatim place (located without normalising).
            "It stood\nat 5 km, then  stood at\t5 km;\r\n stood at 5 km and stood at 5 km.",
            "at 5 at 5\x0bkm at 5 km. at\n\n5 km. stood at 5 km\nstood at 5 km",
        ]
        .map(String::from),
    );
    assert!(texts.iter().filter(|t| plain_ascii(t.as_bytes())).count() >= 2);
    let (mut vouched, mut refused, mut earlier) = (0, 0, 0);
    for raw in &texts {
        let text = Text::new(raw);
        let free = unlinked(raw);
        let words: Vec<usize> = (raw.char_indices())
            .filter(|&(i, c)| i == 0 || c == ' ' || c == '\n')
            .map(|(i, _)| i)
            .collect();
        let mut quotes: Vec<&str> = Vec::new();
        for (k, &a) in words.iter().enumerate() {
            for &b in words.iter().skip(k + 1).take(6).chain([&raw.len()]) {
                quotes.push(&raw[a..b]);
                quotes.push(raw[a..b].trim());
            }
        }
        let bytes: Vec<usize> = (0..=raw.len())
            .filter(|&i| raw.is_char_boundary(i))
            .collect();
        for w in bytes.windows(17).step_by(5) {
            quotes.push(&raw[w[0]..w[16]]);
        }
        for q in quotes {
            let found = text.locate(q).is_some();
            if verbatim(raw, free, q) {
                assert!(found, "{q:?} in {raw:?}");
                let at = locate_verbatim(raw, free, q);
                assert_eq!(at, text.locate(q), "{q:?} in {raw:?}");
                earlier += usize::from(at < verbatim_at(raw, free, q));
                vouched += 1;
            } else if raw.contains(q) && !found {
                refused += 1;
            }
        }
    }
    assert!(vouched > 1000, "only {vouched} quotes vouched for");
    // Quotes whose first normalised occurrence comes before the first verbatim one.
    assert!(
        earlier >= 3,
        "only {earlier} quotes located before their verbatim place"
    );
    // Stretches in a link's target, across a run of spaces or a tab, with a tick: in the
    // text as archived, not as read.
    assert!(refused > 10, "only {refused} quotes refused");
    assert!(!verbatim(
        &texts[texts.len() - 7],
        false,
        "the border is long"
    ));
}

fn subject_of(dimension: value::Dimension) -> Subject {
    Subject {
        key: "s".into(),
        label: "s".into(),
        dimension,
        unit: None,
        tolerance: value::Tolerance::Relative(0.05),
        aliases: Vec::new(),
        exact: false,
        window_days: None,
        relations: Default::default(),
        location: Default::default(),
    }
}

/// Every span of the bundled passages and of the openings, taken as a claim's value in
/// each dimension it reads in: whenever the quick test says the quote states it as
/// written, a figure of the whole quote supports it; and a value written in the quote but
/// read inside a longer figure ("7 km" of "between 5 and 7 km") is left to the figures.
#[test]
fn a_value_stated_as_written_is_one_a_figure_of_the_quote_supports() {
    let passages = bundled_passages();
    let cases = (passages.iter().map(String::as_str))
        .chain(OPENINGS.iter().copied())
        .chain(["It is between 5 and 7 km long, about 30 km in all."]);
    let (mut quick, mut slow) = (0, 0);
    for passage in cases {
        let years = Years::around(passage, 0, passage, Some(2021));
        let words: Vec<&str> = passage.split_whitespace().collect();
        for d in value::Dimension::all() {
            let subject = subject_of(d);
            let found = figures(passage, d, &years);
            for a in 0..words.len() {
                for b in a..words.len().min(a + 8) {
                    let written = words[a..=b].join(" ");
                    let written = written.trim_matches(TRIM);
                    let Ok(v) = Value::parse(written, d) else {
                        continue;
                    };
                    let supported =
                        (found.iter()).any(|(_, f)| matches!(fit(&v, f, &subject), Fit::Supports));
                    if stated_as_written(passage, written, &v, &subject, &years) {
                        assert!(supported, "{d:?}: {written:?} in {passage:?}");
                        quick += 1;
                    } else if supported {
                        slow += 1;
                    }
                }
            }
        }
    }
    assert!(quick > 300, "only {quick} values stated as written");
    assert!(slow > 0, "no value left to the figures");
    let passage = "It is between 5 and 7 km long.";
    let (d, years) = (
        value::Dimension::LENGTH,
        Years::around(passage, 0, passage, None),
    );
    let seven = Value::parse("7 km", d).unwrap();
    assert!(!stated_as_written(
        passage,
        "7 km",
        &seven,
        &subject_of(d),
        &years
    ));
    let range = Value::parse("between 5 and 7 km", d).unwrap();
    assert!(stated_as_written(
        passage,
        "between 5 and 7 km",
        &range,
        &subject_of(d),
        &years
    ));
}

#[test]
fn words_of_are_the_runs_between_white_space() {
    // The former formulation: a word begins at a character that is no white space, first
    // or after white space, and ends at the next white space.
    fn by_starts(quote: &str) -> Vec<(usize, usize)> {
        quote
            .char_indices()
            .filter(|&(i, c)| {
                !c.is_whitespace() && (i == 0 || quote[..i].ends_with(char::is_whitespace))
            })
            .map(|(i, _)| {
                let end = quote[i..]
                    .find(char::is_whitespace)
                    .map_or(quote.len(), |e| i + e);
                (i, end)
            })
            .collect()
    }
    for quote in [
        "",
        " ",
        "a",
        "stood at about 47%",
        "  two  spaces\tand a tab\n",
        "1\u{a0}000 km, \u{2009}thin\u{85}next\u{b}vt\u{c}ff",
        "«déjà vu» — 5\u{202f}%",
        "trailing ",
    ] {
        assert_eq!(words_of(quote), by_starts(quote), "{quote:?}");
    }
    assert_eq!(words_of(" ab  c "), vec![(1, 3), (5, 6)]);
}

proptest::proptest! {
    /// `find_quote` gives `memmem::find`'s answer: texts and quotes of a few letters (so the
    /// pair prefilter's candidates are many and most are false, past `PAIR_CANDIDATES`),
    /// quotes cut from the text or made apart, texts shorter and longer than the prefilter
    /// reads.
    #[test]
    fn find_quote_is_memmem_find(
        text in proptest::collection::vec(proptest::sample::select(b"aab .9%xyz".to_vec()), 0..400),
        own in proptest::collection::vec(proptest::sample::select(b"ab 9%x".to_vec()), 0..12),
        cut in (0_usize..400, 0_usize..40),
        from_text: bool,
    ) {
        let quote: Vec<u8> = if from_text && !text.is_empty() {
            let start = cut.0 % text.len();
            text[start..(start + cut.1).min(text.len())].to_vec()
        } else {
            own
        };
        proptest::prop_assert_eq!(
            find_quote(&text, &quote),
            memchr::memmem::find(&text, &quote),
            "{:?} in {:?}",
            String::from_utf8_lossy(&quote),
            String::from_utf8_lossy(&text)
        );
    }
}

#[test]
fn find_quote_past_many_false_candidates() {
    // A quote of one letter: its pair is two of its places, met at every two of the
    // text's "aaa" and never reading the quote, so the search goes on with `memmem` after
    // `PAIR_CANDIDATES` of them.
    let mut text = "aaa ".repeat(200);
    text.push_str("aaaa and aaaa");
    assert_eq!(find_quote(text.as_bytes(), b"aaaa"), Some(800));
    assert_eq!(find_quote(text.as_bytes(), b"aaaaa"), None);
    assert_eq!(find_quote(b"", b"a"), None);
    assert_eq!(find_quote(b"short", b"or"), Some(2));
    assert_eq!(find_quote(b"short", b""), Some(0));
}

proptest::proptest! {
    /// `stated_as_written` takes every span of words `a2 <= a`, `b2 >= b` but the value's
    /// own `(a, b)` to be around the value: the range test it no longer makes holds for
    /// each, on quotes of words, punctuation that is trimmed and white space of all kinds.
    #[test]
    fn around_value_is_every_wider_span(
        idx in proptest::collection::vec(0..14_usize, 0..24),
    ) {
        const PIECES: [&str; 14] = [
            "a", "1", " ", "  ", ".", ",", "(", ")", "\"", "“", "’", "\u{a0}", "\t", "$",
        ];
        let quote: String = idx.iter().map(|&i| PIECES[i]).collect();
        let words = words_of(&quote);
        let n = words.len();
        for a in 0..n {
            for b in a..n {
                let Some(value) = span_range(&quote, &words, a, b) else {
                    continue;
                };
                for a2 in 0..=a {
                    for b2 in b..n {
                        if (a2, b2) != (a, b) {
                            proptest::prop_assert!(
                                around_value(&quote, &words, (a2, b2), value),
                                "{quote:?} {a} {b} {a2} {b2}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Every offset `find_map_matches` passes to `f`, `f` never stopping it.
fn all_matches(text: &str, needle: &str) -> Vec<usize> {
    let mut met = Vec::new();
    find_map_matches(text, needle, |p| {
        met.push(p);
        None::<()>
    });
    met
}

proptest::proptest! {
    /// `find_map_matches` meets the offsets `match_indices` gives, in order: texts and
    /// needles of few characters, some of several bytes (so most places of the first
    /// byte are false, past `FALSE_STARTS`, and matches overlap).
    #[test]
    fn find_map_matches_is_match_indices(
        text in proptest::collection::vec(0..6_usize, 0..200),
        needle in proptest::collection::vec(0..6_usize, 0..6),
    ) {
        const PIECES: [&str; 6] = ["a", "a", "b", " ", "é", "5%"];
        let text: String = text.iter().map(|&i| PIECES[i]).collect();
        let needle: String = needle.iter().map(|&i| PIECES[i]).collect();
        let expected: Vec<usize> = text.match_indices(needle.as_str()).map(|(p, _)| p).collect();
        proptest::prop_assert_eq!(all_matches(&text, &needle), expected);
        // Stopping at the first offset `f` accepts.
        let second = find_map_matches(&text, &needle, |p| (p > 0).then_some(p));
        let expected = text.match_indices(needle.as_str()).find_map(|(p, _)| (p > 0).then_some(p));
        proptest::prop_assert_eq!(second, expected);
    }
}

#[test]
fn find_map_matches_past_many_false_starts() {
    let text = format!("{}aaab aaab", "a ".repeat(100));
    assert_eq!(all_matches(&text, "aab"), vec![201, 206]);
    assert_eq!(all_matches("aaaa", "aa"), vec![0, 2]);
    assert_eq!(all_matches("", "a"), Vec::<usize>::new());
}

/// Whether `stated_as_written` (which takes the value's own span to read as the value)
/// and its former reading (which reads that span again and fits it to the value) agree
/// on every span of `quote` taken as a claim's value, in each dimension it reads in, as
/// the loader reads it. The number of spans compared.
fn stated_as_written_agrees_with_reread(quote: &str) -> Result<usize, String> {
    let years = Years::around(quote, 0, quote, Some(2021));
    let words = words_of(quote);
    let mut compared = 0;
    for d in value::Dimension::all() {
        let subject = subject_of(d);
        for a in 0..words.len() {
            for b in a..words.len().min(a + 8) {
                let written = quote[words[a].0..words[b].1].trim_matches(TRIM);
                let Ok(v) = Value::parse(written, d) else {
                    continue;
                };
                let now = stated_as_written(quote, written, &v, &subject, &years);
                let before = stated_as_written_reread(quote, written, &v, &subject, &years);
                if now != before {
                    return Err(format!(
                        "{d:?}: {written:?} in {quote:?}: {now} vs {before}"
                    ));
                }
                compared += 1;
            }
        }
    }
    Ok(compared)
}

#[test]
fn a_value_stated_as_written_is_not_read_again() {
    let passages = bundled_passages();
    let cases = (passages.iter().map(String::as_str)).chain(OPENINGS.iter().copied());
    let mut compared = 0;
    for passage in cases {
        compared += stated_as_written_agrees_with_reread(passage).unwrap();
    }
    assert!(compared > 1000, "only {compared} values compared");
}

proptest::proptest! {
    /// [`stated_as_written_agrees_with_reread`] on quotes made of pieces of figures:
    /// numbers, units, currency signs, qualifiers, ranges, dates and punctuation.
    #[test]
    fn stated_as_written_reads_the_value_once(
        idx in proptest::collection::vec(0..24_usize, 1..14),
    ) {
        const PIECES: [&str; 24] = [
            "about", "1,400", "km", "$", "5", "to", "7", "million", "more than", "between",
            "and", "July", "2021", "Sept.", "11,", "%", "people", "(", "\u{a0}", "US$",
            "or more", "at least", "-", "three",
        ];
        let quote: Vec<&str> = idx.iter().map(|&i| PIECES[i]).collect();
        let quote = quote.join(" ");
        let agreed = stated_as_written_agrees_with_reread(&quote);
        proptest::prop_assert!(agreed.is_ok(), "{:?}", agreed);
    }
}
