//! `check`: every file the gateway reads, read the way the gateway reads it. Each finding
//! names the file, what the gateway would do with it, and the fix. No I/O here: the caller
//! gives every `*.yaml` file under `/data` (and `default.cfg`) as path → text.

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::Value;

use crate::domain::live::LiveConfig;
use crate::domain::live::gwconfig;
use crate::domain::live::gwconfig::fallback;
use crate::domain::live::paths::{
    AI_PROXY, CONFIGMAPS, INGRESSES, MCP_BRIDGE, MODEL_ROUTER, SETTINGS,
};
use crate::domain::live::yaml11;
use crate::domain::live::{keyauth, keyscope};
use crate::domain::providers::{self, PROVIDERS};
use crate::domain::routing;

/// One problem, with its fix.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub file: String,
    pub problem: String,
    pub fix: String,
}

fn finding(file: &str, problem: impl Into<String>, fix: impl Into<String>) -> Finding {
    Finding {
        file: file.to_string(),
        problem: problem.into(),
        fix: fix.into(),
    }
}

/// Every finding for these files (path inside the container → text).
pub fn check(files: &BTreeMap<String, String>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut docs = BTreeMap::new();
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".yaml")) {
        out.extend(file_findings(path, text));
        if let Ok(v) = serde_yaml::from_str::<Value>(text) {
            docs.insert(path.as_str(), v);
        }
    }
    if let Some(proxy) = docs.get(AI_PROXY) {
        out.extend(proxy_findings(proxy));
    }
    if let Some(router) = docs.get(MODEL_ROUTER) {
        out.extend(router_findings(router));
    }
    out.extend(route_findings(&docs));
    out.extend(plugin_duplicates(&docs));
    out.extend(key_rule_findings(&docs));
    out.extend(mcp::mcp_findings(&docs));
    out.extend(settings_findings(files));
    out.extend(tracing_findings(&docs, files));
    out
}

/// A `tracing:` block the controller would ignore (tracing.go:197-201 logs and drops it), or
/// one whose collector the McpBridge does not register.
fn tracing_findings(
    docs: &BTreeMap<&str, Value>,
    files: &BTreeMap<String, String>,
) -> Vec<Finding> {
    use crate::domain::live::tracing::{self, HIGRESS_CONFIG};
    let Some(text) = files.get(HIGRESS_CONFIG) else {
        return Vec::new();
    };
    let fix = "`get-ai-gateway tracing enable --otlp HOST:PORT` (or --zipkin, --skywalking) \
               writes a valid block; `tracing disable` turns it off";
    let t = match tracing::higress_doc(text).and_then(|h| tracing::read(&h)) {
        Ok(Some(t)) => t,
        Ok(None) => return Vec::new(),
        Err(e) => {
            return vec![finding(
                HIGRESS_CONFIG,
                format!("{e}: the controller cannot read these settings and keeps its old ones"),
                fix,
            )];
        }
    };
    if let Err(e) = tracing::validate(&t) {
        return vec![finding(
            HIGRESS_CONFIG,
            format!("tracing: {e}: the controller ignores the block (it logs this and no more)"),
            fix,
        )];
    }
    let bridge = docs.get(MCP_BRIDGE).cloned().unwrap_or(Value::Null);
    t.tracers()
        .into_iter()
        .filter(|(_, e)| tracing::registered(&bridge, &e.service) == Some(false))
        .map(|(tracer, e)| {
            finding(
                HIGRESS_CONFIG,
                format!(
                    "tracing.{}.service is {}, which the McpBridge does not register: spans \
                     go nowhere",
                    tracer.key(),
                    e.service
                ),
                fix,
            )
        })
        .collect()
}

/// What the file API server does with one `*.yaml` file: names it after the file, fails on
/// YAML it cannot read, and reads plain words like `on` or `1_000` as YAML 1.1 does.
fn file_findings(path: &str, text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let base = path.rsplit('/').next().unwrap_or(path);
    if base.starts_with('.') {
        out.push(finding(
            path,
            format!(
                "a hidden file: the gateway loads it too, as an object named {:?}",
                base.trim_end_matches(".yaml")
            ),
            "remove it, or rename it so that it does not end in .yaml",
        ));
    }
    if let Err(e) = serde_yaml::from_str::<Value>(text) {
        out.push(finding(
            path,
            format!("not valid YAML ({e}): the gateway fails to load the objects of its folder"),
            "fix the file, or restore its backup (.NAME.bak in the same folder)",
        ));
        return out;
    }
    for (line, word) in yaml11_words(text) {
        out.push(finding(
            path,
            format!(
                "line {line}: the plain value {word:?} is a string in YAML 1.2 but not in the \
                 gateway's YAML 1.1 reader"
            ),
            format!("quote it: {}", yaml11::double_quoted(&word)),
        ));
    }
    out
}

