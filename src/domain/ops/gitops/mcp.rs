//! `mcpServers:` of the Gateway file: MCP servers as `mcp add` writes them (a proxied MCP
//! server, or a REST API served as tools by the `mcp-server` plugin). A server is in step
//! when its Ingress, its McpBridge registry, its plugin rule and its key limit are what
//! `mcp add` would write for the file's entry; the changes are made by `mcp add` and `mcp
//! remove`'s own code ([`crate::domain::live::mcp`]). No I/O.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_yaml::Value;

use crate::domain::live::gwconfig::mcp::{
    self as m, HIGRESS_CONFIG, Kind, PLUGIN_FILE, Server, Transport,
};
use crate::domain::live::mcp::{self as live, Access, Files};
use crate::domain::live::paths::MCP_BRIDGE;
use crate::domain::live::{keyauth, keyscope};
use crate::error::{fail_hint, user_hint};

/// How the gateway serves a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum McpVia {
    /// `proxy:`: an MCP server behind the gateway (`mcp add --proxy URL`).
    Proxy { url: String, transport: Transport },
    /// `upstream:` and `tools:`: a REST API as tools (`mcp add --tools FILE --upstream URL`);
    /// `tools` is the plugin's `server`/`tools` config, checked as `mcp add --tools` checks it.
    Tools { upstream: String, tools: Value },
}

/// One MCP server as the file wants it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct McpSpec {
    pub via: McpVia,
    pub description: Option<String>,
    /// Only these gateway keys may call it (`mcp add --keys`); None: as every route.
    pub keys: Option<Vec<String>>,
}

impl McpSpec {
    /// The server `mcp add` would write (the URLs were checked by the parser).
    pub fn server(&self, name: &str) -> Result<Server> {
        let refusal =
            |r: m::Refusal| fail_hint(format!("mcpServers.{name}: {}", r.message), r.hint);
        let (upstream, kind) = match &self.via {
            McpVia::Proxy { url, transport } => (
                m::parse_upstream("proxy", url).map_err(refusal)?,
                Kind::Proxy {
                    transport: *transport,
                },
            ),
            McpVia::Tools { upstream, tools } => (
                m::parse_upstream("upstream", upstream).map_err(refusal)?,
                Kind::Tools {
                    config: tools.clone(),
                },
            ),
        };
        Ok(Server {
            name: name.to_string(),
            description: self.description.clone().filter(|d| !d.is_empty()),
            upstream,
            kind,
        })
    }

    pub fn access(&self) -> Access {
        match &self.keys {
            Some(k) => Access::Keys(k.clone()),
            None => Access::Inherit,
        }
    }

    /// `proxy URL (streamable)` or `tools a,b → URL`, for the plan.
    fn summary(&self) -> String {
        let mut out = match &self.via {
            McpVia::Proxy { url, transport } => format!("proxy {url}, {}", transport.as_str()),
            McpVia::Tools { upstream, tools } => {
                format!("tools {} → {upstream}", tool_names(tools))
            }
        };
        if let Some(k) = &self.keys {
            out.push_str(&format!("; keys {}", k.join(",")));
        }
        out
    }
}

fn tool_names(config: &Value) -> String {
    let names: Vec<String> = m::config_tools(config)
        .into_iter()
        .map(|t| t.name)
        .collect();
    match names.is_empty() {
        true => "(none)".to_string(),
        false => names.join(","),
    }
}

/// The gateway's MCP servers and the files they live in (Null: absent).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CurrentMcp {
    /// Each server's Ingress, by name.
    pub servers: BTreeMap<String, Value>,
    pub bridge: Value,
    pub plugin: Value,
    pub higress: Value,
    /// The servers limited to some keys, with their keys (key-auth's annotation).
    pub limits: BTreeMap<String, Vec<String>>,
}

/// Whether `path` is the Ingress file of an MCP server.
pub fn is_server_file(path: &str) -> bool {
    live::name_of_file(path).is_some()
}

/// The files an apply with `mcpServers:` reads besides the servers' Ingresses.
pub fn files() -> Vec<String> {
    [HIGRESS_CONFIG, PLUGIN_FILE, MCP_BRIDGE]
        .iter()
        .map(|p| p.to_string())
        .chain([keyauth::path()])
        .collect()
}

impl CurrentMcp {
    /// From the files (path → text): the MCP Ingresses (as `mcp list` finds them), the
    /// McpBridge, the plugin, higress-config and key-auth.
    pub fn of(files: impl IntoIterator<Item = (String, Option<String>)>) -> CurrentMcp {
        let mut cur = CurrentMcp::default();
        for (path, text) in files {
            let Some(doc) = text.and_then(|t| serde_yaml::from_str::<Value>(&t).ok()) else {
                continue;
            };
            match path.as_str() {
                MCP_BRIDGE => cur.bridge = doc,
                PLUGIN_FILE => cur.plugin = doc,
                HIGRESS_CONFIG => cur.higress = doc,
                p if p == keyauth::path() => cur.limits = keyscope::mcp_limits(&doc),
                p => {
                    let mcp = doc["metadata"]["labels"]["higress.io/biz-type"].as_str()
                        == Some(m::BIZ_TYPE);
                    if let Some(name) = live::name_of_file(p).filter(|_| mcp) {
                        cur.servers.insert(name.to_string(), doc);
                    }
                }
            }
        }
        cur
    }

