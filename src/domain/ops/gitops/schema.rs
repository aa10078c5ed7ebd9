//! The JSON Schema (draft 2020-12) of the file, generated from [`super::fields`].

use serde_json::{Map, Value, json};

use super::fields::{self, Field, Shape};
use super::{API_VERSION, KIND, SCHEMA_URL};
use crate::domain::live::keyrate::Per;
use crate::domain::providers::{PROVIDERS, compatible};

const DURATION_PATTERN: &str = r"^[0-9]+(ms|s|m)?$";
const SECRET_PATTERN: &str = r"^\$\{(file:.+|[A-Za-z_][A-Za-z0-9_]*)\}$";

/// The schema of the whole file.
pub fn schema() -> Value {
    let mut top = object(fields::TOP);
    if let Some(props) = top.get_mut("properties") {
        props["apiVersion"] =
            json!({"const": API_VERSION, "description": "Always get-ai-gateway/v1"});
        props["kind"] = json!({"const": KIND, "description": "Always Gateway"});
    }
    top["required"] = json!(["apiVersion", "kind"]);
    let mut defs = Map::new();
    for f in fields::PROVIDER {
        if let Shape::Obj(fs) = f.shape {
            if !fields::required(f.name).is_empty() {
                let mut v = object(fs);
                v["required"] = json!(fields::required(f.name));
                defs.insert(f.name.to_string(), v);
            }
        }
    }
    top["$defs"] = Value::Object(defs);
    let mut out = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        "title": "get-ai-gateway Gateway file",
    });
    if let (Some(out), Some(top)) = (out.as_object_mut(), top.as_object()) {
        out.extend(top.clone());
    }
    out
}

fn object(fs: &[Field]) -> Value {
    let mut props = Map::new();
    for f in fs {
        let mut v = match f.shape {
            // Shared by every provider: once, under $defs.
            Shape::Obj(_) if !fields::required(f.name).is_empty() => {
                json!({"$ref": format!("#/$defs/{}", f.name)})
            }
            _ => shape(f.shape),
        };
        v["description"] = json!(f.help);
        props.insert(f.name.to_string(), v);
    }
    json!({"type": "object", "additionalProperties": false, "properties": props})
}

fn shape(s: Shape) -> Value {
    match s {
        Shape::Str => json!({"type": "string"}),
        Shape::Secret => json!({"type": "string", "pattern": SECRET_PATTERN}),
        Shape::Bool => json!({"type": "boolean"}),
        Shape::Port => json!({"type": "integer", "minimum": 1, "maximum": 65535}),
        Shape::Strs => json!({"type": "array", "items": {"type": "string"}}),
        Shape::Secrets => json!({"type": "array", "items": shape(Shape::Secret)}),
        Shape::Obj(fs) => object(fs),
        Shape::Named(fs) => {
            let mut item = object(fs);
            if std::ptr::eq(fs, fields::COMPATIBLE) {
                item["required"] = json!(["baseUrl"]);
            }
            if std::ptr::eq(fs, fields::MCP_SERVER) {
                item["oneOf"] = mcp_kinds();
                let name = r"^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$";
                return json!({"type": "object", "additionalProperties": item,
                    "propertyNames": {"pattern": name}});
            }
            if std::ptr::eq(fs, fields::KEY) {
                item["required"] = json!(["value"]);
                // One rate per key.
                let rates: Vec<Value> = Per::ALL
                    .iter()
                    .map(|p| json!({"required": [fields::rate_field(*p)]}))
                    .collect();
                item["not"] = json!({"anyOf": pairs(&rates)});
            }
            json!({"type": "object", "additionalProperties": item})
        }
        Shape::List(fs) => {
            let mut item = object(fs);
            item["required"] = json!(["model"]);
            item["oneOf"] = json!([{"required": ["pattern"]}, {"required": ["trigger"]}]);
            json!({"type": "array", "items": item})
        }
        Shape::Providers => providers(),
        Shape::Scope => json!({"oneOf": [
            {"const": "all"},
            {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        ]}),
        Shape::Count => json!({"type": "integer", "minimum": 1}),
        Shape::Quota => json!({"type": "integer", "minimum": 1, "maximum": fields::MAX_QUOTA}),
        Shape::Duration => json!({"anyOf": [
            {"type": "integer", "minimum": 0},
            {"type": "string", "pattern": DURATION_PATTERN},
        ]}),
        Shape::Choice(words) => json!({"enum": words}),
        Shape::Choices(words) => {
            json!({"type": "array", "minItems": 1, "uniqueItems": true, "items": {"enum": words}})
        }
        Shape::StrMap => json!({"type": "object", "additionalProperties": {"type": "string"}}),
        Shape::Percent => json!({"type": "number", "minimum": 0, "maximum": 100}),
        Shape::Tools => json!({
            "type": "object",
            "required": ["server"],
            "properties": {
                "server": {"type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string", "minLength": 1}}},
                "tools": {"type": "array", "items": {"type": "object", "required": ["name"]}},
                "allowTools": {"type": "array", "items": {"type": "string"}},
            },
        }),
        Shape::Publish => json!({"oneOf": [
            {"type": "integer", "minimum": 1, "maximum": 65535},
            {"type": "string", "minLength": 1},
        ]}),
    }
}

/// An MCP server is `proxy` (with `transport`), or `upstream` with `tools`.
fn mcp_kinds() -> Value {
    let has = |f: &str| json!({"required": [f]});
    json!([
        {"required": ["proxy"], "not": {"anyOf": [has("upstream"), has("tools")]}},
        {"required": ["upstream", "tools"], "not": {"anyOf": [has("proxy"), has("transport")]}},
    ])
}

/// Every two of `items`, each as `allOf` (a key with two rates).
fn pairs(items: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, a) in items.iter().enumerate() {
        for b in &items[i + 1..] {
            out.push(json!({"allOf": [a, b]}));
        }
    }
    out
}

/// Every provider under each of its names, with its own extras.
fn providers() -> Value {
    let mut props = Map::new();
    for p in PROVIDERS.iter().filter(|p| p.stem != compatible::STEM) {
        let mut entry = object(fields::PROVIDER);
        if let Some(pp) = entry["properties"].as_object_mut() {
            for (name, e) in fields::extras(p) {
                let mut v = shape(fields::extra_shape(e));
                v["description"] = json!(e.help);
                pp.insert(name, v);
            }
        }
        entry["description"] = json!(p.name);
        for n in p.names() {
            props.insert(n.to_string(), entry.clone());
        }
    }
    json!({"type": "object", "additionalProperties": false, "properties": props})
}
