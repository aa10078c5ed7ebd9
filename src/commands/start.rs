//! `start`: create and start the container, start a stopped one, or report a running one.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::cli::{GlobalArgs, StartArgs};
use crate::engine::{ContainerInfo, ContainerSpec, Engine};
use crate::error::{fail, fail_hint};
use crate::gateway::{self, Ports, datadir};
use crate::domain::providers::{self, PROVIDERS};
use crate::domain::registry;
use crate::domain::settings::{self, ProviderInput, Settings};
use crate::cli::ui;
use crate::cli::{inputs, wizard};

pub async fn run(global: &GlobalArgs, args: StartArgs) -> Result<()> {
    let name = global.container_name.as_str();
    let requested = provider_inputs(&args)?;
    let engine = Engine::connect().await?;
    match engine.inspect(name).await? {
        Some(info) => {
            warn_ignored(&args, &requested, &info);
            if info.running {
                ui::info(format!("The gateway container {name} is already running."));
            } else {
                ui::info(format!("Starting the existing gateway container {name}..."));
                engine.start(name).await?;
                wait_ready(&engine, name, args.wait_timeout).await?;
            }
            let info = gateway::existing(&engine, name).await?;
            crate::commands::after_start(&engine, &info, &args, false).await?;
            let settings = gateway::read_settings(&engine, name).await?;
            welcome(&info, settings.as_ref());
            plugin_hint();
            Ok(())
        }
        None => create(global, args, requested, &engine).await,
    }
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

fn warn_ignored(
    args: &StartArgs,
    requested: &BTreeMap<&'static str, ProviderInput>,
    info: &ContainerInfo,
) {
    if !requested.is_empty() {
        ui::warn(format!(
            "the container {} already exists, so provider flags were not applied; \
             use `get-ai-gateway config add --provider NAME --key KEY` to change keys",
            info.name
        ));
    }
    let ports = gateway::ports_of(info);
    let differs = [
        (args.http_port, ports.http, "--http-port"),
        (args.https_port, ports.https, "--https-port"),
        (args.console_port, ports.console, "--console-port"),
    ]
    .into_iter()
    .filter(|(asked, have, _)| asked.is_some_and(|a| a != *have))
    .map(|(_, _, flag)| flag)
    .collect::<Vec<_>>();
    if !differs.is_empty() {
        ui::warn(format!(
            "the container {} already exists with other ports; {} ignored \
             (delete it with `get-ai-gateway delete --force` to re-create it)",
            info.name,
            differs.join(", ")
        ));
    }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    let cwd = std::env::current_dir()
        .map_err(|e| fail(format!("cannot resolve the data folder path: {e}")))?;
    Ok(cwd.join(path))
}

async fn create(
    global: &GlobalArgs,
    args: StartArgs,
    mut requested: BTreeMap<&'static str, ProviderInput>,
    engine: &Engine,
) -> Result<()> {
    let name = global.container_name.as_str();
    let folder = absolute(
        &global
            .data_folder
            .clone()
            .unwrap_or_else(datadir::default_data_folder),
    )?;
    let saved = datadir::load(&folder)?;

    let interactive = !global.non_interactive && ui::stdin_is_tty() && ui::stderr_is_tty();
    if !global.non_interactive && !interactive {
        ui::info("stdin is not a terminal: running non-interactively (--non-interactive).");
    }

    let mut auto_routing = args.auto_routing.then(|| {
        args.auto_routing_default_model
            .clone()
            .unwrap_or_else(|| settings::DEFAULT_AUTO_ROUTING_MODEL.to_string())
    });
    let (mut http, mut https, mut console) = (args.http_port, args.https_port, args.console_port);
    if interactive && saved.is_none() {
        let answers = wizard::run(
            &requested,
            (
                http.unwrap_or(settings::DEFAULT_HTTP_PORT),
                https.unwrap_or(settings::DEFAULT_HTTPS_PORT),
                console.unwrap_or(settings::DEFAULT_CONSOLE_PORT),
            ),
            auto_routing.clone(),
        )?;
        requested = answers
            .inputs
            .iter()
            .map(|(id, input)| {
                let p =
                    providers::by_id(id).ok_or_else(|| fail(format!("unknown provider {id}")))?;
                Ok((*id, inputs::resolve(p, input)?))
            })
            .collect::<Result<_>>()?;
        http = http.or(Some(answers.http_port));
        https = https.or(Some(answers.https_port));
        console = console.or(Some(answers.console_port));
        auto_routing = auto_routing.or(answers.auto_routing);
    } else if let Some(saved) = &saved {
        ui::info(format!(
            "Using the saved settings in {}.",
            folder.join(settings::FILE_NAME).display()
        ));
        if !args.auto_routing && saved.auto_routing() {
            auto_routing = Some(
                saved
                    .auto_routing_default_model()
                    .unwrap_or(settings::DEFAULT_AUTO_ROUTING_MODEL)
                    .to_string(),
            );
        }
    }

    // Registry: flag/environment, else saved, else the timezone.
    let detected = registry::detect_timezone(std::env::var("TZ").ok().as_deref());
    let explicit = args.plugin_registry.clone().or_else(|| {
        saved
            .as_ref()
            .and_then(|s| s.plugin_registry().map(str::to_string))
    });
    let choice = registry::choose(explicit.as_deref(), &detected);
    ui::info(format!("Registry: {} ({})", choice.registry, choice.reason));

    let mut cfg = saved.clone().unwrap_or_else(|| {
        Settings::new(
            settings::DEFAULT_HTTP_PORT,
            settings::DEFAULT_HTTPS_PORT,
            settings::DEFAULT_CONSOLE_PORT,
            &choice.registry,
        )
    });
    // Flag (or wizard answer) first, then the saved value, then the default.
    let http = http.unwrap_or(cfg.http_port());
    let https = https.unwrap_or(cfg.https_port());
    let console = console.unwrap_or(cfg.console_port());
    cfg.set_ports(http, https, console);
    cfg.file.set("PLUGIN_REGISTRY", &choice.registry);
    for (id, input) in &requested {
        if let Some(p) = providers::by_id(id) {
            cfg.apply(p, input);
        }
    }
    cfg.fill_defaults();
    if let Some(model) = &auto_routing {
        cfg.set_auto_routing(true, Some(model));
    }

    preflight(&cfg, engine, http, https, console)?;

    let repo = args
        .image_repo
        .clone()
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| format!("{}/higress/all-in-one", choice.registry));
    let tag = args
        .image_tag
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| "latest".into());
    let image = format!("{repo}:{tag}");
    ensure_image(engine, &image).await?;

    // From here on, a failure puts the data folder back as it was.
    let previous = std::fs::read_to_string(folder.join(settings::FILE_NAME)).ok();
    datadir::save(&folder, &cfg.render())?;
    let logs = folder.join("logs");
    let result = async {
        std::fs::create_dir_all(&logs).map_err(|e| {
            fail(format!(
                "cannot create the logs folder {}: {e}",
                logs.display()
            ))
        })?;
        let spec = ContainerSpec {
            name: name.to_string(),
            image: image.clone(),
            env: cfg.file.container_env(),
            ports: vec![http, https, console],
            binds: vec![
                (folder.display().to_string(), gateway::DATA.to_string()),
                (logs.display().to_string(), "/var/log/proxy".to_string()),
            ],
        };
        ui::info(format!("Creating container {name} from {image}..."));
        engine.create(&spec).await?;
        if let Err(e) = engine.start(name).await {
            let _ = engine.remove(name, true).await;
            return Err(e);
        }
        Ok(())
    }
    .await;
    if let Err(e) = result {
        match previous {
            Some(text) => {
                let _ = datadir::save(&folder, &text);
            }
            None => {
                let _ = std::fs::remove_file(folder.join(settings::FILE_NAME));
            }
        }
        return Err(e);
    }

    wait_ready(engine, name, args.wait_timeout).await?;
    let info = gateway::existing(engine, name).await?;
    crate::commands::after_start(engine, &info, &args, true).await?;
    welcome(&info, Some(&cfg));
    plugin_hint();
    Ok(())
}

