//! `doctor`: gather the facts (engine, ports, data folder, container, gateway, host limits,
//! plugin, `check`), let `domain::doctor` judge them, print one line per check. Exit 1 when
//! one fails. Reads only; never prints a key.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use serde_json::{Value, json};

use crate::args::fallback::ConfigTestArgs;
use crate::args::{DoctorArgs, GlobalArgs};
use crate::domain::live::paths::{AI_PROXY, MCP_BRIDGE, MODEL_ROUTER};
use crate::domain::ops::check;
use crate::domain::ops::doctor::{
    self, ContainerFacts, DataFacts, EngineFacts, Facts, Holder, PluginFact, PortFact,
};
use crate::domain::providers::registry;
use crate::domain::providers::settings::Settings;
use crate::engine::{ContainerInfo, Engine};
use crate::error::ExitStatus;
use crate::gateway::{self, Gateway, Need, datadir, host};
use crate::plugin::{detect::Host, runtime::Runtime, status::PluginStatus};
use crate::ui;
use crate::ui::hint_of;
use crate::ui::render::doctor as render_doctor;

/// The files the template writes that the gateway cannot work without.
const TEMPLATE_FILES: &[&str] = &[
    AI_PROXY,
    MODEL_ROUTER,
    MCP_BRIDGE,
    "/data/wasmplugins/ai-statistics-1.0.0.yaml",
];

pub async fn run(global: &GlobalArgs, args: &DoctorArgs) -> Result<ExitStatus> {
    let (checks, mut report) = checks(global, args.json).await?;
    let mut status = checks;
    if args.providers {
        if !args.json {
            println!();
        }
        let probes = ConfigTestArgs {
            json: args.json,
            ..ConfigTestArgs::default()
        };
        let probed = match &mut report {
            Some(doc) => {
                let gw = Gateway::connect(&global.container_name, Need::Running).await?;
                let results = super::config::probe::outcomes(&gw, &probes).await?;
                let ok = results.iter().all(|o| o.ok);
                doc["providers"] = json!(results);
                doc["ok"] = json!(doc["ok"].as_bool() == Some(true) && ok);
                if ok {
                    ExitStatus::Success
                } else {
                    ExitStatus::Failure
                }
            }
            None => super::config::probe::run(global, &probes).await?,
        };
        if probed == ExitStatus::Failure {
            status = ExitStatus::Failure;
        }
    }
    if let Some(doc) = report {
        ui::print_json(&doc);
    }
    Ok(status)
}

/// The checks: printed as text, or (with `as_json`) returned as a JSON document.
async fn checks(global: &GlobalArgs, as_json: bool) -> Result<(ExitStatus, Option<Value>)> {
    let mut facts = Facts {
        host_arch: doctor::go_arch(std::env::consts::ARCH).to_string(),
        container_name: global.container_name.clone(),
        inotify: host::inotify_limits(),
        plugins: plugins(),
        ..Facts::default()
    };
    match Engine::connect().await {
        Ok(engine) => on_engine(&mut facts, engine, global).await,
        Err(e) => {
            facts.engine = Some(Err((format!("{e:#}"), hint_of(&e).map(str::to_string))));
            facts.registry = Some(registry_choice(None));
            let folder = datadir::chosen(global.data_folder.as_deref());
            facts.data = Some(data(&folder));
            facts.disk_free = host::free_disk(&folder);
        }
    }
    let rows = doctor::evaluate(&facts);
    let report = as_json.then(|| json!({"ok": !doctor::failed(&rows), "checks": rows}));
    if !as_json {
        println!("{}", render_doctor::doctor(&rows));
    }
    let failed = rows
        .iter()
        .filter(|r| r.level == doctor::Level::Fail)
        .count();
    if failed == 0 {
        return Ok((ExitStatus::Success, report));
    }
    ui::failure(
        format!(
            "{failed} check{} failed",
            if failed == 1 { "" } else { "s" }
        ),
        Some("apply the fix under each failed check, then run `get-ai-gateway doctor` again"),
    );
    Ok((ExitStatus::Failure, report))
}

async fn on_engine(facts: &mut Facts, engine: Engine, global: &GlobalArgs) {
    let local = engine.local;
    facts.engine = Some(match engine.version().await {
        Ok(v) => Ok(EngineFacts {
            endpoint: engine.endpoint.clone(),
            why: engine.why.clone(),
            name: v.name,
            version: v.version,
            api_version: v.api_version,
            arch: v.arch,
            local,
        }),
        Err(e) => Err((format!("{e:#}"), hint_of(&e).map(str::to_string))),
    });
    let info = engine.inspect(&global.container_name).await.ok().flatten();
    let folder = info
        .as_ref()
        .and_then(|i| i.data_folder.clone())
        .map(PathBuf::from)
        .unwrap_or_else(|| datadir::chosen(global.data_folder.as_deref()));
    let saved = datadir::load(&folder).ok().flatten();
    facts.registry = Some(registry_choice(info.as_ref()));
    facts.ports = ports(info.as_ref(), saved.as_ref(), local);
    if local {
        facts.data = Some(data(&folder));
        facts.disk_free = host::free_disk(&folder);
    }
    let Some(info) = info else {
        return;
    };
    facts.container = Some(ContainerFacts {
        status: info.status.clone(),
        running: info.running,
        restart_policy: info.restart_policy.clone(),
        image: info.image.clone(),
        image_arch: engine.image_arch(&info.image).await.ok().flatten(),
    });
    if !info.running {
        return;
    }
    let Ok(gw) = Gateway::find(engine, &global.container_name, Need::Running).await else {
        return;
    };
    if let Ok(files) = gw.read_tree().await {
        facts.missing_files = Some(
            TEMPLATE_FILES
                .iter()
                .filter(|f| !files.contains_key(**f))
                .map(|f| f.to_string())
                .collect(),
        );
        facts.findings = Some(check::check(&files));
    }
    if local {
        facts.gateway_answers = Some(gw.answers(Duration::from_secs(3)).await);
    }
    facts.redis = redis_facts(&gw).await;
    facts.o11y = Some(o11y_facts(&gw).await);
    facts.security = Some(doctor::SecurityFacts {
        console: gateway::console::read(&gw).await.ok().map(|a| a.claim),
        keys: super::keys::read(&gw)
            .await
            .ok()
            .map(|k| (k.enabled, k.user_keys())),
        bind: gateway::bind_of(gw.info()),
        open: gw.host_data_folder().map(|f| datadir::open_paths(&f)),
    });
}

