//! The one wrapper around the Docker Engine API (bollard). Nothing else imports bollard.

use std::collections::HashMap;
use std::time::Duration;

use crate::domain::providers::registry::split_image;
use anyhow::Result;
use bollard::errors::Error as BollardError;
use bollard::models::{
    ContainerCreateBody, HostConfig, Mount, MountType, PortBinding, RestartPolicy,
    RestartPolicyNameEnum,
};
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, CreateImageOptionsBuilder, LogsOptionsBuilder,
    RemoveContainerOptionsBuilder, StopContainerOptionsBuilder,
};
use bytes::Bytes;
use futures_util::{Stream, StreamExt};

mod archive;
pub mod discover;
mod error;
mod exec;
mod network;
mod recreate;

pub use error::EngineError;

pub use archive::tar_of;
pub use exec::{ExecSession, Output};
pub use network::SidecarSpec;
pub use recreate::{CloneSpec, ImageInfo};

/// The label put on every container this tool creates.
pub const MANAGED_LABEL: &str = "io.higress.get-ai-gateway.managed";

pub struct Engine {
    api: bollard::Docker,
    /// Where the engine was reached, for messages (`unix:///var/run/docker.sock`).
    pub endpoint: String,
    /// Why this engine: "DOCKER_HOST", "context ctx2 (DOCKER_CONTEXT)", "the default socket".
    pub why: String,
    /// Published ports are reachable on this machine's loopback.
    pub local: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedPort {
    pub container_port: u16,
    pub host_ip: String,
    pub host_port: u16,
}

#[derive(Debug, Clone)]
pub struct ContainerInfo {
    pub id: String,
    pub name: String,
    pub image: String,
    pub status: String,
    pub running: bool,
    pub started_at: Option<String>,
    pub created: Option<String>,
    pub ports: Vec<PublishedPort>,
    /// Host path mounted at `/data`.
    pub data_folder: Option<String>,
    pub env: Vec<String>,
    pub restart_policy: Option<String>,
    pub managed: bool,
    pub labels: HashMap<String, String>,
    /// Restarts by the engine's restart policy since the last start.
    pub restart_count: i64,
    /// The main process's id as the engine's kernel numbers it (0 when not running).
    pub pid: i64,
}

impl ContainerInfo {
    /// The host port published for a container port.
    pub fn host_port(&self, container_port: u16) -> Option<u16> {
        self.ports
            .iter()
            .find(|p| p.container_port == container_port)
            .map(|p| p.host_port)
    }

    pub fn env_var(&self, key: &str) -> Option<&str> {
        self.env
            .iter()
            .filter_map(|e| e.split_once('='))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }
}

/// What `create` needs.
#[derive(Debug, Clone)]
pub struct ContainerSpec {
    pub name: String,
    pub image: String,
    pub env: Vec<String>,
    /// Ports published as `BIND:P:P`.
    pub ports: Vec<u16>,
    /// The host address the ports are published on (`127.0.0.1`).
    pub bind: String,
    /// (host path, container path) bind mounts.
    pub binds: Vec<(String, String)>,
    /// More ports, each on its own address: (host address, host port, container port).
    pub publish: Vec<(String, u16, u16)>,
}

/// The engine, as `doctor` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineVersion {
    /// "Docker Engine", or the Podman component's name.
    pub name: String,
    pub version: String,
    pub api_version: String,
    /// The engine host's architecture as Go names it (`amd64`, `arm64`).
    pub arch: String,
}

