//! File modes and identities on this machine, in one place for every platform: Unix
//! permission bits, owners and inodes where they exist; on Windows, where a file in the
//! user's profile is private to them by its ACL, modes are not set and read as private.

use std::fs::{Metadata, OpenOptions};
use std::path::Path;

/// Give `path` the permission bits `mode` (nothing to do on Windows).
pub fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

/// The permission bits of `path`, if it exists (on Windows: private, 0700).
pub fn mode_of(path: &Path) -> Option<u32> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        Some(meta.permissions().mode() & 0o7777)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some(0o700)
    }
}

/// Options that create a file with `mode` from its first byte (Unix).
pub fn with_mode(options: &mut OpenOptions, mode: u32) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = mode;
        options
    }
}

/// Make `link` a symbolic link to `target`.
pub fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(target, link)
    }
    #[cfg(windows)]
    {
        std::os::windows::fs::symlink_file(target, link)
    }
}

/// What tells a file apart from the one that replaced it under the same name: the inode on
/// Unix, the creation time on Windows (a rename keeps both).
pub fn identity(meta: &Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        meta.ino()
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt as _;
        meta.creation_time()
    }
}

/// (mode, owner) of a file, when it exists; never on Windows.
pub fn mode_and_owner(path: &Path) -> Option<(u32, u32)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let meta = std::fs::metadata(path).ok()?;
        Some((meta.mode(), meta.uid()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_has_its_mode_and_identity() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        with_mode(OpenOptions::new().write(true).create_new(true), 0o600)
            .open(&path)
            .unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_ne!(identity(&meta), 0);
        #[cfg(unix)]
        assert_eq!(mode_and_owner(&path).map(|(m, _)| m & 0o777), Some(0o600));
        set_mode(&path, 0o644).unwrap();
        #[cfg(unix)]
        assert_eq!(mode_and_owner(&path).map(|(m, _)| m & 0o777), Some(0o644));
    }
}
