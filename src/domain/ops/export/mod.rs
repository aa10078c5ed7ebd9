//! `export`: the all-in-one's files as Kubernetes objects and Helm values, for a move to a
//! cluster (the `higress` chart plus `kubectl apply`). No I/O here: the caller gives every
//! `*.yaml` file under `/data` (and `default.cfg`) as path → text, as `check` gets them.
//!
//! What goes where:
//! - the ai-proxy, model-router, model-mapper, ai-statistics, key-auth and key-rate-limit
//!   WasmPlugins → manifests (gateway keys redacted with `--secrets redact`, as provider
//!   keys), their `url` moved from the image's local plugin server to an OCI registry or the
//!   chart's plugin server;
//! - the `ai-route-*` ConfigMaps and Ingresses (a fallback's `ai-route-*.fallback.internal`
//!   too) and the fallbacks' `ai-route-*` EnvoyFilters, the MCP servers' `mcp-server-*`
//!   Ingresses and the `mcp-server` WasmPlugin → manifests, as they are;
//! - the McpBridge → manifests, without the all-in-one's `higress-console` registry;
//! - `higress-config` → Helm values (the chart owns that ConfigMap);
//! - the console's objects, services, envoyfilters, anything else → skipped, with why.
//!
//! Every object loses its server fields (resourceVersion, status, …) and lands in the
//! chosen namespace. Output is YAML 1.1-safe ([`yaml11`]) and deterministic.

mod readme;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::{Mapping, Value};

use crate::domain::live::keyauth;
use crate::domain::live::paths::{DATA, SETTINGS};
use crate::domain::live::yaml11;
use crate::domain::providers::envfile::EnvFile;
use crate::domain::providers::registry::HANGZHOU;
use crate::domain::providers::{self, ExtraKind, PROVIDERS};

pub use readme::{commands, readme};

pub const DEFAULT_NAMESPACE: &str = "higress-system";
/// The image's own plugin server, which the all-in-one's WasmPlugins load from.
pub const LOCAL_PLUGIN_SERVER: &str = "http://localhost:8002/plugins/";
/// The WasmPlugins of the AI gateway, by `higress.io/wasm-plugin-name`.
pub const PLUGINS: &[&str] = &[
    "ai-proxy",
    "ai-quota",
    "ai-statistics",
    "ai-token-ratelimit",
    "key-auth",
    "key-rate-limit",
    "mcp-server",
    "model-mapper",
    "model-router",
];
/// The chart's Redis (`global.enableRedis`): the `redis` sub-chart's Service is named after
/// `redis.redis.name` (`redis-stack-server` in the chart's values) on port 6379, with no
/// password by default.
pub const CHART_REDIS: &str = "redis-stack-server";
/// The plugins that count in Redis.
const REDIS_PLUGINS: &[&str] = &["ai-token-ratelimit", "ai-quota"];
/// Keys of `higress-config`'s `higress` document that are values of the higress-core chart.
pub const CHART_KEYS: &[&str] = &["downstream", "gzip", "tracing", "upstream"];
/// Metadata the API server sets: never part of an object one applies.
const SERVER_FIELDS: &[&str] = &[
    "creationTimestamp",
    "deletionGracePeriodSeconds",
    "deletionTimestamp",
    "generation",
    "managedFields",
    "resourceVersion",
    "selfLink",
    "uid",
];
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// What happens to the providers' keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrets {
    /// In the ai-proxy WasmPlugin, as the all-in-one keeps them.
    Inline,
    /// Placeholders (`YOUR_<PREFIX>_API_KEY`) instead of every key.
    Redact,
}

/// Where the cluster loads the plugins from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginSource {
    /// `oci://<registry>/plugins/<name>:<version>`.
    Registry(String),
    /// The chart's plugin server (`global.enablePluginServer`).
    PluginServer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub namespace: String,
    /// The registry of the images (`global.hub`).
    pub registry: String,
    pub plugins: PluginSource,
    pub secrets: Secrets,
}

/// A file left out of the export, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    pub file: String,
    pub why: String,
}

/// The export: objects for `kubectl apply`, values for `helm install`, what was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// Sorted by kind, then name.
    pub objects: Vec<Value>,
    pub values: Value,
    pub skipped: Vec<Skipped>,
    /// `higress-config` keys that are not chart values (kept out of values.yaml).
    pub unmapped: Vec<String>,
    pub options: Options,
}

impl Export {
    /// Every object, one YAML document each.
    pub fn manifests(&self) -> String {
        self.objects
            .iter()
            .map(|o| format!("---\n{}", yaml11::to_string(o)))
            .collect()
    }

