//! `start`: create and start the container, start a stopped one, or report a running one.
//! Creating is plan, then apply: the plan is resolved without I/O (see `domain::plan`) and
//! printed as it is by `--dry-run`.

pub mod create;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::json;

use crate::args::{GlobalArgs, StartArgs, inputs};
use crate::domain::ops::plan::{Answers, KeysFlag, StartFlags, StartPlan};
use crate::domain::providers::settings::{
    self, DEFAULT_CONSOLE_PORT, DEFAULT_HTTP_PORT, DEFAULT_HTTPS_PORT, ProviderInput, Settings,
};
use crate::domain::providers::{self, PROVIDERS};
use crate::engine::{ContainerInfo, Engine};
use crate::error::fail;
use crate::gateway::{self, Gateway, Need, datadir, host};
use crate::ui;
use crate::ui::render;
use crate::ui::wizard;
use create as apply;

pub async fn run(global: &GlobalArgs, args: StartArgs) -> Result<()> {
    let requested = provider_inputs(&args)?;
    let console_password = match (&args.console_password, args.dry_run) {
        (Some(_), false) => Some(inputs::console_password_from_stdin()?),
        _ => None,
    };
    let engine = Engine::connect().await?;
    match engine.inspect(&global.container_name).await? {
        Some(info) => existing(engine, info, &args, &requested, console_password).await,
        None => create(global, args, requested, engine, console_password).await,
    }
}

/// Start (or report) a container that exists; provider and port flags do not apply.
async fn existing(
    engine: Engine,
    info: ContainerInfo,
    args: &StartArgs,
    requested: &BTreeMap<&'static str, ProviderInput>,
    console_password: Option<String>,
) -> Result<()> {
    let name = info.name.clone();
    if args.dry_run {
        let action = if info.running { "none" } else { "start" };
        ui::report(
            args.json,
            || json!({"action": action, "container": name, "state": info.status}),
            || {
                println!("{}", render::existing_plan(&name, info.running));
            },
        );
        return Ok(());
    }
    for warning in render::ignored_on_existing(args, !requested.is_empty(), &info) {
        ui::warn(warning);
    }
    if info.running {
        ui::info(format!("The gateway container {name} is already running."));
    } else {
        ui::info(format!("Starting the existing gateway container {name}..."));
        engine.start(&name).await?;
    }
    let mut gw = Gateway::find(engine, &name, Need::Exists).await?;
    if let Some(folder) = gw.host_data_folder() {
        apply::tighten(&folder);
    }
    if !info.running {
        gateway::wait::until_ready(&mut gw, args.wait_timeout, &mut ui::waiting()).await?;
    }
    let settings = apply::after_start(&gw, args, None).await?;
    finish(
        &gw,
        args,
        settings.as_ref(),
        args.require_key,
        console_password,
    )
    .await
}

/// After every start: gateway keys when required, the console's admin, the welcome.
async fn finish(
    gw: &Gateway,
    args: &StartArgs,
    settings: Option<&Settings>,
    require_key: bool,
    console_password: Option<String>,
) -> Result<()> {
    if require_key {
        crate::commands::keys::require(gw).await?;
    }
    crate::commands::redis::setup(gw, &args.redis).await?;
    let console = apply::claim_console(gw, console_password, args.wait_timeout).await;
    let key_required = crate::commands::keys::read(gw)
        .await
        .is_ok_and(|k| k.enabled);
    let access = render::Access {
        console: Some(console),
        key_required,
    };
    println!("{}", render::welcome_with(gw.info(), settings, &access));
    render::plugin_hint();
    Ok(())
}

/// Provider inputs from flags and, with --keys-from-env, the environment; checked.
fn provider_inputs(args: &StartArgs) -> Result<BTreeMap<&'static str, ProviderInput>> {
    let mut out = BTreeMap::new();
    for p in PROVIDERS {
        let mut input = args.providers.inputs.get(p.id).cloned().unwrap_or_default();
        if input.key.is_none() && args.keys_from_env && p.uses_key {
            input.key = inputs::key_from_env(p);
        }
        if !input.is_empty() {
            out.insert(p.id, inputs::resolve(p, &input)?);
        }
    }
    Ok(out)
}

fn absolute(path: &Path) -> Result<PathBuf> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    let cwd = std::env::current_dir()
        .map_err(|e| fail(format!("cannot resolve the data folder path: {e}")))?;
    Ok(cwd.join(path))
}

