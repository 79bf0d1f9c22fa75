//! The terminal report (`crosscheck report`): one compact block per subject, conflicts
//! first. A block opens with "label — status — id" (the conflict id, or the subject key),
//! then the flag's reason, the period, one line per cluster (its letter, value and
//! support), each claim under it (its value as written, source, date, claimant, id) with
//! the source's quotation indented below in quote marks, and the best-supported value.
//! Lines are filled to the width and broken only between words: an id, a value or a
//! date is never cut (`wrap`), so a conflict id copies whole into `crosscheck flag`.
//! Values are never in quote marks; quotations always are. Coloured only when asked.

use super::wrap::Line;
use super::{Summary, numberline::letter};
use crate::findings::{ClaimView, Findings, Group, SubjectFinding, Verdict};

#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Include agreements, single-source and uncompared subjects, not only conflicts.
    pub all: bool,
    pub color: bool,
    /// Total width in columns; `None`: lines are not wrapped.
    pub width: Option<u16>,
}

/// Report order: unflagged conflicts, flagged conflicts, then the rest by verdict; by key
/// within each.
pub fn ordered(findings: &Findings, all: bool) -> Vec<&SubjectFinding> {
    let mut subjects: Vec<&SubjectFinding> = findings
        .subjects
        .iter()
        .filter(|s| all || s.verdict == Verdict::Conflict)
        .collect();
    subjects.sort_by_key(|s| (s.verdict, !s.has_unflagged_conflict(), s.key.clone()));
    subjects
}

pub fn render(findings: &Findings, opts: TableOptions) -> String {
    let subjects = ordered(findings, opts.all);
    let width = opts.width.map(usize::from);
    let mut out = String::new();
    if subjects.is_empty() {
        out.push_str(if opts.all {
            "No subjects.\n"
        } else {
            "No conflicts.\n"
        });
    }
    for s in subjects {
        let flagged = s.verdict == Verdict::Conflict && !s.has_unflagged_conflict();
        for (text, style) in block(s, width) {
            let style = if flagged { Style::Dim } else { style };
            out.push_str(&paint(&text, style, opts.color));
            out.push('\n');
        }
        out.push('\n');
    }
    for line in Line::new()
        .text(&Summary::of(findings).line())
        .wrap(width, 0, 2)
    {
        out.push_str(&line);
        out.push('\n');
    }
    if !opts.all {
        out.push_str("Run with --all to list agreements and single-source subjects too.\n");
    }
    out
}

/// How a line is drawn when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    /// A subject's heading, with its verdict and whether a conflict of it is unflagged:
    /// bold, red for an unflagged conflict, green for an agreement.
    Heading(Verdict, bool),
    /// A source's words.
    Quotation,
    /// A conflict an editor has flagged: the whole block.
    Dim,
}

/// `text` in its style's colour, when colour is on.
fn paint(text: &str, style: Style, color: bool) -> String {
    let code = match style {
        Style::Plain => None,
        Style::Heading(Verdict::Conflict, true) => Some("1;31"),
        Style::Heading(Verdict::Agreement, _) => Some("1;32"),
        Style::Heading(..) => Some("1"),
        Style::Quotation => Some("3"),
        Style::Dim => Some("2"),
    };
    match code {
        Some(code) if color => format!("\x1b[{code}m{text}\x1b[0m"),
        _ => text.to_string(),
    }
}

/// One subject's lines, as they are drawn.
struct Block {
    width: Option<usize>,
    lines: Vec<(String, Style)>,
}

impl Block {
    /// Adds `line` wrapped, its first line indented `first`, the others `rest`.
    fn push(&mut self, line: Line, first: usize, rest: usize, style: Style) {
        let wrapped = line.wrap(self.width, first, rest);
        self.lines.extend(wrapped.into_iter().map(|l| (l, style)));
    }
}

