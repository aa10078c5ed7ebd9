//! What `--configure` writes: the gateway's URL (given, or found from the running container),
//! the key, and the models it offers.

use std::time::Duration;

use anyhow::Result;

use super::{AUTO_MODEL, LOCAL_KEY};
use crate::args::{GlobalArgs, PluginInstallArgs};
use crate::domain::providers;
use crate::error::{fail, fail_hint};
use crate::gateway::{self, Gateway, Need};
use crate::ui;

/// What `--configure` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub gateway_url: String,
    pub api_key: String,
    pub models: Vec<String>,
    pub default_model: Option<String>,
}

#[cfg(test)]
impl Setup {
    /// The local gateway on port 9000 with `models`, defaulting to higress/auto.
    pub fn example(models: &[&str]) -> Setup {
        Setup {
            gateway_url: "http://127.0.0.1:9000/".into(),
            api_key: LOCAL_KEY.into(),
            models: models.iter().map(|m| m.to_string()).collect(),
            default_model: Some(AUTO_MODEL.into()),
        }
    }
}

/// The gateway's origin without `/v1` (as the plugin's gatewayOrigin does).
pub fn gateway_origin(url: &str) -> String {
    let mut u = url.trim().to_string();
    if !u.starts_with("http://") && !u.starts_with("https://") {
        u = format!("http://{u}");
    }
    let mut u = u.trim_end_matches('/').to_string();
    if u.to_ascii_lowercase().ends_with("/v1") {
        u.truncate(u.len() - 3);
    }
    u.trim_end_matches('/').to_string()
}

pub fn api_base_url(url: &str) -> String {
    format!("{}/v1", gateway_origin(url))
}

/// `--models`: comma- or line-separated, blanks and repeats dropped.
pub fn parse_models(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        if !out.iter().any(|o| o == m) {
            out.push(m.to_string());
        }
    }
    out
}

/// What `--configure` writes for runtime `client`. Without --gateway-url and --api-key, the
/// key is the gateway key named after the runtime (made when there is none).
pub async fn provider_setup(
    global: &GlobalArgs,
    args: &PluginInstallArgs,
    client: &str,
) -> Result<Setup> {
    let mut models = args.models.as_deref().map(parse_models).unwrap_or_default();
    let mut auto_on = false;
    let mut client_key = None;
    let gateway_url = match &args.gateway_url {
        Some(url) => gateway_origin(url),
        None => {
            let gw = Gateway::connect(&global.container_name, Need::Running).await?;
            if args.api_key.is_none() {
                let (key, made) = crate::commands::keys::for_client(&gw, client).await?;
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
            let host = crate::gateway::display_host(&crate::gateway::bind_of(gw.info()));
            let host = if host == "localhost" {
                "127.0.0.1".into()
            } else {
                host
            };
            format!("http://{host}:{}", gw.ports().http)
        }
    };
    if reqwest::Url::parse(&gateway_url).is_err() {
        return Err(fail_hint(
            format!("--gateway-url {gateway_url:?} is not a URL"),
            "give it like http://127.0.0.1:8080",
        ));
    }
    if models.is_empty() {
        let base = api_base_url(&gateway_url);
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
    Ok(Setup {
        gateway_url,
        api_key: args
            .api_key
            .clone()
            .or(client_key)
            .unwrap_or_else(|| LOCAL_KEY.to_string()),
        models,
        default_model,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_get_v1_once() {
        for (input, origin) in [
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://localhost:8080/", "http://localhost:8080"),
            ("http://localhost:8080/v1", "http://localhost:8080"),
            ("http://localhost:8080/v1/", "http://localhost:8080"),
            (" localhost:8080//", "http://localhost:8080"),
            ("https://gw.example.com/V1", "https://gw.example.com"),
        ] {
            assert_eq!(gateway_origin(input), origin, "{input}");
            assert_eq!(api_base_url(input), format!("{origin}/v1"));
        }
        assert_eq!(api_base_url(&api_base_url("http://h:1")), "http://h:1/v1");
    }

    #[test]
    fn models_are_split_trimmed_and_deduplicated() {
        assert_eq!(
            parse_models(" higress/auto, qwen-turbo\nqwen-turbo,, \n"),
            ["higress/auto", "qwen-turbo"]
        );
        assert!(parse_models(" , \n").is_empty());
    }
}
