//! The provider merged into the runtime's own config (`openclaw.json` / `clawdbot.json`),
//! everything else kept. [`super::config_file`] reads and writes the file.

use serde_json::{Map, Value, json};

use super::runtime::Runtime;
#[cfg(test)]
use super::setup::McpEndpoint;
use super::setup::{Setup, api_base_url, gateway_origin};
use super::{AUTO_MODEL, PLUGIN_ID, PROVIDER_ID};

fn model_definition(id: &str) -> Value {
    json!({
        "id": id,
        "name": if id == AUTO_MODEL { "Higress Auto Router" } else { id },
        "api": "openai-completions",
        "reasoning": false,
        "input": ["text"],
        "cost": {"input": 0, "output": 0, "cacheRead": 0, "cacheWrite": 0},
        "contextWindow": 128000,
        "maxTokens": 8192,
    })
}

/// The object at `path`, made (replacing anything that is not an object) where missing.
fn object_at<'a>(root: &'a mut Value, path: &[&str]) -> &'a mut Map<String, Value> {
    let mut node = root;
    for part in path {
        node = as_object(node)
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    as_object(node)
}

fn as_object(node: &mut Value) -> &mut Map<String, Value> {
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    match node {
        Value::Object(map) => map,
        _ => unreachable!("just made an object"),
    }
}

/// Merge the provider into a runtime config, keeping everything else. Returns a note when the
/// user's own default model was kept.
pub fn merge_config(rt: Runtime, config: &mut Value, setup: &Setup) -> Option<String> {
    let models = object_at(config, &["models"]);
    models.entry("mode").or_insert_with(|| json!("merge"));
    let providers = object_at(config, &["models", "providers"]);
    providers.insert(
        PROVIDER_ID.into(),
        json!({
            "baseUrl": api_base_url(&setup.gateway_url),
            "apiKey": setup.api_key,
            "api": "openai-completions",
            "models": setup.models.iter().map(|m| model_definition(m)).collect::<Vec<_>>(),
        }),
    );
    let refs: Vec<String> = setup.models.iter().map(|m| rt.model_ref(m)).collect();
    let allowed = object_at(config, &["agents", "defaults", "models"]);
    allowed.retain(|k, _| !k.starts_with(&format!("{PROVIDER_ID}/")) || refs.contains(k));
    for r in &refs {
        allowed.entry(r.clone()).or_insert_with(|| json!({}));
    }
    let mut kept = None;
    if let Some(default) = &setup.default_model {
        let wanted = if refs.contains(&rt.model_ref(default)) {
            rt.model_ref(default)
        } else {
            default.clone()
        };
        let model = object_at(config, &["agents", "defaults", "model"]);
        match model.get("primary").and_then(Value::as_str) {
            Some(current)
                if !current.starts_with(&format!("{PROVIDER_ID}/")) && current != wanted =>
            {
                kept = Some(format!(
                    "kept your default model {current}; switch with `{} models set {wanted}`",
                    rt.bin()
                ));
            }
            _ => {
                model.insert("primary".into(), json!(wanted));
            }
        }
    }
    let entry = object_at(config, &["plugins", "entries", PLUGIN_ID]);
    entry.insert("enabled".into(), json!(true));
    let plugin_config = entry
        .entry("config")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(c) = plugin_config.as_object_mut() {
        c.insert(
            "gatewayUrl".into(),
            json!(gateway_origin(&setup.gateway_url)),
        );
    }
    if rt.has_mcp_servers() {
        let shadowed = merge_mcp(config, setup);
        if !shadowed.is_empty() {
            let note = format!(
                "kept your own mcp.servers entries {}: the gateway's servers of those names \
                 are not added",
                shadowed.join(", ")
            );
            kept = Some(match kept {
                Some(k) => format!("{k}; {note}"),
                None => note,
            });
        }
    }
    kept
}

/// Whether an `mcp.servers` entry is one this tool wrote for the gateway at `origin`.
fn gateway_entry(entry: &Value, origin: &str) -> bool {
    entry["url"]
        .as_str()
        .is_some_and(|u| u.starts_with(&format!("{origin}/mcp-servers/")))
}

