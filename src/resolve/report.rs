//! Results in words: for a subject, the best-supported value, its confidence and the
//! reasons (how many sources and independent origins stand behind it, how reliable they
//! have been, which values it outweighs); for a source, its trust and record.

use serde::Serialize;

use super::Resolution;
use super::table::{ClaimTable, Value};
use crate::render::interval::group_digits as render_number;
use crate::value::date::civil_from_days;

/// One candidate value of a subject with the claims behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub value: String,
    pub probability: f64,
    /// Sources claiming exactly this value.
    pub sources: Vec<String>,
    /// The independent weight of the claims supporting it (copiers count for less).
    pub origins: f64,
    pub mean_trust: f64,
    /// The value and the best one contain each other's figure: they agree.
    pub agrees: bool,
}

/// Why a subject resolves to its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub subject: String,
    pub value: String,
    pub confidence: f64,
    pub reason: String,
    /// Rival values (not consistent with the best) whose probability is within
    /// 0.01 of it (`TIE`): no value is best supported, an editor should decide.
    pub tied_with: Vec<String>,
    /// Every candidate, the best first.
    pub candidates: Vec<Candidate>,
}

/// A source's trust and record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRecord {
    pub source: String,
    pub trust: f64,
    pub claims: usize,
    /// Claims on subjects where another source also speaks.
    pub contested: usize,
    /// Contested claims whose value is (or supports) the resolved value.
    pub won: usize,
    pub lost: usize,
    /// Sources it agrees with suspiciously often, with the probability of copying.
    pub copies_with: Vec<(String, f64)>,
}

/// A value in words: numbers as figures (with their span when rounded), instants as
/// "YYYY-MM-DD HH:MM" (a day alone when no time is known), text as it is.
pub fn render(table: &ClaimTable, value: &Value) -> String {
    match value {
        Value::Number(s) if s.is_exact() => render_number(s.point),
        Value::Number(s) => format!(
            "{} ({}–{})",
            render_number(s.point),
            render_number(s.low),
            render_number(s.high)
        ),
        Value::Instant(s) => {
            let minutes = s.low as i64;
            let (y, m, d) = civil_from_days(minutes.div_euclid(1440));
            let day = format!("{y:04}-{m:02}-{d:02}");
            if s.is_exact() {
                let t = minutes.rem_euclid(1440);
                format!("{day} {:02}:{:02}", t / 60, t % 60)
            } else {
                day
            }
        }
        Value::Text(id) => table.texts.name(*id).to_string(),
    }
}

/// A value id in words: its label when the data gave one, else [`render`].
pub fn render_id(table: &ClaimTable, id: u32) -> String {
    match table.labels.get(id) {
        Some(label) => label.to_string(),
        None => render(table, table.value_of(id)),
    }
}

fn share(x: f64) -> String {
    format!("{:.0}%", 100.0 * x)
}

/// What `best::attach` keeps of an [`Explanation`]: the same value, confidence, reason
/// and ties, built without naming the sources of the other candidates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub value: String,
    pub confidence: f64,
    pub reason: String,
    pub tied_with: Vec<String>,
}

/// One candidate as the reason needs it: its sources as distinct ids of the table's
/// source names, named only when shown.
struct Tally {
    value: String,
    probability: f64,
    sources: Vec<u32>,
    origins: f64,
    mean_trust: f64,
    agrees: bool,
}

impl Tally {
    /// The sources' names in the order shown (by name).
    fn names(&self, table: &ClaimTable) -> Vec<String> {
        let mut names: Vec<String> = (self.sources.iter())
            .map(|&s| table.sources.name(s).to_string())
            .collect();
        names.sort();
        names
    }
}

impl Resolution {
    /// The explanation of one subject; `None` when it has no claims.
    pub fn explain(&self, table: &ClaimTable, subject: u32) -> Option<Explanation> {
        let (confidence, tallies) = self.tallies(table, subject)?;
        let candidates: Vec<Candidate> = (tallies.iter())
            .map(|t| Candidate {
                value: t.value.clone(),
                probability: t.probability,
                sources: t.names(table),
                origins: t.origins,
                mean_trust: t.mean_trust,
                agrees: t.agrees,
            })
            .collect();
        Some(Explanation {
            subject: table.subject_name(subject),
            value: candidates[0].value.clone(),
            confidence,
            reason: reason(&tallies, &candidates[0].sources),
            tied_with: tied_with(&tallies),
            candidates,
        })
    }

    /// [`Resolution::explain`] without the candidates: the same value, confidence, reason
    /// and ties, naming the best candidate's sources only.
    pub fn brief(&self, table: &ClaimTable, subject: u32) -> Option<Brief> {
        let (confidence, tallies) = self.tallies(table, subject)?;
        let names = tallies[0].names(table);
        Some(Brief {
            value: tallies[0].value.clone(),
            confidence,
            reason: reason(&tallies, &names),
            tied_with: tied_with(&tallies),
        })
    }

