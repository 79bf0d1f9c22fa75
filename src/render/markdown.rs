//! Markdown (`--format markdown`) for a job summary (`$GITHUB_STEP_SUMMARY`) or a
//! pull-request comment: a heading with the gate's outcome, a table of conflicts (subject,
//! conflict id, values, claims, status) and a table of stale flags. Owns the escaping of
//! table cells. `check` lists the unflagged conflicts; `report` every conflict, and with
//! `--all` every subject.

use super::{Gate, Summary, citation, table::ordered, values};
use crate::findings::{Findings, SubjectFinding};

/// The gate: unflagged conflicts (failing first), then stale flags.
pub fn check(gate: &Gate) -> String {
    let since = gate
        .baseline
        .map(|b| format!(" since `{}`", cell(&b.rev)))
        .unwrap_or_default();
    let mut out = String::new();
    let parts = gate.failure_parts(&since, "");
    if parts.is_empty() {
        out.push_str(&format!(
            "## crosscheck: ✅ no {}unflagged conflict{since}\n\n",
            if gate.baseline.is_some() { "new " } else { "" }
        ));
    } else {
        out.push_str(&format!("## crosscheck: ❌ {}\n\n", parts.join(", ")));
    }
    let rows: Vec<[String; 5]> = gate
        .failing()
        .map(|(s, g, c)| {
            row(
                s,
                &c.id,
                &values(g),
                g.claims().into_iter(),
                "**unflagged**".into(),
            )
        })
        .chain(gate.known().map(|(s, g, c)| {
            let rev = gate.baseline.map_or("", |b| b.rev.as_str());
            row(
                s,
                &c.id,
                &values(g),
                g.claims().into_iter(),
                format!("unflagged, present at `{}`", cell(rev)),
            )
        }))
        .collect();
    if !rows.is_empty() {
        table(
            &mut out,
            &["Subject", "Conflict", "Values", "Claims", "Status"],
            &rows,
        );
    }
    stale(&mut out, gate);
    out.push_str(&Summary::of(gate.findings).line());
    out.push('\n');
    out
}

/// The report: every conflict with its status; with `all`, every subject.
pub fn report(findings: &Findings, all: bool) -> String {
    let mut out = String::from("## crosscheck report\n\n");
    let mut rows = Vec::new();
    for s in ordered(findings, all) {
        for g in &s.groups {
            let claims = g.claims().into_iter();
            let status = match &g.conflict {
                Some(c) => match &c.flag {
                    Some(f) => format!("flagged {}: {}", f.status.as_str(), cell(&f.reason)),
                    None => "**unflagged conflict**".into(),
                },
                None => g.verdict.as_str().to_string(),
            };
            let id = g.conflict.as_ref().map_or("", |c| c.id.as_str());
            let mut v = values(g);
            if let Some(p) = &g.period {
                v.push_str(&format!(" ({p})"));
            }
            rows.push(row(s, id, &v, claims, status));
        }
    }
    if rows.is_empty() {
        out.push_str(if all {
            "No subjects.\n\n"
        } else {
            "No conflicts.\n\n"
        });
    } else {
        table(
            &mut out,
            &["Subject", "Conflict", "Values", "Claims", "Status"],
            &rows,
        );
    }
    stale(&mut out, &Gate::new(findings));
    out.push_str(&Summary::of(findings).line());
    out.push('\n');
    out
}

fn row<'a>(
    s: &SubjectFinding,
    id: &str,
    values: &str,
    claims: impl Iterator<Item = &'a crate::findings::ClaimView>,
    status: String,
) -> [String; 5] {
    let claims: Vec<String> = claims
        .map(|c| {
            format!(
                "{} (`{}`)",
                cell(&citation(c)),
                cell(&c.location.to_string())
            )
        })
        .collect();
    [
        cell(&s.label),
        if id.is_empty() {
            String::new()
        } else {
            format!("`{id}`")
        },
        cell(values),
        claims.join("<br>"),
        status,
    ]
}

fn stale(out: &mut String, gate: &Gate) {
    if gate.findings.stale_flags.is_empty() {
        return;
    }
    out.push_str(&format!(
        "### Stale flags{}\n\n",
        if gate.deny_stale {
            " (failing: --deny-stale)"
        } else {
            ""
        }
    ));
    let rows: Vec<[String; 3]> = gate
        .findings
        .stale_flags
        .iter()
        .map(|f| {
            [
                format!("`{}`", f.conflict),
                format!("`{}`", cell(&f.location.to_string())),
                cell(&super::stale_help(f)),
            ]
        })
        .collect();
    table(out, &["Flag", "Where", "What to do"], &rows);
}

fn table<const N: usize>(out: &mut String, header: &[&str; N], rows: &[[String; N]]) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(N)));
    for r in rows {
        out.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    out.push('\n');
}

/// Invalid facts as a Markdown list (for a pull-request comment): each diagnostic with its
/// code, place, message and hint.
pub fn diagnostics(diagnostics: &[crate::diagnostic::Diagnostic]) -> String {
    let mut out = String::from("### crosscheck: the facts are invalid\n\n");
    for d in diagnostics {
        out.push_str(&format!(
            "- **{}[{}]** `{}`: {}",
            d.severity.as_str(),
            d.code,
            d.location,
            cell(&d.message)
        ));
        if let Some(h) = &d.hint {
            out.push_str(&format!(" — {}", cell(h)));
        }
        out.push('\n');
    }
    out
}

/// Text safe inside a table cell: no pipes, no line breaks, no HTML.
pub fn cell(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a | b\nc <i>"), "a \\| b c &lt;i&gt;");
    }
}
