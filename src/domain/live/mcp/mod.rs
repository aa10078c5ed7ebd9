//! `mcp add/remove/list`: what they change in the gateway's files, decided on one snapshot
//! of them (path inside the container → text, None when absent). No I/O: the command reads
//! the files under the edit lock and commits the [`Write`]s.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

use crate::domain::live::gwconfig::mcp::{
    self as m, HIGRESS_CONFIG, Kind, PLUGIN_FILE, Server, Tool, Transport,
};
use crate::domain::live::paths::{AI_PROXY, INGRESSES, MCP_BRIDGE};
use crate::domain::live::{Write, gwconfig, keyauth, keyscope, yaml11};
use crate::error::{fail, fail_hint};

/// The Ingress file of a server.
pub fn ingress_file(name: &str) -> String {
    format!("{INGRESSES}/{}.yaml", m::ingress_name(name))
}

/// The server name of an MCP Ingress file, when `path` is one.
pub fn name_of_file(path: &str) -> Option<&str> {
    path.strip_prefix(INGRESSES)?
        .strip_prefix("/mcp-server-")?
        .strip_suffix(".internal.yaml")
}

/// The files an `mcp add`/`remove` of `name` reads, plus the other MCP Ingresses found.
pub fn paths(name: &str, others: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = [HIGRESS_CONFIG, PLUGIN_FILE, MCP_BRIDGE, AI_PROXY]
        .iter()
        .map(|p| p.to_string())
        .collect();
    out.push(keyauth::path());
    out.push(ingress_file(name));
    for p in others {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// Who may call a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// As every other route: the gateway's key rule (with scoped keys: every key).
    Inherit,
    /// Only these gateway keys (`--keys`).
    Keys(Vec<String>),
}

/// What `add` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Added {
    pub name: String,
    pub path: String,
    /// Changes to `mcpServer` (empty when MCP was on already).
    pub switched: Vec<String>,
    /// OPEN_API: whether the plugin rule is enabled (the config has `tools`).
    pub rule_enabled: Option<bool>,
    /// The server existed and was replaced.
    pub replaced: bool,
    /// The gateway has no Redis: `…/sse` will not work.
    pub no_redis: bool,
    /// The keys allowed by the server's key-auth rule, when it has one.
    pub allowed: Option<Vec<String>>,
    /// The server has a rule, but keys are off: it applies once they are on.
    pub keys_off: bool,
    /// `--keys` limited it (else its rule, when any, allows every key).
    pub limited: bool,
}

/// The files of one change, parsed; the writes are what differs at the end.
pub struct Files {
    read: BTreeMap<String, Option<String>>,
    docs: BTreeMap<String, Option<Value>>,
}

impl Files {
    pub fn new(read: BTreeMap<String, Option<String>>) -> Files {
        Files {
            read,
            docs: BTreeMap::new(),
        }
    }

    /// The parsed file (None when absent); an error when it is not YAML.
    fn get(&mut self, path: &str) -> Result<Option<&mut Value>> {
        if !self.docs.contains_key(path) {
            let parsed = match self.read.get(path).cloned().flatten() {
                Some(t) => Some(gwconfig::parse(path, &t)?),
                None => None,
            };
            self.docs.insert(path.to_string(), parsed);
        }
        Ok(self.docs.get_mut(path).and_then(Option::as_mut))
    }

    fn value(&mut self, path: &str) -> Result<Option<Value>> {
        Ok(self.get(path)?.cloned())
    }

    fn set(&mut self, path: &str, v: Option<Value>) {
        self.docs.insert(path.to_string(), v);
    }