/// Plain scalars on their own after `key:` or `- ` that YAML 1.2 reads as a string but
/// yaml.v2 (YAML 1.1) does not: (line number, the word).
fn yaml11_words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let body = line.trim_start();
        let body = body.strip_prefix("- ").unwrap_or(body);
        let value = match body.split_once(": ") {
            Some((key, v)) if !key.starts_with(['"', '\'', '#']) => v,
            _ if line.trim_start().starts_with("- ") => body,
            _ => continue,
        };
        let value = value.split(" #").next().unwrap_or(value).trim();
        if value.is_empty()
            || value.starts_with(['"', '\'', '|', '>', '[', '{', '&', '*', '!', '#'])
        {
            continue;
        }
        let reads_as_string_12 =
            matches!(serde_yaml::from_str::<Value>(value), Ok(Value::String(_)));
        if reads_as_string_12 && !yaml11::v2_reads_as_string(value) {
            out.push((i + 1, value.to_string()));
        }
    }
    out
}

fn proxy_findings(proxy: &Value) -> Vec<Finding> {
    let mut out = Vec::new();
    let list = proxy["spec"]["defaultConfig"]["providers"].as_sequence();
    let mut ids = BTreeSet::new();
    for (i, entry) in list.into_iter().flatten().enumerate() {
        let Some(id) = entry["id"].as_str() else {
            out.push(finding(
                AI_PROXY,
                format!("provider entry {i} has no id: no route can use it"),
                "give it an id, or remove it",
            ));
            continue;
        };
        ids.insert(id.to_string());
        if entry["type"].as_str().is_none_or(str::is_empty) {
            out.push(finding(
                AI_PROXY,
                format!("provider {id} has no type: ai-proxy cannot call it"),
                match providers::by_id(id) {
                    Some(p) => format!(
                        "set `type: {}`, or run `get-ai-gateway config add --provider {}`",
                        p.kind, p.stem
                    ),
                    None => "set its type (see the ai-proxy plugin's provider list)".into(),
                },
            ));
        }
        let tokens_ok = match &entry["apiTokens"] {
            Value::Null => true,
            Value::Sequence(t) => t.iter().all(Value::is_string),
            _ => false,
        };
        if !tokens_ok {
            out.push(finding(
                AI_PROXY,
                format!("provider {id}: apiTokens is not a list of strings"),
                format!("set the key again with `get-ai-gateway config add --provider {id}`"),
            ));
        }
    }
    for rule in proxy["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
    {
        if let Some(active) = rule["config"]["activeProviderId"].as_str() {
            if !ids.contains(active) {
                out.push(finding(
                    AI_PROXY,
                    format!("a match rule uses provider {active}, which has no entry"),
                    "remove the match rule, or add the provider with `get-ai-gateway config add`",
                ));
            }
        }
    }
    out
}

fn router_findings(router: &Value) -> Vec<Finding> {
    let auto = gwconfig::auto_routing(router);
    let mut out: Vec<Finding> = auto
        .rules
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let why = routing::skip_reason(r)?;
            Some(finding(
                MODEL_ROUTER,
                format!(
                    "rule {i} ({:?} → {:?}) is skipped by the gateway: {why}",
                    r.pattern, r.model
                ),
                format!(
                    "`get-ai-gateway route remove --rule-id {i}`, then add it again with a \
                     pattern Go accepts"
                ),
            ))
        })
        .collect();
    if auto.enable && auto.default_model.as_deref().is_none_or(str::is_empty) {
        out.push(finding(
            MODEL_ROUTER,
            "auto-routing is on but has no default model: unmatched requests are not routed",
            "`get-ai-gateway route enable --default-model MODEL`",
        ));
    }
    out
}

