//! Per-provider resilience: ai-proxy's `retryOnFailure` and `failover` in the provider's
//! entry (another key of the same provider), and the route's `higress.io/proxy-next-upstream*`
//! annotations (Envoy retries of the upstream connection). No I/O.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use super::{get, key, mapping_at, seq_in};
use crate::error::fail;

/// `retryOnFailure`: retry a failed non-streaming request with another key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Retry {
    pub max_retries: u64,
    /// Milliseconds; ai-proxy's own default (60000) when absent.
    pub timeout_ms: Option<u64>,
}

/// `failover`: take a failing key out of rotation until a health check passes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Failover {
    pub health_model: String,
    pub failure_threshold: u64,
    pub success_threshold: u64,
    pub health_interval_ms: u64,
    pub health_timeout_ms: u64,
}

impl Failover {
    /// ai-proxy's defaults (`failover.go`: 3, 1, 5000, 5000) with this health-check model.
    pub fn new(health_model: &str) -> Failover {
        Failover {
            health_model: health_model.to_string(),
            failure_threshold: 3,
            success_threshold: 1,
            health_interval_ms: 5000,
            health_timeout_ms: 5000,
        }
    }
}

/// The route's `proxy-next-upstream` settings.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UpstreamRetry {
    pub tries: u64,
    /// Seconds; 0 means no limit.
    pub timeout_s: u64,
}

/// What the console sets by default (`AiRouteServiceImpl.java:80-81`).
pub const UPSTREAM_CONDITIONS: &[&str] = &["error", "timeout", "non_idempotent"];

pub const ENABLE_NEXT_UPSTREAM: &str = "higress.io/enable-proxy-next-upstream";
pub const NEXT_UPSTREAM_TRIES: &str = "higress.io/proxy-next-upstream-tries";
pub const NEXT_UPSTREAM_TIMEOUT: &str = "higress.io/proxy-next-upstream-timeout";
pub const NEXT_UPSTREAM: &str = "higress.io/proxy-next-upstream";

/// A provider's settings as read back.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Resilience {
    pub retry: Option<Retry>,
    pub failover: Option<Failover>,
    pub upstream: Option<UpstreamRetry>,
}

fn entry_mut<'a>(doc: &'a mut Value, id: &str) -> Option<&'a mut Mapping> {
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    seq_in(config, "providers")
        .iter_mut()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
        .and_then(Value::as_mapping_mut)
}

fn entry<'a>(doc: &'a Value, id: &str) -> Option<&'a Value> {
    get(doc, &["spec", "defaultConfig", "providers"])?
        .as_sequence()?
        .iter()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
}

fn num(n: u64) -> Value {
    Value::Number(n.into())
}

/// Set or remove `retryOnFailure` on provider `id`; false when ai-proxy has no such entry.
pub fn set_retry(doc: &mut Value, id: &str, retry: Option<&Retry>) -> bool {
    let Some(entry) = entry_mut(doc, id) else {
        return false;
    };
    match retry {
        None => {
            entry.remove("retryOnFailure");
        }
        Some(r) => {
            let mut m = Mapping::new();
            m.insert(key("enabled"), Value::Bool(true));
            m.insert(key("maxRetries"), num(r.max_retries));
            if let Some(t) = r.timeout_ms {
                m.insert(key("retryTimeout"), num(t));
            }
            entry.insert(key("retryOnFailure"), Value::Mapping(m));
        }
    }
    true
}

/// Set or remove `failover` on provider `id` (every field the console writes,
/// `AbstractLlmProviderHandler.java:238-245`); false when ai-proxy has no such entry.
pub fn set_failover(doc: &mut Value, id: &str, failover: Option<&Failover>) -> bool {
    let Some(entry) = entry_mut(doc, id) else {
        return false;
    };
    match failover {
        None => {
            entry.remove("failover");
        }
        Some(f) => {
            let mut m = Mapping::new();
            m.insert(key("enabled"), Value::Bool(true));
            m.insert(key("failureThreshold"), num(f.failure_threshold));
            m.insert(key("successThreshold"), num(f.success_threshold));
            m.insert(key("healthCheckInterval"), num(f.health_interval_ms));
            m.insert(key("healthCheckTimeout"), num(f.health_timeout_ms));
            m.insert(
                key("healthCheckModel"),
                Value::String(f.health_model.clone()),
            );
            entry.insert(key("failover"), Value::Mapping(m));
        }
    }
    true
}

