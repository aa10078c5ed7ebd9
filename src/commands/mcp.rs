//! `mcp add/list/remove/tools`: MCP servers through the gateway. Each change is one
//! transaction of the edit engine on the server's Ingress, the McpBridge, the
//! `mcp-server` plugin, key-auth and `higress-config` (see `domain::live::mcp`).

use std::time::Duration;

use anyhow::Result;
use serde_json::json;
use serde_yaml::Value;

use crate::args::{GlobalArgs, McpAddArgs, McpCommand, TransportArg};
use crate::domain::live::gwconfig::mcp::{self as m, Kind, Server, Tool, Transport};
use crate::domain::live::keyauth;
use crate::domain::live::mcp::{self, Access, Added, Files, Listed};
use crate::error::{fail, fail_hint};
use crate::gateway::{self, Gateway, Need};
use crate::ui;

pub async fn run(global: &GlobalArgs, command: McpCommand) -> Result<()> {
    let name = global.container_name.as_str();
    match command {
        McpCommand::Add(a) => add(name, a).await,
        McpCommand::List(a) => list(name, a.json).await,
        McpCommand::Remove(a) => remove(name, &a.name).await,
        McpCommand::Tools(a) => tools(name, &a.name, a.json).await,
    }
}

fn refusal(r: m::Refusal) -> anyhow::Error {
    fail_hint(r.message, r.hint)
}

/// The server the flags describe, checked before anything is read or written.
fn server_of(a: &McpAddArgs) -> Result<Server> {
    m::check_name(&a.name).map_err(refusal)?;
    let (upstream, kind) = match (&a.proxy, &a.tools, &a.upstream) {
        (Some(url), _, _) => {
            let transport = match a.transport {
                Some(TransportArg::Sse) => Transport::Sse,
                _ => Transport::Streamable,
            };
            let up = m::parse_upstream("--proxy", url).map_err(refusal)?;
            (up, Kind::Proxy { transport })
        }
        (None, Some(file), Some(url)) => {
            let shown = file.display().to_string();
            let text = std::fs::read_to_string(file)
                .map_err(|e| fail(format!("cannot read {shown}: {e}")))?;
            let config = m::check_tools_yaml(&shown, &text).map_err(refusal)?;
            let up = m::parse_upstream("--upstream", url).map_err(refusal)?;
            (up, Kind::Tools { config })
        }
        _ => {
            return Err(fail_hint(
                "say what the server is",
                "`mcp add NAME --proxy URL`, or `mcp add NAME --tools FILE --upstream URL`",
            ));
        }
    };
    Ok(Server {
        name: a.name.clone(),
        description: a.description.clone().filter(|d| !d.is_empty()),
        upstream,
        kind,
    })
}

async fn add(container: &str, a: McpAddArgs) -> Result<()> {
    let server = server_of(&a)?;
    for k in &a.keys {
        keyauth::check_name(k)?;
    }
    let access = if a.keys.is_empty() {
        Access::Inherit
    } else {
        Access::Keys(a.keys.clone())
    };
    let gw = Gateway::connect(container, Need::Running).await?;
    let paths = mcp::paths(&server.name, []);
    let added = gw
        .transact(&paths, |snap| {
            let read = paths.iter().map(|p| (p.clone(), snap.text(p))).collect();
            let mut files = Files::new(read);
            let added = mcp::add(&mut files, &server, &access)?;
            Ok((files.writes(), added))
        })
        .await?;
    tell_added(&gw, &server, &added);
    Ok(())
}

fn endpoint(gw: &Gateway, path: &str) -> String {
    let host = gateway::display_host(&gateway::bind_of(gw.info()));
    format!("http://{host}:{}{path}", gw.ports().http)
}

fn tell_added(gw: &Gateway, s: &Server, added: &Added) {
    let what = match &s.kind {
        Kind::Proxy { transport } => {
            format!("proxies {} ({})", s.upstream.url(), transport.as_str())
        }
        Kind::Tools { config } => format!(
            "serves {} tool(s) calling {}",
            m::config_tools(config).len(),
            s.upstream.url()
        ),
    };
    let verb = if added.replaced { "Replaced" } else { "Added" };
    ui::ok(format!(
        "{verb} the MCP server {}: {} {what}.",
        s.name,
        endpoint(gw, &added.path)
    ));
    if !added.switched.is_empty() {
        ui::info(format!(
            "MCP is on in higress-config ({}).",
            added.switched.join(", ")
        ));
    }
    if added.rule_enabled == Some(false) {
        ui::warn("the file has no tools: the plugin rule is written disabled, as the console does");
    }
    if added.no_redis {
        ui::warn(format!(
            "the gateway has no Redis: {}/sse (SSE) will not work, Streamable HTTP does; \
             `get-ai-gateway start --redis` adds one",
            added.path
        ));
    }
    match &added.allowed {
        Some(keys) if added.limited => ui::info(format!(
            "Only these gateway keys may call it: {}.",
            keys.join(", ")
        )),
        Some(_) => {
            ui::info("Every gateway key may call it (keys are scoped: it has its own rule).")
        }
        None => {}
    }
    if added.keys_off {
        ui::warn("gateway keys are off: the rule applies once `get-ai-gateway keys enable` runs");
    }
}

async fn list(container: &str, as_json: bool) -> Result<()> {
    let gw = Gateway::connect(container, Need::Running).await?;
    let tree = gw.read_tree().await?;
    let listed = mcp::list(&tree);
    let sw = tree
        .get(m::HIGRESS_CONFIG)
        .and_then(|t| serde_yaml::from_str::<Value>(t).ok())
        .map(|cm| m::mcp_switch(&cm));
    let enabled = sw.as_ref().is_some_and(|s| s.enable);
    let doc = json!({"enabled": enabled, "servers": listed});
    ui::report(
        as_json,
        || doc,
        || println!("{}", render_list(enabled, &listed)),
    );
    Ok(())
}

