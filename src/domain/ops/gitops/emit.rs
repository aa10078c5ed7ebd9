//! A [`Desired`] → the file's text, as `export --format gateway` writes it. Values are put
//! in a YAML value and serialised (never pasted into text), so any string stays verbatim.

use serde_yaml::{Mapping, Value};

use super::fields::{self, Shape};
use super::{API_VERSION, Desired, KIND, KeySpec, ProviderSpec, Providers, SCHEMA_URL, plan};
use crate::domain::providers::{self, Provider, compatible};

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

fn put(m: &mut Mapping, k: &str, v: Value) {
    m.insert(s(k), v);
}

fn list(items: impl IntoIterator<Item = String>) -> Value {
    Value::Sequence(items.into_iter().map(Value::String).collect())
}

/// The file's text, with the schema line first.
pub fn to_text(d: &Desired) -> String {
    let body = serde_yaml::to_string(&Value::Mapping(to_value(d))).unwrap_or_default();
    format!("# yaml-language-server: $schema={SCHEMA_URL}\n{body}")
}

pub fn to_value(d: &Desired) -> Mapping {
    let mut top = Mapping::new();
    put(&mut top, "apiVersion", s(API_VERSION));
    put(&mut top, "kind", s(KIND));
    if let Some(n) = &d.name {
        put(&mut top, "name", s(n));
    }
    if let Some(st) = &d.start {
        put(&mut top, "start", Value::Mapping(start(st)));
    }
    if let Some(ps) = &d.providers {
        let mut m = Mapping::new();
        for (id, spec) in ps {
            if let Some(p) = providers::by_id(id) {
                put(&mut m, p.stem, Value::Mapping(provider(p, spec)));
            }
        }
        put(&mut top, "providers", Value::Mapping(m));
    }
    if let Some(cs) = &d.compatible {
        let mut m = Mapping::new();
        for (id, spec) in cs {
            let Some(p) = compatible::from_id(id) else {
                continue;
            };
            let mut entry = Mapping::new();
            if let Some(url) = p.extras.first().and_then(|e| spec.extras.get(e.var)) {
                put(&mut entry, "baseUrl", s(&url.written()));
            }
            credentials(&mut entry, spec);
            let name = id.strip_prefix(compatible::ID_PREFIX).unwrap_or(id);
            put(&mut m, name, Value::Mapping(entry));
        }
        put(&mut top, "openaiCompatible", Value::Mapping(m));
    }
    rest(&mut top, d);
    top
}

fn rest(top: &mut Mapping, d: &Desired) {
    if let Some(r) = &d.auto_routing {
        let mut m = Mapping::new();
        if let Some(e) = r.enabled {
            put(&mut m, "enabled", Value::Bool(e));
        }
        if let Some(dm) = &r.default_model {
            put(&mut m, "defaultModel", s(dm));
        }
        if let Some(rules) = &r.rules {
            let items = rules.iter().map(|rule| {
                let mut m = Mapping::new();
                put(&mut m, "pattern", s(&rule.pattern));
                put(&mut m, "model", s(&rule.model));
                Value::Mapping(m)
            });
            put(&mut m, "rules", Value::Sequence(items.collect()));
        }
        put(top, "autoRouting", Value::Mapping(m));
    }
    if let Some(k) = &d.gateway_keys {
        let mut m = Mapping::new();
        if let Some(r) = k.required {
            put(&mut m, "required", Value::Bool(r));
        }
        if let Some(q) = k.quotas {
            put(&mut m, "quotas", Value::Bool(q));
        }
        if let Some(keys) = &k.keys {
            let mut km = Mapping::new();
            for (name, k) in keys {
                put(&mut km, name, Value::Mapping(key(k)));
            }
            put(&mut m, "keys", Value::Mapping(km));
        }
        put(top, "gatewayKeys", Value::Mapping(m));
    }
    if let Some(c) = &d.console {
        let mut m = Mapping::new();
        if let Some(p) = &c.password {
            put(&mut m, "password", s(&p.written()));
        }
        put(top, "console", Value::Mapping(m));
    }
    if let Some(o) = &d.observability {
        put(top, "observability", Value::Mapping(observability(o)));
    }
    if let Some(ms) = &d.mcp_servers {
        let mut m = Mapping::new();
        for (name, spec) in ms {
            put(&mut m, name, Value::Mapping(mcp_server(spec)));
        }
        put(top, "mcpServers", Value::Mapping(m));
    }
}

