//! Typed changes to the gateway's YAML files, on `serde_yaml::Value` so that every field the
//! tool does not own, and the order of keys, stay as they were.
//!
//! Shapes follow what the image's config template writes: the ai-proxy plugin's providers and
//! match rules, the model-router's autoRouting block, the McpBridge registries, and the
//! `ai-route-<id>` ConfigMap and Ingress of each provider.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::error::fail;
use crate::domain::providers::{self, ExtraKind, Provider, Upstream};
use crate::domain::settings::ProviderState;

pub const CONFIGMAPS: &str = "/data/configmaps";
pub const INGRESSES: &str = "/data/ingresses";
pub const MCP_BRIDGE: &str = "/data/mcpbridges/default.yaml";

pub fn configmap_path(id: &str) -> String {
    format!("{CONFIGMAPS}/ai-route-{id}.yaml")
}

pub fn ingress_path(id: &str) -> String {
    format!("{INGRESSES}/ai-route-{id}.internal.yaml")
}

pub fn parse(path: &str, text: &str) -> Result<Value> {
    let value: Value =
        serde_yaml::from_str(text).map_err(|e| fail(format!("{path} is not valid YAML: {e}")))?;
    if !value.is_mapping() {
        return Err(fail(format!("{path} does not hold a YAML mapping")));
    }
    Ok(value)
}

pub fn render(value: &Value) -> Result<String> {
    serde_yaml::to_string(value).map_err(|e| fail(format!("cannot write YAML: {e}")))
}

fn key(k: &str) -> Value {
    Value::String(k.to_string())
}

/// The mapping at a path, created (and replacing non-mappings) on the way.
fn mapping_at<'a>(root: &'a mut Value, path: &[&str]) -> &'a mut Mapping {
    let mut node = root;
    for part in path {
        if !node.is_mapping() {
            *node = Value::Mapping(Mapping::new());
        }
        let Value::Mapping(map) = node else {
            unreachable!("just made a mapping")
        };
        node = map
            .entry(key(part))
            .or_insert_with(|| Value::Mapping(Mapping::new()));
    }
    if !node.is_mapping() {
        *node = Value::Mapping(Mapping::new());
    }
    match node {
        Value::Mapping(m) => m,
        _ => unreachable!("just made a mapping"),
    }
}

/// The sequence under `key` of a mapping, created when missing.
fn seq_in<'a>(map: &'a mut Mapping, name: &str) -> &'a mut Vec<Value> {
    let node = map
        .entry(key(name))
        .or_insert_with(|| Value::Sequence(Vec::new()));
    if !node.is_sequence() {
        *node = Value::Sequence(Vec::new());
    }
    match node {
        Value::Sequence(s) => s,
        _ => unreachable!("just made a sequence"),
    }
}

fn get<'a>(root: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(root, |node, part| node.get(*part))
}

fn str_of(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_string)
}

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