    /// Every file whose value changed: put (YAML 1.1-safe) or deleted.
    pub fn writes(&self) -> Vec<Write> {
        let mut out = Vec::new();
        for (path, doc) in &self.docs {
            let before = self
                .read
                .get(path)
                .cloned()
                .flatten()
                .and_then(|t| serde_yaml::from_str::<Value>(&t).ok());
            match doc {
                Some(v) if before.as_ref() != Some(v) => out.push(Write::Put {
                    path: path.clone(),
                    text: yaml11::to_string(v),
                }),
                None if self.read.get(path).is_some_and(Option::is_some) => {
                    out.push(Write::Delete { path: path.clone() })
                }
                _ => {}
            }
        }
        out
    }

    /// The ConfigMap `higress-config`, which the image always has.
    fn higress_config(&mut self) -> Result<Value> {
        self.value(HIGRESS_CONFIG)?.ok_or_else(|| {
            fail_hint(
                format!("{HIGRESS_CONFIG} does not exist in the container"),
                "the gateway has not finished its first start; wait and try again",
            )
        })
    }
}

fn refusal(r: m::Refusal) -> anyhow::Error {
    fail_hint(r.message, r.hint)
}

/// SSE needs Redis: refused without one, with the fix; nothing is written.
pub fn require_redis(cm: &Value) -> Result<String> {
    m::redis_address(cm).ok_or_else(|| {
        fail_hint(
            "--transport sse needs Redis: the gateway keeps SSE sessions there, and \
             higress-config has no Redis address (mcpServer.redis.address)",
            "`get-ai-gateway start --redis` (or --redis-url), then add the server again; \
             or use --transport streamable, which needs no Redis",
        )
    })
}

/// Who may call the server, checked before anything is written: the keys must exist, and
/// a server cannot be open to all while keys are required.
fn check_access(auth: Option<&Value>, name: &str, access: &Access) -> Result<()> {
    let names = auth.map(keyscope::names).unwrap_or_default();
    if let Access::Keys(keys) = access {
        if let Some(k) = keys.iter().find(|k| !names.contains(k)) {
            return Err(fail_hint(
                format!("no gateway key is named {k}"),
                "see them with `get-ai-gateway keys list`, or make it with `keys add NAME`",
            ));
        }
    }
    if auth.is_some_and(|a| m::open_while_keys_required(a, name)) {
        return Err(fail_hint(
            format!(
                "the MCP server {name} would be open to every caller while keys are required: \
                 key-auth asks for keys route by route here (global_auth off, rules on, as the \
                 console writes them), and key-auth cannot open one route when global_auth is on"
            ),
            "`get-ai-gateway keys enable` (every route then needs a key, and `mcp add --keys` \
             limits a server to some), then add the server again",
        ));
    }
    Ok(())
}

/// key-auth's rules after a server came (`add`: Some(access)) or went (None): the limit in
/// the annotation, then every rule of the AI routes and MCP servers (see `keyscope`).
fn sync_keys(
    auth: &mut Value,
    ai_proxy: Option<&Value>,
    name: &str,
    access: Option<&Access>,
) -> Result<()> {
    let mut servers = keyscope::mcp_known(auth);
    servers.retain(|s| s != name);
    let limit = match access {
        Some(Access::Keys(keys)) => Some(keys.as_slice()),
        _ => None,
    };
    keyscope::set_mcp_limit(auth, name, limit);
    if access.is_some() {
        servers.push(name.to_string());
    }
    // Without ai-proxy's file, the AI routes are those the rules name (none is dropped).
    // A fallback route's file is not read here: the rule key-auth has for it is kept.
    let routes = match ai_proxy {
        Some(p) => keyscope::Routes::of(p, auth, |_| None),
        None => keyscope::Routes::ruled(auth),
    };
    keyscope::sync_all(auth, &routes, &servers)
}

