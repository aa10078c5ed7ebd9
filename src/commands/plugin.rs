//! `plugin install/uninstall/status` for the agent runtimes OpenClaw and Clawdbot: calls the
//! plugin wing (`crate::plugin`) and prints.

use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use crate::args::{GlobalArgs, PluginCommand, PluginInstallArgs, PluginTargetArgs};
use crate::domain::live::gwconfig::mcp as m;
use crate::domain::live::{keyauth, mcp};
use crate::domain::providers;
use crate::error::{fail, fail_hint};
use crate::gateway::{self, Gateway, Need};
use crate::plugin::detect::Host;
use crate::plugin::files::{self, Installed};
use crate::plugin::runtime::{Runtime, extension_dir};
use crate::plugin::setup::{McpEndpoint, Setup, api_base_url, gateway_origin, parse_models};
use crate::plugin::status::{self, PluginStatus, StatusReport};
use crate::plugin::{AUTO_MODEL, LOCAL_KEY, PLUGIN_ID, PROVIDER_ID, config_file};
use crate::ui;

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
        Some(provider_setup(global, args, rt.bin()).await?)
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

fn configure(rt: Runtime, home: &Path, setup: &Setup) -> Result<()> {
    let done = config_file::configure(rt, home, setup)?;
    let shown = setup
        .models
        .iter()
        .map(|m| rt.model_ref(m))
        .collect::<Vec<_>>()
        .join(", ");
    let (path, base) = (done.path.display(), api_base_url(&setup.gateway_url));
    ui::ok(if done.changed {
        format!("Configured provider {PROVIDER_ID} in {path}: {base} with {shown}")
    } else {
        format!("{path} already uses the gateway at {base} ({shown}); nothing changed")
    });
    if let Some(note) = done.note {
        ui::info(note);
    }
    tell_mcp(rt, setup);
    if setup.api_key != LOCAL_KEY {
        ui::info(format!("API key: {}", providers::mask(&setup.api_key)));
    }
    println!("Check it with: {} models list", rt.bin());
    Ok(())
}

