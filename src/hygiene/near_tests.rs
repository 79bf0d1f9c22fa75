//! Tests of the near-duplicate search (`near`): against all pairs, on syllable names, and
//! across numberings, and on subject lists as the benchmark writes them.
use super::*;
use std::collections::HashSet;

fn all_pairs(strings: &[Vec<char>]) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    for i in 0..strings.len() {
        for j in i + 1..strings.len() {
            let (a, b): (String, String) =
                (strings[i].iter().collect(), strings[j].iter().collect());
            if strsim::normalized_levenshtein(&a, &b) >= SIMILAR {
                out.insert((i, j));
            }
        }
    }
    out
}

/// Strings made from a few stems with random edits, so that many pairs are close.
fn noisy_strings(seed: u64, n: usize) -> Vec<Vec<char>> {
    let mut x = seed;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let stems = [
        "tajik-afghan-border-length",
        "length of the border",
        "aaaaaaaaaaaaaaaaaaaaaa",
        "ab",
        "é-bordé-ünïcode-ständig",
        "x",
        "",
    ];
    (0..n)
        .map(|_| {
            let mut s: Vec<char> = stems[next() as usize % stems.len()].chars().collect();
            for _ in 0..next() % 4 {
                let c = ['a', 'b', '-', 'é', 'z'][next() as usize % 5];
                let at = if s.is_empty() {
                    0
                } else {
                    next() as usize % s.len()
                };
                match next() % 3 {
                    0 => s.insert(at, c),
                    1 if !s.is_empty() => {
                        s.remove(at);
                    }
                    _ if !s.is_empty() => s[at] = c,
                    _ => s.push(c),
                }
            }
            s
        })
        .collect()
}

#[test]
fn edit_distance_is_strsims() {
    let strings = noisy_strings(4242, 80);
    for a in &strings {
        for b in &strings {
            let (x, y): (String, String) = (a.iter().collect(), b.iter().collect());
            assert_eq!(levenshtein(a, b), strsim::levenshtein(&x, &y), "{x} / {y}");
        }
    }
}

/// Distinct names of two to five syllables from a small set (as the benchmark's are),
/// so even their rarest bigrams are shared by many.
fn syllable_names(n: usize) -> Vec<Vec<char>> {
    let syllables = [
        "ka", "ri", "mon", "tel", "sa", "do", "ven", "lu", "par", "shi", "no", "gra",
    ];
    let mut x: u64 = 88_172_645_463_325_252;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    while out.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut r = x;
        let len = 2 + r % 4;
        let name: String = (0..len)
            .map(|_| {
                r /= 12;
                syllables[(r % 12) as usize]
            })
            .collect::<Vec<_>>()
            .join("");
        let name = format!("{name}-population");
        if seen.insert(name.clone()) {
            out.push(name.chars().collect());
        }
    }
    out
}

/// `s` with its character at `at` (from the end when negative) replaced.
fn edited(s: &[char], at: isize) -> Vec<char> {
    let mut s = s.to_vec();
    let i = if at < 0 {
        s.len() - (-at) as usize
    } else {
        at as usize
    };
    s[i] = if s[i] == 'q' { 'j' } else { 'q' };
    s
}

#[test]
fn blocking_finds_exactly_the_pairs_all_pairs_finds_where_blocks_are_small() {
    for seed in 1..40 {
        let strings = noisy_strings(seed * 7919, 60);
        assert!(strings.len() <= MAX_BLOCK, "every block is small");
        let expected = all_pairs(&strings);
        assert!(!expected.is_empty(), "seed {seed} makes no close pair");
        assert_eq!(similar_pairs(strings.clone()), expected, "seed {seed}");
    }
}

