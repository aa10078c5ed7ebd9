//! The model-router plugin's autoRouting block.

use serde_yaml::{Mapping, Value};

use super::{get, key, mapping_at, seq_in, str_of};

// ---------------------------------------------------------------------------------------
// model-router autoRouting

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rule {
    pub pattern: String,
    pub model: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AutoRouting {
    /// The block exists in the file.
    pub present: bool,
    pub enable: bool,
    pub default_model: Option<String>,
    pub rules: Vec<Rule>,
}

const AUTO: &[&str] = &["spec", "defaultConfig", "autoRouting"];

pub fn auto_routing(doc: &Value) -> AutoRouting {
    let Some(block) = get(doc, AUTO) else {
        return AutoRouting {
            present: false,
            enable: false,
            default_model: None,
            rules: Vec::new(),
        };
    };
    let rules = match block.get("rules") {
        Some(Value::Sequence(list)) => list
            .iter()
            .map(|r| Rule {
                pattern: str_of(r, "pattern").unwrap_or_default(),
                model: str_of(r, "model").unwrap_or_default(),
            })
            .collect(),
        _ => Vec::new(),
    };
    AutoRouting {
        present: true,
        enable: block
            .get("enable")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        default_model: str_of(block, "defaultModel"),
        rules,
    }
}

/// The model-router's default `enableOnPathSuffix` (`parseConfig` in main.go): the plugin
/// reads a request body only when the path, without its query string, ends in one of these.
pub const DEFAULT_PATH_SUFFIXES: &[&str] = &[
    "/completions",
    "/embeddings",
    "/images/generations",
    "/audio/speech",
    "/fine_tuning/jobs",
    "/moderations",
    "/image-synthesis",
    "/video-synthesis",
    "/rerank",
    "/messages",
    "/responses",
];

/// How the model-router reads a request: its `modelKey` (a gjson path, "model" when unset
/// or empty) and `enableOnPathSuffix` (the default list when absent or not a list; `*`
/// enables every path).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RequestReading {
    pub model_key: String,
    pub path_suffixes: Vec<String>,
}

const CONFIG: &[&str] = &["spec", "defaultConfig"];

/// gjson's `String()` of a config value as the plugin receives it (JSON): a string as it
/// is, null as "", anything else as its JSON text.
fn config_string(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

pub fn request_reading(doc: &Value) -> RequestReading {
    let config = get(doc, CONFIG);
    let field = |name: &str| config.and_then(|c| c.get(name));
    let model_key = field("modelKey").map(config_string).unwrap_or_default();
    let path_suffixes = match field("enableOnPathSuffix") {
        Some(Value::Sequence(list)) => list.iter().map(config_string).collect(),
        _ => DEFAULT_PATH_SUFFIXES
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    RequestReading {
        model_key: if model_key.is_empty() {
            "model".to_string()
        } else {
            model_key
        },
        path_suffixes,
    }
}

/// The autoRouting block, created (enabled, with `default_model`) when missing.
fn auto_block<'a>(doc: &'a mut Value, default_model: &str) -> &'a mut Mapping {
    let config = mapping_at(doc, &["spec", "defaultConfig"]);
    if !config.contains_key("autoRouting") {
        let mut block = Mapping::new();
        block.insert(key("enable"), Value::Bool(true));
        block.insert(key("defaultModel"), key(default_model));
        block.insert(key("rules"), Value::Sequence(Vec::new()));
        config.insert(key("autoRouting"), Value::Mapping(block));
    }
    mapping_at(doc, AUTO)
}

/// Insert a rule at `position` (or append). Returns its id.
pub fn add_rule(
    doc: &mut Value,
    rule: Rule,
    position: Option<usize>,
    default_model: &str,
) -> usize {
    let block = auto_block(doc, default_model);
    let rules = seq_in(block, "rules");
    let mut m = Mapping::new();
    m.insert(key("pattern"), Value::String(rule.pattern));
    m.insert(key("model"), Value::String(rule.model));
    let at = position.unwrap_or(rules.len()).min(rules.len());
    rules.insert(at, Value::Mapping(m));
    at
}

pub fn remove_rule(doc: &mut Value, id: usize) -> Option<Rule> {
    let block = get(doc, AUTO)?;
    if !matches!(block.get("rules"), Some(Value::Sequence(r)) if id < r.len()) {
        return None;
    }
    let block = mapping_at(doc, AUTO);
    let removed = seq_in(block, "rules").remove(id);
    Some(Rule {
        pattern: str_of(&removed, "pattern").unwrap_or_default(),
        model: str_of(&removed, "model").unwrap_or_default(),
    })
}

/// Switch auto-routing on or off; `default_model` replaces the default when given.
pub fn set_auto_routing(
    doc: &mut Value,
    enable: bool,
    default_model: Option<&str>,
    fallback: &str,
) {
    if !enable && get(doc, AUTO).is_none() {
        return;
    }
    let block = auto_block(doc, default_model.unwrap_or(fallback));
    block.insert(key("enable"), Value::Bool(enable));
    if let Some(model) = default_model {
        block.insert(key("defaultModel"), key(model));
    }
    if !block.contains_key("rules") {
        block.insert(key("rules"), Value::Sequence(Vec::new()));
    }
}
