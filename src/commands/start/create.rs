//! Applying a start plan: port and image checks, `default.cfg`, the container, readiness,
//! and the live config after the start. A failure before the container runs puts the data
//! folder back as it was and removes what was created.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::args::StartArgs;
use crate::domain::live::Scope;
use crate::domain::live::paths;
use crate::domain::ops::plan::StartPlan;
use crate::domain::providers::secrets;
use crate::domain::providers::settings::{self, Settings};
use crate::engine::{ContainerSpec, Engine};
use crate::error::fail;
use crate::gateway::metrics::METRICS_PORT;
use crate::gateway::{self, Gateway, Need, datadir, wait};
use crate::ui;

/// Puts `default.cfg` back (or removes it) unless disarmed.
struct Rollback {
    folder: PathBuf,
    previous: Option<String>,
}

impl Rollback {
    fn arm(folder: &Path) -> Rollback {
        Rollback {
            folder: folder.to_path_buf(),
            previous: std::fs::read_to_string(folder.join(settings::FILE_NAME)).ok(),
        }
    }

    async fn undo(self, engine: &Engine, name: &str, created: bool) {
        if created {
            let _ = engine.remove(name, true).await;
        }
        match self.previous {
            Some(text) => {
                let _ = datadir::save(&self.folder, &text);
            }
            None => {
                let _ = std::fs::remove_file(self.folder.join(settings::FILE_NAME));
            }
        }
    }
}

/// Every port must be free on the bind address (checked only for a local engine).
fn check_ports_free(engine: &Engine, plan: &StartPlan) -> Result<()> {
    if !engine.local {
        return Ok(());
    }
    let ports: Vec<(u16, String)> = plan
        .ports
        .named()
        .into_iter()
        .map(|(port, flag)| (port, flag.to_string()))
        .collect();
    gateway::host::check_ports_free(&plan.bind, &ports)
}

async fn ensure_image(engine: &Engine, image: &str) -> Result<()> {
    if engine.image_present(image).await? {
        return Ok(());
    }
    crate::commands::pull_with_progress(engine, image).await?;
    ui::info(format!("Pulled {image}."));
    Ok(())
}

fn spec_of(plan: &StartPlan, logs: &Path) -> ContainerSpec {
    ContainerSpec {
        name: plan.name.clone(),
        image: plan.image.clone(),
        env: secrets::container_env(&plan.settings),
        ports: plan.ports.all().to_vec(),
        bind: plan.bind.clone(),
        publish: plan
            .metrics_port
            .iter()
            .map(|(addr, port)| (addr.clone(), *port, METRICS_PORT))
            .collect(),
        binds: vec![
            (bind_source(&plan.data_folder), gateway::DATA.to_string()),
            (bind_source(logs), "/var/log/proxy".to_string()),
        ],
    }
}

/// A folder on this machine as the engine's bind-mount source (a drive path on Windows).
fn bind_source(folder: &Path) -> String {
    paths::bind_source(&folder.display().to_string(), cfg!(windows))
}

/// Create and start the container of `plan` and wait until it is ready.
pub async fn create(engine: Engine, plan: &StartPlan, wait_timeout: u64) -> Result<Gateway> {
    check_ports_free(&engine, plan)?;
    ensure_image(&engine, &plan.image).await?;
    let rollback = Rollback::arm(&plan.data_folder);
    datadir::save(&plan.data_folder, &plan.settings.render())?;
    let logs = plan.data_folder.join("logs");
    if let Err(e) = datadir::private_dir(&logs) {
        rollback.undo(&engine, &plan.name, false).await;
        return Err(fail(format!(
            "cannot create the logs folder {}: {e}",
            logs.display()
        )));
    }
    ui::info(format!(
        "Creating container {} from {}...",
        plan.name, plan.image
    ));
    if let Err(e) = engine.create(&spec_of(plan, &logs)).await {
        rollback.undo(&engine, &plan.name, false).await;
        return Err(e);
    }
    if let Err(e) = engine.start(&plan.name).await {
        rollback.undo(&engine, &plan.name, true).await;
        return Err(e);
    }
    let mut gw = Gateway::find(engine, &plan.name, Need::Exists).await?;
    wait::until_ready(&mut gw, wait_timeout, &mut ui::waiting()).await?;
    Ok(gw)
}

/// What `start` knows about a container it has just created.
#[derive(Clone, Copy)]
pub struct Created<'a> {
    /// `default.cfg` as the plan wrote it.
    pub settings: &'a Settings,
    /// The data folder was absent or empty before this start.
    pub new_folder: bool,
}

