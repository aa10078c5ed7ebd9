//! Which runtime to use when `--runtime` is `auto`, and where its home folder is: from the
//! PATH, the user's home and the state-dir variables, given as a [`Host`] so tests can fake them.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::runtime::{Runtime, extension_dir};
use crate::error::fail_hint;

/// What detection reads from the machine, so tests can give their own.
#[derive(Debug, Clone, Default)]
pub struct Host {
    pub path: Option<OsString>,
    pub user_home: Option<PathBuf>,
    /// `$OPENCLAW_STATE_DIR` and `$CLAWDBOT_STATE_DIR`, in [`Runtime::ALL`] order.
    pub state_dirs: [Option<OsString>; 2],
}

impl Host {
    pub fn from_env() -> Host {
        Host {
            path: std::env::var_os("PATH"),
            user_home: dirs::home_dir(),
            state_dirs: Runtime::ALL.map(|rt| std::env::var_os(rt.state_env())),
        }
    }

    /// The home folder: `--home`, else `$<RUNTIME>_STATE_DIR`, else `~/.<runtime>`.
    pub fn home(&self, rt: Runtime, explicit: Option<&Path>) -> PathBuf {
        if let Some(h) = explicit {
            return h.to_path_buf();
        }
        let state = &self.state_dirs[rt as usize];
        if let Some(dir) = state.as_ref().filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        self.user_home
            .clone()
            .unwrap_or_else(|| PathBuf::from("."))
            .join(format!(".{}", rt.bin()))
    }

    pub fn on_path(&self, rt: Runtime) -> Option<PathBuf> {
        self.find_bin(rt.bin())
    }

    /// The first file named `bin` in a PATH folder.
    pub fn find_bin(&self, bin: &str) -> Option<PathBuf> {
        std::env::split_paths(self.path.as_ref()?)
            .map(|d| d.join(bin))
            .find(|p| p.is_file())
    }

    /// The runtime to use and why: the one chosen, else the one on PATH, else the one of two
    /// on PATH with a home folder, else OpenClaw.
    pub fn choose(
        &self,
        choice: Option<Runtime>,
        home: Option<&Path>,
    ) -> Result<(Runtime, String)> {
        if let Some(rt) = choice {
            return Ok((rt, "chosen with --runtime".into()));
        }
        let found: Vec<(Runtime, PathBuf)> = Runtime::ALL
            .into_iter()
            .filter_map(|rt| self.on_path(rt).map(|p| (rt, p)))
            .collect();
        match found.as_slice() {
            [] => Err(fail_hint(
                "neither openclaw nor clawdbot is on PATH",
                "install one (`npm install -g openclaw`), or pass --runtime openclaw|clawdbot \
                 to install the plugin files anyway",
            )),
            [(rt, path)] => Ok((*rt, format!("found {}", path.display()))),
            _ => {
                let with_home: Vec<Runtime> = Runtime::ALL
                    .into_iter()
                    .filter(|rt| self.home(*rt, home).is_dir())
                    .collect();
                Ok(match with_home.as_slice() {
                    [only] => (
                        *only,
                        format!("both are on PATH; only {} has a home folder", only.display()),
                    ),
                    _ => (
                        Runtime::OpenClaw,
                        "both are on PATH; OpenClaw is Clawdbot's successor (pass --runtime clawdbot for the other)".to_string(),
                    ),
                })
            }
        }
    }

