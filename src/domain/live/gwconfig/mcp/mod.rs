//! MCP servers as the console writes them (higress-console `AbstractMcpServerSaveStrategy`,
//! `DirectRoutingSaveStrategy`, `OpenApiSaveStrategy`; see `MCP-HOW.md`): an Ingress
//! `mcp-server-<name>.internal` at the prefix `/mcp-servers/<name>`, its upstream in the
//! McpBridge, and for OPEN_API a `matchRules` item of the WasmPlugin `mcp-server.internal`.
//! The switch is `higress-config`'s `mcpServer.enable`. No I/O.

use serde_yaml::{Mapping, Value};

use super::ai_proxy::service_type;
use super::{key, mapping_at, seq_in};
use crate::domain::providers::compatible;

/// The path prefix of every MCP server (`McpConstants.MCP_SERVER_PATH_PRE`).
pub const PATH_PREFIX: &str = "/mcp-servers/";
/// The Redis address the all-in-one ships (`higress-config.yaml`), and the console's own.
pub const REDIS_PLACEHOLDERS: &[&str] = &["redis-address:6379", "your.redis.host:6379"];
/// `mcpServer.sse_path_suffix` when the ConfigMap has none (the console's default).
pub const DEFAULT_SSE_SUFFIX: &str = "/sse";
/// The label `higress.io/biz-type` that marks an MCP Ingress (the console's list filter).
pub const BIZ_TYPE: &str = "mcp-server";
const COMMENT: &str = "PLEASE DO NOT EDIT DIRECTLY. This resource is managed by Higress.";

/// Why an input is refused, and what to do (as `compatible::Refusal`).
pub type Refusal = compatible::Refusal;

fn refuse(message: impl Into<String>, hint: impl Into<String>) -> Refusal {
    Refusal {
        message: message.into(),
        hint: hint.into(),
    }
}

/// A server name becomes part of an Ingress name, a path and a registry name: 1 to 40
/// lowercase letters, digits and dashes (a DNS label), not starting or ending with a dash.
pub fn check_name(name: &str) -> Result<(), Refusal> {
    let ok = (1..=40).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    if ok {
        return Ok(());
    }
    Err(refuse(
        format!("{name:?} cannot name an MCP server"),
        "use 1 to 40 lowercase letters, digits and dashes (it becomes part of the Ingress \
         name and of the path /mcp-servers/NAME), e.g. `mcp add github ...`",
    ))
}

pub fn ingress_name(name: &str) -> String {
    format!("mcp-server-{name}.internal")
}

/// The McpBridge registry of a server's upstream (as `llm-<id>.internal` for providers).
pub fn registry_name(name: &str) -> String {
    format!("mcp-{name}.internal")
}

pub fn server_path(name: &str) -> String {
    format!("{PATH_PREFIX}{name}")
}

/// How the gateway talks to a proxied server (`McpServerDirectRouteConfig.transportType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Streamable,
    Sse,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Streamable => "streamable",
            Transport::Sse => "sse",
        }
    }
}

/// An upstream URL, split: scheme, host, port, path (`/` when empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    pub https: bool,
    pub host: String,
    pub port: u16,
    pub path: String,
}

impl Upstream {
    /// `dns` for a name, `static` for an IPv4 address (as for providers).
    fn kind(&self) -> &'static str {
        service_type(&self.host)
    }

    /// The service the Ingress sends to, with its port (`<registry>.dns:443`).
    pub fn destination(&self, name: &str) -> String {
        let port = if self.kind() == "static" {
            80
        } else {
            self.port
        };
        format!("{}.{}:{port}", registry_name(name), self.kind())
    }

    pub fn url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}:{}{}", self.host, self.port, self.path)
    }
}

