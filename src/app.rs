//! The top of the house: parse the command line, dispatch to the command, print an error
//! once, return the exit code. [`dispatch`] is the one place the command enum is matched.

use anyhow::Result;
use clap::Parser;

use crate::args::{Cli, Commands, with_default_command};
use crate::commands::{
    backup, check, config, console, dashboard, doctor, export, gitops, keys, lifecycle, logs, mcp,
    metrics, plugin, route, skills, start, status, tracing, upgrade, usage,
};
use crate::error::{ExitStatus, FAILURE, USAGE};

pub fn run() -> i32 {
    let args = with_default_command(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            if stray_value(&e) {
                // clap would quote the value, and a stray value is often a key without its flag.
                eprintln!(
                    "error: unexpected value on the command line (not shown: it may be a key)\n\n\
                     Every value needs its flag, e.g. --dashscope-key KEY.\n\n\
                     For more information, try '--help'."
                );
                return USAGE;
            }
            let _ = e.print();
            return e.exit_code();
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return FAILURE;
        }
    };
    match runtime.block_on(dispatch(cli)) {
        Ok(status) => status.code(),
        Err(err) => {
            crate::ui::failure(format!("{err:#}"), crate::ui::hint_of(&err));
            FAILURE
        }
    }
}

/// An unknown argument that is not a flag: a value given without its flag.
fn stray_value(e: &clap::Error) -> bool {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    e.kind() == ErrorKind::UnknownArgument
        && matches!(
            e.get(ContextKind::InvalidArg),
            Some(ContextValue::String(arg)) if !arg.starts_with('-')
        )
}

/// Run the command; `check` and `doctor` alone can end in [`ExitStatus::Failure`].
pub async fn dispatch(cli: Cli) -> Result<ExitStatus> {
    let global = &cli.global;
    crate::engine::discover::select_context(global.context.clone());
    let done = match cli.command {
        Commands::Start(args) => start::run(global, *args).await,
        Commands::Stop => lifecycle::stop(global).await,
        Commands::Delete(args) => lifecycle::delete(global, args.force, args.redis_data).await,
        Commands::Status(args) => status::run(global, args.json).await,
        Commands::Check(args) => return check::run(global, args.json).await,
        Commands::Doctor(args) => return doctor::run(global, &args).await,
        Commands::Logs(args) => logs::run(global, &args).await,
        Commands::Route { command } => route::run(global, command).await,
        Commands::Config { command } => return config::run(global, command).await,
        Commands::Backup(args) => backup::backup(global, &args).await,
        Commands::Restore(args) => backup::restore(global, &args).await,
        Commands::Upgrade(args) => upgrade::run(global, &args).await,
        Commands::Export(args) => export::run(global, &args).await,
        Commands::Apply(args) => gitops::apply(global, &args).await,
        Commands::Diff(args) => return gitops::diff(global, &args).await,
        Commands::Schema => {
            gitops::print_schema();
            Ok(())
        }
        Commands::Usage(args) => usage::run(global, args).await,
        Commands::Sessions { command } => usage::sessions::run(global, command).await,
        Commands::Plugin { command } => plugin::run(global, command).await,
        Commands::Redis { command } => crate::commands::redis::run(global, command).await,
        Commands::Keys { command } => keys::run(global, command).await,
        Commands::Mcp { command } => mcp::run(global, command).await,
        Commands::Console { command } => console::run(global, command).await,
        Commands::Skills { command } => skills::run(command),
        Commands::Tracing { command } => tracing::run(global, command).await,
        Commands::Metrics(args) => metrics::run(global, args).await,
        Commands::Dashboard(args) => dashboard::run(global, &args).await,
        Commands::Completions { shell } => {
            crate::args::completions::print(shell);
            Ok(())
        }
    };
    done.map(|()| ExitStatus::Success)
}