fn tell_mcp(rt: Runtime, setup: &Setup) {
    if setup.mcp.is_empty() {
        return;
    }
    let names: Vec<&str> = setup.mcp.iter().map(|m| m.name.as_str()).collect();
    if rt.has_mcp_servers() {
        ui::info(format!(
            "MCP servers of the gateway in mcp.servers: {} (see them with `{} mcp list`).",
            names.join(", "),
            rt.bin()
        ));
    } else {
        ui::info(format!(
            "{} has no place for MCP servers: the gateway's ({}) are not configured there.",
            rt.display(),
            names.join(", ")
        ));
    }
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

/// What `--configure` writes for runtime `client`. Without --gateway-url and --api-key, the
/// key is the gateway key named after the runtime (made when there is none).
pub async fn provider_setup(
    global: &GlobalArgs,
    args: &PluginInstallArgs,
    client: &str,
) -> Result<Setup> {
    let models = args.models.as_deref().map(parse_models).unwrap_or_default();
    let mut auto_on = false;
    let mut client_key = None;
    let mut connected = None;
    let gateway_url = match &args.gateway_url {
        Some(url) => gateway_origin(url),
        None => {
            let gw = Gateway::connect(&global.container_name, Need::Running).await?;
            if args.api_key.is_none() {
                let (key, made) = super::keys::for_client(&gw, client).await?;
                ui::info(if made {
                    format!("Made the gateway key {client} for it (`get-ai-gateway keys list`).")
                } else {
                    format!("Using its gateway key {client}.")
                });
                client_key = Some(key);
            }
            auto_on = gw
                .read()
                .await?
                .auto_routing()
                .is_ok_and(|auto| auto.enable);
            let url = local_url(&gw);
            connected = Some(gw);
            url
        }
    };
    if reqwest::Url::parse(&gateway_url).is_err() {
        return Err(fail_hint(
            format!("--gateway-url {gateway_url:?} is not a URL"),
            "give it like http://127.0.0.1:8080",
        ));
    }
    let models = offered_models(models, &gateway_url, auto_on).await;
    if let Some(key) = &args.api_key {
        providers::validate_secret("--api-key", key).map_err(fail)?;
    }
    let default_model = args.default_model.clone().or_else(|| {
        if auto_on || models.iter().any(|m| m == AUTO_MODEL) {
            Some(AUTO_MODEL.to_string())
        } else {
            None
        }
    });
    let key_name = client_key.is_some().then_some(client);
    let api_key = args
        .api_key
        .clone()
        .or(client_key)
        .unwrap_or_else(|| LOCAL_KEY.to_string());
    let mcp = match &connected {
        Some(gw) => mcp_endpoints(gw, &gateway_url, &api_key, key_name).await?,
        None => Vec::new(),
    };
    Ok(Setup {
        gateway_url,
        api_key,
        models,
        default_model,
        mcp,
    })
}

/// The models to offer: `--models`, else the gateway's list; `higress/auto` first when
/// auto-routing is on, and alone when nothing else is known.
async fn offered_models(mut models: Vec<String>, gateway_url: &str, auto_on: bool) -> Vec<String> {
    if models.is_empty() {
        let base = api_base_url(gateway_url);
        match gateway::listed_models(&base, Duration::from_secs(5)).await {
            Some(listed) if !listed.is_empty() => models = listed,
            Some(_) => {}
            None => ui::warn(format!(
                "{base}/models did not answer; offering {AUTO_MODEL} only (pass --models to choose)"
            )),
        }
    }
    if auto_on && !models.iter().any(|m| m == AUTO_MODEL) {
        models.insert(0, AUTO_MODEL.to_string());
    }
    if models.is_empty() {
        models.push(AUTO_MODEL.to_string());
    }
    models
}

/// The gateway's address for a runtime on this machine.
fn local_url(gw: &Gateway) -> String {
    let host = crate::gateway::display_host(&crate::gateway::bind_of(gw.info()));
    let host = if host == "localhost" {
        "127.0.0.1".into()
    } else {
        host
    };
    format!("http://{host}:{}", gw.ports().http)
}

/// The gateway's MCP servers as the runtime reaches them, with `Authorization: Bearer
/// <key>` when the gateway requires keys. `key_name`: the gateway key the runtime uses, when
/// known (a server limited to other keys is then named).
async fn mcp_endpoints(
    gw: &Gateway,
    origin: &str,
    key: &str,
    key_name: Option<&str>,
) -> Result<Vec<McpEndpoint>> {
    let tree = gw.read_tree().await?;
    let listed = mcp::list(&tree);
    let parsed = |path: &str| -> serde_yaml::Value {
        tree.get(path)
            .and_then(|t| serde_yaml::from_str(t).ok())
            .unwrap_or_default()
    };
    let required = keyauth::state(&parsed(&keyauth::path())).enabled;
    let suffix = m::mcp_switch(&parsed(m::HIGRESS_CONFIG)).sse_path_suffix;
    let mut out = Vec::new();
    for l in &listed {
        let sse = (l.transport.as_deref() == Some("sse")).then_some(suffix.as_str());
        let mut e = McpEndpoint::new(origin, &l.name, &l.path, sse);
        if required {
            e.authorization = Some(format!("{}{key}", keyauth::SCHEME));
        }
        let barred = |name: &str| {
            l.keys
                .as_ref()
                .is_some_and(|k| !k.iter().any(|k| k == name))
        };
        if let Some(name) = key_name.filter(|n| required && barred(n)) {
            ui::warn(format!(
                "the MCP server {} is limited to other gateway keys than {name}: the runtime \
                 gets 403 there (`get-ai-gateway mcp add {} --keys ...` changes it)",
                l.name, l.name
            ));
        }
        out.push(e);
    }
    Ok(out)
}