    pub fn values_yaml(&self) -> String {
        yaml11::to_string(&self.values)
    }

    /// Objects per kind.
    pub fn counts(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for o in &self.objects {
            *out.entry(str_at(o, &["kind"]).to_string()).or_insert(0) += 1;
        }
        out
    }

    /// Whether the manifests hold the providers' keys (then they are written mode 0600).
    pub fn holds_keys(&self) -> bool {
        self.options.secrets == Secrets::Inline
    }
}

/// The registry of `default.cfg` (`PLUGIN_REGISTRY`), else the cn-hangzhou one.
pub fn saved_registry(files: &BTreeMap<String, String>) -> String {
    files
        .get(SETTINGS)
        .map(|t| EnvFile::parse(t))
        .and_then(|e| e.value("PLUGIN_REGISTRY").map(str::to_string))
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| HANGZHOU.to_string())
}

/// What becomes of one file.
enum Fate {
    Emit,
    Plugin(String),
    Bridge,
    Values,
    Skip(String),
}

fn fate(rel: &str, doc: &Value) -> Fate {
    let (folder, base) = rel.rsplit_once('/').unwrap_or(("", rel));
    if base.starts_with('.') {
        return Fate::Skip("a hidden file (see `get-ai-gateway check`)".into());
    }
    let skip = |why: &str| Fate::Skip(why.to_string());
    match (folder, base) {
        ("configmaps", "higress-config.yaml") => Fate::Values,
        ("configmaps", b) if b.starts_with("ai-route-") => Fate::Emit,
        ("ingresses", b) if b.starts_with("ai-route-") && b.ends_with(".internal.yaml") => {
            Fate::Emit
        }
        // MCP servers (`mcp add`): the Ingress; its plugin rule is in mcp-server.internal.
        ("ingresses", b) if b.starts_with("mcp-server-") && b.ends_with(".internal.yaml") => {
            Fate::Emit
        }
        ("mcpbridges", "default.yaml") => Fate::Bridge,
        ("wasmplugins", _) => {
            let name = plugin_name(doc);
            if PLUGINS.contains(&name.as_str()) {
                Fate::Plugin(name)
            } else {
                skip(
                    "not one of the AI gateway's plugins (ai-proxy, model-router, model-mapper, ai-statistics, key-auth, key-rate-limit, mcp-server): move it by hand",
                )
            }
        }
        ("configmaps" | "ingresses" | "secrets", "higress-console.yaml") => {
            skip("the all-in-one's console: the chart installs its own console")
        }
        ("services", _) => {
            skip("a service of the all-in-one: the chart owns the gateway's services")
        }
        // A fallback's redirect policy on its route (`config fallback`): an Istio
        // EnvoyFilter, named after the route's Ingress.
        ("envoyfilters", b) if b.starts_with("ai-route-") && b.ends_with(".internal.yaml") => {
            Fate::Emit
        }
        ("envoyfilters", _) => skip("an all-in-one filter: the chart sets up its own"),
        _ => skip("not part of the AI gateway's configuration"),
    }
}

/// A WasmPlugin's `higress.io/wasm-plugin-name`, else its name without `.internal` or a
/// `-<version>` suffix.
fn plugin_name(doc: &Value) -> String {
    let label = str_at(doc, &["metadata", "labels", "higress.io/wasm-plugin-name"]);
    if !label.is_empty() {
        return label.to_string();
    }
    let name = str_at(doc, &["metadata", "name"]);
    let name = name.trim_end_matches(".internal");
    match name.rsplit_once('-') {
        Some((stem, v)) if v.starts_with(|c: char| c.is_ascii_digit()) => stem.to_string(),
        _ => name.to_string(),
    }
}

