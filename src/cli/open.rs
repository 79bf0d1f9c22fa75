//! Opening a file to read, safe with any input: only a regular file is read (a FIFO, a
//! socket or a device is refused without blocking: it is opened non-blocking and checked on
//! the open handle), at most `MAX_FILE_BYTES` are read (counted while reading, not taken
//! from metadata), and a file of the facts folder is never read through a link that leads
//! out of the folder. A refusal carries nothing of the refused file's contents.

use crosscheck::yaml::MAX_FILE_BYTES;

/// The size limit of an archived table (`tables/NAME`, as stored: compressed when it is
/// gzip): tables are data sets, larger than any hand-edited file.
pub const MAX_TABLE_BYTES: u64 = 256 * 1024 * 1024;

/// The size limit of a text given to `extract` (a file or standard input): the extractor
/// and both its output formats are linear in their input and stream their output, and
/// a text to draft from is not kept in the facts folder.
pub const MAX_EXTRACT_BYTES: u64 = 256 * 1024 * 1024;
use std::fs;
use std::io::Read as _;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refusal {
    /// Nothing at that path (a dangling link ends here too).
    Missing,
    /// The path, once its links are resolved, is outside the folder it must stay in.
    OutsideFolder,
    /// A folder, FIFO, socket or device: what kind it is.
    NotRegular(&'static str),
    /// More than the limit (`MAX_FILE_BYTES`, or a table's `MAX_TABLE_BYTES`) bytes.
    TooLarge(u64),
    Io(std::io::Error),
}

impl Refusal {
    /// Says why, in a few words, for `cannot read FILE: …`.
    pub fn reason(&self) -> String {
        match self {
            Refusal::Missing => "it does not exist".to_string(),
            Refusal::OutsideFolder => "it is a link that leads out of the facts folder".to_string(),
            Refusal::NotRegular(kind) => format!("it is {kind}, not a regular file"),
            Refusal::TooLarge(limit) => format!("it is larger than the limit of {limit} bytes"),
            Refusal::Io(e) => e.to_string(),
        }
    }
}

impl From<std::io::Error> for Refusal {
    fn from(e: std::io::Error) -> Refusal {
        if e.kind() == std::io::ErrorKind::NotFound {
            Refusal::Missing
        } else {
            Refusal::Io(e)
        }
    }
}

/// What a file system entry is, for a message.
fn kind(t: fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    if t.is_dir() {
        Some("a folder")
    } else if t.is_file() {
        None
    } else {
        Some("a special file")
    }
}

/// The bytes of the regular file at `path` (links followed), bounded.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, Refusal> {
    if let Some(k) = kind(fs::metadata(path)?.file_type()) {
        return Err(Refusal::NotRegular(k));
    }
    read_open(open(path, false)?, MAX_FILE_BYTES)
}

/// [`read_bounded`] with another size limit (a table given to `import`).
pub fn read_bounded_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    if let Some(k) = kind(fs::metadata(path)?.file_type()) {
        return Err(Refusal::NotRegular(k));
    }
    read_open(open(path, false)?, limit)
}

/// The bytes of the regular file at `path`, which must lie inside `folder` (a canonical
/// path) once every link on the way is resolved.
pub fn read_inside(folder: &Path, path: &Path) -> Result<Vec<u8>, Refusal> {
    read_inside_limited(folder, path, MAX_FILE_BYTES)
}

/// A file of the facts folder by a path with no link in it (a listed folder's resolved
/// path and the file's name), as [`read_inside`] reads it when the file is no link:
/// `None` on any refusal, so the caller reads it with [`read_inside`], which says why. (No
/// path resolved per file: a million of them were a share of reading the folder.)
pub fn read_resolved(path: &Path) -> Option<Vec<u8>> {
    read_open(open(path, true).ok()?, MAX_FILE_BYTES).ok()
}

/// [`read_inside`] with another size limit (an archived table's, [`MAX_TABLE_BYTES`]).
pub fn read_inside_limited(folder: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let real = fs::canonicalize(path)?;
    if !real.starts_with(folder) {
        return Err(Refusal::OutsideFolder);
    }
    if let Some(k) = kind(fs::symlink_metadata(&real)?.file_type()) {
        return Err(Refusal::NotRegular(k));
    }
    // The resolved path is opened without following a link at its end, so a link swapped
    // in after the check is refused rather than followed.
    read_open(open(&real, true)?, limit)
}

fn open(path: &Path, no_follow: bool) -> std::io::Result<fs::File> {
    let mut o = fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = libc::O_NONBLOCK;
        if no_follow {
            flags |= libc::O_NOFOLLOW;
        }
        o.custom_flags(flags);
    }
    #[cfg(not(unix))]
    let _ = no_follow;
    o.open(path)
}

/// Reads an open file: refused unless the handle is a regular file; at most
/// `limit + 1` bytes are read, so a file that grows while read stays bounded.
fn read_open(file: fs::File, limit: u64) -> Result<Vec<u8>, Refusal> {
    let meta = file.metadata()?;
    if let Some(k) = kind(meta.file_type()) {
        return Err(Refusal::NotRegular(k));
    }
    if meta.len() > limit {
        return Err(Refusal::TooLarge(limit));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(Refusal::TooLarge(limit));
    }
    Ok(buf)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_out_of_the_folder_is_refused_and_one_inside_is_read() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret");
        fs::write(&secret, "token=hunter2\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(dir.path()).unwrap();
        std::os::unix::fs::symlink(&secret, root.join("out.yaml")).unwrap();
        fs::write(root.join("real.yaml"), "a: 1\n").unwrap();
        std::os::unix::fs::symlink("real.yaml", root.join("in.yaml")).unwrap();
        assert!(matches!(
            read_inside(&root, &root.join("out.yaml")),
            Err(Refusal::OutsideFolder)
        ));
        assert_eq!(
            read_inside(&root, &root.join("in.yaml")).unwrap(),
            b"a: 1\n"
        );
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            read_bounded(&fifo),
            Err(Refusal::NotRegular("a FIFO"))
        ));
        let root = fs::canonicalize(dir.path()).unwrap();
        assert!(matches!(
            read_inside(&root, &root.join("fifo")),
            Err(Refusal::NotRegular("a FIFO"))
        ));
    }

    #[test]
    fn a_device_is_refused() {
        assert!(matches!(
            read_bounded(Path::new("/dev/zero")),
            Err(Refusal::NotRegular("a device"))
        ));
    }
}
