//! The transaction on this machine, in the data folder itself, with the guarantees of the
//! in-container script (`edit.sh`): the same lock (`flock` on `/data/.get-ai-gateway.lock`,
//! which the script takes too; one kernel, one bind-mounted inode, one lock), the same hidden
//! temporary names in the files' own folders, a `.NAME.bak` copy, the files' modes and owners
//! kept (0600 for a file that may hold a key), an atomic rename into place, and a roll-back
//! when one rename fails. Like the script, it does not fsync (see [`create`]). A killed
//! writer leaves no lock (the kernel drops a `flock` with its
//! last descriptor) and no half file (only whole files are renamed into place); the hidden
//! temporaries it may leave are removed by the next transaction, under the lock.
//!
//! [`begin`] answers `None` when a file or folder of the scope cannot be read or written here:
//! the caller then goes through the container, which reports what is wrong as it always has.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt as _, OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use rustix::fs::{FlockOperation, Gid, Uid, fchown, flock};

use super::{EditError, Reach, Snapshot, holds_keys, tree_paths, with_tree};
use crate::domain::live::paths::DATA;
use crate::engine::{FileData, NewFile};

/// The lock file, in `/data` (its host side here); `edit.sh` locks the same file.
pub const LOCK_FILE: &str = ".get-ai-gateway.lock";

/// How long to wait for the lock: 2000 tries 10 ms apart, as the script does.
const LOCK_TRIES: u32 = 2000;

/// A transaction that holds the lock; dropping it releases the lock.
pub struct Held {
    dir: PathBuf,
    token: String,
    _lock: File,
}

/// The host side of a path inside the container (`/data/x` → `dir/x`).
fn host_path(dir: &Path, path: &str) -> Option<PathBuf> {
    let rel = path.strip_prefix(DATA)?.strip_prefix('/')?;
    (!rel.split('/').any(|c| c == ".." || c.is_empty())).then(|| dir.join(rel))
}

/// The folder a file of `path` is written in, or its nearest existing parent (as the script).
fn folder_of(file: &Path) -> Option<&Path> {
    file.ancestors().skip(1).find(|d| d.is_dir())
}

fn writable(dir: &Path) -> bool {
    rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_ok()
}

/// Take the lock and read `paths` (and, for [`Reach::Tree`], every file of the tree, found
/// under the lock): the paths held and what they hold, or `None` when this cannot be done here.
pub fn begin(
    dir: &Path,
    paths: &[String],
    reach: Reach,
    token: &str,
) -> Result<Option<(Held, Vec<String>, Snapshot)>> {
    if files_of(dir, paths)?.is_none() {
        return Ok(None);
    }
    let Some(lock) = lock(dir)? else {
        return Ok(None);
    };
    let all = match reach {
        Reach::Paths => paths.to_vec(),
        Reach::Tree => with_tree(paths, tree_paths(dir)),
    };
    let Some(files) = files_of(dir, &all)? else {
        return Ok(None);
    };
    remove_leftovers(&files);
    let Some(snap) = read(dir, &all) else {
        return Ok(None);
    };
    let held = Held {
        dir: dir.to_path_buf(),
        token: token.to_string(),
        _lock: lock,
    };
    Ok(Some((held, all, snap)))
}

/// The host side of `paths`, or None when a folder they are written in is not writable here.
fn files_of(dir: &Path, paths: &[String]) -> Result<Option<Vec<PathBuf>>> {
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let Some(file) = host_path(dir, p) else {
            return Err(EditError::OutsideData(p.clone()).into());
        };
        if !folder_of(&file).is_some_and(writable) {
            return Ok(None);
        }
        files.push(file);
    }
    Ok(Some(files))
}

fn lock(dir: &Path) -> Result<Option<File>> {
    let path = dir.join(LOCK_FILE);
    let Ok(file) = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
    else {
        return Ok(None);
    };
    for _ in 0..LOCK_TRIES {
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Ok(Some(file)),
            Err(e) if e == rustix::io::Errno::WOULDBLOCK || e == rustix::io::Errno::INTR => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(_) => return Ok(None),
        }
    }
    Err(EditError::Locked(format!(
        "another change has held the edit lock ({DATA}/{LOCK_FILE}) for over 20 s"
    ))
    .into())
}

