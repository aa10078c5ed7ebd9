//! Reading the access log: the files under `<data folder>/logs` on this machine
//! (incrementally, with a state file), the file inside the container, or the container's
//! output when the gateway writes no file (observability off).

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use super::Gateway;
use crate::domain::live::paths::ACCESS_LOG;
use crate::domain::ops::usage::rotation::{Found, Lines, Offsets, rotated_names};
use crate::domain::ops::usage::store::Store;
use crate::domain::ops::usage::{Line, Round, parse_line};

/// Where the lines come from.
pub enum Source {
    /// A log file and its rotated copies (`<file>.1` … `.5`) on this machine.
    Host(PathBuf),
    /// `/var/log/proxy/access.log` inside the container (a remote engine).
    Container(Gateway),
    /// The container's output.
    Stdout(Gateway),
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Host(log) => format!("{}", log.display()),
            Source::Container(_) => format!("{ACCESS_LOG} in the container"),
            Source::Stdout(_) => "the container's output (no access log file)".to_string(),
        }
    }
}

/// What a run keeps for the next: offsets per inode and the aggregate.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub source: String,
    pub offsets: Offsets,
    /// Reading the container's output: the engine's time stamp (ns) of the last line read.
    #[serde(default)]
    pub output_mark: Option<i64>,
    pub store: Store,
}

const STATE_VERSION: u32 = 1;

/// The log file and its rotated copies that exist, oldest first.
pub fn found_files(log: &Path) -> Vec<Found> {
    let (Some(dir), Some(base)) = (log.parent(), log.file_name()) else {
        return Vec::new();
    };
    rotated_names(&base.to_string_lossy())
        .into_iter()
        .filter_map(|name| {
            let path = dir.join(&name);
            let meta = std::fs::metadata(&path).ok()?;
            meta.is_file().then(|| Found {
                path: path.to_string_lossy().into_owned(),
                inode: super::fsmode::identity(&meta),
                size: meta.len(),
            })
        })
        .collect()
}

/// The host path of the access log, when the engine is local and its folder is readable.
pub fn host_log(gw: &Gateway) -> Option<PathBuf> {
    if !gw.engine().local {
        return None;
    }
    let dir = PathBuf::from(gw.info().data_folder.as_deref()?).join("logs");
    dir.is_dir().then(|| dir.join("access.log"))
}

/// Pick the source: the host files when they have content, else the file in the
/// container, else the container's output.
pub async fn source(gw: Gateway) -> Result<Source> {
    if let Some(log) = host_log(&gw) {
        if found_files(&log).iter().any(|f| f.size > 0) {
            return Ok(Source::Host(log));
        }
    } else if gw.info().running {
        let file = gw.engine().read_file(gw.name(), ACCESS_LOG).await?;
        if file.is_some_and(|f| !f.bytes.is_empty()) {
            return Ok(Source::Container(gw));
        }
    }
    Ok(Source::Stdout(gw))
}

/// Read the new complete lines of the host files into `state`; `each` sees every line.
/// Returns the bytes read.
pub fn ingest_host(log: &Path, offsets: &mut Offsets, mut each: impl FnMut(&[u8])) -> Result<u64> {
    let mut bytes = 0;
    for read in offsets.plan(&found_files(log)) {
        let mut file = match std::fs::File::open(&read.path) {
            Ok(f) => f,
            // Rotated away between the listing and the open: the next pass finds it.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", read.path)),
        };
        file.seek(SeekFrom::Start(read.from))
            .with_context(|| format!("cannot read {}", read.path))?;
        let mut lines = Lines::default();
        let mut buf = vec![0u8; 1 << 20];
        let mut consumed = 0u64;
        loop {
            let n = file
                .read(&mut buf)
                .with_context(|| format!("cannot read {}", read.path))?;
            if n == 0 {
                break;
            }
            consumed += lines.push(&buf[..n], &mut each) as u64;
        }
        bytes += consumed;
        offsets.done(read.inode, read.from + consumed);
    }
    Ok(bytes)
}

/// Every line of a non-host source, from the start.
pub async fn read_all(source: &Source, mut each: impl FnMut(&[u8])) -> Result<()> {
    let mut lines = Lines::default();
    match source {
        Source::Host(log) => {
            let mut offsets = Offsets::default();
            ingest_host(log, &mut offsets, each)?;
            return Ok(());
        }
        Source::Container(gw) => {
            if let Some(f) = gw.engine().read_file(gw.name(), ACCESS_LOG).await? {
                lines.push(&f.bytes, &mut each);
            }
        }
        Source::Stdout(gw) => {
            read_output(gw, false, &mut None, |l, _| {
                each(l);
                true
            })
            .await?;
        }
    }
    lines.finish(each);
    Ok(())
}

/// Add a line to the aggregate.
pub fn add_line(store: &mut Store, line: &[u8], now_ms: i64) -> Option<Box<Round>> {
    let parsed = parse_line(line, false);
    store.lines.count(&parsed);
    match parsed {
        Line::Round(r) => {
            store.add(&r, now_ms);
            Some(r)
        }
        _ => None,
    }
}

