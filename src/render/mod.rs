//! Renderers: each turns the one `Findings` value (or a list of diagnostics) into text.
//! They return strings and never print; the binary chooses one with `--format`.
//!
//! The gate's renderers (`check`, `json`, `github`, `sarif`, `markdown`) read a [`Gate`]:
//! the findings plus what `check` was asked to fail on (`--since`, `--deny-stale`), so every
//! format agrees on which conflicts fail.

pub mod check;
pub mod diagnostics;
pub mod export;
mod export_yaml;
pub mod github;
pub mod interval;
pub mod json;
pub mod markdown;
pub mod numberline;
pub mod resolve;
pub mod sarif;
pub mod show;
pub mod table;
pub mod wrap;

use crate::findings::{ClaimView, Conflict, Findings, Group, SubjectFinding, Verdict};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The conflicts that existed at an earlier revision (`check --since REV`): unflagged ones
/// among them are reported but do not fail the gate.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    /// The revision as the user named it.
    pub rev: String,
    /// Every conflict id at that revision, flagged or not.
    pub conflicts: BTreeSet<String>,
    /// Every claim at that revision, by id, as [`claim_fingerprint`] writes it: a claim
    /// absent or different there was added or changed since.
    pub claims: ClaimPrints,
}

/// What a claim says, for telling a changed claim from an unchanged one across revisions.
pub fn claim_fingerprint(subject: &str, c: &ClaimView) -> String {
    format!(
        "{subject}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        c.source(),
        c.value,
        c.quote,
        c.as_of.map(|d| d.to_string()).unwrap_or_default(),
        c.claimant.as_deref().unwrap_or("")
    )
}

/// Every claim of `findings` with its subject key (compared or set aside).
pub fn all_claims(findings: &Findings) -> impl Iterator<Item = (&str, &ClaimView)> {
    findings.subjects.iter().flat_map(|s| {
        s.groups
            .iter()
            .flat_map(|g| g.claims())
            .chain(&s.set_aside)
            .map(move |c| (s.key.as_str(), c))
    })
}

/// What the CI gate decides, shared by every format of `check`.
#[derive(Debug, Clone, Copy)]
pub struct Gate<'a> {
    pub findings: &'a Findings,
    pub baseline: Option<&'a Baseline>,
    /// Stale flags fail the gate (`--deny-stale`) instead of being warnings.
    pub deny_stale: bool,
    /// Without a baseline: the claims as committed at HEAD, when the facts are in a git
    /// work tree. Claims of the working tree that differ from them (staged, unstaged or
    /// untracked) are the changed ones conflicts are annotated on; nothing else changes.
    pub head: Option<&'a ClaimPrints>,
}

/// Claims by id, as [`claim_fingerprint`] writes them.
pub type ClaimPrints = std::collections::BTreeMap<String, String>;

/// A conflict with its subject and group, as the gate sees it.
pub type ConflictRef<'a> = (&'a SubjectFinding, &'a Group, &'a Conflict);

