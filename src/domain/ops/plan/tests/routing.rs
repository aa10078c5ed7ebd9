use super::*;

// -- auto-routing -----------------------------------------------------------------------------

fn routing_off() -> Settings {
    Settings::parse(
        &SCRIPT_CFG
            .replace("ENABLE_AUTO_ROUTING=true\n", "")
            .replace("AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo", ""),
    )
}

#[test]
fn auto_routing_off_by_default() {
    let plan = resolve(&flags(), None, None);
    assert_eq!(plan.auto_routing, None);
    assert_eq!(var(&plan, "ENABLE_AUTO_ROUTING"), None);
    assert_eq!(var(&plan, "AUTO_ROUTING_DEFAULT_MODEL"), None);
}

#[test]
fn auto_routing_flag_with_model() {
    let s = saved();
    let f = StartFlags {
        auto_routing: true,
        auto_routing_default_model: Some("deepseek-chat".into()),
        ..flags()
    };
    let plan = resolve(&f, Some(&s), None);
    assert_eq!(plan.auto_routing.as_deref(), Some("deepseek-chat"));
    assert_eq!(var(&plan, "ENABLE_AUTO_ROUTING"), Some("true"));
    assert_eq!(
        var(&plan, "AUTO_ROUTING_DEFAULT_MODEL"),
        Some("deepseek-chat")
    );
}

#[test]
fn auto_routing_flag_without_model_uses_saved_then_default() {
    let s = Settings::parse(&SCRIPT_CFG.replace(
        "AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo",
        "AUTO_ROUTING_DEFAULT_MODEL=glm-4",
    ));
    let f = StartFlags {
        auto_routing: true,
        ..flags()
    };
    assert_eq!(
        resolve(&f, Some(&s), None).auto_routing.as_deref(),
        Some("glm-4")
    );
    // Saved off: its model is not used; the built-in default is.
    let off = routing_off();
    let plan = resolve(&f, Some(&off), None);
    assert_eq!(
        plan.auto_routing.as_deref(),
        Some(DEFAULT_AUTO_ROUTING_MODEL)
    );
    assert_eq!(var(&plan, "ENABLE_AUTO_ROUTING"), Some("true"));
    assert_eq!(
        resolve(&f, None, None).auto_routing.as_deref(),
        Some("qwen-turbo")
    );
}

#[test]
fn saved_auto_routing_stays_on() {
    let s = saved();
    let plan = resolve(&flags(), Some(&s), None);
    assert_eq!(plan.auto_routing.as_deref(), Some("qwen-turbo"));
    let no_model =
        Settings::parse(&SCRIPT_CFG.replace("AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo", ""));
    let plan = resolve(&flags(), Some(&no_model), None);
    assert_eq!(
        plan.auto_routing.as_deref(),
        Some(DEFAULT_AUTO_ROUTING_MODEL)
    );
    assert_eq!(
        var(&plan, "AUTO_ROUTING_DEFAULT_MODEL"),
        Some(DEFAULT_AUTO_ROUTING_MODEL)
    );
}

#[test]
fn saved_auto_routing_beats_the_wizard() {
    let s = saved();
    let mut a = answers();
    a.auto_routing = Some("wizard-model".into());
    assert_eq!(
        resolve(&flags(), Some(&s), Some(&a))
            .auto_routing
            .as_deref(),
        Some("qwen-turbo")
    );
}

#[test]
fn wizard_auto_routing_when_nothing_else_says() {
    let mut a = answers();
    a.auto_routing = Some("deepseek-chat".into());
    let plan = resolve(&flags(), None, Some(&a));
    assert_eq!(plan.auto_routing.as_deref(), Some("deepseek-chat"));
    assert_eq!(
        var(&plan, "AUTO_ROUTING_DEFAULT_MODEL"),
        Some("deepseek-chat")
    );
    // A saved file with routing off lets the wizard answer through.
    let off = routing_off();
    assert_eq!(
        resolve(&flags(), Some(&off), Some(&a))
            .auto_routing
            .as_deref(),
        Some("deepseek-chat")
    );
}

// -- output -----------------------------------------------------------------------------------