/// Registry names (`llm-<id>.internal`) in the McpBridge.
fn registries(docs: &BTreeMap<&str, Value>) -> BTreeSet<String> {
    docs.get(MCP_BRIDGE)
        .and_then(|b| b["spec"]["registries"].as_sequence())
        .into_iter()
        .flatten()
        .filter_map(|r| r["name"].as_str().map(str::to_string))
        .collect()
}

/// ConfigMaps, Ingresses, registries and ai-proxy entries must agree with each other.
fn route_findings(docs: &BTreeMap<&str, Value>) -> Vec<Finding> {
    let mut out = Vec::new();
    let regs = registries(docs);
    let live = docs
        .get(AI_PROXY)
        .map(gwconfig::live_providers)
        .unwrap_or_default();
    let live_ids: BTreeSet<String> = live.iter().map(|p| p.id.clone()).collect();
    for (path, doc) in docs {
        if let Some(name) = path.strip_prefix(&format!("{CONFIGMAPS}/ai-route-")) {
            let id = name.trim_end_matches(".yaml");
            let body: Option<serde_json::Value> = doc["data"]["data"]
                .as_str()
                .and_then(|t| serde_json::from_str(t).ok());
            let upstreams = body.as_ref().map(|b| b["upstreams"].clone());
            let provider = upstreams.as_ref().and_then(|u| u[0]["provider"].as_str());
            match provider {
                None => out.push(finding(
                    path,
                    "the route names no upstream provider",
                    format!("re-create it with `get-ai-gateway config add --provider {id}`"),
                )),
                Some(p) if !live_ids.contains(p) => out.push(finding(
                    path,
                    format!("the route sends to provider {p}, which has no ai-proxy entry"),
                    format!("add the provider with `get-ai-gateway config add --provider {p}`, or delete the route"),
                )),
                Some(_) => {}
            }
        }
        if let Some(name) = path.strip_prefix(&format!("{INGRESSES}/ai-route-")) {
            let destination = doc["metadata"]["annotations"]["higress.io/destination"].as_str();
            // One `svc:port`, or `<weight>% svc:port` lines (a RAND fallback).
            let registries = destination
                .into_iter()
                .flat_map(str::lines)
                .filter_map(|line| {
                    let svc = line.split_whitespace().last()?.split(':').next()?;
                    Some(svc.trim_end_matches(".dns").trim_end_matches(".static"))
                });
            let route = format!("ai-route-{}", name.trim_end_matches(".yaml"));
            let fix = match fallback::fallback_of(&route) {
                Some(id) => {
                    format!("set the fallback again: `get-ai-gateway config fallback {id} --to …`")
                }
                None => format!(
                    "set the provider again with `get-ai-gateway config add --provider {}`",
                    name.trim_end_matches(".internal.yaml")
                ),
            };
            for reg in registries.filter(|r| r.starts_with("llm-") && !regs.contains(*r)) {
                out.push(finding(
                    path,
                    format!("the ingress sends to {reg}, which the McpBridge does not register"),
                    fix.clone(),
                ));
            }
        }
    }
    // Providers with a real key (not the template's placeholder).
    let keyed: BTreeSet<&str> = live
        .iter()
        .filter(|p| !p.keys().is_empty())
        .map(|p| p.id.as_str())
        .collect();
    out.extend(missing_route_parts(docs, &regs, &keyed));
    out.extend(chains::chain_findings(docs, &live_ids));
    out.extend(chains::fallback_auth_findings(docs));
    out
}