fn mcp_server(spec: &super::McpSpec) -> Mapping {
    let mut e = Mapping::new();
    match &spec.via {
        super::McpVia::Proxy { url, transport } => {
            put(&mut e, "proxy", s(url));
            put(&mut e, "transport", s(transport.as_str()));
        }
        super::McpVia::Tools { upstream, tools } => {
            put(&mut e, "upstream", s(upstream));
            put(&mut e, "tools", tools.clone());
        }
    }
    if let Some(d) = &spec.description {
        put(&mut e, "description", s(d));
    }
    if let Some(k) = &spec.keys {
        put(&mut e, "keys", list(k.iter().cloned()));
    }
    e
}

fn observability(o: &super::ObservabilitySpec) -> Mapping {
    let mut m = Mapping::new();
    let Some(t) = &o.tracing else {
        return m;
    };
    let mut tm = Mapping::new();
    match t {
        super::TracingSpec::Off => put(&mut tm, "enabled", Value::Bool(false)),
        super::TracingSpec::On {
            tracer,
            collector,
            sampling,
            timeout,
        } => {
            let at = format!("{}:{}", collector.host, collector.port);
            put(&mut tm, super::observability::tracer_field(*tracer), s(&at));
            let whole = sampling.0.fract() == 0.0 && sampling.0.abs() < 1e15;
            let n = if whole {
                (sampling.0 as i64).into()
            } else {
                sampling.0.into()
            };
            put(&mut tm, "sampling", Value::Number(n));
            put(&mut tm, "timeout", Value::Number((*timeout).into()));
        }
    }
    put(&mut m, "tracing", Value::Mapping(tm));
    m
}

fn key(k: &KeySpec) -> Mapping {
    let mut entry = Mapping::new();
    put(&mut entry, "value", s(&k.value.written()));
    if let Providers::Only(_) = &k.providers {
        put(&mut entry, "providers", list(plan::names_of(&k.providers)));
    }
    if let Some(r) = k.rate {
        put(
            &mut entry,
            fields::rate_field(r.per),
            Value::Number(r.requests.into()),
        );
    }
    for w in crate::domain::live::tokenlimit::WINDOWS {
        if let Some(n) = k.tokens.get(w) {
            put(&mut entry, fields::tokens_field(w), Value::Number(n.into()));
        }
    }
    if let Some(q) = k.quota {
        put(&mut entry, "quota", Value::Number(q.into()));
    }
    entry
}

fn start(st: &super::StartSpec) -> Mapping {
    let mut m = Mapping::new();
    if st.image_repo.is_some() || st.image_tag.is_some() {
        let mut img = Mapping::new();
        if let Some(r) = &st.image_repo {
            put(&mut img, "repo", s(r));
        }
        if let Some(t) = &st.image_tag {
            put(&mut img, "tag", s(t));
        }
        put(&mut m, "image", Value::Mapping(img));
    }
    if let Some(d) = &st.data_folder {
        put(&mut m, "dataFolder", s(d));
    }
    if let Some(b) = &st.bind {
        put(&mut m, "bind", s(b));
    }
    let mut ports = Mapping::new();
    for (k, v) in [
        ("http", st.http),
        ("https", st.https),
        ("console", st.console),
    ] {
        if let Some(p) = v {
            put(&mut ports, k, Value::Number(p.into()));
        }
    }
    if !ports.is_empty() {
        put(&mut m, "ports", Value::Mapping(ports));
    }
    if let Some(o) = st.o11y {
        put(&mut m, "o11y", Value::Bool(o));
    }
    if let Some(p) = &st.metrics_port {
        let v = p
            .parse::<u16>()
            .map_or_else(|_| s(p), |n| Value::Number(n.into()));
        put(&mut m, "metricsPort", v);
    }
    if let Some(r) = st.redis {
        put(&mut m, "redis", Value::Bool(r));
    }
    m
}

