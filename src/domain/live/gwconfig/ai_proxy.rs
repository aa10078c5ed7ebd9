//! The ai-proxy plugin: providers, their keys and settings, and their match rules.

use serde_yaml::{Mapping, Value};

use super::{get, key, mapping_at, seq_in, str_of};
use crate::domain::providers::settings::ProviderState;
use crate::domain::providers::{ExtraKind, Provider, Upstream};

// ---------------------------------------------------------------------------------------
// ai-proxy

/// A provider as the running gateway has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveProvider {
    pub id: String,
    pub kind: String,
    pub tokens: Vec<String>,
}

impl LiveProvider {
    /// Real keys, without the template's placeholder.
    pub fn keys(&self) -> Vec<&str> {
        self.tokens
            .iter()
            .map(String::as_str)
            .filter(|t| !is_placeholder(t))
            .collect()
    }
}

/// The template's `YOUR_<PREFIX>_API_KEY`, or nothing at all.
fn is_placeholder(token: &str) -> bool {
    token.is_empty() || (token.starts_with("YOUR_") && token.ends_with("_API_KEY"))
}

pub fn live_providers(doc: &Value) -> Vec<LiveProvider> {
    let Some(Value::Sequence(list)) = get(doc, &["spec", "defaultConfig", "providers"]) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|p| {
            Some(LiveProvider {
                id: str_of(p, "id")?,
                kind: str_of(p, "type").unwrap_or_default(),
                tokens: match p.get("apiTokens") {
                    Some(Value::Sequence(t)) => t
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                },
            })
        })
        .collect()
}

pub(crate) fn service_type(domain: &str) -> &'static str {
    if domain.parse::<std::net::Ipv4Addr>().is_ok() {
        "static"
    } else {
        "dns"
    }
}

/// Upstream (protocol, domain, port) of a provider with these settings.
pub fn upstream(state: &ProviderState) -> (String, String, u16) {
    let extra = |var: &str| state.extra(var).map(str::to_string);
    match state.provider.upstream {
        Upstream::Fixed(host) => ("https".into(), host.into(), 443),
        Upstream::FromExtra { var, default } => (
            "https".into(),
            extra(var).unwrap_or_else(|| default.into()),
            443,
        ),
        Upstream::UrlHost { var, default } => {
            let host = extra(var)
                .and_then(|url| url_host(&url))
                .unwrap_or_else(|| default.into());
            ("https".into(), host, 443)
        }
        Upstream::Templated {
            format,
            var,
            default,
        } => {
            let v = extra(var).unwrap_or_else(|| default.into());
            ("https".into(), format.replace("{}", &v), 443)
        }
        Upstream::HostPort {
            host_var,
            port_var,
            default_host,
            default_port,
        } => {
            let host = extra(host_var).unwrap_or_else(|| default_host.into());
            let port = extra(port_var)
                .and_then(|p| p.parse().ok())
                .unwrap_or(default_port);
            ("http".into(), host, port)
        }
        Upstream::Url { var } => {
            let url = extra(var).unwrap_or_default();
            let scheme = if url.starts_with("https://") {
                "https"
            } else {
                "http"
            };
            let authority = url.split_once("://").map_or("", |(_, rest)| {
                rest.split(['/', '?', '#']).next().unwrap_or("")
            });
            let authority = authority.rsplit('@').next().unwrap_or(authority);
            let default_port = if scheme == "https" { 443 } else { 80 };
            let (host, port) = match authority.strip_prefix('[') {
                Some(v6) => match v6.split_once(']') {
                    Some((h, p)) => (h, p.strip_prefix(':')),
                    None => (v6, None),
                },
                None => match authority.split_once(':') {
                    Some((h, p)) => (h, Some(p)),
                    None => (authority, None),
                },
            };
            let port = port.and_then(|p| p.parse().ok()).unwrap_or(default_port);
            let host = host.to_string();
            (scheme.into(), host, port)
        }
    }
}

/// Host part of an http(s) URL.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_string())
}

/// Registry name and service name (`llm-<id>.internal`, `llm-<id>.internal.dns`) and port.
pub fn service(state: &ProviderState) -> (String, String, u16) {
    let (_, domain, port) = upstream(state);
    let name = format!("llm-{}.internal", state.provider.id);
    let kind = service_type(&domain);
    let port = if kind == "static" { 80 } else { port };
    (name.clone(), format!("{name}.{kind}"), port)
}

fn extra_value(kind: ExtraKind, value: &str) -> Option<Value> {
    match kind {
        ExtraKind::Text | ExtraKind::File | ExtraKind::Url | ExtraKind::HttpsUrl => {
            Some(Value::String(value.into()))
        }
        ExtraKind::Port => value.parse::<u16>().ok().map(|p| Value::Number(p.into())),
        ExtraKind::Switch => Some(Value::Bool(value == "true")),
        ExtraKind::ModeKey => Some(Value::Bool(true)),
        ExtraKind::KeySecret => None,
    }
}

