//! `crosscheck flag`: records editors' decisions in `flags.yaml` (with `prune`, the only
//! commands that write into the facts folder). What is asked is checked against the
//! current findings (a flag names a current conflict, a mistaken claim is one of its
//! claims), `flags_edit` changes the text, and it is written atomically.
//!
//! A flag for an id that is no current conflict, or a claim that is not the conflict's, is
//! a usage error (exit 64) with a "did you mean"; nothing is written then.

use crate::cli::analysis::analyse_flags;
use crate::cli::args::{Cli, FlagArgs, Status};
use crate::cli::error::CliError;
use crate::cli::{atomic, open, output};
use crosscheck::findings::{Conflict, Findings, Group};
use crosscheck::flags_edit::{self, Entry};
use crosscheck::load::FLAGS_FILE;
use crosscheck::model::FlagStatus;
use crosscheck::suggest::did_you_mean;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

fn status(s: Status) -> FlagStatus {
    match s {
        Status::Explained => FlagStatus::Explained,
        Status::Mistaken => FlagStatus::Mistaken,
        Status::WrongSubject => FlagStatus::WrongSubject,
        Status::Open => FlagStatus::Open,
    }
}

fn needs_claim(s: FlagStatus) -> bool {
    matches!(s, FlagStatus::Mistaken | FlagStatus::WrongSubject)
}

/// The export's shape, as far as `flag --from` reads it.
#[derive(Debug, Deserialize)]
struct ExportDoc {
    #[serde(default)]
    subjects: Vec<ExportSubject>,
}

#[derive(Debug, Deserialize)]
struct ExportSubject {
    #[serde(default)]
    flag_entries: Vec<ExportEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportEntry {
    conflict: String,
    #[serde(default)]
    status: FlagStatus,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    claim: Option<String>,
}

/// The current conflicts by id, looked up once per entry.
struct Current<'a> {
    findings: &'a Findings,
    by_id: HashMap<&'a str, (&'a Group, &'a Conflict)>,
}