/// One subject's lines: its heading, each group's clusters, its best-supported values.
fn block(s: &SubjectFinding, width: Option<usize>) -> Vec<(String, Style)> {
    let mut b = Block {
        width,
        lines: Vec::new(),
    };
    heading(&mut b, s);
    let mut k = 0;
    for g in &s.groups {
        if s.groups.len() > 1 {
            let period = g.period.as_ref().map(ToString::to_string);
            let mut line = Line::new()
                .atom(&period.unwrap_or_default())
                .glue(" —")
                .atom(&status(g));
            if let Some(c) = &g.conflict {
                line = line.glue(" —").atom(&c.id);
            }
            b.push(line, 2, 4, Style::Plain);
            for line in flag_lines(g) {
                b.push(line, 4, 6, Style::Plain);
            }
        }
        for cluster in &g.clusters {
            let line = Line::new()
                .atom(&format!("{} ", letter(k)))
                .atom(&cluster.value)
                .glue(" ·")
                .text(&cluster.support.describe());
            b.push(line, 2, 6, Style::Plain);
            k += 1;
            let claims = cluster.claims.iter().map(|c| (c, false));
            for (c, compatible) in claims.chain(cluster.compatible.iter().map(|c| (c, true))) {
                b.push(claim_line(c, compatible), 5, 7, Style::Plain);
                if c.derived().is_none() {
                    let quotation = Line::new().text(&format!("“{}”", c.quote));
                    b.push(quotation, 8, 9, Style::Quotation);
                }
            }
        }
    }
    for r in &s.resolved {
        let mut line = Line::new().text("best supported");
        if let Some(from) = &r.from {
            line = line.text("from").atom(from);
        }
        let line = line.glue(":");
        let line = match r.tied_with.as_slice() {
            [] => line.atom(&r.describe()),
            rivals => {
                let line = rivals
                    .iter()
                    .fold(line.text("a tie:").atom(&r.value), |l, v| {
                        l.text("or").atom(v)
                    });
                let confidence = format!("(confidence {:.0}%)", 100.0 * r.confidence);
                line.text(&confidence).text("— an editor should decide")
            }
        };
        b.push(line, 2, 4, Style::Plain);
    }
    b.lines
}

/// "label — status — id" (for one group: its status and conflict id, then the flag's
/// reason and the period; for several: the subject's verdict and key), and the
/// preferred value.
fn heading(b: &mut Block, s: &SubjectFinding) {
    let style = Style::Heading(s.verdict, s.has_unflagged_conflict());
    let title = Line::new().text(&s.label).glue(" —");
    match s.groups.as_slice() {
        [g] => {
            let id = g
                .conflict
                .as_ref()
                .map_or(s.key.as_str(), |c| c.id.as_str());
            b.push(title.atom(&status(g)).glue(" —").atom(id), 0, 2, style);
            for line in flag_lines(g) {
                b.push(line, 2, 4, Style::Plain);
            }
            if let Some(p) = &g.period {
                b.push(Line::new().atom(&p.to_string()), 2, 2, Style::Plain);
            }
        }
        groups => {
            let verdict = format!("{} ({} periods)", s.verdict.as_str(), groups.len());
            b.push(title.atom(&verdict).glue(" —").atom(&s.key), 0, 2, style);
        }
    }
    if let Some(p) = &s.preferred {
        let line = Line::new()
            .text("current value (preferred):")
            .atom(&p.value);
        b.push(line, 2, 4, Style::Plain);
    }
}

/// A group's status: "CONFLICT, unflagged", "conflict, flagged explained", "agreement".
fn status(g: &Group) -> String {
    match &g.conflict {
        Some(c) => match &c.flag {
            Some(f) => format!("conflict, flagged {}", f.status.as_str()),
            None => "CONFLICT, unflagged".to_string(),
        },
        None => g.verdict.as_str().to_string(),
    }
}

/// The flag's reason (shortened: `show` and `export` give it whole) and, for a decision
/// carried from an earlier id, what joined since and how to record it.
fn flag_lines(g: &Group) -> Vec<Line> {
    let Some(f) = g.conflict.as_ref().and_then(|c| c.flag.as_ref()) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::new()
            .text("reason:")
            .text(&shorten(&f.reason, REASON_CHARS)),
    ];
    if let Some(c) = &f.carried {
        lines.push(
            Line::new()
                .text(&c.describe())
                .glue(";")
                .text("`crosscheck flag --carry")
                .atom(&c.from)
                .atom("ID`")
                .text("records it"),
        );
    }
    lines
}

/// One claim: its value as written (never in quote marks), source and date, claimant,
/// date spoken of and id; a derived claim says how it was derived.
fn claim_line(c: &ClaimView, compatible: bool) -> Line {
    let mut line = Line::new();
    if compatible {
        line = line.text("compatible:");
    }
    if let Some(d) = c.derived() {
        return line
            .text(&format!("derived ({}):", d.rule))
            .text(&c.quote)
            .atom(&format!("[{}]", c.id));
    }
    line = line
        .atom(&c.value)
        .glue(" —")
        .text(c.publisher())
        .glue(",")
        .atom(c.published());
    if let Some(who) = &c.claimant {
        line = line.glue(" ·").text(who);
    }
    if let Some(d) = &c.as_of {
        line = line.text("(as of").atom(&d.to_string()).glue(")");
    }
    line.atom(&format!("[{}]", c.id))
}

/// How much of a flag's reason the table shows; `show` and `export` give it whole.
const REASON_CHARS: usize = 72;

/// `text` cut at a word boundary to at most `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod shorten_tests {
    use super::shorten;

    #[test]
    fn cuts_at_a_word_boundary() {
        assert_eq!(shorten("short reason", 72), "short reason");
        assert_eq!(shorten("one two three four", 10), "one two…");
    }
}
