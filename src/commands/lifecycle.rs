//! `stop` and `delete`.

use anyhow::Result;

use crate::cli::GlobalArgs;
use crate::engine::Engine;
use crate::error::fail_hint;
use crate::gateway;
use crate::cli::ui;

pub async fn stop(global: &GlobalArgs) -> Result<()> {
    let name = global.container_name.as_str();
    let engine = Engine::connect().await?;
    let info = gateway::existing(&engine, name).await?;
    if !info.running {
        ui::info(format!(
            "The gateway container {name} is not running ({}).",
            info.status
        ));
        return Ok(());
    }
    let spinner = ui::Spinner::new(&format!("Stopping {name}"));
    engine.stop(name, 10).await?;
    spinner.finish(&format!("Stopped {name}."));
    Ok(())
}

pub async fn delete(global: &GlobalArgs, force: bool) -> Result<()> {
    let name = global.container_name.as_str();
    let engine = Engine::connect().await?;
    let info = gateway::existing(&engine, name).await?;
    if info.running && !force {
        return Err(fail_hint(
            format!("the gateway container {name} is running"),
            format!(
                "stop it first with `get-ai-gateway stop{}`, or pass --force",
                super::start::container_flag(name)
            ),
        ));
    }
    engine.remove(name, force).await?;
    ui::info(format!("Removed the container {name}."));
    if let Some(folder) = info.data_folder {
        ui::info(format!(
            "The data folder {folder} was kept; `get-ai-gateway start` reuses its settings."
        ));
    }
    Ok(())
}
