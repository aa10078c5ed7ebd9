//! `config add/list/remove`: provider keys in the live ai-proxy config and in default.cfg;
//! `config set/fallback` (when a provider fails) and `config test` (`probe.rs`).

pub mod probe;

use anyhow::Result;
use serde_json::json;

use crate::args::fallback::{self as fa, ConfigFallbackArgs, ConfigSetArgs};
use crate::args::{ConfigCommand, GlobalArgs, inputs};
use crate::domain::live::{LiveConfig, Scope};
use crate::domain::providers::Provider;
use crate::error::{ExitStatus, fail_hint};
use crate::gateway::{Gateway, Need};
use crate::ui;
use crate::ui::render;

pub async fn run(global: &GlobalArgs, command: ConfigCommand) -> Result<ExitStatus> {
    let name = global.container_name.as_str();
    let done = match command {
        ConfigCommand::Add(args) => {
            let (p, input) = inputs::config_add(&args)?;
            let resilience = args.resilience.change();
            let gw = Gateway::connect(name, Need::Running).await?;
            let (change, warnings) = gw
                .edit(Scope::Provider(p), |live| {
                    let change = live.set_provider(p, &input)?;
                    let warnings = match resilience.is_empty() {
                        true => Vec::new(),
                        false => live.set_resilience(p, &resilience)?,
                    };
                    Ok((change, warnings))
                })
                .await?;
            warnings.iter().for_each(ui::warn);
            let (done, created) = render::provider_added(p, &change);
            ui::ok(done);
            if let Some(line) = created {
                println!("{line}");
            }
            Ok(())
        }
        ConfigCommand::List(a) => {
            let gw = Gateway::connect(name, Need::Running).await?;
            let live = read_all(&gw).await?;
            let listed = live.providers()?;
            let chains = live.chains();
            if live.settings().is_some() {
                for l in listed.iter().filter(|l| !l.in_sync) {
                    ui::warn(render::out_of_sync(l));
                }
            }
            if a.json {
                ui::print_json(&json!({ "providers": listed, "fallbacks": chains }));
            } else {
                println!("{}", render::config_list(&listed));
                for c in &chains {
                    println!("fallback: {}", render::fallback::chain_line(c));
                }
            }
            Ok(())
        }
        ConfigCommand::Remove(a) => {
            let p = inputs::named_provider(&a.provider, a.name.as_deref())?;
            let gw = Gateway::connect(name, Need::Running).await?;
            let known = route_providers(&gw).await?;
            let dropped = gw
                .edit(Scope::Routes(&known), |live| {
                    let before = live.chains();
                    live.remove_provider(p)?;
                    let after = live.chains();
                    Ok(before
                        .into_iter()
                        .filter(|c| c.provider != p.id && !after.contains(c))
                        .count())
                })
                .await?;
            ui::ok(render::provider_removed(p));
            if dropped > 0 {
                ui::info(format!("{} removed from {dropped} fallback chain(s)", p.id));
            }
            Ok(())
        }
        ConfigCommand::Set(a) => set(name, &a).await,
        ConfigCommand::Fallback(a) => fallback(name, &a).await,
        ConfigCommand::Test(a) => return probe::run(global, &a).await,
    };
    done.map(|()| ExitStatus::Success)
}

/// Every file of the gateway, as one model (OpenAI-compatible servers' routes too).
async fn read_all(gw: &Gateway) -> Result<LiveConfig> {
    let tree = gw.read_tree().await?;
    Ok(LiveConfig::from_files(
        tree.into_iter().map(|(path, text)| (path, Some(text))),
    ))
}

/// The table's providers and the OpenAI-compatible servers the gateway has.
async fn route_providers(gw: &Gateway) -> Result<Vec<&'static Provider>> {
    Ok(gw.read().await?.route_providers())
}

async fn set(name: &str, a: &ConfigSetArgs) -> Result<()> {
    let p = fa::provider_by_name(&a.provider)?;
    let change = a.resilience.change();
    if change.is_empty() {
        return Err(fail_hint(
            "nothing to set",
            "pass --retries N, --failover --health-model M or --upstream-retries N (or a --no-… form)",
        ));
    }
    let gw = Gateway::connect(name, Need::Running).await?;
    let (warnings, now) = gw
        .edit(Scope::Provider(p), |live| {
            let w = live.set_resilience(p, &change)?;
            Ok((w, live.resilience(p.id)))
        })
        .await?;
    warnings.iter().for_each(ui::warn);
    ui::ok(format!("{}: {}", p.id, render::fallback::resilience(&now)));
    Ok(())
}

async fn fallback(name: &str, a: &ConfigFallbackArgs) -> Result<()> {
    let gw = Gateway::connect(name, Need::Running).await?;
    if a.list {
        let chains = read_all(&gw).await?.chains();
        if a.json {
            ui::print_json(&json!({ "fallbacks": chains }));
        } else {
            println!("{}", render::fallback::chains(&chains));
        }
        return Ok(());
    }
    let p = fa::provider_by_name(a.provider.as_deref().unwrap_or_default())?;
    let known = route_providers(&gw).await?;
    if a.off {
        let had = gw
            .edit(Scope::Routes(&known), |live| live.remove_fallback(p.id))
            .await?;
        match had {
            true => ui::ok(format!("{} has no fallback now", p.id)),
            false => ui::info(format!("{} had no fallback", p.id)),
        }
        return Ok(());
    }
    let wanted = fa::fallback(a)?;
    let (notes, chain) = gw
        .edit(Scope::Routes(&known), |live| {
            let notes = live.set_fallback(p, &wanted)?;
            let chain = live.chains().into_iter().find(|c| c.provider == p.id);
            Ok((notes, chain))
        })
        .await?;
    notes.iter().for_each(ui::info);
    if let Some(c) = chain {
        ui::ok(format!("fallback: {}", render::fallback::chain_line(&c)));
    }
    Ok(())
}