/// Hidden temporaries a killed writer left next to the files of the scope.
fn remove_leftovers(files: &[PathBuf]) {
    let mut folders: Vec<&Path> = files.iter().filter_map(|f| f.parent()).collect();
    folders.sort();
    folders.dedup();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') && (name.contains(".gag-new-") || name.contains(".gag-probe-"))
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Read `paths` from the data folder `dir`: what the script's listing gives (bytes, mode,
/// owner). `None` when one cannot be read here.
pub fn read(dir: &Path, paths: &[String]) -> Option<Snapshot> {
    let mut snap = Snapshot::default();
    for p in paths {
        let file = host_path(dir, p)?;
        let data = match std::fs::read(&file) {
            Ok(bytes) => {
                let meta = std::fs::metadata(&file).ok()?;
                Some(FileData {
                    bytes,
                    mode: meta.mode() & 0o7777,
                    uid: u64::from(meta.uid()),
                    gid: u64::from(meta.gid()),
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(_) => return None,
        };
        snap.files.insert(p.clone(), data);
    }
    Some(snap)
}

/// `.NAME.bak` next to `file`.
fn bak_of(file: &Path) -> PathBuf {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    file.with_file_name(format!(".{}.bak", name.unwrap_or_default()))
}

/// Write `bytes` to `path` (which must not exist) with `mode`, and `owner` when given.
fn create(path: &Path, bytes: &[u8], mode: u32, owner: Option<(u64, u64)>) -> std::io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    if let Some((uid, gid)) = owner {
        let same = f
            .metadata()
            .is_ok_and(|m| u64::from(m.uid()) == uid && u64::from(m.gid()) == gid);
        if !same {
            let id = |n: u64| u32::try_from(n).map_err(|_| std::io::ErrorKind::InvalidInput);
            fchown(
                &f,
                Some(Uid::from_raw(id(uid)?)),
                Some(Gid::from_raw(id(gid)?)),
            )?;
        }
    }
    // No fsync, as in the script (`tar -x`, `mv`): a killed writer cannot leave half a file,
    // since only whole files are renamed into place, and the lock dies with it. An fsync
    // per file (the temporaries and the backups) cost 5 to 20 ms each on a busy disk: more
    // than the rest of a change.
    f.set_permissions(std::fs::Permissions::from_mode(mode))
}

impl Held {
    /// Commit: `ops` (`keep`, `put`, `del`, one per path) and the new files of `staged`.
    pub fn commit(
        self,
        paths: &[String],
        ops: &[&str],
        files: &[NewFile],
        snap: &Snapshot,
    ) -> Result<()> {
        let mut temps = Vec::new();
        let mut new = files.iter();
        let result = self.write_temps(paths, ops, &mut new, snap, &mut temps);
        let result = result.and_then(|()| self.replace(paths, ops, snap));
        for t in &temps {
            let _ = std::fs::remove_file(t);
        }
        result
    }

    fn write_temps<'a>(
        &self,
        paths: &[String],
        ops: &[&str],
        new: &mut impl Iterator<Item = &'a NewFile>,
        snap: &Snapshot,
        temps: &mut Vec<PathBuf>,
    ) -> Result<()> {
        for (path, op) in paths.iter().zip(ops) {
            if *op != "put" {
                continue;
            }
            let Some(f) = new.next() else {
                return Err(EditError::Protocol(format!("no new content for {path}")).into());
            };
            let tmp = self.dir.join(&f.path);
            temps.push(tmp.clone());
            // A new file gets this process's owner: the container's root (see gateway::hostpath).
            let owner = snap.file(path).map(|old| (old.uid, old.gid));
            create(&tmp, &f.bytes, f.mode, owner)
                .map_err(|e| EditError::NotWritable(format!("{}: {e}", tmp.display())))?;
        }
        Ok(())
    }

    /// Back up and rename into place, in order; on a failure put back what was done.
    fn replace(&self, paths: &[String], ops: &[&str], snap: &Snapshot) -> Result<()> {
        let mut done = Vec::new();
        for (path, op) in paths.iter().zip(ops) {
            if *op == "keep" {
                continue;
            }
            let ok = self.replace_one(path, op, snap).is_ok();
            done.push(path);
            if !ok {
                for p in &done {
                    self.put_back(p, snap);
                }
                return Err(EditError::CommitFailed(
                    "could not replace the gateway's files; the previous versions were put back"
                        .into(),
                )
                .into());
            }
        }
        Ok(())
    }

    fn replace_one(&self, path: &str, op: &str, snap: &Snapshot) -> std::io::Result<()> {
        let file = host_path(&self.dir, path).ok_or(std::io::ErrorKind::InvalidInput)?;
        if let Some(old) = snap.file(path) {
            let bak = bak_of(&file);
            let tmp = bak.with_file_name(format!(
                "{}.gag-new-bak",
                bak.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ));
            let _ = std::fs::remove_file(&tmp);
            let mode = if holds_keys(path) { 0o600 } else { old.mode };
            create(&tmp, &old.bytes, mode, Some((old.uid, old.gid)))?;
            std::fs::rename(&tmp, &bak)?;
        }
        if op == "del" {
            return std::fs::remove_file(&file);
        }
        let tmp =
            super::temp_name(path, &self.token).map_err(|_| std::io::ErrorKind::InvalidInput)?;
        std::fs::rename(self.dir.join(tmp), &file)
    }

    /// Restore `path` from the snapshot (its content before this transaction).
    fn put_back(&self, path: &str, snap: &Snapshot) {
        let Some(file) = host_path(&self.dir, path) else {
            return;
        };
        match snap.file(path) {
            Some(old) => {
                let tmp = file.with_file_name(format!(
                    ".{}.gag-new-restore",
                    file.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default()
                ));
                let _ = std::fs::remove_file(&tmp);
                if create(&tmp, &old.bytes, old.mode, Some((old.uid, old.gid))).is_ok() {
                    let _ = std::fs::rename(&tmp, &file);
                }
                let _ = std::fs::remove_file(&tmp);
            }
            None => {
                let _ = std::fs::remove_file(&file);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::Write;

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("wasmplugins")).unwrap();
        std::fs::write(dir.path().join("wasmplugins/a.yaml"), "a: 1\n").unwrap();
        std::fs::set_permissions(
            dir.path().join("wasmplugins/a.yaml"),
            std::fs::Permissions::from_mode(0o640),
        )
        .unwrap();
        dir
    }

    fn paths() -> Vec<String> {
        vec![
            "/data/wasmplugins/a.yaml".into(),
            "/data/wasmplugins/b.yaml".into(),
            "/data/default.cfg".into(),
        ]
    }

    fn commit(dir: &Path, writes: Vec<Write>) {
        let paths = paths();
        let (held, _, snap) = begin(dir, &paths, Reach::Paths, "t0k").unwrap().unwrap();
        let (ops, files) = super::super::staged(&writes, &paths, &snap, "t0k").unwrap();
        held.commit(&paths, &ops, &files, &snap).unwrap();
    }

    #[test]
    fn a_commit_renames_keeps_a_backup_and_the_modes() {
        let dir = folder();
        let d = dir.path();
        std::fs::write(d.join("wasmplugins/.a.yaml.gag-new-dead"), "half").unwrap();
        commit(
            d,
            vec![
                Write::Put {
                    path: "/data/wasmplugins/a.yaml".into(),
                    text: "a: 2\n".into(),
                },
                Write::Put {
                    path: "/data/default.cfg".into(),
                    text: "K=v\n".into(),
                },
            ],
        );
        let mode = |p: &str| std::fs::metadata(d.join(p)).unwrap().mode() & 0o7777;
        assert_eq!(
            std::fs::read_to_string(d.join("wasmplugins/a.yaml")).unwrap(),
            "a: 2\n"
        );
        assert_eq!(
            std::fs::read_to_string(d.join("wasmplugins/.a.yaml.bak")).unwrap(),
            "a: 1\n"
        );
        // a.yaml may hold a key (wasmplugins/): 0600, its backup too; default.cfg is new: 0600.
        assert_eq!(mode("wasmplugins/a.yaml"), 0o600);
        assert_eq!(mode("wasmplugins/.a.yaml.bak"), 0o600);
        assert_eq!(mode("default.cfg"), 0o600);
        // No temporaries: this one's, nor the one a killed writer left.
        let mut names: Vec<_> = std::fs::read_dir(d.join("wasmplugins"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".a.yaml.bak", "a.yaml"]);
        commit(
            d,
            vec![Write::Delete {
                path: "/data/wasmplugins/a.yaml".into(),
            }],
        );
        assert!(!d.join("wasmplugins/a.yaml").exists());
        assert_eq!(
            std::fs::read_to_string(d.join("wasmplugins/.a.yaml.bak")).unwrap(),
            "a: 2\n"
        );
    }

    #[test]
    fn the_lock_is_held_until_the_transaction_ends() {
        let dir = folder();
        let paths = paths();
        let (held, _, _) = begin(dir.path(), &paths, Reach::Paths, "one")
            .unwrap()
            .unwrap();
        let other = File::open(dir.path().join(LOCK_FILE)).unwrap();
        assert!(flock(&other, FlockOperation::NonBlockingLockExclusive).is_err());
        drop(held);
        assert!(flock(&other, FlockOperation::NonBlockingLockExclusive).is_ok());
    }

    #[test]
    fn unreadable_or_outside_paths_are_not_done_here() {
        let dir = folder();
        assert!(begin(dir.path(), &["/etc/passwd".to_string()], Reach::Paths, "x").is_err());
        assert!(host_path(dir.path(), "/data/../etc/passwd").is_none());
        // A folder that does not exist has a writable parent here: fine; a missing data
        // folder is not.
        let gone = dir.path().join("gone");
        assert!(begin(&gone, &paths(), Reach::Paths, "x").unwrap().is_none());
    }
}
