//! In-memory tar archives: the first file of a download, and new files for an upload.

use std::io::Read;

use anyhow::Result;

use super::{FileData, NewFile};
use crate::error::fail;

pub(super) fn first_file_of(archive: &[u8]) -> Result<Option<FileData>> {
    let mut tar = tar::Archive::new(archive);
    for entry in tar.entries()? {
        let mut entry = entry?;
        let header = entry.header();
        match header.entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let mode = header.mode()?;
                let uid = header.uid()?;
                let gid = header.gid()?;
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes)?;
                return Ok(Some(FileData {
                    bytes,
                    mode,
                    uid,
                    gid,
                }));
            }
            tar::EntryType::Directory => {
                return Err(fail("it is a folder, not a file"));
            }
            _ => continue,
        }
    }
    Ok(None)
}

pub fn tar_of(files: &[NewFile]) -> Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    let mtime = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    for f in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(f.bytes.len() as u64);
        header.set_mode(f.mode);
        header.set_uid(f.uid);
        header.set_gid(f.gid);
        header.set_mtime(mtime);
        header.set_entry_type(tar::EntryType::Regular);
        builder.append_data(&mut header, &f.path, f.bytes.as_slice())?;
    }
    Ok(builder.into_inner()?)
}
