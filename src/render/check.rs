//! The CI gate's text output (`crosscheck check`): every unflagged conflict with its claims,
//! citations and quotes, then stale flags, then one summary line.

use super::{Summary, citation};
use crate::findings::Findings;

pub fn render(findings: &Findings) -> String {
    let mut out = String::new();
    for (s, g, c) in findings.unflagged() {
        let values: Vec<&str> = g.clusters.iter().map(|k| k.agreed.as_str()).collect();
        out.push_str(&format!(
            "error[unflagged-conflict]: {} ({}): {}\n",
            s.label,
            s.key,
            values.join(" vs ")
        ));
        out.push_str(&format!("  conflict: {}\n", c.id));
        if let Some(p) = &g.period {
            out.push_str(&format!("  period: {p}\n"));
        }
        for cluster in &g.clusters {
            out.push_str(&format!("  {}:\n", cluster.agreed));
            for claim in &cluster.claims {
                out.push_str(&format!(
                    "    - {}\n      --> {}\n      quote: \"{}\"\n",
                    citation(claim),
                    claim.location,
                    claim.quote
                ));
            }
        }
        out.push_str("  = help: if the conflict is understood, record the decision in facts/flags.yaml (its entry is in `crosscheck export`)\n\n");
    }
    for f in &findings.stale_flags {
        out.push_str(&format!(
            "warning[stale-flag]: flag {} matches no current conflict\n  --> {}\n",
            f.conflict, f.location
        ));
        if f.now.is_empty() {
            out.push_str("  = help: the conflict is gone; remove the flag\n\n");
        } else {
            out.push_str(&format!("  = help: the subject's claims changed, so its conflict id is now {}; review it and update the flag\n\n", f.now.join(", ")));
        }
    }
    let summary = Summary::of(findings);
    if summary.unflagged == 0 {
        out.push_str(&format!(
            "ok: every conflict is flagged. {}\n",
            summary.line()
        ));
    } else {
        out.push_str(&format!(
            "{} unflagged conflict{}. {}\n",
            summary.unflagged,
            if summary.unflagged == 1 { "" } else { "s" },
            summary.line()
        ));
    }
    out
}
