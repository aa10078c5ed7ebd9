//! Writing `tracing:` and the collector's McpBridge registry.

use serde_yaml::{Mapping, Value};

use super::{Endpoint, TRACERS, Tracer, Tracing, key, new_mapping, render, validate};

/// A collector given as `HOST:PORT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collector {
    pub host: String,
    pub port: u16,
}

/// `HOST:PORT`: a DNS name or an IPv4 address, and a port 1-65535. Anything else is refused
/// (no scheme, no path, no IPv6: the McpBridge registers a name or an address).
pub fn parse_collector(s: &str) -> Result<Collector, String> {
    if s.contains("://") {
        return Err(format!(
            "{s:?}: give HOST:PORT without a scheme (the tracer sets the protocol)"
        ));
    }
    let Some((host, port)) = s.rsplit_once(':') else {
        return Err(format!(
            "{s:?}: give HOST:PORT, e.g. otel-collector.example.com:4317"
        ));
    };
    let port: u16 = port
        .parse()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| format!("{s:?}: the port must be a number from 1 to 65535"))?;
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if host.is_empty() || host.len() > 253 || !host.split('.').all(label_ok) {
        return Err(format!(
            "{s:?}: the host must be a DNS name or an IPv4 address (letters, digits, '-' and '.')"
        ));
    }
    Ok(Collector {
        host: host.to_string(),
        port,
    })
}

impl Collector {
    fn is_ip(&self) -> bool {
        self.host.parse::<std::net::Ipv4Addr>().is_ok()
    }

    /// The service and port the tracer names: `<name>.dns` and the collector's port, or
    /// for an address a static registry, `<name>.static` on port 80 (how Higress names
    /// static services, as for the providers' registries).
    pub fn service(&self, tracer: Tracer) -> (String, String) {
        if self.is_ip() {
            (format!("{}.static", tracer.registry_name()), "80".into())
        } else {
            (
                format!("{}.dns", tracer.registry_name()),
                self.port.to_string(),
            )
        }
    }

    /// The McpBridge registry entry.
    pub fn registry(&self, tracer: Tracer) -> Value {
        let mut m = Mapping::new();
        m.insert(key("name"), key(tracer.registry_name()));
        if self.is_ip() {
            m.insert(key("type"), key("static"));
            m.insert(key("domain"), key(&format!("{}:{}", self.host, self.port)));
            m.insert(key("port"), Value::Number(80.into()));
        } else {
            m.insert(key("type"), key("dns"));
            m.insert(key("domain"), key(&self.host));
            m.insert(key("port"), Value::Number(self.port.into()));
        }
        Value::Mapping(m)
    }
}

/// The settings `tracing enable` writes, checked as the controller checks them.
pub fn enabled_settings(
    tracer: Tracer,
    collector: &Collector,
    sampling: f64,
    timeout_ms: i64,
    access_token: Option<String>,
) -> Result<Tracing, String> {
    let (service, port) = collector.service(tracer);
    let mut t = Tracing {
        enable: true,
        sampling,
        timeout: timeout_ms,
        ..Tracing::default()
    };
    *t.slot(tracer) = Some(Endpoint {
        service,
        port,
        access_token: access_token.filter(|_| tracer == Tracer::Skywalking),
    });
    validate(&t).map_err(|e| format!("the controller would ignore this: {e}"))?;
    Ok(t)
}

/// `tracing:` as YAML: enable, sampling, timeout and the tracers set (port a string).
pub fn block(t: &Tracing) -> Value {
    let mut m = new_mapping();
    m.insert(key("enable"), Value::Bool(t.enable));
    let sampling = if t.sampling.fract() == 0.0 && t.sampling.abs() < 1e15 {
        Value::Number((t.sampling as i64).into())
    } else {
        Value::Number(t.sampling.into())
    };
    m.insert(key("sampling"), sampling);
    m.insert(key("timeout"), Value::Number(t.timeout.into()));
    for (tracer, e) in t.tracers() {
        let mut em = Mapping::new();
        em.insert(key("service"), key(&e.service));
        em.insert(key("port"), key(&e.port));
        if let Some(token) = &e.access_token {
            em.insert(key("access_token"), key(token));
        }
        m.insert(key(tracer.key()), Value::Mapping(em));
    }
    Value::Mapping(m)
}

