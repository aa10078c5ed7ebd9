//! Backups on both sides: a consistent copy of `/data` taken in the container under the edit
//! lock, the archive file on this machine, and a data folder replaced by a backup's content.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Result;

use super::Gateway;
use super::fsmode;
use crate::domain::ops::backup::{self, Backup, Entry, Kind, Meta};
use crate::edit::{EditError, SCRIPT};
use crate::error::{fail, fail_hint};

/// The folders a backup leaves out and a restore carries over from the replaced folder:
/// older backups, and the access logs (no configuration, and they only grow).
pub const NOT_BACKED_UP: [&str; 2] = ["backups", "logs"];

/// The data folder's files, read in the container while holding the edit lock, so no
/// change is half in the copy.
pub async fn snapshot(gw: &Gateway) -> Result<(Meta, Vec<Entry>)> {
    let out = gw
        .engine()
        .exec(gw.name(), &["sh", "-c", SCRIPT, "gag", "backup"])
        .await?;
    match out.code {
        0 => {}
        4 => return Err(EditError::Locked(out.stderr.trim().to_string()).into()),
        code => {
            return Err(EditError::Failed {
                code,
                message: out.stderr.trim().to_string(),
            }
            .into());
        }
    }
    let mut entries = backup::entries_from_tar(&out.stdout)?;
    // A dump Redis was writing in the background (it renames it into place when done).
    entries.retain(|e| !backup::is_partial_dump(&e.path));
    if !entries.iter().any(|e| e.path == "default.cfg") {
        return Err(fail_hint(
            format!("the data folder of {} holds no default.cfg", gw.name()),
            "a gateway made by `get-ai-gateway start` (or the script) has one; check the /data mount              with `get-ai-gateway status`",
        ));
    }
    let meta = Meta {
        container: gw.name().to_string(),
        image: gw.info().image.clone(),
        created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    Ok((meta, entries))
}

/// Where backups go by default: `<data folder>/backups` when the data folder is on this
/// machine, else the current folder.
pub fn default_path(gw: &Gateway) -> PathBuf {
    let name = backup::default_file_name(gw.name(), chrono::Utc::now());
    match gw.host_data_folder() {
        Some(dir) => dir.join("backups").join(name),
        None => PathBuf::from(name),
    }
}

/// Write an archive atomically, readable by its owner only (it holds API keys).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let cannot = |e: std::io::Error| fail(format!("cannot write {}: {e}", path.display()));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(cannot)?;
    }
    let tmp = sibling(path, ".partial");
    let mut file = fsmode::with_mode(
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true),
        0o600,
    )
    .open(&tmp)
    .map_err(cannot)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| fsmode::set_mode(&tmp, 0o600))
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(cannot(e));
    }
    Ok(())
}

