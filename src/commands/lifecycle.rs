//! `stop` and `delete`.

use anyhow::Result;

use crate::args::GlobalArgs;
use crate::error::fail_hint;
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render;

pub async fn stop(global: &GlobalArgs) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let (name, info) = (gw.name(), gw.info());
    if !info.running {
        ui::info(format!(
            "The gateway container {name} is not running ({}).",
            info.status
        ));
        return Ok(());
    }
    let spinner = ui::Spinner::new(&format!("Stopping {name}"));
    gw.engine().stop(name, 10).await?;
    spinner.finish(&format!("Stopped {name}."));
    Ok(())
}

pub async fn delete(global: &GlobalArgs, force: bool, redis_data: bool) -> Result<()> {
    let gw = Gateway::connect(&global.container_name, Need::Exists).await?;
    let (name, info) = (gw.name(), gw.info());
    if info.running && !force {
        return Err(fail_hint(
            format!("the gateway container {name} is running"),
            format!(
                "stop it first with `get-ai-gateway stop{}`, or pass --force",
                render::container_flag(name)
            ),
        ));
    }
    crate::commands::redis::remove_beside(gw.engine(), name, redis_data).await?;
    gw.engine().remove(name, force).await?;
    ui::info(format!("Removed the container {name}."));
    let network = crate::domain::live::redis::network_name(name);
    if let Err(e) = gw.engine().remove_network(&network).await {
        ui::warn(format!("{e:#}"));
    }
    if let Some(folder) = &info.data_folder {
        ui::info(format!(
            "The data folder {folder} was kept; `get-ai-gateway start` reuses its settings."
        ));
    }
    Ok(())
}
