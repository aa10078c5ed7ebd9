//! `status`: state, image, ports, uptime, data folder, providers, auto-routing, reachability.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::args::GlobalArgs;
use crate::domain::live::console::{Account, Claim};
use crate::domain::live::keyauth::State;
use crate::domain::live::{self, Chain, LiveConfig};
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway::{Gateway, console, datadir};
use crate::ui;
use crate::ui::render::{self, StatusView};

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
    let gw = Gateway::of(engine, info);
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
    let found = gather(&gw, &mut view).await?;
    let redis_name = crate::domain::live::redis::container_name(name);
    if as_json {
        print_json(&view, &found, &redis_name);
    } else {
        println!("{}", render::status(&view));
        for c in &found.chains {
            println!("{:<18} {}", "Fallback:", render::fallback::chain_line(c));
        }
        if let Some(state) = &found.redis {
            println!(
                "{:<18} {redis_name} ({state}; `get-ai-gateway redis status`)",
                "Redis:"
            );
        }
        println!(
            "{}",
            security_lines(
                found.keys.as_ref(),
                found.console.as_ref(),
                found.open.as_deref()
            )
        );
    }
    Ok(())
}

/// What status shows beyond the inspect.
struct Found {
    chains: Vec<Chain>,
    keys: Option<State>,
    console: Option<Account>,
    /// The Redis container's state, when there is one.
    redis: Option<String>,
    open: Option<Vec<String>>,
}

/// Everything status shows at once: its files in one read (on this machine, or one exec),
/// the HTTP probe and the Redis container's inspect wait on different things.
async fn gather(gw: &Gateway, view: &mut StatusView<'_>) -> Result<Found> {
    let info = gw.info();
    let redis_name = crate::domain::live::redis::container_name(gw.name());
    let running = info.running;
    let (files, reachable, redis) = tokio::join!(
        async {
            match running {
                true => read_files(gw).await.map(Some),
                false => Ok(None),
            }
        },
        async { running && view.local && gw.answers(Duration::from_secs(2)).await },
        gw.engine().inspect(&redis_name),
    );
    let mut found = Found {
        chains: Vec::new(),
        keys: None,
        console: None,
        redis: redis?.map(|r| r.status),
        open: open_paths(gw),
    };
    if let Some((live, keys, console)) = files? {
        view.providers = live.providers().unwrap_or_default();
        view.auto = live.auto_routing().ok();
        view.reachable = reachable;
        view.uptime = render::uptime(info.started_at.as_deref(), chrono::Utc::now());
        found.chains = live.chains();
        (found.keys, found.console) = (keys, console);
    }
    Ok(found)
}

fn print_json(view: &StatusView<'_>, found: &Found, redis_name: &str) {
    let mut value = render::status_json(view);
    value["key_auth"] = json!(found.keys.as_ref().map(|k| json!({
        "enabled": k.enabled,
        "consumers": k.user_keys(),
        "scoped": k.scoped,
    })));
    value["console"] = json!(found.console.as_ref().map(|c| json!({
        "initialized": c.initialized(),
        "claim": c.claim,
        "user": c.user,
    })));
    value["data_folder_private"] = json!(found.open.as_ref().map(Vec::is_empty));
    value["data_folder_open"] = json!(found.open);
    value["fallbacks"] = json!(found.chains);
    value["redis"] = json!(
        found
            .redis
            .as_ref()
            .map(|s| json!({"container": redis_name, "state": s}))
    );
    ui::print_json(&value);
}

/// What a running gateway's files say: its configuration, its keys and its console account,
/// read at once.
async fn read_files(gw: &Gateway) -> Result<(LiveConfig, Option<State>, Option<Account>)> {
    let config = live::paths();
    let mut paths = config.clone();
    paths.extend(super::keys::state_paths());
    paths.extend(console::paths());
    paths.sort();
    paths.dedup();
    let snap = gw.read_files(&paths).await?;
    let live = LiveConfig::from_files(config.iter().map(|p| (p.clone(), snap.text(p))));
    Ok((
        live,
        super::keys::state_of(&snap).ok(),
        Some(console::account_of(&snap)),
    ))
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
            k.user_keys(),
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