impl<'a> Gate<'a> {
    pub fn new(findings: &'a Findings) -> Gate<'a> {
        Gate {
            findings,
            baseline: None,
            deny_stale: false,
            head: None,
        }
    }

    /// Whether a claim was added or changed since the baseline, else since HEAD (always,
    /// without either).
    pub fn is_changed(&self, subject: &str, c: &ClaimView) -> bool {
        self.baseline
            .map(|b| &b.claims)
            .or(self.head)
            .is_none_or(|prints| prints.get(&*c.id) != Some(&claim_fingerprint(subject, c)))
    }

    /// The claim a conflict is annotated on: its newest claim (latest publication, then
    /// id) among those added or changed ([`Gate::is_changed`]), else among all; derived
    /// claims only when there is nothing else.
    pub fn newest<'g>(&self, s: &SubjectFinding, g: &'g Group) -> Option<&'g ClaimView> {
        let claims = g.claims();
        let pick = |only_changed: bool, derived: bool| {
            claims
                .iter()
                .copied()
                .filter(|c| c.derived().is_some() == derived)
                .filter(|c| !only_changed || self.is_changed(&s.key, c))
                .max_by(|a, b| (a.published(), &a.id).cmp(&(b.published(), &b.id)))
        };
        pick(true, false)
            .or_else(|| pick(false, false))
            .or_else(|| pick(false, true))
    }

    /// Whether the conflict was absent at the baseline revision (always, without one).
    pub fn is_new(&self, id: &str) -> bool {
        self.baseline.is_none_or(|b| !b.conflicts.contains(id))
    }

    /// Unflagged conflicts that fail the gate.
    pub fn failing(&self) -> impl Iterator<Item = ConflictRef<'a>> + '_ {
        self.findings
            .unflagged()
            .filter(move |(_, _, c)| self.is_new(&c.id))
    }

    /// Unflagged conflicts already present at the baseline revision: shown, not failing.
    pub fn known(&self) -> impl Iterator<Item = ConflictRef<'a>> + '_ {
        self.findings
            .unflagged()
            .filter(move |(_, _, c)| !self.is_new(&c.id))
    }

    /// What fails the gate, in words ("2 new unflagged conflicts since main", "1 stale
    /// flag"); empty when it passes. `since` is the baseline as the caller shows it.
    pub fn failure_parts(&self, since: &str, stale_note: &str) -> Vec<String> {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let failing = self.failing().count();
        let stale = self.findings.stale_flags.len();
        let mut parts = Vec::new();
        if failing > 0 {
            let new = if self.baseline.is_some() { "new " } else { "" };
            parts.push(format!(
                "{failing} {new}unflagged conflict{}{since}",
                plural(failing)
            ));
        }
        if self.deny_stale && stale > 0 {
            parts.push(format!("{stale} stale flag{}{stale_note}", plural(stale)));
        }
        parts
    }

    /// Whether `check` exits 2.
    pub fn fails(&self) -> bool {
        self.failing().next().is_some()
            || (self.deny_stale && !self.findings.stale_flags.is_empty())
    }
}

/// The values of a conflict's clusters: "910 km vs 1,344 km".
pub fn values(g: &Group) -> String {
    g.clusters
        .iter()
        .map(|k| k.value.as_str())
        .collect::<Vec<_>>()
        .join(" vs ")
}

/// The advice every format gives for an unflagged conflict.
pub fn flag_help(id: &str) -> String {
    format!(
        "if the conflict is understood, record the decision: `crosscheck flag {id} --reason \"...\"` (or paste its entry from `crosscheck export` into facts/flags.yaml)"
    )
}

/// The advice for a stale flag.
pub fn stale_help(f: &crate::findings::StaleFlag) -> String {
    if f.now.is_empty() {
        "the conflict is gone; remove the flag (`crosscheck prune`)".to_string()
    } else {
        format!(
            "the subject's claims changed beyond what carries a decision over, so its conflict id is now {}; review it, then `crosscheck flag --carry {} {}`",
            f.now.join(", "),
            f.conflict,
            f.now[0]
        )
    }
}

/// Counts shown under the table and at the top of the export.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq, Eq)]
pub struct Summary {
    pub subjects: usize,
    pub conflicts: usize,
    pub unflagged: usize,
    pub agreements: usize,
    pub single_source: usize,
    pub uncompared: usize,
    pub stale_flags: usize,
}

impl Summary {
    pub fn of(f: &Findings) -> Summary {
        let count = |v: Verdict| f.subjects.iter().filter(|s| s.verdict == v).count();
        Summary {
            subjects: f.subjects.len(),
            conflicts: f.conflicts().count(),
            unflagged: f.unflagged().count(),
            agreements: count(Verdict::Agreement),
            single_source: count(Verdict::SingleSource),
            uncompared: count(Verdict::Uncompared),
            stale_flags: f.stale_flags.len(),
        }
    }

    pub fn line(&self) -> String {
        format!(
            "{} subjects: {} conflicts ({} unflagged), {} agreements, {} single-source, {} not comparable in time; {} stale flags",
            self.subjects,
            self.conflicts,
            self.unflagged,
            self.agreements,
            self.single_source,
            self.uncompared,
            self.stale_flags
        )
    }
}

