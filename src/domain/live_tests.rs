use super::*;
use crate::domain::gwconfig::Rule;
use crate::domain::providers::find;

const PROXY_YAML: &str = include_str!("../../tests/fixtures/samples/ai-proxy.sample.yaml");
const ROUTER_YAML: &str = include_str!("../../tests/fixtures/samples/model-router.sample.yaml");
const BRIDGE_YAML: &str = include_str!("../../tests/fixtures/samples/mcpbridge.sample.yaml");
const SCRIPT_CFG: &str = include_str!("../../tests/fixtures/script-default.cfg");

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

// -- reading ------------------------------------------------------------------------------

#[test]
fn paths_cover_the_four_files_and_every_providers_two_routes() {
    let all = paths();
    assert_eq!(all.len(), 4 + 2 * PROVIDERS.len());
    for f in [AI_PROXY, MODEL_ROUTER, MCP_BRIDGE, SETTINGS] {
        assert!(all.iter().any(|p| p == f), "{f}");
    }
    for p in PROVIDERS {
        assert!(all.contains(&configmap_path(p.id)), "{}", p.id);
        assert!(all.contains(&ingress_path(p.id)), "{}", p.id);
    }
    assert!(all.contains(&"/data/configmaps/ai-route-groq.yaml".to_string()));
    assert!(all.contains(&"/data/ingresses/ai-route-groq.internal.yaml".to_string()));
    let unique: std::collections::BTreeSet<_> = all.iter().collect();
    assert_eq!(unique.len(), all.len());
}

#[test]
fn fixture_files_exist_and_routes_do_not() {
    let live = fixture();
    assert!(live.exists(AI_PROXY));
    assert!(live.exists(MODEL_ROUTER));
    assert!(live.exists(MCP_BRIDGE));
    assert!(!live.exists(&configmap_path("aliyun")));
    assert!(!live.exists("/data/not/read.yaml"));
    let s = live.settings().unwrap();
    assert_eq!(s.http_port(), 18080);
    assert!(s.auto_routing());
}

#[test]
fn settings_are_none_without_default_cfg() {
    let live = load(&with(SETTINGS, None));
    assert!(live.settings().is_none());
}

#[test]
fn providers_lists_only_configured_ones_with_masked_keys() {
    let listed = fixture().providers().unwrap();
    // Only aliyun has a real key in the sample; the others hold placeholders. DeepSeek and
    // Zhipu have keys in default.cfg only, so the running gateway does not use them.
    assert_eq!(listed.len(), 1, "{listed:?}");
    let l = &listed[0];
    assert_eq!(
        (l.provider, l.id, l.name),
        ("dashscope", "aliyun", "Aliyun Dashscope (Qwen)")
    );
    assert_eq!(l.keys, vec!["sk-s***0001"]);
    assert_eq!(l.models, "qwen*");
    // default.cfg holds sk-ref-0123456789, the gateway sk-sample-aliyun-0001.
    assert!(!l.in_sync);
    let json = serde_json::to_string(&listed).unwrap();
    assert!(!json.contains("sk-sample-aliyun-0001"), "{json}");
}

#[test]
fn providers_in_sync_when_default_cfg_holds_the_live_key() {
    let cfg_text = SCRIPT_CFG.replace("sk-ref-0123456789", "sk-sample-aliyun-0001");
    let live = load(&with(SETTINGS, Some(&cfg_text)));
    let listed = live.providers().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].in_sync);
}

#[test]
fn providers_without_default_cfg_are_not_in_sync() {
    let live = load(&with(SETTINGS, None));
    let listed = live.providers().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(!listed[0].in_sync);
    // Models fall back to the table's default.
    assert_eq!(listed[0].models, "qwen*");
}

#[test]
fn providers_is_empty_when_every_key_is_a_placeholder() {
    let text = PROXY_YAML.replace("sk-sample-aliyun-0001", "YOUR_DASHSCOPE_API_KEY");
    let live = load(&with(AI_PROXY, Some(&text)));
    assert!(live.providers().unwrap().is_empty());
    assert!(!live.is_configured(p("dashscope")));
}

#[test]
fn providers_fails_when_ai_proxy_is_absent_or_broken() {
    let absent = load(&with(AI_PROXY, None));
    let e = err_text(absent.providers());
    assert!(e.contains("ai-proxy.internal.yaml does not exist"), "{e}");
    assert!(!absent.is_configured(p("dashscope")));

    let broken = load(&with(AI_PROXY, Some("spec: [unclosed\n")));
    let e = err_text(broken.providers());
    assert!(e.contains("is not valid YAML"), "{e}");

    let scalar = load(&with(AI_PROXY, Some("just a string\n")));
    let e = err_text(scalar.providers());
    assert!(e.contains("does not hold a YAML mapping"), "{e}");
}

#[test]
fn providers_lists_several_keys_and_keyless_providers() {
    let mut live = fixture();
    live.set_provider(p("deepseek"), &key("sk-first-key-1111,sk-second-key-2222"))
        .unwrap();
    let mut ollama = ProviderInput::default();
    ollama
        .extras
        .insert("OLLAMA_SERVER_HOST".into(), "ollama.lan".into());
    live.set_provider(p("ollama"), &ollama).unwrap();
    let listed = live.providers().unwrap();
    let ids: Vec<_> = listed.iter().map(|l| l.id).collect();
    // Table order, not file order.
    assert_eq!(ids, vec!["aliyun", "deepseek", "ollama"]);
    assert_eq!(listed[1].keys, vec!["sk-f***1111", "sk-s***2222"]);
    assert!(listed[1].in_sync);
    assert!(listed[2].keys.is_empty());
    assert!(listed[2].in_sync);
}

#[test]
fn covers_follows_configured_providers_and_their_saved_models() {
    let live = fixture();
    assert!(live.covers("qwen-max"));
    assert!(live.covers("qwen"));
    // DeepSeek has a key in default.cfg only: not served.
    assert!(!live.covers("deepseek-chat"));
    assert!(!live.covers("gpt-4o"));

    let narrowed = SCRIPT_CFG.replace("DASHSCOPE_MODELS=qwen*", "DASHSCOPE_MODELS=qwen-max");
    let live = load(&with(SETTINGS, Some(&narrowed)));
    assert!(live.covers("qwen-max"));
    assert!(!live.covers("qwen-turbo"));
}

