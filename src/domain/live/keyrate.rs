//! Request rates of gateway keys: the Higress key-rate-limit plugin (wasm-cpp, counted in
//! each gateway process, no Redis) in `wasmplugins/key-rate-limit.internal.yaml`. No I/O.
//!
//! key-auth sets `x-mse-consumer` to the consumer's name, so `limit_by_header:
//! x-mse-consumer` and `limit_keys: [{key: <name>, query_per_minute: N}]` limit each key
//! (the README's "Identify request header x-ca-key" example). One of `query_per_second`,
//! `_minute`, `_hour`, `_day` per key. The plugin runs after key-auth (default phase,
//! priority 10, after AUTHN). No limit left, or keys off: `defaultConfigDisable: true`, so
//! the plugin is not installed and a header a client sends itself counts for nothing.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::domain::live::gwconfig::{key, mapping_at, seq_in};
use crate::domain::live::paths::DATA;
use crate::error::fail;

/// The plugin's file.
pub fn path() -> String {
    format!("{DATA}/wasmplugins/key-rate-limit.internal.yaml")
}

/// The header key-auth sets to the consumer's name.
pub const HEADER: &str = "x-mse-consumer";

/// The unit of a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    Second,
    Minute,
    Hour,
    Day,
}

impl Per {
    pub const ALL: [Per; 4] = [Per::Second, Per::Minute, Per::Hour, Per::Day];

    /// The plugin's field.
    pub fn field(self) -> &'static str {
        match self {
            Per::Second => "query_per_second",
            Per::Minute => "query_per_minute",
            Per::Hour => "query_per_hour",
            Per::Day => "query_per_day",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Per::Second => "second",
            Per::Minute => "minute",
            Per::Hour => "hour",
            Per::Day => "day",
        }
    }
}

/// A key's request rate: `requests` per `per`, in each gateway process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rate {
    pub requests: u64,
    pub per: Per,
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.requests, self.per.word())
    }
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// The plugin as this tool writes it: off, no limit yet; loaded from `url`.
pub fn skeleton(url: &str) -> Value {
    let text = format!(
        "apiVersion: extensions.higress.io/v1alpha1\nkind: WasmPlugin\nmetadata:\n  \
         annotations:\n    higress.io/wasm-plugin-title: Key Rate Limit\n  labels:\n    \
         higress.io/resource-definer: higress\n    higress.io/wasm-plugin-built-in: \"true\"\n    \
         higress.io/wasm-plugin-category: traffic\n    higress.io/wasm-plugin-name: \
         key-rate-limit\n    higress.io/wasm-plugin-version: 1.0.0\n  name: \
         key-rate-limit.internal\n  namespace: higress-system\n  resourceVersion: \"1\"\n\
         spec:\n  defaultConfig:\n    limit_by_header: {HEADER}\n    limit_keys: []\n  \
         defaultConfigDisable: true\n  failStrategy: FAIL_OPEN\n  phase: UNSPECIFIED_PHASE\n  \
         priority: 10\n"
    );
    let mut doc: Value = serde_yaml::from_str(&text).unwrap_or(Value::Null);
    mapping_at(&mut doc, &["spec"]).insert(key("url"), s(url));
    doc
}

/// key-rate-limit's `url`, next to key-auth's (`…/key-auth/1.0.0/plugin.wasm`,
/// `…/key-auth:1.0.0`).
pub fn url_next_to(key_auth_url: &str) -> String {
    if key_auth_url.contains("/key-auth/") || key_auth_url.contains("/key-auth:") {
        key_auth_url.replacen("/key-auth", "/key-rate-limit", 1)
    } else {
        "http://localhost:8002/plugins/key-rate-limit/1.0.0/plugin.wasm".to_string()
    }
}

/// The rate of each limited key, in the file's order.
pub fn rates(doc: &Value) -> Vec<(String, Rate)> {
    doc["spec"]["defaultConfig"]["limit_keys"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|item| {
            let name = item["key"].as_str()?;
            let (per, n) = Per::ALL
                .iter()
                .find_map(|p| item[p.field()].as_u64().map(|n| (*p, n)))?;
            Some((name.to_string(), Rate { requests: n, per }))
        })
        .collect()
}

pub fn rate_of(doc: &Value, name: &str) -> Option<Rate> {
    rates(doc)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| r)
}

/// Set (or with `None` clear) the rate of key `name`; `keys_on` says whether key-auth is on.
pub fn set(doc: &mut Value, name: &str, rate: Option<Rate>, keys_on: bool) -> Result<()> {
    if rate.is_some_and(|r| r.requests == 0) {
        return Err(fail("a rate needs at least 1 request"));
    }
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    config.insert(key("limit_by_header"), s(HEADER));
    let list = seq_in(config, "limit_keys");
    let at = list.iter().position(|i| i["key"].as_str() == Some(name));
    match (rate, at) {
        (Some(r), at) => {
            let mut item = Mapping::new();
            item.insert(key("key"), s(name));
            item.insert(key(r.per.field()), Value::Number(r.requests.into()));
            match at {
                Some(i) => list[i] = Value::Mapping(item),
                None => list.push(Value::Mapping(item)),
            }
        }
        (None, Some(i)) => {
            list.remove(i);
        }
        (None, None) => {}
    }
    set_enabled(doc, keys_on);
    Ok(())
}

/// On only when keys are on and some key has a rate (the plugin needs a limit).
pub fn set_enabled(doc: &mut Value, keys_on: bool) {
    let any = !rates(doc).is_empty();
    mapping_at(doc, &["spec"]).insert(key("defaultConfigDisable"), Value::Bool(!(keys_on && any)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_set_replaced_cleared_and_switch_the_plugin() {
        let mut d = skeleton(&url_next_to(
            "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm",
        ));
        assert_eq!(
            d["spec"]["url"].as_str(),
            Some("http://localhost:8002/plugins/key-rate-limit/1.0.0/plugin.wasm")
        );
        let per_min = Rate {
            requests: 60,
            per: Per::Minute,
        };
        set(&mut d, "ci", Some(per_min), true).unwrap();
        assert_eq!(rate_of(&d, "ci"), Some(per_min));
        assert_eq!(d["spec"]["defaultConfigDisable"].as_bool(), Some(false));
        let per_day = Rate {
            requests: 1000,
            per: Per::Day,
        };
        set(&mut d, "ci", Some(per_day), true).unwrap();
        assert_eq!(rates(&d), vec![("ci".to_string(), per_day)]);
        set_enabled(&mut d, false);
        assert_eq!(d["spec"]["defaultConfigDisable"].as_bool(), Some(true));
        set(&mut d, "ci", None, true).unwrap();
        assert!(rates(&d).is_empty());
        assert_eq!(d["spec"]["defaultConfigDisable"].as_bool(), Some(true));
        assert!(
            set(
                &mut d,
                "ci",
                Some(Rate {
                    requests: 0,
                    per: Per::Second
                }),
                true
            )
            .is_err()
        );
        assert_eq!(
            url_next_to("oci://r.example/plugins/key-auth:1.0.0"),
            "oci://r.example/plugins/key-rate-limit:1.0.0"
        );
    }
}
