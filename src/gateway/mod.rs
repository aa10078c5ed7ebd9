//! The [`Gateway`] handle: the engine, the container's name and its inspected facts. Commands
//! hold one handle instead of passing `(engine, name)` around; it reads the live configuration
//! ([`Gateway::read`]) and changes it in one transaction ([`Gateway::edit`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::domain::live::{self, LiveConfig, Scope};
use crate::domain::providers::settings;
use crate::edit;
use crate::engine::{ContainerInfo, Engine};
use crate::error::fail_hint;

pub mod accesslog;
pub mod backup;
pub mod console;
pub mod datadir;
pub mod fsmode;
pub mod host;
pub mod hostpath;
pub mod mcp;
pub mod metrics;
pub mod probe;
pub mod quota;
pub mod redis;
pub mod upgrade;
pub mod wait;

pub use probe::{answers, answers_at, listed_models};

pub use crate::domain::live::paths::{ACCESS_LOG, AI_PROXY, DATA, MODEL_ROUTER, SETTINGS};

/// What a command needs of the container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Exists,
    Running,
}

pub struct Gateway {
    engine: Engine,
    info: ContainerInfo,
    /// The data folder, when its files may be read (and maybe written) here: see [`hostpath`].
    host: Option<hostpath::HostFolder>,
}

impl Gateway {
    /// Connect to the engine and find the container `name`, as `need` requires.
    pub async fn connect(name: &str, need: Need) -> Result<Gateway> {
        let engine = Engine::connect().await?;
        Gateway::find(engine, name, need).await
    }

    /// Find the container on an engine already connected.
    pub async fn find(engine: Engine, name: &str, need: Need) -> Result<Gateway> {
        let info = match need {
            Need::Exists => existing(&engine, name).await?,
            Need::Running => running(&engine, name).await?,
        };
        Ok(Gateway::of(engine, info))
    }

    /// The handle of a container already inspected, which must be running.
    pub fn of_running(engine: Engine, info: ContainerInfo) -> Result<Gateway> {
        Ok(Gateway::of(engine, must_run(info)?))
    }

    /// The handle of a container already inspected (no second inspect).
    pub fn of(engine: Engine, info: ContainerInfo) -> Gateway {
        let host = hostpath::probe(&info);
        Gateway { engine, info, host }
    }

    /// Inspect the container again (after a start, say).
    pub async fn refresh(&mut self) -> Result<()> {
        self.info = existing(&self.engine, &self.info.name).await?;
        self.host = hostpath::probe(&self.info);
        Ok(())
    }

    /// The data folder, when the files may be read on this machine (the engine runs on this
    /// kernel, mounts this folder, and this user may read it); see [`hostpath`].
    pub fn host_files(&self) -> Option<&Path> {
        self.host.as_ref().map(|h| h.dir.as_path())
    }

