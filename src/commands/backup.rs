//! `backup` and `restore`.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::json;

use crate::args::{BackupArgs, GlobalArgs, RestoreArgs};
use crate::domain::ops::backup::Backup;
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway::{Gateway, Need, backup, datadir, upgrade, wait};
use crate::ui;
use crate::ui::render::backup as render_backup;

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
    ui::report(
        args.json,
        || {
            json!({
                "file": saved.file,
                "files": saved.files,
                "bytes": saved.bytes,
                "seconds": saved.seconds,
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

/// Stop the container, swap its data folder for the backup's content, start it again; on a
/// failed start the previous folder goes back.
async fn into_container(
    gw: &mut Gateway,
    global: &GlobalArgs,
    content: &Backup,
    timeout: u64,
) -> Result<(PathBuf, Option<PathBuf>, bool)> {
    let folder = local_folder(gw)?;
    if let Some(asked) = &global.data_folder {
        if std::path::absolute(asked).ok().as_deref() != Some(folder.as_path()) {
            return Err(fail_hint(
                format!(
                    "the container {} uses the data folder {}, not {}",
                    gw.name(),
                    folder.display(),
                    asked.display()
                ),
                "leave out --data-folder to restore into the container's folder, or delete the \
                 container first to restore into another folder",
            ));
        }
    }
    let running = gw.info().running;
    let name = gw.name().to_string();
    if running {
        let spinner = ui::Spinner::new(&format!("Stopping {name}"));
        gw.engine().stop(&name, 10).await?;
        spinner.finish(&format!("Stopped {name}."));
    }
    let kept = backup::replace_folder(&folder, content, "before-restore")?;
    if !running {
        return Ok((folder, kept, false));
    }
    let started = match gw.engine().start(&name).await {
        Ok(()) => {
            gw.refresh().await?;
            wait::until_ready(gw, timeout, &mut ui::waiting()).await
        }
        Err(e) => Err(e),
    };
    if let Err(e) = started {
        if let Some(kept) = &kept {
            let _ = gw.engine().stop(&name, 10).await;
            backup::put_back(&folder, kept)?;
            let _ = gw.engine().start(&name).await;
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