/// OpenClaw's `mcp.servers.<name> = {url, transport, headers}` for every MCP server of the
/// gateway; entries of servers the gateway no longer has go; an entry of the same name that
/// points elsewhere is the user's and stays (the gateway's server is then not added).
fn merge_mcp(config: &mut Value, setup: &Setup) -> Vec<String> {
    let origin = gateway_origin(&setup.gateway_url);
    let ours = config["mcp"]["servers"]
        .as_object()
        .is_some_and(|s| s.values().any(|e| gateway_entry(e, &origin)));
    if setup.mcp.is_empty() && !ours {
        return Vec::new();
    }
    let mut shadowed = Vec::new();
    let servers = object_at(config, &["mcp", "servers"]);
    servers
        .retain(|name, e| !gateway_entry(e, &origin) || setup.mcp.iter().any(|m| &m.name == name));
    for m in &setup.mcp {
        if servers
            .get(&m.name)
            .is_some_and(|e| !gateway_entry(e, &origin))
        {
            shadowed.push(m.name.clone());
            continue;
        }
        let mut entry = json!({"url": m.url, "transport": m.transport});
        if let Some(auth) = &m.authorization {
            entry["headers"] = json!({"Authorization": auth});
        }
        servers.insert(m.name.clone(), entry);
    }
    if servers.is_empty() {
        if let Some(mcp) = config.get_mut("mcp").and_then(Value::as_object_mut) {
            mcp.remove("servers");
            if mcp.is_empty() {
                if let Some(root) = config.as_object_mut() {
                    root.remove("mcp");
                }
            }
        }
    }
    shadowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn primary(config: &Value) -> &Value {
        &config["agents"]["defaults"]["model"]["primary"]
    }

    #[test]
    fn merge_keeps_foreign_settings_and_is_idempotent() {
        let mut config = json!({
            "meta": {"lastTouchedVersion": "x"},
            "agents": {"defaults": {"models": {"anthropic/claude": {"alias": "c"}, "higress/old": {}}}},
            "channels": {"x": 1}
        });
        let both = Setup::example(&["higress/auto", "qwen-turbo"]);
        assert_eq!(merge_config(Runtime::OpenClaw, &mut config, &both), None);
        let once = config.clone();
        merge_config(Runtime::OpenClaw, &mut config, &both);
        assert_eq!(config, once);
        assert_eq!(config["meta"]["lastTouchedVersion"], "x");
        assert_eq!(config["channels"]["x"], 1);
        let allowed = config["agents"]["defaults"]["models"].as_object().unwrap();
        let keys: Vec<_> = allowed.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["anthropic/claude", "higress/auto", "higress/qwen-turbo"]
        );
        assert_eq!(primary(&config), "higress/auto");
        let provider = &config["models"]["providers"]["higress"];
        assert_eq!(provider["baseUrl"], "http://127.0.0.1:9000/v1");
        assert_eq!(provider["models"][0]["name"], "Higress Auto Router");
        assert_eq!(config["models"]["mode"], "merge");
        assert!(config["plugins"].get("allow").is_none());
        let entry = &config["plugins"]["entries"][PLUGIN_ID];
        assert_eq!(entry["enabled"], true);
        assert_eq!(entry["config"]["gatewayUrl"], "http://127.0.0.1:9000");
    }

    #[test]
    fn merge_keeps_the_users_own_default_model() {
        let mut mine = json!({"agents": {"defaults": {"model": {"primary": "anthropic/claude"}}}});
        let note = merge_config(
            Runtime::OpenClaw,
            &mut mine,
            &Setup::example(&["higress/auto"]),
        );
        assert_eq!(primary(&mine), "anthropic/claude");
        assert_eq!(
            note.as_deref(),
            Some(
                "kept your default model anthropic/claude; switch with `openclaw models set higress/auto`"
            )
        );
    }

    #[test]
    fn merge_replaces_an_earlier_default_of_ours_and_keeps_models_mode() {
        let mut config = json!({"models": {"mode": "replace"},
            "agents": {"defaults": {"model": {"primary": "higress/old"}}}});
        let mut s = Setup::example(&["qwen-turbo"]);
        s.default_model = Some("qwen-turbo".into());
        assert_eq!(merge_config(Runtime::OpenClaw, &mut config, &s), None);
        assert_eq!(primary(&config), "higress/qwen-turbo");
        assert_eq!(config["models"]["mode"], "replace");
        // No default: the user's choice is left alone.
        s.default_model = None;
        let mut bare = json!({});
        merge_config(Runtime::OpenClaw, &mut bare, &s);
        assert!(primary(&bare).is_null());
    }

    #[test]
    fn merge_writes_clawdbot_references_with_the_provider_in_front() {
        let mut config = json!({});
        merge_config(
            Runtime::Clawdbot,
            &mut config,
            &Setup::example(&["higress/auto", "qwen-turbo"]),
        );
        let allowed = config["agents"]["defaults"]["models"].as_object().unwrap();
        let keys: Vec<_> = allowed.keys().map(String::as_str).collect();
        assert_eq!(keys, ["higress/higress/auto", "higress/qwen-turbo"]);
        assert_eq!(primary(&config), "higress/higress/auto");
        // The gateway still receives the plain ids.
        assert_eq!(
            config["models"]["providers"]["higress"]["models"][0]["id"],
            "higress/auto"
        );
    }

    #[test]
    fn merge_replaces_what_is_not_an_object() {
        let mut config = json!({"models": [1], "agents": "x"});
        merge_config(
            Runtime::OpenClaw,
            &mut config,
            &Setup::example(&["higress/auto"]),
        );
        assert!(config["models"]["providers"]["higress"].is_object());
        assert_eq!(primary(&config), "higress/auto");
        let mut not_object = json!(null);
        merge_config(
            Runtime::OpenClaw,
            &mut not_object,
            &Setup::example(&["higress/auto"]),
        );
        assert!(not_object["plugins"]["entries"][PLUGIN_ID].is_object());
    }

    fn with_mcp(servers: &[(&str, Option<&str>)]) -> Setup {
        let mut setup = Setup::example(&["higress/auto"]);
        setup.mcp = servers
            .iter()
            .map(|(name, sse)| {
                let mut e = McpEndpoint::new(
                    &setup.gateway_url,
                    name,
                    &format!("/mcp-servers/{name}"),
                    *sse,
                );
                e.authorization = Some("Bearer gw-k".into());
                e
            })
            .collect();
        setup
    }

    #[test]
    fn openclaw_gets_the_gateways_mcp_servers_and_keeps_the_users() {
        let mut config = json!({"mcp": {"servers": {
            "mine": {"command": "npx", "args": ["x"]},
            "docs": {"url": "https://elsewhere.example/mcp", "transport": "sse"},
            "old": {"url": "http://127.0.0.1:9000/mcp-servers/old", "transport": "streamable-http"}
        }}});
        let setup = with_mcp(&[("gh", None), ("events", Some("/sse")), ("docs", None)]);
        let note = merge_config(Runtime::OpenClaw, &mut config, &setup);
        let servers = config["mcp"]["servers"].as_object().unwrap();
        let names: Vec<&str> = servers.keys().map(String::as_str).collect();
        assert_eq!(names, ["mine", "docs", "gh", "events"], "old is gone");
        assert_eq!(
            config["mcp"]["servers"]["gh"],
            json!({"url": "http://127.0.0.1:9000/mcp-servers/gh", "transport": "streamable-http",
                   "headers": {"Authorization": "Bearer gw-k"}})
        );
        assert_eq!(
            config["mcp"]["servers"]["events"]["url"],
            "http://127.0.0.1:9000/mcp-servers/events/sse"
        );
        assert_eq!(config["mcp"]["servers"]["events"]["transport"], "sse");
        assert_eq!(
            config["mcp"]["servers"]["docs"]["url"],
            "https://elsewhere.example/mcp"
        );
        assert!(note.unwrap().contains("docs"), "the shadowed one is named");
        let again = config.clone();
        merge_config(Runtime::OpenClaw, &mut config, &setup);
        assert_eq!(config, again);
        // No server left: the gateway's entries go, the user's stay.
        merge_config(Runtime::OpenClaw, &mut config, &with_mcp(&[]));
        let names: Vec<&str> = config["mcp"]["servers"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(names, ["mine", "docs"]);
    }

    #[test]
    fn clawdbot_and_a_gateway_without_servers_get_no_mcp_block() {
        let mut config = json!({});
        merge_config(Runtime::Clawdbot, &mut config, &with_mcp(&[("gh", None)]));
        assert!(config.get("mcp").is_none());
        let mut config = json!({});
        merge_config(Runtime::OpenClaw, &mut config, &with_mcp(&[]));
        assert!(config.get("mcp").is_none());
        let mut config = json!({});
        merge_config(Runtime::OpenClaw, &mut config, &with_mcp(&[("gh", None)]));
        merge_config(Runtime::OpenClaw, &mut config, &with_mcp(&[]));
        assert!(config.get("mcp").is_none(), "{config}");
    }
}