/// `--proxy`/`--upstream`: an http(s) URL of a host the container can reach (this
/// machine's loopback is refused as for OpenAI-compatible servers), with no query.
pub fn parse_upstream(flag: &str, url: &str) -> Result<Upstream, Refusal> {
    let url = compatible::check_url(flag, url, "the MCP server")?;
    let https = url.starts_with("https://");
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    if rest.contains(['?', '#']) {
        return Err(refuse(
            format!("{flag} {url}: a query or fragment cannot be proxied"),
            "give the server's URL without ?… or #…",
        ));
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].to_string()),
        None => (rest, "/".to_string()),
    };
    if authority.contains(['@', '[']) {
        return Err(refuse(
            format!("{flag} {url}: user info and IPv6 addresses are not supported"),
            "use a host name or an IPv4 address, and pass credentials another way",
        ));
    }
    let (host, port) = match authority.split_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().ok().filter(|p| *p > 0)),
        None => (authority, Some(if https { 443 } else { 80 })),
    };
    let Some(port) = port else {
        return Err(refuse(
            format!("{flag} {url}: the port is not a number from 1 to 65535"),
            "e.g. http://192.168.1.20:3000/mcp",
        ));
    };
    Ok(Upstream {
        https,
        host: host.to_ascii_lowercase(),
        port,
        path,
    })
}

/// What kind of server, with what it needs.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// DIRECT_ROUTE: an existing MCP server behind the gateway.
    Proxy { transport: Transport },
    /// OPEN_API: a REST API served as tools by the `mcp-server` plugin from this config.
    Tools { config: Value },
}

/// One MCP server to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    pub name: String,
    pub description: Option<String>,
    pub upstream: Upstream,
    pub kind: Kind,
}

impl Server {
    /// The console's type label (`McpServerTypeEnum.name()`).
    pub fn type_label(&self) -> &'static str {
        match self.kind {
            Kind::Proxy { .. } => "DIRECT_ROUTE",
            Kind::Tools { .. } => "OPEN_API",
        }
    }
}

/// DIRECT_ROUTE's upstream path prefix (`generateUpstreamPathPrefix`): streamable → the
/// path; sse → the path without `sse_suffix`, which it must end with (`/` if nothing is left).
pub fn upstream_prefix(
    path: &str,
    transport: Transport,
    sse_suffix: &str,
) -> Result<String, Refusal> {
    if transport == Transport::Streamable {
        return Ok(path.to_string());
    }
    match path.strip_suffix(sse_suffix) {
        Some(rest) if !sse_suffix.is_empty() => Ok(if rest.trim().is_empty() {
            "/".to_string()
        } else {
            rest.to_string()
        }),
        _ => Err(refuse(
            format!("the path of an SSE server must end with {sse_suffix} (it is {path})"),
            format!(
                "give the server's SSE endpoint, e.g. --proxy http://HOST:PORT{sse_suffix} \
                 (the gateway's mcpServer.sse_path_suffix)"
            ),
        )),
    }
}

/// The annotations of the server's Ingress: the console's `setDefaultConfigs` (and for
/// DIRECT_ROUTE its upstream and rewrite keys), `route2Ingress`'s destination and comment.
fn annotations(s: &Server, sse_suffix: &str) -> Result<Vec<(String, String)>, Refusal> {
    let path = server_path(&s.name);
    let mut a: Vec<(String, String)> = vec![
        ("higress.io/comment".into(), COMMENT.into()),
        (
            "higress.io/destination".into(),
            s.upstream.destination(&s.name),
        ),
        ("higress.io/mcp-server".into(), "true".into()),
        (
            "higress.io/mcp-server-match-rule-domains".into(),
            "*".into(),
        ),
        (
            "higress.io/mcp-server-match-rule-type".into(),
            "prefix".into(),
        ),
        ("higress.io/mcp-server-match-rule-value".into(), path),
    ];
    if let Some(d) = &s.description {
        a.push(("higress.io/resource-description".into(), d.clone()));
    }
    if let Kind::Proxy { transport } = s.kind {
        let prefix = upstream_prefix(&s.upstream.path, transport, sse_suffix)?;
        let t = transport.as_str().to_string();
        a.push(("higress.io/mcp-server-upstream-type".into(), t.clone()));
        a.push(("higress.io/mcp-server-upstream-transport-type".into(), t));
        a.push((
            "higress.io/mcp-server-enable-path-rewrite".into(),
            "true".into(),
        ));
        a.push((
            "higress.io/mcp-server-path-rewrite-prefix".into(),
            prefix.clone(),
        ));
        a.push(("higress.io/enable-rewrite".into(), "true".into()));
        a.push(("higress.io/rewrite-path".into(), prefix));
        if s.upstream.kind() == "dns" {
            a.push(("higress.io/upstream-vhost".into(), s.upstream.host.clone()));
        }
    }
    a.sort();
    Ok(a)
}

fn string_map(pairs: &[(String, String)]) -> Value {
    let mut m = Mapping::new();
    for (k, v) in pairs {
        m.insert(key(k), Value::String(v.clone()));
    }
    Value::Mapping(m)
}

