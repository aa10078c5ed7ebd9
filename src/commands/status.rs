//! `status`: state, image, ports, uptime, data folder, providers, auto-routing, reachability.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::args::GlobalArgs;
use crate::domain::live::console::{Account, Claim};
use crate::domain::live::keyauth::State;
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway::{Gateway, Need, console, datadir};
use crate::ui;
use crate::ui::render::{self, StatusView};

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
    let chains = match info.running {
        true => read_running(&gw, &mut view).await?,
        false => Vec::new(),
    };
    let (keys, console) = match info.running {
        true => (
            super::keys::read(&gw).await.ok(),
            console::read(&gw).await.ok(),
        ),
        false => (None, None),
    };
    let open = open_paths(&gw);
    let redis_name = crate::domain::live::redis::container_name(name);
    let redis = gw.engine().inspect(&redis_name).await?.map(|r| r.status);
    if as_json {
        let mut value = render::status_json(&view);
        value["key_auth"] = json!(keys.as_ref().map(|k| json!({
            "enabled": k.enabled,
            "consumers": k.consumers.len(),
            "scoped": k.scoped,
        })));
        value["console"] = json!(console.as_ref().map(|c| json!({
            "initialized": c.initialized(),
            "claim": c.claim,
            "user": c.user,
        })));
        value["data_folder_private"] = json!(open.as_ref().map(Vec::is_empty));
        value["data_folder_open"] = json!(open);
        value["fallbacks"] = json!(chains);
        value["redis"] = json!(
            redis
                .as_ref()
                .map(|s| json!({"container": redis_name, "state": s}))
        );
        ui::print_json(&value);
    } else {
        println!("{}", render::status(&view));
        for c in &chains {
            println!("{:<18} {}", "Fallback:", render::fallback::chain_line(c));
        }
        if let Some(state) = &redis {
            println!(
                "{:<18} {redis_name} ({state}; `get-ai-gateway redis status`)",
                "Redis:"
            );
        }
        println!(
            "{}",
            security_lines(keys.as_ref(), console.as_ref(), open.as_deref())
        );
    }
    Ok(())
}

/// What a running gateway's files say (providers, auto-routing, fallback chains), and
/// whether it answers.
async fn read_running(
    gw: &Gateway,
    view: &mut StatusView<'_>,
) -> Result<Vec<crate::domain::live::Chain>> {
    let live = gw.read().await?;
    view.providers = live.providers().unwrap_or_default();
    view.auto = live.auto_routing().ok();
    view.reachable = view.local && gw.answers(Duration::from_secs(2)).await;
    view.uptime = render::uptime(gw.info().started_at.as_deref(), chrono::Utc::now());
    Ok(live.chains())
}

/// The data folder's paths that others may read, when it is on this machine.
fn open_paths(gw: &Gateway) -> Option<Vec<String>> {
    Some(datadir::open_paths(&gw.host_data_folder()?))
}

fn security_lines(
    keys: Option<&State>,
    console: Option<&Account>,
    open: Option<&[String]>,
) -> String {
    let user = console.and_then(|c| c.user.as_deref()).unwrap_or("admin");
    let console = match console.map(|c| c.claim) {
        Some(Claim::Ours) => format!("initialized ({user}, password kept by get-ai-gateway)"),
        Some(Claim::Changed) => format!("initialized ({user}, password changed in the console)"),
        Some(Claim::Foreign) => format!("initialized ({user}, set up by someone else)"),
        Some(Claim::Open) => "NOT initialized: whoever opens it first sets the admin password \
                              (`get-ai-gateway console password --reset`)"
            .into(),
        None => "unknown (the gateway is not running)".into(),
    };
    let keys = match keys {
        Some(k) => format!(
            "{} ({} keys{})",
            if k.enabled {
                "required"
            } else {
                "not required"
            },
            k.consumers.len(),
            if k.scoped {
                "; scoped: some may use only some providers"
            } else {
                ""
            }
        ),
        None => "unknown (the gateway is not running)".into(),
    };
    let modes = match open {
        None => "not on this machine".to_string(),
        Some([]) => "private (folder and logs/ 0700, default.cfg 0600)".to_string(),
        Some(open) => format!(
            "readable by others: {} (`get-ai-gateway start` makes it private)",
            open.join(", ")
        ),
    };
    format!("Gateway keys: {keys}\nConsole admin: {console}\nFolder modes: {modes}")
}
