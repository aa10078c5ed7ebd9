//! The data folder on this machine: where it is by default, and `default.cfg` in it.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::fsmode::set_mode;
use crate::domain::providers::settings::{FILE_NAME, Settings};

/// The default data folder: a per-user data directory (`%LOCALAPPDATA%` on Windows).
pub fn default_data_folder() -> PathBuf {
    dirs::data_local_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".local").join("share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("get-ai-gateway")
}

/// `--data-folder` when given, else the per-user default.
pub fn chosen(explicit: Option<&Path>) -> PathBuf {
    explicit.map_or_else(default_data_folder, Path::to_path_buf)
}

/// Read `default.cfg` from a data folder on this machine, if it exists.
pub fn load(folder: &Path) -> Result<Option<Settings>> {
    let path = folder.join(FILE_NAME);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(Settings::parse(&text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Write `default.cfg` atomically with mode 0600, in a data folder of mode 0700.
pub fn save(folder: &Path, text: &str) -> Result<()> {
    std::fs::create_dir_all(folder)
        .with_context(|| format!("cannot create the data folder {}", folder.display()))?;
    set_mode(folder, 0o700).with_context(|| format!("cannot make {} private", folder.display()))?;
    write_file(folder, FILE_NAME, text, 0o600)
}

/// Create `dir` (and its parents) and give it mode 0700.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

/// The modes a data folder keeps: (path under the folder, mode). Keys are in `default.cfg`
/// and its backup; the access log in `logs/`; the folder's own mode covers every file the
/// container made in it.
pub const PRIVATE: [(&str, u32); 4] = [
    ("", 0o700),
    ("logs", 0o700),
    (FILE_NAME, 0o600),
    (".default.cfg.bak", 0o600),
];

/// The paths of [`PRIVATE`] in `folder` that others may read, as `path (mode)`.
pub fn open_paths(folder: &Path) -> Vec<String> {
    PRIVATE
        .iter()
        .filter_map(|(name, _)| {
            let path = folder.join(name);
            let mode = mode_of(&path)?;
            (mode & 0o077 != 0).then(|| format!("{} ({mode:04o})", path.display()))
        })
        .collect()
}

pub use super::fsmode::mode_of;

/// Give an existing data folder the modes of [`PRIVATE`]; returns what changed, e.g.
/// `"/home/u/data (0755 -> 0700)"`. A path this user may not change is left (the folder's
/// mode still keeps others out).
pub fn tighten(folder: &Path) -> Vec<String> {
    let mut changed = Vec::new();
    for (name, want) in PRIVATE {
        let path = if name.is_empty() {
            folder.to_path_buf()
        } else {
            folder.join(name)
        };
        let Some(mode) = mode_of(&path) else { continue };
        if mode & 0o077 == 0 || mode & 0o7777 == want {
            continue;
        }
        if set_mode(&path, want).is_ok() {
            changed.push(format!("{} ({mode:04o} -> {want:04o})", path.display()));
        }
    }
    changed
}

/// Write `folder/name` atomically (a hidden temporary name, then a rename) with `mode`: a
/// reader never sees half a file, and a secret is never readable by others on the way.
pub fn write_file(folder: &Path, name: &str, text: &str, mode: u32) -> Result<()> {
    let path = folder.join(name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(folder)
        .with_context(|| format!("cannot write in {}", folder.display()))?;
    set_mode(tmp.path(), mode)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(&path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// The folder does not exist, or holds nothing: a start that uses it writes every file.
pub fn absent_or_empty(folder: &Path) -> bool {
    match std::fs::read_dir(folder) {
        Ok(mut entries) => entries.next().is_none(),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_new_when_absent_or_empty() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        assert!(absent_or_empty(&folder));
        std::fs::create_dir(&folder).unwrap();
        assert!(absent_or_empty(&folder));
        std::fs::write(folder.join("default.cfg"), "").unwrap();
        assert!(!absent_or_empty(&folder));
    }

    #[test]
    fn save_is_private_and_atomic() {
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), "A=1\n").unwrap();
        save(dir.path(), "A=2\n").unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "A=2\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn tighten_makes_an_open_folder_private_and_says_what_changed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        let logs = folder.join("logs");
        std::fs::create_dir_all(&logs).unwrap();
        std::fs::write(folder.join(FILE_NAME), "K=v\n").unwrap();
        for (path, mode) in [(&folder, 0o755), (&logs, 0o755)] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        std::fs::set_permissions(
            folder.join(FILE_NAME),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        let changed = tighten(&folder);
        assert_eq!(changed.len(), 3, "{changed:?}");
        assert!(changed[0].ends_with("(0755 -> 0700)"), "{changed:?}");
        assert_eq!(mode_of(&folder), Some(0o700));
        assert_eq!(mode_of(&logs), Some(0o700));
        assert_eq!(mode_of(&folder.join(FILE_NAME)), Some(0o600));
        assert!(tighten(&folder).is_empty());
    }
}
