//! `crosscheck show SUBJECT`: one subject's page. Its heading (label, key, dimension and
//! unit, verdict and each conflict's flag), the number line (`numberline`), then every claim
//! in full under its cluster: value, source, dates, claimant, quote and place. Text lines
//! longer than the width are broken between words, never inside an id, a path or a
//! date. Finding the subject by key, label or alias is `Corpus::find_subject`.

use super::numberline::{self, Axis, Row};
use super::wrap::Line;
use crate::findings::{ClaimView, SubjectFinding};
use crate::model::{Corpus, Subject};
use crate::value::Dimension;

/// The whole page. `opts` is for the number line; without Unicode, typographic marks
/// (curly quotes, dashes, ≤, ·) are written in ASCII across the page.
pub fn render(
    corpus: &Corpus,
    subject: &Subject,
    finding: &SubjectFinding,
    opts: numberline::Options,
) -> String {
    let page = page(corpus, subject, finding, opts);
    if opts.unicode {
        page
    } else {
        ascii_marks(&page)
    }
}

/// Typographic marks in ASCII: “ ” ‘ ’ – — ≤ ≥ · … → " " ' ' - -- <= >= - ...
pub fn ascii_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '“' | '”' => out.push('"'),
            '‘' | '’' => out.push('\''),
            '–' => out.push('-'),
            '—' => out.push_str("--"),
            '≤' => out.push_str("<="),
            '≥' => out.push_str(">="),
            '·' => out.push('-'),
            '…' => out.push_str("..."),
            '\u{a0}' | '\u{2009}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn page(
    corpus: &Corpus,
    subject: &Subject,
    finding: &SubjectFinding,
    opts: numberline::Options,
) -> String {
    let mut out = fill(&heading(subject, finding), opts.width);
    let rows = rows(finding);
    if rows.is_empty() {
        out.push_str("No claims.\n");
        return out;
    }
    let unit = unit_label(subject);
    let axis = if subject.dimension == Dimension::Date {
        Axis::Days
    } else {
        Axis::Amount(&unit)
    };
    out.push_str(&numberline::render(
        &rows,
        axis,
        subject.dimension.non_negative(),
        opts,
    ));
    out.push_str(&legend(
        opts.unicode,
        !finding.set_aside.is_empty(),
        opts.width,
    ));
    out.push('\n');

    out.push_str(&fill(&claims_in_full(corpus, finding), opts.width));
    out
}

/// `text` with every line longer than `width` broken between words (`wrap`: ids, paths
/// and dates stay whole), continuing under a field's value ("      quote:    …") or two
/// columns in.
fn fill(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.chars().count() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let (prefix, hang) = match field_value_start(line) {
            Some(at) => (&line[..at], line[..at].chars().count()),
            None => (&line[..lead], lead + 2),
        };
        let rest = &line[prefix.len()..];
        let lines = Line::new().text(rest).wrap(Some(width), hang, hang);
        for (i, l) in lines.iter().enumerate() {
            if i == 0 {
                out.push_str(prefix);
                out.push_str(&l[hang..]);
            } else {
                out.push_str(l);
            }
            out.push('\n');
        }
    }
    out
}

/// Where the value of a claim's field line ("      quote:    “…”") begins.
fn field_value_start(line: &str) -> Option<usize> {
    let body = line.strip_prefix("      ")?;
    let colon = body.find(':')?;
    if !body[..colon]
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == ' ')
    {
        return None;
    }
    let after = &body[colon + 1..];
    let spaces = after.len() - after.trim_start().len();
    (spaces > 0).then_some(6 + colon + 1 + spaces)
}

