//! Gateway as code: the declarative file of `apply`, `diff`, `export --format gateway` and
//! `schema`. No I/O here:
//! - [`fields`]: the one description of the file, which the parser checks against and the
//!   JSON Schema is generated from (so they cannot drift);
//! - [`parse`]: text → [`Desired`], with line and column for every error;
//! - [`refs`]: the secret references (`${VAR}`, `${file:PATH}`) and their resolution;
//! - [`plan`]: the desired file and the live state → the ordered changes, Terraform-style;
//! - [`emit`]: a [`Desired`] → the file's text (what `export --format gateway` writes);
//! - [`mcp`]: `mcpServers:`, planned and made with `mcp add`/`mcp remove`'s code.

pub mod emit;
pub mod export;
pub mod fields;
pub mod mcp;
pub mod observability;
pub mod parse;
pub mod plan;
pub mod refs;
pub mod schema;

use std::collections::BTreeMap;

pub use crate::domain::live::gwconfig::fallback::{Fallback, FallbackUpstream};
pub use crate::domain::live::gwconfig::resilience::{Failover, Retry, UpstreamRetry};
pub use crate::domain::live::keyauth::Providers;
pub use crate::domain::live::keyrate::{Per, Rate};
pub use crate::domain::live::tokenlimit::Limits as TokenLimits;

pub use mcp::{McpSpec, McpVia};
pub use observability::{ObservabilitySpec, TracingSpec};
pub use parse::parse;
pub use refs::Val;

/// The `apiVersion` of the file.
pub const API_VERSION: &str = "get-ai-gateway/v1";
/// The `kind` of the file.
pub const KIND: &str = "Gateway";
/// Where the schema is published (`get-ai-gateway schema` prints it).
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/higress-group/get-ai-gateway/main/docs/gateway.schema.json";

/// The file, parsed. `None` is an absent section: left as the gateway has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desired {
    pub name: Option<String>,
    pub start: Option<StartSpec>,
    /// The table's providers by ai-proxy id.
    pub providers: Option<BTreeMap<String, ProviderSpec>>,
    /// The OpenAI-compatible servers by ai-proxy id (`oc-<name>`).
    pub compatible: Option<BTreeMap<String, ProviderSpec>>,
    pub auto_routing: Option<RoutingSpec>,
    pub gateway_keys: Option<KeysSpec>,
    pub console: Option<ConsoleSpec>,
    pub observability: Option<ObservabilitySpec>,
    /// MCP servers by name.
    pub mcp_servers: Option<BTreeMap<String, McpSpec>>,
}

/// What needs the container (re)created.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartSpec {
    pub image_repo: Option<String>,
    pub image_tag: Option<String>,
    pub data_folder: Option<String>,
    pub bind: Option<String>,
    pub http: Option<u16>,
    pub https: Option<u16>,
    pub console: Option<u16>,
    /// The `-o11y` image (the tag is kept without its `-o11y`).
    pub o11y: Option<bool>,
    /// `[ADDR:]PORT` the metrics port is published on.
    pub metrics_port: Option<String>,
    /// Redis beside the gateway (`start --redis`).
    pub redis: Option<bool>,
}

/// One provider as the file wants it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderSpec {
    /// Several keys are `--key a,b`.
    pub keys: Vec<Val>,
    /// Model patterns; None keeps the provider's.
    pub models: Option<Vec<String>>,
    /// Extra settings by `default.cfg` variable (a compatible server's base URL is one).
    pub extras: BTreeMap<String, Val>,
    /// When the provider fails, set exactly (None: none of it), as `config set` and
    /// `config fallback` write it.
    pub resilience: ResilienceSpec,
}

/// A provider's retries, failover and fallback as the file wants them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResilienceSpec {
    /// `retries`: ai-proxy's `retryOnFailure`.
    pub retry: Option<Retry>,
    /// `failover`: ai-proxy's `failover`.
    pub failover: Option<Failover>,
    /// `upstreamRetries`: the route's `proxy-next-upstream` annotations.
    pub upstream: Option<UpstreamRetry>,
    /// `fallback`: to other providers (their ids).
    pub fallback: Option<Fallback>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoutingSpec {
    pub enabled: Option<bool>,
    pub default_model: Option<String>,
    /// The whole ordered list, as patterns (a trigger is stored as its pattern).
    pub rules: Option<Vec<RuleSpec>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub pattern: String,
    pub model: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeysSpec {
    pub required: Option<bool>,
    /// Quotas per key (ai-quota, in Redis) on or off, as `keys quota enable|disable`.
    pub quotas: Option<bool>,
    /// None: the keys are left as they are.
    pub keys: Option<BTreeMap<String, KeySpec>>,
}

/// One gateway key as the file wants it: set exactly (no `providers` is `all`, no rate is
/// no limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySpec {
    pub value: Val,
    /// Provider ids (an OpenAI-compatible server's is `oc-<name>`).
    pub providers: Providers,
    pub rate: Option<Rate>,
    /// Token limits (`tokensPerMinute` …), counted in Redis; empty: none.
    pub tokens: TokenLimits,
    /// The key's initial quota in tokens: granted when `apply` creates the key or turns
    /// quotas on, never reset afterwards (a quota is spent over time).
    pub quota: Option<u64>,
}

impl KeySpec {
    /// A key that may use every provider, with no limit.
    pub fn plain(value: Val) -> KeySpec {
        KeySpec {
            value,
            providers: Providers::All,
            rate: None,
            tokens: TokenLimits::default(),
            quota: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsoleSpec {
    pub password: Option<Val>,
}

#[cfg(test)]
mod tests;
