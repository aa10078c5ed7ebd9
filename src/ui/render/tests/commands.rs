use super::*;

// -- config -----------------------------------------------------------------------------------

#[test]
fn config_list_empty() {
    insta::assert_snapshot!(config_list(&[]));
}

#[test]
fn config_list_several() {
    insta::assert_snapshot!(config_list(&[
        listed("dashscope", &["sk-r***6789"], "qwen*"),
        listed("deepseek", &["sk-1***1111", "sk-2***2222"], "deepseek-*"),
        listed("ollama", &[], "llama*,codellama*"),
        listed("groq", &["gs***"], "*"),
    ]));
}

#[test]
fn provider_added_template_provider() {
    let (line, created) = provider_added(
        find("deepseek").unwrap(),
        &change("deepseek", key("sk-ds-0123456789"), false),
    );
    assert_eq!(created, None);
    insta::assert_snapshot!(line);
}

#[test]
fn provider_added_created_provider() {
    let (line, created) = provider_added(
        find("groq").unwrap(),
        &change("groq", key("gsk-abcdefgh12345678"), true),
    );
    insta::assert_snapshot!(format!("{line}\n{}", created.unwrap()));
}

#[test]
fn provider_added_without_key() {
    let mut input = ProviderInput::default();
    input
        .extras
        .insert("OLLAMA_SERVER_HOST".into(), "10.0.0.5".into());
    let (line, created) = provider_added(find("ollama").unwrap(), &change("ollama", input, false));
    assert_eq!(line, "Ollama configured (hot-reloaded, no restart needed)");
    assert_eq!(created, None);
}

#[test]
fn provider_added_never_shows_the_full_key() {
    let raw = "sk-this-is-the-full-secret-key";
    let (line, created) = provider_added(find("groq").unwrap(), &change("groq", key(raw), true));
    assert!(!line.contains(raw));
    assert!(!created.unwrap().contains(raw));
    assert!(line.contains("sk-t***-key"));
}

#[test]
fn provider_removed_template_and_created() {
    insta::assert_snapshot!(format!(
        "{}\n{}",
        provider_removed(find("dashscope").unwrap()),
        provider_removed(find("groq").unwrap())
    ));
}

#[test]
fn out_of_sync_names_the_provider_and_the_fix() {
    let l = listed("deepseek", &["sk-d***cdef"], "deepseek-*");
    insta::assert_snapshot!(out_of_sync(&l));
}

// -- route ------------------------------------------------------------------------------------

#[test]
fn route_list_disabled_without_rules() {
    insta::assert_snapshot!(route_list(&auto(false, None, &[])));
}

#[test]
fn route_list_absent_block_reads_as_disabled() {
    let absent = AutoRouting {
        present: false,
        enable: false,
        default_model: None,
        rules: Vec::new(),
    };
    assert_eq!(route_list(&absent), route_list(&auto(false, None, &[])));
}

#[test]
fn route_list_disabled_with_rules() {
    insta::assert_snapshot!(route_list(&auto(
        false,
        Some("qwen-turbo"),
        &[
            ("(?i)^(code|写代码)", "qwen-coder"),
            ("(?i)^(math)", "deepseek-r1")
        ],
    )));
}

#[test]
fn route_list_enabled_with_rules() {
    insta::assert_snapshot!(route_list(&auto(
        true,
        Some("qwen-turbo"),
        &[
            ("(?i)^(code|写代码)", "qwen-coder"),
            ("(?i)^(math)", "deepseek-r1"),
            ("x", "m"),
        ],
    )));
}

#[test]
fn route_list_enabled_without_rules_or_default() {
    insta::assert_snapshot!(route_list(&auto(true, None, &[])));
}

#[test]
fn route_list_json_shape() {
    let j = route_list_json(&auto(true, Some("qwen-turbo"), &[("a", "m0"), ("b", "m1")]));
    assert_eq!(
        j,
        json!({
            "enabled": true,
            "default_model": "qwen-turbo",
            "rules": [
                {"id": 0, "pattern": "a", "model": "m0", "skipped": null},
                {"id": 1, "pattern": "b", "model": "m1", "skipped": null},
            ],
        })
    );
    let j = route_list_json(&auto(false, None, &[]));
    assert_eq!(
        j,
        json!({"enabled": false, "default_model": null, "rules": []})
    );
}

#[test]
fn route_test_cases() {
    let on = auto(
        true,
        Some("qwen-turbo"),
        &[
            ("(?i)^(code)", "qwen-coder"),
            ("(?i)^(math)", "deepseek-r1"),
        ],
    );
    let off = auto(false, Some("qwen-turbo"), &[("(?i)^(code)", "qwen-coder")]);
    let none = auto(true, None, &[]);
    insta::assert_snapshot!(
        [
            format!(
                "match:\n{}",
                route_test(&on, &decision(Some(1), Some("deepseek-r1")))
            ),
            format!(
                "default:\n{}",
                route_test(&on, &decision(None, Some("qwen-turbo")))
            ),
            format!(
                "disabled:\n{}",
                route_test(&off, &decision(Some(0), Some("qwen-coder")))
            ),
            format!("no default:\n{}", route_test(&none, &decision(None, None))),
        ]
        .join("\n\n")
    );
}

