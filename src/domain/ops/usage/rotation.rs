//! Which bytes of the log files are new. Files are known by inode: `access.log` renamed to
//! `access.log.1` keeps its inode and so its offset, and each line is read exactly once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One log file as found now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: String,
    pub inode: u64,
    pub size: u64,
}

/// What to read: `path` from byte `from` (to its last complete line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub path: String,
    pub inode: u64,
    pub from: u64,
}

/// Bytes consumed per inode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offsets {
    pub by_inode: BTreeMap<u64, u64>,
}

impl Offsets {
    /// The reads to do, oldest file first (`found` in that order). A file smaller than its
    /// offset was truncated in place: read it again from the start. Inodes that are gone
    /// are forgotten.
    pub fn plan(&mut self, found: &[Found]) -> Vec<Read> {
        self.by_inode
            .retain(|inode, _| found.iter().any(|f| f.inode == *inode));
        found
            .iter()
            .filter_map(|f| {
                let mut from = self.by_inode.get(&f.inode).copied().unwrap_or(0);
                if f.size < from {
                    from = 0;
                }
                (f.size > from).then(|| Read {
                    path: f.path.clone(),
                    inode: f.inode,
                    from,
                })
            })
            .collect()
    }

    /// Record that the file `inode` was consumed up to byte `to`.
    pub fn done(&mut self, inode: u64, to: u64) {
        self.by_inode.insert(inode, to);
    }
}

/// The log and its rotated copies, oldest first: `access.log.5` … `access.log.1`, `access.log`.
pub fn rotated_names(base: &str) -> Vec<String> {
    let mut names: Vec<String> = (1..=5).rev().map(|i| format!("{base}.{i}")).collect();
    names.push(base.to_string());
    names
}

/// Splits bytes arriving in chunks into complete lines; a partial last line waits for the
/// next chunk.
#[derive(Debug, Default)]
pub struct Lines {
    rest: Vec<u8>,
}

impl Lines {
    /// Call `each` on every complete line in `chunk` (after what was left over); returns
    /// the bytes consumed so far that ended a line.
    pub fn push(&mut self, chunk: &[u8], mut each: impl FnMut(&[u8])) -> usize {
        let before = self.rest.len();
        let mut start = 0;
        for nl in memchr::memchr_iter(b'\n', chunk) {
            if self.rest.is_empty() {
                each(&chunk[start..nl]);
            } else {
                self.rest.extend_from_slice(&chunk[start..nl]);
                each(&self.rest);
                self.rest.clear();
            }
            start = nl + 1;
        }
        let consumed = if start > 0 { before + start } else { 0 };
        self.rest.extend_from_slice(&chunk[start..]);
        consumed
    }

    /// The partial line left at the end (a stream that ended without a newline).
    pub fn finish(&mut self, each: impl FnOnce(&[u8])) {
        if !self.rest.is_empty() {
            each(&self.rest);
            self.rest.clear();
        }
    }
}