/// Label and key, dimension and unit, window and aliases, the verdict, the preferred
/// value, the best-supported value with its reason, each conflict's flag.
fn heading(subject: &Subject, finding: &SubjectFinding) -> String {
    let mut out = String::new();
    out.push_str(&format!("{} ({})\n", finding.label, finding.key));
    let unit = finding.unit.as_deref().unwrap_or("");
    let mut facts = vec![if unit.is_empty() {
        finding.dimension.clone()
    } else {
        format!("{} in {unit}", finding.dimension)
    }];
    if let Some(w) = subject.window_days {
        facts.push(format!("compared within {w} days"));
    }
    if !subject.aliases.is_empty() {
        facts.push(format!("also {}", subject.aliases.join(", ")));
    }
    out.push_str(&format!("{}\n", facts.join(" · ")));
    out.push_str(&format!("verdict: {}\n", finding.verdict.as_str()));
    if let Some(p) = &finding.preferred {
        out.push_str(&format!(
            "current value (preferred by an editor): {} [{}]\n",
            p.value,
            p.claims.join(", ")
        ));
    }
    for r in &finding.resolved {
        let from = r
            .from
            .as_ref()
            .map(|f| format!(" from {f}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "best supported{from}: {}\n    {}\n",
            r.describe(),
            r.reason
        ));
    }
    for (g, c) in finding.conflicts() {
        let period = g
            .period
            .as_ref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        match &c.flag {
            Some(f) => out.push_str(&format!(
                "conflict {}{period}: flagged {}{}: {}\n",
                c.id,
                f.status.as_str(),
                f.by.as_ref()
                    .map(|b| format!(" by {b}"))
                    .unwrap_or_default(),
                f.reason
            )),
            None => out.push_str(&format!("conflict {}{period}: unflagged\n", c.id)),
        }
    }
    out.push('\n');
    out
}

/// Rows for the picture: clusters lettered across every period, then claims set aside.
fn rows(finding: &SubjectFinding) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut k = 0usize;
    let interval = |claim: &ClaimView| Some(claim.allows);
    for g in &finding.groups {
        // Bounds compatible with several clusters are drawn once, after the clusters,
        // lettered with every cluster they allow ("A/B").
        let mut compatible: Vec<(&ClaimView, Vec<usize>)> = Vec::new();
        for cluster in &g.clusters {
            for claim in &cluster.claims {
                if let Some(iv) = interval(claim) {
                    rows.push(Row {
                        cluster: numberline::letter(k),
                        color: Some(k),
                        label: claim.value.to_string(),
                        interval: iv,
                    });
                }
            }
            for claim in &cluster.compatible {
                match compatible.iter_mut().find(|(c, _)| c.id == claim.id) {
                    Some((_, ks)) => ks.push(k),
                    None => compatible.push((claim, vec![k])),
                }
            }
            k += 1;
        }
        for (claim, ks) in compatible {
            if let Some(iv) = interval(claim) {
                let letters: Vec<String> = ks.iter().map(|&k| numberline::letter(k)).collect();
                rows.push(Row {
                    cluster: format!("({})", letters.join("/")),
                    color: ks.first().copied(),
                    label: claim.value.to_string(),
                    interval: iv,
                });
            }
        }
    }
    for claim in &finding.set_aside {
        if let Some(iv) = interval(claim) {
            rows.push(Row {
                cluster: "-".into(),
                color: None,
                label: claim.value.to_string(),
                interval: iv,
            });
        }
    }
    rows
}

/// Every claim in full, by cluster, then those set aside.
fn claims_in_full(corpus: &Corpus, finding: &SubjectFinding) -> String {
    let mut out = String::new();
    let mut k = 0usize;
    for g in &finding.groups {
        if let Some(p) = &g.period {
            out.push_str(&format!("Period {p}\n\n"));
        }
        for cluster in &g.clusters {
            out.push_str(&format!(
                "{}  {} · {}\n",
                numberline::letter(k),
                cluster.value,
                cluster.support.describe()
            ));
            for claim in &cluster.claims {
                out.push_str(&claim_text(corpus, claim));
            }
            if !cluster.compatible.is_empty() {
                out.push_str("   compatible (allow this value without stating it):\n");
                for claim in &cluster.compatible {
                    out.push_str(&claim_text(corpus, claim));
                }
            }
            out.push('\n');
            k += 1;
        }
    }
    if !finding.set_aside.is_empty() {
        out.push_str("-  set aside (deprecated, undated in a subject that changes over time, or in a currency without a rate): shown, never compared\n");
        for claim in &finding.set_aside {
            out.push_str(&claim_text(corpus, claim));
        }
        out.push('\n');
    }
    out
}

