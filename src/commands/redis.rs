//! Redis beside the gateway: `start --redis` / `--redis-url`, and `redis status|start|stop`.
//!
//! The Redis container `<gateway>-redis` is on the network `<gateway>-net`, which the
//! gateway joins; no port is published. Its password is generated here and written, by the
//! edit engine, to `/data/secrets/redis.conf` (0600), which is mounted into the container
//! as the image's configuration file: no environment variable, no command line. The same
//! transaction registers Redis in the McpBridge and in `higress-config` (`mcpServer.redis`)
//! and points the token-limit plugins at it.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;
use serde_yaml::Value;

use crate::args::{GlobalArgs, RedisCommand, RedisStartArgs};
use crate::domain::live::Write;
use crate::domain::live::paths::MCP_BRIDGE;
use crate::domain::live::redis::{self, Redis};
use crate::domain::live::{paths, quota, tokenlimit, yaml11};
use crate::domain::providers::registry;
use crate::engine::{Engine, SidecarSpec};
use crate::error::{fail, fail_hint};
use crate::gateway::{Gateway, Need, host};
use crate::ui;

/// The label naming the gateway a Redis container serves.
pub const REDIS_OF_LABEL: &str = "io.higress.get-ai-gateway.redis-of";

pub async fn run(global: &GlobalArgs, command: RedisCommand) -> Result<()> {
    match command {
        RedisCommand::Status(args) => status(global, args.json).await,
        RedisCommand::Start => {
            let gw = Gateway::connect(&global.container_name, Need::Running).await?;
            let name = redis::container_name(gw.name());
            if gw.engine().inspect(&name).await?.is_none() {
                return Err(fail_hint(
                    format!("there is no Redis container {name}"),
                    "create it with `get-ai-gateway start --redis`",
                ));
            }
            let took = crate::gateway::redis::start_and_wait(&gw).await?;
            ui::ok(format!(
                "Redis {name} is running ({} ms).",
                took.as_millis()
            ));
            Ok(())
        }
        RedisCommand::Stop => {
            let engine = Engine::connect().await?;
            let name = redis::container_name(&global.container_name);
            match engine.inspect(&name).await? {
                None => Err(fail(format!("there is no Redis container {name}"))),
                Some(info) if !info.running => {
                    ui::info(format!("Redis {name} is not running ({}).", info.status));
                    Ok(())
                }
                Some(_) => {
                    engine.stop(&name, 10).await?;
                    ui::ok(format!("Stopped {name}."));
                    Ok(())
                }
            }
        }
    }
}

/// After `start`: run Redis beside the gateway, or point the gateway at `--redis-url`.
pub async fn setup(gw: &Gateway, args: &RedisStartArgs) -> Result<()> {
    if let Some(url) = &args.redis_url {
        let target = redis::parse_url(url)?;
        point_gateway(gw, &target, None).await?;
        ui::ok(format!(
            "The gateway uses the Redis at {} (service {}).",
            target.address(),
            target.service_name()
        ));
        return Ok(());
    }
    if !args.redis {
        return Ok(());
    }
    let image = match &args.redis_image {
        Some(image) => image.clone(),
        None => redis::default_image(&registry_of(gw)),
    };
    let took = run_beside(gw, &image).await?;
    ui::ok(format!(
        "Redis {} is running beside the gateway ({} ms to answer; no published port).",
        redis::container_name(gw.name()),
        took.as_millis()
    ));
    Ok(())
}

/// The gateway's registry: `PLUGIN_REGISTRY` of its settings, else the timezone's.
fn registry_of(gw: &Gateway) -> String {
    if let Some(r) = gw
        .info()
        .env_var("PLUGIN_REGISTRY")
        .filter(|r| !r.is_empty())
    {
        return r.to_string();
    }
    let tz = host::detect_timezone(std::env::var("TZ").ok().as_deref());
    registry::choose(None, &tz).registry
}