/// One pull progress event.
#[derive(Debug, Clone)]
pub struct PullEvent {
    pub layer: Option<String>,
    pub status: String,
    pub current: Option<u64>,
    pub total: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct ExecOutput {
    pub code: i64,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// A file read from a container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileData {
    pub bytes: Vec<u8>,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
}

/// A file to put into a container.
#[derive(Debug, Clone)]
pub struct NewFile {
    /// Path relative to the upload folder.
    pub path: String,
    pub bytes: Vec<u8>,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
}

fn status_code(err: &BollardError) -> Option<u16> {
    match err {
        BollardError::DockerResponseServerError { status_code, .. } => Some(*status_code),
        _ => None,
    }
}

/// The engine's own message for an API error, without bollard's wrapping.
pub fn api_message(err: &BollardError) -> String {
    match err {
        BollardError::DockerResponseServerError { message, .. } => message.trim().to_string(),
        BollardError::RequestTimeoutError => "the Docker engine did not answer in time".into(),
        other => other.to_string(),
    }
}

fn unreachable(endpoint: &str, why: &str, reason: &str) -> anyhow::Error {
    EngineError::Unreachable {
        endpoint: endpoint.to_string(),
        why: why.to_string(),
        reason: reason.to_string(),
    }
    .into()
}

/// An API call that failed: "cannot <action>: <the engine's message>".
fn api_error(action: String, e: &BollardError) -> anyhow::Error {
    EngineError::Api {
        action,
        message: api_message(e),
    }
    .into()
}

impl Engine {
    /// Connect to the engine [`discover::discover`] finds: `--context`, `DOCKER_HOST`,
    /// `DOCKER_CONTEXT`, the docker CLI's current context, then the well-known sockets.
    pub async fn connect() -> Result<Engine> {
        let found = discover::discover(&discover::Inputs::from_process(), &discover::RealFiles)?;
        Engine::connect_to(found).await
    }

    /// Connect to one endpoint.
    pub async fn connect_to(found: discover::Endpoint) -> Result<Engine> {
        let discover::Endpoint {
            host: endpoint,
            why,
        } = found;
        let unsupported = || EngineError::UnsupportedHost {
            host: endpoint.clone(),
            why: why.clone(),
        };
        let api = if let Some(path) = endpoint.strip_prefix("unix://") {
            #[cfg(unix)]
            if let Some(version) = ping_version(path, &endpoint, &why).await? {
                let api = bollard::Docker::connect_with_unix(path, 120, &version)
                    .map_err(|e| unreachable(&endpoint, &why, &e.to_string()))?;
                return Ok(Engine::new(api, endpoint, why));
            }
            connect_local(path).ok_or_else(unsupported)?
        } else if endpoint.starts_with("npipe://") {
            connect_local(&endpoint).ok_or_else(unsupported)?
        } else if endpoint.starts_with("tcp://") || endpoint.starts_with("http://") {
            bollard::Docker::connect_with_http(&endpoint, 120, bollard::API_DEFAULT_VERSION)
        } else {
            return Err(unsupported().into());
        };
        let api = api.map_err(|e| unreachable(&endpoint, &why, &e.to_string()))?;
        let negotiated = tokio::time::timeout(Duration::from_secs(15), api.negotiate_version())
            .await
            .map_err(|_| unreachable(&endpoint, &why, "no answer within 15 s"))?
            .map_err(|e| unreachable(&endpoint, &why, &reason_of(&e)))?;
        Ok(Engine::new(negotiated, endpoint, why))
    }

    fn new(api: bollard::Docker, endpoint: String, why: String) -> Engine {
        let local = endpoint.starts_with("unix://")
            || endpoint.starts_with("npipe://")
            || endpoint.contains("://127.0.0.1")
            || endpoint.contains("://localhost");
        Engine {
            api,
            endpoint,
            why,
            local,
        }
    }

    /// The engine's version facts, for `doctor`.
    pub async fn version(&self) -> Result<EngineVersion> {
        let v = self
            .api
            .version()
            .await
            .map_err(|e| api_error("read the engine's version".into(), &e))?;
        let name = v
            .components
            .unwrap_or_default()
            .iter()
            .map(|c| c.name.clone())
            .find(|n| n.to_lowercase().contains("podman"))
            .unwrap_or_else(|| "Docker Engine".into());
        Ok(EngineVersion {
            name,
            version: v.version.unwrap_or_default(),
            api_version: v.api_version.unwrap_or_default(),
            arch: v.arch.unwrap_or_default(),
        })
    }

    /// The architecture of an image (`amd64`, `arm64`), when it is present.
    pub async fn image_arch(&self, image: &str) -> Result<Option<String>> {
        match self.api.inspect_image(image).await {
            Ok(i) => Ok(i.architecture),
            Err(e) if status_code(&e) == Some(404) => Ok(None),
            Err(e) => Err(api_error(format!("inspect image {image}"), &e)),
        }
    }

