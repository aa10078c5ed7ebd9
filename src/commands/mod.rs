//! One module per command; [`dispatch`] is the one place the command enum is matched.

pub mod apply;
pub mod backup;
pub mod check;
pub mod config;
pub mod console;
pub mod doctor;
pub mod export;
pub mod keys;
pub mod lifecycle;
pub mod logs;
pub mod route;
pub mod route_test;
pub mod serve;
pub mod sessions;
pub mod skills;
pub mod start;
pub mod status;
pub mod upgrade;
pub mod upgrade_check;
pub mod usage;

use anyhow::Result;

use crate::cli::{Cli, Commands};

pub async fn dispatch(cli: Cli) -> Result<()> {
    let global = &cli.global;
    crate::engine::discover::select_context(global.context.clone());
    match cli.command {
        Commands::Start(args) => start::run(global, *args).await,
        Commands::Stop => lifecycle::stop(global).await,
        Commands::Delete(args) => lifecycle::delete(global, args.force).await,
        Commands::Status(args) => status::run(global, args.json).await,
        Commands::Check(args) => check::run(global, args.json).await,
        Commands::Doctor(args) => doctor::run(global, args.json).await,
        Commands::Logs(args) => logs::run(global, &args).await,
        Commands::Route { command } => route::run(global, command).await,
        Commands::Config { command } => config::run(global, command).await,
        Commands::Backup(args) => backup::backup(global, &args).await,
        Commands::Restore(args) => backup::restore(global, &args).await,
        Commands::Upgrade(args) => upgrade::run(global, &args).await,
        Commands::Export(args) => export::run(global, &args).await,
        Commands::Usage(args) => usage::run(global, args).await,
        Commands::Sessions { command } => sessions::run(global, command).await,
        Commands::Plugin { command } => crate::plugin::run(global, command).await,
        Commands::Keys { command } => keys::run(global, command).await,
        Commands::Console { command } => console::run(global, command).await,
        Commands::Skills { command } => skills::run(command),
        Commands::Completions { shell } => {
            crate::cli::completions::print(shell);
            Ok(())
        }
    }
}
