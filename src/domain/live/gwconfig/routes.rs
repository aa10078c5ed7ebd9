//! McpBridge registries and the `ai-route-<id>` ConfigMap and Ingress of each provider.

use serde_yaml::{Mapping, Value};

use super::ai_proxy::{service, service_type, upstream};
use super::{key, mapping_at, seq_in};
use crate::domain::providers::settings::ProviderState;
use crate::domain::providers::{self, Provider};

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

/// A Kubernetes object's head: apiVersion, kind, metadata.
fn object(api_version: &str, kind: &str, metadata: Value) -> Mapping {
    let mut doc = Mapping::new();
    doc.insert(key("apiVersion"), key(api_version));
    doc.insert(key("kind"), key(kind));
    doc.insert(key("metadata"), metadata);
    doc
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
    let mut doc = object(
        "v1",
        "ConfigMap",
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
    let mut doc = object(
        "networking.k8s.io/v1",
        "Ingress",
        metadata(
            &format!("ai-route-{}.internal", p.id),
            &[("higress.io/resource-definer", "higress")],
            &annotations,
        ),
    );
    doc.insert(key("spec"), Value::Mapping(spec));
    Value::Mapping(doc)
}