fn preflight(cfg: &Settings, engine: &Engine, http: u16, https: u16, console: u16) -> Result<()> {
    let (a, b) = providers::EXCLUSIVE;
    let configured = |id: &str| providers::by_id(id).is_some_and(|p| cfg.provider(p).configured());
    if configured(a) && configured(b) {
        return Err(fail_hint(
            "OpenAI and Azure OpenAI cannot both be configured",
            "pass only one of --openai-key and --azure-key",
        ));
    }
    let named = [
        (http, "--http-port"),
        (https, "--https-port"),
        (console, "--console-port"),
    ];
    for (i, (port, flag)) in named.iter().enumerate() {
        if let Some((_, other)) = named[..i].iter().find(|(p, _)| p == port) {
            return Err(fail_hint(
                format!("{flag} and {other} are both {port}"),
                "give each port a different number",
            ));
        }
    }
    if engine.local {
        for (port, flag) in named {
            if TcpListener::bind(("127.0.0.1", port)).is_err() {
                return Err(fail_hint(
                    format!("port {port} on 127.0.0.1 is already in use"),
                    format!("stop what uses it, or choose another port with {flag}"),
                ));
            }
        }
    }
    Ok(())
}

async fn ensure_image(engine: &Engine, image: &str) -> Result<()> {
    if engine.image_present(image).await? {
        return Ok(());
    }
    ui::info(format!("Pulling {image}..."));
    let mut view = ui::PullView::new();
    let result = engine.pull(image, |e| view.event(e)).await;
    view.finish();
    result?;
    ui::info(format!("Pulled {image}."));
    Ok(())
}

