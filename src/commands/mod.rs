//! One module per command; [`dispatch`] is the one place the command enum is matched.

pub mod config;
pub mod lifecycle;
pub mod logs;
pub mod route;
pub mod start;
pub mod status;

use anyhow::Result;

use crate::cli::{Cli, Commands, StartArgs};
use crate::engine::{ContainerInfo, Engine};
use crate::edit::{self, Write};
use crate::gateway::{self, MODEL_ROUTER, SETTINGS};
use crate::domain::gwconfig;
use crate::domain::settings::{DEFAULT_AUTO_ROUTING_MODEL, Settings};
use crate::cli::ui;

pub async fn dispatch(cli: Cli) -> Result<()> {
    let global = &cli.global;
    match cli.command {
        Commands::Start(args) => start::run(global, *args).await,
        Commands::Stop => lifecycle::stop(global).await,
        Commands::Delete(args) => lifecycle::delete(global, args.force).await,
        Commands::Status(args) => status::run(global, args.json).await,
        Commands::Logs(args) => logs::run(global, &args).await,
        Commands::Route { command } => route::run(global, command).await,
        Commands::Config { command } => config::run(global, command).await,
        Commands::Plugin { command } => crate::plugin::run(global, command).await,
        Commands::Completions { shell } => {
            crate::cli::completions::print(shell);
            Ok(())
        }
    }
}

/// After `start`: on a new container, make the live config hold default.cfg's exact values;
/// on every start, apply the auto-routing setting when it differs from the live one.
pub async fn after_start(
    engine: &Engine,
    info: &ContainerInfo,
    args: &StartArgs,
    created: bool,
) -> Result<()> {
    let name = info.name.as_str();
    if created {
        if let Some(settings) = gateway::read_settings(engine, name).await? {
            config::reconcile(engine, name, &settings).await?;
        }
    }
    let paths = vec![MODEL_ROUTER.to_string(), SETTINGS.to_string()];
    let applied = edit::transact(engine, name, &paths, |snap| {
        let Some(text) = snap.text(SETTINGS) else {
            return Ok((Vec::new(), None));
        };
        let mut settings = Settings::parse(&text);
        let mut writes = Vec::new();
        if args.auto_routing {
            let model = args
                .auto_routing_default_model
                .clone()
                .or_else(|| settings.auto_routing_default_model().map(str::to_string))
                .unwrap_or_else(|| DEFAULT_AUTO_ROUTING_MODEL.to_string());
            settings.set_auto_routing(true, Some(&model));
            writes.push(Write::Put {
                path: SETTINGS.into(),
                text: settings.render(),
            });
        }
        if !settings.auto_routing() {
            return Ok((writes, None));
        }
        let model = settings
            .auto_routing_default_model()
            .unwrap_or(DEFAULT_AUTO_ROUTING_MODEL)
            .to_string();
        let Some(router) = snap.text(MODEL_ROUTER) else {
            return Ok((writes, None));
        };
        let mut doc = gwconfig::parse(MODEL_ROUTER, &router)?;
        let live = gwconfig::auto_routing(&doc);
        if live.enable && live.default_model.as_deref() == Some(model.as_str()) {
            return Ok((writes, None));
        }
        gwconfig::set_auto_routing(&mut doc, true, Some(&model), &model);
        writes.push(Write::Put {
            path: MODEL_ROUTER.into(),
            text: gwconfig::render(&doc)?,
        });
        Ok((writes, Some(model)))
    })
    .await?;
    if let Some(model) = applied {
        ui::info(format!("Auto-routing enabled with default model {model}."));
    }
    Ok(())
}
