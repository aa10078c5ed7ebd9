//! Token limits per gateway key: the `ai-token-ratelimit` plugin, counted in Redis. No I/O.
//!
//! The plugin's README ("Configuration Description"): the first matching `rule_items`
//! entry wins, and each `limit_keys` item carries one window (`token_per_second`,
//! `_minute`, `_hour` or `_day`). A key with a per-minute and a per-day limit therefore
//! cannot be one plugin instance: this tool writes one instance per window,
//! `wasmplugins/ai-token-ratelimit-<window>.internal.yaml`, each with one rule
//! (`limit_by_per_consumer: ''`, one `limit_keys` item per key; README "Identify consumer for
//! differentiated rate limiting"), and its own `rule_name`, so the counters in Redis stay
//! apart. An instance whose last key loses its limit is deleted (the plugin needs a rule).

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use super::paths::DATA;
use super::redis::Redis;
use crate::error::fail;

/// A counting window of the plugin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Window {
    Second,
    Minute,
    Hour,
    Day,
}

pub const WINDOWS: [Window; 4] = [Window::Second, Window::Minute, Window::Hour, Window::Day];

impl Window {
    pub fn name(self) -> &'static str {
        match self {
            Window::Second => "second",
            Window::Minute => "minute",
            Window::Hour => "hour",
            Window::Day => "day",
        }
    }

    /// The plugin's field: `token_per_minute`.
    pub fn field(self) -> String {
        format!("token_per_{}", self.name())
    }

    /// The plugin instance's file.
    pub fn path(self) -> String {
        format!("{DATA}/wasmplugins/{}.yaml", self.resource())
    }

    /// The instance's name: `ai-token-ratelimit-minute.internal`.
    pub fn resource(self) -> String {
        format!("ai-token-ratelimit-{}.internal", self.name())
    }
}

/// Every instance's file.
pub fn paths() -> Vec<String> {
    WINDOWS.iter().map(|w| w.path()).collect()
}

/// A key's token limits (None: no limit in that window).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Limits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens_per_second: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens_per_minute: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens_per_hour: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens_per_day: Option<u64>,
}

impl Limits {
    pub fn get(&self, w: Window) -> Option<u64> {
        match w {
            Window::Second => self.tokens_per_second,
            Window::Minute => self.tokens_per_minute,
            Window::Hour => self.tokens_per_hour,
            Window::Day => self.tokens_per_day,
        }
    }

    fn slot(&mut self, w: Window) -> &mut Option<u64> {
        match w {
            Window::Second => &mut self.tokens_per_second,
            Window::Minute => &mut self.tokens_per_minute,
            Window::Hour => &mut self.tokens_per_hour,
            Window::Day => &mut self.tokens_per_day,
        }
    }

    /// Set the limit of `w` (None: no limit).
    pub fn put(&mut self, w: Window, n: Option<u64>) {
        *self.slot(w) = n;
    }

    pub fn is_empty(&self) -> bool {
        WINDOWS.iter().all(|w| self.get(*w).is_none())
    }

