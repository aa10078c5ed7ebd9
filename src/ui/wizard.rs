//! The interactive set-up wizard (only on a terminal, only for a new gateway).

use std::collections::BTreeMap;

use anyhow::Result;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, FuzzySelect, Input, Password};

use crate::domain::ops::plan::Answers;
use crate::domain::providers::settings::{DEFAULT_AUTO_ROUTING_MODEL, ProviderInput};
use crate::domain::providers::{self, ExtraKind, PROVIDERS, Provider};
use crate::error::{fail, fail_hint};

fn cancelled(e: dialoguer::Error) -> anyhow::Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        fail("set-up cancelled; nothing was created")
    } else {
        fail_hint(
            format!("the wizard could not read the terminal: {io}"),
            "run with --non-interactive and pass the settings as flags",
        )
    }
}

fn configured(input: Option<&ProviderInput>, p: &Provider) -> bool {
    input.is_some_and(|i| i.has_credentials(p))
}

fn ask_provider(
    theme: &ColorfulTheme,
    p: &'static Provider,
    input: &mut ProviderInput,
) -> Result<()> {
    if p.uses_key {
        let key = Password::with_theme(theme)
            .with_prompt(format!("API key for {} (Enter to skip)", p.name))
            .allow_empty_password(true)
            .validate_with(|k: &String| {
                if k.is_empty() {
                    Ok(())
                } else {
                    providers::validate_secret("the key", k)
                }
            })
            .interact()
            .map_err(cancelled)?;
        if !key.is_empty() {
            input.key = Some(key);
        }
    }
    for e in p.extras {
        match e.kind {
            ExtraKind::Switch => {
                if Confirm::with_theme(theme)
                    .with_prompt(e.help)
                    .default(false)
                    .interact()
                    .map_err(cancelled)?
                {
                    input.extras.insert(e.var.into(), "true".into());
                }
            }
            _ if e.secret => {
                let v = Password::with_theme(theme)
                    .with_prompt(format!("{} (Enter to skip)", e.help))
                    .allow_empty_password(true)
                    .interact()
                    .map_err(cancelled)?;
                if !v.is_empty() {
                    input.extras.insert(e.var.into(), v);
                }
            }
            _ => {
                let mut prompt = Input::<String>::with_theme(theme)
                    .with_prompt(format!("{} (Enter to skip)", e.help))
                    .allow_empty(true);
                if let Some(d) = e.default {
                    prompt = prompt.default(d.to_string());
                }
                let v = prompt.interact_text().map_err(cancelled)?;
                if !v.is_empty() && Some(v.as_str()) != e.default {
                    input.extras.insert(e.var.into(), v);
                }
            }
        }
    }
    let models = Input::<String>::with_theme(theme)
        .with_prompt(format!("Models routed to {}", p.name))
        .default(input.models.clone().unwrap_or_else(|| p.models.to_string()))
        .validate_with(|m: &String| providers::validate_models(m))
        .interact_text()
        .map_err(cancelled)?;
    if models != p.models {
        input.models = Some(models);
    }
    Ok(())
}

fn ask_port(theme: &ColorfulTheme, what: &str, default: u16) -> Result<u16> {
    let text = Input::<String>::with_theme(theme)
        .with_prompt(format!("{what} port"))
        .default(default.to_string())
        .validate_with(|s: &String| -> Result<(), String> {
            match s.trim().parse::<u16>() {
                Ok(p) if p > 0 => Ok(()),
                _ => Err("enter a port number from 1 to 65535".into()),
            }
        })
        .interact_text()
        .map_err(cancelled)?;
    text.trim()
        .parse()
        .map_err(|_| fail(format!("invalid {what} port")))
}

/// Ask for providers, ports and auto-routing. `seed` holds what flags already gave.
pub fn run(
    seed: &BTreeMap<&'static str, ProviderInput>,
    ports: (u16, u16, u16),
    auto_routing: Option<String>,
) -> Result<Answers> {
    let theme = ColorfulTheme::default();
    let mut inputs = seed.clone();
    eprintln!("Choose the LLM providers to enable. Keys are hidden as you type.");
    loop {
        let mut items = vec!["Done: continue with the chosen providers".to_string()];
        for p in PROVIDERS {
            let mark = if configured(inputs.get(p.id), p) {
                "[configured] "
            } else {
                ""
            };
            items.push(format!("{mark}{}", p.name));
        }
        let choice = FuzzySelect::with_theme(&theme)
            .with_prompt("Provider to configure (type to filter)")
            .items(&items)
            .default(0)
            .interact()
            .map_err(cancelled)?;
        if choice == 0 {
            break;
        }
        let p = &PROVIDERS[choice - 1];
        let mut input = inputs.remove(p.id).unwrap_or_default();
        ask_provider(&theme, p, &mut input)?;
        if !input.is_empty() {
            inputs.insert(p.id, input);
        }
        let (a, b) = providers::EXCLUSIVE;
        let both = [a, b]
            .iter()
            .all(|id| providers::by_id(id).is_some_and(|p| configured(inputs.get(p.id), p)));
        if both {
            eprintln!(
                "OpenAI and Azure OpenAI cannot both be configured; {} was reset.",
                p.name
            );
            inputs.remove(p.id);
        }
    }
    let http_port = ask_port(&theme, "Gateway HTTP", ports.0)?;
    let https_port = ask_port(&theme, "Gateway HTTPS", ports.1)?;
    let console_port = ask_port(&theme, "Console", ports.2)?;
    let enable = Confirm::with_theme(&theme)
        .with_prompt("Enable auto-routing (model \"higress/auto\" picks a model from the message)?")
        .default(auto_routing.is_some())
        .interact()
        .map_err(cancelled)?;
    let auto_routing = if enable {
        let model = Input::<String>::with_theme(&theme)
            .with_prompt("Default model when no rule matches")
            .default(auto_routing.unwrap_or_else(|| DEFAULT_AUTO_ROUTING_MODEL.to_string()))
            .interact_text()
            .map_err(cancelled)?;
        Some(model)
    } else {
        None
    };
    Ok(Answers {
        inputs,
        http_port,
        https_port,
        console_port,
        auto_routing,
    })
}
