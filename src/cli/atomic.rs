//! Writing a file so that a crash or kill at any moment leaves either the old file or the
//! new one whole, and so that nothing planted in the folder can redirect the write:
//!
//! - the new version goes to a temporary file beside the target, created exclusively
//!   (`O_EXCL`: a link or file planted at that name is never followed or reused), flushed,
//!   renamed over the target, and the folder is flushed after the rename;
//! - a target that is a symbolic link is written through (its target is replaced), a
//!   target that is not a regular file (`export -o /dev/null`) is refused, and the new
//!   file keeps the old one's mode and, where the system allows, its owner; a read-only
//!   target is refused;
//! - [`Lock`] serialises the writers of one folder (`flag`, `prune`, `add-source`), and temporary files
//!   left by a killed run are removed by the next writer under the lock.

use anyhow::{Context, bail};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Replaces `path` with `contents` atomically.
pub fn write(path: &Path, contents: &str) -> anyhow::Result<()> {
    Staged::new(path, |f| f.write_all(contents.as_bytes()))?.commit()
}

/// The folder a path is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The temporary name of a target's new versions: `.NAME.crosscheck-` + a unique tail.
fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.crosscheck-")
}

/// Where the new version goes: the target itself, or, when `path` is a symbolic link,
/// the file it leads to. Refuses what is not (or would not be) a regular file.
fn resolve(path: &Path) -> anyhow::Result<(PathBuf, Option<std::fs::Metadata>)> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).with_context(|| {
            format!(
                "{} is a symbolic link to nothing; nothing was written",
                path.display()
            )
        })?,
        _ => path.to_path_buf(),
    };
    match std::fs::metadata(&target) {
        Ok(m) if !m.is_file() => bail!(
            "refusing to replace {}: it is not a regular file; nothing was written",
            path.display()
        ),
        Ok(m) if m.permissions().readonly() => bail!(
            "{} is read-only; nothing was written (make it writable to let crosscheck change it)",
            path.display()
        ),
        Ok(m) => Ok((target, Some(m))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((target, None)),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Creates a new temporary file beside `target`, exclusively, with a name no one else uses.
/// A new file gets 0666 less the umask; an existing one's mode is set exactly afterwards.
fn create_temp(target: &Path) -> anyhow::Result<(PathBuf, std::fs::File)> {
    use std::time::{SystemTime, UNIX_EPOCH};
    let dir = folder_of(target);
    let prefix = temp_prefix(target);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for attempt in 0..100u32 {
        let tmp = dir.join(format!(
            "{prefix}{}-{nanos:x}{attempt}.tmp",
            std::process::id()
        ));
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o666);
        match o.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot create {}", tmp.display())),
        }
    }
    bail!("cannot create a temporary file in {}", dir.display())
}

/// Gives the new file the old one's exact mode and (where allowed) owner.
fn keep_mode_and_owner(f: &std::fs::File, old: Option<&std::fs::Metadata>) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Some(m) = old {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        use std::os::unix::io::AsRawFd;
        f.set_permissions(std::fs::Permissions::from_mode(m.mode() & 0o7777))?;
        // SAFETY: a valid open descriptor. Failing (without the rights to give a file
        // away) leaves the writer as owner, as any editor's save would.
        unsafe { libc::fchown(f.as_raw_fd(), m.uid(), m.gid()) };
    }
    #[cfg(not(unix))]
    let _ = (f, old);
    Ok(())
}

/// A new version written to a temporary file beside the target, not yet in place. Dropping
/// it without `commit` (or dying before) leaves the target as it was.
pub struct Staged {
    tmp: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staged {
    pub fn new(
        path: &Path,
        fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
    ) -> anyhow::Result<Staged> {
        let (target, old) = resolve(path)?;
        let (tmp, mut f) = create_temp(&target)?;
        let staged = Staged {
            tmp,
            target,
            committed: false,
        };
        let shown = staged.tmp.display();
        fill(&mut f).with_context(|| format!("cannot write {shown}"))?;
        keep_mode_and_owner(&f, old.as_ref())
            .with_context(|| format!("cannot set the mode of {shown}"))?;
        f.sync_all()
            .with_context(|| format!("cannot flush {shown}"))?;
        Ok(staged)
    }

    /// Puts the new version in place in one step (a rename within one folder), then
    /// flushes the folder so the rename itself survives a crash.
    pub fn commit(mut self) -> anyhow::Result<()> {
        std::fs::rename(&self.tmp, &self.target)
            .with_context(|| format!("cannot replace {}", self.target.display()))?;
        self.committed = true;
        #[cfg(unix)]
        std::fs::File::open(folder_of(&self.target))
            .and_then(|d| d.sync_all())
            .with_context(|| format!("cannot flush the folder of {}", self.target.display()))?;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// The temporary files of `target`'s writers in its folder (a killed run's leftovers,
/// when no writer holds the [`Lock`]).
pub fn temp_files(target: &Path) -> Vec<PathBuf> {
    let prefix = temp_prefix(target);
    let Ok(entries) = std::fs::read_dir(folder_of(target)) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".tmp"))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// Holds the right to rewrite the files of one folder: an exclusive `flock` on the folder
/// itself (no lock file is left behind; the lock ends with the process). Waits up to ten
/// seconds for another writer, then gives up with a clear message.
pub struct Lock {
    #[cfg(unix)]
    _folder: std::fs::File,
}

impl Lock {
    pub fn acquire(target: &Path) -> anyhow::Result<Lock> {
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            let dir = folder_of(target);
            let folder = std::fs::File::open(dir)
                .with_context(|| format!("cannot open {} to lock it", dir.display()))?;
            for _ in 0..100 {
                // SAFETY: a valid open descriptor.
                if unsafe { libc::flock(folder.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                    return Ok(Lock { _folder: folder });
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            bail!(
                "another crosscheck is writing {} (it holds the folder's lock); nothing was written: try again when it is done",
                target.display()
            )
        }
        #[cfg(not(unix))]
        {
            let _ = target;
            Ok(Lock {})
        }
    }

    /// Removes the temporary files a killed run left beside `target` (safe under the lock:
    /// no live writer has one), and says which.
    pub fn remove_leftovers(&self, target: &Path) -> Vec<PathBuf> {
        temp_files(target)
            .into_iter()
            .filter(|p| std::fs::remove_file(p).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("flags.yaml");
        std::fs::write(&path, "old\n").unwrap();
        write(&path, "new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failure_half_way_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("flags.yaml");
        std::fs::write(&path, "old\n").unwrap();
        let result = Staged::new(&path, |f| {
            f.write_all(b"half of the new")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn dying_between_writing_and_renaming_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("flags.yaml");
        std::fs::write(&path, "old\n").unwrap();
        let staged = Staged::new(&path, |f| f.write_all(b"new\n")).unwrap();
        // The process is killed here: the new version sits in its temporary file only.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        std::mem::forget(staged);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        assert_eq!(leftovers(dir.path()).len(), 1);
    }
}