/// A provider this tool creates, with a real key, needs its route, ingress and registry.
fn missing_route_parts(
    docs: &BTreeMap<&str, Value>,
    regs: &BTreeSet<String>,
    keyed: &BTreeSet<&str>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in PROVIDERS
        .iter()
        .filter(|p| !p.always && keyed.contains(p.id))
    {
        let missing: Vec<&str> = [
            (!docs.contains_key(crate::domain::live::paths::configmap_path(p.id).as_str()))
                .then_some("ConfigMap"),
            (!docs.contains_key(crate::domain::live::paths::ingress_path(p.id).as_str()))
                .then_some("Ingress"),
            (!regs.contains(&format!("llm-{}.internal", p.id))).then_some("registry"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !missing.is_empty() {
            out.push(finding(
                AI_PROXY,
                format!(
                    "provider {} has no {}: no request reaches it",
                    p.id,
                    missing.join(", ")
                ),
                format!(
                    "`get-ai-gateway config add --provider {}` creates them",
                    p.stem
                ),
            ));
        }
    }
    out
}

/// Two WasmPlugin files for the same plugin: the gateway runs both. The token-limit
/// instances (one per window, `domain::live::tokenlimit`) are meant to run together: each
/// counts as a plugin of its own.
fn plugin_duplicates(docs: &BTreeMap<&str, Value>) -> Vec<Finding> {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    // Hidden files last: the visible one is the original, the hidden one the copy.
    let mut plugins: Vec<(&str, &Value)> = docs
        .iter()
        .filter(|(p, _)| p.starts_with("/data/wasmplugins/"))
        .map(|(p, d)| (*p, d))
        .collect();
    plugins.sort_by_key(|(p, _)| (p.rsplit('/').next().is_some_and(|b| b.starts_with('.')), *p));
    for (path, doc) in plugins {
        let Some(name) = doc["metadata"]["labels"]["higress.io/wasm-plugin-name"].as_str() else {
            continue;
        };
        let resource = doc["metadata"]["name"].as_str().unwrap_or("");
        let instance = crate::domain::live::tokenlimit::WINDOWS
            .iter()
            .any(|w| w.resource() == resource);
        let key = if instance { resource } else { name };
        if let Some(first) = seen.insert(key.to_string(), path) {
            out.push(finding(
                path,
                format!(
                    "a second WasmPlugin for {name} (the first is {first}): the gateway runs both"
                ),
                "remove the copy",
            ));
        }
    }
    out
}

/// key-auth's rules for the AI routes: each names known keys (or `keyscope::NOBODY`) and a
/// route that exists, and none is empty (the plugin refuses it) or left on while the
/// default config is off (then it would refuse every key).
fn key_rule_findings(docs: &BTreeMap<&str, Value>) -> Vec<Finding> {
    let path = keyauth::path();
    let Some(auth) = docs.get(path.as_str()) else {
        return Vec::new();
    };
    let names = keyscope::names(auth);
    let default_off = auth["spec"]["defaultConfigDisable"].as_bool() != Some(false);
    let mut out = Vec::new();
    let rules = auth["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten();
    for (i, rule) in rules.enumerate() {
        let on = rule["configDisable"].as_bool() != Some(true);
        let allow: Vec<&str> = rule["config"]["allow"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let fix = "`get-ai-gateway keys set NAME --providers ...` rewrites the rules";
        if rule["config"].get("allow").is_some() && allow.is_empty() {
            out.push(finding(
                &path,
                format!(
                    "rule {i} has an empty allow list: key-auth refuses its whole configuration"
                ),
                fix,
            ));
        }
        for unknown in allow
            .iter()
            .filter(|a| **a != keyscope::NOBODY && !names.iter().any(|n| n == *a))
        {
            out.push(finding(
                &path,
                format!("rule {i} allows {unknown:?}, which is not a gateway key"),
                fix,
            ));
        }
        for route in rule["ingress"].as_sequence().into_iter().flatten() {
            let route = route.as_str().unwrap_or_default();
            let exists = docs.contains_key(format!("{INGRESSES}/{route}.yaml").as_str());
            if keyscope::route_id(route).is_some() && !exists {
                out.push(finding(
                    &path,
                    format!("rule {i} names the route {route}, which does not exist"),
                    fix,
                ));
            }
        }
        if on && default_off {
            out.push(finding(
                &path,
                format!("rule {i} is on while keys are off: the route refuses every request"),
                "`get-ai-gateway keys enable`, or `keys disable` to switch the rules off too",
            ));
        }
    }
    out
}

/// `default.cfg` against what the gateway runs.
fn settings_findings(files: &BTreeMap<String, String>) -> Vec<Finding> {
    let Some(cfg) = files.get(SETTINGS) else {
        return Vec::new();
    };
    let live = LiveConfig::from_files([
        (SETTINGS.to_string(), Some(cfg.clone())),
        (AI_PROXY.to_string(), files.get(AI_PROXY).cloned()),
    ]);
    live.providers()
        .unwrap_or_default()
        .into_iter()
        .filter(|l| !l.in_sync)
        .map(|l| {
            finding(
                SETTINGS,
                format!("its {} key differs from the one the gateway uses", l.name),
                format!(
                    "set it again with `get-ai-gateway config add --provider {}` (both change)",
                    l.provider
                ),
            )
        })
        .collect()
}

mod chains;
mod mcp;
#[cfg(test)]
mod tests;
