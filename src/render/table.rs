//! The terminal table (`crosscheck report`): conflicts first, each cluster of agreeing
//! claims on its own row with its citations; flagged conflicts dimmed with their status and
//! reason. Fitted to a width; coloured only when asked.

use super::{Summary, citation};
use crate::findings::{Findings, SubjectFinding, Verdict};
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Include agreements, single-source and uncompared subjects, not only conflicts.
    pub all: bool,
    pub color: bool,
    /// Total width in columns; `None` lets the table take what it needs.
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
    let mut out = String::new();
    if subjects.is_empty() {
        out.push_str(if opts.all {
            "No subjects.\n"
        } else {
            "No conflicts.\n"
        });
    } else {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(w) = opts.width {
            table.set_width(w);
        }
        if opts.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table.set_header(vec![
            "Subject",
            "Verdict",
            "Values",
            "Claims (source, date · claimant)",
        ]);
        for s in subjects {
            add_subject(&mut table, s, opts.color);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out.push_str(&Summary::of(findings).line());
    out.push('\n');
    if !opts.all {
        out.push_str("Run with --all to list agreements and single-source subjects too.\n");
    }
    out
}

fn add_subject(table: &mut Table, s: &SubjectFinding, color: bool) {
    let mut first_row = true;
    for g in &s.groups {
        let flagged = g.conflict.as_ref().and_then(|c| c.flag.as_ref());
        let verdict_text = match (&g.conflict, flagged) {
            (Some(_), Some(f)) => format!(
                "conflict, flagged {}: {}{}",
                f.status.as_str(),
                shorten(&f.reason, REASON_CHARS),
                f.carried
                    .as_ref()
                    .map(|c| format!(
                        "\n({}; `crosscheck flag --carry {} ID` records it)",
                        c.describe(),
                        c.from
                    ))
                    .unwrap_or_default()
            ),
            (Some(_), None) => "CONFLICT, unflagged".to_string(),
            (None, _) => g.verdict.as_str().to_string(),
        };
        // A subject compared in several periods: say so above the first period's verdict.
        let verdict_text = match (&s.preferred, first_row) {
            (Some(p), true) => format!("current value (preferred): {}\n{verdict_text}", p.value),
            _ => verdict_text,
        };
        let verdict_text = if first_row && s.groups.len() > 1 {
            format!(
                "{} ({} periods)\n{verdict_text}",
                s.verdict.as_str(),
                s.groups.len()
            )
        } else {
            verdict_text
        };
        for (i, cluster) in g.clusters.iter().enumerate() {
            let subject_cell = if first_row {
                let id = g
                    .conflict
                    .as_ref()
                    .map_or(s.key.as_str(), |c| c.id.as_str());
                let mut t = format!("{}\n{id}", s.label);
                if let Some(p) = &g.period {
                    t.push_str(&format!("\n{p}"));
                }
                t
            } else if i == 0 {
                g.period
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            } else {
                String::new()
            };
            first_row = false;
            let values = format!("{}\n{}", cluster.value, cluster.support.describe());
            let claims: Vec<String> = cluster
                .claims
                .iter()
                .map(citation)
                .chain(
                    cluster
                        .compatible
                        .iter()
                        .map(|c| format!("compatible: {}", citation(c))),
                )
                .collect();
            let mut cells = vec![
                Cell::new(subject_cell),
                Cell::new(if i == 0 {
                    verdict_text.clone()
                } else {
                    String::new()
                }),
                Cell::new(values),
                Cell::new(claims.join("\n")),
            ];
            if color {
                let tint = match (g.verdict, flagged.is_some()) {
                    (Verdict::Conflict, false) => Some(Color::Red),
                    (Verdict::Agreement, _) => Some(Color::Green),
                    _ => None,
                };
                cells = cells
                    .into_iter()
                    .enumerate()
                    .map(|(k, cell)| {
                        let cell = if flagged.is_some() {
                            cell.add_attribute(Attribute::Dim)
                        } else {
                            cell
                        };
                        match (k, tint) {
                            (1, Some(t)) => cell.fg(t),
                            _ => cell,
                        }
                    })
                    .collect();
            }
            table.add_row(cells);
        }
    }
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