fn service_type(domain: &str) -> &'static str {
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
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    let list = seq_in(config, "providers");
    let Some(Value::Mapping(entry)) = list
        .iter_mut()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(p.id))
    else {
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

// ---------------------------------------------------------------------------------------
// McpBridge registries

pub fn upsert_registry(doc: &mut Value, state: &ProviderState) {
    let (protocol, domain, port) = upstream(state);
    let (name, _, svc_port) = service(state);
    let kind = service_type(&domain);
    let domain = if kind == "static" {
        format!("{domain}:{port}")
    } else {
        domain
    };
    let spec = mapping_at(doc, &["spec"]);
    let list = seq_in(spec, "registries");
    let mut m = Mapping::new();
    m.insert(key("name"), Value::String(name.clone()));
    m.insert(key("type"), key(kind));
    m.insert(key("protocol"), Value::String(protocol));
    m.insert(key("domain"), Value::String(domain));
    m.insert(key("port"), Value::Number(svc_port.into()));
    match list
        .iter_mut()
        .find(|r| r.get("name").and_then(Value::as_str) == Some(name.as_str()))
    {
        Some(Value::Mapping(existing)) => {
            for (k, v) in m {
                existing.insert(k, v);
            }
        }
        _ => list.push(Value::Mapping(m)),
    }
}

pub fn remove_registry(doc: &mut Value, id: &str) -> bool {
    let name = format!("llm-{id}.internal");
    let spec = mapping_at(doc, &["spec"]);
    let list = seq_in(spec, "registries");
    let before = list.len();
    list.retain(|r| r.get("name").and_then(Value::as_str) != Some(name.as_str()));
    before != list.len()
}

// ---------------------------------------------------------------------------------------
// ai-route ConfigMap and Ingress

fn metadata(name: &str, labels: &[(&str, &str)], annotations: &[(String, String)]) -> Value {
    let mut meta = Mapping::new();
    if !annotations.is_empty() {
        let mut a = Mapping::new();
        for (k, v) in annotations {
            a.insert(key(k), Value::String(v.clone()));
        }
        meta.insert(key("annotations"), Value::Mapping(a));
    }
    let mut l = Mapping::new();
    for (k, v) in labels {
        l.insert(key(k), key(v));
    }
    meta.insert(key("labels"), Value::Mapping(l));
    meta.insert(key("name"), key(name));
    meta.insert(key("namespace"), key("higress-system"));
    meta.insert(key("resourceVersion"), key("1"));
    Value::Mapping(meta)
}

/// The `ai-route-<id>` ConfigMap: the console's AI route with its model predicates.
pub fn route_configmap(p: &Provider, models: &str) -> Value {
    let m = providers::model_match(models);
    let predicates: Vec<serde_json::Value> = match &m {
        providers::ModelMatch::Prefix(v) => vec![serde_json::json!({
            "matchType": m.match_type(), "matchValue": v
        })],
        providers::ModelMatch::Regex(_) => m
            .prefixes()
            .into_iter()
            .map(|v| serde_json::json!({"matchType": "PRE", "matchValue": v}))
            .collect(),
    };
    let route = serde_json::json!({
        "name": p.id,
        "upstreams": [{"provider": p.id}],
        "modelPredicates": predicates,
        "version": "1",
    });
    let body = serde_json::to_string_pretty(&route).unwrap_or_default() + "\n";
    let mut data = Mapping::new();
    data.insert(key("data"), Value::String(body));
    let mut doc = Mapping::new();
    doc.insert(key("apiVersion"), key("v1"));
    doc.insert(key("kind"), key("ConfigMap"));
    doc.insert(
        key("metadata"),
        metadata(
            &format!("ai-route-{}", p.id),
            &[
                ("higress.io/config-map-type", "ai-route"),
                ("higress.io/resource-definer", "higress"),
            ],
            &[],
        ),
    );
    doc.insert(key("data"), Value::Mapping(data));
    Value::Mapping(doc)
}

/// The `ai-route-<id>.internal` Ingress: requests whose model header matches go upstream.
pub fn route_ingress(state: &ProviderState) -> Value {
    let p = state.provider;
    let (_, service_name, port) = service(state);
    let m = providers::model_match(&state.models);
    let match_kind = match m {
        providers::ModelMatch::Prefix(_) => "prefix",
        providers::ModelMatch::Regex(_) => "regex",
    };
    let annotations = vec![
        (
            "higress.io/destination".to_string(),
            format!("{service_name}:{port}"),
        ),
        (
            "higress.io/ignore-path-case".to_string(),
            "false".to_string(),
        ),
        (
            format!("higress.io/{match_kind}-match-header-x-higress-llm-model"),
            m.value().to_string(),
        ),
    ];
    let backend: Value = serde_yaml::from_str(
        "resource:\n  apiGroup: networking.higress.io\n  kind: McpBridge\n  name: default\n",
    )
    .unwrap_or(Value::Null);
    let mut path = Mapping::new();
    path.insert(key("backend"), backend);
    path.insert(key("path"), key("/"));
    path.insert(key("pathType"), key("Prefix"));
    let mut http = Mapping::new();
    http.insert(key("paths"), Value::Sequence(vec![Value::Mapping(path)]));
    let mut rule = Mapping::new();
    rule.insert(key("http"), Value::Mapping(http));
    let mut spec = Mapping::new();
    spec.insert(key("ingressClassName"), key("higress"));
    spec.insert(key("rules"), Value::Sequence(vec![Value::Mapping(rule)]));
    let mut doc = Mapping::new();
    doc.insert(key("apiVersion"), key("networking.k8s.io/v1"));
    doc.insert(key("kind"), key("Ingress"));
    doc.insert(
        key("metadata"),
        metadata(
            &format!("ai-route-{}.internal", p.id),
            &[("higress.io/resource-definer", "higress")],
            &annotations,
        ),
    );
    doc.insert(key("spec"), Value::Mapping(spec));
    Value::Mapping(doc)
}

// ---------------------------------------------------------------------------------------
// model-router autoRouting

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rule {
    pub pattern: String,
    pub model: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AutoRouting {
    /// The block exists in the file.
    pub present: bool,
    pub enable: bool,
    pub default_model: Option<String>,
    pub rules: Vec<Rule>,
}

const AUTO: &[&str] = &["spec", "defaultConfig", "autoRouting"];

pub fn auto_routing(doc: &Value) -> AutoRouting {
    let Some(block) = get(doc, AUTO) else {
        return AutoRouting {
            present: false,
            enable: false,
            default_model: None,
            rules: Vec::new(),
        };
    };
    let rules = match block.get("rules") {
        Some(Value::Sequence(list)) => list
            .iter()
            .map(|r| Rule {
                pattern: str_of(r, "pattern").unwrap_or_default(),
                model: str_of(r, "model").unwrap_or_default(),
            })
            .collect(),
        _ => Vec::new(),
    };
    AutoRouting {
        present: true,
        enable: block
            .get("enable")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        default_model: str_of(block, "defaultModel"),
        rules,
    }
}

/// The autoRouting block, created (enabled, with `default_model`) when missing.
fn auto_block<'a>(doc: &'a mut Value, default_model: &str) -> &'a mut Mapping {
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    if !config.contains_key("autoRouting") {
        let mut block = Mapping::new();
        block.insert(key("enable"), Value::Bool(true));
        block.insert(key("defaultModel"), key(default_model));
        block.insert(key("rules"), Value::Sequence(Vec::new()));
        config.insert(key("autoRouting"), Value::Mapping(block));
    }
    mapping_at(doc, AUTO)
}

