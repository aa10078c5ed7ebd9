//! `backup` and `restore`.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::json;

use crate::args::{BackupArgs, GlobalArgs, RestoreArgs};
use crate::domain::ops::backup::Backup;
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway::redis::Dump;
use crate::gateway::{Gateway, Need, backup, datadir, redis, upgrade, wait};
use crate::ui;
use crate::ui::render::backup as render_backup;

/// The Redis password file in a data folder (and in a backup).
const REDIS_CONF: &str = "secrets/redis.conf";

pub async fn backup(global: &GlobalArgs, args: &BackupArgs) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let path = args
        .file
        .clone()
        .unwrap_or_else(|| backup::default_path(&gw));
    let spinner = ui::Spinner::new(&format!("Backing up the data folder of {}", gw.name()));
    let saved = match backup::save(&gw, &path).await {
        Ok(saved) => saved,
        Err(e) => {
            spinner.abandon();
            return Err(e);
        }
    };
    spinner.finish(&format!(
        "Backed up {} files ({} bytes) in {:.1} s.",
        saved.files, saved.bytes, saved.seconds
    ));
    warn_dump(&gw, &saved.dump);
    ui::report(
        args.json,
        || {
            json!({
                "file": saved.file,
                "files": saved.files,
                "bytes": saved.bytes,
                "seconds": saved.seconds,
                "redis_dump": dump_json(&saved.dump),
                "contains_api_keys": true,
            })
        },
        || {
            let (done, warning) =
                render_backup::backup_written(&saved.file, saved.files, saved.bytes);
            ui::ok(done);
            ui::warn(warning);
        },
    );
    Ok(())
}

/// `saved` when Redis beside the gateway wrote its dump for the backup, `not saved` when it
/// runs but did not, null without one.
fn dump_json(dump: &Dump) -> serde_json::Value {
    match dump {
        Dump::NoRedis => serde_json::Value::Null,
        Dump::Saved => json!("saved"),
        Dump::NotSaved(_) => json!("not saved"),
    }
}

/// A warning when the Redis beside the gateway runs and did not save its dump.
pub fn warn_dump(gw: &Gateway, dump: &Dump) {
    if let Dump::NotSaved(why) = dump {
        ui::warn(format!(
            "Redis {} did not save its dump ({why}): the backup holds the last dump it wrote",
            crate::domain::live::redis::container_name(gw.name())
        ));
    }
}

pub async fn restore(global: &GlobalArgs, args: &RestoreArgs) -> Result<()> {
    let content = backup::read(&args.file)?;
    ui::info(format!(
        "The backup {} is intact: {} files from {} ({}).",
        args.file.display(),
        content.file_count(),
        content.meta.container,
        content.meta.created
    ));
    let engine = Engine::connect().await?;
    let (folder, kept, restarted) = match engine.inspect(&global.container_name).await? {
        Some(_) => {
            let mut gw = Gateway::find(engine, &global.container_name, Need::Exists).await?;
            into_container(&mut gw, global, &content, args.wait_timeout).await?
        }
        None => {
            let folder = datadir::chosen(global.data_folder.as_deref());
            let kept = backup::replace_folder(&folder, &content, "before-restore")?;
            (folder, kept, false)
        }
    };
    ui::report(
        args.json,
        || {
            json!({
                "file": args.file,
                "data_folder": folder,
                "kept": kept,
                "files": content.file_count(),
                "container": global.container_name,
                "restarted": restarted,
            })
        },
        || {
            let (kept, done, next) = render_backup::restored(
                content.file_count(),
                &folder,
                kept.as_deref(),
                restarted,
                global.data_folder.as_deref(),
            );
            kept.into_iter().for_each(ui::info);
            ui::ok(done);
            next.into_iter().for_each(ui::info);
        },
    );
    Ok(())
}

