//! `higress-config`'s `mcpServer` block (data key `higress`, a YAML document in a string):
//! the switch, the SSE suffix and the Redis address.

use serde_yaml::{Mapping, Value};

use super::{DEFAULT_SSE_SUFFIX, REDIS_PLACEHOLDERS};
use crate::domain::live::gwconfig::key;
use crate::domain::live::yaml11;

/// The ConfigMap's file.
pub const HIGRESS_CONFIG: &str = "/data/configmaps/higress-config.yaml";

/// What `mcpServer` says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct McpSwitch {
    pub enable: bool,
    pub sse_path_suffix: String,
    /// A Redis address that is not a placeholder.
    pub redis: Option<String>,
    /// The Redis address is a placeholder (`redis-address:6379`, `your.redis.host:6379`).
    pub placeholder_redis: bool,
    /// `servers` or `match_list` entries (the console's DATABASE servers, hand-made rules).
    pub other_entries: bool,
}

/// The `higress` document inside the ConfigMap (Null when absent or not YAML).
fn inner(cm: &Value) -> Value {
    cm["data"]["higress"]
        .as_str()
        .and_then(|t| serde_yaml::from_str(t).ok())
        .unwrap_or(Value::Null)
}

/// The Redis address the gateway has for MCP: `mcpServer.redis.address`, unless it is
/// empty or a placeholder (the image ships `redis-address:6379`).
pub fn redis_address(cm: &Value) -> Option<String> {
    let doc = inner(cm);
    let address = doc["mcpServer"]["redis"]["address"].as_str()?.trim();
    (!address.is_empty() && !REDIS_PLACEHOLDERS.contains(&address)).then(|| address.to_string())
}

pub fn mcp_switch(cm: &Value) -> McpSwitch {
    let doc = inner(cm);
    let m = &doc["mcpServer"];
    let address = m["redis"]["address"].as_str().unwrap_or("").trim();
    let non_empty = |k: &str| m[k].as_sequence().is_some_and(|l| !l.is_empty());
    McpSwitch {
        enable: m["enable"].as_bool() == Some(true),
        sse_path_suffix: m["sse_path_suffix"]
            .as_str()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(DEFAULT_SSE_SUFFIX)
            .to_string(),
        redis: redis_address(cm),
        placeholder_redis: REDIS_PLACEHOLDERS.contains(&address),
        other_entries: non_empty("servers") || non_empty("match_list"),
    }
}

/// Change the `higress` document with `f`, and write it back (YAML 1.1-safe). The
/// ConfigMap's other keys (`mesh`, …) stay as they are.
fn edit_inner(cm: &mut Value, f: impl FnOnce(&mut Mapping)) {
    let mut doc = inner(cm);
    if !doc.is_mapping() {
        doc = Value::Mapping(Mapping::new());
    }
    if let Value::Mapping(root) = &mut doc {
        f(root);
    }
    let text = yaml11::to_string(&doc);
    let data = crate::domain::live::gwconfig::mapping_at(cm, &["data"]);
    data.insert(key("higress"), Value::String(text));
}

fn mcp_block(root: &mut Mapping) -> &mut Mapping {
    let node = root
        .entry(key("mcpServer"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !node.is_mapping() {
        *node = Value::Mapping(Mapping::new());
    }
    match node {
        Value::Mapping(m) => m,
        _ => unreachable!("made a mapping above"),
    }
}

/// The first `mcp add`: `mcpServer.enable: true`, `sse_path_suffix` when missing, and a
/// placeholder Redis block removed (the gateway then has no Redis, instead of one it cannot
/// reach; `start --redis` writes a real one). Returns what changed, for the user.
pub fn switch_on(cm: &mut Value) -> Vec<String> {
    let before = mcp_switch(cm);
    let mut changed = Vec::new();
    if !before.enable {
        changed.push("mcpServer.enable: true".to_string());
    }
    if before.placeholder_redis {
        changed.push("removed the placeholder Redis address".to_string());
    }
    if changed.is_empty() {
        return changed;
    }
    edit_inner(cm, |root| {
        let m = mcp_block(root);
        m.insert(key("enable"), Value::Bool(true));
        if !m.contains_key("sse_path_suffix") {
            m.insert(key("sse_path_suffix"), key(DEFAULT_SSE_SUFFIX));
        }
        if before.placeholder_redis {
            m.shift_remove("redis");
        }
    });
    changed
}

/// The last `mcp remove`: MCP off again (`enable: false`), unless `mcpServer` still holds
/// servers or match rules of its own.
pub fn switch_off(cm: &mut Value) -> bool {
    let now = mcp_switch(cm);
    if !now.enable || now.other_entries {
        return false;
    }
    edit_inner(cm, |root| {
        mcp_block(root).insert(key("enable"), Value::Bool(false));
    });
    true
}