/// The export of these files (path inside the container → text).
pub fn export(files: &BTreeMap<String, String>, options: &Options) -> Result<Export, String> {
    let mut objects = Vec::new();
    let mut skipped = Vec::new();
    let mut higress_config = None;
    let mut plugins_seen = BTreeSet::new();
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".yaml")) {
        let rel = path
            .strip_prefix(DATA)
            .unwrap_or(path)
            .trim_start_matches('/');
        let doc: Value = serde_yaml::from_str(text).map_err(|e| {
            format!("{path} is not valid YAML ({e}); `get-ai-gateway check` shows the fix")
        })?;
        let mut doc = match fate(rel, &doc) {
            Fate::Skip(why) => {
                skipped.push(Skipped {
                    file: path.clone(),
                    why,
                });
                continue;
            }
            Fate::Values => {
                higress_config = Some(doc);
                continue;
            }
            Fate::Plugin(name) => {
                let mut doc = doc;
                rewrite_plugin_url(&mut doc, options);
                if REDIS_PLUGINS.contains(&name.as_str()) {
                    to_chart_redis(&mut doc, &options.namespace);
                }
                plugins_seen.insert(name);
                doc
            }
            Fate::Bridge => without_console_registry(doc),
            Fate::Emit => doc,
        };
        clean(&mut doc, &options.namespace);
        if options.secrets == Secrets::Redact {
            redact(&mut doc, None);
        }
        objects.push(doc);
    }
    if !plugins_seen.contains("ai-proxy") {
        return Err(
            "no ai-proxy WasmPlugin among the files: this is not an AI gateway data folder"
                .to_string(),
        );
    }
    objects.sort_by_key(object_key);
    let settings = files.get(SETTINGS).map(|t| EnvFile::parse(t));
    let redis = REDIS_PLUGINS.iter().any(|p| plugins_seen.contains(*p));
    let (mut values, unmapped) = values(options, settings.as_ref(), higress_config.as_ref())?;
    if let Some(global) = values.get_mut("global").and_then(Value::as_mapping_mut)
        && redis
    {
        global.insert("enableRedis".into(), Value::Bool(true));
    }
    Ok(Export {
        objects,
        values,
        skipped,
        unmapped,
        options: options.clone(),
    })
}

fn object_key(o: &Value) -> (String, String, String) {
    (
        str_at(o, &["kind"]).to_string(),
        str_at(o, &["metadata", "namespace"]).to_string(),
        str_at(o, &["metadata", "name"]).to_string(),
    )
}

/// The string at `path`, or "".
fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    path.iter()
        .try_fold(v, |v, k| v.get(*k))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// `<name>/<version>` of a URL on the image's plugin server.
pub fn local_plugin(url: &str) -> Option<(&str, &str)> {
    let rest = url.strip_prefix(LOCAL_PLUGIN_SERVER)?;
    let rest = rest.strip_suffix("/plugin.wasm")?;
    let (name, version) = rest.split_once('/')?;
    (!name.is_empty() && !version.is_empty() && !version.contains('/')).then_some((name, version))
}

/// Where the cluster loads plugin `name` at `version` from.
pub fn plugin_url(name: &str, version: &str, options: &Options) -> String {
    match &options.plugins {
        PluginSource::Registry(registry) => format!("oci://{registry}/plugins/{name}:{version}"),
        PluginSource::PluginServer => format!(
            "http://higress-plugin-server.{}.svc/plugins/{name}/{version}/plugin.wasm",
            options.namespace
        ),
    }
}

/// A plugin's `spec.url` moved off the image's local plugin server (other URLs stay).
fn rewrite_plugin_url(doc: &mut Value, options: &Options) {
    let Some(spec) = doc.get_mut("spec").and_then(Value::as_mapping_mut) else {
        return;
    };
    let url = spec.get("url").and_then(Value::as_str).unwrap_or("");
    if let Some((name, version)) = local_plugin(url) {
        let new = plugin_url(name, version, options);
        spec.insert("url".into(), Value::String(new));
    }
}

/// Point a plugin's `redis` block at the chart's Redis (no password: the chart's default).
fn to_chart_redis(doc: &mut Value, namespace: &str) {
    let Some(config) = doc
        .get_mut("spec")
        .and_then(|s| s.get_mut("defaultConfig"))
        .and_then(Value::as_mapping_mut)
    else {
        return;
    };
    let mut block = Mapping::new();
    let fqdn = format!("{CHART_REDIS}.{namespace}.svc.cluster.local");
    block.insert("service_name".into(), Value::String(fqdn));
    block.insert("service_port".into(), Value::Number(6379.into()));
    config.insert("redis".into(), Value::Mapping(block));
}

/// The McpBridge without the all-in-one's registry of its console (127.0.0.1) and of the
/// Redis beside it (the cluster has the chart's).
fn without_console_registry(mut doc: Value) -> Value {
    let registries = doc
        .get_mut("spec")
        .and_then(|s| s.get_mut("registries"))
        .and_then(Value::as_sequence_mut);
    if let Some(list) = registries {
        list.retain(|r| {
            let console = str_at(r, &["name"]) == "higress-console"
                && str_at(r, &["domain"]).starts_with("127.0.0.1");
            !console && str_at(r, &["name"]) != crate::domain::live::redis::REGISTRY
        });
    }
    doc
}