#[test]
fn strings_longer_than_a_sketch_holds_are_searched_exactly() {
    // A `Member` holds lengths up to `LONG`: strings around it (the same stem with edits,
    // cut to lengths either side) are paired as all pairs pair them.
    let stem: Vec<char> = "the-long-border-of-tajikistan-and-afghanistan-"
        .repeat(7)
        .chars()
        .collect();
    for seed in 1..6 {
        let strings: Vec<Vec<char>> = noisy_strings(seed * 104_729, 40)
            .into_iter()
            .enumerate()
            .map(|(k, s)| {
                let mut long = stem[..LONG - 30 + 2 * k].to_vec();
                long.extend(s);
                long
            })
            .collect();
        assert!(strings.iter().any(|s| s.len() < LONG));
        assert!(strings.iter().any(|s| s.len() > LONG + 20));
        let expected = all_pairs(&strings);
        assert!(!expected.is_empty(), "seed {seed} makes no close pair");
        assert_eq!(similar_pairs(strings.clone()), expected, "seed {seed}");
    }
}

#[test]
fn names_of_few_syllables_are_compared_with_a_bounded_number_of_others() {
    let strings = syllable_names(6000);
    let blocking = Blocking::new(&strings);
    assert!(
        blocking.blocks.iter().any(|b| b.len() > 10 * MAX_BLOCK),
        "the names share common bigrams"
    );
    let mut seen = Seen::new(strings.len());
    let compared: usize = (0..strings.len())
        .map(|i| blocking.partners(i, &mut seen, |_| true).len())
        .sum();
    let bound: usize = (blocking.places.iter())
        .map(|p| p.len() * (MAX_BLOCK + 4 * WINDOW + 2))
        .sum();
    assert!(compared <= bound, "{compared} comparisons, bound {bound}");
    assert!(
        compared < strings.len() * (strings.len() - 1) / 2 / 10,
        "{compared} comparisons is near all pairs"
    );
}

#[test]
fn near_duplicates_differing_at_either_end_are_found_in_large_blocks() {
    let mut strings = syllable_names(3000);
    let mut planted = BTreeSet::new();
    for (k, at) in [(0, 0), (1, 1), (2, -1), (3, -2), (4, -4)] {
        for i in (k * 100..).step_by(137).take(20) {
            let twin = edited(&strings[i], at);
            strings.push(twin);
            planted.insert((i, strings.len() - 1));
        }
    }
    let blocking = Blocking::new(&strings);
    assert!(blocking.blocks.iter().any(|b| b.len() > MAX_BLOCK));
    let found = similar_pairs(strings.clone());
    let missed: Vec<_> = planted.difference(&found).collect();
    assert!(missed.is_empty(), "missed {missed:?}");
    // Nothing is reported that all pairs would not report.
    for &(i, j) in &found {
        let (a, b): (String, String) = (strings[i].iter().collect(), strings[j].iter().collect());
        assert!(strsim::normalized_levenshtein(&a, &b) >= SIMILAR);
    }
}

#[test]
fn the_pairs_do_not_depend_on_how_the_strings_are_numbered() {
    let mut strings = syllable_names(3000);
    for (k, i) in (0..3000).step_by(23).enumerate() {
        let twin = match k % 3 {
            0 => strings[i].clone(),
            1 => edited(&strings[i], 0),
            _ => edited(&strings[i], -3),
        };
        strings.push(twin);
    }
    let as_given: BTreeSet<(usize, usize)> = similar_numbered(&strings).into_iter().collect();
    assert!(as_given.len() >= 100, "{} pairs", as_given.len());
    assert!(
        Blocking::new(&strings)
            .blocks
            .iter()
            .any(|b| b.len() > MAX_BLOCK)
    );
    assert_eq!(similar_pairs(strings), as_given);
}

