//! Generates a realistic synthetic facts folder for the scale benchmark (`bench/scale.sh`):
//! sources with archived texts, subjects of every dimension, claims whose quotes really
//! stand in their source's text and state the claimed value (with qualifiers, units and
//! noise, so some subjects agree and some conflict), claimants and origins declared in a
//! parties file, ranks, a few near-duplicate subjects and a flags file. The same arguments give the same folder.
//!
//! Usage: cargo run --release --example gen_corpus -- OUT --claims N --per-subject K
//!        [--per-source 20] [--split 10000] [--text-bytes 4000] [--seed 1] [--jsonl]
//!
//! `--split` is the most entries a sources or subjects file holds: larger lists are
//! written as `sources/list-NNNN.yaml` and `subjects/list-NNNN.yaml`.
//! `--jsonl` writes claims as `claims/<source>.jsonl` instead of YAML.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "vo", "de", "li", "tun", "mar", "sel", "ba", "ro", "qin", "sha", "pel", "dor", "avi",
    "zu", "nek", "tal", "mir", "gos", "ury", "fen", "lak", "osh", "bre", "kan", "vel", "tis",
    "hum", "ped", "rad", "sok", "jal", "nim", "cor", "wes", "tab", "ly", "gar", "pon", "dre",
    "ish", "mol", "yan", "fur", "bel", "kor", "sam", "til", "ven", "ox", "ram", "lud", "pra",
    "sin", "hel", "dus", "nor", "kel", "mab", "zor",
];

const PUBLISHERS: &[&str] = &[
    "The Daily Ledger",
    "Northern Courier",
    "Radio Meridian",
    "The Evening Standard-Post",
    "Continental Wire",
    "Frontier Herald",
    "Valley Gazette",
    "Capital Monitor",
    "The Observer Review",
    "Global Dispatch",
    "Harbour Times",
    "Plains Tribune",
];

const FILLER: &[&str] = &[
    "Officials declined to comment further on the matter.",
    "The situation remained tense throughout the week, residents said.",
    "Talks between the two sides are expected to resume next month.",
    "Analysts cautioned that the figures could change as more information arrives.",
    "The announcement came after several days of speculation in the capital.",
    "Local reporters described long queues outside government offices.",
    "Independent observers have not been able to verify the reports.",
    "The ministry said it would publish a full account later in the year.",
    "Opposition leaders called for an inquiry into the events.",
    "Markets reacted calmly to the news on Tuesday.",
];

/// A subject's kind: dimension, unit, a topic for its key and a label template.
struct Kind {
    dimension: &'static str,
    unit: Option<&'static str>,
    topic: &'static str,
    label: &'static str,
    noun: &'static str,
}