#[test]
fn route_test_uses_the_real_decision() {
    let on = auto(true, Some("qwen-turbo"), &[("(?i)^(code)", "qwen-coder")]);
    let d = crate::domain::routing::decide(&on, "Code this for me");
    assert_eq!(route_test(&on, &d), "rule 0 ((?i)^(code)) → qwen-coder");
    let d = crate::domain::routing::decide(&on, "hello");
    assert_eq!(
        route_test(&on, &d),
        "no rule matches → default model qwen-turbo"
    );
}

#[test]
fn rule_usage_cases() {
    insta::assert_snapshot!(
        [
            rule_usage(Some("code|写代码"), "qwen-coder"),
            rule_usage(Some(" | math "), "deepseek-r1"),
            rule_usage(Some("|"), "m"),
            rule_usage(None, "qwen-coder"),
        ]
        .join("\n")
    );
}

// -- start ------------------------------------------------------------------------------------

#[test]
fn plan_new_settings_without_providers() {
    let sp = StartPlan::resolve(&flags(), None, None, &tz()).unwrap();
    insta::assert_snapshot!(plan(&sp));
}

#[test]
fn plan_new_settings_with_providers_and_routing() {
    let mut f = flags();
    f.providers.insert("deepseek", key("sk-ds-0123456789"));
    f.providers.insert("groq", key("gsk-1"));
    f.providers.insert(
        "aliyun",
        ProviderInput {
            key: Some("sk-qwen-abcdefgh".into()),
            models: Some("qwen-max,qwen-plus".into()),
            ..Default::default()
        },
    );
    f.auto_routing = true;
    f.auto_routing_default_model = Some("deepseek-chat".into());
    f.http_port = Some(9080);
    let sp = StartPlan::resolve(&f, None, None, &tz()).unwrap();
    insta::assert_snapshot!(plan(&sp));
}

#[test]
fn plan_reused_settings() {
    let saved = Settings::parse(SCRIPT_CFG);
    let f = StartFlags {
        name: "my-gateway".into(),
        image_tag: Some("2.1.9".into()),
        ..flags()
    };
    let sp = StartPlan::resolve(&f, Some(&saved), None, &tz()).unwrap();
    insta::assert_snapshot!(plan(&sp));
}

#[test]
fn plan_from_wizard_answers() {
    let mut inputs = BTreeMap::new();
    inputs.insert("moonshot", key("sk-moonshot-12345678"));
    let a = Answers {
        inputs,
        http_port: 8080,
        https_port: 8443,
        console_port: 8001,
        auto_routing: None,
    };
    let sp = StartPlan::resolve(&flags(), None, Some(&a), &tz()).unwrap();
    let text = plan(&sp);
    assert!(
        text.contains("    moonshot     sk-m***5678  models moonshot-*,kimi-*"),
        "{text}"
    );
    assert!(text.ends_with("  Auto-routing: off\n  Gateway keys: not required"));
    assert!(!text.contains("sk-moonshot-12345678"));
}

#[test]
fn existing_plan_running_and_stopped() {
    insta::assert_snapshot!(format!(
        "{}\n{}",
        existing_plan("higress-ai-gateway", true),
        existing_plan("higress-ai-gateway", false)
    ));
}

#[test]
fn welcome_auto_routing_off() {
    no_color();
    let i = info("higress-ai-gateway", true);
    insta::assert_snapshot!(welcome(&i, None));
}

#[test]
fn welcome_auto_routing_on_custom_name() {
    no_color();
    let i = info("my-gateway", true);
    let cfg = Settings::parse(&SCRIPT_CFG.replace(
        "AUTO_ROUTING_DEFAULT_MODEL=qwen-turbo",
        "AUTO_ROUTING_DEFAULT_MODEL=deepseek-chat",
    ));
    insta::assert_snapshot!(welcome(&i, Some(&cfg)));
}

#[test]
fn welcome_with_a_claimed_console_and_keys_required() {
    no_color();
    let i = info("higress-ai-gateway", true);
    let access = crate::ui::render::Access {
        console: Some("Console: http://localhost:8001 (admin / Secr3tPassw0rdX)".into()),
        key_required: true,
    };
    insta::assert_snapshot!(crate::ui::render::welcome_with(&i, None, &access));
}

#[test]
fn welcome_with_settings_but_routing_off_is_like_none() {
    no_color();
    let i = info("higress-ai-gateway", true);
    let off = Settings::parse(&SCRIPT_CFG.replace("ENABLE_AUTO_ROUTING=true", ""));
    assert_eq!(welcome(&i, Some(&off)), welcome(&i, None));
}

#[test]
fn welcome_without_data_folder_or_published_ports() {
    no_color();
    let mut i = info("higress-ai-gateway", true);
    i.data_folder = None;
    i.ports.clear();
    i.env.clear();
    let text = welcome(&i, None);
    assert!(text.contains("    HTTP  = http://localhost:8080"), "{text}");
    assert!(text.contains("    http://localhost:8001"));
    assert!(text.contains("    ?/logs"));
    assert!(text.ends_with("    get-ai-gateway stop"));
}

#[test]
fn welcome_follows_published_host_ports() {
    no_color();
    let mut i = info("higress-ai-gateway", true);
    i.ports[0].host_port = 28080;
    let text = welcome(&i, None);
    assert!(
        text.contains("http://localhost:28080/v1/chat/completions"),
        "{text}"
    );
}

#[test]
fn container_flag_only_for_other_names() {
    assert_eq!(container_flag("higress-ai-gateway"), "");
    assert_eq!(container_flag("gw2"), " --container-name gw2");
}