#[test]
fn providers_mask_keys() {
    let mut f = flags();
    f.providers
        .insert("deepseek", key("sk-secret-deepseek-999"));
    f.providers.insert("groq", key("short"));
    let plan = resolve(&f, None, None);
    let listed = plan.providers();
    assert_eq!(
        listed,
        vec![
            PlannedProvider {
                provider: "deepseek",
                name: "DeepSeek",
                keys: vec!["sk-s***-999".into()],
                models: "deepseek-*".into(),
            },
            PlannedProvider {
                provider: "groq",
                name: "Groq",
                keys: vec!["sh***".into()],
                models: "*".into(),
            },
        ]
    );
}

#[test]
fn to_json_never_holds_a_full_key() {
    let s = saved();
    let mut f = flags();
    f.providers.insert("groq", key("gsk-very-secret-key-0042"));
    let plan = resolve(&f, Some(&s), None);
    let text = plan.to_json().to_string();
    for raw in [
        "gsk-very-secret-key-0042",
        "sk-ref-0123456789",
        "sk-ds-abcdef",
        "zk-1",
    ] {
        assert!(!text.contains(raw), "{raw} in {text}");
    }
    assert!(text.contains("gsk-***0042"));
}

#[test]
fn to_json_has_stable_keys_and_values() {
    let s = saved();
    let f = StartFlags {
        name: "gw".into(),
        data_folder: PathBuf::from("/srv/gw"),
        ..flags()
    };
    let plan = StartPlan::resolve(&f, Some(&s), None, &tz("America/New_York")).unwrap();
    let j = plan.to_json();
    let keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
    let mut sorted_keys = keys.clone();
    sorted_keys.sort_unstable();
    assert_eq!(
        sorted_keys,
        vec![
            "action",
            "auto_routing",
            "bind",
            "container",
            "data_folder",
            "gateway_keys",
            "image",
            "metrics_port",
            "ports",
            "providers",
            "registry",
            "settings",
        ]
    );
    assert_eq!(j["action"], "create");
    assert_eq!(
        j["gateway_keys"],
        json!({"required": false, "reason": null})
    );
    assert_eq!(j["container"], "gw");
    assert_eq!(j["data_folder"], "/srv/gw");
    assert_eq!(j["settings"], "saved");
    assert_eq!(j["registry"]["host"], HANGZHOU);
    assert_eq!(j["registry"]["reason"], "saved in default.cfg");
    assert_eq!(
        j["ports"],
        json!({"http": 18080, "https": 8443, "console": 8001})
    );
    assert_eq!(
        j["auto_routing"],
        json!({"enabled": true, "default_model": "qwen-turbo"})
    );
    let p0 = &j["providers"][0];
    let mut pkeys: Vec<&str> = p0.as_object().unwrap().keys().map(String::as_str).collect();
    pkeys.sort_unstable();
    assert_eq!(pkeys, vec!["keys", "models", "name", "provider"]);
    assert_eq!(p0["provider"], "dashscope");
    assert_eq!(p0["keys"], json!(["sk-r***6789"]));
}

#[test]
fn to_json_for_a_new_plan_without_routing() {
    let plan = resolve(&flags(), None, None);
    let j = plan.to_json();
    assert_eq!(j["settings"], "new");
    assert_eq!(j["providers"], json!([]));
    assert_eq!(
        j["auto_routing"],
        json!({"enabled": false, "default_model": null})
    );
    assert_eq!(j["container"], "higress-ai-gateway");
}

#[test]
fn gateway_keys_are_required_beyond_loopback_unless_no_auth() {
    use crate::domain::ops::plan::KeysFlag;
    let resolve = |bind: &str, keys: KeysFlag| {
        let f = StartFlags {
            bind: Some(bind.into()),
            gateway_keys: keys,
            ..flags()
        };
        StartPlan::resolve(&f, None, None, &tz("UTC"))
            .unwrap()
            .gateway_keys
    };
    assert_eq!(resolve("127.0.0.1", KeysFlag::Default), None);
    assert_eq!(resolve("::1", KeysFlag::Default), None);
    assert_eq!(
        resolve("0.0.0.0", KeysFlag::Default).as_deref(),
        Some("the ports are published on 0.0.0.0, beyond loopback")
    );
    assert_eq!(resolve("192.168.1.10", KeysFlag::NoAuth), None);
    assert_eq!(
        resolve("127.0.0.1", KeysFlag::Require).as_deref(),
        Some("--require-key")
    );
}