    /// The container with this name, or None.
    pub async fn inspect(&self, name: &str) -> Result<Option<ContainerInfo>> {
        let resp = match self.api.inspect_container(name, None).await {
            Ok(r) => r,
            Err(e) if status_code(&e) == Some(404) => return Ok(None),
            Err(e) => {
                return Err(api_error(format!("inspect container {name}"), &e));
            }
        };
        let state = resp.state.clone().unwrap_or_default();
        let config = resp.config.clone().unwrap_or_default();
        let host = resp.host_config.clone().unwrap_or_default();
        let mut ports = Vec::new();
        for (key, bindings) in host.port_bindings.clone().unwrap_or_default() {
            let Some(container_port) = key.split('/').next().and_then(|p| p.parse().ok()) else {
                continue;
            };
            for b in bindings.unwrap_or_default() {
                let Some(host_port) = b.host_port.as_deref().and_then(|p| p.parse().ok()) else {
                    continue;
                };
                ports.push(PublishedPort {
                    container_port,
                    host_ip: b.host_ip.clone().unwrap_or_default(),
                    host_port,
                });
            }
        }
        ports.sort_by_key(|p| p.container_port);
        let data_folder = resp.mounts.as_ref().and_then(|mounts| {
            mounts
                .iter()
                .find(|m| m.destination.as_deref() == Some("/data"))
                .and_then(|m| m.source.as_deref())
                .map(|s| crate::domain::live::paths::host_folder(s, cfg!(windows)))
        });
        let labels = config.labels.clone().unwrap_or_default();
        Ok(Some(ContainerInfo {
            id: resp.id.clone().unwrap_or_default(),
            name: resp
                .name
                .clone()
                .unwrap_or_default()
                .trim_start_matches('/')
                .to_string(),
            image: config.image.clone().unwrap_or_default(),
            status: state
                .status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "unknown".into()),
            running: state.running.unwrap_or(false),
            started_at: state.started_at.clone(),
            created: resp.created.clone(),
            ports,
            data_folder,
            env: config.env.clone().unwrap_or_default(),
            restart_policy: host
                .restart_policy
                .and_then(|r| r.name)
                .map(|n| n.to_string()),
            managed: labels.get(MANAGED_LABEL).map(String::as_str) == Some("true"),
            labels,
            restart_count: resp.restart_count.unwrap_or(0),
            pid: state.pid.unwrap_or(0),
        }))
    }

    pub async fn image_present(&self, image: &str) -> Result<bool> {
        match self.api.inspect_image(image).await {
            Ok(_) => Ok(true),
            Err(e) if status_code(&e) == Some(404) => Ok(false),
            Err(e) => Err(api_error(format!("inspect image {image}"), &e)),
        }
    }

    /// Pull an image, reporting progress events.
    pub async fn pull(&self, image: &str, mut progress: impl FnMut(PullEvent)) -> Result<()> {
        let (repo, tag) = split_image(image);
        let options = CreateImageOptionsBuilder::default()
            .from_image(repo)
            .tag(tag)
            .build();
        let mut stream = self.api.create_image(Some(options), None, None);
        while let Some(item) = stream.next().await {
            let info = item.map_err(|e| pull_error(image, &api_message(&e)))?;
            if let Some(detail) = info.error_detail {
                let message = detail.message.unwrap_or_else(|| "unknown error".into());
                return Err(pull_error(image, &message));
            }
            let detail = info.progress_detail.unwrap_or_default();
            progress(PullEvent {
                layer: info.id,
                status: info.status.unwrap_or_default(),
                current: detail.current.and_then(|c| u64::try_from(c).ok()),
                total: detail.total.and_then(|t| u64::try_from(t).ok()),
            });
        }
        if !self.image_present(image).await? {
            return Err(pull_error(
                image,
                "the engine finished the pull without the image",
            ));
        }
        Ok(())
    }