/// Drop the server's fields and `status`; put the object in `namespace`.
fn clean(doc: &mut Value, namespace: &str) {
    let Some(map) = doc.as_mapping_mut() else {
        return;
    };
    map.shift_remove("status");
    let meta = map
        .entry("metadata".into())
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    let Some(meta) = meta.as_mapping_mut() else {
        return;
    };
    for field in SERVER_FIELDS {
        meta.shift_remove(*field);
    }
    let annotations = meta.get_mut("annotations").and_then(Value::as_mapping_mut);
    if let Some(a) = annotations {
        a.shift_remove(LAST_APPLIED);
        if a.is_empty() {
            meta.shift_remove("annotations");
        }
    }
    meta.insert("namespace".into(), Value::String(namespace.to_string()));
}

/// The ai-proxy fields that hold a secret besides `apiTokens` (awsSecretKey, …), from the
/// provider table: field → its placeholder (`YOUR_BEDROCK_SECRET_KEY`).
fn secret_fields() -> BTreeMap<&'static str, String> {
    PROVIDERS
        .iter()
        .flat_map(|p| p.extras)
        .filter(|e| e.secret && !e.field.is_empty() && e.kind != ExtraKind::ModeKey)
        .map(|e| (e.field, format!("YOUR_{}", e.var)))
        .collect()
}

/// The placeholder of provider `id` (`YOUR_<PREFIX>_API_KEY`).
pub fn placeholder(id: Option<&str>) -> String {
    match id.and_then(providers::by_id) {
        Some(p) => p.placeholder(),
        None => format!(
            "YOUR_{}_API_KEY",
            id.unwrap_or("PROVIDER")
                .to_ascii_uppercase()
                .replace('-', "_")
        ),
    }
}

/// Every key under `v` replaced by its placeholder; `id` is the provider being walked.
fn redact(v: &mut Value, id: Option<&str>) {
    match v {
        Value::Mapping(m) => {
            let id = m
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or(id.map(str::to_string));
            let fields = secret_fields();
            for (k, child) in m.iter_mut() {
                let key = k.as_str().unwrap_or("");
                if key == "credential" && child.is_string() {
                    *child = Value::String(format!("{}YOUR_GATEWAY_KEY", keyauth::SCHEME));
                } else if key == "apiTokens" {
                    if let Some(list) = child.as_sequence_mut() {
                        let n = list.len().max(1);
                        *list = vec![Value::String(placeholder(id.as_deref())); n];
                    } else {
                        *child = Value::String(placeholder(id.as_deref()));
                    }
                } else if let Some(placeholder) = fields.get(key).filter(|_| child.is_string()) {
                    *child = Value::String(placeholder.clone());
                } else {
                    redact(child, id.as_deref());
                }
            }
        }
        Value::Sequence(s) => s.iter_mut().for_each(|c| redact(c, id)),
        _ => {}
    }
}

/// The Helm values: the registry, the plugin server, observability, and the chart's keys
/// from `higress-config`; plus the `higress-config` keys that are not chart values.
fn values(
    options: &Options,
    settings: Option<&EnvFile>,
    higress_config: Option<&Value>,
) -> Result<(Value, Vec<String>), String> {
    let o11y = settings
        .and_then(|s| s.value("O11Y"))
        .is_some_and(|v| v.eq_ignore_ascii_case("on"));
    let mut global = Mapping::new();
    global.insert("hub".into(), Value::String(options.registry.clone()));
    global.insert(
        "enablePluginServer".into(),
        Value::Bool(options.plugins == PluginSource::PluginServer),
    );
    let mut o11y_map = Mapping::new();
    o11y_map.insert("enabled".into(), Value::Bool(o11y));
    global.insert("o11y".into(), Value::Mapping(o11y_map));
    let mut root = Mapping::new();
    root.insert("global".into(), Value::Mapping(global));
    let mut unmapped = Vec::new();
    let higress = match higress_config.map(|c| str_at(c, &["data", "higress"])) {
        Some(text) if !text.trim().is_empty() => serde_yaml::from_str::<Value>(text)
            .map_err(|e| format!("higress-config: its `higress` entry is not YAML ({e})"))?,
        _ => Value::Null,
    };
    let mut core = Mapping::new();
    if let Some(map) = higress.as_mapping() {
        for key in CHART_KEYS {
            if let Some(v) = map.get(*key) {
                core.insert((*key).into(), v.clone());
            }
        }
        unmapped = map
            .keys()
            .filter_map(Value::as_str)
            .filter(|k| !CHART_KEYS.contains(k))
            .map(str::to_string)
            .collect();
    }
    if !core.is_empty() {
        root.insert("higress-core".into(), Value::Mapping(core));
    }
    unmapped.sort();
    Ok((Value::Mapping(root), unmapped))
}
