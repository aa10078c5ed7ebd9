//! `check` for MCP servers: every MCP Ingress has what it needs (its plugin rule, its
//! registry, the switch, Redis for SSE), and the switch has no placeholder Redis.

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::{Finding, finding};
use crate::domain::live::gwconfig::mcp::{self as m, HIGRESS_CONFIG, PLUGIN_FILE};
use crate::domain::live::mcp::name_of_file;
use crate::domain::live::paths::MCP_BRIDGE;

fn registered(docs: &BTreeMap<&str, Value>, registry: &str) -> bool {
    docs.get(MCP_BRIDGE)
        .and_then(|b| b["spec"]["registries"].as_sequence())
        .is_some_and(|l| l.iter().any(|r| r["name"].as_str() == Some(registry)))
}

/// One MCP Ingress against the plugin, the McpBridge and the switch.
fn server_findings(
    docs: &BTreeMap<&str, Value>,
    path: &str,
    doc: &Value,
    sw: Option<&m::McpSwitch>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let name = name_of_file(path).unwrap_or_default();
    let ann = &doc["metadata"]["annotations"];
    let kind = doc["metadata"]["labels"]["higress.io/mcp-server-type"].as_str();
    let null = Value::Null;
    let plugin = docs.get(PLUGIN_FILE).unwrap_or(&null);
    if kind == Some("OPEN_API") && m::plugin_rule(plugin, name).is_none() {
        out.push(finding(
            path,
            format!(
                "the MCP server {name} serves a REST API as tools, but the mcp-server plugin \
                 has no rule for it: it serves no tools"
            ),
            format!("`get-ai-gateway mcp add {name} --tools FILE --upstream URL` writes it again"),
        ));
    }
    let destination = ann["higress.io/destination"].as_str().unwrap_or("");
    let registry = destination.split(':').next().unwrap_or("");
    let registry = registry
        .trim_end_matches(".dns")
        .trim_end_matches(".static");
    if registry == m::registry_name(name) && !registered(docs, registry) {
        out.push(finding(
            path,
            format!(
                "the MCP server {name} sends to {registry}, which the McpBridge does not register"
            ),
            format!("`get-ai-gateway mcp add {name} ...` again, or `mcp remove {name}`"),
        ));
    }
    let sse = ann["higress.io/mcp-server-upstream-type"].as_str() == Some("sse");
    if sse && sw.is_some_and(|s| s.redis.is_none()) {
        out.push(finding(
            path,
            format!("the MCP server {name} is proxied over SSE, and the gateway has no Redis: its sessions fail"),
            "`get-ai-gateway start --redis` (or --redis-url)",
        ));
    }
    if sw.is_some_and(|s| !s.enable) {
        out.push(finding(
            path,
            format!("the MCP server {name} is written, but MCP is off (mcpServer.enable: false): nothing serves it"),
            format!("`get-ai-gateway mcp add {name} ...` again switches it on, or set mcpServer.enable: true in {HIGRESS_CONFIG}"),
        ));
    }
    out
}

pub fn mcp_findings(docs: &BTreeMap<&str, Value>) -> Vec<Finding> {
    let sw = docs.get(HIGRESS_CONFIG).map(m::mcp_switch);
    let mut out = Vec::new();
    for (path, doc) in docs {
        let mcp = doc["metadata"]["labels"]["higress.io/biz-type"].as_str() == Some(m::BIZ_TYPE);
        if mcp && name_of_file(path).is_some() {
            out.extend(server_findings(docs, path, doc, sw.as_ref()));
        }
    }
    if sw.as_ref().is_some_and(|s| s.enable && s.placeholder_redis) {
        out.push(finding(
            HIGRESS_CONFIG,
            "MCP is on with the placeholder Redis address (mcpServer.redis): the gateway tries \
             to reach a Redis that does not exist",
            "`get-ai-gateway start --redis` (or --redis-url), or remove mcpServer.redis",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::domain::live::Write;
    use crate::domain::live::gwconfig::mcp::{
        HIGRESS_CONFIG, Kind, PLUGIN_FILE, Server, Transport, check_tools_yaml, parse_upstream,
    };
    use crate::domain::live::mcp::{Access, Files, add, paths};
    use crate::domain::live::paths::MCP_BRIDGE;
    use crate::domain::ops::check::check;

    const CONFIG: &str = "data:\n  higress: |-\n    mcpServer:\n      enable: false\n      sse_path_suffix: /sse\n      redis:\n        address: REDIS\n";

    fn with(servers: &[Server], redis: &str) -> BTreeMap<String, String> {
        let mut read: BTreeMap<String, Option<String>> =
            paths("x", []).into_iter().map(|p| (p, None)).collect();
        read.insert(HIGRESS_CONFIG.into(), Some(CONFIG.replace("REDIS", redis)));
        read.insert(MCP_BRIDGE.into(), Some("spec: {registries: []}\n".into()));
        for s in servers {
            read.insert(crate::domain::live::mcp::ingress_file(&s.name), None);
            let mut f = Files::new(read.clone());
            add(&mut f, s, &Access::Inherit).expect("added");
            for w in f.writes() {
                if let Write::Put { path, text } = w {
                    read.insert(path, Some(text));
                }
            }
        }
        read.into_iter()
            .filter_map(|(p, t)| Some((p, t?)))
            .collect()
    }

    fn servers() -> Vec<Server> {
        let config = check_tools_yaml("t", "server: {name: s}\ntools: [{name: a}]").expect("ok");
        vec![
            Server {
                name: "gh".into(),
                description: None,
                upstream: parse_upstream("--proxy", "http://172.17.0.1:3000/sse").expect("url"),
                kind: Kind::Proxy {
                    transport: Transport::Sse,
                },
            },
            Server {
                name: "rest".into(),
                description: None,
                upstream: parse_upstream("--upstream", "https://api.example.com").expect("url"),
                kind: Kind::Tools { config },
            },
        ]
    }

    fn problems(files: &BTreeMap<String, String>) -> Vec<String> {
        check(files).into_iter().map(|f| f.problem).collect()
    }

    #[test]
    fn what_mcp_add_writes_is_clean() {
        let files = with(&servers(), "10.0.0.9:6379");
        assert_eq!(problems(&files), Vec::<String>::new());
    }

    #[test]
    fn missing_rule_registry_redis_and_switch_are_found() {
        let mut files = with(&servers(), "10.0.0.9:6379");
        files.remove(PLUGIN_FILE);
        files.insert(MCP_BRIDGE.into(), "spec: {registries: []}\n".into());
        let cm = files[HIGRESS_CONFIG].replace("10.0.0.9:6379", "redis-address:6379");
        files.insert(HIGRESS_CONFIG.into(), cm);
        let found = problems(&files).join("\n");
        for wanted in [
            "the mcp-server plugin has no rule for it",
            "which the McpBridge does not register",
            "proxied over SSE, and the gateway has no Redis",
            "MCP is on with the placeholder Redis address",
        ] {
            assert!(found.contains(wanted), "{wanted:?} not in:\n{found}");
        }
        let off = files[HIGRESS_CONFIG].replace("enable: true", "enable: false");
        files.insert(HIGRESS_CONFIG.into(), off);
        assert!(problems(&files).join("\n").contains("MCP is off"));
    }
}
