//! `upgrade` and `upgrade --rollback`: pull, back up, recreate with the same spec on the new
//! image, wait, verify that keys and rules read back the same; any failure goes back to the
//! previous image and the backed-up data.

pub mod check;
pub mod respec;

use std::path::Path;

use anyhow::Result;
use serde_json::json;

use crate::args::{GlobalArgs, UpgradeArgs};
use crate::commands::backup::local_folder;
use crate::domain::ops::plan::publish_address;
use crate::domain::ops::upgrade::{self, Previous};
use crate::engine::Engine;
use crate::error::{fail, fail_hint};
use crate::gateway::metrics::METRICS_PORT;
use crate::gateway::upgrade::{drop_parked, launch, park, ready_and_same, revert, served, unpark};
use crate::gateway::{Gateway, Need, backup, redis};
use crate::ui;
use crate::ui::render;
use crate::ui::render::upgrade as render_upgrade;
use respec::Moves;
pub use respec::Respec;

pub async fn run(global: &GlobalArgs, args: &UpgradeArgs) -> Result<()> {
    if args.check {
        return check::run(global, args).await;
    }
    if args.rollback {
        return rollback(global, args).await;
    }
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    recreate(gw, args, &Respec::default(), true).await
}

/// Recreate the running `gw` on the image `args` name (pulled first when `pull_image`, else
/// the one it runs), with its metrics port and what `respec` changes: backup first, park,
/// launch, verify; any failure goes back to the previous container, ports and data.
pub async fn recreate(
    mut gw: Gateway,
    args: &UpgradeArgs,
    respec: &Respec,
    pull_image: bool,
) -> Result<()> {
    let metrics_port = args
        .metrics_port
        .as_deref()
        .map(publish_address)
        .transpose()?;
    let folder = local_folder(&gw)?;
    let moves = Moves::of(&gw, &folder, respec, metrics_port.as_ref()).await?;
    let name = gw.name().to_string();
    let current = gw.info().image.clone();
    let (target, old_id, new_id) = match pull_image {
        true => pull_target(&gw, args).await?,
        false => {
            let id = gw.engine().container_image_id(&name).await?;
            (current.clone(), id.clone(), id)
        }
    };
    let same_image = old_id == new_id && target == current;
    if same_image && metrics_port.is_none() && moves.is_empty() {
        match respec.on_stderr {
            true => ui::info(format!(
                "{name} runs {target} as the file says; nothing to do."
            )),
            false => nothing_to_do(args.json, &name, &target, &new_id),
        }
        return Ok(());
    }
    let images = Images {
        current,
        target,
        old_id,
        new_id,
    };
    let started = std::time::Instant::now();
    let redis_ran = moves.pause_redis(gw.engine(), &name).await?;
    let done = back_up_and_swap(&mut gw, args, &moves, &images, &folder, metrics_port).await;
    if done.is_err() && redis_ran && !redis::running_beside(gw.engine(), &name).await? {
        // Stopped for the backup and not moved: it starts again where it was.
        gw.engine()
            .start(&crate::domain::live::redis::container_name(&name))
            .await?;
    }
    let backup_file = done?;
    let seconds = started.elapsed().as_secs_f64();
    let said = Said {
        as_json: args.json,
        on_stderr: respec.on_stderr,
        seconds,
    };
    report(&said, &name, &images, &backup_file, &moves);
    Ok(())
}

/// The image a recreate leaves and the one it runs, by reference and id.
struct Images {
    current: String,
    target: String,
    old_id: String,
    new_id: String,
}