/// The password of the Redis this tool runs, made when there is none yet.
async fn password(gw: &Gateway) -> Result<(String, Option<String>)> {
    let path = redis::conf_path();
    let snap = gw.read_files(std::slice::from_ref(&path)).await?;
    if let Some(pw) = snap.text(&path).and_then(|t| redis::password_in_conf(&t)) {
        return Ok((pw, None));
    }
    let pw = redis::new_password(&host::random_bytes::<32>()?);
    let conf = redis::conf_text(&pw)?;
    Ok((pw, Some(conf)))
}

/// Create (when absent) and start the Redis container; returns the time it took to
/// answer from inside the gateway.
async fn run_beside(gw: &Gateway, image: &str) -> Result<Duration> {
    let engine = gw.engine();
    let name = redis::container_name(gw.name());
    let network = redis::network_name(gw.name());
    let folder = gw.info().data_folder.clone().ok_or_else(|| {
        fail(format!(
            "the gateway container {} has no /data folder",
            gw.name()
        ))
    })?;
    engine.ensure_network(&network).await?;
    engine.connect_network(&network, gw.name()).await?;
    let (pw, conf) = password(gw).await?;
    point_gateway(gw, &Redis::beside(gw.name(), &pw), conf).await?;
    let mkdir = ["mkdir", "-p", "/data/redis"];
    engine.exec(gw.name(), &mkdir).await?;
    if engine.inspect(&name).await?.is_none() {
        if !engine.image_present(image).await? {
            crate::commands::pull_with_progress(engine, image).await?;
        }
        let spec = sidecar_spec(gw.name(), &folder, image);
        ui::info(format!("Creating container {name} from {image}..."));
        engine.create_sidecar(&spec).await?;
    }
    crate::gateway::redis::start_and_wait(gw).await
}

/// The Redis container beside `gateway`: its data and its conf file in the gateway's data
/// folder `folder` (a host path), on the gateway's network.
pub fn sidecar_spec(gateway: &str, folder: &str, image: &str) -> SidecarSpec {
    let source = |rel: &str| paths::bind_source(&format!("{folder}/{rel}"), cfg!(windows));
    SidecarSpec {
        name: redis::container_name(gateway),
        image: image.to_string(),
        network: redis::network_name(gateway),
        binds: vec![
            (source(redis::DATA_DIR), "/data".into(), false),
            (
                source("secrets/redis.conf"),
                redis::CONF_IN_CONTAINER.into(),
                true,
            ),
        ],
        labels: vec![(REDIS_OF_LABEL.into(), gateway.into())],
    }
}

pub use crate::gateway::redis::reachable;

/// One transaction: the conf file (when new), the McpBridge registry, `higress-config`,
/// and the `redis` block of every token-limit instance and of ai-quota.
async fn point_gateway(gw: &Gateway, target: &Redis, conf: Option<String>) -> Result<()> {
    let hc_path = redis::higress_config_path();
    let mut files = vec![hc_path.clone(), MCP_BRIDGE.to_string(), redis::conf_path()];
    files.extend(tokenlimit::paths());
    files.push(quota::path());
    gw.transact(&files, |snap| {
        let parse = |p: &str| -> Result<Option<Value>> {
            snap.text(p)
                .map(|t| crate::domain::live::gwconfig::parse(p, &t))
                .transpose()
        };
        let mut writes = Vec::new();
        if let Some(text) = conf {
            writes.push(Write::Put {
                path: redis::conf_path(),
                text,
            });
        }
        let mut hc = parse(&hc_path)?.unwrap_or_else(redis::higress_config_skeleton);
        redis::set_mcp_redis(&mut hc, target)?;
        let mut bridge =
            parse(MCP_BRIDGE)?.ok_or_else(|| fail(format!("the gateway has no {MCP_BRIDGE}")))?;
        redis::upsert_registry(&mut bridge, target);
        for (path, doc) in [(hc_path.clone(), hc), (MCP_BRIDGE.to_string(), bridge)] {
            let text = yaml11::to_string(&doc);
            writes.push(Write::Put { path, text });
        }
        for path in tokenlimit::paths().into_iter().chain([quota::path()]) {
            if let Some(mut doc) = parse(&path)? {
                tokenlimit::point_at(&mut doc, target);
                let text = yaml11::to_string(&doc);
                writes.push(Write::Put { path, text });
            }
        }
        Ok((writes, ()))
    })
    .await
}

