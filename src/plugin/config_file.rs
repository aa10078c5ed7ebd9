//! The runtime's config file: read, merged ([`super::config`]), and written atomically with a
//! `.bak` of the previous file.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{Map, Value};

use super::config::merge_config;
use super::files::{io_fail, set_mode};
use super::runtime::Runtime;
use super::setup::Setup;
use crate::error::{fail, fail_hint};

/// What [`configure`] did.
#[derive(Debug, PartialEq, Eq)]
pub struct Configured {
    pub path: PathBuf,
    /// False when the file already said all of it.
    pub changed: bool,
    /// From [`merge_config`]: the user's own default model was kept.
    pub note: Option<String>,
}

/// Merge the provider into `<home>/<runtime>.json`.
pub fn configure(rt: Runtime, home: &Path, setup: &Setup) -> Result<Configured> {
    let path = home.join(rt.config_name());
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_fail("read", &path, e)),
    };
    let mut config: Value = match &existing {
        Some(text) if !text.trim().is_empty() => serde_json::from_str(text).map_err(|e| {
            fail_hint(
                format!("cannot read {} as JSON: {e}", path.display()),
                format!(
                    "fix the file (`{} config validate`), then run this again",
                    rt.bin()
                ),
            )
        })?,
        _ => Value::Object(Map::new()),
    };
    let before = config.clone();
    let note = merge_config(rt, &mut config, setup);
    let changed = config != before;
    if changed {
        let mut text = serde_json::to_string_pretty(&config)
            .map_err(|e| fail(format!("cannot write JSON: {e}")))?;
        text.push('\n');
        if let Some(old) = &existing {
            let backup = backup_path(rt, &path);
            std::fs::write(&backup, old).map_err(|e| io_fail("back up", &path, e))?;
            set_mode(&backup, 0o600)?;
        }
        write_private(home, &path, &text)?;
    }
    Ok(Configured {
        path,
        changed,
        note,
    })
}

fn backup_path(rt: Runtime, path: &Path) -> PathBuf {
    path.with_file_name(format!("{}.get-ai-gateway.bak", rt.config_name()))
}

/// Replace `path` with `text` atomically (a temp file in `dir`, renamed), mode 0600.
pub fn write_private(dir: &Path, path: &Path, text: &str) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| io_fail("create", dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(dir)
        .map_err(|e| io_fail("write in", dir, e))?;
    tmp.write_all(text.as_bytes())
        .map_err(|e| io_fail("write", path, e))?;
    set_mode(tmp.path(), 0o600)?;
    tmp.persist(path)
        .map_err(|e| io_fail("write", path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configure_writes_once_backs_up_and_then_changes_nothing() {
        let home = tempfile::tempdir().unwrap();
        let path = home.path().join("openclaw.json");
        let bak = home.path().join("openclaw.json.get-ai-gateway.bak");
        std::fs::write(&path, "{\"channels\": {\"x\": 1}}").unwrap();
        let s = Setup::example(&["higress/auto"]);
        let first = configure(Runtime::OpenClaw, home.path(), &s).unwrap();
        assert_eq!(
            (first.path.as_path(), first.changed),
            (path.as_path(), true)
        );
        assert_eq!(
            std::fs::read_to_string(&bak).unwrap(),
            "{\"channels\": {\"x\": 1}}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.ends_with("}\n"));
        assert_eq!(
            serde_json::from_str::<Value>(&text).unwrap()["channels"]["x"],
            1
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(
            !configure(Runtime::OpenClaw, home.path(), &s)
                .unwrap()
                .changed
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        assert_eq!(
            std::fs::read_dir(home.path()).unwrap().count(),
            2,
            "no temp file left"
        );
    }

    #[test]
    fn configure_creates_the_home_without_a_backup_and_refuses_broken_json() {
        let root = tempfile::tempdir().unwrap();
        let home = root.path().join(".clawdbot");
        configure(Runtime::Clawdbot, &home, &Setup::example(&["higress/auto"])).unwrap();
        assert!(home.join("clawdbot.json").is_file());
        assert!(!home.join("clawdbot.json.get-ai-gateway.bak").exists());
        std::fs::write(home.join("clawdbot.json"), "{ broken").unwrap();
        let err =
            configure(Runtime::Clawdbot, &home, &Setup::example(&["higress/auto"])).unwrap_err();
        assert!(err.to_string().starts_with("cannot read "), "{err}");
        assert!(
            crate::error::user_hint(&err)
                .unwrap()
                .contains("clawdbot config validate")
        );
        assert_eq!(
            std::fs::read_to_string(home.join("clawdbot.json")).unwrap(),
            "{ broken"
        );
    }
}