#[test]
fn covers_is_true_when_ai_proxy_cannot_be_read() {
    assert!(load(&with(AI_PROXY, None)).covers("anything"));
    assert!(load(&with(AI_PROXY, Some("a: [\n"))).covers("anything"));
}

#[test]
fn auto_routing_reads_the_router_block() {
    let live = fixture();
    let a = live.auto_routing().unwrap();
    assert!(!a.present && !a.enable && a.rules.is_empty());
    let text = router_with_block(true, "deepseek-chat", &[("(?i)^code", "qwen-coder")]);
    let live = load(&with(MODEL_ROUTER, Some(&text)));
    let a = live.auto_routing().unwrap();
    assert!(a.present && a.enable);
    assert_eq!(a.default_model.as_deref(), Some("deepseek-chat"));
    assert_eq!(a.rules, vec![rule("(?i)^code", "qwen-coder")]);
    assert!(err_text(load(&with(MODEL_ROUTER, None)).auto_routing()).contains("does not exist"));
}

// -- set_provider ---------------------------------------------------------------------------

#[test]
fn set_template_provider_writes_its_key_verbatim() {
    let mut live = load(&files_with_template_routes());
    let change = live.set_provider(p("deepseek"), &key(NASTY)).unwrap();
    assert!(!change.created);
    assert_eq!(change.state.keys, vec![NASTY]);
    let writes = live.writes().unwrap();
    // The route files and the registry exist already: only ai-proxy and default.cfg change.
    assert_eq!(
        written(&writes),
        sorted(vec![AI_PROXY, SETTINGS])
    );
    let proxy = put(&writes, AI_PROXY);
    assert_eq!(tokens(proxy, "deepseek"), vec![NASTY]);
    assert_eq!(
        cfg(put(&writes, SETTINGS), "DEEPSEEK_API_KEY").as_deref(),
        Some(NASTY)
    );
}

#[test]
fn set_template_provider_round_trips_every_hostile_key() {
    for k in [
        "it's",
        "\"double\"",
        "$(rm -rf /)",
        "back\\slash",
        "密钥-ключ-🔑",
        "on",
        "yes",
        "null",
        "~",
        "0x1F",
        "1_000",
        "- dash",
        "a: b",
        "[x]",
        "{y}",
        "*anchor",
        "&ref",
        "!tag",
        "%percent",
        "@at",
        "`tick`",
        " leading space",
        "trailing space ",
        "tab\there",
    ] {
        let mut live = load(&files_with_template_routes());
        live.set_provider(p("deepseek"), &key(k)).unwrap();
        let writes = live.writes().unwrap();
        assert_eq!(tokens(put(&writes, AI_PROXY), "deepseek"), vec![k], "{k:?}");
        let back = Settings::parse(put(&writes, SETTINGS));
        assert_eq!(back.provider(p("deepseek")).keys, vec![k], "{k:?}");
    }
}

#[test]
fn yaml_1_1_ambiguous_strings_are_written_bare_today() {
    // SPEC §6: the gateway reads YAML 1.1, where a bare `on`/`yes`/`no`/`off`/`1_000` is a
    // boolean or a number, not a string. serde_yaml (YAML 1.2) writes these keys bare, so
    // the gateway would not read the key back as written. Documents current behaviour
    // (reported as a bug): the list of bare ones should be empty.
    let mut bare = Vec::new();
    for k in [
        "on", "off", "yes", "no", "y", "n", "1_000", "0o17", "true", "null",
    ] {
        let mut live = load(&files_with_template_routes());
        live.set_provider(p("deepseek"), &key(k)).unwrap();
        let writes = live.writes().unwrap();
        let proxy = put(&writes, AI_PROXY);
        // Still the same string for a YAML 1.2 reader.
        assert_eq!(tokens(proxy, "deepseek"), vec![k]);
        if proxy.lines().any(|l| l.trim() == format!("- {k}")) {
            bare.push(k);
        }
    }
    assert_eq!(bare, vec!["on", "off", "yes", "no", "y", "n", "1_000"]);
}

#[test]
fn set_template_provider_creates_missing_routes() {
    // With no ConfigMap/Ingress in the folder (the fixture), they are created.
    let mut live = fixture();
    let change = live.set_provider(p("deepseek"), &key("sk-ds-1")).unwrap();
    assert!(!change.created);
    let writes = live.writes().unwrap();
    let cm = configmap_path("deepseek");
    let ing = ingress_path("deepseek");
    assert_eq!(
        written(&writes),
        sorted(vec![
            AI_PROXY,
            SETTINGS,
            cm.as_str(),
            ing.as_str()
        ])
    );
}

#[test]
fn set_provider_keeps_other_providers_and_unknown_fields() {
    let mut live = load(&files_with_template_routes());
    live.set_provider(p("deepseek"), &key("sk-ds-new")).unwrap();
    let writes = live.writes().unwrap();
    let proxy = put(&writes, AI_PROXY);
    let before = yaml(PROXY_YAML);
    let after = yaml(proxy);
    assert_eq!(keys_of(&after), keys_of(&before));
    assert_eq!(keys_of(&after["spec"]), keys_of(&before["spec"]));
    assert_eq!(after["metadata"], before["metadata"]);
    assert_eq!(after["spec"]["matchRules"], before["spec"]["matchRules"]);
    assert_eq!(after["spec"]["url"], before["spec"]["url"]);
    assert_eq!(tokens(proxy, "aliyun"), vec!["sk-sample-aliyun-0001"]);
    assert_eq!(
        entry(proxy, "zhipuai").unwrap()["zhipuDomain"].as_str(),
        Some("api.z.ai")
    );
    // Only the deepseek token differs.
    let mut expected = before.clone();
    expected["spec"]["defaultConfig"]["providers"][1]["apiTokens"] =
        Value::Sequence(vec![Value::String("sk-ds-new".into())]);
    assert_eq!(after, expected);
}

