//! `status`: state, image, ports, uptime, data folder, providers, auto-routing, reachability.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::cli::GlobalArgs;
use crate::engine::Engine;
use crate::edit;
use crate::error::fail_hint;
use crate::gateway::{self, AI_PROXY, MODEL_ROUTER, SETTINGS};
use crate::domain::gwconfig;
use crate::domain::settings::Settings;
use crate::cli::ui;

fn uptime(started_at: Option<&str>) -> Option<String> {
    let started = chrono::DateTime::parse_from_rfc3339(started_at?).ok()?;
    let secs = (chrono::Utc::now() - started.with_timezone(&chrono::Utc)).num_seconds();
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

pub async fn run(global: &GlobalArgs, as_json: bool) -> Result<()> {
    let name = global.container_name.as_str();
    let engine = Engine::connect().await?;
    let Some(info) = engine.inspect(name).await? else {
        if as_json {
            ui::print_json(&json!({"container": name, "state": "absent"}));
        }
        return Err(fail_hint(
            format!("no gateway container named {name}"),
            "create it with `get-ai-gateway start`",
        ));
    };
    let ports = gateway::ports_of(&info);
    let (providers, auto, reachable) = if info.running {
        let paths = [AI_PROXY, MODEL_ROUTER, SETTINGS].map(str::to_string);
        let snap = edit::read_files(&engine, name, &paths).await?;
        let settings = Settings::parse(&snap.text(SETTINGS).unwrap_or_default());
        let providers = snap
            .text(AI_PROXY)
            .and_then(|t| gwconfig::parse(AI_PROXY, &t).ok())
            .map(|doc| super::config::configured(&doc, &settings))
            .unwrap_or_default();
        let auto = snap
            .text(MODEL_ROUTER)
            .and_then(|t| gwconfig::parse(MODEL_ROUTER, &t).ok())
            .map(|doc| gwconfig::auto_routing(&doc));
        let reachable = engine.local && gateway::answers(ports.http, Duration::from_secs(2)).await;
        (providers, auto, reachable)
    } else {
        (Vec::new(), None, false)
    };
    let up = if info.running {
        uptime(info.started_at.as_deref())
    } else {
        None
    };
    if as_json {
        ui::print_json(&json!({
            "container": info.name,
            "id": info.id,
            "state": info.status,
            "running": info.running,
            "image": info.image,
            "created": info.created,
            "restart_policy": info.restart_policy,
            "managed": info.managed,
            "docker_endpoint": engine.endpoint,
            "ports": {"http": ports.http, "https": ports.https, "console": ports.console},
            "started_at": info.started_at,
            "uptime": up,
            "data_folder": info.data_folder,
            "providers": providers,
            "auto_routing": auto.as_ref().map(|a| json!({
                "enabled": a.enable,
                "default_model": a.default_model,
                "rules": a.rules.len(),
            })),
            "gateway_reachable": reachable,
        }));
        return Ok(());
    }
    let state = match &up {
        Some(u) => format!("{} (up {u})", info.status),
        None => info.status.clone(),
    };
    let mut rows = vec![
        ("Container", info.name.clone()),
        ("State", state),
        ("Image", info.image.clone()),
        (
            "Restart policy",
            info.restart_policy.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "Ports",
            format!(
                "http 127.0.0.1:{}  https 127.0.0.1:{}  console 127.0.0.1:{}",
                ports.http, ports.https, ports.console
            ),
        ),
        (
            "Data folder",
            info.data_folder.clone().unwrap_or_else(|| "-".into()),
        ),
    ];
    if info.running {
        let list = if providers.is_empty() {
            "none (add one with `get-ai-gateway config add`)".to_string()
        } else {
            providers
                .iter()
                .map(|p| format!("{} ({})", p.provider, p.keys.join(", ")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        rows.push(("Providers", list));
        let routing = match &auto {
            Some(a) if a.enable => format!(
                "on, default model {}, {} rule(s)",
                a.default_model.as_deref().unwrap_or("(not set)"),
                a.rules.len()
            ),
            Some(_) => "off".to_string(),
            None => "unknown (model-router config not found)".to_string(),
        };
        rows.push(("Auto-routing", routing));
        let reach = if reachable {
            format!("yes (http://localhost:{}/v1/chat/completions)", ports.http)
        } else if engine.local {
            "no answer on the HTTP port".to_string()
        } else {
            "not checked (remote Docker engine)".to_string()
        };
        rows.push(("Gateway reachable", reach));
    }
    rows.push(("Docker engine", engine.endpoint.clone()));
    if !info.managed {
        rows.push((
            "Note",
            "this container was not created by get-ai-gateway".to_string(),
        ));
    }
    for (k, v) in rows {
        println!("{:<18} {v}", format!("{k}:"));
    }
    Ok(())
}