impl<'a> Current<'a> {
    fn new(findings: &'a Findings) -> Current<'a> {
        let mut by_id = HashMap::new();
        for (_, g, c) in findings.conflicts() {
            by_id.entry(c.id.as_str()).or_insert((g, c));
        }
        Current { findings, by_id }
    }
}

/// The entries to record, and the problems found with them.
#[derive(Default)]
struct Asked {
    entries: Vec<Entry>,
    problems: Vec<String>,
    ids: HashSet<String>,
}

impl Asked {
    fn add(&mut self, current: &Current, mut entry: Entry) {
        match validate(current, &entry) {
            Ok(reviewed) => entry.reviewed = reviewed,
            Err(p) => self.problems.push(p),
        }
        if self.ids.insert(entry.conflict.clone()) {
            self.entries.push(entry);
        }
    }
}

/// Who decided and when, as every new entry records it unless it says otherwise.
struct Stamp {
    by: Option<String>,
    date: String,
}

pub fn run(cli: &Cli, args: &FlagArgs) -> Result<(), CliError> {
    let (findings, seen) = analyse_flags(cli)?;
    let current = Current::new(&findings);
    let date = match &args.date {
        Some(d) if !is_day(d) => {
            return Err(CliError::usage(format!(
                "--date {d:?} is not a date of the form YYYY-MM-DD"
            )));
        }
        Some(d) => d.clone(),
        None => today(),
    };
    let by = args
        .by
        .clone()
        .filter(|b| !b.trim().is_empty())
        .or_else(|| default_by(&cli.facts));
    let stamp = Stamp { by, date };
    if let [old, new] = args.carry.as_slice() {
        return carry(cli, &current, old, new, args, &stamp);
    }
    let asked = match &args.from {
        Some(file) => from_export(&current, file, &stamp)?,
        None => from_args(&current, args, &stamp)?,
    };
    let Some(asked) = asked else {
        return Ok(());
    };
    if !asked.problems.is_empty() {
        return Err(CliError::Usage {
            errors: asked.problems,
            note: Some("nothing was written"),
        });
    }
    write(cli, &current, &seen, &asked.entries)
}

/// The entries filled in in an export (`flag --from FILE`); `None` when there is nothing
/// to record.
fn from_export(current: &Current, file: &Path, stamp: &Stamp) -> Result<Option<Asked>, CliError> {
    let text = open::read_bounded(file)
        .map_err(|r| r.reason())
        .and_then(|b| String::from_utf8(b).map_err(|_| "it is not UTF-8 text".to_string()))
        .map_err(|why| anyhow::anyhow!("cannot read {}: {why}", file.display()))?;
    let doc: ExportDoc = crosscheck::yaml::from_str(&text).map_err(|e| {
        CliError::usage(format!(
            "{}:{}:{}: {e} (expected the YAML written by `crosscheck export`)",
            file.display(),
            e.line,
            e.column
        ))
    })?;
    let mut asked = Asked::default();
    let mut skipped = 0;
    for e in doc.subjects.into_iter().flat_map(|s| s.flag_entries) {
        let reason = e.reason.unwrap_or_default();
        if reason.trim().is_empty() {
            output::note(&format!("skipped {}: its reason is empty", e.conflict));
            skipped += 1;
            continue;
        }
        if let Some(d) = e.date.as_ref().filter(|d| !is_day(d)) {
            asked.problems.push(format!(
                "the entry for {} has date {d:?}, which is not a date of the form YYYY-MM-DD",
                e.conflict
            ));
        }
        if asked.ids.contains(&e.conflict) {
            asked.problems.push(format!(
                "{} has two entries with a reason in {}; keep one",
                e.conflict,
                file.display()
            ));
            continue;
        }
        let entry = Entry {
            conflict: e.conflict,
            status: e.status,
            reason: reason.trim().to_string(),
            by: e
                .by
                .filter(|b| !b.trim().is_empty())
                .or_else(|| stamp.by.clone()),
            date: Some(e.date.unwrap_or_else(|| stamp.date.clone())),
            claim: e.claim.filter(|c| !c.trim().is_empty()),
            reviewed: Vec::new(),
        };
        asked.add(current, entry);
    }
    if asked.entries.is_empty() && asked.problems.is_empty() {
        eprintln!(
            "nothing to record: {} has no flag entry with a reason ({skipped} skipped)",
            file.display()
        );
        return Ok(None);
    }
    Ok(Some(asked))
}

/// The entries the command line asks for (ids or `--all`, with `--reason`); `None` when
/// there is nothing to flag.
fn from_args(current: &Current, args: &FlagArgs, stamp: &Stamp) -> Result<Option<Asked>, CliError> {
    let reason = args.reason.clone().unwrap_or_default();
    if reason.trim().is_empty() {
        return Err(CliError::usage(
            "--reason must say why the conflict stands or what is being done",
        ));
    }
    let status = status(args.status);
    let ids: Vec<String> = if args.all {
        if needs_claim(status) {
            return Err(CliError::usage(format!(
                "--all cannot record `{}` decisions: each names one claim of its conflict; flag those one by one",
                status.as_str()
            )));
        }
        current
            .findings
            .unflagged()
            .map(|(_, _, c)| c.id.clone())
            .collect()
    } else {
        args.ids.clone()
    };
    if ids.is_empty() {
        eprintln!("nothing to flag: every conflict already has a flag");
        return Ok(None);
    }
    let mut asked = Asked::default();
    for id in ids {
        let entry = Entry {
            conflict: id,
            status,
            reason: reason.trim().to_string(),
            by: stamp.by.clone(),
            date: Some(stamp.date.clone()),
            claim: args.claim.clone(),
            reviewed: Vec::new(),
        };
        asked.add(current, entry);
    }
    Ok(Some(asked))
}

/// Writes the entries into flags.yaml and says what changed.
fn write(cli: &Cli, current: &Current, seen: &str, entries: &[Entry]) -> Result<(), CliError> {
    let path = cli.facts.join(FLAGS_FILE);
    rewrite(&path, seen, |old| flags_edit::upsert(old, entries))?;
    for e in entries {
        let was = current
            .by_id
            .get(e.conflict.as_str())
            .and_then(|(_, c)| c.flag.as_ref());
        output::note(&format!(
            "{} {} ({}{})",
            if was.is_some() { "updated" } else { "flagged" },
            e.conflict,
            e.status.as_str(),
            e.claim
                .as_ref()
                .map(|c| format!(": {c}"))
                .unwrap_or_default()
        ));
    }
    eprintln!(
        "wrote {} ({} flag{})",
        path.display(),
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    );
    Ok(())
}

/// `flag --carry OLD NEW`: the decision recorded for OLD now covers the current conflict
/// NEW (the editor has checked that it still holds); its entry is rewritten in place with
/// NEW's id and claims, the stamp of who carried it, and `--reason` if given.
fn carry(
    cli: &Cli,
    current: &Current,
    old: &str,
    new: &str,
    args: &FlagArgs,
    stamp: &Stamp,
) -> Result<(), CliError> {
    let path = cli.facts.join(FLAGS_FILE);
    let text = read_flags(&path)?;
    let file: crosscheck::model::FlagsFile = if flags_edit::conflicts(&text)
        .map_err(|e| CliError::usage(e.to_string()))?
        .is_empty()
    {
        crosscheck::model::FlagsFile::default()
    } else {
        crosscheck::yaml::from_str(text.trim_start_matches('\u{feff}'))?
    };
    let Some(decision) = file
        .flags
        .iter()
        .find(|f| f.conflict.value == old)
        .map(|f| f.decision())
    else {
        let ids: Vec<&str> = file
            .flags
            .iter()
            .map(|f| f.conflict.value.as_str())
            .collect();
        let hint = did_you_mean(old, ids.iter().copied())
            .map(|m| format!("; did you mean {m}?"))
            .unwrap_or_default();
        return Err(CliError::usage(format!(
            "{} has no flag for {old}{hint}",
            path.display()
        )));
    };
    if file.flags.iter().any(|f| f.conflict.value == new) {
        return Err(CliError::usage(format!(
            "{new} has a flag of its own already; edit it with `crosscheck flag {new} --reason …`"
        )));
    }
    let mut entry = Entry {
        conflict: new.to_string(),
        by: stamp.by.clone(),
        date: Some(stamp.date.clone()),
        ..decision
    };
    if let Some(r) = args.reason.as_ref().filter(|r| !r.trim().is_empty()) {
        entry.reason = r.trim().to_string();
    }
    entry.reviewed = validate(current, &entry).map_err(|p| CliError::Usage {
        errors: vec![p],
        note: Some("nothing was written"),
    })?;
    rewrite(&path, &text, |current| {
        flags_edit::carry(current, old, &entry)
    })?;
    output::note(&format!(
        "carried the decision on {old} to {new} ({})",
        entry.status.as_str()
    ));
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The flag names a current conflict, and its claim (required for mistaken and
/// wrong-subject) is one of the conflict's claims. Returns what the editor reviewed: the
/// conflict's claims, cluster by cluster.
fn validate(current: &Current, e: &Entry) -> Result<Vec<Vec<String>>, String> {
    let Some((group, _)) = current.by_id.get(e.conflict.as_str()) else {
        let ids: Vec<&str> = current
            .findings
            .conflicts()
            .map(|(_, _, c)| c.id.as_str())
            .collect();
        let hint = match did_you_mean(&e.conflict, ids.iter().copied()) {
            Some(m) => format!("; did you mean {m}?"),
            None if ids.is_empty() => "; there are no conflicts".to_string(),
            None => "; `crosscheck check` lists the current ones".to_string(),
        };
        return Err(format!(
            "no current conflict has the id {}{hint}",
            e.conflict
        ));
    };
    let claims: Vec<&str> = group
        .clusters
        .iter()
        .flat_map(|k| &k.claims)
        .map(|c| &*c.id)
        .collect();
    match &e.claim {
        None if needs_claim(e.status) => Err(format!(
            "a `{}` flag names the claim it is about: add --claim with one of {}",
            e.status.as_str(),
            claims.join(", ")
        )),
        Some(c) if c.trim().is_empty() => Err(format!(
            "--claim is empty: name one of the claims of {}: {}",
            e.conflict,
            claims.join(", ")
        )),
        Some(c) if !claims.contains(&c.as_str()) => {
            let hint = match did_you_mean(c, claims.iter().copied()) {
                Some(m) => format!("did you mean {m}?"),
                None => format!("its claims are {}", claims.join(", ")),
            };
            Err(format!(
                "claim {c} is not one of the claims of {}: {hint}",
                e.conflict
            ))
        }
        _ => Ok(group.reviewed()),
    }
}

/// Rewrites flags.yaml with `edit`, under the folder's lock (so two writers never lose
/// each other's work): a killed run's temporary files are removed, the file is read again
/// and, when another writer changed it since `seen` was read, `edit` is applied to the new
/// version and the user is told.
pub(super) fn rewrite<E: std::fmt::Display>(
    path: &Path,
    seen: &str,
    edit: impl FnOnce(&str) -> Result<String, E>,
) -> Result<(), CliError> {
    let lock = atomic::Lock::acquire(path)?;
    for p in lock.remove_leftovers(path) {
        output::note(&format!(
            "removed {} (left by a run that was killed)",
            p.display()
        ));
    }
    let old = read_flags(path)?;
    if old != seen {
        eprintln!(
            "note: {} changed since it was read (another writer); the change is applied to its new version",
            path.display()
        );
    }
    let new = edit(&old).map_err(|e| anyhow::anyhow!("cannot edit {}: {e}", path.display()))?;
    atomic::write(path, &new)?;
    Ok(())
}

/// flags.yaml as it is on disk (with a byte-order mark, if any), or nothing yet; like every
/// facts file, never through a link that leads out of the facts folder.
fn read_flags(path: &Path) -> anyhow::Result<String> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = std::fs::canonicalize(folder.unwrap_or(Path::new(".")))
        .map_err(|e| anyhow::anyhow!("cannot open the folder of {}: {e}", path.display()))?;
    match open::read_inside(&folder, path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| anyhow::anyhow!("cannot read {}: it is not UTF-8 text", path.display())),
        Err(open::Refusal::Missing) => Ok(String::new()),
        Err(r) => anyhow::bail!("cannot read {}: {}", path.display(), r.reason()),
    }
}

fn is_day(s: &str) -> bool {
    s.len() == 10 && crosscheck::value::Date::parse(s).is_ok_and(|d| d.to_string() == s)
}

/// Today's date in UTC, YYYY-MM-DD.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = crosscheck::value::date::civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// git's user.name (as seen from the facts folder), else $USER or $USERNAME.
fn default_by(facts: &Path) -> Option<String> {
    let git = std::process::Command::new("git")
        .arg("-C")
        .arg(facts)
        .args(["config", "user.name"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|n| !n.is_empty());
    git.or_else(|| {
        ["USER", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
    })
}
