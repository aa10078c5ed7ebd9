//! Fallback to other providers, as higress-console's AI route writes it
//! (`AiRouteServiceImpl.writeAiRouteFallbackResources`, `AiRouteServiceImpl.java:252-310`):
//! a second Ingress `ai-route-<id>.fallback.internal` matched on `x-higress-fallback-from`,
//! an EnvoyFilter `ai-route-<id>.internal` that redirects the primary route's failed
//! responses there, `fallbackConfig` in the route's JSON, and model-mapper instances.
//! No I/O.

use std::collections::BTreeMap;

use serde_yaml::{Mapping, Value};

use super::{get, key, mapping_at, seq_in};

/// `HigressConstants.FALLBACK_FROM_HEADER` (`HigressConstants.java:30`).
pub const FALLBACK_HEADER: &str = "x-higress-fallback-from";
/// `HigressConstants.VALID_FALLBACK_RESPONSE_CODES` (`HigressConstants.java:34`).
pub const RESPONSE_CODES: &[&str] = &["4xx", "5xx"];

/// `ai-route-<id>.internal` (`AiRouteServiceImpl.java:533-535`).
pub fn route_name(id: &str) -> String {
    format!("ai-route-{id}.internal")
}

/// `ai-route-<id>.fallback.internal` (`AiRouteServiceImpl.java:537-540`).
pub fn fallback_route_name(id: &str) -> String {
    format!("ai-route-{id}.fallback.internal")
}

/// The provider id of a fallback Ingress's name, `ai-route-<id>.fallback.internal`.
pub fn fallback_of(ingress_name: &str) -> Option<&str> {
    ingress_name
        .strip_prefix("ai-route-")?
        .strip_suffix(".fallback.internal")
        .filter(|id| !id.is_empty())
}

/// `AiRouteFallbackStrategy` (`AiRouteFallbackStrategy.java:22-24`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strategy {
    /// The first fallback only.
    Seq,
    /// Every fallback, weight 1 each.
    Rand,
}

impl Strategy {
    pub fn console_name(self) -> &'static str {
        match self {
            Strategy::Seq => "SEQ",
            Strategy::Rand => "RAND",
        }
    }
}

/// One fallback provider, with the model names it gets instead of the requested ones.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FallbackUpstream {
    pub provider: String,
    pub model_mapping: BTreeMap<String, String>,
}

/// A route's `fallbackConfig` (`AiRouteFallbackConfig.java:38-45`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Fallback {
    pub upstreams: Vec<FallbackUpstream>,
    pub strategy: Strategy,
    /// `4xx`, `5xx` or both.
    pub response_codes: Vec<String>,
}

impl Fallback {
    /// The upstreams the fallback Ingress sends to: SEQ the first, RAND all
    /// (`AiRouteServiceImpl.java:276-282`).
    pub fn active(&self) -> &[FallbackUpstream] {
        match self.strategy {
            Strategy::Seq => &self.upstreams[..self.upstreams.len().min(1)],
            Strategy::Rand => &self.upstreams,
        }
    }

