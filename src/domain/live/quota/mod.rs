//! Token quotas per gateway key: the `ai-quota` plugin, kept in Redis. No I/O.
//!
//! The plugin's README ("Configuration Description"): `redis_key_prefix` (default
//! `chat_quota:`), `admin_consumer` (required), `admin_path` (default `/quota`) and a `redis`
//! block like ai-token-ratelimit's. This tool writes one global instance,
//! `wasmplugins/ai-quota.internal.yaml`, at the README's priority 750, with
//! `admin_consumer` = [`ADMIN_CONSUMER`], a key-auth consumer made for the tool: its key is
//! in key-auth's consumers (a file written 0600, like every plugin file) and nowhere else.
//!
//! What the plugin does with it (README, and its source at `getOperationMode`):
//! - a request whose path ends with `/v1/chat/completions` is refused (403) when the
//!   consumer's key `<prefix><consumer>` in Redis is absent or not above 0, and the tokens of
//!   its answer are taken off that key afterwards; a request without a consumer gets 401.
//!   So with quotas on, keys are required and every key needs a quota;
//! - the admin consumer manages quotas at `/v1/chat/completions<admin_path>` (README
//!   "Query Quota": `GET ?consumer=NAME` answers `{"quota": N, "consumer": NAME}`),
//!   `…/refresh` ("Refresh Quota": `POST consumer=NAME&quota=N`) and `…/delta` ("Increase or
//!   Decrease Quota": `POST consumer=NAME&value=N`, N may be negative). [`Admin`] builds those
//!   requests.

pub mod balance;

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use super::paths::DATA;
use super::redis::Redis;
use crate::error::{fail, fail_hint};

/// The key-auth consumer this tool manages quotas as.
pub const ADMIN_CONSUMER: &str = "get-ai-gateway-quota";
/// The Redis key prefix of the quotas (the plugin's default).
pub const KEY_PREFIX: &str = "chat_quota:";
/// The admin path (the plugin's default).
pub const ADMIN_PATH: &str = "/quota";
/// The path the plugin counts and under which it serves the admin path.
pub const CHAT_PATH: &str = "/v1/chat/completions";

/// The plugin instance's file.
pub fn path() -> String {
    format!("{DATA}/wasmplugins/ai-quota.internal.yaml")
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// The instance as this tool writes it, counting in `redis`. `url` is where the gateway
/// loads the plugin from (next to its other plugins).
pub fn instance(url: &str, redis: &Redis) -> Value {
    let mut labels = Mapping::new();
    for (k, v) in [
        ("higress.io/resource-definer", "higress"),
        ("higress.io/wasm-plugin-built-in", "true"),
        ("higress.io/wasm-plugin-category", "ai"),
        ("higress.io/wasm-plugin-name", "ai-quota"),
        ("higress.io/wasm-plugin-version", "1.0.0"),
    ] {
        labels.insert(s(k), s(v));
    }
    let mut metadata = Mapping::new();
    metadata.insert(s("labels"), Value::Mapping(labels));
    metadata.insert(s("name"), s("ai-quota.internal"));
    metadata.insert(s("namespace"), s("higress-system"));
    metadata.insert(s("resourceVersion"), s("1"));
    let mut config = Mapping::new();
    config.insert(s("redis_key_prefix"), s(KEY_PREFIX));
    config.insert(s("admin_consumer"), s(ADMIN_CONSUMER));
    config.insert(s("admin_path"), s(ADMIN_PATH));
    config.insert(s("redis"), redis.plugin_block());
    let mut spec = Mapping::new();
    spec.insert(s("defaultConfig"), Value::Mapping(config));
    spec.insert(s("defaultConfigDisable"), Value::Bool(false));
    spec.insert(s("failStrategy"), s("FAIL_OPEN"));
    spec.insert(s("phase"), s("UNSPECIFIED_PHASE"));
    spec.insert(s("priority"), Value::Number(750.into()));
    spec.insert(s("url"), s(url));
    let mut doc = Mapping::new();
    doc.insert(s("apiVersion"), s("extensions.higress.io/v1alpha1"));
    doc.insert(s("kind"), s("WasmPlugin"));
    doc.insert(s("metadata"), Value::Mapping(metadata));
    doc.insert(s("spec"), Value::Mapping(spec));
    Value::Mapping(doc)
}

/// ai-quota's `url`, from ai-proxy's (as key-auth's is).
pub fn url_next_to(ai_proxy: Option<&Value>) -> String {
    super::keyauth::url_next_to(ai_proxy).replacen("/key-auth", "/ai-quota", 1)
}

/// Whether an instance is on (present and not disabled).
pub fn enabled(doc: Option<&Value>) -> bool {
    doc.is_some_and(|d| d["spec"]["defaultConfigDisable"].as_bool() != Some(true))
}

/// The admin consumer and path an instance names (the defaults when absent).
pub fn admin_of(doc: &Value) -> (String, String) {
    let config = &doc["spec"]["defaultConfig"];
    let text = |k: &str, d: &str| {
        config[k]
            .as_str()
            .filter(|v| !v.is_empty())
            .unwrap_or(d)
            .to_string()
    };
    (
        text("admin_consumer", ADMIN_CONSUMER),
        text("admin_path", ADMIN_PATH),
    )
}

/// What `keys quota NAME` asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Show,
    Set(u64),
    Add(i64),
}