/// The state file of a log, named by a hash of its path.
pub fn state_path(log: &Path) -> Option<PathBuf> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in log.as_os_str().as_encoded_bytes() {
        hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    let name = format!("usage-{hash:016x}.json");
    Some(dirs::cache_dir()?.join("get-ai-gateway").join(name))
}

/// The engine's time stamp split off a line of output: (ns since the epoch, the rest).
pub fn stamped(line: &[u8]) -> (Option<i64>, &[u8]) {
    let Some(space) = memchr::memchr(b' ', line) else {
        return (None, line);
    };
    let ns = std::str::from_utf8(&line[..space])
        .ok()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .and_then(|t| t.timestamp_nanos_opt());
    match ns {
        Some(ns) => (Some(ns), &line[space + 1..]),
        None => (None, line),
    }
}

/// The container's output after `mark` (the time stamp of the last line already read),
/// advancing it. `each` gets a line and its time (ms) and returns false to stop.
pub async fn read_output(
    gw: &Gateway,
    follow: bool,
    mark: &mut Option<i64>,
    mut each: impl FnMut(&[u8], i64) -> bool,
) -> Result<()> {
    let since = mark.map_or(0, |ns| {
        i32::try_from(ns / 1_000_000_000).unwrap_or(i32::MAX)
    });
    let mut stream = Box::pin(gw.engine().logs_since(gw.name(), follow, since));
    let mut lines = Lines::default();
    let mut open = true;
    while let Some(chunk) = stream.next().await {
        lines.push(&chunk?, |l| {
            let (ns, rest) = stamped(l);
            if !open || ns.zip(*mark).is_some_and(|(ns, m)| ns <= m) {
                return;
            }
            *mark = ns.or(*mark);
            let ms = ns.map_or_else(|| chrono::Utc::now().timestamp_millis(), |n| n / 1_000_000);
            open = each(rest, ms);
        });
        if !open {
            break;
        }
    }
    Ok(())
}

/// The aggregate of the whole log: the saved state plus what is new (the files on this
/// machine, or the container's output after the last line read), or a full read (the file
/// in a remote engine's container).
pub async fn load(source: &Source, use_state: bool) -> Result<Store> {
    let now = chrono::Utc::now().timestamp_millis();
    let key = match source {
        Source::Host(log) => log.to_string_lossy().into_owned(),
        Source::Stdout(gw) => format!("container:{}", gw.info().id),
        Source::Container(_) => {
            let mut store = Store::default();
            read_all(source, |l| {
                add_line(&mut store, l, now);
            })
            .await?;
            return Ok(store);
        }
    };
    let path = state_path(Path::new(&key)).filter(|_| use_state);
    let mut state = path
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<State>(&b).ok())
        .filter(|s| s.version == STATE_VERSION && s.source == key)
        .unwrap_or_else(|| State {
            version: STATE_VERSION,
            source: key,
            ..State::default()
        });
    let State {
        offsets,
        store,
        output_mark,
        ..
    } = &mut state;
    let read = match source {
        Source::Stdout(gw) => {
            let before = *output_mark;
            read_output(gw, false, output_mark, |l, ms| {
                add_line(store, l, ms);
                true
            })
            .await?;
            *output_mark != before
        }
        Source::Host(log) => {
            ingest_host(log, offsets, |l| {
                add_line(store, l, now);
            })? > 0
        }
        Source::Container(_) => false,
    };
    if let Some(p) = path.filter(|_| read) {
        // A state that cannot be saved only costs a full read next time.
        let _ = save(&p, &state);
    }
    Ok(state.store)
}

fn save(path: &Path, state: &State) -> Result<()> {
    let dir = path.parent().context("state path")?;
    std::fs::create_dir_all(dir)?;
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer(std::io::BufWriter::new(tmp.as_file()), state)?;
    tmp.persist(path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_time_stamp_is_split_off() {
        let (ns, rest) = stamped(b"2026-02-01T10:00:00.000000123Z {\"a\":1}");
        assert_eq!(ns, Some(1_769_940_000_000_000_123));
        assert_eq!(rest, b"{\"a\":1}");
        assert_eq!(stamped(b"{\"a\": 1}"), (None, &b"{\"a\": 1}"[..]));
        assert_eq!(stamped(b"no-space"), (None, &b"no-space"[..]));
    }

    #[test]
    fn rotated_files_are_found_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["access.log", "access.log.2", "access.log.1", "other.log"] {
            std::fs::write(dir.path().join(name), name).unwrap();
        }
        let found = found_files(&dir.path().join("access.log"));
        let names: Vec<_> = found
            .iter()
            .filter_map(|f| Path::new(&f.path).file_name()?.to_str().map(str::to_string))
            .collect();
        assert_eq!(names, ["access.log.2", "access.log.1", "access.log"]);
    }
}