/// Insert a rule at `position` (or append). Returns its id.
pub fn add_rule(
    doc: &mut Value,
    rule: Rule,
    position: Option<usize>,
    default_model: &str,
) -> usize {
    let block = auto_block(doc, default_model);
    let rules = seq_in(block, "rules");
    let mut m = Mapping::new();
    m.insert(key("pattern"), Value::String(rule.pattern));
    m.insert(key("model"), Value::String(rule.model));
    let at = position.unwrap_or(rules.len()).min(rules.len());
    rules.insert(at, Value::Mapping(m));
    at
}

pub fn remove_rule(doc: &mut Value, id: usize) -> Option<Rule> {
    let block = get(doc, AUTO)?;
    if !matches!(block.get("rules"), Some(Value::Sequence(r)) if id < r.len()) {
        return None;
    }
    let block = mapping_at(doc, AUTO);
    let removed = seq_in(block, "rules").remove(id);
    Some(Rule {
        pattern: str_of(&removed, "pattern").unwrap_or_default(),
        model: str_of(&removed, "model").unwrap_or_default(),
    })
}

/// Switch auto-routing on or off; `default_model` replaces the default when given.
pub fn set_auto_routing(
    doc: &mut Value,
    enable: bool,
    default_model: Option<&str>,
    fallback: &str,
) {
    if !enable && get(doc, AUTO).is_none() {
        return;
    }
    let block = auto_block(doc, default_model.unwrap_or(fallback));
    block.insert(key("enable"), Value::Bool(enable));
    if let Some(model) = default_model {
        block.insert(key("defaultModel"), key(model));
    }
    if !block.contains_key("rules") {
        block.insert(key("rules"), Value::Sequence(Vec::new()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::providers::find;
    use crate::domain::settings::{ProviderInput, Settings};

    const AI_PROXY: &str = include_str!("../../tests/fixtures/samples/ai-proxy.sample.yaml");
    const MODEL_ROUTER: &str = include_str!("../../tests/fixtures/samples/model-router.sample.yaml");

    fn state(id: &str, key: Option<&str>) -> ProviderState {
        let mut s = Settings::new(1, 2, 3, "r");
        let p = find(id).unwrap();
        s.apply(
            p,
            &ProviderInput {
                key: key.map(str::to_string),
                ..Default::default()
            },
        );
        s.provider(p)
    }

    #[test]
    fn reads_live_providers() {
        let doc = parse("x", AI_PROXY).unwrap();
        let live = live_providers(&doc);
        let aliyun = live.iter().find(|p| p.id == "aliyun").unwrap();
        assert_eq!(aliyun.kind, "qwen");
        assert_eq!(aliyun.keys(), vec!["sk-sample-aliyun-0001"]);
        let deepseek = live.iter().find(|p| p.id == "deepseek").unwrap();
        assert!(deepseek.keys().is_empty());
    }

    #[test]
    fn updating_a_key_keeps_everything_else() {
        let mut doc = parse("x", AI_PROXY).unwrap();
        let before = render(&doc).unwrap();
        let created = upsert_provider(&mut doc, &state("deepseek", Some("sk-'new\"$(x)")));
        assert!(!created);
        let after = render(&doc).unwrap();
        // Only the deepseek token line changed.
        let diff: Vec<_> = before
            .lines()
            .zip(after.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(diff.len(), 1, "{diff:?}");
        assert_eq!(before.lines().count(), after.lines().count());
        let back = parse("x", &after).unwrap();
        let ds = live_providers(&back)
            .into_iter()
            .find(|p| p.id == "deepseek")
            .unwrap();
        assert_eq!(ds.tokens, vec!["sk-'new\"$(x)"]);
        // Foreign fields and key order survive.
        assert!(after.contains("failStrategy: FAIL_OPEN"));
        let keys: Vec<_> = back
            .get("spec")
            .unwrap()
            .as_mapping()
            .unwrap()
            .keys()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(
            keys,
            vec![
                "defaultConfig",
                "defaultConfigDisable",
                "matchRules",
                "failStrategy",
                "phase",
                "priority",
                "url"
            ]
        );
    }

    #[test]
    fn skipped_provider_gets_every_piece() {
        let mut doc = parse("x", AI_PROXY).unwrap();
        let s = state("groq", Some("gsk-1"));
        assert!(upsert_provider(&mut doc, &s));
        let live = live_providers(&doc);
        let groq = live.iter().find(|p| p.id == "groq").unwrap();
        assert_eq!((groq.kind.as_str(), groq.keys()), ("groq", vec!["gsk-1"]));
        let text = render(&doc).unwrap();
        assert!(text.contains("- llm-groq.internal.dns"));
        assert!(text.contains("activeProviderId: groq"));
        // Idempotent: a second upsert adds nothing.
        assert!(!upsert_provider(&mut doc, &s));
        assert_eq!(render(&doc).unwrap(), text);

        let mut bridge = parse(
            "b",
            "apiVersion: networking.higress.io/v1\nkind: McpBridge\nspec:\n  registries:\n  - name: higress-console\n    type: static\n",
        )
        .unwrap();
        upsert_registry(&mut bridge, &s);
        upsert_registry(&mut bridge, &s);
        let regs = bridge["spec"]["registries"].as_sequence().unwrap();
        assert_eq!(regs.len(), 2);
        assert_eq!(regs[1]["domain"].as_str(), Some("api.groq.com"));
        assert_eq!(regs[1]["port"].as_u64(), Some(443));

        let cm = route_configmap(s.provider, &s.models);
        let body = cm["data"]["data"].as_str().unwrap();
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(json["modelPredicates"][0]["matchType"], "PRE");
        assert_eq!(json["modelPredicates"][0]["matchValue"], "");
        let ing = route_ingress(&s);
        let ann = &ing["metadata"]["annotations"];
        assert_eq!(
            ann["higress.io/destination"].as_str(),
            Some("llm-groq.internal.dns:443")
        );
        assert_eq!(
            ann["higress.io/regex-match-header-x-higress-llm-model"].as_str(),
            Some(".*")
        );

        assert!(remove_provider(&mut doc, "groq"));
        assert!(!render(&doc).unwrap().contains("groq"));
        assert!(remove_registry(&mut bridge, "groq"));
    }

    #[test]
    fn extras_become_typed_fields() {
        let mut s = Settings::new(1, 2, 3, "r");
        let p = find("ollama").unwrap();
        let mut input = ProviderInput::default();
        input
            .extras
            .insert("OLLAMA_SERVER_HOST".into(), "10.1.2.3".into());
        input
            .extras
            .insert("OLLAMA_SERVER_PORT".into(), "11500".into());
        s.apply(p, &input);
        let st = s.provider(p);
        assert!(st.configured());
        let mut doc = parse("x", AI_PROXY).unwrap();
        upsert_provider(&mut doc, &st);
        let entry = doc["spec"]["defaultConfig"]["providers"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "ollama")
            .unwrap()
            .clone();
        assert_eq!(entry["ollamaServerPort"].as_u64(), Some(11500));
        assert_eq!(entry["ollamaServerHost"].as_str(), Some("10.1.2.3"));
        let (name, svc, port) = service(&st);
        assert_eq!(
            (name.as_str(), svc.as_str(), port),
            ("llm-ollama.internal", "llm-ollama.internal.static", 80)
        );
        assert_eq!(
            url_host("https://a.b.c:8443/x?y=1").as_deref(),
            Some("a.b.c")
        );
    }

    #[test]
    fn routing_rules() {
        let mut doc = parse("m", MODEL_ROUTER).unwrap();
        assert!(!auto_routing(&doc).present);
        let id = add_rule(
            &mut doc,
            Rule {
                pattern: "(?i)^(a)".into(),
                model: "m1".into(),
            },
            None,
            "qwen-turbo",
        );
        assert_eq!(id, 0);
        add_rule(
            &mut doc,
            Rule {
                pattern: "b".into(),
                model: "m2".into(),
            },
            None,
            "x",
        );
        add_rule(
            &mut doc,
            Rule {
                pattern: "c".into(),
                model: "m0".into(),
            },
            Some(0),
            "x",
        );
        let ar = auto_routing(&doc);
        assert!(ar.present && ar.enable);
        assert_eq!(ar.default_model.as_deref(), Some("qwen-turbo"));
        let models: Vec<_> = ar.rules.iter().map(|r| r.model.as_str()).collect();
        assert_eq!(models, vec!["m0", "m1", "m2"]);
        assert_eq!(remove_rule(&mut doc, 1).map(|r| r.model), Some("m1".into()));
        assert_eq!(remove_rule(&mut doc, 5), None);
        set_auto_routing(&mut doc, false, None, "x");
        assert!(!auto_routing(&doc).enable);
        set_auto_routing(&mut doc, true, Some("deepseek-chat"), "x");
        let ar = auto_routing(&doc);
        assert_eq!(
            (ar.enable, ar.default_model.as_deref()),
            (true, Some("deepseek-chat"))
        );
        assert_eq!(ar.rules.len(), 2);
        let text = render(&doc).unwrap();
        assert!(text.contains("modelToHeader: x-higress-llm-model"));
        let spec_keys: Vec<_> = doc["spec"]["defaultConfig"]
            .as_mapping()
            .unwrap()
            .keys()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(spec_keys, vec!["modelToHeader", "autoRouting"]);
    }

    #[test]
    fn reset_keeps_the_entry() {
        let mut doc = parse("x", AI_PROXY).unwrap();
        assert!(reset_provider(&mut doc, find("aliyun").unwrap()));
        let aliyun = live_providers(&doc)
            .into_iter()
            .find(|p| p.id == "aliyun")
            .unwrap();
        assert_eq!(aliyun.tokens, vec!["YOUR_DASHSCOPE_API_KEY"]);
    }
}
