//! `status`: its human output and its JSON, as pure functions of what it gathered.

use serde_json::{Value, json};

use super::lines;
use crate::domain::live::Listed;
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::ops::plan::Ports;
use crate::engine::ContainerInfo;

/// Everything `status` shows.
pub struct StatusView<'a> {
    pub info: &'a ContainerInfo,
    pub ports: Ports,
    pub endpoint: String,
    /// Why this engine ("context ctx2 (DOCKER_CONTEXT)", "the default socket").
    pub engine_why: String,
    pub local: bool,
    pub providers: Vec<Listed>,
    pub auto: Option<AutoRouting>,
    pub reachable: bool,
    pub uptime: Option<String>,
}

/// `3d 4h`, `2h 5m`, `5m 3s` or `7s` since `started_at` (RFC 3339).
pub fn uptime(started_at: Option<&str>, now: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let started = chrono::DateTime::parse_from_rfc3339(started_at?).ok()?;
    let secs = (now - started.with_timezone(&chrono::Utc)).num_seconds();
    if secs < 0 {
        return None;
    }
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    Some(match (d, h, m) {
        (0, 0, 0) => format!("{s}s"),
        (0, 0, _) => format!("{m}m {s}s"),
        (0, _, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h"),
    })
}

pub fn status_json(v: &StatusView) -> Value {
    let info = v.info;
    json!({
        "container": info.name,
        "id": info.id,
        "state": info.status,
        "running": info.running,
        "image": info.image,
        "created": info.created,
        "restart_policy": info.restart_policy,
        "managed": info.managed,
        "docker_endpoint": v.endpoint,
        "docker_endpoint_why": v.engine_why,
        "bind": bind_address(info),
        "ports": v.ports,
        "metrics_port": crate::gateway::metrics::published(info),
        "grafana": crate::gateway::metrics::grafana_url(info),
        "started_at": info.started_at,
        "uptime": v.uptime,
        "data_folder": info.data_folder,
        "providers": v.providers,
        "auto_routing": v.auto.as_ref().map(|a| json!({
            "enabled": a.enable,
            "default_model": a.default_model,
            "rules": a.rules.len(),
        })),
        "gateway_reachable": v.reachable,
    })
}

/// The address the ports are published on (`127.0.0.1` unless `start --bind` chose another).
pub fn bind_address(info: &ContainerInfo) -> String {
    crate::gateway::bind_of(info)
}

/// `status`.
pub fn status(v: &StatusView) -> String {
    let info = v.info;
    let state = match &v.uptime {
        Some(u) => format!("{} (up {u})", info.status),
        None => info.status.clone(),
    };
    let dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    let mut rows = vec![
        ("Container", info.name.clone()),
        ("State", state),
        ("Image", info.image.clone()),
        ("Restart policy", dash(&info.restart_policy)),
        (
            "Ports",
            format!(
                "http {bind}:{}  https {bind}:{}  console {bind}:{}",
                v.ports.http,
                v.ports.https,
                v.ports.console,
                bind = bind_address(info)
            ),
        ),
        ("Data folder", dash(&info.data_folder)),
    ];
    if let Some(at) = crate::gateway::metrics::published(info) {
        rows.push(("Metrics", format!("http://{at}/stats/prometheus")));
    }
    if let Some(url) = crate::gateway::metrics::grafana_url(info) {
        rows.push(("Grafana", format!("{url} (after the console login)")));
    }
    if info.running {
        let list = if v.providers.is_empty() {
            "none (add one with `get-ai-gateway config add`)".to_string()
        } else {
            v.providers
                .iter()
                .map(|p| format!("{} ({})", p.provider, p.keys.join(", ")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        rows.push(("Providers", list));
        let routing = match &v.auto {
            Some(a) if a.enable => format!(
                "on, default model {}, {} rule(s)",
                a.default_model.as_deref().unwrap_or("(not set)"),
                a.rules.len()
            ),
            Some(_) => "off".to_string(),
            None => "unknown (model-router config not found)".to_string(),
        };
        rows.push(("Auto-routing", routing));
        let reach = if v.reachable {
            format!(
                "yes (http://{}:{}/v1/chat/completions)",
                crate::gateway::display_host(&bind_address(info)),
                v.ports.http
            )
        } else if v.local {
            "no answer on the HTTP port".to_string()
        } else {
            "not checked (remote Docker engine)".to_string()
        };
        rows.push(("Gateway reachable", reach));
    }
    rows.push((
        "Docker engine",
        format!("{} ({})", v.endpoint, v.engine_why),
    ));
    if !info.managed {
        rows.push((
            "Note",
            "this container was not created by get-ai-gateway".to_string(),
        ));
    }
    let out: Vec<String> = rows
        .into_iter()
        .map(|(k, val)| format!("{:<18} {val}", format!("{k}:")))
        .collect();
    lines(&out)
}