    /// `1000/min, 50000/day`.
    pub fn summary(&self) -> String {
        WINDOWS
            .iter()
            .filter_map(|w| {
                let short = match w {
                    Window::Second => "s",
                    Window::Minute => "min",
                    Window::Hour => "h",
                    Window::Day => "day",
                };
                self.get(*w).map(|n| format!("{n} tokens/{short}"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a command asks: per window, a new limit (`Some(n)`, n > 0), its removal (`Some(0)`),
/// or nothing (`None`).
pub type Request = Limits;

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// The instance of `window` as this tool writes it, with no key yet. `url` is where the
/// gateway loads the plugin from (next to its other plugins).
pub fn skeleton(window: Window, url: &str) -> Value {
    let mut labels = Mapping::new();
    for (k, v) in [
        ("higress.io/resource-definer", "higress"),
        ("higress.io/wasm-plugin-built-in", "true"),
        ("higress.io/wasm-plugin-category", "ai"),
        ("higress.io/wasm-plugin-name", "ai-token-ratelimit"),
        ("higress.io/wasm-plugin-version", "1.0.0"),
    ] {
        labels.insert(s(k), s(v));
    }
    let mut metadata = Mapping::new();
    metadata.insert(s("labels"), Value::Mapping(labels));
    metadata.insert(s("name"), s(&window.resource()));
    metadata.insert(s("namespace"), s("higress-system"));
    metadata.insert(s("resourceVersion"), s("1"));
    let mut rule = Mapping::new();
    rule.insert(s("limit_by_per_consumer"), s(""));
    rule.insert(s("limit_keys"), Value::Sequence(Vec::new()));
    let mut config = Mapping::new();
    config.insert(
        s("rule_name"),
        s(&format!("gag-tokens-per-{}", window.name())),
    );
    config.insert(s("rule_items"), Value::Sequence(vec![Value::Mapping(rule)]));
    config.insert(s("rejected_code"), Value::Number(429.into()));
    config.insert(s("redis"), Value::Mapping(Mapping::new()));
    let mut spec = Mapping::new();
    spec.insert(s("defaultConfig"), Value::Mapping(config));
    spec.insert(s("defaultConfigDisable"), Value::Bool(false));
    spec.insert(s("failStrategy"), s("FAIL_OPEN"));
    spec.insert(s("phase"), s("UNSPECIFIED_PHASE"));
    spec.insert(s("priority"), Value::Number(600.into()));
    spec.insert(s("url"), s(url));
    let mut doc = Mapping::new();
    doc.insert(s("apiVersion"), s("extensions.higress.io/v1alpha1"));
    doc.insert(s("kind"), s("WasmPlugin"));
    doc.insert(s("metadata"), Value::Mapping(metadata));
    doc.insert(s("spec"), Value::Mapping(spec));
    Value::Mapping(doc)
}

/// ai-token-ratelimit's `url`, from ai-proxy's (as key-auth's is).
pub fn url_next_to(ai_proxy: Option<&Value>) -> String {
    super::keyauth::url_next_to(ai_proxy).replacen("/key-auth", "/ai-token-ratelimit", 1)
}

fn limit_keys(doc: &mut Value) -> Result<&mut Vec<Value>> {
    let bad = || fail("an ai-token-ratelimit instance has no rule_items[0].limit_keys list");
    let rule = doc
        .get_mut("spec")
        .and_then(|v| v.get_mut("defaultConfig"))
        .and_then(|v| v.get_mut("rule_items"))
        .and_then(|v| v.get_mut(0))
        .and_then(Value::as_mapping_mut)
        .ok_or_else(bad)?;
    if !matches!(rule.get("limit_keys"), Some(Value::Sequence(_))) {
        rule.insert(s("limit_keys"), Value::Sequence(Vec::new()));
    }
    match rule.get_mut("limit_keys") {
        Some(Value::Sequence(seq)) => Ok(seq),
        _ => Err(bad()),
    }
}

/// Set (`Some(n)`, n > 0) or remove (`Some(0)`) the limit of `consumer` in the instance
/// `doc` of `window`, and point it at `redis`. Returns the instance, or None when it is
/// left with no key (the file is then deleted).
pub fn set(
    doc: Option<Value>,
    window: Window,
    consumer: &str,
    limit: u64,
    redis: &Redis,
    url: &str,
) -> Result<Option<Value>> {
    let mut doc = doc.unwrap_or_else(|| skeleton(window, url));
    let keys = limit_keys(&mut doc)?;
    keys.retain(|k| k.get("key").and_then(Value::as_str) != Some(consumer));
    if limit > 0 {
        let mut item = Mapping::new();
        item.insert(s("key"), s(consumer));
        item.insert(s(&window.field()), Value::Number(limit.into()));
        keys.push(Value::Mapping(item));
    }
    if keys.is_empty() {
        return Ok(None);
    }
    point_at(&mut doc, redis);
    Ok(Some(doc))
}

/// Point an instance's `redis` block at `redis` (the rest of the instance is kept).
pub fn point_at(doc: &mut Value, redis: &Redis) {
    if let Some(config) = doc
        .get_mut("spec")
        .and_then(|v| v.get_mut("defaultConfig"))
        .and_then(Value::as_mapping_mut)
    {
        config.insert(s("redis"), redis.plugin_block());
    }
}

/// Each key's limits, from the instances (window, document).
pub fn limits_of<'a>(
    docs: impl IntoIterator<Item = (Window, &'a Value)>,
) -> BTreeMap<String, Limits> {
    let mut out: BTreeMap<String, Limits> = BTreeMap::new();
    for (window, doc) in docs {
        let items = doc["spec"]["defaultConfig"]["rule_items"][0]["limit_keys"].as_sequence();
        for item in items.into_iter().flatten() {
            let (Some(name), Some(n)) = (
                item.get("key").and_then(Value::as_str),
                item.get(window.field().as_str()).and_then(Value::as_u64),
            ) else {
                continue;
            };
            *out.entry(name.to_string()).or_default().slot(window) = Some(n);
        }
    }
    out
}

/// Whether a request sets a limit (a removal needs no Redis).
pub fn needs_redis(request: &Request) -> bool {
    WINDOWS
        .iter()
        .any(|w| request.get(*w).is_some_and(|n| n > 0))
}

#[cfg(test)]
mod tests;