const KINDS: &[Kind] = &[
    Kind {
        dimension: "length",
        unit: Some("km"),
        topic: "border-length",
        label: "Length of the {} border",
        noun: "km",
    },
    Kind {
        dimension: "length",
        unit: Some("km"),
        topic: "pipeline-length",
        label: "Length of the {} pipeline",
        noun: "km",
    },
    Kind {
        dimension: "money",
        unit: Some("USD"),
        topic: "aid-budget",
        label: "Aid budget for {}",
        noun: "",
    },
    Kind {
        dimension: "money",
        unit: Some("USD"),
        topic: "reconstruction-cost",
        label: "Cost of rebuilding {}",
        noun: "",
    },
    Kind {
        dimension: "percent",
        unit: Some("%"),
        topic: "turnout",
        label: "Voter turnout in {}",
        noun: "",
    },
    Kind {
        dimension: "percent",
        unit: Some("%"),
        topic: "territory-held",
        label: "Share of {} under government control",
        noun: "",
    },
    Kind {
        dimension: "count",
        unit: Some("soldier"),
        topic: "troops-deployed",
        label: "Soldiers deployed to {}",
        noun: "soldiers",
    },
    Kind {
        dimension: "count",
        unit: Some("district"),
        topic: "districts-held",
        label: "Districts of {} held by rebels",
        noun: "districts",
    },
    Kind {
        dimension: "count",
        unit: Some("person"),
        topic: "people-displaced",
        label: "People displaced in {}",
        noun: "people",
    },
    Kind {
        dimension: "date",
        unit: None,
        topic: "ceasefire-date",
        label: "Date of the {} ceasefire",
        noun: "",
    },
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

struct Args {
    out: PathBuf,
    claims: usize,
    per_subject: usize,
    per_source: usize,
    split: usize,
    text_bytes: usize,
    seed: u64,
    jsonl: bool,
}

fn args() -> Args {
    let mut a = Args {
        out: PathBuf::new(),
        claims: 10_000,
        per_subject: 5,
        per_source: 20,
        split: 10_000,
        text_bytes: 4000,
        seed: 1,
        jsonl: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut num = || -> usize {
            it.next()
                .and_then(|v| v.replace('_', "").parse().ok())
                .unwrap_or_else(|| panic!("{arg} needs a number"))
        };
        match arg.as_str() {
            "--claims" => a.claims = num(),
            "--per-subject" => a.per_subject = num(),
            "--per-source" => a.per_source = num(),
            "--split" => a.split = num(),
            "--text-bytes" => a.text_bytes = num(),
            "--seed" => a.seed = num() as u64,
            "--jsonl" => a.jsonl = true,
            other if !other.starts_with('-') => a.out = PathBuf::from(other),
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(
        !a.out.as_os_str().is_empty(),
        "usage: gen_corpus OUT [options]"
    );
    a
}

struct Subject {
    key: String,
    label: String,
    kind: &'static Kind,
    /// The true value (a count, km, USD, percent, or a day of 2021 for dates).
    truth: f64,
    changes: bool,
}

struct Claim {
    id: String,
    subject: usize,
    value: String,
    quote: String,
    claimant: String,
    /// Where the figure comes from, when the article cites someone.
    origin: Option<String>,
    as_of: Option<String>,
    deprecated: bool,
}

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables).map(|_| rng.pick(SYLLABLES)).collect()
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn subjects(rng: &mut Rng, n: usize) -> Vec<Subject> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Subject> = Vec::with_capacity(n);
    while out.len() < n {
        let kind = &KINDS[rng.below(KINDS.len() as u64) as usize];
        let (a, b) = (word(rng, 2), word(rng, 3));
        let mut key = format!("{a}-{b}-{}", kind.topic);
        let mut label = kind
            .label
            .replace("{}", &format!("{} {}", capitalised(&a), capitalised(&b)));
        // A few near-duplicates, as editors make them: the previous subject's words reordered.
        if let Some(prev) = out.last().filter(|_| rng.chance(0.002)) {
            let (pa, rest) = prev.key.split_once('-').unwrap_or_default();
            let (pb, topic) = rest.split_once('-').unwrap_or_default();
            key = format!("{pb}-{pa}-{topic}");
            label = format!(
                "{} (also {} {})",
                prev.label,
                capitalised(pb),
                capitalised(pa)
            );
        }
        if !seen.insert(key.clone()) {
            continue;
        }
        let truth = match kind.dimension {
            "percent" => 5.0 + rng.below(80) as f64,
            "date" => rng.below(300) as f64,
            "money" => (1 + rng.below(900)) as f64 * 1e6,
            _ => (20 + rng.below(20_000)) as f64,
        };
        let changes = kind.dimension == "count" && rng.chance(0.3);
        out.push(Subject {
            key,
            label,
            kind,
            truth,
            changes,
        });
    }
    out
}

fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn day(d: f64) -> (usize, usize) {
    let d = d as usize % 336;
    (d / 28, d % 28 + 1)
}

/// A value as a source states it: mostly the truth, sometimes rounded, bounded or wrong.
fn value(rng: &mut Rng, s: &Subject) -> String {
    let r = rng.below(100);
    let x = match r {
        0..=84 => s.truth,
        85..=96 => s.truth * 0.9,
        _ => s.truth * 1.5,
    };
    let qualifier = match r {
        0..=69 => "",
        70..=84 => "about ",
        85..=89 => "more than ",
        _ => "",
    };
    match s.kind.dimension {
        "date" => {
            let (m, d) = day(x);
            format!("{} {d}, 2021", MONTHS[m])
        }
        "percent" => format!("{qualifier}{}%", x.round().min(100.0)),
        "money" => format!("{qualifier}${:.1} million", (x / 1e5).round() / 10.0),
        "length" if rng.chance(0.1) => format!("{qualifier}{} miles", grouped((x / 1.609) as u64)),
        _ => format!("{qualifier}{} {}", grouped(x.round() as u64), s.kind.noun),
    }
}

/// The people and bodies claims are attributed to, as (name, kind).
fn parties(rng: &mut Rng) -> Vec<(String, &'static str)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    while out.len() < 500 {
        let p = match out.len() % 3 {
            0 => (
                format!("the {} ministry", capitalised(&word(rng, 3))),
                "government",
            ),
            1 => (
                format!(
                    "{} {}",
                    capitalised(&word(rng, 2)),
                    capitalised(&word(rng, 3))
                ),
                "person",
            ),
            _ => (
                format!("the {} monitoring group", capitalised(&word(rng, 2))),
                "organisation",
            ),
        };
        if seen.insert(p.0.clone()) {
            out.push(p);
        }
    }
    out
}

