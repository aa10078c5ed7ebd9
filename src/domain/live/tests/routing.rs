use super::*;

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
    let applied = live.apply_start_routing(Some(Some("deepseek-chat")));
    assert_eq!(applied.unwrap().as_deref(), Some("deepseek-chat"));
    assert_router_and_saved(&live, "deepseek-chat");
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
    let now = live.set_auto_routing(true, Some("deepseek-chat"));
    assert_eq!(now.unwrap().as_deref(), Some("deepseek-chat"));
    assert_router_and_saved(&live, "deepseek-chat");
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
    assert_saved_routing(&writes, "qwen-turbo");
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
    let models = rule_models(&live);
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
    // Quoted, so that the gateway's YAML 1.1 reader sees the string, not `true`.
    assert!(put(&writes, MODEL_ROUTER).contains("model: \"yes\"\n"));
}

#[test]
fn remove_rule_returns_it_and_keeps_the_order() {
    let router = router_with_block(true, "qwen-turbo", &[("a", "m0"), ("b", "m1"), ("c", "m2")]);
    let mut live = load(&with(MODEL_ROUTER, Some(&router)));
    assert_eq!(live.remove_rule(1).unwrap(), rule("b", "m1"));
    let left = rule_models(&live);
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
        crate::error::user_hint(&e),
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

/// The writes are the router and default.cfg, which says auto-routing is on with `model`.
fn assert_router_and_saved(live: &LiveConfig, model: &str) {
    let writes = live.writes().unwrap();
    assert_eq!(written(&writes), sorted(vec![MODEL_ROUTER, SETTINGS]));
    assert_saved_routing(&writes, model);
}

/// The models of the rules, in order.
fn rule_models(live: &LiveConfig) -> Vec<String> {
    live.auto_routing()
        .unwrap()
        .rules
        .into_iter()
        .map(|r| r.model)
        .collect()
}