/// The backup, the new spec and the swap; the backup's path.
async fn back_up_and_swap(
    gw: &mut Gateway,
    args: &UpgradeArgs,
    moves: &Moves,
    images: &Images,
    folder: &Path,
    metrics_port: Option<(String, u16)>,
) -> Result<std::path::PathBuf> {
    let name = gw.name().to_string();
    let before = served(gw).await?;
    let saved = back_up_first(gw).await?;
    let content = backup::read(&saved.file)?;
    let previous = Previous {
        image: images.current.clone(),
        image_id: images.old_id.clone(),
        backup: saved.file.display().to_string(),
    };
    let spec = gw
        .engine()
        .clone_spec(&name)
        .await?
        .with(
            &images.target,
            &upgrade::upgrade_labels(),
            &previous.labels(),
        )
        .publishing(METRICS_PORT, metrics_port.as_ref());
    let spec = moves.apply(spec);
    if let Some(warning) = render::metrics_exposed(metrics_port.as_ref()) {
        ui::warn(warning);
    }
    let failed = Failed {
        folder,
        content: &content,
        target: &images.target,
        current: &images.current,
        backup: &saved.file,
        moves,
        filled: None,
    };
    swap(gw, failed, &spec, &before, args.wait_timeout).await?;
    Ok(saved.file)
}

/// Fill the new data folder (when it moves), park the container, launch `spec`, verify;
/// on failure, roll back (the error says how that went).
async fn swap(
    gw: &mut Gateway,
    mut failed: Failed<'_>,
    spec: &crate::engine::CloneSpec,
    before: &crate::gateway::upgrade::Served,
    wait_timeout: u64,
) -> Result<()> {
    let name = gw.name().to_string();
    let filled = failed.moves.fill(failed.content)?;
    ui::info(format!("Recreating {name} on {}...", failed.target));
    if let Err(e) = park(gw.engine(), &name).await {
        failed.moves.unfill(filled.as_ref())?;
        return Err(e);
    }
    failed.filled = filled;
    let attempt = async {
        failed.moves.move_redis(gw.engine(), &name).await?;
        launch(gw.engine(), &name, spec).await?;
        ready_and_same(gw, before, wait_timeout, &mut ui::waiting()).await?;
        failed.moves.answer_redis(gw).await
    }
    .await;
    if let Err(e) = attempt {
        return Err(roll_back_after(gw, &failed, e, wait_timeout).await);
    }
    drop_parked(gw.engine(), &name).await?;
    failed.moves.drop_parked_redis(gw.engine(), &name).await
}

/// What was done: upgrade's lines (or JSON), and where the data folder moved.
/// How the outcome is said: JSON, or lines on stdout or (under `apply --json`) stderr.
struct Said {
    as_json: bool,
    on_stderr: bool,
    seconds: f64,
}

fn report(said: &Said, name: &str, images: &Images, backup: &Path, moves: &Moves) {
    let (as_json, seconds) = (said.as_json, said.seconds);
    let (current, target) = (images.current.as_str(), images.target.as_str());
    ui::report(
        as_json,
        || {
            json!({
                "upgraded": true,
                "image": target,
                "image_id": images.new_id,
                "previous_image": current,
                "previous_image_id": images.old_id,
                "backup": backup,
                "data_folder": moves.folder.as_ref().map(|(_, to)| to),
                "previous_data_folder": moves.folder.as_ref().map(|(from, _)| from),
                "seconds": seconds,
            })
        },
        || {
            let (done, back) = match current == target && !moves.is_empty() {
                true => render_upgrade::recreated(name, target, seconds),
                false => render_upgrade::upgraded(name, current, target, seconds),
            };
            match said.on_stderr {
                true => ui::info(done),
                false => ui::ok(done),
            }
            if let Some((from, to)) = &moves.folder {
                ui::info(render_upgrade::moved(&from.display(), &to.display()));
            }
            ui::info(back);
        },
    );
}

fn nothing_to_do(as_json: bool, name: &str, target: &str, new_id: &str) {
    ui::report(
        as_json,
        || json!({"upgraded": false, "image": target, "image_id": new_id}),
        || {
            ui::ok(format!(
                "{name} already runs the newest {target}; nothing to do."
            ))
        },
    );
}

