//! Gateway API keys: the Higress key-auth plugin (`wasmplugins/key-auth.internal.yaml`),
//! its consumers (a name and a credential each) and the global switch. No I/O.
//!
//! The plugin compares the whole value of each header named in `keys` with the credentials,
//! so a client that sends `Authorization: Bearer <key>` is matched by the credential
//! `Bearer <key>`: that is what is stored, and only `<key>` is shown to the user.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::domain::live::keyrate::Rate;
use crate::domain::live::paths::DATA;
use crate::domain::providers::mask;
use crate::error::{fail, fail_hint};

/// The plugin's file.
pub fn path() -> String {
    format!("{DATA}/wasmplugins/key-auth.internal.yaml")
}

/// What clients put before the key in the `Authorization` header.
pub const SCHEME: &str = "Bearer ";

/// A consumer as listed: name, masked key, the providers it may use and its request rate
/// (`keyscope::state` fills the last two; [`state`] leaves them `all` and none).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Consumer {
    pub name: String,
    pub key: String,
    pub providers: Providers,
    /// Counted in each gateway process.
    pub rate: Option<Rate>,
}

/// The state of key-auth as `keys list` and `status` show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct State {
    pub enabled: bool,
    /// Some key may use only some providers.
    pub scoped: bool,
    pub consumers: Vec<Consumer>,
}

impl State {
    /// The gateway keys people and agents use: every consumer but the tool's own quota
    /// admin key (`keys list` leaves it out too).
    pub fn user_keys(&self) -> usize {
        self.consumers
            .iter()
            .filter(|c| c.name != crate::domain::live::quota::ADMIN_CONSUMER)
            .count()
    }
}

/// A consumer name: 1 to 40 letters, digits, `-`, `_` or `.`, starting with a letter or digit.
pub fn check_name(name: &str) -> Result<()> {
    let ok = (1..=40).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        return Ok(());
    }
    Err(fail_hint(
        format!("{name:?} cannot name a gateway key"),
        "use 1 to 40 letters, digits, '-', '_' or '.', e.g. `keys add laptop`",
    ))
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// The plugin as this tool writes it: disabled, no consumer yet. `url` is where the gateway
/// loads the plugin from (next to its other built-in plugins).
pub fn skeleton(url: &str) -> Value {
    let mut labels = Mapping::new();
    for (k, v) in [
        ("higress.io/resource-definer", "higress"),
        ("higress.io/wasm-plugin-built-in", "true"),
        ("higress.io/wasm-plugin-category", "auth"),
        ("higress.io/wasm-plugin-name", "key-auth"),
        ("higress.io/wasm-plugin-version", "1.0.0"),
    ] {
        labels.insert(s(k), s(v));
    }
    let mut annotations = Mapping::new();
    annotations.insert(s("higress.io/wasm-plugin-title"), s("Key Auth"));
    let mut metadata = Mapping::new();
    metadata.insert(s("annotations"), Value::Mapping(annotations));
    metadata.insert(s("labels"), Value::Mapping(labels));
    metadata.insert(s("name"), s("key-auth.internal"));
    metadata.insert(s("namespace"), s("higress-system"));
    metadata.insert(s("resourceVersion"), s("1"));
    let mut config = Mapping::new();
    config.insert(s("global_auth"), Value::Bool(false));
    config.insert(s("keys"), Value::Sequence(vec![s("Authorization")]));
    config.insert(s("in_header"), Value::Bool(true));
    config.insert(s("consumers"), Value::Sequence(Vec::new()));
    let mut spec = Mapping::new();
    spec.insert(s("defaultConfig"), Value::Mapping(config));
    spec.insert(s("defaultConfigDisable"), Value::Bool(true));
    spec.insert(s("failStrategy"), s("FAIL_CLOSE"));
    spec.insert(s("phase"), s("AUTHN"));
    spec.insert(s("priority"), Value::Number(310.into()));
    spec.insert(s("url"), s(url));
    let mut doc = Mapping::new();
    doc.insert(s("apiVersion"), s("extensions.higress.io/v1alpha1"));
    doc.insert(s("kind"), s("WasmPlugin"));
    doc.insert(s("metadata"), Value::Mapping(metadata));
    doc.insert(s("spec"), Value::Mapping(spec));
    Value::Mapping(doc)
}

