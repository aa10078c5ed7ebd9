//! The backup archive, in memory: a `.tar.gz` whose first member is a manifest listing the
//! SHA-256 and size of every file of the data folder, followed by the folder under `data/`.
//!
//! ```text
//! get-ai-gateway-backup.txt   get-ai-gateway backup 1
//!                             container: higress-ai-gateway
//!                             image: …/higress/all-in-one:latest
//!                             created: 2026-11-29T08:42:43Z
//!                             <sha256>  <size>  <path>      (one line per file)
//! data/…                      the data folder, but backups/ and logs/ (redis/ holds the
//!                             dump of the Redis beside the gateway, saved just before)
//! ```
//!
//! [`unpack`] checks everything (gzip end, tar structure, paths, every hash and size, no
//! file missing or extra) before anything is written anywhere.

use std::io::Read as _;

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::error::fail_hint;

pub const MANIFEST: &str = "get-ai-gateway-backup.txt";
const HEADER: &str = "get-ai-gateway backup 1";
const DATA_PREFIX: &str = "data/";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Dir,
    File,
    Symlink(String),
}

/// One member of the data folder; `path` is relative (`wasmplugins/ai-proxy.internal.yaml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub kind: Kind,
    pub mode: u32,
    pub mtime: u64,
    pub bytes: Vec<u8>,
}

/// Where a backup came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    pub container: String,
    pub image: String,
    pub created: String,
}

/// A verified backup.
#[derive(Debug, Clone)]
pub struct Backup {
    pub meta: Meta,
    pub entries: Vec<Entry>,
}

impl Backup {
    pub fn file_count(&self) -> usize {
        self.entries.iter().filter(|e| e.kind == Kind::File).count()
    }