/// The Ingress `mcp-server-<name>.internal`.
pub fn ingress(s: &Server, sse_suffix: &str) -> Result<Value, Refusal> {
    let labels: Vec<(String, String)> = [
        ("higress.io/biz-type", BIZ_TYPE),
        ("higress.io/domain_higress-default-domain", "true"),
        ("higress.io/internal", "true"),
        ("higress.io/mcp-server-type", s.type_label()),
        ("higress.io/resource-definer", "higress"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let mut meta = Mapping::new();
    meta.insert(key("annotations"), string_map(&annotations(s, sse_suffix)?));
    meta.insert(key("labels"), string_map(&labels));
    meta.insert(key("name"), Value::String(ingress_name(&s.name)));
    meta.insert(key("namespace"), key("higress-system"));
    meta.insert(key("resourceVersion"), key("1"));
    let backend: Value = serde_yaml::from_str(
        "resource:\n  apiGroup: networking.higress.io\n  kind: McpBridge\n  name: default\n",
    )
    .unwrap_or(Value::Null);
    let mut path = Mapping::new();
    path.insert(key("backend"), backend);
    path.insert(key("path"), Value::String(server_path(&s.name)));
    path.insert(key("pathType"), key("Prefix"));
    let mut http = Mapping::new();
    http.insert(key("paths"), Value::Sequence(vec![Value::Mapping(path)]));
    let mut rule = Mapping::new();
    rule.insert(key("http"), Value::Mapping(http));
    let mut spec = Mapping::new();
    spec.insert(key("ingressClassName"), key("higress"));
    spec.insert(key("rules"), Value::Sequence(vec![Value::Mapping(rule)]));
    let mut doc = Mapping::new();
    doc.insert(key("apiVersion"), key("networking.k8s.io/v1"));
    doc.insert(key("kind"), key("Ingress"));
    doc.insert(key("metadata"), Value::Mapping(meta));
    doc.insert(key("spec"), Value::Mapping(spec));
    Ok(Value::Mapping(doc))
}

// ---------------------------------------------------------------------------------------
// McpBridge

/// The server's upstream in the McpBridge (`mcp-<name>.internal`), replaced if present.
pub fn upsert_registry(doc: &mut Value, name: &str, up: &Upstream) {
    let reg = registry_name(name);
    let kind = up.kind();
    let domain = if kind == "static" {
        format!("{}:{}", up.host, up.port)
    } else {
        up.host.clone()
    };
    let port = if kind == "static" { 80 } else { up.port };
    let mut m = Mapping::new();
    m.insert(key("name"), Value::String(reg.clone()));
    m.insert(key("type"), key(kind));
    m.insert(
        key("protocol"),
        key(if up.https { "https" } else { "http" }),
    );
    m.insert(key("domain"), Value::String(domain));
    m.insert(key("port"), Value::Number(port.into()));
    let list = seq_in(mapping_at(doc, &["spec"]), "registries");
    list.retain(|r| r.get("name").and_then(Value::as_str) != Some(reg.as_str()));
    list.push(Value::Mapping(m));
}

pub fn remove_registry(doc: &mut Value, name: &str) -> bool {
    let reg = registry_name(name);
    let list = seq_in(mapping_at(doc, &["spec"]), "registries");
    let before = list.len();
    list.retain(|r| r.get("name").and_then(Value::as_str) != Some(reg.as_str()));
    before != list.len()
}

/// The upstream URL a registry entry and a rewrite path describe (for `mcp tools`).
pub fn registry_url(bridge: &Value, name: &str, path: &str) -> Option<String> {
    let reg = registry_name(name);
    let entry = bridge["spec"]["registries"]
        .as_sequence()?
        .iter()
        .find(|r| r["name"].as_str() == Some(reg.as_str()))?;
    let scheme = entry["protocol"].as_str().unwrap_or("http");
    let domain = entry["domain"].as_str()?;
    let authority = match entry["type"].as_str() {
        Some("static") => domain.to_string(),
        _ => format!("{domain}:{}", entry["port"].as_u64().unwrap_or(80)),
    };
    Some(format!("{scheme}://{authority}{path}"))
}

mod plugin;
mod switch;

pub use plugin::*;
pub use switch::*;

#[cfg(test)]
mod tests;
