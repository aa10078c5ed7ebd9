use super::*;

// -- set_provider ---------------------------------------------------------------------------

#[test]
fn set_template_provider_writes_its_key_verbatim() {
    let mut live = load(&files_with_template_routes());
    let change = live.set_provider(p("deepseek"), &key(NASTY)).unwrap();
    assert!(!change.created);
    assert_eq!(change.state.keys, vec![NASTY]);
    let writes = live.writes().unwrap();
    // The route files and the registry exist already: only ai-proxy and default.cfg change.
    assert_eq!(written(&writes), sorted(vec![AI_PROXY, SETTINGS]));
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
fn yaml_1_1_ambiguous_strings_are_quoted() {
    // SPEC §6: the gateway reads YAML 1.1, where a bare `on`/`yes`/`no`/`off`/`1_000` is a
    // boolean or a number, not a string: every such key is written quoted.
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
    assert!(bare.is_empty(), "written bare: {bare:?}");
}

#[test]
fn set_template_provider_creates_missing_routes() {
    // With no ConfigMap/Ingress in the folder (the fixture), they are created.
    let mut live = fixture();
    let change = live.set_provider(p("deepseek"), &key("sk-ds-1")).unwrap();
    assert!(!change.created);
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), deepseek_with_routes());
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
    assert_eq!(written(&writes), provider_files("groq"));
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
    let files = files_with_groq();
    let mut again = load(&files);
    let change = again.set_provider(p("groq"), &key("gsk-2")).unwrap();
    assert!(!change.created);
    let writes = again.writes().unwrap();
    // The routes exist now and the models did not change: not rewritten.
    assert_eq!(written(&writes), sorted(vec![AI_PROXY, SETTINGS]));
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
    assert_eq!(written(&writes), deepseek_with_routes());
    let (cm, ing) = (configmap_path("deepseek"), ingress_path("deepseek"));
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
        crate::error::user_hint(&e),
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
        crate::error::user_hint(&e)
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
    let mut files = files_with_groq();

    let mut live = load(&files);
    assert!(live.is_configured(p("groq")));
    live.remove_provider(p("groq")).unwrap();
    let writes = live.writes().unwrap();
    let cm = configmap_path("groq");
    let ing = ingress_path("groq");
    assert!(writes.contains(&Write::Delete { path: cm.clone() }));
    assert!(writes.contains(&Write::Delete { path: ing.clone() }));
    assert_eq!(written(&writes), provider_files("groq"));
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
    assert!(crate::error::user_hint(&e).unwrap().contains("config list"));
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

/// The fixture's files after `config add --provider groq --key gsk-1`.
fn files_with_groq() -> Files {
    let mut files = fixture_files();
    let mut live = load(&files);
    live.set_provider(p("groq"), &key("gsk-1")).unwrap();
    commit(&mut files, &live.writes().unwrap());
    files
}

/// ai-proxy, default.cfg and DeepSeek's ConfigMap and Ingress, sorted.
fn deepseek_with_routes() -> Vec<String> {
    let mut all = provider_files("deepseek");
    all.retain(|p| p != MCP_BRIDGE);
    all
}
