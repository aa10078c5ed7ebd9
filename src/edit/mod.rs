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
pub async fn transact<T, F>(
    engine: &Engine,
    container: &str,
    host: Option<&Path>,
    paths: &[String],
    plan: F,
) -> Result<T>
where
    F: FnOnce(&Snapshot) -> Result<(Vec<Write>, T)>,
{
    let token = format!("{:016x}", fastrand::u64(..));
    #[cfg(unix)]
    if let Some(dir) = host {
        if let Some((held, snap)) = host::begin(dir, paths, &token)? {
            let (writes, value) = plan(&snap)?;
            let (ops, files) = staged(&writes, paths, &snap, &token)?;
            if ops.iter().any(|op| *op != "keep") {
                held.commit(paths, &ops, &files, &snap)?;
            }
            return Ok(value);
        }
    }
    #[cfg(not(unix))]
    let _ = host;
    in_container(engine, container, paths, &token, plan).await
}

/// [`transact`] through one exec of the script.
async fn in_container<T, F>(
    engine: &Engine,
    container: &str,
    paths: &[String],
    token: &str,
    plan: F,
) -> Result<T>
where
    F: FnOnce(&Snapshot) -> Result<(Vec<Write>, T)>,
{
    let mut argv: Vec<&str> = vec!["sh", "-c", SCRIPT, "gag", "edit", token];
    argv.extend(paths.iter().map(String::as_str));
    let mut session = engine.exec_session(container, &argv).await?;
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let snap = loop {
        if let Some(snap) = parse_listing(&stdout, paths)? {
            break snap;
        }
        match session.next().await {
            Some(Ok(Output::Stdout(b))) => stdout.extend_from_slice(&b),
            Some(Ok(Output::Stderr(b))) => stderr.extend_from_slice(&b),
            Some(Err(e)) => return Err(e),
            None => {
                finish(engine, &mut session, stderr).await?;
                return Err(EditError::Protocol("it ended before listing the files".into()).into());
            }
        }
    };
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
