//! `check --since REV`: the conflicts that already existed at a git revision. Reads every
//! facts file as it was at REV (`git ls-tree` and `git cat-file`, relative to the
//! repository root, so the facts folder may sit in a subfolder), runs the library on those
//! texts and collects that revision's conflict ids. The gate then fails only on unflagged
//! conflicts whose id is not among them.
//!
//! Without `--since`, `head_claims` reads HEAD the same way, for the claims only: the
//! GitHub annotations go to the claims the working tree changed.

use anyhow::{Context, bail};
use crosscheck::load::layout::{self, display};
use crosscheck::load::{Input, TextFile};
use crosscheck::render::{self, Baseline, ClaimPrints};
use crosscheck::yaml::MAX_FILE_BYTES;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> anyhow::Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("cannot run git (is it installed?)")
}

fn git_text(dir: &Path, args: &[&str]) -> anyhow::Result<Result<String, String>> {
    let o = git(dir, args)?;
    Ok(if o.status.success() {
        Ok(String::from_utf8_lossy(&o.stdout)
            .trim_end_matches('\n')
            .to_string())
    } else {
        Err(String::from_utf8_lossy(&o.stderr).trim().to_string())
    })
}

pub fn baseline(facts: &Path, rev: &str) -> anyhow::Result<Baseline> {
    let shown = facts.to_string_lossy().replace('\\', "/");
    let root = match git_text(facts, &["rev-parse", "--show-toplevel"])? {
        Ok(r) => r,
        Err(e) => bail!(
            "--since needs a git repository, and {shown} is not in one (git: {})",
            e.lines().next().unwrap_or("")
        ),
    };
    let root = Path::new(&root);
    let prefix = git_text(facts, &["rev-parse", "--show-prefix"])?.unwrap_or_default();
    if rev.starts_with('-') {
        bail!("unknown revision {rev:?}");
    }
    if git_text(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )?
    .is_err()
    {
        bail!(
            "unknown revision {rev:?} (fetch it first: with actions/checkout, set fetch-depth: 0)"
        );
    }
    let (input, too_large) = read_revision(root, &prefix, rev, &shown)?;
    let mut conflicts = std::collections::BTreeSet::new();
    let mut claims = std::collections::BTreeMap::new();
    if !too_large.is_empty() {
        eprintln!(
            "warning: the facts at {rev} are invalid ({} is larger than the limit of {MAX_FILE_BYTES} bytes, or not a file), so nothing is known about its conflicts; every unflagged conflict counts as new",
            too_large.join(", ")
        );
    } else if input.sources.is_empty() && input.subjects.is_empty() {
        // No facts at that revision: every conflict is new.
        eprintln!("note: {rev} has no facts in {shown}; every unflagged conflict counts as new");
    } else {
        match crosscheck::run(&input) {
            (_, Some(findings)) => {
                conflicts.extend(findings.conflicts().map(|(_, _, c)| c.id.clone()));
                claims.extend(
                    render::all_claims(&findings)
                        .map(|(s, c)| (c.id.to_string(), render::claim_fingerprint(s, c))),
                );
            }
            (loaded, None) => {
                let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                eprintln!(
                    "warning: the facts at {rev} are invalid ({errors} error{}), so nothing is known about its conflicts; every unflagged conflict counts as new",
                    if errors == 1 { "" } else { "s" }
                );
            }
        }
    }
    Ok(Baseline {
        rev: rev.to_string(),
        conflicts,
        claims,
    })
}

/// The claims of the facts as committed at HEAD, when the facts folder is in a git work
/// tree with a commit: those of the working tree that differ (staged, unstaged or
/// untracked) are where `check --format github` annotates a conflict without `--since`.
/// `None` — every claim counts as changed, as outside git — when git is missing, the
/// folder is in no work tree, nothing is committed yet, HEAD's facts are unreadable or
/// invalid, or the folder has no change at all (then HEAD is not read: the annotations
/// go to each conflict's newest claim either way). Says nothing: without `--since` git
/// is a help, not a requirement.
pub fn head_claims(facts: &Path) -> Option<ClaimPrints> {
    let root = git_text(facts, &["rev-parse", "--show-toplevel"])
        .ok()?
        .ok()?;
    let root = Path::new(&root);
    git_text(root, &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
        .ok()?
        .ok()?;
    // A clean folder (the usual CI checkout) changes nothing: HEAD need not be read.
    let status = [
        "status",
        "--porcelain",
        "-z",
        "--untracked-files=all",
        "--",
        ".",
    ];
    if git_text(facts, &status).ok()?.ok()?.is_empty() {
        return None;
    }
    let prefix = git_text(facts, &["rev-parse", "--show-prefix"])
        .ok()?
        .ok()?;
    let shown = facts.to_string_lossy().replace('\\', "/");
    let (input, too_large) = read_revision(root, &prefix, "HEAD", &shown).ok()?;
    if !too_large.is_empty() {
        return None;
    }
    if input.sources.is_empty() && input.subjects.is_empty() {
        // Nothing committed there yet: every claim is new.
        return Some(ClaimPrints::new());
    }
    let findings = crosscheck::run(&input).1?;
    Some(
        render::all_claims(&findings)
            .map(|(s, c)| (c.id.to_string(), render::claim_fingerprint(s, c)))
            .collect(),
    )
}

/// The facts files at `rev` under `prefix` (relative to the repository `root`), in the
/// loader's input, and those refused: over the size limit, or not files.
fn read_revision(
    root: &Path,
    prefix: &str,
    rev: &str,
    shown: &str,
) -> anyhow::Result<(Input, Vec<String>)> {
    let mut args = vec!["ls-tree", "-r", "-z", "-l", rev];
    if !prefix.is_empty() {
        args.extend(["--", prefix]);
    }
    let listing = match git_text(root, &args)? {
        Ok(l) => l,
        Err(e) => bail!("cannot list the files of {rev}: {e}"),
    };
    let mut input = Input {
        root: shown.to_string(),
        ..Input::default()
    };
    // Each entry: "<mode> <type> <object> <size>\t<path>". A symbolic link (mode 120000)
    // or a submodule is no file: its size is taken as none, so it is refused below.
    let mut entries: Vec<(&str, Option<u64>)> = listing
        .split('\0')
        .filter_map(|e| e.split_once('\t'))
        .map(|(meta, name)| {
            let mut m = meta.split_whitespace();
            let regular = m.next().is_some_and(|mode| mode.starts_with("100"));
            let size = m.nth(2).and_then(|s| s.parse().ok());
            (name, size.filter(|_| regular))
        })
        .collect();
    entries.sort();
    let mut too_large = Vec::new();
    for (name, size) in entries {
        let Some(rel) = name.strip_prefix(prefix) else {
            continue;
        };
        let Some(slot) = layout::classify(rel) else {
            continue;
        };
        // The disk's limit, from git's own record of the blob's size: a huge blob in
        // history is never read.
        if size.is_none_or(|n| n > MAX_FILE_BYTES) {
            too_large.push(display(shown, rel));
            continue;
        }
        let blob = git(root, &["cat-file", "blob", &format!("{rev}:{name}")])?;
        if !blob.status.success() {
            bail!(
                "cannot read {name} at {rev}: {}",
                String::from_utf8_lossy(&blob.stderr).trim()
            );
        }
        // A file that was not UTF-8 then is an invalid revision, handled below.
        let text = String::from_utf8_lossy(layout::strip_bom(&blob.stdout)).into_owned();
        let file = TextFile {
            path: display(shown, rel).into(),
            text,
        };
        input.place(slot, file);
    }
    Ok((input, too_large))
}