/// Read and verify a backup file; nothing is changed.
pub fn read(path: &Path) -> Result<Backup> {
    let bytes = std::fs::read(path).map_err(|e| {
        fail_hint(
            format!("cannot read the backup {}: {e}", path.display()),
            "name an existing backup file (`get-ai-gateway backup` makes one)",
        )
    })?;
    backup::unpack(&bytes)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn stamp() -> String {
    chrono::Utc::now().format("%Y%m%d-%H%M%S").to_string()
}

fn write_tree(dir: &Path, entries: &[Entry]) -> std::io::Result<()> {
    // A data folder holds keys: private, like the one `start` makes.
    super::datadir::private_dir(dir)?;
    for e in entries {
        let path = dir.join(&e.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        match &e.kind {
            Kind::Dir => std::fs::create_dir_all(&path)?,
            Kind::Symlink(target) => fsmode::symlink(Path::new(target), &path)?,
            Kind::File => {
                let mut f = fsmode::with_mode(
                    std::fs::OpenOptions::new().write(true).create_new(true),
                    0o600,
                )
                .open(&path)?;
                f.write_all(&e.bytes)?;
                f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(e.mtime))?;
            }
        }
        if !matches!(e.kind, Kind::Symlink(_)) {
            fsmode::set_mode(&path, e.mode)?;
        }
    }
    Ok(())
}

/// Move `backups/` and `logs/` from one data folder to another (a fresh `logs/` when
/// there is none: the container mounts it).
fn carry_over(from: Option<&Path>, to: &Path) -> std::io::Result<()> {
    for name in NOT_BACKED_UP {
        let src = from.map(|f| f.join(name)).filter(|p| p.is_dir());
        match src {
            Some(src) => std::fs::rename(src, to.join(name))?,
            None if name == "logs" => super::datadir::private_dir(&to.join(name))?,
            None => {}
        }
    }
    Ok(())
}

/// Replace `folder` by the backup's content. The replaced folder is kept next to it as
/// `<folder>.<keep>-<time>` (returned); `backups/` and `logs/` move into the new folder.
pub fn replace_folder(folder: &Path, backup: &Backup, keep: &str) -> Result<Option<PathBuf>> {
    let staging = sibling(folder, &format!(".restoring-{}", fastrand::u32(..)));
    let old = folder.exists().then_some(folder);
    let kept = sibling(folder, &format!(".{keep}-{}", stamp()));
    let step = write_tree(&staging, &backup.entries)
        .and_then(|()| carry_over(old, &staging))
        .and_then(|()| match old {
            Some(old) => std::fs::rename(old, &kept),
            None => Ok(()),
        });
    if let Err(e) = step {
        if let Some(old) = old {
            let _ = carry_over(Some(&staging), old);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(fail(format!(
            "cannot write the restored data folder next to {}: {e}; nothing was changed",
            folder.display()
        )));
    }
    if let Err(e) = std::fs::rename(&staging, folder) {
        if old.is_some() {
            let _ = std::fs::rename(&kept, folder);
            let _ = carry_over(Some(&staging), folder);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(fail(format!(
            "cannot put the restored data folder in place at {}: {e}; nothing was changed",
            folder.display()
        )));
    }
    Ok(old.map(|_| kept))
}

/// Undo [`replace_folder`]: the kept folder goes back in place (with `backups/` and
/// `logs/`); the restored one is kept as `<folder>.failed-<time>`.
pub fn put_back(folder: &Path, kept: &Path) -> Result<()> {
    let failed = sibling(folder, &format!(".failed-{}", stamp()));
    std::fs::rename(folder, &failed)
        .and_then(|()| carry_over(Some(&failed), kept))
        .and_then(|()| std::fs::rename(kept, folder))
        .map_err(|e| {
            fail(format!(
                "cannot put {} back in place of {}: {e}",
                kept.display(),
                folder.display()
            ))
        })
}

/// A backup written.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Saved {
    pub file: PathBuf,
    pub files: usize,
    pub bytes: usize,
    pub seconds: f64,
    /// What Redis beside the gateway did before the copy.
    #[serde(skip)]
    pub dump: super::redis::Dump,
}

/// Take a consistent copy of the running gateway's data folder and write it to `path`;
/// the Redis beside the gateway writes its dump (`redis/dump.rdb`) first.
pub async fn save(gw: &Gateway, path: &Path) -> Result<Saved> {
    let started = std::time::Instant::now();
    let dump = super::redis::save(gw).await?;
    let (meta, entries) = snapshot(gw).await?;
    let archive = backup::pack(&meta, &entries)?;
    write_private(path, &archive)?;
    Ok(Saved {
        file: std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
        files: entries.iter().filter(|e| e.kind == Kind::File).count(),
        bytes: archive.len(),
        seconds: started.elapsed().as_secs_f64(),
        dump,
    })
}

/// What [`fill_new_folder`] did to the target, so that [`undo_new_folder`] can undo it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filled {
    /// The folder was made (it did not exist, or was empty: `was_empty`).
    Made { was_empty: bool },
    /// It held another gateway's data folder, now kept next to it (as `restore` keeps one).
    Replaced { kept: PathBuf },
}

/// Whether `folder` holds a gateway's data folder (its `wasmplugins/` or `default.cfg`).
pub fn is_data_folder(folder: &Path) -> bool {
    folder.join("wasmplugins").is_dir()
        || folder
            .join(crate::domain::providers::settings::FILE_NAME)
            .is_file()
}

/// Write the backup's content into `target`, a data folder to move to: made when absent or
/// empty; another gateway data folder is replaced (and kept next to it); any other folder
/// with files in it is refused, and so is a file. `from`, the folder the data comes from,
/// is not touched.
pub fn fill_new_folder(target: &Path, backup: &Backup) -> Result<Filled> {
    if target.exists() && !target.is_dir() {
        return Err(fail_hint(
            format!("{} is not a folder", target.display()),
            "name a new or empty folder in start.dataFolder",
        ));
    }
    if !super::datadir::absent_or_empty(target) {
        if !is_data_folder(target) {
            return Err(fail_hint(
                format!(
                    "{} holds files and is not a gateway data folder; nothing was changed",
                    target.display()
                ),
                "name a new or empty folder in start.dataFolder",
            ));
        }
        let kept = replace_folder(target, backup, "before-recreate")?;
        return Ok(Filled::Replaced {
            kept: kept.unwrap_or_else(|| target.to_path_buf()),
        });
    }
    let was_empty = target.is_dir();
    let staging = sibling(target, &format!(".restoring-{}", fastrand::u32(..)));
    let made = write_tree(&staging, &backup.entries)
        .and_then(|()| carry_over(None, &staging))
        .and_then(|()| match was_empty {
            true => std::fs::remove_dir(target),
            false => Ok(()),
        })
        .and_then(|()| std::fs::rename(&staging, target));
    if let Err(e) = made {
        let _ = std::fs::remove_dir_all(&staging);
        if was_empty && !target.exists() {
            let _ = super::datadir::private_dir(target);
        }
        return Err(fail(format!(
            "cannot write the data folder {}: {e}; nothing was changed",
            target.display()
        )));
    }
    Ok(Filled::Made { was_empty })
}

/// Undo [`fill_new_folder`]: a folder it made goes (an empty one stays, empty), a replaced
/// one comes back.
pub fn undo_new_folder(target: &Path, filled: &Filled) -> Result<()> {
    match filled {
        Filled::Made { was_empty } => std::fs::remove_dir_all(target)
            .and_then(|()| match was_empty {
                true => super::datadir::private_dir(target),
                false => Ok(()),
            })
            .map_err(|e| fail(format!("cannot remove {}: {e}", target.display()))),
        Filled::Replaced { kept } => put_back(target, kept),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Backup {
        let file = |path: &str, text: &str| Entry {
            path: path.into(),
            kind: Kind::File,
            mode: 0o600,
            mtime: 1,
            bytes: text.as_bytes().to_vec(),
        };
        Backup {
            meta: Meta::default(),
            entries: vec![
                Entry {
                    path: "wasmplugins".into(),
                    kind: Kind::Dir,
                    mode: 0o755,
                    mtime: 1,
                    bytes: Vec::new(),
                },
                file("wasmplugins/ai-proxy.internal.yaml", "new\n"),
                file("default.cfg", "K=v\n"),
            ],
        }
    }

    fn read(p: &Path) -> String {
        std::fs::read_to_string(p).unwrap_or_default()
    }

    #[test]
    fn a_new_folder_is_made_or_filled_and_undone_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let absent = dir.path().join("absent");
        let filled = fill_new_folder(&absent, &content()).unwrap();
        assert_eq!(filled, Filled::Made { was_empty: false });
        assert_eq!(
            read(&absent.join("wasmplugins/ai-proxy.internal.yaml")),
            "new\n"
        );
        assert!(absent.join("logs").is_dir(), "the container mounts logs/");
        undo_new_folder(&absent, &filled).unwrap();
        assert!(!absent.exists());

        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let filled = fill_new_folder(&empty, &content()).unwrap();
        assert_eq!(filled, Filled::Made { was_empty: true });
        assert_eq!(read(&empty.join("default.cfg")), "K=v\n");
        undo_new_folder(&empty, &filled).unwrap();
        assert!(datadir_empty(&empty), "the empty folder stays, empty");
    }

    fn datadir_empty(p: &Path) -> bool {
        p.is_dir() && super::super::datadir::absent_or_empty(p)
    }

    #[test]
    fn a_folder_with_other_files_is_refused_and_a_gateway_folder_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("photos");
        std::fs::create_dir(&other).unwrap();
        std::fs::write(other.join("cat.jpg"), "meow").unwrap();
        let e = fill_new_folder(&other, &content()).unwrap_err();
        assert!(
            format!("{e:#}").contains("not a gateway data folder"),
            "{e:#}"
        );
        assert_eq!(read(&other.join("cat.jpg")), "meow");
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(fill_new_folder(&file, &content()).is_err());
        assert_eq!(read(&file), "x");

        let old = dir.path().join("old-gateway");
        std::fs::create_dir_all(old.join("wasmplugins")).unwrap();
        std::fs::write(old.join("wasmplugins/ai-proxy.internal.yaml"), "old\n").unwrap();
        let filled = fill_new_folder(&old, &content()).unwrap();
        let Filled::Replaced { kept } = &filled else {
            panic!("{filled:?}");
        };
        assert_eq!(
            read(&kept.join("wasmplugins/ai-proxy.internal.yaml")),
            "old\n"
        );
        assert_eq!(
            read(&old.join("wasmplugins/ai-proxy.internal.yaml")),
            "new\n"
        );
        undo_new_folder(&old, &filled).unwrap();
        assert_eq!(
            read(&old.join("wasmplugins/ai-proxy.internal.yaml")),
            "old\n"
        );
    }
}
