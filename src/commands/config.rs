//! `config add/list/remove`: provider keys in the live ai-proxy config and in default.cfg.

use anyhow::Result;
use serde_json::json;

use crate::cli::{ConfigAddArgs, ConfigCommand, GlobalArgs};
use crate::engine::Engine;
use crate::edit::{self, Snapshot, Write};
use crate::error::{fail, fail_hint};
use crate::gateway::{self, AI_PROXY, SETTINGS};
use crate::domain::gwconfig::{self, LiveProvider, MCP_BRIDGE};
use crate::cli::inputs;
use crate::domain::providers::{self, EXCLUSIVE, ExtraKind, Provider};
use crate::domain::settings::{ProviderInput, ProviderState, Settings};
use crate::cli::ui;

pub async fn run(global: &GlobalArgs, command: ConfigCommand) -> Result<()> {
    let name = global.container_name.as_str();
    match command {
        ConfigCommand::Add(args) => {
            let (p, input) = add_input(&args)?;
            let engine = Engine::connect().await?;
            gateway::running(&engine, name).await?;
            add(&engine, name, p, &input).await
        }
        ConfigCommand::List(a) => {
            let engine = Engine::connect().await?;
            gateway::running(&engine, name).await?;
            list(&engine, name, a.json).await
        }
        ConfigCommand::Remove(a) => {
            let p = provider(&a.provider)?;
            let engine = Engine::connect().await?;
            gateway::running(&engine, name).await?;
            remove(&engine, name, p).await
        }
    }
}

pub fn provider(name: &str) -> Result<&'static Provider> {
    providers::find(name).ok_or_else(|| {
        fail_hint(
            format!("unknown provider {name:?}"),
            format!("valid providers: {}", providers::valid_names()),
        )
    })
}

/// The checked input for `config add`: key from --key, --key-stdin, --<p>-key or the
/// environment; settings from the provider flags.
fn add_input(args: &ConfigAddArgs) -> Result<(&'static Provider, ProviderInput)> {
    let p = provider(&args.provider)?;
    if let Some((other, _)) = args.providers.inputs.iter().find(|(id, _)| **id != p.id) {
        return Err(fail(format!(
            "flags for {other} were given with --provider {}; configure one provider at a time",
            p.stem
        )));
    }
    let mut input = args.providers.inputs.get(p.id).cloned().unwrap_or_default();
    if let Some(key) = &args.key {
        input.key = Some(key.clone());
    }
    if args.key_stdin {
        input.key = Some(inputs::key_from_stdin(&format!("the {} API key", p.name))?);
    }
    if args.models.is_some() {
        input.models = args.models.clone();
    }
    if input.key.is_none() && p.uses_key {
        input.key = inputs::key_from_env(p);
    }
    let input = inputs::resolve(p, &input)?;
    if !input.has_credentials(p) {
        let mut ways = Vec::new();
        if p.uses_key {
            ways.push(format!("--key KEY, --key-stdin, or set {}", p.key_var()));
        }
        if !p.alt_credentials.is_empty() {
            let flags: Vec<String> = p
                .alt_credentials
                .iter()
                .filter_map(|v| p.extra(v))
                .map(|e| format!("--{}", e.flag))
                .collect();
            ways.push(flags.join(" and "));
        }
        return Err(fail_hint(
            format!("no credentials given for {}", p.name),
            format!("pass {}", ways.join(", or ")),
        ));
    }
    Ok((p, input))
}

fn proxy_doc(snap: &Snapshot) -> Result<serde_yaml::Value> {
    let text = snap.text(AI_PROXY).ok_or_else(|| {
        fail_hint(
            format!("{AI_PROXY} does not exist in the container"),
            "the gateway has not finished its first start; wait and try again",
        )
    })?;
    gwconfig::parse(AI_PROXY, &text)
}

fn settings_of(snap: &Snapshot) -> Settings {
    Settings::parse(&snap.text(SETTINGS).unwrap_or_default())
}