    /// A subject's best confidence and its candidates, the best first, then by
    /// probability (in candidate order when equal).
    fn tallies(&self, table: &ClaimTable, subject: u32) -> Option<(f64, Vec<Tally>)> {
        let best = self.best(subject)?;
        let s = subject as usize;
        let claims = &self.index.claims[self.index.claim_range(s)];
        let mut tallies: Vec<(u32, Tally)> = (self.index.candidate_range(s))
            .map(|k| {
                let value = self.index.candidates[k];
                let mut n = 0usize;
                let mut trust = 0.0;
                let mut sources = Vec::new();
                for c in claims.iter().filter(|c| c.value == value) {
                    n += 1;
                    trust += self.state.accuracy[c.source as usize];
                    sources.push(self.index.units[c.source as usize].0);
                }
                // Names are interned: one id per name, so distinct ids are distinct names.
                sources.sort_unstable();
                sources.dedup();
                let tally = Tally {
                    value: render_id(table, value),
                    probability: self.state.prob[k],
                    sources,
                    origins: self.state.origins[k],
                    mean_trust: trust / n.max(1) as f64,
                    agrees: {
                        let (v, b) = (table.value_of(value), table.value_of(best.value));
                        v.supports(b) || b.supports(v)
                    },
                };
                (value, tally)
            })
            .collect();
        tallies.sort_by(|a, b| {
            (a.0 != best.value)
                .cmp(&(b.0 != best.value))
                .then(b.1.probability.total_cmp(&a.1.probability))
        });
        let tallies = tallies.into_iter().map(|(_, t)| t).collect();
        Some((best.confidence, tallies))
    }

    /// Every source's trust and record, most trusted first.
    pub fn sources(&self, table: &ClaimTable) -> Vec<SourceRecord> {
        let trust = self.trust();
        let mut records: Vec<SourceRecord> = (0..table.sources.len())
            .map(|s| SourceRecord {
                source: table.sources.name(s as u32).to_string(),
                trust: trust.get(s).copied().unwrap_or(self.config.prior_accuracy),
                claims: 0,
                contested: 0,
                won: 0,
                lost: 0,
                copies_with: Vec::new(),
            })
            .collect();
        for s in 0..self.index.subjects() {
            let range = self.index.claim_range(s);
            let claims = &self.index.claims[range];
            let best = self.best(s as u32).map(|b| table.value_of(b.value));
            let contested = claims.iter().any(|c| c.source != claims[0].source);
            for c in claims {
                let r = &mut records[self.index.units[c.source as usize].0 as usize];
                r.claims += 1;
                if contested {
                    r.contested += 1;
                    let won = best.is_some_and(|b| table.value_of(c.value).supports(b));
                    if won { r.won += 1 } else { r.lost += 1 }
                }
            }
        }
        for (a, b, d) in self.copying_pairs() {
            let (na, nb) = (table.sources.name(a), table.sources.name(b));
            records[a as usize].copies_with.push((nb.to_string(), d));
            records[b as usize].copies_with.push((na.to_string(), d));
        }
        records.sort_by(|x, y| y.trust.total_cmp(&x.trust).then(x.source.cmp(&y.source)));
        records
    }
}

/// "a, b (2 sources, mean trust 91%) give 910 km, confidence 97%; it outweighs 1,400 km
/// (1 source, mean trust 40%)." Support from coarser values and copying show as the
/// independent origins behind a value when they differ from its sources.
fn reason(candidates: &[Tally], best_names: &[String]) -> String {
    let describe = |c: &Tally| {
        let n = c.sources.len();
        let plural = if n == 1 { "source" } else { "sources" };
        if (c.origins - n as f64).abs() < 0.05 {
            format!("{n} {plural}, mean trust {}", share(c.mean_trust))
        } else {
            format!(
                "{n} {plural}, {:.1} independent origins in support, mean trust {}",
                c.origins,
                share(c.mean_trust)
            )
        }
    };
    let best = &candidates[0];
    let names = match best_names.len() {
        n if n > 3 => format!("{} and {} more", best_names[..3].join(", "), n - 3),
        _ => best_names.join(", "),
    };
    let mut text = format!(
        "{names} ({}) {} {}, confidence {}",
        describe(best),
        if best.sources.len() == 1 {
            "gives"
        } else {
            "give"
        },
        best.value,
        share(best.probability)
    );
    let list = |agreeing: bool| -> Vec<String> {
        candidates[1..]
            .iter()
            .filter(|c| c.agrees == agreeing)
            .map(|c| format!("{} ({})", c.value, describe(c)))
            .collect()
    };
    let (agreeing, rivals) = (list(true), list(false));
    if !agreeing.is_empty() {
        text.push_str(&format!("; consistent with {}", agreeing.join(" and ")));
    }
    let top_rival = candidates[1..].iter().find(|c| !c.agrees);
    match top_rival {
        None if agreeing.is_empty() => text.push_str("; no other value is claimed."),
        None => text.push('.'),
        Some(r) if best.probability - r.probability < TIE => text.push_str(&format!(
            "; no better supported than {}: a tie, shown in the order claimed — an editor should decide.",
            rivals.join(" and ")
        )),
        Some(_) => text.push_str(&format!("; it outweighs {}.", rivals.join(" and "))),
    }
    text
}

/// The rivals (not consistent with the best) within [`TIE`] of it, in candidate order.
fn tied_with(candidates: &[Tally]) -> Vec<String> {
    (candidates[1..].iter())
        .filter(|c| !c.agrees && candidates[0].probability - c.probability < TIE)
        .map(|c| c.value.clone())
        .collect()
}

/// Candidates whose probabilities differ by less than this are tied.
const TIE: f64 = 0.01;