    pub async fn create(&self, spec: &ContainerSpec) -> Result<String> {
        let mut bindings = HashMap::new();
        let mut exposed = Vec::new();
        for port in &spec.ports {
            let key = format!("{port}/tcp");
            exposed.push(key.clone());
            bindings.insert(
                key,
                Some(vec![PortBinding {
                    host_ip: Some(spec.bind.clone()),
                    host_port: Some(port.to_string()),
                }]),
            );
        }
        for (addr, host, container) in &spec.publish {
            let key = format!("{container}/tcp");
            exposed.push(key.clone());
            bindings.insert(
                key,
                Some(vec![PortBinding {
                    host_ip: Some(addr.clone()),
                    host_port: Some(host.to_string()),
                }]),
            );
        }
        let mounts = spec
            .binds
            .iter()
            .map(|(src, dst)| Mount {
                source: Some(src.clone()),
                target: Some(dst.clone()),
                typ: Some(MountType::BIND),
                ..Default::default()
            })
            .collect();
        let body = ContainerCreateBody {
            image: Some(spec.image.clone()),
            env: Some(spec.env.clone()),
            exposed_ports: Some(exposed),
            labels: Some(HashMap::from([(
                MANAGED_LABEL.to_string(),
                "true".to_string(),
            )])),
            host_config: Some(HostConfig {
                port_bindings: Some(bindings),
                restart_policy: Some(RestartPolicy {
                    name: Some(RestartPolicyNameEnum::ALWAYS),
                    maximum_retry_count: None,
                }),
                mounts: Some(mounts),
                ..Default::default()
            }),
            ..Default::default()
        };
        let options = CreateContainerOptionsBuilder::default()
            .name(&spec.name)
            .build();
        let resp = self
            .api
            .create_container(Some(options), body)
            .await
            .map_err(|e| api_error(format!("create container {}", spec.name), &e))?;
        Ok(resp.id)
    }

    pub async fn start(&self, name: &str) -> Result<()> {
        self.api
            .start_container(name, None)
            .await
            .map_err(|e| start_error(name, &api_message(&e)))
    }

    pub async fn stop(&self, name: &str, grace_seconds: i32) -> Result<()> {
        let options = StopContainerOptionsBuilder::default()
            .t(grace_seconds)
            .build();
        match self.api.stop_container(name, Some(options)).await {
            Ok(()) => Ok(()),
            Err(e) if status_code(&e) == Some(304) => Ok(()),
            Err(e) => Err(api_error(format!("stop container {name}"), &e)),
        }
    }

    pub async fn remove(&self, name: &str, force: bool) -> Result<()> {
        let options = RemoveContainerOptionsBuilder::default()
            .force(force)
            .build();
        self.api
            .remove_container(name, Some(options))
            .await
            .map_err(|e| api_error(format!("remove container {name}"), &e))
    }

    /// Container log output (stdout and stderr interleaved as the engine sends them).
    pub fn logs(
        &self,
        name: &str,
        follow: bool,
        tail: Option<u64>,
    ) -> impl Stream<Item = Result<Bytes>> + '_ {
        let tail = tail.map_or_else(|| "all".to_string(), |n| n.to_string());
        let options = LogsOptionsBuilder::default()
            .follow(follow)
            .stdout(true)
            .stderr(true)
            .tail(&tail)
            .build();
        self.logs_with(name, options)
    }

    /// Container log output from `since` (seconds since the epoch, inclusive), each line
    /// prefixed with the engine's RFC 3339 nanosecond time stamp and a space.
    pub fn logs_since(
        &self,
        name: &str,
        follow: bool,
        since: i32,
    ) -> impl Stream<Item = Result<Bytes>> + '_ {
        let options = LogsOptionsBuilder::default()
            .follow(follow)
            .stdout(true)
            .stderr(true)
            .since(since)
            .timestamps(true)
            .build();
        self.logs_with(name, options)
    }

    fn logs_with(
        &self,
        name: &str,
        options: bollard::query_parameters::LogsOptions,
    ) -> impl Stream<Item = Result<Bytes>> + '_ {
        let name = name.to_string();
        self.api.logs(&name, Some(options)).map(move |item| {
            item.map(|out| out.into_bytes())
                .map_err(|e| api_error(format!("read the logs of {name}"), &e))
        })
    }
}

/// A Unix socket (`/var/run/docker.sock`) or, on Windows, a named pipe
/// (`npipe:////./pipe/docker_engine`); `None` for the other kind on this platform.
fn connect_local(path: &str) -> Option<Result<bollard::Docker, BollardError>> {
    let version = bollard::API_DEFAULT_VERSION;
    #[cfg(unix)]
    let api = (!path.starts_with("npipe://"))
        .then(|| bollard::Docker::connect_with_unix(path, 120, version));
    #[cfg(windows)]
    let api = path
        .starts_with("npipe://")
        .then(|| bollard::Docker::connect_with_named_pipe(path, 120, version));
    api
}