fn put_yaml(path: &str, value: &serde_yaml::Value) -> Result<Write> {
    Ok(Write::Put {
        path: path.to_string(),
        text: gwconfig::render(value)?,
    })
}

/// Paths a provider's set-up touches.
fn paths_for(p: &Provider) -> Vec<String> {
    vec![
        AI_PROXY.to_string(),
        SETTINGS.to_string(),
        MCP_BRIDGE.to_string(),
        gwconfig::configmap_path(p.id),
        gwconfig::ingress_path(p.id),
    ]
}

/// Make the live config use `state`: key and settings in ai-proxy, the registry in the
/// McpBridge, and the ConfigMap and Ingress when missing (or when the models changed).
/// Returns the ConfigMap/Ingress writes and whether the provider entry was created.
pub fn provider_writes(
    snap: &Snapshot,
    proxy: &mut serde_yaml::Value,
    bridge: Option<&mut serde_yaml::Value>,
    state: &ProviderState,
    models_changed: bool,
) -> Result<(Vec<Write>, bool)> {
    let p = state.provider;
    let created = gwconfig::upsert_provider(proxy, state);
    let mut writes = Vec::new();
    let cm = gwconfig::configmap_path(p.id);
    let ing = gwconfig::ingress_path(p.id);
    if created || models_changed || !snap.exists(&cm) {
        writes.push(put_yaml(&cm, &gwconfig::route_configmap(p, &state.models))?);
    }
    let upstream_given = p
        .extras
        .iter()
        .any(|e| e.kind != ExtraKind::KeySecret && state.extra(e.var).is_some());
    if created || models_changed || upstream_given || !snap.exists(&ing) {
        writes.push(put_yaml(&ing, &gwconfig::route_ingress(state))?);
    }
    if let Some(bridge) = bridge {
        gwconfig::upsert_registry(bridge, state);
    }
    Ok((writes, created))
}

/// The McpBridge document, if the file exists.
fn bridge_doc(snap: &Snapshot) -> Result<Option<serde_yaml::Value>> {
    snap.text(MCP_BRIDGE)
        .map(|t| gwconfig::parse(MCP_BRIDGE, &t))
        .transpose()
}

/// Write the McpBridge when it changed.
fn bridge_write(snap: &Snapshot, bridge: Option<serde_yaml::Value>) -> Result<Option<Write>> {
    match (bridge, bridge_doc(snap)?) {
        (Some(new), Some(old)) if new != old => Ok(Some(put_yaml(MCP_BRIDGE, &new)?)),
        _ => Ok(None),
    }
}

fn exclusive_partner(p: &Provider) -> Option<&'static Provider> {
    let (a, b) = EXCLUSIVE;
    let other = if p.id == a {
        b
    } else if p.id == b {
        a
    } else {
        return None;
    };
    providers::by_id(other)
}

