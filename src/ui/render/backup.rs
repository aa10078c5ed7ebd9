//! Pure renderers of `backup` and `restore` output, pinned by snapshot tests.

use std::path::Path;

/// After a backup: (the success line, the warning about its content).
pub fn backup_written(file: &Path, files: usize, bytes: usize) -> (String, String) {
    (
        format!(
            "Backup written to {} ({files} files, {bytes} bytes)",
            file.display()
        ),
        "it contains your API keys (mode 0600): keep it private; backups/ and logs/ are not in \
         it"
        .to_string(),
    )
}

/// After a restore: (what was kept, the success line, what to do next).
pub fn restored(
    files: usize,
    folder: &Path,
    kept: Option<&Path>,
    restarted: bool,
    data_folder_flag: Option<&Path>,
) -> (Option<String>, String, Option<String>) {
    let kept = kept.map(|k| format!("The replaced data folder is kept as {}.", k.display()));
    let done = format!("Restored {files} files into {}.", folder.display());
    let flag = data_folder_flag
        .map(|d| format!(" --data-folder {}", d.display()))
        .unwrap_or_default();
    let next =
        (!restarted).then(|| format!("Start the gateway on it with `get-ai-gateway start{flag}`."));
    (kept, done, next)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn backup_written_names_the_file_and_warns_about_keys() {
        let (ok, warning) = backup_written(Path::new("/d/backups/gw.tar.gz"), 46, 7835);
        insta::assert_snapshot!(format!("{ok}\nwarning: {warning}"));
    }

    #[test]
    fn restored_into_a_container_and_into_a_new_folder() {
        let in_place = restored(
            46,
            Path::new("/d"),
            Some(Path::new("/d.before-restore-20261129-084243")),
            true,
            None,
        );
        let new_folder = restored(46, Path::new("/new"), None, false, Some(Path::new("/new")));
        let default_folder = restored(46, Path::new("/d"), None, false, None);
        let text = |(kept, done, next): (Option<String>, String, Option<String>)| {
            [kept, Some(done), next]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n")
        };
        insta::assert_snapshot!(
            [text(in_place), text(new_folder), text(default_folder)].join("\n--\n")
        );
    }
}
