use super::*;

// -- reading ------------------------------------------------------------------------------

#[test]
fn paths_cover_the_shared_files_and_every_providers_routes() {
    let all = paths();
    // ai-proxy, model-router, McpBridge, default.cfg, model-mapper, the global filter,
    // key-auth; per provider its route, Ingress, fallback Ingress and EnvoyFilter.
    assert_eq!(all.len(), 7 + 4 * PROVIDERS.len());
    for f in [
        AI_PROXY,
        MODEL_ROUTER,
        MCP_BRIDGE,
        SETTINGS,
        &keyauth::path(),
    ] {
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