#[test]
fn set_provider_keeps_default_cfg_lines_in_place() {
    let mut live = load(&files_with_template_routes());
    live.set_provider(p("deepseek"), &key("sk-ds-new")).unwrap();
    let writes = live.writes().unwrap();
    let text = put(&writes, SETTINGS);
    assert_eq!(
        text,
        SCRIPT_CFG.replace(
            "DEEPSEEK_API_KEY=sk-ds-abcdef",
            "DEEPSEEK_API_KEY=sk-ds-new"
        )
    );
}

#[test]
fn set_provider_not_in_template_creates_every_piece() {
    let mut live = fixture();
    let change = live.set_provider(p("groq"), &key("gsk-123456789")).unwrap();
    assert!(change.created);
    assert_eq!(change.state.models, "*");
    let writes = live.writes().unwrap();
    let cm = configmap_path("groq");
    let ing = ingress_path("groq");
    assert_eq!(
        written(&writes),
        sorted(vec![
            AI_PROXY,
            MCP_BRIDGE,
            SETTINGS,
            cm.as_str(),
            ing.as_str()
        ])
    );
    let proxy = put(&writes, AI_PROXY);
    let e = entry(proxy, "groq").unwrap();
    assert_eq!(e["type"].as_str(), Some("groq"));
    assert_eq!(tokens(proxy, "groq"), vec!["gsk-123456789"]);
    assert_eq!(
        match_rule_services(proxy, "groq"),
        vec!["llm-groq.internal.dns"]
    );
    let reg = registry(put(&writes, MCP_BRIDGE), "groq").unwrap();
    assert_eq!(reg["type"].as_str(), Some("dns"));
    assert_eq!(reg["protocol"].as_str(), Some("https"));
    assert_eq!(reg["domain"].as_str(), Some("api.groq.com"));
    assert_eq!(reg["port"].as_u64(), Some(443));
    let cm_doc = yaml(put(&writes, &cm));
    assert_eq!(cm_doc["kind"].as_str(), Some("ConfigMap"));
    assert_eq!(cm_doc["metadata"]["name"].as_str(), Some("ai-route-groq"));
    let body: serde_json::Value =
        serde_json::from_str(cm_doc["data"]["data"].as_str().unwrap()).unwrap();
    assert_eq!(body["name"], "groq");
    assert_eq!(body["upstreams"][0]["provider"], "groq");
    let ing_doc = yaml(put(&writes, &ing));
    assert_eq!(ing_doc["kind"].as_str(), Some("Ingress"));
    assert_eq!(
        ing_doc["metadata"]["annotations"]["higress.io/destination"].as_str(),
        Some("llm-groq.internal.dns:443")
    );
    assert_eq!(
        cfg(put(&writes, SETTINGS), "GROQ_API_KEY").as_deref(),
        Some("gsk-123456789")
    );
}

#[test]
fn set_provider_twice_creates_once() {
    let mut files = fixture_files();
    let mut live = load(&files);
    live.set_provider(p("groq"), &key("gsk-1")).unwrap();
    commit(&mut files, &live.writes().unwrap());
    let mut again = load(&files);
    let change = again.set_provider(p("groq"), &key("gsk-2")).unwrap();
    assert!(!change.created);
    let writes = again.writes().unwrap();
    // The routes exist now and the models did not change: not rewritten.
    assert_eq!(
        written(&writes),
        sorted(vec![AI_PROXY, SETTINGS])
    );
    let proxy = put(&writes, AI_PROXY);
    assert_eq!(tokens(proxy, "groq"), vec!["gsk-2"]);
    assert_eq!(match_rule_services(proxy, "groq").len(), 1);
}

#[test]
fn models_change_rewrites_configmap_and_ingress() {
    let mut live = load(&files_with_template_routes());
    let input = ProviderInput {
        models: Some("deepseek-chat".into()),
        ..Default::default()
    };
    let change = live.set_provider(p("deepseek"), &input).unwrap();
    assert!(!change.created);
    assert_eq!(change.state.models, "deepseek-chat");
    // The key saved in default.cfg is kept and written live.
    assert_eq!(change.state.keys, vec!["sk-ds-abcdef"]);
    let writes = live.writes().unwrap();
    let cm = configmap_path("deepseek");
    let ing = ingress_path("deepseek");
    assert_eq!(
        written(&writes),
        sorted(vec![
            AI_PROXY,
            SETTINGS,
            cm.as_str(),
            ing.as_str()
        ])
    );
    let body: serde_json::Value =
        serde_json::from_str(yaml(put(&writes, &cm))["data"]["data"].as_str().unwrap()).unwrap();
    assert_eq!(
        body["modelPredicates"],
        serde_json::json!([{"matchType": "PRE", "matchValue": "deepseek-chat"}])
    );
    let ann = &yaml(put(&writes, &ing))["metadata"]["annotations"];
    assert_eq!(
        ann["higress.io/prefix-match-header-x-higress-llm-model"].as_str(),
        Some("deepseek-chat")
    );
    assert_eq!(
        cfg(put(&writes, SETTINGS), "DEEPSEEK_MODELS").as_deref(),
        Some("deepseek-chat")
    );
    assert_eq!(
        tokens(put(&writes, AI_PROXY), "deepseek"),
        vec!["sk-ds-abcdef"]
    );
}

#[test]
fn models_list_becomes_regex_ingress_and_prefix_predicates() {
    let mut live = load(&files_with_template_routes());
    let input = ProviderInput {
        key: Some("sk-ds".into()),
        models: Some("deepseek-chat, deepseek-r*".into()),
        ..Default::default()
    };
    live.set_provider(p("deepseek"), &input).unwrap();
    let writes = live.writes().unwrap();
    let ann = &yaml(put(&writes, &ingress_path("deepseek")))["metadata"]["annotations"];
    assert_eq!(
        ann["higress.io/regex-match-header-x-higress-llm-model"].as_str(),
        Some("deepseek-chat|deepseek-r.*")
    );
    let cm = yaml(put(&writes, &configmap_path("deepseek")));
    let body: serde_json::Value =
        serde_json::from_str(cm["data"]["data"].as_str().unwrap()).unwrap();
    assert_eq!(
        body["modelPredicates"],
        serde_json::json!([
            {"matchType": "PRE", "matchValue": "deepseek-chat"},
            {"matchType": "PRE", "matchValue": "deepseek-r"}
        ])
    );
}