/// Poll until the config template's files exist and the HTTP port answers.
pub async fn wait_ready(engine: &Engine, name: &str, timeout_secs: u64) -> Result<()> {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(timeout_secs);
    let spinner = ui::Spinner::new("Waiting for the gateway to become ready");
    let mut files_ready = false;
    loop {
        let info = gateway::existing(engine, name).await?;
        if !info.running && info.status != "restarting" && info.status != "created" {
            spinner.abandon();
            let logs = gateway::last_log_lines(engine, name, 20).await;
            return Err(fail_hint(
                format!(
                    "the gateway container {name} stopped while starting ({}).\nLast log lines:\n{}",
                    info.status,
                    logs.trim_end()
                ),
                "fix the cause shown in the logs, then run `get-ai-gateway start` again",
            ));
        }
        if info.running {
            if !files_ready {
                files_ready = engine.path_exists(name, gateway::AI_PROXY).await?
                    && engine.path_exists(name, gateway::MODEL_ROUTER).await?;
                if files_ready {
                    spinner.set_message("Configuration written; waiting for the gateway port");
                }
            }
            if files_ready {
                let port = gateway::ports_of(&info).http;
                if !engine.local || gateway::answers(port, Duration::from_millis(800)).await {
                    spinner.finish(&format!(
                        "Gateway ready in {:.1} s.",
                        started.elapsed().as_secs_f64()
                    ));
                    return Ok(());
                }
            }
        }
        if Instant::now() >= deadline {
            spinner.abandon();
            let logs = gateway::last_log_lines(engine, name, 20).await;
            return Err(fail_hint(
                format!(
                    "the gateway was not ready after {timeout_secs} s (the container is left \
                     running for inspection).\nLast log lines:\n{}",
                    logs.trim_end()
                ),
                format!(
                    "look at `get-ai-gateway logs`, wait longer with --wait-timeout, or remove it \
                     with `get-ai-gateway delete --force --container-name {name}`"
                ),
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn welcome(info: &ContainerInfo, cfg: Option<&Settings>) {
    let Ports {
        http,
        https,
        console,
    } = gateway::ports_of(info);
    let data = info.data_folder.clone().unwrap_or_else(|| "?".into());
    println!();
    println!("{}", ui::bold("Higress AI Gateway is running."));
    println!();
    println!("Gateway endpoints:");
    println!("    HTTP  = http://localhost:{http}");
    println!("    HTTPS = https://localhost:{https}");
    println!();
    println!("Chat completions endpoint:");
    println!("    http://localhost:{http}/v1/chat/completions");
    println!();
    let auto = cfg.filter(|c| c.auto_routing());
    let model = match auto {
        Some(c) => {
            println!(
                "Auto-routing is on: send model \"higress/auto\"; default model: {}.",
                c.auto_routing_default_model()
                    .unwrap_or(settings::DEFAULT_AUTO_ROUTING_MODEL)
            );
            println!();
            "higress/auto"
        }
        None => "qwen-turbo",
    };
    println!("Try it:");
    println!();
    println!("    curl 'http://localhost:{http}/v1/chat/completions' \\");
    println!("      -H 'Content-Type: application/json' \\");
    println!(
        "      -d '{{\"model\": \"{model}\", \"messages\": [{{\"role\": \"user\", \"content\": \"Hello!\"}}]}}'"
    );
    println!();
    println!("Console (open in a browser):");
    println!("    http://localhost:{console}");
    println!();
    println!("Access logs folder:");
    println!("    {data}/logs");
    println!();
    println!("Stop the gateway with:");
    println!("    get-ai-gateway stop{}", container_flag(&info.name));
}

pub fn container_flag(name: &str) -> String {
    if name == crate::cli::DEFAULT_CONTAINER_NAME {
        String::new()
    } else {
        format!(" --container-name {name}")
    }
}

fn plugin_hint() {
    let on_path = |bin: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(bin).is_file()))
    };
    for runtime in ["openclaw", "clawdbot"] {
        if on_path(runtime) {
            println!();
            println!(
                "{runtime} is installed: add the Higress provider with \
                 `get-ai-gateway plugin install --runtime {runtime}`."
            );
            break;
        }
    }
}
