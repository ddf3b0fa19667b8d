//! The data folder (the SQLite file and the generated key file): one process at a time, and a
//! warning at start when other users can read its files.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// The lock file in the data folder, locked by the running process.
pub const LOCK_FILE: &str = "technified-bot.lock";

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("the data folder {} is in use by another technified-bot process", .0.display())]
    InUse(PathBuf),
    #[error("cannot lock the data folder {}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
}

/// An exclusive lock on the data folder, held while this value lives. A second process on the
/// same folder would get the same gateway events and apply every write twice. The kernel
/// releases the lock when the process ends, even by `kill -9`, so none is ever left stale.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Locks `dir` (creating it on first run), or says it is in use.
    pub fn acquire(dir: &Path) -> Result<Self, LockError> {
        let io_error = |error| LockError::Io {
            path: dir.to_owned(),
            error,
        };
        std::fs::create_dir_all(dir).map_err(io_error)?;
        let file = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(false)
            .open(dir.join(LOCK_FILE))
            .map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(LockError::InUse(dir.to_owned())),
            Err(TryLockError::Error(error)) => Err(io_error(error)),
        }
    }
}

/// The permission bits of `path` when users other than its owner may read it; `None` when it
/// is private or does not exist (yet).
#[cfg(unix)]
pub fn readable_by_others(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o044 != 0).then_some(mode)
}

#[cfg(not(unix))]
pub fn readable_by_others(_path: &Path) -> Option<u32> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_folder_is_refused_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let first = FolderLock::acquire(&data).unwrap();
        let second = FolderLock::acquire(&data).unwrap_err();
        assert!(matches!(&second, LockError::InUse(path) if *path == data));
        assert!(second.to_string().contains("in use by another"), "{second}");
        drop(first);
        FolderLock::acquire(&data).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn files_readable_by_group_or_others_are_found() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bot.db");
        assert_eq!(readable_by_others(&path), None, "a missing file");
        std::fs::write(&path, b"").unwrap();
        for (mode, open) in [(0o600, false), (0o640, true), (0o604, true), (0o700, false)] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            assert_eq!(readable_by_others(&path), open.then_some(mode), "{mode:o}");
        }
    }
}
