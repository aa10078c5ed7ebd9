//! The gateway's Prometheus text (`localhost:15020/stats/prometheus` inside the container):
//! over HTTP through the published metrics port when there is one, else with one exec of
//! `wget -qO-` (GNU wget in the all-in-one, busybox's in the stand-in; no curl in the image).

use std::time::Duration;

use anyhow::Result;

use super::{Gateway, probe};
use crate::error::fail_hint;

/// The container port of the merged metrics (pilot-agent's, Envoy's and the apps').
pub const METRICS_PORT: u16 = 15020;
pub const METRICS_PATH: &str = "/stats/prometheus";

/// Where the text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The published port, `host:port`.
    Port(String),
    Exec,
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Port(at) => format!("http://{at}{METRICS_PATH}"),
            Source::Exec => format!("exec: wget localhost:{METRICS_PORT}{METRICS_PATH}"),
        }
    }
}

/// Where the metrics will be read: the published port, else an exec.
pub fn source(gw: &Gateway) -> Source {
    match published(gw.info()) {
        Some(at) => Source::Port(at),
        None => Source::Exec,
    }
}

/// One read of the text.
pub async fn scrape(gw: &Gateway, from: &Source) -> Result<String> {
    match from {
        Source::Port(at) => over_http(at).await,
        Source::Exec => over_exec(gw).await,
    }
}

async fn over_http(at: &str) -> Result<String> {
    let url = format!("http://{at}{METRICS_PATH}");
    let unreachable = |e: String| {
        fail_hint(
            format!("the gateway's metrics did not answer at {url}: {e}"),
            "is the gateway running? `get-ai-gateway status`",
        )
    };
    let Some(client) = probe::http_client(Duration::from_secs(10)) else {
        return Err(unreachable("no HTTP client".into()));
    };
    let response = client
        .get(&url)
        .send()
        .await
        .map_err(|e| unreachable(e.to_string()))?;
    if !response.status().is_success() {
        return Err(unreachable(format!("HTTP {}", response.status())));
    }
    response
        .text()
        .await
        .map_err(|e| unreachable(e.to_string()))
}

async fn over_exec(gw: &Gateway) -> Result<String> {
    let url = format!("http://127.0.0.1:{METRICS_PORT}{METRICS_PATH}");
    let out = gw.engine().exec(gw.name(), &["wget", "-qO-", &url]).await?;
    if out.code != 0 {
        return Err(fail_hint(
            format!(
                "the gateway's metrics did not answer on port {METRICS_PORT} inside the container \
                 (wget exited {}): {}",
                out.code,
                out.stderr.trim()
            ),
            "the gateway may still be starting: `get-ai-gateway status`",
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The console's Grafana (`/grafana/`, behind the console login) when the container runs
/// the `-o11y` image; None on the plain image, where there is no Grafana.
pub fn grafana_url(info: &crate::engine::ContainerInfo) -> Option<String> {
    if !crate::domain::ops::upgrade::is_o11y(&info.image) {
        return None;
    }
    let host = super::display_host(&super::bind_of(info));
    Some(format!(
        "http://{host}:{}/grafana/",
        super::ports_of(info).console
    ))
}

/// The published metrics port as `host:port`, or None.
pub fn published(info: &crate::engine::ContainerInfo) -> Option<String> {
    info.ports
        .iter()
        .find(|p| p.container_port == METRICS_PORT)
        .map(|p| format!("{}:{}", probe::reach_host(&p.host_ip), p.host_port))
}