/// Pull the image to upgrade to: its reference, the running image's id and the new one's.
async fn pull_target(gw: &Gateway, args: &UpgradeArgs) -> Result<(String, String, String)> {
    let target = upgrade::target_image(
        &gw.info().image,
        args.image_repo.as_deref(),
        args.image_tag.as_deref(),
        args.o11y_choice(),
    );
    pull(gw.engine(), &target).await?;
    let old_id = gw.engine().container_image_id(gw.name()).await?;
    match gw.engine().image_info(&target).await? {
        Some(info) => Ok((target, old_id, info.id)),
        None => Err(fail(format!("the image {target} is not on this machine"))),
    }
}

/// The backup every upgrade starts with; without it the upgrade does not start.
async fn back_up_first(gw: &Gateway) -> Result<backup::Saved> {
    let spinner = ui::Spinner::new("Backing up the data folder");
    match backup::save(gw, &backup::default_path(gw)).await {
        Ok(saved) => {
            spinner.finish(&format!("Backed up to {}.", saved.file.display()));
            crate::commands::backup::warn_dump(gw, &saved.dump);
            Ok(saved)
        }
        Err(e) => {
            spinner.abandon();
            Err(e.context("the upgrade did not start: the backup failed"))
        }
    }
}

/// What a failed upgrade rolls back to.
struct Failed<'a> {
    folder: &'a Path,
    content: &'a crate::domain::ops::backup::Backup,
    target: &'a str,
    current: &'a str,
    backup: &'a Path,
    /// The ports and folder it moved to, and what became of the new folder.
    moves: &'a Moves,
    filled: Option<crate::gateway::backup::Filled>,
}

/// Put the previous container and the backed-up data back after a failed upgrade; the
/// error says whether that worked.
async fn roll_back_after(
    gw: &mut Gateway,
    failed: &Failed<'_>,
    e: anyhow::Error,
    wait_timeout: u64,
) -> anyhow::Error {
    let (name, target, current) = (gw.name().to_string(), failed.target, failed.current);
    let what = match target == current {
        true => format!("the recreate of {name}"),
        false => format!("the upgrade to {target}"),
    };
    ui::warn(format!("{what} failed: {e:#}"));
    ui::info(format!(
        "Rolling back to {current} and the backed-up data..."
    ));
    // A moved data folder: the old one was not touched, the new one goes.
    let moved = failed.moves.folder.is_some();
    let restore = (!moved).then_some(failed.content);
    let mut undone = revert(gw, failed.folder, restore, wait_timeout, &mut ui::waiting()).await;
    if undone.is_ok() {
        undone = failed.moves.unmove_redis(gw.engine(), &name).await;
    }
    if undone.is_ok() {
        undone = failed.moves.unfill(failed.filled.as_ref());
    }
    if let Err(undo) = undone {
        return undo.context(format!(
            "{what} failed ({e:#}) and so did the rollback; the previous \
             container may still be parked as {}, the backup is {}",
            upgrade::parked_name(&name),
            failed.backup.display()
        ));
    }
    let data = match moved {
        true => format!("its data folder {}, as it was", failed.folder.display()),
        false => format!("the data of {}", failed.backup.display()),
    };
    let ports = match failed.moves.is_empty() {
        true => String::new(),
        false => " on its previous ports and address".to_string(),
    };
    fail_hint(
        format!(
            "{what} failed and was rolled back: {name} runs {current} \
             again{ports} with {data}"
        ),
        "see the reason above; `get-ai-gateway upgrade --check` tells whether the image is \
         there",
    )
}

/// Pull the target with progress; a failed pull of an image that is here already is a
/// warning (an offline machine can still switch to a local image).
async fn pull(engine: &Engine, image: &str) -> Result<()> {
    match crate::commands::pull_with_progress(engine, image).await {
        Ok(()) => Ok(()),
        Err(e) if engine.image_present(image).await? => {
            ui::warn(format!("{e:#}; using the image already on this machine"));
            Ok(())
        }
        Err(e) => Err(e),
    }
}