fn live_configured(live: &[LiveProvider], proxy: &serde_yaml::Value, p: &Provider) -> bool {
    if live.iter().any(|l| l.id == p.id && !l.keys().is_empty()) {
        return true;
    }
    if p.alt_credentials.is_empty() {
        return false;
    }
    // Providers without a key: their credential fields are set and not placeholders.
    let entry = proxy["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .and_then(|list| list.iter().find(|e| e["id"].as_str() == Some(p.id)));
    entry.is_some_and(|e| {
        p.alt_credentials
            .iter()
            .filter_map(|v| p.extra(v))
            .all(|x| {
                e[x.field]
                    .as_str()
                    .is_some_and(|s| !s.is_empty() && !s.starts_with("YOUR_"))
            })
    })
}

async fn add(
    engine: &Engine,
    name: &str,
    p: &'static Provider,
    input: &ProviderInput,
) -> Result<()> {
    let paths = paths_for(p);
    let (state, created) = edit::transact(engine, name, &paths, |snap| {
        let mut proxy = proxy_doc(snap)?;
        let live = gwconfig::live_providers(&proxy);
        if let Some(other) = exclusive_partner(p) {
            if live_configured(&live, &proxy, other) {
                return Err(fail_hint(
                    format!("{} and {} cannot both be configured", p.name, other.name),
                    format!(
                        "remove it first: `get-ai-gateway config remove --provider {}`",
                        other.stem
                    ),
                ));
            }
        }
        let mut settings = settings_of(snap);
        settings.apply(p, input);
        let state = settings.provider(p);
        let mut bridge = bridge_doc(snap)?;
        let (mut writes, created) = provider_writes(
            snap,
            &mut proxy,
            bridge.as_mut(),
            &state,
            input.models.is_some(),
        )?;
        writes.extend(bridge_write(snap, bridge)?);
        writes.push(put_yaml(AI_PROXY, &proxy)?);
        if snap.exists(SETTINGS) {
            writes.push(Write::Put {
                path: SETTINGS.into(),
                text: settings.render(),
            });
        }
        Ok((writes, (state, created)))
    })
    .await?;
    let shown = state
        .keys
        .iter()
        .map(|k| providers::mask(k))
        .collect::<Vec<_>>()
        .join(", ");
    let what = if shown.is_empty() {
        format!("{} configured", p.name)
    } else {
        format!("{} API key set to {shown}", p.name)
    };
    ui::ok(format!("{what} (hot-reloaded, no restart needed)"));
    if created {
        println!(
            "Created its provider entry, route ai-route-{} and registry llm-{}.internal; \
             models {} now go to {}.",
            p.id, p.id, state.models, p.name
        );
    }
    Ok(())
}

async fn remove(engine: &Engine, name: &str, p: &'static Provider) -> Result<()> {
    let paths = paths_for(p);
    edit::transact(engine, name, &paths, |snap| {
        let mut proxy = proxy_doc(snap)?;
        let live = gwconfig::live_providers(&proxy);
        let mut settings = settings_of(snap);
        let in_settings = settings.provider(p).configured();
        if !live_configured(&live, &proxy, p) && !in_settings {
            return Err(fail_hint(
                format!("{} has no API key configured", p.name),
                "see the configured providers with `get-ai-gateway config list`",
            ));
        }
        let mut writes = Vec::new();
        if p.always {
            gwconfig::reset_provider(&mut proxy, p);
        } else {
            gwconfig::remove_provider(&mut proxy, p.id);
            writes.push(Write::Delete {
                path: gwconfig::configmap_path(p.id),
            });
            writes.push(Write::Delete {
                path: gwconfig::ingress_path(p.id),
            });
            if let Some(mut bridge) = bridge_doc(snap)? {
                if gwconfig::remove_registry(&mut bridge, p.id) {
                    writes.push(put_yaml(MCP_BRIDGE, &bridge)?);
                }
            }
        }
        writes.push(put_yaml(AI_PROXY, &proxy)?);
        if settings.clear(p) {
            writes.push(Write::Put {
                path: SETTINGS.into(),
                text: settings.render(),
            });
        }
        Ok((writes, ()))
    })
    .await?;
    let what = if p.always {
        "its key is back to the placeholder"
    } else {
        "its provider entry, route and registry were removed"
    };
    ui::ok(format!("{} removed: {what} (hot-reloaded)", p.name));
    Ok(())
}

/// A configured provider as `config list` and `status` report it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    pub provider: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    /// Masked keys the running gateway uses.
    pub keys: Vec<String>,
    pub models: String,
    /// default.cfg holds the same keys as the running gateway.
    pub in_sync: bool,
}

pub fn configured(proxy: &serde_yaml::Value, settings: &Settings) -> Vec<Listed> {
    let live = gwconfig::live_providers(proxy);
    providers::PROVIDERS
        .iter()
        .filter(|p| live_configured(&live, proxy, p))
        .map(|p| {
            let live_keys: Vec<String> = live
                .iter()
                .find(|l| l.id == p.id)
                .map(|l| l.keys().into_iter().map(str::to_string).collect())
                .unwrap_or_default();
            let saved = settings.provider(p);
            Listed {
                provider: p.stem,
                id: p.id,
                name: p.name,
                keys: live_keys.iter().map(|k| providers::mask(k)).collect(),
                models: saved.models.clone(),
                in_sync: saved.keys == live_keys,
            }
        })
        .collect()
}