/// One request to the admin path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin {
    pub method: &'static str,
    /// Path and query, e.g. `/v1/chat/completions/quota?consumer=alice`.
    pub path: String,
    /// A form body (`application/x-www-form-urlencoded`), for POST.
    pub body: Option<String>,
}

/// The request `op` on `consumer` becomes (`admin_path` from the instance). Consumer names
/// are letters, digits, `-`, `_` and `.` (key-auth's rule), so they need no escaping.
pub fn request(admin_path: &str, consumer: &str, op: Op) -> Result<Admin> {
    super::keyauth::check_name(consumer)?;
    let base = format!("{CHAT_PATH}{admin_path}");
    Ok(match op {
        Op::Show => Admin {
            method: "GET",
            path: format!("{base}?consumer={consumer}"),
            body: None,
        },
        Op::Set(n) => Admin {
            method: "POST",
            path: format!("{base}/refresh"),
            body: Some(format!("consumer={consumer}&quota={n}")),
        },
        Op::Add(n) => Admin {
            method: "POST",
            path: format!("{base}/delta"),
            body: Some(format!("consumer={consumer}&value={n}")),
        },
    })
}

/// The quota in a query's answer (`{"quota": N, "consumer": NAME}`), checked against the
/// consumer asked about.
pub fn parse_query(body: &str, consumer: &str) -> Result<i64> {
    let v: serde_json::Value = serde_json::from_str(body)
        .map_err(|e| fail(format!("ai-quota's answer is not JSON ({e}): {body:.200}")))?;
    if v["consumer"].as_str() != Some(consumer) {
        return Err(fail(format!(
            "ai-quota answered about another consumer: {body:.200}"
        )));
    }
    v["quota"]
        .as_i64()
        .ok_or_else(|| fail(format!("ai-quota's answer has no quota: {body:.200}")))
}

/// An admin answer that is not 200, as an error with what to do. `body` is the plugin's
/// text (it holds no secret: the README's and the source's messages).
pub fn refusal(status: u16, body: &str) -> anyhow::Error {
    let body = body.trim();
    let said = if body.is_empty() {
        String::new()
    } else {
        format!(": {body:.200}")
    };
    match status {
        401 => fail_hint(
            format!("the gateway refused the quota admin key (401){said}"),
            "`keys quota enable` again makes the admin key anew; the gateway loads it within seconds",
        ),
        403 => fail_hint(
            format!("ai-quota refused the request (403){said}"),
            "is ai-quota loaded? `get-ai-gateway keys list` shows quotas; `get-ai-gateway check`",
        ),
        404 => fail_hint(
            format!("no route of the gateway took the quota admin path (404){said}"),
            "the admin path is served on the AI routes: add a provider first",
        ),
        503 => fail_hint(
            format!("ai-quota could not reach Redis (503){said}"),
            "see `get-ai-gateway redis status`",
        ),
        s => fail(format!("the quota admin path answered {s}{said}")),
    }
}

#[cfg(test)]
mod tests;