/// The API version to speak with the engine on a local socket, from the `Api-Version` header
/// of `GET /_ping`, as the docker CLI negotiates it: the engine's version, or bollard's when
/// that is older. `/_ping` costs a fraction of a millisecond where `GET /version` (bollard's
/// `negotiate_version`) makes the engine ask containerd and runc for theirs: 10 to 20 ms, more
/// than every other call of a read. `None` when the socket does not answer so: the caller
/// then negotiates the old way, which reports why.
#[cfg(unix)]
async fn ping_version(
    path: &str,
    endpoint: &str,
    why: &str,
) -> Result<Option<bollard::ClientVersion>> {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let ask = async {
        let mut stream = tokio::net::UnixStream::connect(path).await.ok()?;
        stream
            .write_all(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            .await
            .ok()?;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        while buf.len() < 64 * 1024 {
            match stream.read(&mut chunk).await.ok()? {
                0 => break,
                n => buf.extend_from_slice(&chunk[..n]),
            }
            if buf.windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
        api_version_of(&String::from_utf8_lossy(&buf))
    };
    let found = tokio::time::timeout(Duration::from_secs(15), ask)
        .await
        .map_err(|_| unreachable(endpoint, why, "no answer within 15 s"))?;
    Ok(found.map(|(major, minor)| {
        let engine = bollard::ClientVersion {
            major_version: major,
            minor_version: minor,
        };
        let ours = *bollard::API_DEFAULT_VERSION;
        if engine < ours { engine } else { ours }
    }))
}

/// The `Api-Version` header of a successful HTTP response, as (major, minor) (asked over a
/// Unix socket only).
#[cfg_attr(not(unix), allow(dead_code))]
fn api_version_of(response: &str) -> Option<(usize, usize)> {
    let head = response.split("\r\n\r\n").next()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?;
    if status.split_whitespace().nth(1) != Some("200") {
        return None;
    }
    let value = lines.find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("api-version")
            .then(|| value.trim())
    })?;
    let (major, minor) = value.split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

fn reason_of(e: &BollardError) -> String {
    // The whole chain: a named pipe's "not found" is a few sources down.
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    if text.contains("No such file")
        || text.contains("os error 2)")
        || text.contains("cannot find the file")
    {
        if cfg!(windows) {
            "the pipe does not exist".into()
        } else {
            "the socket does not exist".into()
        }
    } else if text.contains("Connection refused") || text.contains("os error 111") {
        "connection refused".into()
    } else if text.contains("Permission denied") || text.contains("os error 13") {
        "permission denied".into()
    } else {
        api_message(e)
    }
}

fn pull_error(image: &str, reason: &str) -> anyhow::Error {
    EngineError::Pull {
        image: image.to_string(),
        reason: reason.to_string(),
    }
    .into()
}

fn start_error(name: &str, reason: &str) -> anyhow::Error {
    match busy_port_in(reason) {
        Some(port) => EngineError::PortBusy {
            name: name.to_string(),
            port,
        }
        .into(),
        None => EngineError::Api {
            action: format!("start container {name}"),
            message: reason.to_string(),
        }
        .into(),
    }
}

/// The port named in an engine's "address already in use" message.
fn busy_port_in(reason: &str) -> Option<u16> {
    if !(reason.contains("address already in use") || reason.contains("port is already allocated"))
    {
        return None;
    }
    reason
        .split_whitespace()
        .map(|tok| tok.trim_end_matches(|c: char| !c.is_ascii_digit()))
        .filter(|tok| tok.contains(':'))
        .filter_map(|tok| tok.rsplit(':').next())
        .filter_map(|p| p.parse::<u16>().ok())
        .find(|p| *p > 0)
}

fn exec_error(name: &str, e: &BollardError) -> anyhow::Error {
    if api_message(e).contains("is not running") || status_code(e) == Some(409) {
        return EngineError::NotRunning(name.to_string()).into();
    }
    api_error(format!("run a command in container {name}"), e)
}

#[cfg(test)]
mod tests;