/// Write (or replace) a server: its Ingress, registry, plugin rule and key rule; switch
/// MCP on. Refusals write nothing.
pub fn add(files: &mut Files, s: &Server, access: &Access) -> Result<Added> {
    let cm = files.higress_config()?;
    let sw = m::mcp_switch(&cm);
    if let Kind::Proxy {
        transport: Transport::Sse,
    } = s.kind
    {
        require_redis(&cm)?;
    }
    let ingress = m::ingress(s, &sw.sse_path_suffix).map_err(refusal)?;
    let keyauth_doc = files.value(&keyauth::path())?;
    check_access(keyauth_doc.as_ref(), &s.name, access)?;
    let ai_proxy = files.value(AI_PROXY)?;
    let path = ingress_file(&s.name);
    let replaced = files.get(&path)?.is_some();
    let bridge = files
        .get(MCP_BRIDGE)?
        .ok_or_else(|| fail(format!("{MCP_BRIDGE} does not exist in the container")))?;
    m::upsert_registry(bridge, &s.name, &s.upstream);
    files.set(&path, Some(ingress));
    let rule_enabled = write_rule(files, s)?;
    let (mut allowed, mut keys_off) = (None, false);
    if let Some(mut doc) = keyauth_doc {
        sync_keys(&mut doc, ai_proxy.as_ref(), &s.name, Some(access))?;
        allowed = m::allowed_keys(&doc, &s.name);
        keys_off = allowed.is_some() && !keyauth::state(&doc).enabled;
        files.set(&keyauth::path(), Some(doc));
    }
    let mut cm = cm;
    let switched = m::switch_on(&mut cm);
    files.set(HIGRESS_CONFIG, Some(cm));
    Ok(Added {
        name: s.name.clone(),
        path: m::server_path(&s.name),
        switched,
        rule_enabled,
        replaced,
        no_redis: sw.redis.is_none(),
        allowed,
        keys_off,
        limited: matches!(access, Access::Keys(_)),
    })
}

/// OPEN_API: the plugin rule (the plugin file made next to ai-proxy when absent).
/// DIRECT_ROUTE: no rule, and an old one of a server of that name goes.
fn write_rule(files: &mut Files, s: &Server) -> Result<Option<bool>> {
    let existing = files.value(PLUGIN_FILE)?;
    match &s.kind {
        Kind::Tools { config } => {
            let mut doc = match existing {
                Some(d) => d,
                None => {
                    let proxy = files.value(AI_PROXY)?;
                    m::plugin_skeleton(&m::plugin_url_next_to(proxy.as_ref()))
                }
            };
            let enabled = m::upsert_plugin_rule(&mut doc, &s.name, config);
            files.set(PLUGIN_FILE, Some(doc));
            Ok(Some(enabled))
        }
        Kind::Proxy { .. } => {
            if let Some(mut doc) = existing {
                if m::remove_plugin_rule(&mut doc, &s.name) {
                    let keep = !m::plugin_idle(&doc);
                    files.set(PLUGIN_FILE, keep.then_some(doc));
                }
            }
            Ok(None)
        }
    }
}

/// MCP on in higress-config, as the first `add` switches it; what changed (empty: it was).
pub fn switch_on(files: &mut Files) -> Result<Vec<String>> {
    let mut cm = files.higress_config()?;
    let changed = m::switch_on(&mut cm);
    if !changed.is_empty() {
        files.set(HIGRESS_CONFIG, Some(cm));
    }
    Ok(changed)
}

/// What `remove` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Removed {
    pub name: String,
    /// It was the last MCP server, and MCP was switched off.
    pub switched_off: bool,
}