impl<'a> Created<'a> {
    /// Taken before the container is made: a folder this start creates holds only files it
    /// writes, whose modes are no news.
    pub fn before(plan: &'a StartPlan) -> Created<'a> {
        Created {
            settings: &plan.settings,
            new_folder: datadir::absent_or_empty(&plan.data_folder),
        }
    }
}

/// After `start`: on a new container, make the live config hold default.cfg's exact values;
/// on every start, apply the auto-routing setting when it differs from the live one. Returns
/// `default.cfg` as the container has it.
pub async fn after_start(
    gw: &Gateway,
    args: &StartArgs,
    created: Option<Created<'_>>,
) -> Result<Option<Settings>> {
    let new_folder = created.is_some_and(|c| c.new_folder);
    let created = created.map(|c| c.settings);
    let requested = args
        .auto_routing
        .then_some(args.auto_routing_default_model.as_deref());
    let (applied, settings) = gw
        .edit(created.map_or(Scope::All, Scope::Settings), |live| {
            if created.is_some() {
                if let Some(saved) = live.settings().cloned() {
                    live.reconcile_to(&saved)?;
                }
            }
            let applied = live.apply_start_routing(requested)?;
            Ok((applied, live.settings().cloned()))
        })
        .await?;
    if let Some(model) = applied {
        ui::info(format!("Auto-routing enabled with default model {model}."));
    }
    match crate::edit::secure(gw.engine(), gw.name()).await {
        Ok(changed) => {
            if let Some(note) = made_private_note(&changed, new_folder) {
                ui::info(note);
            }
        }
        Err(e) => ui::warn(format!("could not make the data folder private: {e:#}")),
    }
    Ok(settings)
}

/// The note after the gateway's files were given private modes: none when nothing changed,
/// nor when this start made the data folder, whose files it wrote itself.
fn made_private_note(changed: &[String], new_folder: bool) -> Option<String> {
    (!changed.is_empty() && !new_folder)
        .then(|| format!("Made private (they may hold keys): {}.", changed.join(", ")))
}

/// Give an existing data folder on this machine its private modes, and say so.
pub fn tighten(folder: &Path) {
    let changed = datadir::tighten(folder);
    if !changed.is_empty() {
        ui::info(format!(
            "Made the data folder private (it holds keys): {}.",
            changed.join(", ")
        ));
    }
}

/// Claim the console for a new admin when it has none (see [`gateway::console::claim`]);
/// returns the welcome's `Console:` line. Nothing here fails the start: the gateway runs.
pub async fn claim_console(gw: &Gateway, password: Option<String>, wait_secs: u64) -> String {
    use crate::domain::live::console::Account;
    use gateway::console::{self as gwconsole, Claimed};
    let url = crate::commands::console::display_url(gw);
    let given = password.is_some();
    let wait = std::time::Duration::from_secs(wait_secs);
    match gwconsole::claim(gw, password, wait).await {
        Ok(Claimed::New(password)) => {
            if let Err(e) = crate::edit::secure(gw.engine(), gw.name()).await {
                ui::warn(format!("could not make the console's files private: {e:#}"));
            }
            let account = account_or_open(gw).await;
            gwconsole::line(&url, &account, Some(&password))
        }
        Ok(Claimed::Already(account)) => {
            if given {
                ui::warn(
                    "--console-password was not used: the console has an admin already \
                     (`get-ai-gateway console password --reset --password -` changes it)",
                );
            }
            gwconsole::line(&url, &account, None)
        }
        Ok(Claimed::NoAnswer(base)) => {
            ui::warn(format!(
                "the console did not answer at {base} within {wait_secs}s, so it has no admin \
                 yet: whoever opens it first sets one. Claim it with `get-ai-gateway console \
                 password --reset` when it answers"
            ));
            gwconsole::line(&url, &Account::open(), None)
        }
        Err(e) => {
            ui::warn(format!("could not set the console's admin password: {e:#}"));
            let account = account_or_open(gw).await;
            gwconsole::line(&url, &account, None)
        }
    }
}

/// The console's account as the gateway has it; an open console when it cannot be read.
async fn account_or_open(gw: &Gateway) -> crate::domain::live::console::Account {
    gateway::console::read(gw)
        .await
        .unwrap_or_else(|_| crate::domain::live::console::Account::open())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_set_on_files_this_start_made_are_no_news() {
        let changed = vec!["/data/wasmplugins/ai-statistics-1.0.0.yaml (0644 -> 0600)".to_string()];
        assert_eq!(made_private_note(&changed, true), None);
        assert_eq!(made_private_note(&[], false), None);
        assert_eq!(
            made_private_note(&changed, false).as_deref(),
            Some(
                "Made private (they may hold keys): \
                 /data/wasmplugins/ai-statistics-1.0.0.yaml (0644 -> 0600)."
            )
        );
    }
}