    /// For uninstall/status with `auto`: the runtime whose plugin folder exists, else `choose`.
    pub fn choose_existing(
        &self,
        choice: Option<Runtime>,
        home: Option<&Path>,
    ) -> Result<(Runtime, String)> {
        if choice.is_none() {
            let installed: Vec<Runtime> = Runtime::ALL
                .into_iter()
                .filter(|rt| extension_dir(&self.home(*rt, home)).exists())
                .collect();
            if let [only] = installed.as_slice() {
                return Ok((*only, "the plugin is installed there".into()));
            }
        }
        self.choose(choice, home)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A machine in a temp folder: `bin/<runtime>` for those on PATH, `home/.<runtime>` for
    /// those with a home folder.
    fn host(root: &Path, on_path: &[Runtime], homes: &[Runtime]) -> Host {
        let (bin, user_home) = (root.join("bin"), root.join("home"));
        std::fs::create_dir_all(&bin).unwrap();
        for rt in on_path {
            std::fs::write(bin.join(rt.bin()), "#!/bin/sh\n").unwrap();
        }
        for rt in homes {
            std::fs::create_dir_all(user_home.join(format!(".{}", rt.bin()))).unwrap();
        }
        Host {
            path: Some(std::env::join_paths([root.join("empty"), bin]).unwrap()),
            user_home: Some(user_home),
            state_dirs: [None, None],
        }
    }

    fn chosen(host: &Host) -> (Runtime, String) {
        host.choose(None, None).unwrap()
    }

    #[test]
    fn home_is_the_flag_then_the_state_variable_then_dot_runtime() {
        let mut host = Host {
            user_home: Some("/u".into()),
            ..Host::default()
        };
        let homes = |host: &Host, explicit: Option<&str>| {
            Runtime::ALL.map(|rt| host.home(rt, explicit.map(Path::new)))
        };
        assert_eq!(
            homes(&host, None),
            ["/u/.openclaw", "/u/.clawdbot"].map(PathBuf::from)
        );
        // An empty variable counts as unset.
        host.state_dirs = [Some("".into()), Some("/state/cb".into())];
        assert_eq!(
            homes(&host, None),
            ["/u/.openclaw", "/state/cb"].map(PathBuf::from)
        );
        assert_eq!(homes(&host, Some("/h")), ["/h", "/h"].map(PathBuf::from));
        assert_eq!(
            extension_dir(Path::new("/h")),
            Path::new("/h/extensions/higress-ai-gateway")
        );
    }

    #[test]
    fn on_path_wants_a_file() {
        let root = tempfile::tempdir().unwrap();
        let host = host(root.path(), &[Runtime::Clawdbot], &[]);
        std::fs::create_dir(root.path().join("bin/openclaw")).unwrap();
        assert_eq!(host.on_path(Runtime::OpenClaw), None);
        assert_eq!(
            host.on_path(Runtime::Clawdbot),
            Some(root.path().join("bin/clawdbot"))
        );
        assert_eq!(Host::default().on_path(Runtime::Clawdbot), None);
    }

    #[test]
    fn auto_with_neither_on_path_fails_with_a_hint_but_the_flag_wins() {
        let root = tempfile::tempdir().unwrap();
        let host = host(root.path(), &[], &Runtime::ALL);
        let (rt, why) = host.choose(Some(Runtime::Clawdbot), None).unwrap();
        assert_eq!(
            (rt, why.as_str()),
            (Runtime::Clawdbot, "chosen with --runtime")
        );
        let err = host.choose(None, None).unwrap_err();
        assert_eq!(err.to_string(), "neither openclaw nor clawdbot is on PATH");
        assert!(
            crate::error::user_hint(&err)
                .unwrap()
                .contains("--runtime openclaw|clawdbot")
        );
    }

    #[test]
    fn auto_takes_the_one_on_path() {
        let root = tempfile::tempdir().unwrap();
        let (rt, why) = chosen(&host(
            root.path(),
            &[Runtime::Clawdbot],
            &[Runtime::OpenClaw],
        ));
        assert_eq!(rt, Runtime::Clawdbot);
        assert_eq!(
            why,
            format!("found {}", root.path().join("bin/clawdbot").display())
        );
    }

    #[test]
    fn auto_with_both_on_path_takes_the_one_with_a_home() {
        let root = tempfile::tempdir().unwrap();
        let (rt, why) = chosen(&host(root.path(), &Runtime::ALL, &[Runtime::Clawdbot]));
        assert_eq!(rt, Runtime::Clawdbot);
        assert_eq!(why, "both are on PATH; only Clawdbot has a home folder");
    }

    #[test]
    fn auto_with_both_on_path_and_both_or_no_homes_takes_openclaw() {
        for homes in [&Runtime::ALL[..], &[]] {
            let root = tempfile::tempdir().unwrap();
            let (rt, why) = chosen(&host(root.path(), &Runtime::ALL, homes));
            assert_eq!(rt, Runtime::OpenClaw);
            assert!(why.contains("OpenClaw is Clawdbot's successor"), "{why}");
        }
    }

    #[test]
    fn uninstall_and_status_prefer_where_the_plugin_is() {
        let root = tempfile::tempdir().unwrap();
        let host = host(root.path(), &Runtime::ALL, &Runtime::ALL);
        let installed = extension_dir(&host.home(Runtime::Clawdbot, None));
        std::fs::create_dir_all(&installed).unwrap();
        let (rt, why) = host.choose_existing(None, None).unwrap();
        assert_eq!(
            (rt, why.as_str()),
            (Runtime::Clawdbot, "the plugin is installed there")
        );
        // The flag still decides, and with no copy anywhere it is the install-time choice.
        assert_eq!(
            host.choose_existing(Some(Runtime::OpenClaw), None)
                .unwrap()
                .0,
            Runtime::OpenClaw
        );
        std::fs::remove_dir_all(&installed).unwrap();
        assert_eq!(
            host.choose_existing(None, None).unwrap().0,
            Runtime::OpenClaw
        );
    }
}
