//! The edit engine: every change to the gateway's files goes through [`transact`].
//!
//! One exec per change. A fixed script (no user text in it; paths are arguments) runs in the
//! container and:
//! 1. takes the lock (`flock` on `/data/.get-ai-gateway.lock`, dropped by the kernel when its
//!    holder dies; on an image without `flock`, a directory in /dev/shm broken after 30 s) and
//!    removes the hidden temporaries a killed writer left,
//! 2. prints the files (mode, owner, size, bytes),
//! 3. waits on stdin while this process computes the change with typed YAML edits,
//! 4. receives `COMMIT <op>...` and a tar of the new files under hidden temporary names in
//!    their own folders (or `ABORT`, or end of input: nothing changes),
//! 5. checks the folders are writable, keeps a `.NAME.bak` backup, renames the new files into
//!    place (the watcher never sees half a file), touches them so the gateway reloads, rolls
//!    everything back if one rename fails, removes the temporaries and releases the lock.
//!
//! Because the lock is held from read to write, parallel invocations never lose an update.
//!
//! Where the data folder on this machine is the container's `/data` and this process may write
//! it (see `gateway::hostpath`), the same transaction runs here instead ([`host`]): the same
//! lock (`flock` on `/data/.get-ai-gateway.lock`, which the script takes too), the same
//! temporary names, backups, modes, owners and renames, with no exec.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;

pub use crate::domain::live::Write;
use crate::domain::live::paths::DATA;
use crate::engine::{self, Engine, ExecSession, FileData, NewFile, Output};

mod error;
#[cfg(unix)]
pub mod host;

pub use error::EditError;

/// Exit codes of the edit script.
const LOCK_BUSY: i64 = 4;
const NOT_WRITABLE: i64 = 5;
const COMMIT_FAILED: i64 = 6;

/// The one in-container script, for reads (`read PATH...`) and changes (`edit TOKEN PATH...`).
pub const SCRIPT: &str = include_str!("edit.sh");

/// What was read at the start of a change.
#[derive(Debug, Default)]
pub struct Snapshot {
    files: BTreeMap<String, Option<FileData>>,
}

impl Snapshot {
    pub fn file(&self, path: &str) -> Option<&FileData> {
        self.files.get(path).and_then(Option::as_ref)
    }

    pub fn text(&self, path: &str) -> Option<String> {
        self.file(path)
            .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
    }

    pub fn exists(&self, path: &str) -> bool {
        self.file(path).is_some()
    }

    /// Every path the snapshot holds (the files read, present or not).
    pub fn paths(&self) -> impl Iterator<Item = &String> {
        self.files.keys()
    }

    /// The files that exist, path → text.
    pub fn present(&self) -> BTreeMap<String, String> {
        self.files
            .iter()
            .filter_map(|(p, f)| {
                let f = f.as_ref()?;
                Some((p.clone(), String::from_utf8_lossy(&f.bytes).into_owned()))
            })
            .collect()
    }
}

/// Which files a transaction or a read holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The paths given.
    Paths,
    /// The paths given and every `*.yaml` file under `/data` but `logs/`, found when the
    /// files are read (under the lock for a transaction).
    Tree,
}

/// Read files without a lock: from the data folder `host` on this machine when given and
/// readable there, else from the container ([`read_files`]).
pub async fn read(
    engine: &Engine,
    container: &str,
    host: Option<&Path>,
    paths: &[String],
) -> Result<Snapshot> {
    #[cfg(unix)]
    if let Some(snap) = host.and_then(|dir| host::read(dir, paths)) {
        return Ok(snap);
    }
    #[cfg(not(unix))]
    let _ = host;
    read_files(engine, container, paths).await
}

/// Read files from the container without a lock (for read-only commands): one file by
/// archive download, several by one exec (the engine serialises archive requests).
pub async fn read_files(engine: &Engine, container: &str, paths: &[String]) -> Result<Snapshot> {
    if let [path] = paths {
        let file = engine.read_file(container, path).await?;
        return Ok(Snapshot {
            files: BTreeMap::from([(path.clone(), file)]),
        });
    }
    let mut argv: Vec<&str> = vec!["sh", "-c", SCRIPT, "gag", "read"];
    argv.extend(paths.iter().map(String::as_str));
    let out = engine.exec(container, &argv).await?;
    match parse_listing(&out.stdout, paths)? {
        Some(snap) if out.code == 0 => Ok(snap),
        _ => Err(EditError::Read {
            code: out.code,
            message: out.stderr.trim().to_string(),
        }
        .into()),
    }
}

