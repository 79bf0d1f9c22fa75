//! The export's direct YAML writer (decision 135) against serde-saphyr: on subjects built
//! from awkward text (numbers and dates as text, `yes`, `null`, `~`, `: `, `#`, quotes,
//! backslashes, tabs, line breaks, edge spaces, long lines with and without spaces,
//! unicode, control characters) in every optional field, the chunked export is the
//! one-document serialisation byte for byte.

use crosscheck::diagnostic::Location;
use crosscheck::findings::*;
use crosscheck::model::{Derivation, FlagStatus, Rank};
use crosscheck::render::export::{render_in_chunks, render_whole};
use crosscheck::value::{Date, Interval};
use proptest::prelude::*;
use std::sync::Arc;

const PIECES: &[&str] = &[
    "",
    " ",
    "  ",
    "a",
    "word",
    "the Tabdesok ministry",
    "yes",
    "No",
    "off",
    "y",
    "null",
    "NULL",
    "~",
    "true",
    "False",
    "1.0",
    "0x1F",
    "1e5",
    "1_000",
    "-1",
    "+1",
    ".inf",
    "nan",
    "100",
    "10,343 districts",
    "2022-07-23",
    "2022-7-3",
    "12:30",
    "1:20:30",
    "a: b",
    "a:b",
    "x:",
    "a #b",
    "a#b",
    "#x",
    "- x",
    "-",
    ".",
    "?",
    "? x",
    "!tag",
    "&a",
    "*a",
    "|",
    ">",
    "%",
    "@",
    "`",
    "[1]",
    "{a}",
    "it's",
    "'q'",
    "\"q\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "\n",
    "two\n\nlines\n",
    "ünïcode",
    "日本語",
    "\u{2028}",
    "\u{7f}",
    "\u{85}",
    "\u{feff}",
    "---",
    "...",
    "<<",
    "=",
    "ministry,",
    "(2 sources)",
    "99%;",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
];

fn text() -> impl Strategy<Value = String> {
    let whole = prop::sample::select(PIECES).prop_map(String::from);
    let joined = prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&["", " ", "  ", ", "][..]),
        ),
        0..14,
    )
    .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect());
    prop_oneof![whole, joined]
}

/// Hands out the generated texts (and bits) in turn to the fields being built.
struct Pool {
    texts: Vec<String>,
    bits: Vec<bool>,
    t: usize,
    b: usize,
}

impl Pool {
    fn s(&mut self) -> String {
        self.t += 1;
        self.texts[self.t % self.texts.len()].clone()
    }
    fn arc(&mut self) -> Arc<str> {
        self.s().into()
    }
    fn bit(&mut self) -> bool {
        self.b += 1;
        self.bits[self.b % self.bits.len()]
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.bit() { Some(f(self)) } else { None }
    }
    /// A date at year, month or day precision (written "2021", "2021-07", "2021-07-07").
    fn date(&mut self) -> Date {
        let (month, day) = (self.bit(), self.bit());
        Date {
            year: 1990 + (self.t % 40) as i32,
            month: month.then_some(7),
            day: (month && day).then_some(7),
        }
    }
    fn list(&mut self) -> Vec<String> {
        (0..self.b % 3).map(|_| self.s()).collect()
    }
    fn location(&mut self) -> Location {
        Location {
            file: self.arc(),
            line: self.b as u32,
            column: 7,
        }
    }
}

fn claim(p: &mut Pool) -> ClaimView {
    let (id, value) = (p.arc(), p.arc());
    let shown = Arc::new(ShownSource {
        id: p.arc(),
        publisher: p.s(),
        published: p.s(),
    });
    let (claimant, claimant_role, origin) = (p.opt(Pool::arc), p.opt(Pool::arc), p.opt(Pool::arc));
    let (origin_named_in, via) = (p.opt(Pool::arc), p.opt(Pool::arc));
    let (as_of, quote) = (p.opt(Pool::date), p.arc());
    let rank = [Rank::Normal, Rank::Preferred, Rank::Deprecated][p.b % 3];
    let rank_reason = p.opt(Pool::arc);
    let derived = p.opt(|p| Derivation {
        rule: "sum-of-parts",
        inputs: p.list(),
    });
    let (location, note) = (p.location(), p.opt(Pool::s));
    ClaimView {
        id,
        value,
        shown,
        claimant,
        origin,
        as_of,
        quote,
        rank,
        location,
        allows: Interval::point(1.0),
        rare: Rare {
            claimant_role,
            origin_named_in,
            via,
            rank_reason,
            derived,
            note,
        }
        .boxed(),
    }
}

fn group(p: &mut Pool) -> Group {
    let clusters = (0..1 + p.b % 3)
        .map(|_| Cluster {
            value: p.s(),
            interval: Interval::point(1.0),
            claims: (0..p.b % 3).map(|_| claim(p)).collect(),
            compatible: p.opt(|p| vec![claim(p)]).unwrap_or_default(),
            support: Support {
                sources: p.b % 4,
                origins: p.list(),
                not_stated: 1,
                derived: p.b % 2,
            },
        })
        .collect();
    Group {
        period: p.opt(|p| Period {
            from: p.s(),
            to: p.s(),
        }),
        verdict: Verdict::Conflict,
        clusters,
        conflict: p.opt(|p| Conflict {
            id: p.s(),
            flag: p.opt(|p| FlagView {
                status: [FlagStatus::Explained, FlagStatus::WrongSubject][p.b % 2],
                reason: p.s(),
                by: p.opt(Pool::s),
                date: p.opt(Pool::s),
                claim: p.opt(Pool::s),
                location: p.location(),
                carried: p.opt(|p| Carried {
                    from: p.s(),
                    joined: vec![Joined {
                        claim: p.s(),
                        clusters: p.list(),
                    }],
                }),
            }),
        }),
    }
}

fn subject(p: &mut Pool) -> SubjectFinding {
    let verdicts = [
        Verdict::Conflict,
        Verdict::Agreement,
        Verdict::Uncompared,
        Verdict::SingleSource,
        Verdict::NoClaims,
    ];
    SubjectFinding {
        key: p.s(),
        label: p.s(),
        dimension: p.s(),
        unit: p.opt(Pool::s),
        verdict: verdicts[p.b % 5],
        preferred: p.opt(|p| Preferred {
            value: p.s(),
            claims: p.list(),
        }),
        resolved: p
            .opt(|p| {
                vec![BestValue {
                    from: p.opt(Pool::s),
                    value: p.s(),
                    confidence: [0.991, 1.0, 0.5, 1e-7, 0.333][p.b % 5],
                    decided_by: p.s(),
                    reason: p.s(),
                    tied_with: p.list(),
                }]
            })
            .unwrap_or_default(),
        groups: (0..p.b % 3).map(|_| group(p)).collect(),
        set_aside: p.opt(|p| vec![claim(p)]).unwrap_or_default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn direct_writer_is_serde_saphyrs_text(
        texts in prop::collection::vec(text(), 1..40),
        bits in prop::collection::vec(any::<bool>(), 1..40),
        n in 1usize..6,
        chunk in 1usize..4,
    ) {
        let mut p = Pool { texts, bits, t: 0, b: 0 };
        let findings = Findings {
            subjects: (0..n).map(|_| subject(&mut p)).collect(),
            stale_flags: Vec::new(),
        };
        prop_assert_eq!(render_in_chunks(&findings, chunk).unwrap(), render_whole(&findings).unwrap());
    }
}