/// One claim's citation on one line: `910 km — RT, 2021-07 · Taliban [claim-id]`. The
/// value is never in quote marks: quote marks are for the source's words.
pub fn citation(c: &crate::findings::ClaimView) -> String {
    let mut s = String::new();
    write_citation(&mut s, c);
    s
}

/// [`citation`] written at the end of `out`, piece by piece (no line made on its own).
pub fn write_citation(out: &mut String, c: &crate::findings::ClaimView) {
    if let Some(d) = c.derived() {
        // No source's statement: say how it was derived and from what.
        let _ = write!(out, "derived ({}): {} [{}]", d.rule, c.quote, c.id);
        return;
    }
    for part in [&*c.value, " — ", c.publisher(), ", ", c.published()] {
        out.push_str(part);
    }
    if let Some(who) = &c.claimant {
        out.push_str(" · ");
        out.push_str(who);
    }
    if let Some(d) = &c.as_of {
        out.push_str(" (as of ");
        out.push_str(&d.to_string());
        out.push(')');
    }
    for part in [" [", &c.id, "]"] {
        out.push_str(part);
    }
}

/// Chunks rendered on every core, as one text, each freed once copied: the resident peak
/// stays near one copy.
pub(crate) fn join(chunks: Vec<String>) -> String {
    let mut out = String::with_capacity(chunks.iter().map(String::len).sum());
    for c in chunks {
        out.push_str(&c);
    }
    out
}

/// Each window of `windows` made into parts by `make` (which may use every core) and
/// handed to `write` in order, on a thread of its own: the writing of one window
/// (escaping, the system's copying, a disk that makes it wait) goes on while the next is
/// made, and never holds one of the pool's threads. Two windows' text are held at once.
/// Stops at the first error, a window's write before the next one's making.
pub(crate) fn pipelined<W, E: Send>(
    windows: impl Iterator<Item = W>,
    make: impl Fn(W) -> Result<Vec<String>, E>,
    mut write: impl FnMut(Vec<String>) -> Result<(), E> + Send,
) -> Result<(), E> {
    // No room in the channel: a made window waits for the writer to take it.
    let (to_writer, made_windows) = std::sync::mpsc::sync_channel::<Vec<String>>(0);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || made_windows.into_iter().try_for_each(&mut write));
        let mut made = Ok(());
        for w in windows {
            match make(w) {
                Ok(parts) => {
                    // A writer that stopped (on an error) takes no more.
                    if to_writer.send(parts).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    made = Err(e);
                    break;
                }
            }
        }
        drop(to_writer);
        let written = (writer.join()).unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written.and(made)
    })
}

#[cfg(test)]
mod tests {
    use super::pipelined;

    #[test]
    fn pipelined_writes_in_order_and_stops_at_the_first_error() {
        let part = |i: usize| Ok(vec![i.to_string()]);
        let mut got = Vec::new();
        let all = pipelined(0..40, part, |p| {
            got.extend(p);
            Ok::<_, usize>(())
        });
        assert_eq!((all, got.len()), (Ok(()), 40));
        assert!(got.iter().enumerate().all(|(i, p)| *p == i.to_string()));
        // A failed write stops the writing; the window made beside it is dropped.
        let mut got = Vec::new();
        let failed = pipelined(0..40, part, |p| {
            got.extend(p);
            if got.len() == 5 { Err(100) } else { Ok(()) }
        });
        assert_eq!(
            (failed, got),
            (
                Err(100),
                ["0", "1", "2", "3", "4"].map(String::from).to_vec()
            )
        );
        // A window that cannot be made: the ones before it are written, none after.
        let mut got = Vec::new();
        let failed = pipelined(
            0..40,
            |i| if i == 3 { Err(i) } else { part(i) },
            |p| {
                got.extend(p);
                Ok(())
            },
        );
        assert_eq!(
            (failed, got),
            (Err(3), ["0", "1", "2"].map(String::from).to_vec())
        );
    }
}