    fn sse_suffix(&self) -> String {
        m::mcp_switch(&self.higress).sse_path_suffix
    }

    /// A server as the file would say it (None: a kind the file cannot say).
    pub fn spec_of(&self, name: &str) -> Option<McpSpec> {
        let doc = self.servers.get(name)?;
        let a = &doc["metadata"]["annotations"];
        let ann = |k: &str| a[k].as_str().map(str::to_string);
        let origin = origin(&self.bridge, name)?;
        let via = match doc["metadata"]["labels"]["higress.io/mcp-server-type"].as_str()? {
            "DIRECT_ROUTE" => {
                let transport = match ann("higress.io/mcp-server-upstream-type").as_deref() {
                    Some("sse") => Transport::Sse,
                    _ => Transport::Streamable,
                };
                let prefix = ann("higress.io/rewrite-path").unwrap_or_else(|| "/".into());
                let path = match (transport, prefix.as_str()) {
                    (Transport::Streamable, _) => prefix,
                    (Transport::Sse, "/") => self.sse_suffix(),
                    (Transport::Sse, _) => format!("{prefix}{}", self.sse_suffix()),
                };
                McpVia::Proxy {
                    url: format!("{origin}{path}"),
                    transport,
                }
            }
            "OPEN_API" => McpVia::Tools {
                upstream: origin,
                tools: m::plugin_rule(&self.plugin, name)?["config"].clone(),
            },
            _ => return None,
        };
        Some(McpSpec {
            via,
            description: ann("higress.io/resource-description"),
            keys: self.limits.get(name).cloned(),
        })
    }

    /// Whether the server's files are what `mcp add` would write for `s` and `keys`.
    fn in_step(&self, s: &Server, keys: Option<&Vec<String>>) -> Result<bool> {
        let Some(have) = self.servers.get(&s.name) else {
            return Ok(false);
        };
        if *have != ingress(s, &self.sse_suffix())? {
            return Ok(false);
        }
        let reg = m::registry_name(&s.name);
        let entry = |b: &Value| {
            b["spec"]["registries"]
                .as_sequence()
                .and_then(|l| l.iter().find(|r| r["name"].as_str() == Some(&reg)).cloned())
        };
        let mut want = Value::Null;
        m::upsert_registry(&mut want, &s.name, &s.upstream);
        if entry(&want) != entry(&self.bridge) {
            return Ok(false);
        }
        let rule = match &s.kind {
            Kind::Tools { config } => {
                let mut doc = Value::Null;
                m::upsert_plugin_rule(&mut doc, &s.name, config);
                m::plugin_rule(&doc, &s.name).cloned()
            }
            Kind::Proxy { .. } => None,
        };
        Ok(rule.as_ref() == m::plugin_rule(&self.plugin, &s.name)
            && self.limits.get(&s.name) == keys)
    }
}

/// The server's Ingress, or the refusal `mcp add` gives (an SSE path without the suffix).
fn ingress(s: &Server, sse_suffix: &str) -> Result<Value> {
    m::ingress(s, sse_suffix)
        .map_err(|r| fail_hint(format!("mcpServers.{}: {}", s.name, r.message), r.hint))
}

/// `scheme://host[:port]` of a server's registry (the default port left out).
fn origin(bridge: &Value, name: &str) -> Option<String> {
    let url = m::registry_url(bridge, name, "")?;
    for (scheme, port) in [("https://", ":443"), ("http://", ":80")] {
        if url.starts_with(scheme) {
            if let Some(u) = url.strip_suffix(port) {
                return Some(u.to_string());
            }
        }
    }
    Some(url)
}

/// The MCP part of a plan: its lines, what is kept, and what to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct McpPlan {
    pub lines: Vec<(char, String)>,
    pub kept: Vec<String>,
    /// Servers to write (`mcp add`), by name.
    pub set: Vec<(String, McpSpec)>,
    /// Servers to remove (`mcp remove`).
    pub remove: Vec<String>,
    /// Switch MCP on (the servers are in step, but higress-config has it off).
    pub switch_on: bool,
}

/// What the plan needs to know besides the servers.
pub struct Context<'a> {
    /// Redis comes with the container the apply creates (else higress-config says).
    pub redis_coming: bool,
    /// Whether a gateway key of this name exists (or the file adds it).
    pub key_known: &'a dyn Fn(&str) -> bool,
    pub prune: bool,
}