/// Stop the container (and the Redis beside it), swap its data folder for the backup's
/// content, start them again; on a failed start the previous folder goes back.
async fn into_container(
    gw: &mut Gateway,
    global: &GlobalArgs,
    content: &Backup,
    timeout: u64,
) -> Result<(PathBuf, Option<PathBuf>, bool)> {
    let folder = local_folder(gw)?;
    same_folder(gw, global.data_folder.as_deref(), &folder)?;
    let running = gw.info().running;
    let name = gw.name().to_string();
    let redis_ran = redis::pause(gw.engine(), &name).await?;
    if redis_ran {
        ui::info(format!(
            "Stopped {} (its data is in the data folder too).",
            crate::domain::live::redis::container_name(&name)
        ));
    }
    if running {
        let spinner = ui::Spinner::new(&format!("Stopping {name}"));
        gw.engine().stop(&name, 10).await?;
        spinner.finish(&format!("Stopped {name}."));
    }
    let kept = match backup::replace_folder(&folder, content, "before-restore") {
        Ok(kept) => kept,
        Err(e) => {
            resume(gw.engine(), &name, running, redis_ran).await;
            return Err(e);
        }
    };
    // A backup from before `start --redis` has no Redis configuration: Redis stays stopped.
    let redis_back = redis_ran && content.entries.iter().any(|e| e.path == REDIS_CONF);
    if redis_ran && !redis_back {
        ui::warn(format!(
            "the backup has no {REDIS_CONF} (it was taken before `start --redis`): Redis {} \
             stays stopped; `get-ai-gateway start --redis` sets it up again",
            crate::domain::live::redis::container_name(&name)
        ));
    }
    if !running {
        resume(gw.engine(), &name, false, redis_back).await;
        return Ok((folder, kept, false));
    }
    if let Err(e) = start_on_restored(gw, redis_back, timeout).await {
        if let Some(kept) = &kept {
            let _ = redis::pause(gw.engine(), &name).await;
            let _ = gw.engine().stop(&name, 10).await;
            backup::put_back(&folder, kept)?;
            resume(gw.engine(), &name, true, redis_ran).await;
        }
        return Err(e.context(
            "the gateway did not start on the restored data; the previous data folder was put back",
        ));
    }
    let now = upgrade::served(gw).await?;
    ui::info(format!(
        "The gateway serves {} providers and {} routing rules.",
        now.providers.len(),
        now.routing.rules.len()
    ));
    Ok((folder, kept, true))
}

/// `--data-folder`, when given, must be the container's own.
fn same_folder(gw: &Gateway, asked: Option<&Path>, folder: &Path) -> Result<()> {
    match asked {
        Some(asked) if std::path::absolute(asked).ok().as_deref() != Some(folder) => {
            Err(fail_hint(
                format!(
                    "the container {} uses the data folder {}, not {}",
                    gw.name(),
                    folder.display(),
                    asked.display()
                ),
                "leave out --data-folder to restore into the container's folder, or delete the \
                 container first to restore into another folder",
            ))
        }
        _ => Ok(()),
    }
}

/// Start the Redis beside the gateway (when it ran) and the gateway on the restored folder;
/// wait until the gateway is ready and Redis answers it.
async fn start_on_restored(gw: &mut Gateway, redis_ran: bool, timeout: u64) -> Result<()> {
    let name = gw.name().to_string();
    resume(gw.engine(), &name, false, redis_ran).await;
    gw.engine().start(&name).await?;
    gw.refresh().await?;
    wait::until_ready(gw, timeout, &mut ui::waiting()).await?;
    if redis_ran {
        let took = redis::start_and_wait(gw).await?;
        ui::info(format!(
            "Redis {} answers on the restored data ({} ms).",
            crate::domain::live::redis::container_name(&name),
            took.as_millis()
        ));
    }
    Ok(())
}

/// Start again what a restore stopped: the gateway, the Redis beside it (failures are left
/// to the caller's next step or message).
async fn resume(engine: &Engine, name: &str, gateway: bool, redis_too: bool) {
    if redis_too {
        let _ = engine
            .start(&crate::domain::live::redis::container_name(name))
            .await;
    }
    if gateway {
        let _ = engine.start(name).await;
    }
}

/// The container's data folder, which restore and upgrade change on this machine.
pub fn local_folder(gw: &Gateway) -> Result<PathBuf> {
    let folder = gw.info().data_folder.clone().map(PathBuf::from);
    match folder {
        Some(f) if gw.engine().local && Path::new(&f).is_dir() => Ok(f),
        _ => Err(fail_hint(
            format!(
                "the data folder of {} is not on this machine ({})",
                gw.name(),
                gw.info().data_folder.as_deref().unwrap_or("no /data mount")
            ),
            "run this command on the machine where the Docker engine runs",
        )),
    }
}
