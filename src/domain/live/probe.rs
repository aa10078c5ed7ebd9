//! What `config test` needs of the gateway's files: each configured provider, its model
//! patterns, its keys (for `--direct`, and to mask them in error text) and its own
//! OpenAI-compatible base URL when it has one.

use anyhow::Result;
use serde_yaml::Value;

use super::LiveConfig;
use super::gwconfig;
use super::paths::AI_PROXY;
use crate::domain::providers::{self, Provider};

/// A provider `config test` can probe.
#[derive(Debug, Clone)]
pub struct ProbeTarget {
    pub provider: &'static Provider,
    /// Its model patterns (default.cfg's, else the table's).
    pub models: String,
    /// Its real keys, unmasked: only sent to the provider itself, never printed.
    pub keys: Vec<String>,
    /// Its OpenAI-compatible base URL (`…/v1`), when it has one.
    pub openai_base: Option<String>,
}

impl LiveConfig {
    /// The providers the gateway has a credential for, in the table's order (the
    /// OpenAI-compatible servers after).
    pub fn probe_targets(&self) -> Result<Vec<ProbeTarget>> {
        let proxy = self.doc(AI_PROXY)?;
        let live = gwconfig::live_providers(proxy);
        Ok(self
            .route_providers()
            .into_iter()
            .filter(|p| self.is_configured(p))
            .map(|p| {
                let keys = live
                    .iter()
                    .find(|l| l.id == p.id)
                    .map(|l| l.keys().into_iter().map(str::to_string).collect())
                    .unwrap_or_default();
                let saved = self.settings.provider(p).models;
                ProbeTarget {
                    provider: p,
                    models: if saved.trim().is_empty() {
                        p.models.to_string()
                    } else {
                        saved
                    },
                    keys,
                    openai_base: openai_base(proxy, p),
                }
            })
            .collect())
    }
}

/// The table's base URL, or an OpenAI-compatible server's `openaiCustomUrl` (the chat
/// completions URL with its path cut at `/chat/completions`).
fn openai_base(proxy: &Value, p: &Provider) -> Option<String> {
    if let Some(base) = p.openai_base {
        return Some(base.to_string());
    }
    providers::compatible::from_id(p.id)?;
    let entry = proxy["spec"]["defaultConfig"]["providers"]
        .as_sequence()?
        .iter()
        .find(|e| e["id"].as_str() == Some(p.id))?;
    let url = entry["openaiCustomUrl"].as_str()?.trim_end_matches('/');
    Some(
        url.strip_suffix("/chat/completions")
            .unwrap_or(url)
            .to_string(),
    )
}
