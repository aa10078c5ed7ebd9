//! Pure renderers of `backup`, `restore` and `upgrade` output, pinned by snapshot tests
//! (`render_tests/backup.rs`).

use std::path::Path;

use crate::domain::upgrade::Freshness;

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

/// `upgrade --check`: (good news or a plain fact, the line).
pub fn upgrade_check(
    name: &str,
    target: &str,
    verdict: &Freshness,
    pulled_not_running: bool,
) -> (bool, String) {
    match verdict {
        Freshness::UpToDate => (true, format!("{name} runs the newest {target}.")),
        Freshness::Newer if pulled_not_running => (
            true,
            format!(
                "A different {target} is on this machine: `get-ai-gateway upgrade` switches to it."
            ),
        ),
        Freshness::Newer | Freshness::NotPulled => (
            true,
            format!("The registry has a newer {target}: `get-ai-gateway upgrade` pulls it."),
        ),
        Freshness::Unknown(why) => (
            false,
            format!("cannot tell whether {target} is newer: {why}"),
        ),
    }
}

/// After a successful upgrade: (the success line, how to go back).
pub fn upgraded(name: &str, from: &str, to: &str, seconds: f64) -> (String, String) {
    (
        format!(
            "Upgraded {name} from {from} to {to} in {seconds:.1} s; keys and rules are unchanged."
        ),
        "Go back with `get-ai-gateway upgrade --rollback`.".to_string(),
    )
}

#[cfg(test)]
#[path = "render_tests/backup.rs"]
mod tests;