async fn list(engine: &Engine, name: &str, as_json: bool) -> Result<()> {
    let snap =
        edit::read_files(engine, name, &[AI_PROXY.to_string(), SETTINGS.to_string()]).await?;
    let proxy = proxy_doc(&snap)?;
    let settings = settings_of(&snap);
    let listed = configured(&proxy, &settings);
    let has_settings = snap.exists(SETTINGS);
    for l in listed.iter().filter(|l| has_settings && !l.in_sync) {
        ui::warn(format!(
            "default.cfg and the running gateway disagree on the {} key; the gateway's is shown \
             (set it again with `get-ai-gateway config add --provider {}`)",
            l.name, l.provider
        ));
    }
    if as_json {
        ui::print_json(&json!({ "providers": listed }));
        return Ok(());
    }
    if listed.is_empty() {
        println!("No provider has an API key yet.");
        println!();
        println!("Add one with: get-ai-gateway config add --provider <provider> --key <api-key>");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = listed
        .iter()
        .map(|l| {
            vec![
                l.provider.to_string(),
                l.name.to_string(),
                if l.keys.is_empty() {
                    "(no key)".into()
                } else {
                    l.keys.join(", ")
                },
                l.models.clone(),
            ]
        })
        .collect();
    println!(
        "{}",
        ui::table(&["PROVIDER", "NAME", "KEY", "MODELS"], &rows)
    );
    Ok(())
}

/// After the first start: make the live config hold exactly what default.cfg says, for every
/// configured provider (the image's template cannot carry every value verbatim).
pub async fn reconcile(engine: &Engine, name: &str, settings: &Settings) -> Result<()> {
    let wanted: Vec<ProviderState> = settings
        .providers()
        .filter(ProviderState::configured)
        .collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let mut paths = vec![AI_PROXY.to_string(), MCP_BRIDGE.to_string()];
    for s in &wanted {
        paths.push(gwconfig::configmap_path(s.provider.id));
        paths.push(gwconfig::ingress_path(s.provider.id));
    }
    edit::transact(engine, name, &paths, |snap| {
        let mut proxy = match snap.text(AI_PROXY).map(|t| gwconfig::parse(AI_PROXY, &t)) {
            Some(Ok(doc)) => doc,
            // The template pasted a value it could not quote: rebuild the file in its known
            // shape, with every provider the template sets up.
            Some(Err(_)) => {
                let mut doc = gwconfig::ai_proxy_skeleton();
                let openai_or_azure = |id: &str| {
                    let (a, b) = EXCLUSIVE;
                    let other = if id == a { b } else { a };
                    !providers::by_id(other).is_some_and(|o| settings.provider(o).configured())
                };
                for state in settings.providers() {
                    let p = state.provider;
                    let (a, b) = EXCLUSIVE;
                    let template_has = if p.id == a || p.id == b {
                        openai_or_azure(p.id)
                    } else {
                        p.always
                    };
                    if template_has || state.configured() {
                        gwconfig::upsert_provider(&mut doc, &state);
                    }
                }
                doc
            }
            None => return Err(fail(format!("{AI_PROXY} was not created by the gateway"))),
        };
        let mut writes = Vec::new();
        let mut bridge = bridge_doc(snap)?;
        for state in &wanted {
            let (w, _) = provider_writes(snap, &mut proxy, bridge.as_mut(), state, false)?;
            writes.extend(w);
        }
        writes.extend(bridge_write(snap, bridge)?);
        writes.push(put_yaml(AI_PROXY, &proxy)?);
        Ok((writes, ()))
    })
    .await
}