/// The wizard, on a terminal, for a data folder with no saved settings.
fn ask(args: &StartArgs, requested: &BTreeMap<&'static str, ProviderInput>) -> Result<Answers> {
    let seed_routing = args.auto_routing.then(|| {
        args.auto_routing_default_model
            .clone()
            .unwrap_or_else(|| settings::DEFAULT_AUTO_ROUTING_MODEL.to_string())
    });
    let mut answers = wizard::run(
        requested,
        (
            args.http_port.unwrap_or(DEFAULT_HTTP_PORT),
            args.https_port.unwrap_or(DEFAULT_HTTPS_PORT),
            args.console_port.unwrap_or(DEFAULT_CONSOLE_PORT),
        ),
        seed_routing,
    )?;
    answers.inputs = answers
        .inputs
        .iter()
        .map(|(id, input)| {
            let p = providers::by_id(id).ok_or_else(|| fail(format!("unknown provider {id}")))?;
            Ok((*id, inputs::resolve(p, input)?))
        })
        .collect::<Result<_>>()?;
    Ok(answers)
}

/// What the flags ask for, as the plan reads it.
fn flags_of(
    global: &GlobalArgs,
    args: &StartArgs,
    folder: PathBuf,
    requested: BTreeMap<&'static str, ProviderInput>,
) -> StartFlags {
    StartFlags {
        name: global.container_name.clone(),
        data_folder: folder,
        http_port: args.http_port,
        https_port: args.https_port,
        console_port: args.console_port,
        bind: args.bind.clone(),
        image_repo: args.image_repo.clone(),
        image_tag: args.image_tag.clone(),
        plugin_registry: args.plugin_registry.clone(),
        auto_routing: args.auto_routing,
        auto_routing_default_model: args.auto_routing_default_model.clone(),
        providers: requested,
        gateway_keys: match (args.require_key, args.no_auth) {
            (true, _) => KeysFlag::Require,
            (_, true) => KeysFlag::NoAuth,
            _ => KeysFlag::Default,
        },
        o11y: args.o11y,
        metrics_port: args.metrics_port.clone(),
    }
}

async fn create(
    global: &GlobalArgs,
    args: StartArgs,
    requested: BTreeMap<&'static str, ProviderInput>,
    engine: Engine,
    console_password: Option<String>,
) -> Result<()> {
    let folder = absolute(&datadir::chosen(global.data_folder.as_deref()))?;
    let saved = datadir::load(&folder)?;
    let terminal = ui::stdin_is_tty() && ui::stderr_is_tty();
    let interactive = !global.non_interactive && !args.dry_run && terminal;
    if !global.non_interactive && !args.dry_run && !terminal {
        ui::info("stdin is not a terminal: running non-interactively (--non-interactive).");
    }
    let answers = match (&saved, interactive) {
        (None, true) => Some(ask(&args, &requested)?),
        _ => None,
    };
    if !args.dry_run {
        apply::tighten(&folder);
    }
    if saved.is_some() && !args.dry_run {
        ui::info(format!(
            "Using the saved settings in {}.",
            folder.join(settings::FILE_NAME).display()
        ));
    }
    let flags = flags_of(global, &args, folder, requested);
    let tz = host::detect_timezone(std::env::var("TZ").ok().as_deref());
    let plan = StartPlan::resolve(&flags, saved.as_ref(), answers.as_ref(), &tz)?;
    if args.dry_run {
        ui::report(
            args.json,
            || plan.to_json(),
            || {
                println!("{}", render::plan(&plan));
            },
        );
        return Ok(());
    }
    ui::info(format!(
        "Registry: {} ({})",
        plan.registry, plan.registry_reason
    ));
    let exposed = [
        render::exposed(&plan),
        render::metrics_exposed(plan.metrics_port.as_ref()),
    ];
    exposed.into_iter().flatten().for_each(ui::warn);
    if !crate::domain::ops::plan::is_loopback(&plan.bind) && args.no_auth {
        ui::warn(format!(
            "--no-auth: anyone who reaches {}:{} can use the gateway, and your provider keys",
            plan.bind, plan.ports.http
        ));
    }
    let created = apply::Created::before(&plan);
    let gw = apply::create(engine, &plan, args.wait_timeout).await?;
    let settings = apply::after_start(&gw, &args, Some(created)).await?;
    let settings = settings.as_ref().or(Some(&plan.settings));
    let require_key = plan.gateway_keys.is_some();
    finish(&gw, &args, settings, require_key, console_password).await
}
