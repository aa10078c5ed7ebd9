//! OPEN_API: the WasmPlugin `mcp-server.internal` (one `matchRules` item per server, its
//! config the user's `server`/`tools` YAML), the check of that YAML against the plugin's
//! spec, and the key-auth rule of an MCP Ingress.

use serde_yaml::{Mapping, Value};

use super::{Refusal, ingress_name, refuse};
use crate::domain::live::gwconfig::{key, mapping_at, seq_in};

/// The plugin's file.
pub const PLUGIN_FILE: &str = "/data/wasmplugins/mcp-server.internal.yaml";

/// The WasmPlugin as the console makes it from the plugin's spec (`plugins/mcp-server/
/// spec.yaml`: category ai, phase default, priority 999; `wasmPluginToCr`): no default
/// config, disabled; `url` is where the gateway loads it from (next to ai-proxy).
pub fn plugin_skeleton(url: &str) -> Value {
    let text = format!(
        "apiVersion: extensions.higress.io/v1alpha1
kind: WasmPlugin
metadata:
  annotations:
    higress.io/wasm-plugin-description: Host MCP servers for AI tool integration.
    higress.io/wasm-plugin-title: MCP Server
  labels:
    higress.io/resource-definer: higress
    higress.io/wasm-plugin-built-in: \"true\"
    higress.io/wasm-plugin-category: ai
    higress.io/wasm-plugin-name: mcp-server
    higress.io/wasm-plugin-version: 1.0.0
  name: mcp-server.internal
  namespace: higress-system
  resourceVersion: \"1\"
spec:
  defaultConfigDisable: true
  failStrategy: FAIL_OPEN
  matchRules: []
  phase: UNSPECIFIED_PHASE
  priority: 999
  url: {url}
"
    );
    serde_yaml::from_str(&text).unwrap_or(Value::Null)
}

/// The plugin's `url`: ai-proxy's with `mcp-server` for `ai-proxy` (the image's plugin
/// server holds every built-in plugin at the version it holds ai-proxy at).
pub fn plugin_url_next_to(ai_proxy: Option<&Value>) -> String {
    let fallback = "http://localhost:8002/plugins/mcp-server/1.0.0/plugin.wasm".to_string();
    match ai_proxy.and_then(|d| d["spec"]["url"].as_str()) {
        Some(url) if url.contains("/ai-proxy/") || url.contains("/ai-proxy:") => {
            url.replacen("/ai-proxy", "/mcp-server", 1)
        }
        _ => fallback,
    }
}

fn targets(rule: &Value, ingress: &str) -> bool {
    rule["ingress"]
        .as_sequence()
        .is_some_and(|l| l.iter().any(|i| i.as_str() == Some(ingress)))
}

/// The server's rule (`setWasmPluginInstanceToCr`: `ingress: [<route>]`, `config`,
/// `configDisable`), replacing its old one. Disabled until the config has `tools`, as the
/// console does. Returns whether it is enabled.
pub fn upsert_plugin_rule(doc: &mut Value, name: &str, config: &Value) -> bool {
    let ingress = ingress_name(name);
    let enabled = config.get("tools").is_some();
    let mut rule = Mapping::new();
    rule.insert(key("config"), config.clone());
    rule.insert(key("configDisable"), Value::Bool(!enabled));
    rule.insert(
        key("ingress"),
        Value::Sequence(vec![Value::String(ingress.clone())]),
    );
    let rules = seq_in(mapping_at(doc, &["spec"]), "matchRules");
    rules.retain(|r| !targets(r, &ingress));
    rules.push(Value::Mapping(rule));
    enabled
}

/// Remove the server's rule; true when there was one.
pub fn remove_plugin_rule(doc: &mut Value, name: &str) -> bool {
    let ingress = ingress_name(name);
    let rules = seq_in(mapping_at(doc, &["spec"]), "matchRules");
    let before = rules.len();
    rules.retain(|r| !targets(r, &ingress));
    before != rules.len()
}

/// The server's rule, when the plugin has one.
pub fn plugin_rule<'a>(doc: &'a Value, name: &str) -> Option<&'a Value> {
    let ingress = ingress_name(name);
    doc["spec"]["matchRules"]
        .as_sequence()?
        .iter()
        .find(|r| targets(r, &ingress))
}