    /// The data folder, when changes may also be made on this machine.
    fn host_writes(&self) -> Option<&Path> {
        self.host
            .as_ref()
            .filter(|h| h.writable)
            .map(|h| h.dir.as_path())
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn info(&self) -> &ContainerInfo {
        &self.info
    }

    pub fn name(&self) -> &str {
        &self.info.name
    }

    pub fn ports(&self) -> Ports {
        ports_of(&self.info)
    }

    /// Whether the gateway answers HTTP on its published port, at its bind address.
    pub async fn answers(&self, timeout: std::time::Duration) -> bool {
        answers_at(&bind_of(&self.info), self.ports().http, timeout).await
    }

    /// The data folder on this machine, when the engine is local and the folder holds the
    /// gateway's files (where backups go, which modes to check). Whether its files may be
    /// read here is [`Gateway::host_files`].
    pub fn host_data_folder(&self) -> Option<PathBuf> {
        if !self.engine.local {
            return None;
        }
        let dir = PathBuf::from(self.info.data_folder.as_deref()?);
        dir.join("wasmplugins").is_dir().then_some(dir)
    }

    /// The live configuration: from the data folder on this machine when it can be read
    /// there, else through the engine. Writes rename whole files into place, so a read never
    /// sees half a write.
    pub async fn read(&self) -> Result<LiveConfig> {
        let paths = live::paths();
        let snap = self.read_files(&paths).await?;
        Ok(LiveConfig::from_files(
            paths.iter().map(|p| (p.clone(), snap.text(p))),
        ))
    }

    /// Files under `/data`, without a lock: here when [`Gateway::host_files`] allows, else
    /// by one exec (or one archive download for one file). The one read path.
    pub async fn read_files(&self, paths: &[String]) -> Result<edit::Snapshot> {
        edit::read(&self.engine, self.name(), self.host_files(), paths).await
    }

    /// One transaction on `paths` (see [`edit::transact`]): here when the folder may be
    /// written here, else in the container. The one write path.
    pub async fn transact<T, F>(&self, paths: &[String], plan: F) -> Result<T>
    where
        F: FnOnce(&edit::Snapshot) -> Result<(Vec<edit::Write>, T)>,
    {
        let scope = (paths, edit::Reach::Paths);
        edit::transact(&self.engine, self.name(), self.host_writes(), scope, plan).await
    }

    /// [`Gateway::transact`] on `paths` and every file of the tree (as [`Gateway::read_tree`]
    /// finds them, but under the lock): for a change that must see files it cannot name
    /// before it reads them, in one exec.
    pub async fn transact_tree<T, F>(&self, paths: &[String], plan: F) -> Result<T>
    where
        F: FnOnce(&edit::Snapshot) -> Result<(Vec<edit::Write>, T)>,
    {
        let scope = (paths, edit::Reach::Tree);
        edit::transact(&self.engine, self.name(), self.host_writes(), scope, plan).await
    }

    /// Every `*.yaml` file under `/data` (but `logs/`), and `default.cfg`: all the gateway's
    /// file API server loads. Path inside the container → text.
    pub async fn read_tree(&self) -> Result<BTreeMap<String, String>> {
        Ok(self
            .read_tree_files(&[SETTINGS.to_string()])
            .await?
            .present())
    }

    /// `paths` and every file of the tree (as [`Gateway::read_tree`]), without a lock, with
    /// their modes and owners: here when [`Gateway::host_files`] allows, else by one exec.
    pub async fn read_tree_files(&self, paths: &[String]) -> Result<edit::Snapshot> {
        #[cfg(unix)]
        if let Some(dir) = self.host_files() {
            let all = edit::with_tree(paths, edit::tree_paths(dir));
            if let Some(snap) = edit::host::read(dir, &all) {
                return Ok(snap);
            }
        }
        edit::read_tree_files(&self.engine, self.name(), paths).await
    }

    /// One transaction: read the files of `scope` under the edit lock, let `change` work on
    /// the model, commit what it changed. An error from `change` changes nothing.
    pub async fn edit<T, F>(&self, scope: Scope<'_>, change: F) -> Result<T>
    where
        F: FnOnce(&mut LiveConfig) -> Result<T>,
    {
        let paths = scope.paths();
        self.transact(&paths, |snap| {
            let mut live = LiveConfig::from_files(paths.iter().map(|p| (p.clone(), snap.text(p))));
            let value = change(&mut live)?;
            Ok((live.writes()?, value))
        })
        .await
    }

    /// The last lines of the container's output.
    pub async fn last_log_lines(&self, n: u64) -> String {
        last_log_lines(&self.engine, self.name(), n).await
    }
}

/// What [`Gateway::read_tree`] gives, read from a data folder on this machine alone (no
/// engine): every `*.yaml` file but `logs/`, and `default.cfg`, as paths inside the container.
pub fn read_folder_tree(dir: &Path) -> Result<BTreeMap<String, String>> {
    if !dir.is_dir() {
        return Err(fail_hint(
            format!("no data folder at {}", dir.display()),
            "pass the folder the gateway was started with (--data-folder)",
        ));
    }
    let paths = edit::with_tree(&[SETTINGS.to_string()], edit::tree_paths(dir));
    let files = read_host_files(dir, &paths).ok_or_else(|| {
        fail_hint(
            format!("cannot read the files in {}", dir.display()),
            "run as a user who can read the data folder (the gateway writes some as root)",
        )
    })?;
    Ok(present(files))
}

/// The files that exist, path → text.
fn present(files: Vec<(String, Option<String>)>) -> BTreeMap<String, String> {
    files
        .into_iter()
        .filter_map(|(p, text)| Some((p, text?)))
        .collect()
}

/// The files under `dir` (the host side of `/data`); None when one cannot be read.
fn read_host_files(dir: &Path, paths: &[String]) -> Option<Vec<(String, Option<String>)>> {
    paths
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(DATA)?.trim_start_matches('/');
            match std::fs::read(dir.join(rel)) {
                Ok(bytes) => Some((
                    p.clone(),
                    Some(String::from_utf8_lossy(&bytes).into_owned()),
                )),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some((p.clone(), None)),
                Err(_) => None,
            }
        })
        .collect()
}

