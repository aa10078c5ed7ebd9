//! Facts about one gateway container shared by the commands: finding it, its settings,
//! its endpoints, whether it answers.

use std::time::Duration;

use anyhow::Result;

use crate::engine::{ContainerInfo, Engine};
use crate::error::fail_hint;
use crate::domain::settings::{self, Settings};

pub mod datadir;

/// Paths inside the container.
pub const DATA: &str = "/data";
pub const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
pub const MODEL_ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
pub const SETTINGS: &str = "/data/default.cfg";
pub const ACCESS_LOG: &str = "/var/log/proxy/access.log";

/// The container, which must exist.
pub async fn existing(engine: &Engine, name: &str) -> Result<ContainerInfo> {
    match engine.inspect(name).await? {
        Some(info) => Ok(info),
        None => Err(fail_hint(
            format!("no gateway container named {name}"),
            "create it with `get-ai-gateway start` (or pass --container-name)",
        )),
    }
}

/// The container, which must be running.
pub async fn running(engine: &Engine, name: &str) -> Result<ContainerInfo> {
    let info = existing(engine, name).await?;
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

/// `default.cfg` as the container sees it (works for remote engines too).
pub async fn read_settings(engine: &Engine, name: &str) -> Result<Option<Settings>> {
    Ok(engine
        .read_file(name, SETTINGS)
        .await?
        .map(|f| Settings::parse(&String::from_utf8_lossy(&f.bytes))))
}

/// Ports the container was configured with, from its published ports or its environment.
pub struct Ports {
    pub http: u16,
    pub https: u16,
    pub console: u16,
}

pub fn ports_of(info: &ContainerInfo) -> Ports {
    let env_port = |key: &str, default: u16| {
        info.env_var(key)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let http = env_port("GATEWAY_HTTP_PORT", settings::DEFAULT_HTTP_PORT);
    let https = env_port("GATEWAY_HTTPS_PORT", settings::DEFAULT_HTTPS_PORT);
    let console = env_port("CONSOLE_PORT", settings::DEFAULT_CONSOLE_PORT);
    Ports {
        http: info.host_port(http).unwrap_or(http),
        https: info.host_port(https).unwrap_or(https),
        console: info.host_port(console).unwrap_or(console),
    }
}

fn http_client(timeout: Duration) -> Option<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .build()
        .ok()
}

/// Whether anything answers HTTP on 127.0.0.1:port (any status counts).
pub async fn answers(port: u16, timeout: Duration) -> bool {
    let Some(client) = http_client(timeout) else {
        return false;
    };
    client
        .get(format!("http://127.0.0.1:{port}/"))
        .send()
        .await
        .is_ok()
}

/// Model ids the gateway lists at /v1/models, when it answers.
pub async fn listed_models(base_url: &str, timeout: Duration) -> Option<Vec<String>> {
    let client = http_client(timeout)?;
    let url = format!("{}/models", base_url.trim_end_matches('/'));
    let resp = client.get(url).send().await.ok()?;
    if !resp.status().is_success() {
        return None;
    }
    let body: serde_json::Value = resp.json().await.ok()?;
    let ids: Vec<String> = body
        .get("data")?
        .as_array()?
        .iter()
        .filter_map(|m| m.get("id").and_then(|i| i.as_str()).map(str::to_string))
        .collect();
    Some(ids)
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