/// key-auth's `url`, from ai-proxy's (`…/ai-proxy/1.0.0/plugin.wasm`, `…/ai-proxy:1.0.0`).
pub fn url_next_to(ai_proxy: Option<&Value>) -> String {
    let fallback = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm".to_string();
    let Some(url) = ai_proxy.and_then(|d| d["spec"]["url"].as_str()) else {
        return fallback;
    };
    if url.contains("/ai-proxy/") || url.contains("/ai-proxy:") {
        url.replacen("/ai-proxy", "/key-auth", 1)
    } else {
        fallback
    }
}

fn config(doc: &mut Value) -> Result<&mut Mapping> {
    doc.get_mut("spec")
        .and_then(|v| v.get_mut("defaultConfig"))
        .and_then(Value::as_mapping_mut)
        .ok_or_else(|| fail(format!("{} has no spec.defaultConfig", path())))
}

fn consumers(doc: &mut Value) -> Result<&mut Vec<Value>> {
    let config = config(doc)?;
    if !matches!(config.get("consumers"), Some(Value::Sequence(_))) {
        config.insert(s("consumers"), Value::Sequence(Vec::new()));
    }
    match config.get_mut("consumers") {
        Some(Value::Sequence(seq)) => Ok(seq),
        _ => Err(fail("key-auth consumers are not a list")),
    }
}

fn name_of(v: &Value) -> Option<&str> {
    v.get("name").and_then(Value::as_str)
}

/// Add a consumer whose clients send `Authorization: Bearer <key>`.
pub fn add(doc: &mut Value, name: &str, key: &str) -> Result<()> {
    check_name(name)?;
    let list = consumers(doc)?;
    if list.iter().any(|c| name_of(c) == Some(name)) {
        return Err(fail_hint(
            format!("a gateway key named {name} exists"),
            format!("choose another name, or `keys remove {name}` first"),
        ));
    }
    let mut c = Mapping::new();
    c.insert(s("name"), s(name));
    c.insert(s("credential"), s(&format!("{SCHEME}{key}")));
    list.push(Value::Mapping(c));
    Ok(())
}

/// The key of the consumer `name` (its credential without the scheme), when there is one.
pub fn key_of(doc: &Value, name: &str) -> Option<String> {
    doc["spec"]["defaultConfig"]["consumers"]
        .as_sequence()?
        .iter()
        .find(|c| name_of(c) == Some(name))?
        .get("credential")?
        .as_str()
        .map(|c| c.trim_start_matches(SCHEME).to_string())
}

/// Remove a consumer. The plugin refuses an empty list, so removing the last one turns
/// key-auth off; returns whether it did.
pub fn remove(doc: &mut Value, name: &str) -> Result<bool> {
    let list = consumers(doc)?;
    let before = list.len();
    list.retain(|c| name_of(c) != Some(name));
    if list.len() == before {
        return Err(fail_hint(
            format!("no gateway key is named {name}"),
            "see them with `get-ai-gateway keys list`",
        ));
    }
    let now_empty = list.is_empty();
    let was_on = state(doc).enabled;
    if now_empty && was_on {
        set_enabled(doc, false)?;
    }
    Ok(now_empty && was_on)
}

/// The providers a key may use (see `keyscope`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Providers {
    #[default]
    All,
    /// Provider ids (`openai`, `oc-vllm`).
    Only(std::collections::BTreeSet<String>),
}

/// Turn key-auth on (every request needs a key) or off, and every rule with it (a rule left
/// on while the default config is off would enforce with no consumer). On needs a consumer.
pub fn set_enabled(doc: &mut Value, on: bool) -> Result<()> {
    if on && consumers(doc)?.is_empty() {
        return Err(fail_hint(
            "there is no gateway key yet",
            "add one with `get-ai-gateway keys add NAME` first",
        ));
    }
    config(doc)?.insert(s("global_auth"), Value::Bool(on));
    if let Some(spec) = doc.get_mut("spec").and_then(Value::as_mapping_mut) {
        spec.insert(s("defaultConfigDisable"), Value::Bool(!on));
        if let Some(Value::Sequence(rules)) = spec.get_mut("matchRules") {
            for rule in rules.iter_mut().filter_map(Value::as_mapping_mut) {
                rule.insert(s("configDisable"), Value::Bool(!on));
            }
        }
    }
    Ok(())
}