/// `paths` and every file of the tree, from the container without a lock, in one exec.
pub async fn read_tree_files(
    engine: &Engine,
    container: &str,
    paths: &[String],
) -> Result<Snapshot> {
    let mut argv: Vec<&str> = vec!["sh", "-c", SCRIPT, "gag", "tree"];
    argv.extend(paths.iter().map(String::as_str));
    let out = engine.exec(container, &argv).await?;
    let listed = parse_found(&out.stdout, paths)?
        .map(|(all, at)| parse_listing(&out.stdout[at..], &all))
        .transpose()?
        .flatten();
    match listed {
        Some(snap) if out.code == 0 => Ok(snap),
        _ => Err(EditError::Read {
            code: out.code,
            message: out.stderr.trim().to_string(),
        }
        .into()),
    }
}

/// The `*.yaml` files under `dir` (the host side of `/data`) but `logs/`, as paths inside
/// the container, sorted: the files of [`Reach::Tree`].
pub fn tree_paths(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    yaml_files(dir, Path::new(DATA), &mut out);
    out.sort();
    out
}

fn yaml_files(dir: &Path, inside: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let inner = inside.join(&name);
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && inner != Path::new("/data/logs") {
            yaml_files(&entry.path(), &inner, out);
        } else if kind.is_file() && name.to_string_lossy().ends_with(".yaml") {
            out.push(inner.to_string_lossy().into_owned());
        }
    }
}

/// `paths` followed by the tree's files that are not among them.
pub fn with_tree(paths: &[String], tree: Vec<String>) -> Vec<String> {
    let mut all = paths.to_vec();
    all.extend(tree.into_iter().filter(|p| !paths.contains(p)));
    all
}

/// Parses the script's `FOUND n` line and the n paths after it (see `tree_files` in the
/// script): `paths` with them appended (a path may then be there twice: the writes go to its
/// first place, the second is kept as it is), and where the listing starts. None until they
/// have all arrived.
fn parse_found(buf: &[u8], paths: &[String]) -> Result<Option<(Vec<String>, usize)>> {
    let mut lines = Vec::new();
    let mut at = 0;
    let mut want = None;
    while want.is_none_or(|n| lines.len() < n) {
        let Some(end) = buf
            .get(at..)
            .and_then(|b| b.iter().position(|c| *c == b'\n'))
        else {
            return Ok(None);
        };
        let line = String::from_utf8_lossy(&buf[at..at + end]).into_owned();
        at += end + 1;
        match want {
            None => {
                let n = line
                    .strip_prefix("FOUND ")
                    .and_then(|n| n.parse::<usize>().ok())
                    .ok_or_else(|| EditError::Protocol(format!("{line:?}")))?;
                want = Some(n);
            }
            Some(_) => lines.push(line),
        }
    }
    let mut all = paths.to_vec();
    all.extend(lines);
    Ok(Some((all, at)))
}

/// Whether a file under /data may hold a key: `default.cfg`, every plugin under
/// `wasmplugins/` (ai-proxy's keys, key-auth's credentials), every Secret under `secrets/`
/// (the console's admin), the console password this tool keeps and `higress-config` (the
/// password of Redis, `mcpServer.redis`). They (and their backups) are
/// written with mode 0600; the script applies the same rule (`private`).
pub fn holds_keys(path: &str) -> bool {
    path == format!("{DATA}/default.cfg")
        || path == crate::domain::live::console::password_file()
        || path == crate::domain::live::redis::higress_config_path()
        || path.starts_with(&format!("{DATA}/wasmplugins/"))
        || path.starts_with(&format!("{DATA}/secrets/"))
}

/// Give /data and /data/logs mode 0700 and the files that may hold keys (and their backups)
/// mode 0600, through the container (the files it made are not ours to change). Returns
/// one `path (0644 -> 0600)` per change.
pub async fn secure(engine: &Engine, container: &str) -> Result<Vec<String>> {
    let out = engine
        .exec(container, &["sh", "-c", SCRIPT, "gag", "secure"])
        .await?;
    if out.code != 0 {
        return Err(EditError::Failed {
            code: out.code,
            message: out.stderr.trim().to_string(),
        }
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| match line.rsplitn(3, ' ').collect::<Vec<_>>()[..] {
            [want, have, path] => format!("{path} ({have:0>4} -> {want:0>4})"),
            _ => line.to_string(),
        })
        .collect())
}