fn u64_of(v: &Value, field: &str) -> Option<u64> {
    match v.get(field)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn enabled(v: &Value) -> bool {
    v.get("enabled").and_then(Value::as_bool) == Some(true)
}

/// `retryOnFailure` and `failover` of provider `id`, when enabled (ai-proxy's defaults fill
/// what the file leaves out).
pub fn resilience_of(doc: &Value, id: &str) -> Resilience {
    let Some(e) = entry(doc, id) else {
        return Resilience::default();
    };
    let retry = e
        .get("retryOnFailure")
        .filter(|r| enabled(r))
        .map(|r| Retry {
            max_retries: u64_of(r, "maxRetries").unwrap_or(1),
            timeout_ms: u64_of(r, "retryTimeout"),
        });
    let failover = e.get("failover").filter(|f| enabled(f)).map(|f| {
        let d = Failover::new("");
        Failover {
            health_model: f
                .get("healthCheckModel")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            failure_threshold: u64_of(f, "failureThreshold").unwrap_or(d.failure_threshold),
            success_threshold: u64_of(f, "successThreshold").unwrap_or(d.success_threshold),
            health_interval_ms: u64_of(f, "healthCheckInterval").unwrap_or(d.health_interval_ms),
            health_timeout_ms: u64_of(f, "healthCheckTimeout").unwrap_or(d.health_timeout_ms),
        }
    });
    Resilience {
        retry,
        failover,
        upstream: None,
    }
}

fn annotations_mut(ingress: &mut Value) -> &mut Mapping {
    mapping_at(ingress, &["metadata", "annotations"])
}

/// Set or remove the `proxy-next-upstream` annotations of a route's Ingress, as the console's
/// `fillIngressProxyNextUpstreamConfig` writes them (`KubernetesModelConverter.java:1467-1486`).
pub fn set_upstream_retry(ingress: &mut Value, retry: Option<&UpstreamRetry>) {
    let a = annotations_mut(ingress);
    for k in [
        ENABLE_NEXT_UPSTREAM,
        NEXT_UPSTREAM_TRIES,
        NEXT_UPSTREAM_TIMEOUT,
        NEXT_UPSTREAM,
    ] {
        a.remove(k);
        a.remove(format!("disabled.{k}"));
    }
    if let Some(r) = retry {
        a.insert(key(ENABLE_NEXT_UPSTREAM), key("true"));
        a.insert(key(NEXT_UPSTREAM_TRIES), key(&r.tries.to_string()));
        a.insert(key(NEXT_UPSTREAM_TIMEOUT), key(&r.timeout_s.to_string()));
        a.insert(key(NEXT_UPSTREAM), key(&UPSTREAM_CONDITIONS.join(",")));
    }
}

/// The `proxy-next-upstream` annotations of an Ingress, when enabled.
pub fn upstream_retry_of(ingress: &Value) -> Option<UpstreamRetry> {
    let a = get(ingress, &["metadata", "annotations"])?;
    if a.get(ENABLE_NEXT_UPSTREAM).and_then(Value::as_str) != Some("true") {
        return None;
    }
    Some(UpstreamRetry {
        tries: u64_of(a, NEXT_UPSTREAM_TRIES).unwrap_or(1),
        timeout_s: u64_of(a, NEXT_UPSTREAM_TIMEOUT).unwrap_or(0),
    })
}

/// The same settings as the console's `proxyNextUpstream` in the AI route's JSON.
pub fn upstream_retry_json(retry: &UpstreamRetry) -> serde_json::Value {
    serde_json::json!({
        "enabled": true,
        "attempts": retry.tries,
        "timeout": retry.timeout_s,
        "conditions": UPSTREAM_CONDITIONS,
    })
}

// ---------------------------------------------------------------------------------------
// The AI route's JSON in its ConfigMap (`data.data`)

/// The AI route's JSON object, or an error when `data.data` is not a JSON object.
pub fn route_json(configmap: &Value) -> Result<serde_json::Map<String, serde_json::Value>> {
    let name = get(configmap, &["metadata", "name"])
        .and_then(Value::as_str)
        .unwrap_or("the ai-route ConfigMap");
    let text = get(configmap, &["data", "data"])
        .and_then(Value::as_str)
        .ok_or_else(|| fail(format!("{name} has no data.data")))?;
    match serde_json::from_str(text) {
        Ok(serde_json::Value::Object(m)) => Ok(m),
        _ => Err(fail(format!("{name}: data.data is not a JSON object"))),
    }
}

/// Set (or, with None, remove) one field of the AI route's JSON.
pub fn set_route_field(
    configmap: &mut Value,
    field: &str,
    value: Option<serde_json::Value>,
) -> Result<()> {
    let mut route = route_json(configmap)?;
    match value {
        Some(v) => {
            route.insert(field.to_string(), v);
        }
        None => {
            route.shift_remove(field);
        }
    }
    let body = serde_json::to_string_pretty(&serde_json::Value::Object(route))
        .map_err(|e| fail(format!("cannot write the AI route: {e}")))?;
    mapping_at(configmap, &["data"]).insert(key("data"), Value::String(body + "\n"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::live::gwconfig::{parse, render};

    const PROXY: &str = "spec:\n  defaultConfig:\n    providers:\n    - id: openai\n      type: openai\n      apiTokens: [a, b]\n";

    #[test]
    fn retry_and_failover_are_the_provider_entrys_fields() {
        let mut doc = parse("x", PROXY).unwrap();
        let retry = Retry {
            max_retries: 2,
            timeout_ms: Some(30_000),
        };
        let mut failover = Failover::new("gpt-4o-mini");
        failover.failure_threshold = 5;
        assert!(set_retry(&mut doc, "openai", Some(&retry)));
        assert!(set_failover(&mut doc, "openai", Some(&failover)));
        assert!(!set_retry(&mut doc, "nobody", Some(&retry)));
        // ai-proxy's field names (provider.go:320-323, failover.go:80-107, retry.go:31-48).
        let want: Value = serde_yaml::from_str(
            "enabled: true\nfailureThreshold: 5\nsuccessThreshold: 1\nhealthCheckInterval: 5000\n\
             healthCheckTimeout: 5000\nhealthCheckModel: gpt-4o-mini\n",
        )
        .unwrap();
        let back = parse("x", &render(&doc).unwrap()).unwrap();
        assert_eq!(
            back["spec"]["defaultConfig"]["providers"][0]["failover"],
            want
        );
        let got = resilience_of(&back, "openai");
        assert_eq!(got.retry, Some(retry));
        assert_eq!(got.failover, Some(failover));
        set_retry(&mut doc, "openai", None);
        set_failover(&mut doc, "openai", None);
        assert_eq!(resilience_of(&doc, "openai"), Resilience::default());
        assert_eq!(
            render(&doc).unwrap(),
            render(&parse("x", PROXY).unwrap()).unwrap()
        );
    }

    #[test]
    fn upstream_retries_are_the_consoles_annotations() {
        let mut ing: Value = serde_yaml::from_str("metadata:\n  name: r\n").unwrap();
        let r = UpstreamRetry {
            tries: 3,
            timeout_s: 120,
        };
        set_upstream_retry(&mut ing, Some(&r));
        let a = &ing["metadata"]["annotations"];
        assert_eq!(a[ENABLE_NEXT_UPSTREAM], Value::String("true".into()));
        assert_eq!(a[NEXT_UPSTREAM_TRIES], Value::String("3".into()));
        assert_eq!(a[NEXT_UPSTREAM_TIMEOUT], Value::String("120".into()));
        assert_eq!(
            a[NEXT_UPSTREAM],
            Value::String("error,timeout,non_idempotent".into())
        );
        // Strings, also for the YAML 1.1 reader.
        let text = render(&ing).unwrap();
        assert!(text.contains("'3'") || text.contains("\"3\""), "{text}");
        assert_eq!(upstream_retry_of(&ing), Some(r.clone()));
        assert_eq!(
            upstream_retry_json(&r).to_string(),
            r#"{"enabled":true,"attempts":3,"timeout":120,"conditions":["error","timeout","non_idempotent"]}"#
        );
        set_upstream_retry(&mut ing, None);
        assert_eq!(upstream_retry_of(&ing), None);
    }

    #[test]
    fn route_json_fields_are_set_and_removed_verbatim() {
        let mut cm: Value = serde_yaml::from_str(
            "metadata: {name: ai-route-x}\ndata:\n  data: '{\"name\":\"x\",\"upstreams\":[{\"provider\":\"x\"}]}'\n",
        )
        .unwrap();
        let hostile = serde_json::json!({"a": "'\"$(x)\n: #"});
        set_route_field(&mut cm, "fallbackConfig", Some(hostile.clone())).unwrap();
        let back = parse("x", &render(&cm).unwrap()).unwrap();
        assert_eq!(route_json(&back).unwrap()["fallbackConfig"], hostile);
        assert_eq!(route_json(&back).unwrap()["name"], "x");
        set_route_field(&mut cm, "fallbackConfig", None).unwrap();
        assert!(!route_json(&cm).unwrap().contains_key("fallbackConfig"));
        let mut broken: Value = serde_yaml::from_str("data: {data: 'not json'}\n").unwrap();
        assert!(set_route_field(&mut broken, "x", None).is_err());
    }
}