#[test]
fn openai_then_azure_is_refused_and_writes_nothing() {
    let text = PROXY_YAML.replace("YOUR_OPENAI_API_KEY", "sk-openai-live-1");
    let mut live = load(&with(AI_PROXY, Some(&text)));
    assert!(live.is_configured(p("openai")));
    let e = live.set_provider(p("azure"), &key("az-key")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "OpenAI and Azure OpenAI cannot both be configured"
    );
    assert_eq!(
        crate::error::hint_of(&e),
        Some("remove it first: `get-ai-gateway config remove --provider openai`")
    );
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn azure_then_openai_is_refused_and_writes_nothing() {
    let text = PROXY_YAML.replace("YOUR_AZURE_API_KEY", "az-live-1");
    let mut live = load(&with(AI_PROXY, Some(&text)));
    let e = live.set_provider(p("openai"), &key("sk-o")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "OpenAI and Azure OpenAI cannot both be configured"
    );
    assert!(
        crate::error::hint_of(&e)
            .unwrap()
            .contains("--provider azure")
    );
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn openai_with_only_azure_placeholder_is_allowed() {
    let mut live = fixture();
    live.set_provider(p("openai"), &key("sk-openai-1")).unwrap();
    let writes = live.writes().unwrap();
    assert_eq!(
        tokens(put(&writes, AI_PROXY), "openai"),
        vec!["sk-openai-1"]
    );
}

#[test]
fn set_provider_without_ai_proxy_fails_and_writes_nothing() {
    let mut live = load(&with(AI_PROXY, None));
    let e = err_text(live.set_provider(p("deepseek"), &key("k")));
    assert!(e.contains("does not exist in the container"), "{e}");
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn set_provider_with_upstream_extra_rewrites_ingress_and_registry() {
    let mut live = load(&files_with_template_routes());
    let mut input = ProviderInput::default();
    input
        .extras
        .insert("OLLAMA_SERVER_HOST".into(), "192.168.1.10".into());
    input
        .extras
        .insert("OLLAMA_SERVER_PORT".into(), "11500".into());
    live.set_provider(p("ollama"), &input).unwrap();
    let writes = live.writes().unwrap();
    let ing = ingress_path("ollama");
    assert!(written(&writes).contains(&ing.as_str()));
    assert!(!written(&writes).contains(&configmap_path("ollama").as_str()));
    let e = entry(put(&writes, AI_PROXY), "ollama").unwrap();
    assert_eq!(e["ollamaServerHost"].as_str(), Some("192.168.1.10"));
    assert_eq!(e["ollamaServerPort"].as_u64(), Some(11500));
    let reg = registry(put(&writes, MCP_BRIDGE), "ollama").unwrap();
    assert_eq!(reg["type"].as_str(), Some("static"));
    assert_eq!(reg["domain"].as_str(), Some("192.168.1.10:11500"));
    assert_eq!(reg["port"].as_u64(), Some(80));
    assert_eq!(
        yaml(put(&writes, &ing))["metadata"]["annotations"]["higress.io/destination"].as_str(),
        Some("llm-ollama.internal.static:80")
    );
}

#[test]
fn azure_registry_follows_the_service_url_host() {
    let mut live = fixture();
    let mut input = key("az-key-123456");
    input.extras.insert(
        "AZURE_SERVICE_URL".into(),
        "https://res1.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01"
            .into(),
    );
    let change = live.set_provider(p("azure"), &input).unwrap();
    assert!(!change.created);
    let writes = live.writes().unwrap();
    assert_eq!(
        registry(put(&writes, MCP_BRIDGE), "azure").unwrap()["domain"].as_str(),
        Some("res1.openai.azure.com")
    );
    assert!(
        entry(put(&writes, AI_PROXY), "azure").unwrap()["azureServiceUrl"]
            .as_str()
            .unwrap()
            .starts_with("https://res1.openai.azure.com/")
    );
}

#[test]
fn spark_secret_is_joined_to_the_key() {
    let mut live = fixture();
    let mut input = key("spark-k");
    input
        .extras
        .insert("SPARK_API_SECRET".into(), "spark-s".into());
    let change = live.set_provider(p("spark"), &input).unwrap();
    assert!(change.created);
    let writes = live.writes().unwrap();
    assert_eq!(
        tokens(put(&writes, AI_PROXY), "spark"),
        vec!["spark-k:spark-s"]
    );
    assert_eq!(
        cfg(put(&writes, SETTINGS), "SPARK_API_KEY").as_deref(),
        Some("spark-k:spark-s")
    );
}

#[test]
fn set_provider_without_mcpbridge_still_writes_the_rest() {
    let mut live = load(&with(MCP_BRIDGE, None));
    live.set_provider(p("groq"), &key("gsk")).unwrap();
    let writes = live.writes().unwrap();
    assert!(!written(&writes).contains(&MCP_BRIDGE));
    assert_eq!(writes.len(), 4);
}

// -- remove_provider --------------------------------------------------------------------------

#[test]
fn remove_template_provider_puts_the_placeholder_back() {
    let mut live = fixture();
    live.remove_provider(p("dashscope")).unwrap();
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), sorted(vec![AI_PROXY, SETTINGS]));
    let proxy = put(&writes, AI_PROXY);
    assert_eq!(tokens(proxy, "aliyun"), vec!["YOUR_DASHSCOPE_API_KEY"]);
    assert_eq!(match_rule_services(proxy, "aliyun").len(), 1);
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(cfg(cfg_text, "DASHSCOPE_API_KEY"), None);
    // Model patterns stay.
    assert_eq!(cfg(cfg_text, "DASHSCOPE_MODELS").as_deref(), Some("qwen*"));
}

#[test]
fn remove_template_provider_drops_secret_extras_keeps_the_rest() {
    let mut files = fixture_files();
    let mut live = load(&files);
    let mut input = ProviderInput::default();
    input
        .extras
        .insert("CLAUDE_CODE_API_KEY".into(), "sk-ant-oat-token-1".into());
    live.set_provider(p("claude"), &input).unwrap();
    commit(&mut files, &live.writes().unwrap());
    let e = entry(files[AI_PROXY].as_deref().unwrap(), "claude").unwrap();
    assert_eq!(e["claudeCodeMode"].as_bool(), Some(true));
    assert_eq!(e["apiTokens"][0].as_str(), Some("sk-ant-oat-token-1"));

    let mut live = load(&files);
    live.remove_provider(p("claude")).unwrap();
    let writes = live.writes().unwrap();
    let e = entry(put(&writes, AI_PROXY), "claude").unwrap();
    assert!(e.get("claudeCodeMode").is_none(), "{e:?}");
    assert_eq!(e["claudeVersion"].as_str(), Some("2023-06-01"));
    assert_eq!(e["apiTokens"][0].as_str(), Some("YOUR_CLAUDE_API_KEY"));
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(cfg(cfg_text, "CLAUDE_CODE_API_KEY"), None);
    assert_eq!(
        cfg(cfg_text, "CLAUDE_EXTRA_CONFIGS").as_deref(),
        Some("claudeVersion=\"2023-06-01\"")
    );
}

#[test]
fn remove_tool_created_provider_deletes_every_piece() {
    let mut files = fixture_files();
    let mut live = load(&files);
    live.set_provider(p("groq"), &key("gsk-1")).unwrap();
    commit(&mut files, &live.writes().unwrap());

    let mut live = load(&files);
    assert!(live.is_configured(p("groq")));
    live.remove_provider(p("groq")).unwrap();
    let writes = live.writes().unwrap();
    let cm = configmap_path("groq");
    let ing = ingress_path("groq");
    assert!(writes.contains(&Write::Delete { path: cm.clone() }));
    assert!(writes.contains(&Write::Delete { path: ing.clone() }));
    assert_eq!(
        written(&writes),
        sorted(vec![
            AI_PROXY,
            MCP_BRIDGE,
            SETTINGS,
            cm.as_str(),
            ing.as_str()
        ])
    );
    let proxy = put(&writes, AI_PROXY);
    assert!(entry(proxy, "groq").is_none());
    assert!(match_rule_services(proxy, "groq").is_empty());
    assert!(!proxy.contains("groq"));
    assert!(registry(put(&writes, MCP_BRIDGE), "groq").is_none());
    assert!(registry(put(&writes, MCP_BRIDGE), "aliyun").is_some());
    assert_eq!(cfg(put(&writes, SETTINGS), "GROQ_API_KEY"), None);
    // Back to what the template had, apart from formatting.
    commit(&mut files, &writes);
    assert_eq!(yaml(files[AI_PROXY].as_deref().unwrap()), yaml(PROXY_YAML));
    assert_eq!(
        yaml(files[MCP_BRIDGE].as_deref().unwrap()),
        yaml(BRIDGE_YAML)
    );
}

#[test]
fn remove_unconfigured_provider_is_an_error() {
    let mut live = fixture();
    let e = live.remove_provider(p("moonshot")).unwrap_err();
    assert_eq!(e.to_string(), "Moonshot (Kimi) has no API key configured");
    assert!(crate::error::hint_of(&e).unwrap().contains("config list"));
    assert!(live.writes().unwrap().is_empty());
    let e = err_text(live.remove_provider(p("groq")));
    assert_eq!(e, "Groq has no API key configured");
}

#[test]
fn remove_provider_configured_only_in_default_cfg_clears_it() {
    // DeepSeek has a key in default.cfg but a placeholder live.
    let mut live = fixture();
    live.remove_provider(p("deepseek")).unwrap();
    let writes = live.writes().unwrap();
    assert_eq!(cfg(put(&writes, SETTINGS), "DEEPSEEK_API_KEY"), None);
    // ai-proxy already holds the placeholder: it is not rewritten.
    assert_eq!(written(&writes), vec![SETTINGS]);
}

// -- reconcile_to -----------------------------------------------------------------------------

#[test]
fn reconcile_with_nothing_configured_writes_nothing() {
    let mut live = fixture();
    let empty = Settings::new(8080, 8443, 8001, "r");
    live.reconcile_to(&empty).unwrap();
    assert!(live.writes().unwrap().is_empty());
    // Even when ai-proxy is absent.
    let mut live = load(&with(AI_PROXY, None));
    live.reconcile_to(&empty).unwrap();
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn reconcile_writes_every_configured_provider_from_settings() {
    let mut live = load(&files_with_template_routes());
    live.reconcile_to(&Settings::parse(SCRIPT_CFG)).unwrap();
    let writes = live.writes().unwrap();
    let proxy = put(&writes, AI_PROXY);
    assert_eq!(tokens(proxy, "aliyun"), vec!["sk-ref-0123456789"]);
    assert_eq!(tokens(proxy, "deepseek"), vec!["sk-ds-abcdef"]);
    assert_eq!(tokens(proxy, "zhipuai"), vec!["zk-1"]);
    assert_eq!(tokens(proxy, "moonshot"), vec!["YOUR_MOONSHOT_API_KEY"]);
    // reconcile_to does not touch default.cfg.
    assert!(!written(&writes).contains(&SETTINGS));
}

#[test]
fn reconcile_rebuilds_an_unparseable_ai_proxy() {
    let mut live = load(&with(AI_PROXY, Some("spec: [unclosed 'quote\n")));
    live.reconcile_to(&Settings::parse(SCRIPT_CFG)).unwrap();
    let writes = live.writes().unwrap();
    let proxy = put(&writes, AI_PROXY);
    let doc = yaml(proxy);
    assert_eq!(doc["kind"].as_str(), Some("WasmPlugin"));
    assert_eq!(doc["metadata"]["name"].as_str(), Some("ai-proxy.internal"));
    assert_eq!(doc["spec"]["failStrategy"].as_str(), Some("FAIL_OPEN"));
    let ids: Vec<&str> = doc["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let template_doc = yaml(PROXY_YAML);
    let template: Vec<&str> = template_doc["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    // The same providers as the template sets up, in the same (table) order.
    assert_eq!(ids, template);
    assert_eq!(tokens(proxy, "aliyun"), vec!["sk-ref-0123456789"]);
    assert_eq!(tokens(proxy, "deepseek"), vec!["sk-ds-abcdef"]);
    assert_eq!(tokens(proxy, "openai"), vec!["YOUR_OPENAI_API_KEY"]);
    assert_eq!(
        entry(proxy, "zhipuai").unwrap()["zhipuDomain"].as_str(),
        Some("api.z.ai")
    );
    assert_eq!(
        doc["spec"]["matchRules"].as_sequence().unwrap().len(),
        ids.len()
    );
}

#[test]
fn reconcile_skeleton_drops_azure_when_openai_is_configured() {
    let cfg_text = format!("{SCRIPT_CFG}\nOPENAI_API_KEY=sk-openai-1\n");
    let mut live = load(&with(AI_PROXY, Some(":\n  - [")));
    live.reconcile_to(&Settings::parse(&cfg_text)).unwrap();
    let writes = live.writes().unwrap();
    let proxy = put(&writes, AI_PROXY);
    assert!(entry(proxy, "azure").is_none());
    assert_eq!(tokens(proxy, "openai"), vec!["sk-openai-1"]);
}

#[test]
fn reconcile_without_ai_proxy_is_an_error() {
    let mut live = load(&with(AI_PROXY, None));
    let e = err_text(live.reconcile_to(&Settings::parse(SCRIPT_CFG)));
    assert_eq!(
        e,
        "/data/wasmplugins/ai-proxy.internal.yaml was not created by the gateway"
    );
}

// -- apply_start_routing ------------------------------------------------------------------------

#[test]
fn start_routing_without_default_cfg_does_nothing() {
    let mut live = load(&with(SETTINGS, None));
    assert_eq!(
        live.apply_start_routing(Some(Some("qwen-max"))).unwrap(),
        None
    );
    assert_eq!(live.apply_start_routing(None).unwrap(), None);
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn start_routing_follows_saved_default_cfg() {
    // The script's default.cfg has auto-routing on with qwen-turbo; the router has none.
    let mut live = fixture();
    assert_eq!(
        live.apply_start_routing(None).unwrap().as_deref(),
        Some("qwen-turbo")
    );
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), vec![MODEL_ROUTER]);
    let doc = yaml(put(&writes, MODEL_ROUTER));
    let block = &doc["spec"]["defaultConfig"]["autoRouting"];
    assert_eq!(block["enable"].as_bool(), Some(true));
    assert_eq!(block["defaultModel"].as_str(), Some("qwen-turbo"));
    assert_eq!(block["rules"].as_sequence().map(Vec::len), Some(0));
    assert_eq!(
        doc["spec"]["defaultConfig"]["modelToHeader"].as_str(),
        Some("x-higress-llm-model")
    );
}

#[test]
fn start_routing_requested_with_model() {
    let mut live = fixture();
    assert_eq!(
        live.apply_start_routing(Some(Some("deepseek-chat")))
            .unwrap()
            .as_deref(),
        Some("deepseek-chat")
    );
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), sorted(vec![MODEL_ROUTER, SETTINGS]));
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(
        cfg(cfg_text, "ENABLE_AUTO_ROUTING").as_deref(),
        Some("true")
    );
    assert_eq!(
        cfg(cfg_text, "AUTO_ROUTING_DEFAULT_MODEL").as_deref(),
        Some("deepseek-chat")
    );
}

#[test]
fn start_routing_requested_without_model_uses_saved_then_default() {
    let off = SCRIPT_CFG
        .replace("ENABLE_AUTO_ROUTING=true\n", "")
        .replace("AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo", "");
    let mut live = load(&with(SETTINGS, Some(&off)));
    assert_eq!(live.apply_start_routing(None).unwrap(), None);
    assert!(live.writes().unwrap().is_empty());
    assert_eq!(
        live.apply_start_routing(Some(None)).unwrap().as_deref(),
        Some(DEFAULT_AUTO_ROUTING_MODEL)
    );
    let writes = live.writes().unwrap();
    assert_eq!(
        cfg(put(&writes, SETTINGS), "ENABLE_AUTO_ROUTING").as_deref(),
        Some("true")
    );

    let saved_model = SCRIPT_CFG.replace(
        "AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo",
        "AUTO_ROUTING_DEFAULT_MODEL=glm-4",
    );
    let mut live = load(&with(SETTINGS, Some(&saved_model)));
    assert_eq!(
        live.apply_start_routing(Some(None)).unwrap().as_deref(),
        Some("glm-4")
    );
}

#[test]
fn start_routing_already_in_force_changes_nothing() {
    let router = router_with_block(true, "qwen-turbo", &[("(?i)^x", "m")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(live.apply_start_routing(None).unwrap(), None);
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn start_routing_enables_a_disabled_block_and_keeps_rules() {
    let router = router_with_block(false, "qwen-turbo", &[("(?i)^x", "m")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(
        live.apply_start_routing(None).unwrap().as_deref(),
        Some("qwen-turbo")
    );
    let a = live.auto_routing().unwrap();
    assert!(a.enable);
    assert_eq!(a.rules, vec![rule("(?i)^x", "m")]);
}

#[test]
fn start_routing_requested_again_writes_nothing() {
    // Asking for what is already in force changes no file.
    let router = router_with_block(true, "qwen-turbo", &[]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(
        live.apply_start_routing(Some(Some("qwen-turbo"))).unwrap(),
        None
    );
    assert!(live.writes().unwrap().is_empty());
}

// -- set_auto_routing -----------------------------------------------------------------------------

#[test]
fn set_auto_routing_on_creates_the_block_and_updates_default_cfg() {
    let mut live = fixture();
    assert_eq!(
        live.set_auto_routing(true, Some("deepseek-chat"))
            .unwrap()
            .as_deref(),
        Some("deepseek-chat")
    );
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), sorted(vec![MODEL_ROUTER, SETTINGS]));
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(
        cfg(cfg_text, "ENABLE_AUTO_ROUTING").as_deref(),
        Some("true")
    );
    assert_eq!(
        cfg(cfg_text, "AUTO_ROUTING_DEFAULT_MODEL").as_deref(),
        Some("deepseek-chat")
    );
}

#[test]
fn set_auto_routing_on_without_model_uses_the_saved_one() {
    let glm = SCRIPT_CFG.replace(
        "AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo",
        "AUTO_ROUTING_DEFAULT_MODEL=glm-4",
    );
    let mut live = load(&with(SETTINGS, Some(&glm)));
    assert_eq!(
        live.set_auto_routing(true, None).unwrap().as_deref(),
        Some("glm-4")
    );
    // An existing block keeps its default when none is given.
    let router = router_with_block(false, "kept-model", &[]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(
        live.set_auto_routing(true, None).unwrap().as_deref(),
        Some("kept-model")
    );
}

#[test]
fn set_auto_routing_off_keeps_rules_and_clears_default_cfg() {
    let router = router_with_block(true, "qwen-turbo", &[("(?i)^a", "m1"), ("(?i)^b", "m2")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(
        live.set_auto_routing(false, None).unwrap().as_deref(),
        Some("qwen-turbo")
    );
    let a = live.auto_routing().unwrap();
    assert!(a.present && !a.enable);
    assert_eq!(a.rules.len(), 2);
    let writes = live.writes().unwrap();
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(cfg(cfg_text, "ENABLE_AUTO_ROUTING"), None);
    assert_eq!(cfg(cfg_text, "AUTO_ROUTING_DEFAULT_MODEL"), None);
    // Back on: the rules are still there.
    live.set_auto_routing(true, None).unwrap();
    assert_eq!(live.auto_routing().unwrap().rules.len(), 2);
}

#[test]
fn set_auto_routing_off_without_block_leaves_router_content_alone() {
    let mut live = fixture();
    assert_eq!(live.set_auto_routing(false, None).unwrap(), None);
    assert!(!live.auto_routing().unwrap().present);
    let writes = live.writes().unwrap();
    // The router's content is the same: it is not rewritten.
    assert!(!written(&writes).contains(&MODEL_ROUTER));
}

#[test]
fn set_auto_routing_without_default_cfg_writes_only_the_router() {
    let mut live = load(&with(SETTINGS, None));
    live.set_auto_routing(true, Some("m")).unwrap();
    assert_eq!(written(&live.writes().unwrap()), vec![MODEL_ROUTER]);
}

#[test]
fn set_auto_routing_without_router_is_an_error() {
    let mut live = load(&with(MODEL_ROUTER, None));
    assert!(err_text(live.set_auto_routing(true, None)).contains("model-router.internal.yaml"));
    assert!(live.writes().unwrap().is_empty());
}

// -- rules ----------------------------------------------------------------------------------------

#[test]
fn add_rule_creates_the_block_enabled_and_turns_default_cfg_on() {
    let off = SCRIPT_CFG
        .replace("ENABLE_AUTO_ROUTING=true\n", "")
        .replace("AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo", "");
    let mut live = load(&with(SETTINGS, Some(&off)));
    let added = live
        .add_rule(rule("(?i)^(code)", "qwen-coder"), None, None)
        .unwrap();
    assert_eq!(
        added,
        RuleAdded {
            id: 0,
            created_block: true,
            covered: true,
            disabled: false,
        }
    );
    let a = live.auto_routing().unwrap();
    assert!(a.enable);
    assert_eq!(a.default_model.as_deref(), Some(DEFAULT_AUTO_ROUTING_MODEL));
    let writes = live.writes().unwrap();
    let cfg_text = put(&writes, SETTINGS);
    assert_eq!(
        cfg(cfg_text, "ENABLE_AUTO_ROUTING").as_deref(),
        Some("true")
    );
    assert_eq!(
        cfg(cfg_text, "AUTO_ROUTING_DEFAULT_MODEL").as_deref(),
        Some("qwen-turbo")
    );
}

#[test]
fn add_rule_with_default_model_for_a_new_block() {
    let mut live = fixture();
    live.add_rule(rule("x", "qwen-max"), None, Some("deepseek-chat"))
        .unwrap();
    assert_eq!(
        live.auto_routing().unwrap().default_model.as_deref(),
        Some("deepseek-chat")
    );
    let writes = live.writes().unwrap();
    assert_eq!(
        cfg(put(&writes, SETTINGS), "AUTO_ROUTING_DEFAULT_MODEL").as_deref(),
        Some("deepseek-chat")
    );
}

#[test]
fn add_rule_to_an_existing_block_leaves_default_cfg_alone() {
    let router = router_with_block(true, "qwen-turbo", &[("a", "m1"), ("b", "m2")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    let added = live.add_rule(rule("c", "m0"), Some(0), None).unwrap();
    assert_eq!(added.id, 0);
    assert!(!added.created_block);
    let models: Vec<_> = live
        .auto_routing()
        .unwrap()
        .rules
        .into_iter()
        .map(|r| r.model)
        .collect();
    assert_eq!(models, vec!["m0", "m1", "m2"]);
    let added = live.add_rule(rule("d", "m3"), Some(3), None).unwrap();
    assert_eq!(added.id, 3);
    assert_eq!(written(&live.writes().unwrap()), vec![MODEL_ROUTER]);
}

#[test]
fn add_rule_position_out_of_range_is_an_error() {
    let router = router_with_block(true, "qwen-turbo", &[("a", "m1"), ("b", "m2")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    let e = err_text(live.add_rule(rule("c", "m"), Some(3), None));
    assert_eq!(e, "--position 3 is out of range: use 0 to 2");
    assert!(live.writes().unwrap().is_empty());

    let mut live = fixture();
    let e = err_text(live.add_rule(rule("c", "m"), Some(1), None));
    assert_eq!(e, "--position 1 is out of range: use 0 to 0");
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn add_rule_reports_coverage_and_disabled_routing() {
    let router = router_with_block(false, "qwen-turbo", &[]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    let added = live.add_rule(rule("x", "gpt-4o"), None, None).unwrap();
    assert!(!added.covered);
    assert!(added.disabled);
    assert!(!added.created_block);
    // Adding a rule does not switch a disabled block on.
    assert!(!live.auto_routing().unwrap().enable);
    let added = live.add_rule(rule("y", "qwen-plus"), None, None).unwrap();
    assert!(added.covered);
    assert_eq!(added.id, 1);
}

#[test]
fn add_rule_values_are_stored_verbatim() {
    let mut live = fixture();
    let pattern = r#"(?i)^(写代码|code: "x"|a\b)"#;
    live.add_rule(rule(pattern, "yes"), None, None).unwrap();
    let writes = live.writes().unwrap();
    let doc = yaml(put(&writes, MODEL_ROUTER));
    let r = &doc["spec"]["defaultConfig"]["autoRouting"]["rules"][0];
    assert_eq!(r["pattern"].as_str(), Some(pattern));
    assert_eq!(r["model"].as_str(), Some("yes"));
    // Written bare today: a YAML 1.1 reader sees `true` (see
    // yaml_1_1_ambiguous_strings_are_written_bare_today).
    assert!(put(&writes, MODEL_ROUTER).contains("model: yes\n"));
}

#[test]
fn remove_rule_returns_it_and_keeps_the_order() {
    let router = router_with_block(true, "qwen-turbo", &[("a", "m0"), ("b", "m1"), ("c", "m2")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(live.remove_rule(1).unwrap(), rule("b", "m1"));
    let left: Vec<_> = live
        .auto_routing()
        .unwrap()
        .rules
        .into_iter()
        .map(|r| r.model)
        .collect();
    assert_eq!(left, vec!["m0", "m2"]);
    assert_eq!(written(&live.writes().unwrap()), vec![MODEL_ROUTER]);
}

#[test]
fn remove_rule_out_of_range_names_the_valid_ids() {
    let router = router_with_block(true, "qwen-turbo", &[("a", "m0"), ("b", "m1")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    let e = live.remove_rule(5).unwrap_err();
    assert_eq!(
        e.to_string(),
        "rule id 5 does not exist: valid ids are 0 to 1"
    );
    assert_eq!(
        crate::error::hint_of(&e),
        Some("list them with `get-ai-gateway route list`")
    );
}

#[test]
fn remove_rule_without_rules_says_so() {
    let mut live = fixture();
    assert_eq!(
        err_text(live.remove_rule(0)),
        "rule id 0 does not exist: there are no rules"
    );
    let router = router_with_block(true, "qwen-turbo", &[]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(
        err_text(live.remove_rule(2)),
        "rule id 2 does not exist: there are no rules"
    );
}

// -- writes ---------------------------------------------------------------------------------------

#[test]
fn unchanged_model_writes_nothing() {
    let live = fixture();
    assert!(live.writes().unwrap().is_empty());
    let _ = live.providers().unwrap();
    let _ = live.auto_routing().unwrap();
    assert!(live.covers("qwen-max"));
    assert!(live.writes().unwrap().is_empty());
}

#[test]
fn default_cfg_is_written_only_when_it_existed() {
    let mut live = load(&with(SETTINGS, None));
    live.set_provider(p("deepseek"), &key("sk-ds")).unwrap();
    live.add_rule(rule("a", "m"), None, None).unwrap();
    let writes = live.writes().unwrap();
    assert!(!written(&writes).contains(&SETTINGS));
    assert!(written(&writes).contains(&AI_PROXY));
    assert!(written(&writes).contains(&MODEL_ROUTER));
}

#[test]
fn write_path_names_puts_and_deletes() {
    let put = Write::Put {
        path: "/a".into(),
        text: "x".into(),
    };
    let del = Write::Delete { path: "/b".into() };
    assert_eq!(put.path(), "/a");
    assert_eq!(del.path(), "/b");
}

#[test]
fn written_yaml_parses_back_and_keeps_unknown_fields_and_order() {
    let mut live = fixture();
    live.set_provider(p("groq"), &key("gsk-1")).unwrap();
    live.add_rule(rule("(?i)^hi", "qwen-max"), None, None)
        .unwrap();
    let writes = live.writes().unwrap();
    for w in &writes {
        if let Write::Put { path, text } = w {
            if path != SETTINGS {
                let v = gwconfig::parse(path, text).unwrap();
                assert!(v.is_mapping(), "{path}");
            }
        }
    }
    for (path, original) in [
        (AI_PROXY, PROXY_YAML),
        (MODEL_ROUTER, ROUTER_YAML),
        (MCP_BRIDGE, BRIDGE_YAML),
    ] {
        let before = yaml(original);
        let after = yaml(put(&writes, path));
        assert_eq!(keys_of(&after), keys_of(&before), "{path}");
        assert_eq!(keys_of(&after["spec"]), keys_of(&before["spec"]), "{path}");
        assert_eq!(after["metadata"], before["metadata"], "{path}");
        assert_eq!(after["apiVersion"], before["apiVersion"], "{path}");
    }
    let bridge = yaml(put(&writes, MCP_BRIDGE));
    assert_eq!(bridge["status"], yaml(BRIDGE_YAML)["status"]);
    assert_eq!(
        bridge["spec"]["registries"][0],
        yaml(BRIDGE_YAML)["spec"]["registries"][0]
    );
    let router = yaml(put(&writes, MODEL_ROUTER));
    assert_eq!(
        keys_of(&router["spec"]["defaultConfig"]),
        vec!["modelToHeader", "autoRouting"]
    );
}

#[test]
fn an_unchanged_mcpbridge_is_not_rewritten() {
    // The registry entry is already there: the McpBridge keeps its bytes, comments included
    // (`# AI_REGISTRIES_START` / `# AI_REGISTRIES_END`), and the gateway reloads nothing.
    let mut live = load(&files_with_template_routes());
    live.set_provider(p("deepseek"), &key("sk-ds")).unwrap();
    let writes = live.writes().unwrap();
    assert!(BRIDGE_YAML.contains("# AI_REGISTRIES_START"));
    assert!(!written(&writes).contains(&MCP_BRIDGE));
}

#[test]
fn a_broken_file_is_never_written() {
    let mut live = load(&with(MODEL_ROUTER, Some("spec: [\n")));
    live.set_provider(p("groq"), &key("gsk")).unwrap();
    assert!(live.add_rule(rule("a", "m"), None, None).is_err());
    let writes = live.writes().unwrap();
    assert!(!written(&writes).contains(&MODEL_ROUTER));
}
