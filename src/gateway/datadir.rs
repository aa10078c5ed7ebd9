//! The data folder on this machine: where it is by default, and `default.cfg` in it.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::domain::settings::{FILE_NAME, Settings};

/// The default data folder: a per-user data directory.
pub fn default_data_folder() -> PathBuf {
    dirs::data_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".local").join("share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("get-ai-gateway")
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

/// Write `default.cfg` atomically with mode 0600.
pub fn save(folder: &Path, text: &str) -> Result<()> {
    std::fs::create_dir_all(folder)
        .with_context(|| format!("cannot create the data folder {}", folder.display()))?;
    write_file(folder, FILE_NAME, text, 0o600)
}

/// Write `folder/name` atomically (a hidden temporary name, then a rename) with `mode`: a
/// reader never sees half a file, and a secret is never readable by others on the way.
pub fn write_file(folder: &Path, name: &str, text: &str, mode: u32) -> Result<()> {
    let path = folder.join(name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(folder)
        .with_context(|| format!("cannot write in {}", folder.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(&path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