fn credentials(m: &mut Mapping, spec: &ProviderSpec) {
    match spec.keys.as_slice() {
        [] => {}
        [one] => put(m, "key", s(&one.written())),
        many => put(m, "keys", list(many.iter().map(|k| k.written()))),
    }
    if let Some(models) = &spec.models {
        put(m, "models", list(models.iter().cloned()));
    }
    resilience(m, &spec.resilience);
}

fn num(n: u64) -> Value {
    Value::Number(n.into())
}

fn duration(ms: u64) -> Value {
    s(&plan::duration_text(ms))
}

/// `retries`, `failover`, `upstreamRetries` and `fallback`, when the provider has them.
fn resilience(m: &mut Mapping, r: &super::ResilienceSpec) {
    if let Some(x) = &r.retry {
        let mut e = Mapping::new();
        put(&mut e, "maxRetries", num(x.max_retries));
        if let Some(t) = x.timeout_ms {
            put(&mut e, "retryTimeout", duration(t));
        }
        put(m, "retries", Value::Mapping(e));
    }
    if let Some(f) = &r.failover {
        let mut e = Mapping::new();
        put(&mut e, "healthModel", s(&f.health_model));
        put(&mut e, "failureThreshold", num(f.failure_threshold));
        put(&mut e, "successThreshold", num(f.success_threshold));
        put(&mut e, "healthInterval", duration(f.health_interval_ms));
        put(&mut e, "healthTimeout", duration(f.health_timeout_ms));
        put(m, "failover", Value::Mapping(e));
    }
    if let Some(u) = &r.upstream {
        let mut e = Mapping::new();
        put(&mut e, "tries", num(u.tries));
        put(
            &mut e,
            "timeout",
            duration(u.timeout_s.saturating_mul(1000)),
        );
        put(m, "upstreamRetries", Value::Mapping(e));
    }
    if let Some(f) = &r.fallback {
        put(m, "fallback", Value::Mapping(fallback(f)));
    }
}

/// A fallback: a mapping every fallback shares is written once (`FROM: TO`), the others
/// per fallback (`P:FROM: TO`).
fn fallback(f: &super::Fallback) -> Mapping {
    let mut e = Mapping::new();
    let names: Vec<String> = f
        .upstreams
        .iter()
        .map(|u| plan::scope_name(&u.provider))
        .collect();
    put(&mut e, "to", list(names.iter().cloned()));
    put(&mut e, "onStatus", list(f.response_codes.iter().cloned()));
    let strategy = match f.strategy {
        crate::domain::live::gwconfig::fallback::Strategy::Seq => "seq",
        crate::domain::live::gwconfig::fallback::Strategy::Rand => "rand",
    };
    put(&mut e, "strategy", s(strategy));
    let mut map = Mapping::new();
    let first = f.upstreams.first().map(|u| &u.model_mapping);
    for (from, to) in first.into_iter().flatten() {
        if f.upstreams
            .iter()
            .all(|u| u.model_mapping.get(from) == Some(to))
        {
            put(&mut map, from, s(to));
        }
    }
    for (u, name) in f.upstreams.iter().zip(&names) {
        for (from, to) in &u.model_mapping {
            if !map.contains_key(from.as_str()) {
                put(&mut map, &format!("{name}:{from}"), s(to));
            }
        }
    }
    if !map.is_empty() {
        put(&mut e, "modelMap", Value::Mapping(map));
    }
    e
}

fn provider(p: &'static Provider, spec: &ProviderSpec) -> Mapping {
    let mut m = Mapping::new();
    credentials(&mut m, spec);
    for (name, e) in fields::extras(p) {
        let Some(v) = spec.extras.get(e.var) else {
            continue;
        };
        let value = match fields::extra_shape(e) {
            Shape::Bool => Value::Bool(v.text() == "true"),
            Shape::Port => match v.text().parse::<u16>() {
                Ok(n) => Value::Number(n.into()),
                Err(_) => s(&v.written()),
            },
            _ => s(&v.written()),
        };
        put(&mut m, &name, value);
    }
    m
}