fn claims(
    rng: &mut Rng,
    subjects: &[Subject],
    people: &[(String, &str)],
    n: usize,
    per_subject: usize,
) -> Vec<Claim> {
    let person = |rng: &mut Rng| people[rng.below(people.len() as u64) as usize].0.clone();
    (0..n)
        .map(|i| {
            let subject = (i / per_subject).min(subjects.len() - 1);
            let s = &subjects[subject];
            let value = value(rng, s);
            let label = s.label.to_lowercase();
            let quote = match s.kind.dimension {
                "date" => format!("{label} was set for {value}"),
                _ => format!("{label} stood at {value}"),
            };
            let as_of = s.changes.then(|| {
                let (m, d) = day(rng.below(300) as f64);
                format!("2021-{:02}-{d:02}", m + 1)
            });
            Claim {
                id: format!("c{i:07}"),
                subject,
                value,
                quote,
                claimant: person(rng),
                origin: rng.chance(0.3).then(|| person(rng)),
                as_of,
                deprecated: rng.chance(0.01),
            }
        })
        .collect()
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_subjects(out: &mut String, subjects: &[Subject]) {
    out.push_str("subjects:\n");
    for s in subjects {
        let _ = writeln!(out, "  - key: {}\n    label: {}", s.key, quoted(&s.label));
        let _ = writeln!(out, "    dimension: {}", s.kind.dimension);
        if let Some(u) = s.kind.unit {
            let _ = writeln!(out, "    unit: {}", quoted(u));
            let _ = writeln!(out, "    tolerance: 5%");
        }
        if s.changes {
            out.push_str("    changes: true\n    window: 30 days\n");
        }
    }
}

fn write_sources(out: &mut String, ids: &[String], rng: &mut Rng) {
    // Published after every claim's as_of (2021), as a report is.
    out.push_str("sources:\n");
    for id in ids {
        let (m, d) = day(rng.below(300) as f64);
        let _ = writeln!(
            out,
            "  - id: {id}\n    publisher: {}\n    title: Report {id}\n    published: 2022-{:02}-{d:02}",
            quoted(rng.pick(PUBLISHERS)),
            m + 1
        );
    }
}

fn write_claims_yaml(source: &str, claims: &[&Claim], subjects: &[Subject]) -> String {
    let mut out = format!("source: {source}\nclaims:\n");
    for c in claims {
        let _ = writeln!(
            out,
            "  - id: {}\n    subject: {}\n    value: {}\n    quote: {}\n    claimant: {}",
            c.id,
            subjects[c.subject].key,
            quoted(&c.value),
            quoted(&c.quote),
            quoted(&c.claimant)
        );
        if let Some(o) = &c.origin {
            let _ = writeln!(out, "    origin: {}", quoted(o));
        }
        if let Some(d) = &c.as_of {
            let _ = writeln!(out, "    as_of: {d}");
        }
        if c.deprecated {
            out.push_str(
                "    rank: deprecated\n    rank_reason: \"superseded by a later report\"\n",
            );
        }
    }
    out
}

fn write_claims_jsonl(source: &str, claims: &[&Claim], subjects: &[Subject]) -> String {
    let mut out = String::new();
    for c in claims {
        let mut o = serde_json::json!({
            "source": source,
            "id": c.id,
            "subject": subjects[c.subject].key,
            "value": c.value,
            "quote": c.quote,
            "claimant": c.claimant,
        });
        if let Some(origin) = &c.origin {
            o["origin"] = origin.clone().into();
        }
        if let Some(d) = &c.as_of {
            o["as_of"] = d.clone().into();
        }
        if c.deprecated {
            o["rank"] = "deprecated".into();
            o["rank_reason"] = "superseded by a later report".into();
        }
        out.push_str(&o.to_string());
        out.push('\n');
    }
    out
}

/// The archived text of a source: every quote in a sentence of its own among filler.
fn text(rng: &mut Rng, claims: &[&Claim], target: usize) -> String {
    let mut out = String::new();
    for c in claims {
        let citing = c
            .origin
            .as_ref()
            .map(|o| format!(", citing {o},"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "{} {}{citing} said that {}. {}\n\n",
            rng.pick(FILLER),
            capitalised(&c.claimant),
            c.quote,
            rng.pick(FILLER)
        );
    }
    while out.len() < target {
        out.push_str(rng.pick(FILLER));
        out.push(if rng.chance(0.2) { '\n' } else { ' ' });
    }
    out
}

fn write(path: &Path, text: &str) {
    let mut f = BufWriter::new(fs::File::create(path).expect("create"));
    f.write_all(text.as_bytes()).expect("write");
}

/// Writes a list as one file, or as `dir/list-NNNN.yaml` files of at most `split` entries.
fn write_list<T>(
    out: &Path,
    name: &str,
    items: &[T],
    split: usize,
    mut write_part: impl FnMut(&mut String, &[T]),
) {
    let header = format!("# yaml-language-server: $schema=../docs/schema/{name}.json\n");
    if items.len() <= split || split == 0 {
        let mut s = header;
        write_part(&mut s, items);
        write(&out.join(format!("{name}.yaml")), &s);
        return;
    }
    let dir = out.join(name);
    fs::create_dir_all(&dir).expect("mkdir");
    for (i, part) in items.chunks(split).enumerate() {
        let mut s = String::new();
        write_part(&mut s, part);
        write(&dir.join(format!("list-{:04}.yaml", i + 1)), &s);
    }
}

fn main() {
    let a = args();
    let mut rng = Rng(a.seed);
    let n_subjects = a.claims.div_ceil(a.per_subject.max(1));
    let n_sources = a.claims.div_ceil(a.per_source.max(1));
    let subjects = subjects(&mut rng, n_subjects);
    let people = parties(&mut rng);
    let claims = claims(&mut rng, &subjects, &people, a.claims, a.per_subject.max(1));
    let source_ids: Vec<String> = (0..n_sources).map(|i| format!("src-{i:06}")).collect();
    let mut by_source: Vec<Vec<&Claim>> = vec![Vec::new(); n_sources];
    for c in &claims {
        by_source[rng.below(n_sources as u64) as usize].push(c);
    }
    let _ = fs::remove_dir_all(&a.out);
    for d in ["claims", "sources"] {
        fs::create_dir_all(a.out.join(d)).expect("mkdir");
    }
    write_list(&a.out, "subjects", &subjects, a.split, write_subjects);
    write_list(&a.out, "sources", &source_ids, a.split, |s, ids| {
        write_sources(s, ids, &mut rng)
    });
    for (id, cs) in source_ids.iter().zip(&by_source) {
        let t = text(&mut rng, cs, a.text_bytes);
        write(&a.out.join("sources").join(format!("{id}.txt")), &t);
        let (ext, body) = if a.jsonl {
            ("jsonl", write_claims_jsonl(id, cs, &subjects))
        } else {
            ("yaml", write_claims_yaml(id, cs, &subjects))
        };
        write(&a.out.join("claims").join(format!("{id}.{ext}")), &body);
    }
    let mut flags = String::from("flags:\n");
    for s in subjects.iter().step_by(50) {
        let _ = writeln!(
            flags,
            "  - conflict: {}/{:08x}\n    status: open\n    reason: under review\n",
            s.key,
            rng.next() as u32
        );
    }
    write(&a.out.join("flags.yaml"), &flags);
    let mut parties = String::from("parties:\n");
    for (i, (name, kind)) in people.iter().enumerate() {
        let _ = writeln!(
            parties,
            "  - key: party-{i:04}\n    name: {}\n    kind: {kind}",
            quoted(name)
        );
    }
    write(&a.out.join("parties.yaml"), &parties);
    eprintln!(
        "{}: {} claims, {} subjects, {} sources",
        a.out.display(),
        claims.len(),
        subjects.len(),
        n_sources
    );
}
