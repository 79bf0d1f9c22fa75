//! SARIF 2.1.0 (`--format sarif`) for code-scanning dashboards. Owns the SARIF document's
//! shape: one run, the tool `crosscheck` with two rules named by their diagnostic codes
//! (`unflagged-conflict`, `stale-flag`); one result per unflagged conflict, with one
//! location per claim and the conflict id in `partialFingerprints` (so a dashboard tracks
//! the same conflict across commits); one result per stale flag. Under `--since`, results
//! carry `baselineState` (`new` or `unchanged`; unchanged conflicts are notes). In
//! `report`, flagged conflicts are included with a `suppressions` entry giving the
//! editor's decision.

use super::{Gate, citation, flag_help, stale_help, values};
use crate::diagnostic::{Diagnostic, Location};
use serde_json::{Value, json};

pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of the conflict id in `partialFingerprints`.
pub const FINGERPRINT: &str = "crosscheckConflictId/v1";

/// `include_flagged`: also report flagged conflicts, as suppressed results (`report`).
pub fn render(gate: &Gate, include_flagged: bool) -> String {
    let mut results = Vec::new();
    for (s, g, c) in gate.findings.conflicts() {
        if c.flag.is_some() && !include_flagged {
            continue;
        }
        let new = gate.is_new(&c.id);
        let level = if c.flag.is_none() && new {
            "error"
        } else {
            "note"
        };
        let period = g
            .period
            .as_ref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        let locations: Vec<Value> = g
            .claims()
            .into_iter()
            .map(|claim| location(&claim.location, &citation(claim)))
            .collect();
        let mut result = json!({
            "ruleId": "unflagged-conflict",
            "ruleIndex": 0,
            "level": level,
            "message": {
                "text": format!("{} ({}){period}: {}. {}.", s.label, c.id, values(g), capitalized(&flag_help(&c.id))),
            },
            "locations": locations,
            "partialFingerprints": { FINGERPRINT: c.id },
            "properties": {
                "subject": s.key,
                "values": g.clusters.iter().map(|k| k.value.as_str()).collect::<Vec<_>>(),
            },
        });
        if let Some(f) = &c.flag {
            result["suppressions"] = json!([{
                "kind": "external",
                "status": "accepted",
                "justification": format!("flagged {}: {}", f.status.as_str(), f.reason),
                "location": location(&f.location, "the flag in flags.yaml"),
            }]);
        }
        if gate.baseline.is_some() {
            result["baselineState"] = (if new { "new" } else { "unchanged" }).into();
        }
        results.push(result);
    }
    for f in &gate.findings.stale_flags {
        results.push(json!({
            "ruleId": "stale-flag",
            "ruleIndex": 1,
            "level": if gate.deny_stale { "error" } else { "warning" },
            "message": {
                "text": format!("flag {} matches no current conflict: {}.", f.conflict, stale_help(f)),
            },
            "locations": [location(&f.location, &f.conflict)],
            "partialFingerprints": { FINGERPRINT: f.conflict },
        }));
    }
    let rules = json!([
        rule(
            "unflagged-conflict",
            "UnflaggedConflict",
            "A conflict no editor has flagged",
            "Sources give values for one subject that do not overlap, and facts/flags.yaml records no decision about it.",
            "If the conflict is understood, record the decision with `crosscheck flag ID --reason \"...\"`; otherwise correct the claim that is wrong.",
            "error",
        ),
        rule(
            "stale-flag",
            "StaleFlag",
            "A flag that matches no current conflict",
            "The flagged conflict is gone, or a claim joined or left it and its id changed.",
            "Remove the flag with `crosscheck prune`, or review the subject's new conflict and flag it.",
            "warning",
        ),
    ]);
    document(rules, None, results)
}

/// Invalid facts as SARIF: one rule per diagnostic code met (its id the code), one result
/// per diagnostic at its place, so a dashboard shows why nothing was compared.
pub fn diagnostics(diagnostics: &[Diagnostic]) -> String {
    let mut codes: Vec<&Diagnostic> = Vec::new();
    for d in diagnostics {
        if !codes.iter().any(|c| c.code == d.code) {
            codes.push(d);
        }
    }
    let rules: Vec<Value> = codes
        .iter()
        .map(|d| {
            json!({
                "id": d.code.as_str(),
                "defaultConfiguration": { "level": level(d) },
            })
        })
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let text = match &d.hint {
                Some(h) => format!("{}. {}", d.message, capitalized(h)),
                None => d.message.clone(),
            };
            json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": codes.iter().position(|c| c.code == d.code).unwrap_or(0),
                "level": level(d),
                "message": { "text": text },
                "locations": [location(&d.location, d.code.as_str())],
            })
        })
        .collect();
    let invocations = json!([{ "executionSuccessful": false }]);
    document(Value::Array(rules), Some(invocations), results)
}

/// The SARIF document, pretty-printed with a final line break: one run of the tool
/// `crosscheck` with `rules`, then `invocations` where given, then `results`.
fn document(rules: Value, invocations: Option<Value>, results: Vec<Value>) -> String {
    let mut run = json!({
        "tool": { "driver": {
            "name": "crosscheck",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
    });
    if let Some(invocations) = invocations {
        run["invocations"] = invocations;
    }
    run["results"] = Value::Array(results);
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [run],
    });
    // Serializing plain JSON values cannot fail.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

fn level(d: &Diagnostic) -> &'static str {
    if d.is_error() { "error" } else { "warning" }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn rule(id: &str, name: &str, short: &str, full: &str, help: &str, level: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "shortDescription": { "text": short },
        "fullDescription": { "text": full },
        "help": { "text": help },
        "defaultConfiguration": { "level": level },
    })
}

fn location(at: &Location, message: &str) -> Value {
    let uri = at.file.strip_prefix("./").unwrap_or(&at.file);
    let mut physical = json!({ "artifactLocation": { "uri": uri } });
    if at.line > 0 {
        let mut region = json!({ "startLine": at.line });
        if at.column > 0 {
            region["startColumn"] = at.column.into();
        }
        physical["region"] = region;
    }
    json!({ "physicalLocation": physical, "message": { "text": message } })
}
