//! `plugin install/uninstall/status` for the agent runtimes OpenClaw and Clawdbot.
//!
//! The plugin files are `templates/plugin/*`, embedded in the binary and rendered per
//! runtime: the two variants differ only in the manifest file name, the package.json key,
//! the SDK the types come from, and how the runtime writes a model reference.
//!
//! - [`runtime`]: the runtimes' facts;
//! - [`detect`]: which runtime to use, and where its home is;
//! - [`template`]: the plugin's files, rendered per runtime;
//! - [`files`]: installing and removing the plugin folder;
//! - [`setup`]: what `--configure` writes (finds the gateway);
//! - [`config`]: merging it into the runtime's config;
//! - [`config_file`]: reading and writing that file;
//! - [`status`]: `plugin status`.
//!
//! This file only calls them and prints.

pub mod config;
pub mod config_file;
pub mod detect;
pub mod files;
pub mod runtime;
pub mod setup;
pub mod status;
pub mod template;

use std::path::Path;

use anyhow::Result;

use crate::args::{GlobalArgs, PluginCommand, PluginInstallArgs, PluginTargetArgs};
use crate::domain::providers;
use crate::ui;
use detect::Host;
use files::Installed;
use runtime::{Runtime, extension_dir};
use status::{PluginStatus, StatusReport};

pub const PLUGIN_ID: &str = "higress-ai-gateway";
pub const PROVIDER_ID: &str = "higress";
pub const AUTO_MODEL: &str = "higress/auto";
const LOCAL_KEY: &str = "higress-local";

pub async fn run(global: &GlobalArgs, command: PluginCommand) -> Result<()> {
    let host = Host::from_env();
    match command {
        PluginCommand::Install(args) => install(&host, global, &args).await,
        PluginCommand::Uninstall(target) => uninstall(&host, &target),
        PluginCommand::Status(args) => status(&host, &args.target, args.json),
    }
}

async fn install(host: &Host, global: &GlobalArgs, args: &PluginInstallArgs) -> Result<()> {
    let home_arg = args.target.home.as_deref();
    let (rt, why) = host.choose(args.target.runtime.into(), home_arg)?;
    ui::info(format!("Runtime: {} ({why}).", rt.display()));
    if host.on_path(rt).is_none() {
        ui::warn(format!(
            "{} is not on PATH; the plugin is installed for when it is",
            rt.bin()
        ));
    }
    let home = host.home(rt, home_arg);
    let dir = args.dest.clone().unwrap_or_else(|| extension_dir(&home));
    // Settle what --configure needs before touching any file.
    let setup = if args.configure {
        Some(setup::provider_setup(global, args, rt.bin()).await?)
    } else {
        None
    };
    let (name, shown) = (rt.display(), dir.display());
    ui::ok(match files::install(rt, &dir, args.force)? {
        Installed::Unchanged => format!("The {name} plugin in {shown} is up to date"),
        Installed::Written { backup: None } => format!("Installed the {name} plugin into {shown}"),
        Installed::Written { backup: Some(b) } => format!(
            "Installed the {name} plugin into {shown} (the previous copy is in {})",
            b.display()
        ),
    });
    match setup {
        Some(setup) => configure(rt, &home, &setup),
        None => {
            print_next_steps(rt);
            Ok(())
        }
    }
}

fn print_next_steps(rt: Runtime) {
    let bin = rt.bin();
    println!();
    println!("Next, in {}:", rt.display());
    println!("  {bin} plugins list                           # {PLUGIN_ID} is enabled by default");
    println!("  {bin} models auth login --provider {PROVIDER_ID}   # gateway URL, key, models");
    println!("  {bin} gateway restart                        # if its gateway is running");
    println!(
        "Or configure it without questions: get-ai-gateway plugin install --runtime {bin} --configure"
    );
}

fn configure(rt: Runtime, home: &Path, setup: &setup::Setup) -> Result<()> {
    let done = config_file::configure(rt, home, setup)?;
    let shown = setup
        .models
        .iter()
        .map(|m| rt.model_ref(m))
        .collect::<Vec<_>>()
        .join(", ");
    let (path, base) = (done.path.display(), setup::api_base_url(&setup.gateway_url));
    ui::ok(if done.changed {
        format!("Configured provider {PROVIDER_ID} in {path}: {base} with {shown}")
    } else {
        format!("{path} already uses the gateway at {base} ({shown}); nothing changed")
    });
    if let Some(note) = done.note {
        ui::info(note);
    }
    if setup.api_key != LOCAL_KEY {
        ui::info(format!("API key: {}", providers::mask(&setup.api_key)));
    }
    println!("Check it with: {} models list", rt.bin());
    Ok(())
}

fn uninstall(host: &Host, target: &PluginTargetArgs) -> Result<()> {
    let home_arg = target.home.as_deref();
    let (rt, _) = host.choose_existing(target.runtime.into(), home_arg)?;
    let home = host.home(rt, home_arg);
    let dir = extension_dir(&home);
    files::uninstall(&dir)?;
    ui::ok(format!("Removed {}", dir.display()));
    ui::info(format!(
        "The provider settings in {} were kept; remove models.providers.{PROVIDER_ID} there if you no longer use the gateway.",
        home.join(rt.config_name()).display()
    ));
    Ok(())
}

fn status(host: &Host, target: &PluginTargetArgs, as_json: bool) -> Result<()> {
    let chosen: Option<Runtime> = target.runtime.into();
    let runtimes = chosen.map_or(Runtime::ALL.to_vec(), |rt| vec![rt]);
    let report = StatusReport {
        runtimes: runtimes
            .into_iter()
            .map(|rt| {
                let home = host.home(rt, target.home.as_deref());
                PluginStatus::read(rt, &home, host.on_path(rt))
            })
            .collect(),
    };
    if as_json {
        let value = serde_json::to_value(&report)?;
        ui::print_json(&value);
        return Ok(());
    }
    for s in &report.runtimes {
        print!("{}", status::render(s));
    }
    Ok(())
}
