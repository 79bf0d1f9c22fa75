//! GitHub Actions workflow commands (`--format github`), readable in a pull request: a
//! one-line summary first; then one `::error` per failing conflict, on its newest claim
//! (among those added or changed since `--since` or, without it, in the working tree
//! against HEAD; else among all: `Gate::newest`) with the other claims
//! named in the message; `::warning` for stale flags (`::error` under `--deny-stale`);
//! one `::notice` per conflict that does not fail (present at the `--since` revision, or,
//! in `report`, flagged). GitHub shows at most 10 annotations of each level per step, so
//! no level gets more: what is left is counted in a final notice pointing to the job
//! summary (`--format markdown`), which, like SARIF, keeps every detail. Owns the
//! workflow-command escaping.

use super::{Gate, Summary, citation, flag_help, stale_help, values};
use crate::diagnostic::{Diagnostic, Location};
use crate::findings::{Conflict, Group, SubjectFinding};

/// GitHub's per-step limit of annotations of one level.
pub const PER_STEP: usize = 10;

/// Annotations written so far, per level, and those left out.
#[derive(Default)]
struct Budget {
    out: String,
    used: [usize; 3],
    left_out: usize,
}

impl Budget {
    fn push(&mut self, level: &str, at: &Location, title: &str, message: &str) {
        let i = match level {
            "error" => 0,
            "warning" => 1,
            _ => 2,
        };
        // Notices keep one place for the final "N more" notice.
        let cap = if i == 2 { PER_STEP - 1 } else { PER_STEP };
        if self.used[i] < cap {
            self.used[i] += 1;
            self.out.push_str(&command(level, at, title, message));
        } else {
            self.left_out += 1;
        }
    }
}

/// `include_flagged`: also annotate flagged conflicts (as notices), for `report`.
pub fn render(gate: &Gate, include_flagged: bool) -> String {
    let mut b = Budget::default();
    let mut first = headline(gate);
    first.push('\n');
    for (s, g, c) in gate.findings.conflicts() {
        let (level, why) = match &c.flag {
            Some(f) if include_flagged => (
                "notice",
                format!("flagged {}: {}", f.status.as_str(), f.reason),
            ),
            Some(_) => continue,
            None if gate.is_new(&c.id) => ("error", flag_help(&c.id)),
            None => (
                "notice",
                format!(
                    "already present at {}; it does not fail the gate",
                    gate.baseline.map_or("", |b| b.rev.as_str())
                ),
            ),
        };
        conflict(&mut b, gate, level, s, g, c, &why);
    }
    let level = if gate.deny_stale { "error" } else { "warning" };
    for f in &gate.findings.stale_flags {
        b.push(
            level,
            &f.location,
            &format!("stale-flag: {}", f.conflict),
            &format!(
                "flag {} matches no current conflict\n{}",
                f.conflict,
                stale_help(f)
            ),
        );
    }
    if b.left_out > 0 {
        b.out.push_str(&format!(
            "::notice title=crosscheck::{} more in the job summary (GitHub shows {PER_STEP} annotations of each kind per step; `crosscheck check --format markdown` lists every one)\n",
            b.left_out
        ));
    }
    first + &b.out
}

/// The first line: what fails, or that nothing does, then the counts.
fn headline(gate: &Gate) -> String {
    let since = gate
        .baseline
        .map(|b| format!(" since {}", b.rev))
        .unwrap_or_default();
    let parts = gate.failure_parts(&since, "");
    let summary = Summary::of(gate.findings).line();
    if parts.is_empty() {
        format!("crosscheck: pass. {summary}")
    } else {
        format!("crosscheck: FAIL: {}. {summary}", parts.join("; "))
    }
}

fn conflict(
    b: &mut Budget,
    gate: &Gate,
    level: &str,
    s: &SubjectFinding,
    g: &Group,
    c: &Conflict,
    why: &str,
) {
    let Some(at) = gate.newest(s, g) else {
        return;
    };
    let title = format!("{}: {}", code(c), s.label);
    let period = g
        .period
        .as_ref()
        .map(|p| format!(" ({p})"))
        .unwrap_or_default();
    let others: Vec<String> = g
        .claims()
        .into_iter()
        .filter(|o| o.id != at.id)
        .map(|o| format!("- {}", citation(o)))
        .collect();
    let message = format!(
        "{} ({}){period}: {}\nthis claim: {}\nquote: “{}”\nagainst:\n{}\n{why}",
        s.label,
        c.id,
        values(g),
        citation(at),
        at.quote,
        others.join("\n")
    );
    b.push(level, &at.location, &title, &message);
}

fn code(c: &Conflict) -> &'static str {
    if c.flag.is_some() {
        "flagged-conflict"
    } else {
        "unflagged-conflict"
    }
}

/// Invalid facts as annotations: one `::error` or `::warning` per diagnostic at its place,
/// titled by its code, the hint after the message; a summary line ends the output.
pub fn diagnostics(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let message = match &d.hint {
            Some(h) => format!("{}\nhelp: {h}", d.message),
            None => d.message.clone(),
        };
        out.push_str(&command(
            d.severity.as_str(),
            &d.location,
            d.code.as_str(),
            &message,
        ));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    out.push_str(&format!(
        "the facts are invalid ({errors} error{}): nothing was compared\n",
        if errors == 1 { "" } else { "s" }
    ));
    out
}

/// One workflow command line: `::error file=F,line=L,col=C,title=T::MESSAGE`.
pub fn command(level: &str, at: &Location, title: &str, message: &str) -> String {
    let mut props = vec![format!("file={}", property(&clean_path(&at.file)))];
    if at.line > 0 {
        props.push(format!("line={}", at.line));
        if at.column > 0 {
            props.push(format!("col={}", at.column));
        }
    }
    props.push(format!("title={}", property(title)));
    format!("::{level} {}::{}\n", props.join(","), data(message))
}

fn clean_path(p: &str) -> String {
    p.strip_prefix("./").unwrap_or(p).to_string()
}

/// Escaping for a command's message, as the Actions runner expects.
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a command's property values (file, title).
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(data("50% of\nit"), "50%25 of%0Ait");
        assert_eq!(property("a: b, c"), "a%3A b%2C c");
        let line = command(
            "error",
            &Location::new("./facts/claims/s1.yaml", 3, 9),
            "t: x",
            "m",
        );
        assert_eq!(
            line,
            "::error file=facts/claims/s1.yaml,line=3,col=9,title=t%3A x::m\n"
        );
        let whole_file = command("warning", &Location::file("facts/flags.yaml"), "t", "m");
        assert_eq!(whole_file, "::warning file=facts/flags.yaml,title=t::m\n");
    }
}