/// The plugin does nothing: no rule and no default config in force (its file can go).
pub fn plugin_idle(doc: &Value) -> bool {
    let no_rules = doc["spec"]["matchRules"]
        .as_sequence()
        .is_none_or(Vec::is_empty);
    no_rules && doc["spec"]["defaultConfigDisable"].as_bool() != Some(false)
}

/// A tool as `mcp tools` lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Tool {
    pub name: String,
    pub description: String,
}

/// The tools of a plugin config, as the plugin serves them (`allowTools` filters them).
pub fn config_tools(config: &Value) -> Vec<Tool> {
    let allow: Option<Vec<&str>> = config["allowTools"]
        .as_sequence()
        .or_else(|| config["server"]["allowTools"].as_sequence())
        .map(|l| l.iter().filter_map(Value::as_str).collect());
    config["tools"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|t| {
            let name = t["name"].as_str()?;
            if allow.as_ref().is_some_and(|a| !a.contains(&name)) {
                return None;
            }
            Some(Tool {
                name: name.to_string(),
                description: t["description"].as_str().unwrap_or("").to_string(),
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// The check against `plugins/mcp-server/spec.yaml` (and the README's required fields)

const ARG_TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object"];
const POSITIONS: &[&str] = &["query", "path", "header", "cookie", "body"];
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Sequence(_) => "array",
        Value::Mapping(_) => "object",
        Value::Tagged(_) => "tagged value",
    }
}

/// Every problem of one field: `want` is the spec's type.
fn expect(errors: &mut Vec<String>, at: &str, v: Option<&Value>, want: &str) {
    let Some(v) = v else { return };
    let ok = match want {
        "string" => v.is_string(),
        "boolean" => v.is_bool(),
        "array" => v.is_sequence(),
        "object" => v.is_mapping(),
        _ => true,
    };
    if !ok {
        errors.push(format!("{at} must be a {want}, not a {}", kind_of(v)));
    }
}

fn one_of(errors: &mut Vec<String>, at: &str, v: Option<&Value>, allowed: &[&str]) {
    if let Some(s) = v.and_then(Value::as_str) {
        if !allowed.contains(&s) {
            errors.push(format!("{at} is {s:?}: use one of {}", allowed.join(", ")));
        }
    }
}

fn check_arg(errors: &mut Vec<String>, at: &str, arg: &Value) {
    if !arg.is_mapping() {
        errors.push(format!("{at} must be an object"));
        return;
    }
    if arg
        .get("name")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        errors.push(format!("{at}.name is missing"));
    }
    for (f, t) in [
        ("name", "string"),
        ("description", "string"),
        ("type", "string"),
        ("required", "boolean"),
        ("enum", "array"),
        ("position", "string"),
    ] {
        expect(errors, &format!("{at}.{f}"), arg.get(f), t);
    }
    one_of(errors, &format!("{at}.type"), arg.get("type"), ARG_TYPES);
    one_of(
        errors,
        &format!("{at}.position"),
        arg.get("position"),
        POSITIONS,
    );
}

fn check_templates(errors: &mut Vec<String>, at: &str, tool: &Value) {
    let req = tool.get("requestTemplate");
    expect(errors, &format!("{at}.requestTemplate"), req, "object");
    if let Some(req) = req.filter(|r| r.is_mapping()) {
        for (f, t) in [
            ("url", "string"),
            ("method", "string"),
            ("headers", "array"),
            ("body", "string"),
            ("argsToJsonBody", "boolean"),
            ("argsToUrlParam", "boolean"),
            ("argsToFormBody", "boolean"),
        ] {
            expect(errors, &format!("{at}.requestTemplate.{f}"), req.get(f), t);
        }
        one_of(
            errors,
            &format!("{at}.requestTemplate.method"),
            req.get("method"),
            METHODS,
        );
        for (j, h) in req["headers"]
            .as_sequence()
            .into_iter()
            .flatten()
            .enumerate()
        {
            for f in ["key", "value"] {
                expect(
                    errors,
                    &format!("{at}.requestTemplate.headers[{j}].{f}"),
                    h.get(f),
                    "string",
                );
            }
        }
    }
    let resp = tool.get("responseTemplate");
    expect(errors, &format!("{at}.responseTemplate"), resp, "object");
    if let Some(resp) = resp.filter(|r| r.is_mapping()) {
        for f in ["body", "prependBody", "appendBody"] {
            expect(
                errors,
                &format!("{at}.responseTemplate.{f}"),
                resp.get(f),
                "string",
            );
        }
        let wraps = resp.get("prependBody").is_some() || resp.get("appendBody").is_some();
        if resp.get("body").is_some() && wraps {
            errors.push(format!(
                "{at}.responseTemplate: body excludes prependBody and appendBody"
            ));
        }
    }
}

fn check_tool(errors: &mut Vec<String>, names: &mut Vec<String>, i: usize, tool: &Value) {
    let at = format!("tools[{i}]");
    if !tool.is_mapping() {
        errors.push(format!("{at} must be an object"));
        return;
    }
    match tool.get("name").and_then(Value::as_str) {
        Some(n) if !n.is_empty() => {
            if names.iter().any(|m| m == n) {
                errors.push(format!("{at}.name {n:?} is used twice"));
            }
            names.push(n.to_string());
        }
        _ => errors.push(format!("{at}.name is missing")),
    }
    expect(
        errors,
        &format!("{at}.description"),
        tool.get("description"),
        "string",
    );
    expect(errors, &format!("{at}.args"), tool.get("args"), "array");
    for (j, arg) in tool["args"].as_sequence().into_iter().flatten().enumerate() {
        check_arg(errors, &format!("{at}.args[{j}]"), arg);
    }
    check_templates(errors, &at, tool);
}

/// The user's `server`/`tools` YAML, checked against the plugin's spec before anything is
/// written: the value to store (verbatim), or every problem found.
pub fn check_tools_yaml(file: &str, text: &str) -> Result<Value, Refusal> {
    let value: Value = serde_yaml::from_str(text).map_err(|e| {
        refuse(
            format!("{file} is not valid YAML: {e}"),
            "see the format in docs/mcp.md (server: {name: ...}, tools: [...])",
        )
    })?;
    let mut errors = Vec::new();
    if !value.is_mapping() {
        errors.push("the file must hold a mapping with server: and tools:".to_string());
    } else {
        let server = value.get("server");
        match server {
            None => errors.push("server is missing (server: {name: ...})".into()),
            Some(s) if !s.is_mapping() => errors.push("server must be an object".into()),
            Some(s)
                if s.get("name")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty) =>
            {
                errors.push("server.name is missing".into())
            }
            Some(s) => {
                expect(&mut errors, "server.config", s.get("config"), "object");
                expect(
                    &mut errors,
                    "server.securitySchemes",
                    s.get("securitySchemes"),
                    "array",
                );
            }
        }
        expect(&mut errors, "allowTools", value.get("allowTools"), "array");
        expect(&mut errors, "tools", value.get("tools"), "array");
        let mut names = Vec::new();
        for (i, tool) in value["tools"]
            .as_sequence()
            .into_iter()
            .flatten()
            .enumerate()
        {
            check_tool(&mut errors, &mut names, i, tool);
        }
    }
    if errors.is_empty() {
        return Ok(value);
    }
    Err(refuse(
        format!(
            "{file} does not follow the mcp-server plugin's spec:\n  - {}",
            errors.join("\n  - ")
        ),
        "fix the file (format: docs/mcp.md), then run `mcp add` again; nothing was written",
    ))
}

// ---------------------------------------------------------------------------------------
// Keys: the key-auth rule of an MCP Ingress

/// Whether key-auth asks for keys route by route, as the console writes it: the default
/// config is not on with `global_auth` (so a route without a rule of its own is open to every
/// caller), yet some rule of another route is on. This tool's rules follow `keys enable`
/// instead; an MCP server written here would be open to all while keys are required.
pub fn open_while_keys_required(keyauth: &Value, name: &str) -> bool {
    let spec = &keyauth["spec"];
    let global = spec["defaultConfigDisable"].as_bool() == Some(false)
        && spec["defaultConfig"]["global_auth"].as_bool() == Some(true);
    if global {
        return false;
    }
    let own = ingress_name(name);
    spec["matchRules"].as_sequence().is_some_and(|l| {
        l.iter().any(|r| {
            r["configDisable"].as_bool() != Some(true)
                && r["config"]["allow"].is_sequence()
                && !targets(r, &own)
        })
    })
}

/// The consumers the server's key-auth rule allows, when it has one.
pub fn allowed_keys(keyauth: &Value, name: &str) -> Option<Vec<String>> {
    let ingress = ingress_name(name);
    let rule = keyauth["spec"]["matchRules"]
        .as_sequence()?
        .iter()
        .find(|r| targets(r, &ingress))?;
    Some(
        rule["config"]["allow"]
            .as_sequence()?
            .iter()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect(),
    )
}