    /// A file's text (`default.cfg`).
    pub fn text(&self, path: &str) -> Option<String> {
        self.entries
            .iter()
            .find(|e| e.path == path && e.kind == Kind::File)
            .map(|e| String::from_utf8_lossy(&e.bytes).into_owned())
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn corrupt(why: impl std::fmt::Display) -> anyhow::Error {
    fail_hint(
        format!("the backup is damaged or not a get-ai-gateway backup: {why}; nothing was changed"),
        "use another backup file (`ls <data folder>/backups`)",
    )
}

/// A relative path without `.`, `..` or a leading `/`; None for the root itself.
fn clean_path(raw: &str) -> Result<Option<String>> {
    let mut parts = Vec::new();
    for part in raw.split('/') {
        match part {
            "" | "." => {}
            ".." => return Err(corrupt(format!("the path {raw:?} leaves the folder"))),
            p => parts.push(p),
        }
    }
    if raw.starts_with('/') {
        return Err(corrupt(format!("the path {raw:?} is absolute")));
    }
    Ok((!parts.is_empty()).then(|| parts.join("/")))
}

fn read_entries(archive: &mut tar::Archive<impl std::io::Read>) -> Result<Vec<(String, Entry)>> {
    let mut out = Vec::new();
    for item in archive.entries().map_err(corrupt)? {
        let mut item = item.map_err(corrupt)?;
        let raw = String::from_utf8_lossy(&item.path_bytes()).into_owned();
        let header = item.header().clone();
        let kind = match header.entry_type() {
            tar::EntryType::Directory => Kind::Dir,
            tar::EntryType::Regular | tar::EntryType::Continuous => Kind::File,
            tar::EntryType::Symlink => Kind::Symlink(
                item.link_name()
                    .map_err(corrupt)?
                    .map(|l| l.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            _ => continue,
        };
        let mut bytes = Vec::new();
        if kind == Kind::File {
            item.read_to_end(&mut bytes).map_err(corrupt)?;
        }
        let entry = Entry {
            path: String::new(),
            kind,
            mode: header.mode().map_err(corrupt)? & 0o7777,
            mtime: header.mtime().unwrap_or(0),
            bytes,
        };
        out.push((raw, entry));
    }
    Ok(out)
}

/// The members of a plain tar of the data folder (as the container streams it).
pub fn entries_from_tar(bytes: &[u8]) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    for (raw, mut entry) in read_entries(&mut tar::Archive::new(bytes))? {
        if let Some(path) = clean_path(&raw)? {
            entry.path = path;
            out.push(entry);
        }
    }
    Ok(out)
}

/// A dump the Redis beside the gateway is still writing (`redis/temp-<pid>.rdb`, renamed
/// to `dump.rdb` when complete): a backup leaves it out.
pub fn is_partial_dump(path: &str) -> bool {
    path.strip_prefix("redis/")
        .is_some_and(|f| !f.contains('/') && f.starts_with("temp-") && f.ends_with(".rdb"))
}

/// The manifest's text for these entries.
pub fn manifest_text(meta: &Meta, entries: &[Entry]) -> String {
    let mut text = format!(
        "{HEADER}\ncontainer: {}\nimage: {}\ncreated: {}\n",
        meta.container, meta.image, meta.created
    );
    for e in entries.iter().filter(|e| e.kind == Kind::File) {
        text.push_str(&format!(
            "{}  {}  {}\n",
            sha256_hex(&e.bytes),
            e.bytes.len(),
            e.path
        ));
    }
    text
}

/// Check `entries` against a manifest; its metadata when every file matches.
pub fn check_manifest(text: &str, entries: &[Entry]) -> Result<Meta> {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return Err(corrupt("the manifest has no known header"));
    }
    let mut meta = Meta::default();
    let mut listed = std::collections::BTreeMap::new();
    for line in lines {
        if let Some(v) = line.strip_prefix("container: ") {
            meta.container = v.to_string();
        } else if let Some(v) = line.strip_prefix("image: ") {
            meta.image = v.to_string();
        } else if let Some(v) = line.strip_prefix("created: ") {
            meta.created = v.to_string();
        } else {
            let mut parts = line.splitn(3, "  ");
            let (Some(hash), Some(size), Some(path)) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(corrupt(format!(
                    "the manifest line {line:?} does not parse"
                )));
            };
            let size: usize = size.parse().map_err(|_| corrupt("a size does not parse"))?;
            listed.insert(path.to_string(), (hash.to_string(), size));
        }
    }
    for e in entries.iter().filter(|e| e.kind == Kind::File) {
        let Some((hash, size)) = listed.remove(&e.path) else {
            return Err(corrupt(format!("{} is not in the manifest", e.path)));
        };
        if size != e.bytes.len() || hash != sha256_hex(&e.bytes) {
            return Err(corrupt(format!("{} does not match its SHA-256", e.path)));
        }
    }
    if let Some(path) = listed.keys().next() {
        return Err(corrupt(format!("{path} is missing from the archive")));
    }
    Ok(meta)
}

fn header_for(kind: &Kind, mode: u32, mtime: u64, size: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(match kind {
        Kind::Dir => tar::EntryType::Directory,
        Kind::File => tar::EntryType::Regular,
        Kind::Symlink(_) => tar::EntryType::Symlink,
    });
    h.set_mode(mode);
    h.set_mtime(mtime);
    h.set_size(size);
    h
}

/// The `.tar.gz`: the manifest, then every entry under `data/`.
pub fn pack(meta: &Meta, entries: &[Entry]) -> Result<Vec<u8>> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut b = tar::Builder::new(gz);
    let manifest = manifest_text(meta, entries);
    let mut h = header_for(&Kind::File, 0o600, 0, manifest.len() as u64);
    b.append_data(&mut h, MANIFEST, manifest.as_bytes())?;
    for e in entries {
        let path = format!("{DATA_PREFIX}{}", e.path);
        let size = if e.kind == Kind::File {
            e.bytes.len()
        } else {
            0
        };
        let mut h = header_for(&e.kind, e.mode, e.mtime, size as u64);
        match &e.kind {
            Kind::Symlink(target) => b.append_link(&mut h, &path, target)?,
            _ => b.append_data(&mut h, &path, e.bytes.as_slice())?,
        }
    }
    Ok(b.into_inner()?.finish()?)
}

/// Read and verify a backup archive; nothing is written.
pub fn unpack(bytes: &[u8]) -> Result<Backup> {
    let mut gz = flate2::read::GzDecoder::new(bytes);
    let mut plain = Vec::new();
    gz.read_to_end(&mut plain)
        .map_err(|e| corrupt(format!("it does not decompress ({e})")))?;
    let mut manifest = None;
    let mut entries = Vec::new();
    for (raw, mut entry) in read_entries(&mut tar::Archive::new(plain.as_slice()))? {
        if raw == MANIFEST {
            manifest = Some(String::from_utf8_lossy(&entry.bytes).into_owned());
            continue;
        }
        let Some(rest) = raw.strip_prefix(DATA_PREFIX) else {
            return Err(corrupt(format!("unexpected member {raw:?}")));
        };
        if let Some(path) = clean_path(rest)? {
            entry.path = path;
            entries.push(entry);
        }
    }
    let manifest = manifest.ok_or_else(|| corrupt("it has no manifest"))?;
    let meta = check_manifest(&manifest, &entries)?;
    if !entries.iter().any(|e| e.path == "default.cfg") {
        return Err(corrupt("it holds no default.cfg"));
    }
    Ok(Backup { meta, entries })
}

/// `get-ai-gateway-<container>-20261129-084243.tar.gz`.
pub fn default_file_name(container: &str, now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "get-ai-gateway-{container}-{}.tar.gz",
        now.format("%Y%m%d-%H%M%S")
    )
}

#[cfg(test)]
mod tests;
