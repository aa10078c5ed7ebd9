use super::*;
use crate::domain::live::gwconfig::Rule;
use crate::domain::providers::find;

const PROXY_YAML: &str = include_str!("../../../../tests/fixtures/samples/ai-proxy.sample.yaml");
const ROUTER_YAML: &str =
    include_str!("../../../../tests/fixtures/samples/model-router.sample.yaml");
const BRIDGE_YAML: &str = include_str!("../../../../tests/fixtures/samples/mcpbridge.sample.yaml");
const SCRIPT_CFG: &str = include_str!("../../../../tests/fixtures/script-default.cfg");

/// A hostile key: quotes, command substitution, backticks, backslash, unicode, `=`, `#`.
const NASTY: &str = "sk-'\"$(touch /tmp/pwned)`id`\\n ü 密钥 =x #c";

type Files = BTreeMap<String, Option<String>>;

/// Every path the model reads, with the fixture text where the template writes one
/// (ai-proxy, model-router, McpBridge, default.cfg) and nothing for the routes.
fn fixture_files() -> Files {
    paths()
        .into_iter()
        .map(|p| {
            let text = match p.as_str() {
                AI_PROXY => Some(PROXY_YAML),
                MODEL_ROUTER => Some(ROUTER_YAML),
                MCP_BRIDGE => Some(BRIDGE_YAML),
                SETTINGS => Some(SCRIPT_CFG),
                _ => None,
            };
            (p, text.map(str::to_string))
        })
        .collect()
}

/// The fixture with the ConfigMap and Ingress the template writes for every provider it
/// always sets up.
fn files_with_template_routes() -> Files {
    let mut files = fixture_files();
    let settings = Settings::parse(SCRIPT_CFG);
    for p in PROVIDERS.iter().filter(|p| p.always) {
        let state = settings.provider(p);
        let cm = gwconfig::render(&gwconfig::route_configmap(p, &state.models)).unwrap();
        let ing = gwconfig::render(&gwconfig::route_ingress(&state)).unwrap();
        files.insert(configmap_path(p.id), Some(cm));
        files.insert(ingress_path(p.id), Some(ing));
    }
    files
}

fn load(files: &Files) -> LiveConfig {
    LiveConfig::from_files(files.clone())
}

fn fixture() -> LiveConfig {
    load(&fixture_files())
}

fn with(path: &str, text: Option<&str>) -> Files {
    let mut files = fixture_files();
    files.insert(path.to_string(), text.map(str::to_string));
    files
}

/// The files after the writes were committed (what the next command reads).
fn commit(files: &mut Files, writes: &[Write]) {
    for w in writes {
        match w {
            Write::Put { path, text } => files.insert(path.clone(), Some(text.clone())),
            Write::Delete { path } => files.insert(path.clone(), None),
        };
    }
}

fn written(writes: &[Write]) -> Vec<&str> {
    let mut all: Vec<&str> = writes.iter().map(Write::path).collect();
    all.sort_unstable();
    all
}

fn sorted(mut paths: Vec<&str>) -> Vec<&str> {
    paths.sort_unstable();
    paths
}

fn put<'a>(writes: &'a [Write], path: &str) -> &'a str {
    writes
        .iter()
        .find_map(|w| match w {
            Write::Put { path: p, text } if p == path => Some(text.as_str()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no Put for {path} in {:?}", written(writes)))
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

fn entry(proxy_text: &str, id: &str) -> Option<Value> {
    yaml(proxy_text)["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|e| e["id"].as_str() == Some(id))
        .cloned()
}

fn tokens(proxy_text: &str, id: &str) -> Vec<String> {
    entry(proxy_text, id).unwrap()["apiTokens"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

fn match_rule_services(proxy_text: &str, id: &str) -> Vec<String> {
    yaml(proxy_text)["spec"]["matchRules"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter(|r| r["config"]["activeProviderId"].as_str() == Some(id))
        .flat_map(|r| r["service"].as_sequence().unwrap().clone())
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn registry(bridge_text: &str, id: &str) -> Option<Value> {
    let name = format!("llm-{id}.internal");
    yaml(bridge_text)["spec"]["registries"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str() == Some(name.as_str()))
        .cloned()
}

/// Every file a provider's set-up (or removal) touches, sorted: ai-proxy, McpBridge,
/// default.cfg, its ConfigMap and Ingress.
fn provider_files(id: &str) -> Vec<String> {
    let mut all = vec![
        AI_PROXY.to_string(),
        MCP_BRIDGE.to_string(),
        SETTINGS.to_string(),
        configmap_path(id),
        ingress_path(id),
    ];
    all.sort();
    all
}

/// default.cfg in these writes says auto-routing is on with `model`.
fn assert_saved_routing(writes: &[Write], model: &str) {
    let text = put(writes, SETTINGS);
    assert_eq!(cfg(text, "ENABLE_AUTO_ROUTING").as_deref(), Some("true"));
    assert_eq!(
        cfg(text, "AUTO_ROUTING_DEFAULT_MODEL").as_deref(),
        Some(model)
    );
}

fn cfg(text: &str, var: &str) -> Option<String> {
    Settings::parse(text).file.get(var).map(str::to_string)
}

fn keys_of(v: &Value) -> Vec<String> {
    v.as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap().to_string())
        .collect()
}

fn key(k: &str) -> ProviderInput {
    ProviderInput {
        key: Some(k.into()),
        ..Default::default()
    }
}

fn rule(pattern: &str, model: &str) -> Rule {
    Rule {
        pattern: pattern.into(),
        model: model.into(),
    }
}

fn p(name: &str) -> &'static Provider {
    find(name).unwrap()
}

fn err_text(r: Result<impl std::fmt::Debug>) -> String {
    format!("{:#}", r.unwrap_err())
}

/// The fixture with an autoRouting block already in the model-router.
fn router_with_block(enable: bool, default_model: &str, rules: &[(&str, &str)]) -> String {
    let mut doc = yaml(ROUTER_YAML);
    gwconfig::set_auto_routing(&mut doc, true, Some(default_model), default_model);
    for (pattern, model) in rules {
        gwconfig::add_rule(&mut doc, rule(pattern, model), None, default_model);
    }
    gwconfig::set_auto_routing(&mut doc, enable, Some(default_model), default_model);
    gwconfig::render(&doc).unwrap()
}

mod fallback;
mod providers;
mod reading;
mod reconcile;
mod routing;
mod writes;
