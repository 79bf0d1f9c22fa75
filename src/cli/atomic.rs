//! Writing a file so that a crash or kill at any moment leaves either the old file or the
//! new one whole: write a temporary file beside it, flush it to disk, rename it over.

use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Replaces `path` with `contents` atomically.
pub fn write(path: &Path, contents: &str) -> anyhow::Result<()> {
    Staged::new(path, |f| f.write_all(contents.as_bytes()))?.commit()
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
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.crosscheck-{}.tmp", std::process::id()));
        let staged = Staged {
            tmp,
            target: path.to_path_buf(),
            committed: false,
        };
        let mut f = std::fs::File::create(&staged.tmp)
            .with_context(|| format!("cannot create {}", staged.tmp.display()))?;
        fill(&mut f).with_context(|| format!("cannot write {}", staged.tmp.display()))?;
        f.sync_all()
            .with_context(|| format!("cannot flush {}", staged.tmp.display()))?;
        Ok(staged)
    }

    /// Puts the new version in place in one step (a rename within one folder).
    pub fn commit(mut self) -> anyhow::Result<()> {
        std::fs::rename(&self.tmp, &self.target)
            .with_context(|| format!("cannot replace {}", self.target.display()))?;
        self.committed = true;
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
