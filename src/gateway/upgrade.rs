//! Swapping the container for another one with the same spec: the old one is stopped and
//! parked under another name until its successor is ready and verified, so going back is a
//! rename and a start.

use std::path::Path;

use anyhow::Result;

use super::wait::{self, WaitEvent};
use super::{Gateway, backup};
use crate::domain::live::gwconfig::AutoRouting;
use crate::domain::live::{Listed, redis};
use crate::domain::ops::backup::Backup;
use crate::domain::ops::upgrade::parked_name;
use crate::engine::{CloneSpec, Engine};
use crate::error::fail_hint;

/// What must read back the same after a swap: `config list` and `route list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub providers: Vec<Listed>,
    pub routing: AutoRouting,
}

pub async fn served(gw: &Gateway) -> Result<Served> {
    let live = gw.read().await?;
    Ok(Served {
        providers: live.providers()?,
        routing: live.auto_routing()?,
    })
}

/// Stop the container and move it out of the way.
pub async fn park(engine: &Engine, name: &str) -> Result<()> {
    let parked = parked_name(name);
    if engine.inspect(&parked).await?.is_some() {
        return Err(fail_hint(
            format!("a container {parked} is left from an interrupted upgrade"),
            format!(
                "look at it, then remove it with `get-ai-gateway delete --force --container-name \
                 {parked}`"
            ),
        ));
    }
    engine.stop(name, 10).await?;
    if let Err(e) = engine.rename(name, &parked).await {
        let _ = engine.start(name).await;
        return Err(e);
    }
    Ok(())
}

/// Create and start the successor under the container's name.
pub async fn launch(engine: &Engine, name: &str, spec: &CloneSpec) -> Result<()> {
    engine.create_from(name, spec).await?;
    rejoin_redis(engine, name).await?;
    engine.start(name).await
}

/// The successor joins the network of the Redis beside the gateway, when there is one
/// (a clone of the container carries its mounts, not its networks).
async fn rejoin_redis(engine: &Engine, name: &str) -> Result<()> {
    if engine
        .inspect(&redis::container_name(name))
        .await?
        .is_none()
    {
        return Ok(());
    }
    let network = redis::network_name(name);
    engine.ensure_network(&network).await?;
    engine.connect_network(&network, name).await
}

/// Remove the successor (if any) and bring the parked container back.
pub async fn unpark(engine: &Engine, name: &str) -> Result<()> {
    if engine.inspect(name).await?.is_some() {
        engine.remove(name, true).await?;
    }
    engine.rename(&parked_name(name), name).await?;
    engine.start(name).await
}

/// The swap worked: the parked container goes.
pub async fn drop_parked(engine: &Engine, name: &str) -> Result<()> {
    engine.remove(&parked_name(name), true).await
}

/// Wait for the container under `gw`'s name to be ready, and check it serves `expected`.
pub async fn ready_and_same(
    gw: &mut Gateway,
    expected: &Served,
    timeout: u64,
    progress: &mut dyn FnMut(WaitEvent),
) -> Result<()> {
    gw.refresh().await?;
    wait::until_ready(gw, timeout, progress).await?;
    let now = served(gw).await?;
    if &now != expected {
        return Err(crate::error::fail(
            "the providers or routing rules read back differently after the switch",
        ));
    }
    Ok(())
}

/// Back to the parked container with the data folder of `restore` (when given); the folder
/// the failed attempt used is kept next to it.
pub async fn revert(
    gw: &mut Gateway,
    folder: &Path,
    restore: Option<&Backup>,
    timeout: u64,
    progress: &mut dyn FnMut(WaitEvent),
) -> Result<()> {
    let engine = gw.engine();
    let name = gw.name().to_string();
    if engine.inspect(&name).await?.is_some() {
        engine.remove(&name, true).await?;
    }
    // The Redis beside the gateway stops while its folder is swapped (it writes its dump to
    // the folder kept aside) and starts on the backed-up one.
    let mut redis_ran = false;
    if let Some(b) = restore {
        redis_ran = super::redis::pause(engine, &name).await?;
        let replaced = backup::replace_folder(folder, b, "failed-upgrade");
        if redis_ran {
            engine.start(&redis::container_name(&name)).await?;
        }
        replaced?;
    }
    unpark(engine, &name).await?;
    gw.refresh().await?;
    wait::until_ready(gw, timeout, progress).await?;
    if redis_ran {
        super::redis::start_and_wait(gw).await?;
    }
    Ok(())
}
