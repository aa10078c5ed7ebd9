//! The plugin's folder: the rendered files written into place atomically, keeping a
//! different copy as a backup.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::PLUGIN_ID;
use super::runtime::Runtime;
use super::template::render;
use crate::error::{fail, fail_hint};

pub fn io_fail(what: &str, path: &Path, e: std::io::Error) -> anyhow::Error {
    fail_hint(
        format!("cannot {what} {}: {e}", path.display()),
        "check the folder's permissions, or choose another folder with --home",
    )
}

/// `dir` holds exactly the rendered files.
pub fn is_current(rt: Runtime, dir: &Path) -> bool {
    same_files(dir, &render(rt))
}

/// `dir` is a folder holding exactly `files` (name, content), nothing more.
pub fn same_files<S: AsRef<str>>(dir: &Path, files: &[(&str, S)]) -> bool {
    dir.is_dir()
        && files.iter().all(|(name, content)| {
            std::fs::read_to_string(dir.join(name)).ok().as_deref() == Some(content.as_ref())
        })
        && std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0) == files.len()
}

fn timestamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}

#[derive(Debug, PartialEq, Eq)]
pub enum Installed {
    Unchanged,
    Written { backup: Option<PathBuf> },
}

/// Write the plugin folder atomically (temp folder, rename); back up a different copy
/// unless `force`.
pub fn install(rt: Runtime, dir: &Path, force: bool) -> Result<Installed> {
    let parent = dir
        .parent()
        .ok_or_else(|| fail(format!("{} has no parent folder", dir.display())))?;
    // Outside the scanned extensions folder, so the runtime never loads the backup.
    let store = parent.parent().unwrap_or(parent).join("plugin-backups");
    install_files(&render(rt), dir, force, &store, PLUGIN_ID)
}

/// Make `dir` hold exactly `files` (name, content): written into a temp folder next to it,
/// then renamed into place. A different copy already there is moved to
/// `<backups>/<label>.<timestamp>` unless `force`; an identical one is left alone.
pub fn install_files<S: AsRef<str>>(
    files: &[(&str, S)],
    dir: &Path,
    force: bool,
    backups: &Path,
    label: &str,
) -> Result<Installed> {
    if same_files(dir, files) {
        return Ok(Installed::Unchanged);
    }
    let parent = dir
        .parent()
        .ok_or_else(|| fail(format!("{} has no parent folder", dir.display())))?;
    std::fs::create_dir_all(parent).map_err(|e| io_fail("create", parent, e))?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{label}.tmp-"))
        .tempdir_in(parent)
        .map_err(|e| io_fail("write in", parent, e))?;
    for (name, content) in files {
        let path = tmp.path().join(name);
        std::fs::write(&path, content.as_ref()).map_err(|e| io_fail("write", &path, e))?;
        set_mode(&path, 0o644)?;
    }
    set_mode(tmp.path(), 0o755)?;
    let mut backup = None;
    if dir.exists() {
        if force {
            std::fs::remove_dir_all(dir).map_err(|e| io_fail("remove", dir, e))?;
        } else {
            std::fs::create_dir_all(backups).map_err(|e| io_fail("create", backups, e))?;
            let target = backups.join(format!("{label}.{}", timestamp()));
            std::fs::rename(dir, &target).map_err(|e| io_fail("back up", dir, e))?;
            backup = Some(target);
        }
    }
    let tmp_path = tmp.keep();
    if let Err(e) = std::fs::rename(&tmp_path, dir) {
        if let Some(b) = &backup {
            let _ = std::fs::rename(b, dir);
        }
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(io_fail("install into", dir, e));
    }
    Ok(Installed::Written { backup })
}

/// Remove the plugin folder.
pub fn uninstall(dir: &Path) -> Result<()> {
    if !dir.exists() {
        return Err(fail_hint(
            format!("the plugin is not installed in {}", dir.display()),
            "see where it is with `get-ai-gateway plugin status`",
        ));
    }
    std::fs::remove_dir_all(dir).map_err(|e| io_fail("remove", dir, e))
}

pub fn set_mode(path: &Path, mode: u32) -> Result<()> {
    crate::gateway::fsmode::set_mode(path, mode).map_err(|e| io_fail("set the mode of", path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `<temp>/home/extensions/<plugin id>`, not created yet.
    fn plugin_dir(root: &tempfile::TempDir) -> PathBuf {
        super::super::runtime::extension_dir(&root.path().join("home"))
    }

    fn written(rt: Runtime, dir: &Path, force: bool) -> Option<PathBuf> {
        match install(rt, dir, force).unwrap() {
            Installed::Written { backup } => backup,
            Installed::Unchanged => panic!("nothing written"),
        }
    }

    #[test]
    fn install_writes_the_rendered_files_and_is_then_up_to_date() {
        let root = tempfile::tempdir().unwrap();
        let dir = plugin_dir(&root);
        assert_eq!(written(Runtime::Clawdbot, &dir, false), None);
        for (name, content) in render(Runtime::Clawdbot) {
            assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), content);
        }
        assert!(is_current(Runtime::Clawdbot, &dir));
        assert!(!is_current(Runtime::OpenClaw, &dir), "other manifest name");
        assert_eq!(
            install(Runtime::Clawdbot, &dir, false).unwrap(),
            Installed::Unchanged
        );
        let left: Vec<_> = std::fs::read_dir(dir.parent().unwrap()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temp folder left: {left:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!((mode(&dir), mode(&dir.join("index.ts"))), (0o755, 0o644));
        }
    }

    /// A temp folder with the OpenClaw plugin installed.
    fn installed() -> (tempfile::TempDir, PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let dir = plugin_dir(&root);
        written(Runtime::OpenClaw, &dir, false);
        (root, dir)
    }

    #[test]
    fn a_different_copy_is_backed_up_outside_the_extensions_folder() {
        let (root, dir) = installed();
        std::fs::write(dir.join("index.ts"), "// old\n").unwrap();
        assert!(!is_current(Runtime::OpenClaw, &dir));
        let backup = written(Runtime::OpenClaw, &dir, false).expect("a backup");
        assert_eq!(
            backup.parent().unwrap(),
            root.path().join("home/plugin-backups")
        );
        assert_eq!(
            std::fs::read_to_string(backup.join("index.ts")).unwrap(),
            "// old\n"
        );
        assert!(is_current(Runtime::OpenClaw, &dir));
    }

    #[test]
    fn force_replaces_without_a_backup_and_extra_files_go() {
        let (root, dir) = installed();
        std::fs::write(dir.join("stray.js"), "x").unwrap();
        assert_eq!(written(Runtime::OpenClaw, &dir, true), None);
        assert!(!dir.join("stray.js").exists());
        assert!(!root.path().join("home/plugin-backups").exists());
        assert!(is_current(Runtime::OpenClaw, &dir));
    }

    #[test]
    fn uninstall_removes_the_folder_and_fails_when_there_is_none() {
        let (_root, dir) = installed();
        uninstall(&dir).unwrap();
        assert!(!dir.exists());
        let err = uninstall(&dir).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the plugin is not installed in "),
            "{err}"
        );
    }
}
