//! `skills install/list/uninstall`: the agent skills of `skills/` (embedded in the binary by
//! [`bundle`]) installed as `<skills folder>/<name>/SKILL.md` for an agent runtime.
//!
//! - [`Target`]: the runtimes that read skills (the plugin wing's two, plus Claude Code), and
//!   where each one reads them;
//! - [`bundle`]: the embedded skills and their front matter;
//! - [`files`]: installing, listing and removing them (the plugin wing's atomic install);
//!
//! The human output is `ui::render::skills`.
//!
//! Runtime detection and home folders come from [`crate::plugin::detect::Host`].

pub mod bundle;
pub mod files;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::fail_hint;
use crate::plugin::detect::Host;
use crate::plugin::runtime::Runtime;

/// A runtime that reads skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Agent(Runtime),
    Claude,
}

impl Target {
    pub const ALL: [Target; 3] = [
        Target::Agent(Runtime::OpenClaw),
        Target::Agent(Runtime::Clawdbot),
        Target::Claude,
    ];

    /// The runtime's command, also its `--runtime` value.
    pub fn bin(self) -> &'static str {
        match self {
            Target::Agent(rt) => rt.bin(),
            Target::Claude => "claude",
        }
    }

    pub fn display(self) -> &'static str {
        match self {
            Target::Agent(rt) => rt.display(),
            Target::Claude => "Claude Code",
        }
    }

    /// `--home`, else the plugin wing's home (`$<RUNTIME>_STATE_DIR`, `~/.<runtime>`), else
    /// `~/.claude`.
    pub fn home(self, host: &Host, explicit: Option<&Path>) -> PathBuf {
        match (self, explicit) {
            (_, Some(h)) => h.to_path_buf(),
            (Target::Agent(rt), None) => host.home(rt, None),
            (Target::Claude, None) => host
                .user_home
                .clone()
                .unwrap_or_else(|| PathBuf::from("."))
                .join(".claude"),
        }
    }

    /// The folder the runtime reads skills from, one sub-folder per skill. OpenClaw: its
    /// default agent's workspace. Clawdbot: its managed skills folder (its workspace is
    /// `~/clawd`, not under its home; `<home>/workspace/skills` is not read). Claude Code:
    /// its personal skills.
    pub fn skills_dir(self, home: &Path) -> PathBuf {
        match self {
            Target::Agent(Runtime::OpenClaw) => home.join("workspace").join("skills"),
            Target::Agent(Runtime::Clawdbot) | Target::Claude => home.join("skills"),
        }
    }

    /// Where replaced copies go: outside the scanned folder, so they are never loaded.
    pub fn backup_dir(self, home: &Path) -> PathBuf {
        home.join("skill-backups")
    }

    pub fn on_path(self, host: &Host) -> Option<PathBuf> {
        host.find_bin(self.bin())
    }
}

/// The runtime to install for and why: the one chosen, else the plugin wing's choice between
/// OpenClaw and Clawdbot, else Claude Code when `claude` is on PATH. `chosen` is `--runtime`
/// (`None` for auto).
pub fn choose(
    host: &Host,
    chosen: Option<Target>,
    home: Option<&Path>,
) -> Result<(Target, String)> {
    if let Some(t) = chosen {
        return Ok((t, "chosen with --runtime".into()));
    }
    if let Ok((rt, why)) = host.choose(None, home) {
        return Ok((Target::Agent(rt), why));
    }
    match Target::Claude.on_path(host) {
        Some(p) => Ok((Target::Claude, format!("found {}", p.display()))),
        None => Err(fail_hint(
            "none of openclaw, clawdbot or claude is on PATH",
            "install one, or pass --runtime openclaw|clawdbot|claude to install the skills anyway",
        )),
    }
}

/// For `uninstall` with `auto`: the one runtime that has any of the skills, else [`choose`].
pub fn choose_existing(
    host: &Host,
    chosen: Option<Target>,
    home: Option<&Path>,
) -> Result<(Target, String)> {
    if chosen.is_none() {
        let with: Vec<Target> = Target::ALL
            .into_iter()
            .filter(|t| files::any_installed(&t.skills_dir(&t.home(host, home))))
            .collect();
        if let [only] = with.as_slice() {
            return Ok((*only, "the skills are installed there".into()));
        }
    }
    choose(host, chosen, home)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(root: &Path, on_path: &[&str]) -> Host {
        let bin = root.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        for b in on_path {
            std::fs::write(bin.join(b), "#!/bin/sh\n").unwrap();
        }
        Host {
            path: Some(bin.into_os_string()),
            user_home: Some(root.join("home")),
            state_dirs: [None, Some("/state/cb".into())],
        }
    }

    #[test]
    fn each_runtime_reads_skills_from_its_own_folder() {
        let root = tempfile::tempdir().unwrap();
        let host = host(root.path(), &[]);
        let dirs: Vec<PathBuf> = Target::ALL
            .iter()
            .map(|t| t.skills_dir(&t.home(&host, None)))
            .collect();
        let home = root.path().join("home");
        assert_eq!(
            dirs,
            [
                home.join(".openclaw/workspace/skills"),
                PathBuf::from("/state/cb/skills"),
                home.join(".claude/skills"),
            ]
        );
        let explicit = Target::Claude.home(&host, Some(Path::new("/h")));
        assert_eq!(Target::Claude.skills_dir(&explicit), Path::new("/h/skills"));
        assert_eq!(
            Target::Claude.backup_dir(&explicit),
            Path::new("/h/skill-backups")
        );
    }

    #[test]
    fn auto_prefers_the_agent_runtimes_then_claude() {
        let chosen = |on_path: &[&str]| {
            let root = tempfile::tempdir().unwrap();
            choose(&host(root.path(), on_path), None, None).map(|(t, _)| t)
        };
        let oc = Target::Agent(Runtime::OpenClaw);
        assert_eq!(chosen(&["openclaw", "claude"]).unwrap(), oc);
        assert_eq!(
            chosen(&["clawdbot"]).unwrap(),
            Target::Agent(Runtime::Clawdbot)
        );
        assert_eq!(chosen(&["claude"]).unwrap(), Target::Claude);
        let err = chosen(&[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "none of openclaw, clawdbot or claude is on PATH"
        );
        assert!(crate::error::user_hint(&err).unwrap().contains("--runtime"));
        let root = tempfile::tempdir().unwrap();
        let (t, why) = choose(&host(root.path(), &[]), Some(Target::Claude), None).unwrap();
        assert_eq!((t, why.as_str()), (Target::Claude, "chosen with --runtime"));
    }

    #[test]
    fn uninstall_prefers_where_the_skills_are() {
        let root = tempfile::tempdir().unwrap();
        let host = host(root.path(), &["openclaw"]);
        let claude = Target::Claude.skills_dir(&Target::Claude.home(&host, None));
        std::fs::create_dir_all(claude.join(bundle::SKILLS[0].name)).unwrap();
        let (t, why) = choose_existing(&host, None, None).unwrap();
        assert_eq!(
            (t, why.as_str()),
            (Target::Claude, "the skills are installed there")
        );
        let (t, _) = choose_existing(&host, Some(Target::Agent(Runtime::OpenClaw)), None).unwrap();
        assert_eq!(t, Target::Agent(Runtime::OpenClaw));
    }
}
