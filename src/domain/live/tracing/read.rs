//! Reading `tracing:` as the controller does: sigs.k8s.io/yaml turns the YAML into JSON and
//! encoding/json fills the default `Tracing`, so a missing or null field keeps its default, a
//! null tracer is no tracer, and a value of the wrong type (a port written as a number) fails
//! the whole `higress` document.

use serde_yaml::Value;

use super::{Endpoint, TRACERS, Tracing};

/// The `data.higress` document of the `higress-config` ConfigMap (Null when it has none).
pub fn higress_doc(configmap: &str) -> Result<Value, String> {
    let outer: Value = serde_yaml::from_str(configmap)
        .map_err(|e| format!("higress-config is not valid YAML ({e})"))?;
    match outer.get("data").and_then(|d| d.get("higress")) {
        None | Some(Value::Null) => Ok(Value::Null),
        Some(Value::String(text)) => serde_yaml::from_str(text)
            .map_err(|e| format!("higress-config: its `higress` entry is not YAML ({e})")),
        Some(_) => Err("higress-config: its `higress` entry is not a string".into()),
    }
}

/// The tracing settings of a `higress` document as the controller reads them: `None` when
/// there is no `tracing:` (or it is null), an error when the controller cannot read them.
pub fn read(higress: &Value) -> Result<Option<Tracing>, String> {
    let block = match higress.get("tracing") {
        None | Some(Value::Null) => return Ok(None),
        Some(b @ Value::Mapping(_)) => b,
        Some(_) => return Err("tracing: not a mapping".into()),
    };
    let mut t = Tracing::default();
    if let Some(v) = present(block, "enable") {
        t.enable = boolean(v).ok_or("tracing.enable: not true or false")?;
    }
    if let Some(v) = present(block, "sampling") {
        t.sampling = v.as_f64().ok_or("tracing.sampling: not a number")?;
    }
    if let Some(v) = present(block, "timeout") {
        t.timeout = v
            .as_i64()
            .filter(|n| i32::try_from(*n).is_ok())
            .ok_or("tracing.timeout: not a whole number of milliseconds (int32)")?;
    }
    for tracer in TRACERS {
        let Some(v) = present(block, tracer.key()) else {
            continue;
        };
        let path = format!("tracing.{}", tracer.key());
        if !v.is_mapping() {
            return Err(format!("{path}: not a mapping"));
        }
        *t.slot(tracer) = Some(Endpoint {
            service: string(v, "service", &path)?,
            port: string(v, "port", &path)?,
            access_token: present(v, "access_token")
                .map(|_| string(v, "access_token", &path))
                .transpose()?,
        });
    }
    Ok(Some(t))
}

/// A field that is there and not null (JSON null leaves Go's value as it was).
fn present<'a>(map: &'a Value, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

/// A boolean as yaml.v2 (YAML 1.1) reads one: `true`, and also `yes`, `on`, `y`.
fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.as_str() {
            "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Some(true),
            "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn string(map: &Value, key: &str, path: &str) -> Result<String, String> {
    match present(map, key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!(
            "{path}.{key}: {} where the controller wants a string (write it quoted: {})",
            kind(other),
            super::yaml11::double_quoted(&scalar_text(other)),
        )),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        _ => "a value",
    }
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}