/// Put `tracing:` into a `higress` document (Null becomes a mapping), other keys kept.
pub fn set_block(higress: &mut Value, t: &Tracing) {
    if !higress.is_mapping() {
        *higress = Value::Mapping(Mapping::new());
    }
    if let Value::Mapping(m) = higress {
        m.insert(key("tracing"), block(t));
    }
}

/// The `higress-config` ConfigMap with its `higress` document changed by `change`; a new
/// ConfigMap when there is none. YAML 1.1-safe, inside and out.
pub fn edit_configmap<T>(
    text: Option<&str>,
    change: impl FnOnce(&mut Value) -> Result<T, String>,
) -> Result<(String, T), String> {
    let mut outer: Value = match text {
        Some(t) => serde_yaml::from_str(t)
            .map_err(|e| format!("higress-config is not valid YAML ({e})"))?,
        None => skeleton(),
    };
    let mut higress = match text {
        Some(t) => super::higress_doc(t)?,
        None => Value::Null,
    };
    let value = change(&mut higress)?;
    let Value::Mapping(root) = &mut outer else {
        return Err("higress-config does not hold a YAML mapping".into());
    };
    let data = root
        .entry(key("data"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !data.is_mapping() {
        *data = Value::Mapping(Mapping::new());
    }
    if let Value::Mapping(d) = data {
        d.insert(key("higress"), Value::String(render(&higress)));
    }
    Ok((render(&outer), value))
}

fn skeleton() -> Value {
    serde_yaml::from_str(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: higress-config\n  \
         namespace: higress-system\n  resourceVersion: \"1\"\ndata: {}\n",
    )
    .unwrap_or(Value::Null)
}

/// Add or replace the collector's registry, and drop the registries of the other tracers
/// this tool wrote (one collector at a time). Other registries are kept.
pub fn set_collector(bridge: &mut Value, tracer: Tracer, collector: &Collector) {
    let list = registries(bridge);
    let ours: Vec<&str> = TRACERS.iter().map(|t| t.registry_name()).collect();
    list.retain(|r| {
        let name = r.get("name").and_then(Value::as_str).unwrap_or("");
        !ours.contains(&name)
    });
    list.push(collector.registry(tracer));
}

fn registries(bridge: &mut Value) -> &mut Vec<Value> {
    let spec = crate::domain::live::gwconfig::mapping_at(bridge, &["spec"]);
    crate::domain::live::gwconfig::seq_in(spec, "registries")
}

/// Whether the McpBridge registers the service `<name>.<type>` a tracer names. `None` when
/// the service is not of that form (a Kubernetes name, say): nothing to tell.
pub fn registered(bridge: &Value, service: &str) -> Option<bool> {
    let (name, kind) = service.rsplit_once('.')?;
    if !matches!(kind, "dns" | "static") {
        return None;
    }
    let list = bridge.get("spec")?.get("registries")?.as_sequence();
    Some(list.is_some_and(|l| {
        l.iter().any(|r| {
            r.get("name").and_then(Value::as_str) == Some(name)
                && r.get("type").and_then(Value::as_str) == Some(kind)
        })
    }))
}

/// `tracing.enable` set to `on`, the rest of the block as it is (even a block the
/// controller cannot read). False when there is no block to switch.
pub fn set_enable(higress: &mut Value, on: bool) -> bool {
    match higress.get_mut("tracing") {
        Some(Value::Mapping(m)) => {
            m.insert(key("enable"), Value::Bool(on));
            true
        }
        _ => false,
    }
}
