//! `status`: state, image, ports, uptime, data folder, providers, auto-routing, reachability.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::cli::render::{self, StatusView};
use crate::cli::{GlobalArgs, ui};
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway::{Gateway, Need};

pub async fn run(global: &GlobalArgs, as_json: bool) -> Result<()> {
    let name = global.container_name.as_str();
    let engine = Engine::connect().await?;
    if engine.inspect(name).await?.is_none() {
        if as_json {
            ui::print_json(&json!({"container": name, "state": "absent"}));
        }
        return Err(fail_hint(
            format!("no gateway container named {name}"),
            "create it with `get-ai-gateway start`",
        ));
    }
    let gw = Gateway::find(engine, name, Need::Exists).await?;
    let info = gw.info();
    let mut view = StatusView {
        info,
        ports: gw.ports(),
        endpoint: gw.engine().endpoint.clone(),
        engine_why: gw.engine().why.clone(),
        local: gw.engine().local,
        providers: Vec::new(),
        auto: None,
        reachable: false,
        uptime: None,
    };
    if info.running {
        let live = gw.read().await?;
        view.providers = live.providers().unwrap_or_default();
        view.auto = live.auto_routing().ok();
        view.reachable = view.local && gw.answers(Duration::from_secs(2)).await;
        view.uptime = render::uptime(info.started_at.as_deref(), chrono::Utc::now());
    }
    if as_json {
        ui::print_json(&render::status_json(&view));
    } else {
        println!("{}", render::status(&view));
    }
    Ok(())
}