/// The provider's entry in ai-proxy's `providers`, when it has one.
fn provider_entry<'a>(doc: &'a mut Value, p: &Provider) -> Option<&'a mut Mapping> {
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    let list = seq_in(config, "providers");
    match list
        .iter_mut()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(p.id))
    {
        Some(Value::Mapping(entry)) => Some(entry),
        _ => None,
    }
}

/// Take extra settings (by variable) out of the provider's entry: a setting with a default
/// gets its default back, as a new entry has it.
pub fn clear_provider_fields(doc: &mut Value, p: &Provider, vars: &[String]) {
    let Some(entry) = provider_entry(doc, p) else {
        return;
    };
    for e in p.extras.iter().filter(|e| vars.iter().any(|v| v == e.var)) {
        if e.field.is_empty() {
            continue;
        }
        match e.default.and_then(|d| extra_value(e.kind, d)) {
            Some(v) => entry.insert(key(e.field), v),
            None => entry.remove(e.field),
        };
    }
}

/// Write the provider's keys and settings into ai-proxy; add its entry and match rule when
/// missing. Returns true when the provider entry had to be created.
pub fn upsert_provider(doc: &mut Value, state: &ProviderState) -> bool {
    let p = state.provider;
    let tokens: Vec<Value> = if state.keys.is_empty() {
        vec![Value::String(p.placeholder())]
    } else {
        state
            .keys
            .iter()
            .map(|k| Value::String(k.clone()))
            .collect()
    };
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    let list = seq_in(config, "providers");
    let existing = list
        .iter_mut()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(p.id));
    let created = existing.is_none();
    let entry = match existing {
        Some(e) => e,
        None => {
            let mut m = Mapping::new();
            m.insert(key("id"), key(p.id));
            m.insert(key("type"), key(p.kind));
            list.push(Value::Mapping(m));
            list.last_mut().expect("just pushed")
        }
    };
    let Value::Mapping(entry) = entry else {
        return created;
    };
    entry.insert(key("apiTokens"), Value::Sequence(tokens));
    for e in p.extras {
        if e.field.is_empty() {
            continue;
        }
        let value = state
            .extra(e.var)
            .or(if created || e.kind == ExtraKind::Text {
                e.default
            } else {
                None
            });
        match value.and_then(|v| extra_value(e.kind, v)) {
            Some(v) => {
                entry.insert(key(e.field), v);
            }
            None if e.secret || matches!(e.kind, ExtraKind::ModeKey | ExtraKind::Switch) => {
                entry.remove(e.field);
            }
            None => {}
        }
    }
    let (_, service_name, _) = service(state);
    let spec = mapping_at(doc, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    let has_rule = rules
        .iter()
        .any(|r| get(r, &["config", "activeProviderId"]).and_then(Value::as_str) == Some(p.id));
    if !has_rule {
        let mut config = Mapping::new();
        config.insert(key("activeProviderId"), key(p.id));
        let mut rule = Mapping::new();
        rule.insert(
            key("service"),
            Value::Sequence(vec![Value::String(service_name)]),
        );
        rule.insert(key("configDisable"), Value::Bool(false));
        rule.insert(key("config"), Value::Mapping(config));
        rules.push(Value::Mapping(rule));
    }
    created
}

/// An empty ai-proxy plugin document in the shape the image writes, for when the file the
/// template produced cannot be parsed.
pub fn ai_proxy_skeleton() -> Value {
    let text = "apiVersion: extensions.higress.io/v1alpha1
kind: WasmPlugin
metadata:
  annotations:
    higress.io/wasm-plugin-title: AI Proxy
  labels:
    higress.io/resource-definer: higress
    higress.io/wasm-plugin-built-in: 'true'
    higress.io/wasm-plugin-category: ai
    higress.io/wasm-plugin-name: ai-proxy
    higress.io/wasm-plugin-version: 1.0.0
  name: ai-proxy.internal
  namespace: higress-system
  resourceVersion: '1'
spec:
  defaultConfig:
    providers: []
  defaultConfigDisable: false
  matchRules: []
  failStrategy: FAIL_OPEN
  phase: UNSPECIFIED_PHASE
  priority: 100
  url: http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm
";
    serde_yaml::from_str(text).unwrap_or(Value::Null)
}

/// Put the placeholder key back and drop credentials kept in extra fields.
pub fn reset_provider(doc: &mut Value, p: &Provider) -> bool {
    let Some(entry) = provider_entry(doc, p) else {
        return false;
    };
    entry.insert(
        key("apiTokens"),
        Value::Sequence(vec![Value::String(p.placeholder())]),
    );
    for e in p.extras {
        if e.secret || e.kind == ExtraKind::ModeKey {
            entry.remove(e.field);
        }
    }
    true
}

/// Remove a provider's entry and match rule.
pub fn remove_provider(doc: &mut Value, id: &str) -> bool {
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    let list = seq_in(config, "providers");
    let before = list.len();
    list.retain(|e| e.get("id").and_then(Value::as_str) != Some(id));
    let removed = before != list.len();
    let spec = mapping_at(doc, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    rules.retain(|r| get(r, &["config", "activeProviderId"]).and_then(Value::as_str) != Some(id));
    removed
}
