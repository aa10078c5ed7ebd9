use super::*;

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
