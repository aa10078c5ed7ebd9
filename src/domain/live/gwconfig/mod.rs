//! Typed changes to the gateway's YAML files, on `serde_yaml::Value` so that every field the
//! tool does not own, and the order of keys, stay as they were.
//!
//! Shapes follow what the image's config template writes: the ai-proxy plugin's providers and
//! match rules, the model-router's autoRouting block, the McpBridge registries, and the
//! `ai-route-<id>` ConfigMap and Ingress of each provider.

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::error::fail;

pub fn parse(path: &str, text: &str) -> Result<Value> {
    let value: Value =
        serde_yaml::from_str(text).map_err(|e| fail(format!("{path} is not valid YAML: {e}")))?;
    if !value.is_mapping() {
        return Err(fail(format!("{path} does not hold a YAML mapping")));
    }
    Ok(value)
}

/// The document as YAML that the gateway's YAML 1.1 reader and any YAML 1.2 reader read
/// back as the same values (see `domain::yaml11`).
pub fn render(value: &Value) -> Result<String> {
    Ok(crate::domain::live::yaml11::to_string(value))
}

pub(crate) fn key(k: &str) -> Value {
    Value::String(k.to_string())
}

fn new_map() -> Value {
    Value::Mapping(Mapping::new())
}

fn new_seq() -> Value {
    Value::Sequence(Vec::new())
}

/// `node`, replaced by `empty()` unless it already is a value of that kind.
fn coerce(node: &mut Value, empty: fn() -> Value) -> &mut Value {
    let wanted = empty();
    if std::mem::discriminant(node) != std::mem::discriminant(&wanted) {
        *node = wanted;
    }
    node
}

/// The mapping at a path, created (and replacing non-mappings) on the way.
pub(crate) fn mapping_at<'a>(root: &'a mut Value, path: &[&str]) -> &'a mut Mapping {
    let mut node = root;
    for part in path {
        let Value::Mapping(map) = coerce(node, new_map) else {
            unreachable!("coerce made a mapping")
        };
        node = map.entry(key(part)).or_insert_with(new_map);
    }
    match coerce(node, new_map) {
        Value::Mapping(m) => m,
        _ => unreachable!("coerce made a mapping"),
    }
}

/// The sequence under `key` of a mapping, created when missing.
pub(crate) fn seq_in<'a>(map: &'a mut Mapping, name: &str) -> &'a mut Vec<Value> {
    match coerce(map.entry(key(name)).or_insert_with(new_seq), new_seq) {
        Value::Sequence(s) => s,
        _ => unreachable!("coerce made a sequence"),
    }
}

pub(crate) fn get<'a>(root: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(root, |node, part| node.get(*part))
}

pub(crate) fn str_of(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_string)
}

mod ai_proxy;
pub mod fallback;
pub mod mcp;
pub mod resilience;
mod router;
mod routes;
#[cfg(test)]
mod tests;

pub use ai_proxy::*;
pub use router::*;
pub use routes::*;