    /// `fallbackConfig` as the console stores it in the route's JSON (Gson of
    /// `AiRouteFallbackConfig`, after `fillDefaultValues` and the RAND weights:
    /// `AiRouteServiceImpl.java:220-240`, `276-278`).
    pub fn to_json(&self) -> serde_json::Value {
        let single = self.upstreams.len() == 1;
        let upstreams: Vec<serde_json::Value> = self
            .upstreams
            .iter()
            .map(|u| {
                let mut m = serde_json::Map::new();
                m.insert("provider".into(), u.provider.clone().into());
                match self.strategy {
                    Strategy::Rand => {
                        m.insert("weight".into(), 1.into());
                    }
                    Strategy::Seq if single => {
                        m.insert("weight".into(), 100.into());
                    }
                    Strategy::Seq => {}
                }
                if !u.model_mapping.is_empty() {
                    let map: serde_json::Map<String, serde_json::Value> = u
                        .model_mapping
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone().into()))
                        .collect();
                    m.insert("modelMapping".into(), map.into());
                }
                serde_json::Value::Object(m)
            })
            .collect();
        serde_json::json!({
            "enabled": true,
            "upstreams": upstreams,
            "fallbackStrategy": self.strategy.console_name(),
            "responseCodes": self.response_codes,
        })
    }

    /// Read `fallbackConfig` back; None when absent, disabled or without upstreams.
    pub fn from_json(v: &serde_json::Value) -> Option<Fallback> {
        if v.get("enabled").and_then(serde_json::Value::as_bool) != Some(true) {
            return None;
        }
        let upstreams: Vec<FallbackUpstream> = v
            .get("upstreams")?
            .as_array()?
            .iter()
            .filter_map(|u| {
                Some(FallbackUpstream {
                    provider: u.get("provider")?.as_str()?.to_string(),
                    model_mapping: u
                        .get("modelMapping")
                        .and_then(serde_json::Value::as_object)
                        .map(|m| {
                            m.iter()
                                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                                .collect()
                        })
                        .unwrap_or_default(),
                })
            })
            .collect();
        if upstreams.is_empty() {
            return None;
        }
        // The console's default is RAND (`AiRouteServiceImpl.java:220-225`).
        let strategy = match v
            .get("fallbackStrategy")
            .and_then(serde_json::Value::as_str)
        {
            Some("SEQ") => Strategy::Seq,
            _ => Strategy::Rand,
        };
        let response_codes = v
            .get("responseCodes")
            .and_then(serde_json::Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        Some(Fallback {
            upstreams,
            strategy,
            response_codes,
        })
    }
}