async fn rollback(global: &GlobalArgs, args: &UpgradeArgs) -> Result<()> {
    let mut gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let name = gw.name().to_string();
    let Some(previous) = Previous::from_labels(&gw.info().labels) else {
        return Err(fail_hint(
            format!("{name} was not made by `get-ai-gateway upgrade`: nothing to roll back"),
            "`get-ai-gateway restore FILE` puts a backup back",
        ));
    };
    let folder = local_folder(&gw)?;
    let content = backup::read(std::path::Path::new(&previous.backup))?;
    let by_ref = gw.engine().image_info(&previous.image).await?.map(|i| i.id);
    let image = previous.image_to_run(by_ref.as_deref());
    if gw.engine().image_info(&image).await?.is_none() {
        return Err(fail(format!(
            "the previous image {} ({}) is no longer on this machine",
            previous.image, previous.image_id
        )));
    }
    let spec = gw
        .engine()
        .clone_spec(&name)
        .await?
        .with(&image, &upgrade::upgrade_labels(), &[]);
    ui::info(format!(
        "Rolling {name} back to {} with the data of {}...",
        previous.image, previous.backup
    ));
    park(gw.engine(), &name).await?;
    let attempt = swap_and_launch(&mut gw, &folder, &content, &spec, args.wait_timeout).await;
    let kept = match attempt {
        Ok(kept) => kept,
        Err(e) => {
            unpark(gw.engine(), &name).await?;
            return Err(e.context(format!("the rollback failed; {name} runs as before")));
        }
    };
    drop_parked(gw.engine(), &name).await?;
    ui::report(
        args.json,
        || {
            json!({
                "rolled_back": true,
                "image": previous.image,
                "image_id": previous.image_id,
                "backup": previous.backup,
                "kept": kept,
            })
        },
        || {
            ui::ok(format!(
                "{name} runs {} again with the data of {}.",
                previous.image, previous.backup
            ));
        },
    );
    Ok(())
}

/// Put a backup's data in place of the data folder and start the container on it. On
/// failure the data folder is put back as it was; on success, where the old one was kept.
async fn swap_and_launch(
    gw: &mut Gateway,
    folder: &Path,
    content: &crate::domain::ops::backup::Backup,
    spec: &crate::engine::CloneSpec,
    timeout: u64,
) -> Result<Option<std::path::PathBuf>> {
    let name = gw.name().to_string();
    let redis_ran = redis::pause(gw.engine(), &name).await?;
    let kept = backup::replace_folder(folder, content, "before-rollback");
    let redis_name = crate::domain::live::redis::container_name(&name);
    if redis_ran {
        gw.engine().start(&redis_name).await?;
    }
    let kept = kept?;
    if let Err(e) = launch(gw.engine(), &name, spec).await {
        if let Some(kept) = &kept {
            put_back_with_redis(gw.engine(), &name, folder, kept, redis_ran).await?;
        }
        return Err(e);
    }
    gw.refresh().await?;
    let mut ready = crate::gateway::wait::until_ready(gw, timeout, &mut ui::waiting()).await;
    if ready.is_ok() && redis_ran {
        ready = redis::start_and_wait(gw).await.map(|_| ());
    }
    if ready.is_err() {
        if let Some(kept) = &kept {
            let _ = gw.engine().remove(&name, true).await;
            put_back_with_redis(gw.engine(), &name, folder, kept, redis_ran).await?;
        }
    }
    ready.map(|()| kept)
}

/// Put the kept data folder back, the Redis beside the gateway stopped meanwhile.
async fn put_back_with_redis(
    engine: &Engine,
    name: &str,
    folder: &Path,
    kept: &Path,
    redis_ran: bool,
) -> Result<()> {
    let paused = redis::pause(engine, name).await.unwrap_or(false);
    let back = backup::put_back(folder, kept);
    if paused || redis_ran {
        let _ = engine
            .start(&crate::domain::live::redis::container_name(name))
            .await;
    }
    back
}