/// The Redis the gateway's files name (see [`redis::from_live`]).
pub async fn live(gw: &Gateway) -> Result<Option<Redis>> {
    let hc_path = redis::higress_config_path();
    let files = [hc_path.clone(), MCP_BRIDGE.to_string()];
    let snap = gw.read_files(&files).await?;
    let parse = |p: &str| {
        snap.text(p)
            .and_then(|t| crate::domain::live::gwconfig::parse(p, &t).ok())
    };
    Ok(redis::from_live(
        parse(&hc_path).as_ref(),
        parse(MCP_BRIDGE).as_ref(),
    ))
}

async fn status(global: &GlobalArgs, json: bool) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let name = redis::container_name(gw.name());
    let info = gw.engine().inspect(&name).await?;
    let target = if gw.info().running {
        live(&gw).await?
    } else {
        None
    };
    let reached = match (&target, gw.info().running) {
        (Some(t), true) => Some(reachable(gw.engine(), gw.name(), &t.host, t.port).await),
        _ => None,
    };
    let running = info.as_ref().is_some_and(|i| i.running);
    let memory = if running {
        gw.engine().memory_usage(&name).await.ok().flatten()
    } else {
        None
    };
    let doc = json!({
        "container": info.as_ref().map(|_| name.clone()),
        "state": info.as_ref().map(|i| i.status.clone()),
        "image": info.as_ref().map(|i| i.image.clone()),
        "network": redis::network_name(gw.name()),
        "address": target.as_ref().map(Redis::address),
        "service": target.as_ref().map(Redis::service_name),
        "reachable_from_gateway": reached,
        "memory_bytes": memory,
    });
    ui::report(json, || doc.clone(), || println!("{}", render_status(&doc)));
    if target.is_none() && info.is_none() {
        ui::info("No Redis: token limits need one (`get-ai-gateway start --redis`).");
    }
    Ok(())
}

fn render_status(doc: &serde_json::Value) -> String {
    let text = |k: &str| doc[k].as_str().unwrap_or("-").to_string();
    let reach = match doc["reachable_from_gateway"].as_bool() {
        Some(true) => "yes",
        Some(false) => "NO",
        None => "-",
    };
    let memory = doc["memory_bytes"].as_u64().map_or("-".to_string(), |b| {
        format!("{:.1} MiB", b as f64 / 1048576.0)
    });
    format!(
        "Redis\n  container  {} ({})\n  image      {}\n  address    {} (service {})\n  \
         reachable  {reach} (from the gateway)\n  memory     {memory}",
        text("container"),
        text("state"),
        text("image"),
        text("address"),
        text("service"),
    )
}

/// `delete`: remove the Redis container beside the gateway (the caller removes the network
/// they share once the gateway is gone); the data stays in `<data folder>/redis` unless `data` (then it is emptied through the gateway
/// container, which must be running, or the Redis container).
pub async fn remove_beside(engine: &Engine, gateway: &str, data: bool) -> Result<()> {
    let name = redis::container_name(gateway);
    if engine.inspect(&name).await?.is_none() {
        return Ok(());
    }
    if data {
        let wipe = ["sh", "-c", "rm -rf /data/redis/* /data/redis/.[!.]*"];
        let out = engine.exec(gateway, &wipe).await;
        if !out.is_ok_and(|o| o.code == 0) {
            ui::warn(format!(
                "could not empty the Redis data folder (the gateway {gateway} is not running)"
            ));
        }
    }
    engine.remove(&name, true).await?;
    if data {
        ui::info(format!("Removed the container {name} and its data."));
    } else {
        ui::info(format!(
            "Removed the container {name}; its data is kept in the data folder (redis/)."
        ));
    }
    Ok(())
}