/// The `higress.io/destination` annotation for these upstream services (`svc`, port):
/// one service alone, several as `<weight>% <svc>:<port>` lines, weight 1 each
/// (`KubernetesModelConverter.java:1647-1680`, `AiRouteServiceImpl.java:276-278`).
pub fn destination(services: &[(String, u16)]) -> String {
    match services {
        [(svc, port)] => format!("{svc}:{port}"),
        many => many
            .iter()
            .map(|(svc, port)| format!("1% {svc}:{port}"))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The fallback Ingress: the primary's route (same domains, path, model match, annotations:
/// `buildRoute`, `AiRouteServiceImpl.java:262-263`) plus the header match on
/// `x-higress-fallback-from: ai-route-<id>.internal` (`:264-273`), sent to `destination`.
pub fn fallback_ingress(primary: &Value, id: &str, destination: &str) -> Value {
    let mut doc = primary.clone();
    let meta = mapping_at(&mut doc, &["metadata"]);
    meta.insert(key("name"), Value::String(fallback_route_name(id)));
    let a = mapping_at(&mut doc, &["metadata", "annotations"]);
    a.insert(
        key("higress.io/destination"),
        Value::String(destination.to_string()),
    );
    a.insert(
        key(&format!("higress.io/exact-match-header-{FALLBACK_HEADER}")),
        Value::String(route_name(id)),
    );
    doc
}

fn m(pairs: Vec<(&str, Value)>) -> Value {
    let mut map = Mapping::new();
    for (k, v) in pairs {
        map.insert(key(k), v);
    }
    Value::Mapping(map)
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

fn class_predicate(code: &str) -> Value {
    m(vec![(
        "single_predicate",
        m(vec![
            (
                "input",
                m(vec![
                    ("name", s(&format!("{code}_response"))),
                    (
                        "typed_config",
                        m(vec![(
                            "@type",
                            s(
                                "type.googleapis.com/envoy.type.matcher.v3.HttpResponseStatusCodeClassMatchInput",
                            ),
                        )]),
                    ),
                ]),
            ),
            ("value_match", m(vec![("exact", s(code))])),
        ]),
    )])
}

fn redirect_action(route: &str) -> Value {
    let header = || {
        Value::Sequence(vec![m(vec![
            (
                "header",
                m(vec![("key", s(FALLBACK_HEADER)), ("value", s(route))]),
            ),
            ("append", Value::Bool(false)),
        ])])
    };
    m(vec![
        ("name", s("action")),
        (
            "typed_config",
            m(vec![
                ("@type", s("type.googleapis.com/udpa.type.v1.TypedStruct")),
                (
                    "type_url",
                    s(
                        "type.googleapis.com/envoy.extensions.http.custom_response.redirect_policy.v3.RedirectPolicy",
                    ),
                ),
                (
                    "value",
                    m(vec![
                        ("max_internal_redirects", Value::Number(10.into())),
                        ("use_original_request_uri", Value::Bool(true)),
                        ("keep_original_response_code", Value::Bool(false)),
                        ("use_original_request_body", Value::Bool(true)),
                        ("only_redirect_upstream_code", Value::Bool(false)),
                        ("request_headers_to_add", header()),
                        ("response_headers_to_add", header()),
                    ]),
                ),
            ]),
        ),
    ])
}

/// The EnvoyFilter `ai-route-<id>.internal`: the console's template
/// `envoyfilter-route-fallback.yaml` (lines 14-94) rendered for `codes` (empty: 4xx and 5xx),
/// with the metadata `renderDefaultMetadata` adds (`KubernetesClientService.java:741-747`).
pub fn envoy_filter(id: &str, codes: &[String]) -> Value {
    let route = route_name(id);
    let codes: Vec<String> = if codes.is_empty() {
        RESPONSE_CODES.iter().map(|c| c.to_string()).collect()
    } else {
        codes.to_vec()
    };
    let predicate = match codes.as_slice() {
        [one] => class_predicate(one),
        many => m(vec![(
            "or_matcher",
            m(vec![(
                "predicate",
                Value::Sequence(many.iter().map(|c| class_predicate(c)).collect()),
            )]),
        )]),
    };
    let matcher = m(vec![
        ("predicate", predicate),
        ("on_match", m(vec![("action", redirect_action(&route))])),
    ]);
    let patch = route_patch(&route, custom_response(matcher));
    m(vec![
        ("apiVersion", s("networking.istio.io/v1alpha3")),
        ("kind", s("EnvoyFilter")),
        (
            "metadata",
            m(vec![
                (
                    "annotations",
                    m(vec![("higress.io/comment", s(INTERNAL_COMMENT))]),
                ),
                (
                    "labels",
                    m(vec![
                        ("higress.io/resource-definer", s("higress")),
                        ("higress.io/internal", s("true")),
                    ]),
                ),
                ("name", s(&route)),
                ("namespace", s("higress-system")),
                ("resourceVersion", s("1")),
            ]),
        ),
        (
            "spec",
            m(vec![("configPatches", Value::Sequence(vec![patch]))]),
        ),
    ])
}

/// CustomResponse (a TypedStruct) with this matcher, buffering the body for the redirect.
fn custom_response(matcher: Value) -> Value {
    m(vec![
        ("@type", s("type.googleapis.com/udpa.type.v1.TypedStruct")),
        (
            "type_url",
            s(
                "type.googleapis.com/envoy.extensions.filters.http.custom_response.v3.CustomResponse",
            ),
        ),
        (
            "value",
            m(vec![
                (
                    "custom_response_matcher",
                    m(vec![(
                        "matcher_list",
                        m(vec![("matchers", Value::Sequence(vec![matcher]))]),
                    )]),
                ),
                // Inside CustomResponse, beside the matcher (template lines 93-94).
                (
                    "with_request_body",
                    m(vec![("max_request_bytes", Value::Number(1_024_000.into()))]),
                ),
            ]),
        ),
    ])
}

/// The MERGE patch of route `route` with this per-route filter config.
fn route_patch(route: &str, custom_response: Value) -> Value {
    m(vec![
        ("applyTo", s("HTTP_ROUTE")),
        (
            "match",
            m(vec![
                ("context", s("GATEWAY")),
                (
                    "routeConfiguration",
                    m(vec![(
                        "vhost",
                        m(vec![("route", m(vec![("name", s(route))]))]),
                    )]),
                ),
            ]),
        ),
        (
            "patch",
            m(vec![
                ("operation", s("MERGE")),
                (
                    "value",
                    m(vec![(
                        "typed_per_filter_config",
                        m(vec![(
                            "envoy.filters.http.custom_response",
                            custom_response,
                        )]),
                    )]),
                ),
            ]),
        ),
    ])
}

/// `HigressConstants.INTERNAL_RESOURCE_COMMENT`.
pub const INTERNAL_COMMENT: &str =
    "PLEASE DO NOT EDIT DIRECTLY. This resource is managed by Higress.";

/// The response-code classes an EnvoyFilter redirects on, as written (None: not a fallback
/// redirect this tool knows).
pub fn envoy_filter_codes(doc: &Value) -> Option<Vec<String>> {
    let value = get(doc, &["spec", "configPatches"])?
        .as_sequence()?
        .first()?;
    let matcher = get(
        value,
        &[
            "patch",
            "value",
            "typed_per_filter_config",
            "envoy.filters.http.custom_response",
            "value",
            "custom_response_matcher",
            "matcher_list",
            "matchers",
        ],
    )?
    .as_sequence()?
    .first()?;
    let pred = matcher.get("predicate")?;
    fn single(p: &Value) -> Option<&str> {
        get(p, &["single_predicate", "value_match", "exact"])?.as_str()
    }
    match get(pred, &["or_matcher", "predicate"]) {
        Some(Value::Sequence(list)) => list.iter().map(|p| single(p).map(str::to_string)).collect(),
        _ => single(pred).map(|c| vec![c.to_string()]),
    }
}

// ---------------------------------------------------------------------------------------
// model-mapper

/// The model-mapper plugin as the console creates it (internal instance: `model-mapper.internal`,
/// `KubernetesModelConverter.java:466-508`; phase and priority from the plugin's spec),
/// without rules yet. `url` is next to the image's other plugins.
pub fn model_mapper_skeleton(url: &str) -> Value {
    let text = "apiVersion: extensions.higress.io/v1alpha1
kind: WasmPlugin
metadata:
  annotations:
    higress.io/wasm-plugin-title: AI Model Mapper
  labels:
    higress.io/resource-definer: higress
    higress.io/wasm-plugin-built-in: 'true'
    higress.io/wasm-plugin-category: ai
    higress.io/wasm-plugin-name: model-mapper
    higress.io/wasm-plugin-version: 1.0.0
    higress.io/internal: 'true'
  name: model-mapper.internal
  namespace: higress-system
  resourceVersion: '1'
spec:
  defaultConfigDisable: true
  matchRules: []
  failStrategy: FAIL_OPEN
  phase: AUTHN
  priority: 800
";
    let mut doc: Value = serde_yaml::from_str(text).unwrap_or(Value::Null);
    mapping_at(&mut doc, &["spec"]).insert(key("url"), s(url));
    doc
}

/// model-mapper's `url`, from ai-proxy's (`…/ai-proxy/1.0.0/plugin.wasm`).
pub fn model_mapper_url(ai_proxy: Option<&Value>) -> String {
    let default = "http://localhost:8002/plugins/model-mapper/1.0.0/plugin.wasm".to_string();
    match ai_proxy.and_then(|d| get(d, &["spec", "url"])?.as_str()) {
        Some(url) if url.contains("/ai-proxy/") || url.contains("/ai-proxy:") => {
            url.replacen("/ai-proxy", "/model-mapper", 1)
        }
        _ => default,
    }
}

fn targets(rule: &Value, field: &str) -> Vec<String> {
    match rule.get(field) {
        Some(Value::Sequence(l)) => l
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Replace the rule for (route `ingress`, upstream `service`) with this mapping, or drop it
/// when the mapping is empty (`AiRouteServiceImpl.java:343-381`; one `matchRules` item
/// `{config, configDisable, ingress, service}`, `KubernetesModelConverter.java:792-809`).
pub fn set_model_mapping(
    doc: &mut Value,
    ingress: &str,
    service: &str,
    mapping: &BTreeMap<String, String>,
) {
    let spec = mapping_at(doc, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    rules.retain(|r| {
        !(targets(r, "ingress") == [ingress.to_string()]
            && targets(r, "service") == [service.to_string()])
    });
    if mapping.is_empty() {
        return;
    }
    let mut map = Mapping::new();
    for (k, v) in mapping {
        map.insert(s(k), s(v));
    }
    rules.push(m(vec![
        ("config", m(vec![("modelMapping", Value::Mapping(map))])),
        ("configDisable", Value::Bool(false)),
        ("ingress", Value::Sequence(vec![s(ingress)])),
        ("service", Value::Sequence(vec![s(service)])),
    ]));
}

/// Drop every rule of route `ingress`; true when one was there.
pub fn clear_model_mappings(doc: &mut Value, ingress: &str) -> bool {
    let spec = mapping_at(doc, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    let before = rules.len();
    rules.retain(|r| !targets(r, "ingress").iter().any(|i| i == ingress));
    before != rules.len()
}

/// Whether the plugin has no rule left (the file can go).
pub fn model_mapper_empty(doc: &Value) -> bool {
    get(doc, &["spec", "matchRules"])
        .and_then(Value::as_sequence)
        .is_none_or(Vec::is_empty)
}

// ---------------------------------------------------------------------------------------
// Route auth

/// Give route `to` the key-auth allow rule(s) route `from` has, replacing what `to` had: the
/// console copies the primary route's `authConfig` onto the fallback route (`buildRoute`,
/// `AiRouteServiceImpl.java:429`, saved as the route's allow list, `RouteServiceImpl.java:167-175`).
/// Without it a key refused on the primary would be served by the fallback, since the
/// redirect also fires on the gateway's own 4xx. Returns true when `from` has a rule.
/// This is the one place that knows the shape of key-auth's per-route rules.
pub fn copy_allow_rule(key_auth: &mut Value, from: &str, to: &str) -> bool {
    let spec = mapping_at(key_auth, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    rules.retain(|r| targets(r, "ingress") != [to.to_string()]);
    let copies: Vec<Value> = rules
        .iter()
        .filter(|r| targets(r, "ingress").iter().any(|i| i == from))
        .map(|r| {
            let mut copy = r.clone();
            if let Value::Mapping(c) = &mut copy {
                c.insert(key("ingress"), Value::Sequence(vec![s(to)]));
            }
            copy
        })
        .collect();
    let found = !copies.is_empty();
    rules.extend(copies);
    found
}

/// Drop route `ingress`'s own key-auth rules; true when one was there.
pub fn drop_allow_rule(key_auth: &mut Value, ingress: &str) -> bool {
    let spec = mapping_at(key_auth, &["spec"]);
    let rules = seq_in(spec, "matchRules");
    let before = rules.len();
    rules.retain(|r| targets(r, "ingress") != [ingress.to_string()]);
    before != rules.len()
}

/// The global `custom_response` filter the all-in-one ships
/// (standalone `all-in-one/config/envoyfilters/higress-gateway-global-custom-response.yaml`).
pub fn global_custom_response() -> Value {
    let text = "apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
metadata:
  name: higress-gateway-global-custom-response
  namespace: higress-system
  resourceVersion: '1'
  labels:
    app: higress-gateway
    higress: higress-system-higress-gateway
spec:
  configPatches:
  - applyTo: HTTP_FILTER
    match:
      context: GATEWAY
      listener:
        filterChain:
          filter:
            name: envoy.filters.network.http_connection_manager
    patch:
      operation: INSERT_FIRST
      value:
        name: envoy.filters.http.custom_response
        typed_config:
          '@type': type.googleapis.com/envoy.extensions.filters.http.custom_response.v3.CustomResponse
";
    serde_yaml::from_str(text).unwrap_or(Value::Null)
}

/// Whether an EnvoyFilter inserts the `custom_response` HTTP filter.
pub fn inserts_custom_response(doc: &Value) -> bool {
    get(doc, &["spec", "configPatches"])
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .any(|p| {
            get(p, &["patch", "value", "name"]).and_then(Value::as_str)
                == Some("envoy.filters.http.custom_response")
        })
}

#[cfg(test)]
mod tests;