/// Subject lists as the benchmark's generator writes them (a name of syllables and a
/// topic), keys and lowercased labels, with near twins planted: an edit at either end
/// or inside, a swapped syllable, a copy.
fn generated_subjects(n: usize) -> (Vec<Vec<char>>, Vec<Vec<char>>) {
    let topics = [
        ("territory-held", "share of {} under government control"),
        ("reconstruction-cost", "cost of rebuilding {}"),
        ("ceasefire-date", "date of the {} ceasefire"),
        ("troops-deployed", "soldiers deployed to {}"),
        ("population", "population of {}"),
    ];
    let names = syllable_names(n / topics.len() + 1);
    let (mut keys, mut labels) = (Vec::new(), Vec::new());
    for (k, name) in names.iter().enumerate() {
        let name: String = name.iter().collect::<String>().replace("-population", "");
        let (topic, label) = topics[k % topics.len()];
        let mut key: Vec<char> = format!("{name}-{topic}").chars().collect();
        let mut text: Vec<char> = label.replace("{}", &name).chars().collect();
        if k % 17 == 3 {
            key = edited(&key, [0, 2, -1, -3][k % 4]);
            text = edited(&text, [1, -2, 5, -1][k % 4]);
        }
        keys.push(key);
        labels.push(text);
        if k % 11 == 0 {
            let (a, b) = (keys[k / 2].clone(), labels[k / 2].clone());
            keys.push(a);
            labels.push(b);
        }
    }
    (keys, labels)
}

/// The bundled corpus's keys and lowercased labels, read line by line.
fn bundled_subjects() -> (Vec<Vec<char>>, Vec<Vec<char>>) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/facts/subjects.yaml");
    let text = std::fs::read_to_string(path).expect("facts/subjects.yaml");
    let value = |line: &str, field: &str| {
        let rest = line.trim_start().trim_start_matches("- ");
        rest.strip_prefix(field)
            .map(|v| v.trim().trim_matches('"').to_lowercase().chars().collect())
    };
    let keys: Vec<Vec<char>> = text.lines().filter_map(|l| value(l, "key:")).collect();
    let labels: Vec<Vec<char>> = text.lines().filter_map(|l| value(l, "label:")).collect();
    (keys, labels)
}

#[test]
fn subject_lists_report_only_similar_pairs_and_the_bundled_list_all_of_them() {
    let (keys, labels) = generated_subjects(20_000);
    for strings in [keys, labels] {
        let found = similar_pairs(strings.clone());
        assert!(!found.is_empty(), "no pair among {}", strings.len());
        for &(i, j) in &found {
            let (a, b): (String, String) =
                (strings[i].iter().collect(), strings[j].iter().collect());
            assert!(
                strsim::normalized_levenshtein(&a, &b) >= SIMILAR,
                "{a} ~ {b}"
            );
        }
    }
    let (bundled_keys, bundled_labels) = bundled_subjects();
    assert!(bundled_keys.len() >= 20 && bundled_keys.len() == bundled_labels.len());
    for strings in [bundled_keys, bundled_labels] {
        assert_eq!(similar_pairs(strings.clone()), all_pairs(&strings));
    }
}

/// Whether two strings share at least `need` bigrams, their bigrams' ranks sorted: a
/// merge that stops as soon as the bigrams left cannot make up the count.
fn shares(a: &[u32], b: &[u32], need: usize) -> bool {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if n + (a.len() - i).min(b.len() - j) < need {
            return false;
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n >= need
}

#[test]
fn marked_bigrams_count_the_shared_as_the_merge_does() {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % m
    };
    let mut marks = Marks::new(300);
    let mut both = 0;
    let mut set = move |len: u64| {
        let mut r: Vec<u32> = (0..len).map(|_| next(300) as u32).collect();
        r.sort_unstable();
        r.dedup();
        (r, next(45) as usize)
    };
    for k in 0..2000 {
        let (a, _) = set(5 + k % 40);
        let (b, need) = set(5 + k % 37);
        marks.set(&a, true);
        let shared = marks.shares(&b, need);
        marks.set(&a, false);
        assert_eq!(shared, shares(&a, &b, need), "{a:?} {b:?} {need}");
        both += usize::from(shared && need > 0);
    }
    assert!(both > 50, "{both} lists share enough");
    assert!(marks.bits.iter().all(|&w| w == 0));
}