/// The plugin's state; no file means off with no consumer.
pub fn state(doc: &Value) -> State {
    let spec = &doc["spec"];
    let config = &spec["defaultConfig"];
    let enabled = spec["defaultConfigDisable"].as_bool() == Some(false)
        && config["global_auth"].as_bool() != Some(false);
    let consumers = config["consumers"]
        .as_sequence()
        .map(|seq| {
            seq.iter()
                .map(|c| Consumer {
                    name: name_of(c).unwrap_or("").to_string(),
                    key: mask(
                        c["credential"]
                            .as_str()
                            .unwrap_or("")
                            .trim_start_matches(SCHEME),
                    ),
                    providers: Providers::All,
                    rate: None,
                })
                .collect()
        })
        .unwrap_or_default();
    State {
        enabled,
        scoped: false,
        consumers,
    }
}

/// A new key: `gw-` and 40 hex digits of `random` (32 bytes or more).
pub fn new_key(random: &[u8]) -> String {
    let hex: String = random.iter().take(20).map(|b| format!("{b:02x}")).collect();
    format!("gw-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::yaml11;

    fn doc() -> Value {
        skeleton(&url_next_to(None))
    }

    #[test]
    fn the_quota_admin_key_is_no_users_key() {
        let mut d = doc();
        add(&mut d, "laptop", "gw-0123456789abcdef").unwrap();
        add(
            &mut d,
            crate::domain::live::quota::ADMIN_CONSUMER,
            "gw-admin-0123456789",
        )
        .unwrap();
        let st = state(&d);
        assert_eq!((st.consumers.len(), st.user_keys()), (2, 1));
    }

    #[test]
    fn add_enable_disable_remove_change_exactly_what_they_should() {
        let mut d = doc();
        assert_eq!(
            state(&d),
            State {
                enabled: false,
                scoped: false,
                consumers: vec![]
            }
        );
        assert!(set_enabled(&mut d, true).is_err(), "no consumer yet");
        add(&mut d, "laptop", "gw-0123456789abcdef").unwrap();
        let before = d.clone();
        assert!(add(&mut d, "laptop", "gw-other-key-000").is_err());
        assert_eq!(d, before, "a refused add changes nothing");
        assert_eq!(
            d["spec"]["defaultConfig"]["consumers"][0]["credential"].as_str(),
            Some("Bearer gw-0123456789abcdef")
        );
        set_enabled(&mut d, true).unwrap();
        let st = state(&d);
        assert!(st.enabled);
        assert_eq!(st.consumers[0].key, "gw-0***cdef");
        assert_eq!(d["spec"]["defaultConfigDisable"].as_bool(), Some(false));
        assert_eq!(
            d["spec"]["defaultConfig"]["global_auth"].as_bool(),
            Some(true)
        );
        add(&mut d, "ci", "gw-ci-key-99999999").unwrap();
        assert!(!remove(&mut d, "ci").unwrap());
        assert!(remove(&mut d, "ci").is_err());
        assert!(state(&d).enabled);
        set_enabled(&mut d, false).unwrap();
        assert_eq!(state(&d).consumers.len(), 1, "off keeps the keys");
        set_enabled(&mut d, true).unwrap();
        assert!(
            remove(&mut d, "laptop").unwrap(),
            "the last key turns it off"
        );
        assert!(!state(&d).enabled);
        assert!(check_name("bad name").is_err());
        assert!(add(&mut d, "on", "gw-x-12345678").is_ok());
    }

    #[test]
    fn written_plugin_reads_back_under_yaml_1_1() {
        let mut d = doc();
        add(&mut d, "on", "gw-0123456789abcdef").unwrap();
        add(&mut d, "1_000", "gw-1111111111111111").unwrap();
        let text = yaml11::to_string(&d);
        assert!(text.contains("name: \"on\""), "{text}");
        assert!(text.contains("name: \"1_000\""), "{text}");
        assert!(
            text.contains("higress.io/wasm-plugin-built-in: \"true\""),
            "{text}"
        );
        let back: Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn the_plugin_is_loaded_from_where_ai_proxy_is() {
        let local: Value = serde_yaml::from_str(
            "spec:\n  url: http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm\n",
        )
        .unwrap();
        assert_eq!(
            url_next_to(Some(&local)),
            "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm"
        );
        let oci: Value =
            serde_yaml::from_str("spec:\n  url: oci://r.example/plugins/ai-proxy:1.0.0\n").unwrap();
        assert_eq!(
            url_next_to(Some(&oci)),
            "oci://r.example/plugins/key-auth:1.0.0"
        );
        assert_eq!(new_key(&[0xab; 32]).len(), 43);
    }
}
