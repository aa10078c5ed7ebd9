use super::*;

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