fn render_list(enabled: bool, listed: &[Listed]) -> String {
    let mut out = format!(
        "MCP servers ({}):",
        if enabled {
            "on"
        } else {
            "off in higress-config"
        }
    );
    if listed.is_empty() {
        out.push_str("\n  (none; add one with `get-ai-gateway mcp add NAME --proxy URL`)");
    }
    for l in listed {
        let via = match (&l.kind[..], &l.tools) {
            ("tools", Some(t)) if l.rule_disabled => format!("tools ({} tools, disabled)", t.len()),
            ("tools", Some(t)) => format!("tools ({} tools)", t.len()),
            ("tools", None) => "tools (no plugin rule)".to_string(),
            (kind, _) => match &l.transport {
                Some(t) => format!("{kind} ({t})"),
                None => kind.to_string(),
            },
        };
        out.push_str(&format!("\n  {:<20} {:<28} {via}", l.name, l.path));
        if let Some(u) = &l.upstream {
            out.push_str(&format!("\n  {:<20} -> {u}", ""));
        }
        if let Some(keys) = &l.keys {
            out.push_str(&format!("\n  {:<20} keys: {}", "", keys.join(", ")));
        }
    }
    out
}

async fn remove(container: &str, name: &str) -> Result<()> {
    m::check_name(name).map_err(refusal)?;
    let gw = Gateway::connect(container, Need::Running).await?;
    let tree = gw.read_tree().await?;
    let others: Vec<String> = tree
        .keys()
        .filter(|p| mcp::name_of_file(p).is_some())
        .cloned()
        .collect();
    let paths = mcp::paths(name, others.clone());
    let removed = gw
        .transact(&paths, |snap| {
            let read = paths.iter().map(|p| (p.clone(), snap.text(p))).collect();
            let mut files = Files::new(read);
            let removed = mcp::remove(&mut files, name, &others)?;
            Ok((files.writes(), removed))
        })
        .await?;
    ui::ok(format!("Removed the MCP server {name}."));
    if removed.switched_off {
        ui::info("That was the last one: MCP is off again in higress-config.");
    }
    Ok(())
}

/// The `Authorization` header for the gateway: a key the server's rule allows, else any
/// key when keys are required; None when no key is needed.
fn gateway_auth(tree: &std::collections::BTreeMap<String, String>, l: &Listed) -> Option<String> {
    let doc: Value = serde_yaml::from_str(tree.get(&keyauth::path())?).ok()?;
    let state = keyauth::state(&doc);
    let name = match &l.keys {
        Some(keys) => keys.first()?.clone(),
        None if state.enabled => state.consumers.first()?.name.clone(),
        None => return None,
    };
    keyauth::key_of(&doc, &name).map(|k| format!("{}{k}", keyauth::SCHEME))
}

async fn tools(container: &str, name: &str, as_json: bool) -> Result<()> {
    let gw = Gateway::connect(container, Need::Running).await?;
    let tree = gw.read_tree().await?;
    let listed = mcp::list(&tree);
    let Some(l) = listed.iter().find(|l| l.name == name) else {
        return Err(fail_hint(
            format!("there is no MCP server named {name}"),
            "see them with `get-ai-gateway mcp list`",
        ));
    };
    let (source, url, tools) = match &l.tools {
        Some(t) => ("file", None, t.clone()),
        None => {
            let host = gateway::probe::reach_host(&gateway::bind_of(gw.info()));
            let via_gateway = format!("http://{host}:{}{}", gw.ports().http, l.path);
            ask_server(&via_gateway, gateway_auth(&tree, l), l.upstream.as_deref()).await?
        }
    };
    let doc = json!({"name": name, "source": source, "url": url, "tools": tools});
    ui::report(
        as_json,
        || doc,
        || println!("{}", render_tools(name, source, &tools)),
    );
    Ok(())
}

/// The server's own `tools/list`: through the gateway, else from the upstream directly.
async fn ask_server(
    via_gateway: &str,
    auth: Option<String>,
    upstream: Option<&str>,
) -> Result<(&'static str, Option<String>, Vec<Tool>)> {
    let timeout = Duration::from_secs(10);
    let first = match gateway::mcp::list_tools(via_gateway, auth.as_deref(), timeout).await {
        Ok(t) => return Ok(("gateway", Some(via_gateway.to_string()), t)),
        Err(e) => e,
    };
    let Some(direct) = upstream else {
        return Err(first);
    };
    match gateway::mcp::list_tools(direct, None, timeout).await {
        Ok(t) => {
            ui::warn(format!(
                "the gateway did not serve the tools ({first:#}); listed from the server directly"
            ));
            Ok(("upstream", Some(direct.to_string()), t))
        }
        Err(e) => Err(fail_hint(
            format!("neither the gateway nor the server listed the tools: {first:#}; {e:#}"),
            "check that the server runs and that the gateway's container reaches it",
        )),
    }
}

fn render_tools(name: &str, source: &str, tools: &[Tool]) -> String {
    let from = match source {
        "file" => "from its --tools file",
        "gateway" => "through the gateway",
        _ => "from the server directly",
    };
    let mut out = format!("Tools of {name} ({from}):");
    if tools.is_empty() {
        out.push_str("\n  (none)");
    }
    for t in tools {
        let first_line = t.description.lines().next().unwrap_or("");
        out.push_str(&format!("\n  {:<28} {first_line}", t.name));
    }
    out
}