/// The container, which must exist.
async fn existing(engine: &Engine, name: &str) -> Result<ContainerInfo> {
    match engine.inspect(name).await? {
        Some(info) => Ok(info),
        None => Err(fail_hint(
            format!("no gateway container named {name}"),
            "create it with `get-ai-gateway start` (or pass --container-name)",
        )),
    }
}

/// The container, which must be running.
async fn running(engine: &Engine, name: &str) -> Result<ContainerInfo> {
    must_run(existing(engine, name).await?)
}

fn must_run(info: ContainerInfo) -> Result<ContainerInfo> {
    let name = &info.name;
    if !info.running {
        return Err(fail_hint(
            format!(
                "the gateway container {name} is not running ({})",
                info.status
            ),
            "start it with `get-ai-gateway start`",
        ));
    }
    Ok(info)
}

pub use crate::domain::ops::plan::Ports;

/// The ports the gateway listens on inside the container, from its environment.
pub fn container_ports(info: &ContainerInfo) -> Ports {
    let env_port = |key: &str, default: u16| {
        info.env_var(key)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    Ports {
        http: env_port("GATEWAY_HTTP_PORT", settings::DEFAULT_HTTP_PORT),
        https: env_port("GATEWAY_HTTPS_PORT", settings::DEFAULT_HTTPS_PORT),
        console: env_port("CONSOLE_PORT", settings::DEFAULT_CONSOLE_PORT),
    }
}

/// Ports the container was configured with, from its published ports or its environment.
pub fn ports_of(info: &ContainerInfo) -> Ports {
    let Ports {
        http,
        https,
        console,
    } = container_ports(info);
    Ports {
        http: info.host_port(http).unwrap_or(http),
        https: info.host_port(https).unwrap_or(https),
        console: info.host_port(console).unwrap_or(console),
    }
}

/// The address the ports are published on; the engine's empty address is every interface.
pub fn bind_of(info: &ContainerInfo) -> String {
    info.ports
        .iter()
        .map(|p| p.host_ip.as_str())
        .find(|ip| !ip.is_empty())
        .unwrap_or("0.0.0.0")
        .to_string()
}

/// The host to write in URLs for ports published on `bind`: `localhost` for a loopback or
/// every-interface address, else the address.
pub fn display_host(bind: &str) -> String {
    match bind.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_loopback() || ip.is_unspecified() => "localhost".into(),
        Ok(std::net::IpAddr::V6(ip)) => format!("[{ip}]"),
        _ => bind.to_string(),
    }
}

/// The last lines of the container's output.
pub async fn last_log_lines(engine: &Engine, name: &str, n: u64) -> String {
    use futures_util::StreamExt;
    let mut out = Vec::new();
    let mut stream = Box::pin(engine.logs(name, false, Some(n)));
    while let Some(Ok(chunk)) = stream.next().await {
        out.extend_from_slice(&chunk);
    }
    String::from_utf8_lossy(&out).into_owned()
}