/// The changes that make the gateway's servers what `want` says.
pub fn plan(want: &BTreeMap<String, McpSpec>, cur: &CurrentMcp, cx: &Context) -> Result<McpPlan> {
    let mut out = McpPlan::default();
    for name in cur.servers.keys().filter(|n| !want.contains_key(*n)) {
        if cx.prune {
            out.lines.push(('-', format!("mcp server {name}")));
            out.remove.push(name.clone());
        } else {
            out.kept.push(format!("mcp server {name}"));
        }
    }
    for (name, spec) in want {
        check(name, spec, cur, cx)?;
        let server = spec.server(name)?;
        if cur.in_step(&server, spec.keys.as_ref())? {
            continue;
        }
        let line = match cur.servers.contains_key(name) {
            false => ('+', format!("mcp server {name} ({})", spec.summary())),
            true => (
                '~',
                format!("mcp server {name} {}", differences(cur.spec_of(name), spec)),
            ),
        };
        out.lines.push(line);
        out.set.push((name.clone(), spec.clone()));
    }
    let on = m::mcp_switch(&cur.higress).enable;
    if !want.is_empty() && out.set.is_empty() && !on && !cur.higress.is_null() {
        out.lines.push((
            '~',
            "mcp on (higress-config mcpServer.enable false → true)".into(),
        ));
        out.switch_on = true;
    }
    Ok(out)
}

/// What `mcp add` refuses before writing: SSE without Redis, a key that does not exist, an
/// SSE path without the gateway's suffix.
fn check(name: &str, spec: &McpSpec, cur: &CurrentMcp, cx: &Context) -> Result<()> {
    let sse = matches!(
        spec.via,
        McpVia::Proxy {
            transport: Transport::Sse,
            ..
        }
    );
    if sse && !cx.redis_coming {
        if let Err(e) = live::require_redis(&cur.higress) {
            let hint = user_hint(&e).unwrap_or_default().to_string();
            return Err(fail_hint(
                format!("mcpServers.{name}: {e:#}; nothing was changed"),
                hint,
            ));
        }
    }
    for k in spec.keys.iter().flatten() {
        if !(cx.key_known)(k) {
            return Err(fail_hint(
                format!("mcpServers.{name}.keys: no gateway key is named {k}"),
                "add it under gatewayKeys.keys (or with `get-ai-gateway keys add NAME`)",
            ));
        }
    }
    ingress(&spec.server(name)?, &cur.sse_suffix()).map(|_| ())
}

/// `transport streamable → sse, keys all → ci`, or `rewritten` when only its files differ.
fn differences(have: Option<McpSpec>, want: &McpSpec) -> String {
    let Some(have) = have else {
        return format!("replaced ({})", want.summary());
    };
    let mut out = Vec::new();
    match (&have.via, &want.via) {
        (
            McpVia::Proxy {
                url: a,
                transport: t,
            },
            McpVia::Proxy {
                url: b,
                transport: u,
            },
        ) => {
            if !same_url(a, b, true) {
                out.push(format!("proxy {a} → {b}"));
            }
            if t != u {
                out.push(format!("transport {} → {}", t.as_str(), u.as_str()));
            }
        }
        (
            McpVia::Tools {
                upstream: a,
                tools: x,
            },
            McpVia::Tools {
                upstream: b,
                tools: y,
            },
        ) => {
            if !same_url(a, b, false) {
                out.push(format!("upstream {a} → {b}"));
            }
            if x != y {
                out.push(format!("tools {} → {}", tool_names(x), tool_names(y)));
            }
        }
        _ => out.push(format!("{} → {}", have.summary(), want.summary())),
    }
    if have.description != want.description {
        let d = |x: &Option<String>| x.clone().map_or("(none)".into(), |s| format!("{s:?}"));
        out.push(format!(
            "description {} → {}",
            d(&have.description),
            d(&want.description)
        ));
    }
    if have.keys != want.keys {
        let k = |x: &Option<Vec<String>>| x.as_ref().map_or("all".into(), |k| k.join(","));
        out.push(format!("keys {} → {}", k(&have.keys), k(&want.keys)));
    }
    match out.is_empty() {
        true => "rewritten (its files differ from what `mcp add` writes)".to_string(),
        false => out.join(", "),
    }
}

/// Two URLs the gateway treats alike (the path only for a proxied server).
fn same_url(a: &str, b: &str, path: bool) -> bool {
    match (m::parse_upstream("", a), m::parse_upstream("", b)) {
        (Ok(x), Ok(y)) => {
            (x.https, &x.host, x.port) == (y.https, &y.host, y.port) && (!path || x.path == y.path)
        }
        _ => a == b,
    }
}

/// Make the MCP changes on `files` with `mcp add`'s and `mcp remove`'s code: the servers
/// written first, then the removed ones (`others`: every MCP Ingress file of the change, so
/// the last one switches MCP off).
pub fn apply(files: &mut Files, p: &McpPlan, others: &[String]) -> Result<()> {
    for (name, spec) in &p.set {
        live::add(files, &spec.server(name)?, &spec.access())?;
    }
    for name in &p.remove {
        live::remove(files, name, others)?;
    }
    if p.switch_on {
        live::switch_on(files)?;
    }
    Ok(())
}
