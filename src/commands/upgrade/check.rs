//! `upgrade --check`: is there a newer image? Changes nothing.

use anyhow::Result;
use serde_json::json;

use crate::args::{GlobalArgs, UpgradeArgs};
use crate::domain::ops::upgrade::{self, Freshness};
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render::upgrade as render_upgrade;

pub async fn run(global: &GlobalArgs, args: &UpgradeArgs) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let engine = gw.engine();
    let current = gw.info().image.clone();
    let target = upgrade::target_image(
        &current,
        args.image_repo.as_deref(),
        args.image_tag.as_deref(),
        args.o11y_choice(),
    );
    let running_id = engine.container_image_id(gw.name()).await?;
    let local = engine.image_info(&target).await?;
    let remote = engine.registry_digest(&target).await;
    let mut verdict = upgrade::freshness(
        &target,
        local.as_ref().map(|i| i.repo_digests.as_slice()),
        remote.as_deref().map_err(String::as_str),
    );
    let pulled_not_running = local.as_ref().is_some_and(|i| i.id != running_id);
    if pulled_not_running && matches!(verdict, Freshness::UpToDate | Freshness::Unknown(_)) {
        verdict = Freshness::Newer;
    }
    ui::report(
        args.json,
        || {
            json!({
                "image": target,
                "running_image": current,
                "running_image_id": running_id,
                "local_image_id": local.as_ref().map(|i| i.id.clone()),
                "registry_digest": remote.as_ref().ok(),
                "newer": match verdict {
                    Freshness::Newer | Freshness::NotPulled => Some(true),
                    Freshness::UpToDate => Some(false),
                    Freshness::Unknown(_) => None,
                },
                "verdict": verdict.word(),
                "reason": match &verdict { Freshness::Unknown(r) => Some(r.clone()), _ => None },
            })
        },
        || match render_upgrade::upgrade_check(gw.name(), &target, &verdict, pulled_not_running) {
            (true, line) => ui::ok(line),
            (false, line) => ui::warn(line),
        },
    );
    Ok(())
}