fn temp_name(path: &str, token: &str) -> Result<String> {
    let rel = path
        .strip_prefix(DATA)
        .and_then(|p| p.strip_prefix('/'))
        .ok_or_else(|| EditError::OutsideData(path.to_string()))?;
    let (dir, base) = match rel.rsplit_once('/') {
        Some((d, b)) => (format!("{d}/"), b),
        None => (String::new(), rel),
    };
    Ok(format!("{dir}.{base}.gag-new-{token}"))
}

/// Unchanged text, or YAML that parses to the same value (formatting alone is no change).
fn same_content(old: Option<&str>, path: &str, new: &str) -> bool {
    let Some(old) = old else { return false };
    if old == new {
        return true;
    }
    if !path.ends_with(".yaml") {
        return false;
    }
    match (
        serde_yaml::from_str::<serde_yaml::Value>(old),
        serde_yaml::from_str::<serde_yaml::Value>(new),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Parses the script's listing: `HAVE` and a flag per path, `mode uid gid size` per file
/// there, their bytes back to back, then `END\n`. Returns None until the whole listing has
/// arrived.
fn parse_listing(buf: &[u8], paths: &[String]) -> Result<Option<Snapshot>> {
    let line = |from: usize| -> Option<(String, usize)> {
        let end = buf.get(from..)?.iter().position(|b| *b == b'\n')? + from;
        Some((
            String::from_utf8_lossy(&buf[from..end]).into_owned(),
            end + 1,
        ))
    };
    let bad = |text: &str| anyhow::Error::from(EditError::Protocol(format!("{text:?}")));
    let Some((have, mut at)) = line(0) else {
        return Ok(None);
    };
    let flags: Vec<&str> = have.split_whitespace().collect();
    if flags.first() != Some(&"HAVE")
        || flags.len() != paths.len() + 1
        || flags[1..].iter().any(|f| *f != "0" && *f != "1")
    {
        return Err(bad(&have));
    }
    let mut metas = Vec::with_capacity(paths.len());
    for flag in &flags[1..] {
        match *flag {
            "0" => metas.push(None),
            "1" => {
                let Some((meta, next)) = line(at) else {
                    return Ok(None);
                };
                let parts: Vec<&str> = meta.split_whitespace().collect();
                let [mode, uid, gid, size] = parts[..] else {
                    return Err(bad(&meta));
                };
                let mode = u32::from_str_radix(mode, 8).map_err(|_| bad(&meta))?;
                let uid: u64 = uid.parse().map_err(|_| bad(&meta))?;
                let gid: u64 = gid.parse().map_err(|_| bad(&meta))?;
                let size: usize = size.parse().map_err(|_| bad(&meta))?;
                metas.push(Some((mode, uid, gid, size)));
                at = next;
            }
            _ => return Err(bad(&have)),
        }
    }
    let mut files = BTreeMap::new();
    for (path, meta) in paths.iter().zip(metas) {
        let data = match meta {
            Some((mode, uid, gid, size)) => {
                let Some(bytes) = buf.get(at..at.saturating_add(size)) else {
                    return Ok(None);
                };
                at += size;
                Some(FileData {
                    bytes: bytes.to_vec(),
                    mode,
                    uid,
                    gid,
                })
            }
            None => None,
        };
        files.insert(path.clone(), data);
    }
    match line(at) {
        Some((end, _)) if end == "END" => Ok(Some(Snapshot { files })),
        Some((other, _)) => Err(bad(&other)),
        None => Ok(None),
    }
}

async fn finish(engine: &Engine, session: &mut ExecSession, mut stderr: Vec<u8>) -> Result<()> {
    session.close_input().await;
    while let Some(chunk) = session.next().await {
        if let Ok(Output::Stderr(b)) = chunk {
            stderr.extend_from_slice(&b);
        }
    }
    let message = String::from_utf8_lossy(&stderr).trim().to_string();
    match engine.exec_code(session).await? {
        0 => Ok(()),
        LOCK_BUSY => Err(EditError::Locked(message).into()),
        NOT_WRITABLE => Err(EditError::NotWritable(message).into()),
        COMMIT_FAILED => Err(EditError::CommitFailed(message).into()),
        code => Err(EditError::Failed { code, message }.into()),
    }
}

/// Tell the script to change nothing, and wait for it to end.
async fn abort(engine: &Engine, session: &mut ExecSession, stderr: Vec<u8>) -> Result<()> {
    let _ = session.send(b"ABORT\n").await;
    finish(engine, session, stderr).await
}

/// What the writes make of the listed files: one op per path (`keep`, `put`, `del`) and the
/// new files to upload. A write to a path that was not listed is refused.
fn staged(
    writes: &[Write],
    paths: &[String],
    snap: &Snapshot,
    token: &str,
) -> Result<(Vec<&'static str>, Vec<NewFile>)> {
    let mut ops = vec!["keep"; paths.len()];
    let mut files = Vec::new();
    for w in writes {
        let Some(i) = paths.iter().position(|p| p == w.path()) else {
            return Err(EditError::NotRead(w.path().to_string()).into());
        };
        match w {
            Write::Put { path, text } => {
                if same_content(snap.text(path).as_deref(), path, text) {
                    continue;
                }
                let old = snap.file(path);
                ops[i] = "put";
                files.push(NewFile {
                    path: temp_name(path, token)?,
                    bytes: text.as_bytes().to_vec(),
                    mode: if holds_keys(path) {
                        0o600
                    } else {
                        old.map_or(0o644, |f| f.mode & 0o7777)
                    },
                    uid: old.map_or(0, |f| f.uid),
                    gid: old.map_or(0, |f| f.gid),
                });
            }
            Write::Delete { path } => {
                if snap.exists(path) {
                    ops[i] = "del";
                }
            }
        }
    }
    Ok((ops, files))
}

/// The backups the script renames into place (`.NAME.bak`): each changed file as the snapshot
/// has it, under a hidden temporary name, with its owner, and mode 0600 when it may hold a
/// key. The script needs no process to copy them.
fn backups(paths: &[String], ops: &[&str], snap: &Snapshot, token: &str) -> Result<Vec<NewFile>> {
    let mut out = Vec::new();
    for (path, op) in paths.iter().zip(ops) {
        let (true, Some(old)) = (*op != "keep", snap.file(path)) else {
            continue;
        };
        out.push(NewFile {
            // `.NAME.bak.gag-new-TOKEN`: the script's `$bak.gag-new-$tok`.
            path: temp_name(&format!("{path}.bak"), token)?,
            bytes: old.bytes.clone(),
            mode: if holds_keys(path) {
                0o600
            } else {
                old.mode & 0o7777
            },
            uid: old.uid,
            gid: old.gid,
        });
    }
    Ok(out)
}

/// Read `paths` under the edit lock, let `plan` compute the writes, and commit them
/// atomically. `plan` may only write paths it was given. A `plan` error changes nothing.
/// With `host` (the data folder on this machine, when it may be written here) the transaction
/// runs here when every file and folder of the scope allows it, else in the container.
/// With [`Reach::Tree`] the transaction also holds every file of the tree, found under the
/// lock (a write may then touch any of them).
pub async fn transact<T, F>(
    engine: &Engine,
    container: &str,
    host: Option<&Path>,
    (paths, reach): (&[String], Reach),
    plan: F,
) -> Result<T>
where
    F: FnOnce(&Snapshot) -> Result<(Vec<Write>, T)>,
{
    let token = format!("{:016x}", fastrand::u64(..));
    #[cfg(unix)]
    if let Some(dir) = host {
        if let Some((held, all, snap)) = host::begin(dir, paths, reach, &token)? {
            let (writes, value) = plan(&snap)?;
            let (ops, files) = staged(&writes, &all, &snap, &token)?;
            if ops.iter().any(|op| *op != "keep") {
                held.commit(&all, &ops, &files, &snap)?;
            }
            return Ok(value);
        }
    }
    #[cfg(not(unix))]
    let _ = host;
    in_container(engine, container, (paths, reach), &token, plan).await
}

/// Read the script's listing from `session`: the paths it holds (with the tree's files for
/// [`Reach::Tree`]) and the snapshot.
async fn listing(
    engine: &Engine,
    session: &mut ExecSession,
    (paths, reach): (&[String], Reach),
    stderr: &mut Vec<u8>,
) -> Result<(Vec<String>, Snapshot)> {
    let mut stdout = Vec::new();
    let mut all = (reach == Reach::Paths).then(|| (paths.to_vec(), 0));
    loop {
        if all.is_none() {
            all = parse_found(&stdout, paths)?;
        }
        if let Some((all, at)) = &all {
            if let Some(snap) = parse_listing(&stdout[*at..], all)? {
                return Ok((all.clone(), snap));
            }
        }
        match session.next().await {
            Some(Ok(Output::Stdout(b))) => stdout.extend_from_slice(&b),
            Some(Ok(Output::Stderr(b))) => stderr.extend_from_slice(&b),
            Some(Err(e)) => return Err(e),
            None => {
                finish(engine, session, std::mem::take(stderr)).await?;
                return Err(EditError::Protocol("it ended before listing the files".into()).into());
            }
        }
    }
}

/// [`transact`] through one exec of the script.
async fn in_container<T, F>(
    engine: &Engine,
    container: &str,
    (paths, reach): (&[String], Reach),
    token: &str,
    plan: F,
) -> Result<T>
where
    F: FnOnce(&Snapshot) -> Result<(Vec<Write>, T)>,
{
    let mode = match reach {
        Reach::Paths => "edit",
        Reach::Tree => "edit-tree",
    };
    let mut argv: Vec<&str> = vec!["sh", "-c", SCRIPT, "gag", mode, token];
    argv.extend(paths.iter().map(String::as_str));
    let mut session = engine.exec_session(container, &argv).await?;
    let mut stderr = Vec::new();
    let (all, snap) = listing(engine, &mut session, (paths, reach), &mut stderr).await?;
    let paths = &all[..];
    let (writes, value) = match plan(&snap) {
        Ok(planned) => planned,
        Err(e) => {
            let _ = abort(engine, &mut session, stderr).await;
            return Err(e);
        }
    };
    let (ops, files) = match staged(&writes, paths, &snap, token) {
        Ok(staged) => staged,
        Err(e) => {
            let _ = abort(engine, &mut session, stderr).await;
            return Err(e);
        }
    };
    if ops.iter().all(|op| *op == "keep") {
        abort(engine, &mut session, stderr).await?;
        return Ok(value);
    }
    let mut message = format!("COMMIT {}\n", ops.join(" ")).into_bytes();
    let mut files = files;
    files.extend(backups(paths, &ops, &snap, token)?);
    message.extend(engine::tar_of(&files)?);
    // A write error means the script stopped early; its exit code tells why.
    let _ = session.send(&message).await;
    finish(engine, &mut session, stderr).await?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_listing_names_the_files_found_first() {
        let given = vec!["/data/default.cfg".to_string()];
        let buf = b"FOUND 2\n/data/a.yaml\n/data/b/c.yaml\nHAVE 1 0 1\n";
        let (all, at) = parse_found(buf, &given).unwrap().unwrap();
        assert_eq!(all, ["/data/default.cfg", "/data/a.yaml", "/data/b/c.yaml"]);
        assert_eq!(&buf[at..], b"HAVE 1 0 1\n");
        // Not all there yet: wait for more.
        for cut in [0, 5, 8, 20] {
            assert!(parse_found(&buf[..cut], &given).unwrap().is_none(), "{cut}");
        }
        assert_eq!(
            parse_found(b"FOUND 0\nHAVE 0\n", &given).unwrap(),
            Some((given.clone(), 8))
        );
        assert!(parse_found(b"HAVE 1\n", &given).is_err());
        assert!(parse_found(b"FOUND x\n", &given).is_err());
    }

    #[test]
    fn the_tree_is_every_yaml_file_but_the_logs() {
        let dir = tempfile::tempdir().unwrap();
        for f in [
            "a.yaml",
            "b/c.yaml",
            "b/d.txt",
            "logs/e.yaml",
            "default.cfg",
        ] {
            let path = dir.path().join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        assert_eq!(tree_paths(dir.path()), ["/data/a.yaml", "/data/b/c.yaml"]);
        let all = with_tree(&["/data/b/c.yaml".to_string()], tree_paths(dir.path()));
        assert_eq!(all, ["/data/b/c.yaml", "/data/a.yaml"]);
    }

    #[test]
    fn temp_names_stay_in_the_folder_and_are_hidden() {
        assert_eq!(
            temp_name("/data/wasmplugins/ai-proxy.internal.yaml", "ab").unwrap(),
            "wasmplugins/.ai-proxy.internal.yaml.gag-new-ab"
        );
        assert_eq!(
            temp_name("/data/default.cfg", "ab").unwrap(),
            ".default.cfg.gag-new-ab"
        );
        assert!(temp_name("/etc/passwd", "ab").is_err());
    }

    #[test]
    fn files_with_keys_are_known() {
        assert!(holds_keys("/data/default.cfg"));
        assert!(holds_keys("/data/wasmplugins/ai-proxy.internal.yaml"));
        assert!(holds_keys("/data/wasmplugins/key-auth.internal.yaml"));
        assert!(!holds_keys("/data/configmaps/ai-route-openai.yaml"));
        assert!(!holds_keys("/data/default.cfg.other"));
        assert!(holds_keys("/data/secrets/higress-console.yaml"));
        assert!(holds_keys("/data/console-admin"));
        assert!(holds_keys("/data/configmaps/higress-config.yaml"));
        // `secure` tightens the same files (and their backups).
        for listed in [
            "/data/default.cfg ",
            "/data/wasmplugins/* ",
            "/data/secrets/* ",
            "/data/console-admin ",
            "/data/configmaps/higress-config.yaml ",
        ] {
            assert!(SCRIPT.contains(listed), "{listed}");
        }
    }

    #[test]
    fn listing_is_parsed_incrementally() {
        let paths = vec![
            "/data/a".to_string(),
            "/data/b".to_string(),
            "/data/c".to_string(),
        ];
        let full = b"HAVE 1 0 1\n600 1000 1000 5\n644 0 0 1\nx: 1\nyEND\n";
        for cut in 0..full.len() {
            assert!(
                parse_listing(&full[..cut], &paths).unwrap().is_none(),
                "{cut}"
            );
        }
        let snap = parse_listing(full, &paths).unwrap().unwrap();
        let a = snap.file("/data/a").unwrap();
        assert_eq!(
            (a.bytes.as_slice(), a.mode, a.uid),
            (&b"x: 1\n"[..], 0o600, 1000)
        );
        assert!(!snap.exists("/data/b"));
        assert_eq!(snap.file("/data/c").unwrap().bytes, b"y");
        assert!(parse_listing(b"oops\n", &paths).is_err());
        assert!(parse_listing(b"HAVE 1 0\n", &paths).is_err());
        assert!(parse_listing(b"HAVE 1 0 2\n", &paths).is_err());
        assert!(parse_listing(b"HAVE 1 0 0\n600 0 0\n", &paths).is_err());
        // The bytes are longer than the sizes said: no END where it should be.
        assert!(parse_listing(b"HAVE 0 0 1\n600 0 0 1\nxyEND\n", &paths).is_err());
        let none = parse_listing(b"HAVE 0 0 0\nEND\n", &paths)
            .unwrap()
            .unwrap();
        assert!(!snap.exists("/data/b") && !none.exists("/data/a"));
    }

    #[test]
    fn backups_hold_the_old_bytes_with_their_owner_and_a_private_mode() {
        let paths = vec![
            "/data/wasmplugins/a.yaml".to_string(),
            "/data/configmaps/b.yaml".to_string(),
            "/data/configmaps/new.yaml".to_string(),
            "/data/configmaps/same.yaml".to_string(),
        ];
        let old = |bytes: &[u8]| {
            Some(FileData {
                bytes: bytes.to_vec(),
                mode: 0o644,
                uid: 7,
                gid: 8,
            })
        };
        let snap = Snapshot {
            files: BTreeMap::from([
                (paths[0].clone(), old(b"a")),
                (paths[1].clone(), old(b"b")),
                (paths[2].clone(), None),
                (paths[3].clone(), old(b"s")),
            ]),
        };
        let baks = backups(&paths, &["put", "del", "put", "keep"], &snap, "tk").unwrap();
        let got: Vec<_> = baks
            .iter()
            .map(|f| (f.path.as_str(), f.bytes.as_slice(), f.mode, f.uid, f.gid))
            .collect();
        assert_eq!(
            got,
            [
                ("wasmplugins/.a.yaml.bak.gag-new-tk", &b"a"[..], 0o600, 7, 8),
                ("configmaps/.b.yaml.bak.gag-new-tk", &b"b"[..], 0o644, 7, 8),
            ]
        );
    }

    #[test]
    fn formatting_alone_is_no_change() {
        assert!(same_content(Some("a: \"x\"\n"), "/data/f.yaml", "a: x\n"));
        assert!(!same_content(Some("a: x\n"), "/data/f.yaml", "a: y\n"));
        assert!(!same_content(Some("A=1\n"), "/data/default.cfg", "A=1"));
        assert!(!same_content(None, "/data/f.yaml", "a: x\n"));
    }

    #[test]
    fn edit_script_takes_no_user_text() {
        // Paths and the token arrive as arguments; the only eval indexes arguments by number.
        assert!(SCRIPT.contains("tok=$1"));
        assert_eq!(SCRIPT.matches("eval").count(), 1);
    }
}