/// Remove a server: Ingress, registry, plugin rule, key rule; the last one switches MCP
/// off (unless `mcpServer` has servers or rules of its own).
pub fn remove(files: &mut Files, name: &str, others: &[String]) -> Result<Removed> {
    let path = ingress_file(name);
    if files.get(&path)?.is_none() {
        return Err(fail_hint(
            format!("there is no MCP server named {name}"),
            "see them with `get-ai-gateway mcp list`",
        ));
    }
    files.set(&path, None);
    if let Some(bridge) = files.get(MCP_BRIDGE)? {
        m::remove_registry(bridge, name);
    }
    if let Some(mut doc) = files.value(PLUGIN_FILE)? {
        if m::remove_plugin_rule(&mut doc, name) {
            let keep = !m::plugin_idle(&doc);
            files.set(PLUGIN_FILE, keep.then_some(doc));
        }
    }
    if let Some(mut doc) = files.value(&keyauth::path())? {
        let ai_proxy = files.value(AI_PROXY)?;
        sync_keys(&mut doc, ai_proxy.as_ref(), name, None)?;
        files.set(&keyauth::path(), Some(doc));
    }
    let mut left = false;
    for other in others.iter().filter(|p| **p != path) {
        left |= files.get(other)?.is_some();
    }
    let mut switched_off = false;
    if !left {
        let mut cm = files.higress_config()?;
        switched_off = m::switch_off(&mut cm);
        files.set(HIGRESS_CONFIG, Some(cm));
    }
    Ok(Removed {
        name: name.to_string(),
        switched_off,
    })
}

/// A server as `mcp list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Listed {
    pub name: String,
    /// `proxy` (DIRECT_ROUTE), `tools` (OPEN_API), or the console's other types, lowercase.
    pub kind: String,
    /// The path on the gateway.
    pub path: String,
    pub transport: Option<String>,
    /// The upstream as the McpBridge and the rewrite say it.
    pub upstream: Option<String>,
    pub description: Option<String>,
    /// OPEN_API: the tools the plugin serves (None: no rule for it).
    pub tools: Option<Vec<Tool>>,
    /// OPEN_API: the rule is disabled (no `tools` in the config).
    pub rule_disabled: bool,
    /// The keys the server's key-auth rule allows, when it has one.
    pub keys: Option<Vec<String>>,
}

fn parsed(tree: &BTreeMap<String, String>, path: &str) -> Value {
    tree.get(path)
        .and_then(|t| serde_yaml::from_str(t).ok())
        .unwrap_or(Value::Null)
}

/// Every MCP server in these files (every `*.yaml` under /data, as `check` reads them).
pub fn list(tree: &BTreeMap<String, String>) -> Vec<Listed> {
    let bridge = parsed(tree, MCP_BRIDGE);
    let plugin = parsed(tree, PLUGIN_FILE);
    let keyauth_doc = parsed(tree, &keyauth::path());
    let mut out = Vec::new();
    for (path, text) in tree.iter().filter(|(p, _)| p.starts_with(INGRESSES)) {
        let Ok(doc) = serde_yaml::from_str::<Value>(text) else {
            continue;
        };
        let labels = &doc["metadata"]["labels"];
        if labels["higress.io/biz-type"].as_str() != Some(m::BIZ_TYPE) {
            continue;
        }
        let Some(name) = name_of_file(path) else {
            continue;
        };
        let a = &doc["metadata"]["annotations"];
        let ann = |k: &str| a[k].as_str().map(str::to_string);
        let kind = match labels["higress.io/mcp-server-type"].as_str() {
            Some("DIRECT_ROUTE") => "proxy".to_string(),
            Some("OPEN_API") => "tools".to_string(),
            Some(other) => other.to_ascii_lowercase(),
            None => "unknown".to_string(),
        };
        let rewrite = ann("higress.io/rewrite-path").unwrap_or_default();
        let rule = m::plugin_rule(&plugin, name);
        out.push(Listed {
            name: name.to_string(),
            path: ann("higress.io/mcp-server-match-rule-value")
                .unwrap_or_else(|| m::server_path(name)),
            transport: ann("higress.io/mcp-server-upstream-type"),
            upstream: m::registry_url(&bridge, name, &rewrite),
            description: ann("higress.io/resource-description"),
            tools: rule.map(|r| m::config_tools(&r["config"])),
            rule_disabled: rule.is_some_and(|r| r["configDisable"].as_bool() == Some(true)),
            keys: m::allowed_keys(&keyauth_doc, name),
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests;
