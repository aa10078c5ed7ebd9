//! `config test`: the smallest chat request per provider, through the gateway's published
//! HTTP port (with the gateway key `get-ai-gateway` when keys are required), or with
//! `--direct` to the provider's own OpenAI-compatible API. Exit 1 when one fails.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use crate::args::GlobalArgs;
use crate::args::fallback::{ConfigTestArgs, provider_by_name};
use crate::domain::live::probe::ProbeTarget;
use crate::domain::ops::probe::{self, Outcome, Via};
use crate::error::{ExitStatus, fail, fail_hint};
use crate::gateway::{self, Gateway, Need};
use crate::ui;
use crate::ui::render;

/// The gateway key `config test` uses (made once, reused after) when keys are required.
pub const KEY_NAME: &str = "get-ai-gateway";

pub async fn run(global: &GlobalArgs, a: &ConfigTestArgs) -> Result<ExitStatus> {
    let gw = Gateway::connect(&global.container_name, Need::Running).await?;
    let outcomes = outcomes(&gw, a).await?;
    let failed = outcomes.iter().filter(|o| !o.ok).count();
    ui::report(
        a.json,
        || json!({"ok": failed == 0, "results": outcomes}),
        || {
            for o in &outcomes {
                println!("{}", render::fallback::probe_line(o));
            }
        },
    );
    if failed == 0 {
        return Ok(ExitStatus::Success);
    }
    if !a.json {
        ui::failure(
            format!("{failed} of {} provider test(s) failed", outcomes.len()),
            Some(match a.direct {
                true => {
                    "the provider itself refused or did not answer: check its key, quota and status page"
                }
                false => {
                    "compare with `get-ai-gateway config test --direct` to tell the gateway from the provider"
                }
            }),
        );
    }
    Ok(ExitStatus::Failure)
}

/// Probe the providers `a` names (every configured one when none), in order.
pub async fn outcomes(gw: &Gateway, a: &ConfigTestArgs) -> Result<Vec<Outcome>> {
    let targets = gw.read().await?.probe_targets()?;
    let chosen = choose(&targets, &a.providers)?;
    let timeout = Duration::from_millis(a.timeout.max(1));
    let secrets: Vec<String> = targets.iter().flat_map(|t| t.keys.clone()).collect();
    let mut out = Vec::new();
    if a.direct {
        let client = gateway::probe::https_client(timeout)
            .ok_or_else(|| fail("cannot make an HTTPS client"))?;
        for t in chosen {
            out.push(direct(&client, t, a.model.as_deref(), &secrets).await);
        }
        return Ok(out);
    }
    let client =
        gateway::probe::http_client(timeout).ok_or_else(|| fail("cannot make an HTTP client"))?;
    let url = probe::completions_url(&gateway_base(gw, a.gateway_url.as_deref()));
    let key = gateway_key(gw).await?;
    let mut secrets = secrets;
    secrets.extend(key.clone());
    for t in chosen {
        let id = t.provider.id;
        let model = match probe::choose_model(a.model.as_deref(), t.provider, &t.models) {
            Ok(m) => m,
            Err(why) => {
                out.push(Outcome::skipped(id, Via::Gateway, why, false));
                continue;
            }
        };
        let body = probe::chat_body(&model);
        let (reply, ms) = gateway::probe::chat(&client, &url, key.as_deref(), body).await;
        out.push(probe::outcome(
            id,
            Via::Gateway,
            &model,
            &url,
            &reply,
            ms,
            &secrets,
        ));
    }
    Ok(out)
}

/// The targets named (each must be configured), or all of them.
fn choose<'a>(targets: &'a [ProbeTarget], names: &[String]) -> Result<Vec<&'a ProbeTarget>> {
    if names.is_empty() {
        if targets.is_empty() {
            return Err(fail_hint(
                "no provider is configured",
                "add one with `get-ai-gateway config add --provider NAME --key KEY`",
            ));
        }
        return Ok(targets.iter().collect());
    }
    let mut chosen: Vec<&ProbeTarget> = Vec::new();
    for name in names {
        let p = provider_by_name(name)?;
        let t = targets
            .iter()
            .find(|t| t.provider.id == p.id)
            .ok_or_else(|| {
                fail_hint(
                    format!("{} has no API key configured", p.id),
                    "see the configured providers with `get-ai-gateway config list`",
                )
            })?;
        if !chosen.iter().any(|c| c.provider.id == p.id) {
            chosen.push(t);
        }
    }
    Ok(chosen)
}

/// `http://HOST:PORT/v1` of the gateway's published HTTP port, or of `--gateway-url`.
fn gateway_base(gw: &Gateway, given: Option<&str>) -> String {
    if let Some(url) = given {
        let origin = url.trim().trim_end_matches('/');
        return match origin.ends_with("/v1") {
            true => origin.to_string(),
            false => format!("{origin}/v1"),
        };
    }
    let host = gateway::probe::reach_host(&gateway::bind_of(gw.info()));
    format!("http://{host}:{}/v1", gw.ports().http)
}

/// The gateway key `config test` sends when keys are required: its own, made once.
async fn gateway_key(gw: &Gateway) -> Result<Option<String>> {
    if !crate::commands::keys::read(gw).await?.enabled {
        return Ok(None);
    }
    let (key, made) = crate::commands::keys::for_client(gw, KEY_NAME).await?;
    if made {
        ui::info(format!(
            "Made the gateway key {KEY_NAME} to test with (`get-ai-gateway keys remove {KEY_NAME}` removes it)."
        ));
    }
    Ok(Some(key))
}

/// One provider asked directly: its OpenAI-compatible API with its first key.
async fn direct(
    client: &reqwest::Client,
    t: &ProbeTarget,
    model: Option<&str>,
    secrets: &[String],
) -> Outcome {
    let id = t.provider.id;
    let Some(base) = &t.openai_base else {
        let why = format!(
            "{id}'s API is not OpenAI-compatible (or its address depends on its settings): \
             test it through the gateway, without --direct"
        );
        return Outcome::skipped(id, Via::Direct, why, true);
    };
    let model = match probe::choose_model(model, t.provider, &t.models) {
        Ok(m) => m,
        Err(why) => return Outcome::skipped(id, Via::Direct, why, false),
    };
    let url = probe::completions_url(base);
    let key = t.keys.first().map(String::as_str);
    let (reply, ms) = gateway::probe::chat(client, &url, key, probe::chat_body(&model)).await;
    probe::outcome(id, Via::Direct, &model, &url, &reply, ms, secrets)
}