/// The three ports: the container's, else the saved ones, else the defaults; who holds each.
fn ports(info: Option<&ContainerInfo>, saved: Option<&Settings>, local: bool) -> Vec<PortFact> {
    let (p, bind) = match (info, saved) {
        (Some(i), _) => (gateway::ports_of(i), gateway::bind_of(i)),
        (None, Some(s)) => (
            crate::domain::ops::plan::Ports {
                http: s.http_port(),
                https: s.https_port(),
                console: s.console_port(),
            },
            s.bind().to_string(),
        ),
        (None, None) => (
            crate::domain::ops::plan::Ports {
                http: crate::domain::providers::settings::DEFAULT_HTTP_PORT,
                https: crate::domain::providers::settings::DEFAULT_HTTPS_PORT,
                console: crate::domain::providers::settings::DEFAULT_CONSOLE_PORT,
            },
            crate::domain::providers::settings::DEFAULT_BIND.to_string(),
        ),
    };
    let running = info.filter(|i| i.running);
    p.named()
        .into_iter()
        .map(|(port, flag)| {
            let holder = if !local {
                Holder::Unknown
            } else if running.is_some_and(|i| i.ports.iter().any(|x| x.host_port == port)) {
                Holder::Ours
            } else if host::port_free(&bind, port) {
                Holder::Free
            } else {
                Holder::Other
            };
            PortFact { port, flag, holder }
        })
        .collect()
}

fn data(folder: &std::path::Path) -> DataFacts {
    DataFacts {
        path: folder.display().to_string(),
        exists: folder.is_dir(),
        writable: host::writable(folder),
        settings: host::mode_and_owner(&folder.join(crate::domain::providers::settings::FILE_NAME)),
        my_uid: host::my_uid(),
    }
}

/// The registry the container uses, or the one `start` would choose here, and why.
fn registry_choice(info: Option<&ContainerInfo>) -> (String, String) {
    let tz = host::detect_timezone(std::env::var("TZ").ok().as_deref());
    if let Some(r) = info.and_then(|i| i.env_var("PLUGIN_REGISTRY")) {
        let zone = tz.zone.as_deref().unwrap_or("unknown");
        let why = format!("the container's PLUGIN_REGISTRY; timezone here {zone}");
        return (r.to_string(), why);
    }
    let env = std::env::var("PLUGIN_REGISTRY").ok();
    let choice = registry::choose(env.as_deref().filter(|r| !r.trim().is_empty()), &tz);
    (choice.registry, choice.reason)
}

fn plugins() -> Vec<PluginFact> {
    let h = Host::from_env();
    Runtime::ALL
        .into_iter()
        .map(|rt| {
            let s = PluginStatus::read(rt, &h.home(rt, None), h.on_path(rt));
            PluginFact {
                runtime: rt.bin(),
                installed: s.installed,
                enabled: s.enabled,
                configured: s.configured,
                current: s.current,
            }
        })
        .collect()
}

/// The gateway's Redis, when its files name one: its container (when this tool runs it) and
/// whether the gateway reaches it (a TCP connection from inside, as `redis status` makes).
async fn redis_facts(gw: &Gateway) -> Option<doctor::RedisFacts> {
    let target = super::redis::live(gw).await.ok().flatten()?;
    let name = crate::domain::live::redis::container_name(gw.name());
    let beside = target.host == name;
    let container = match gw.engine().inspect(&name).await.ok().flatten() {
        Some(i) if beside => Some((name, i.status, i.running)),
        None if beside => Some((name, "missing".to_string(), false)),
        _ => None,
    };
    let reachable =
        super::redis::reachable(gw.engine(), gw.name(), &target.host, target.port).await;
    Some(doctor::RedisFacts {
        address: target.address(),
        container,
        reachable,
    })
}

/// The `-o11y` image's Grafana, Prometheus and Loki, asked in one exec inside the container.
async fn o11y_facts(gw: &Gateway) -> doctor::O11yFacts {
    if !crate::domain::ops::upgrade::is_o11y(&gw.info().image) {
        return doctor::O11yFacts::Plain;
    }
    let cmd = doctor::o11y_probe();
    let cmd: Vec<&str> = cmd.iter().map(String::as_str).collect();
    match gw.engine().exec(gw.name(), &cmd).await {
        Ok(out) => doctor::o11y_probed(&String::from_utf8_lossy(&out.stdout)),
        Err(e) => doctor::O11yFacts::Unasked(format!("{e:#}")),
    }
}