/// The axis's unit: "km", "%", "districts".
fn unit_label(s: &Subject) -> String {
    match &s.unit {
        Some(crate::value::Unit::Count(noun)) => crate::value::units::plural_noun(noun),
        Some(u) => u.to_string(),
        None => String::new(),
    }
}

/// The legend's items, three spaces apart, on as many lines as the width needs.
fn legend(unicode: bool, set_aside: bool, width: usize) -> String {
    let mut items: Vec<&str> = if unicode {
        vec![
            "● exact",
            "━ approximate or range",
            "◀ ▶ open-ended bound",
            "A, B…: clusters of agreeing claims",
        ]
    } else {
        vec![
            "o exact",
            "= approximate or range",
            "< > open-ended bound",
            "A, B...: clusters of agreeing claims",
        ]
    };
    if set_aside {
        items.push("-: set aside");
    }
    let mut out = String::new();
    let mut used = 0;
    for item in items {
        let n = item.chars().count();
        if used > 0 && used + 3 + n > width {
            out.push('\n');
            used = 0;
        }
        if used > 0 {
            out.push_str("   ");
            used += 3;
        }
        out.push_str(item);
        used += n;
    }
    out.push('\n');
    out
}

fn claim_text(corpus: &Corpus, c: &ClaimView) -> String {
    let mut s = format!("   {}  {}\n", c.id, c.value);
    let source = corpus.source(c.source());
    let mut src = format!("{}, {}", c.publisher(), c.published());
    if let Some(t) = source.and_then(|s| s.title.as_ref()) {
        src.push_str(&format!(": {t}"));
    }
    src.push_str(&format!(" [{}]", c.source()));
    s.push_str(&format!("      source:   {src}\n"));
    if let Some(u) = source.and_then(|s| s.url.as_ref()) {
        s.push_str(&format!("      url:      {u}\n"));
    }
    if let Some(d) = &c.as_of {
        s.push_str(&format!("      as of:    {d}\n"));
    }
    let who = match (&c.claimant, c.claimant_role()) {
        (Some(w), Some(r)) => format!("{w} ({r})"),
        (Some(w), None) => w.to_string(),
        (None, _) => "none named".to_string(),
    };
    s.push_str(&format!("      claimant: {who}\n"));
    match (&c.origin, &c.claimant) {
        (Some(o), _) => match c.origin_named_in() {
            Some(n) => s.push_str(&format!("      origin:   {o} (named in {n})\n")),
            None => s.push_str(&format!("      origin:   {o}\n")),
        },
        (None, Some(_)) => {}
        (None, None) => s.push_str("      origin:   not stated\n"),
    }
    if let Some(v) = c.via() {
        s.push_str(&format!("      via:      {v}\n"));
    }
    match c.derived() {
        Some(d) => s.push_str(&format!("      derived:  {} ({})\n", c.quote, d.rule)),
        None => s.push_str(&format!("      quote:    “{}”\n", c.quote)),
    }
    if let Some(n) = c.note() {
        s.push_str(&format!("      {n}\n"));
    }
    if let Some(r) = c.rank_reason() {
        s.push_str(&format!("      rank:     {} ({r})\n", rank(c)));
    }
    s.push_str(&format!("      at:       {}\n", c.location));
    s
}

fn rank(c: &ClaimView) -> &'static str {
    match c.rank {
        crate::model::Rank::Preferred => "preferred",
        crate::model::Rank::Normal => "normal",
        crate::model::Rank::Deprecated => "deprecated",
    }
}
