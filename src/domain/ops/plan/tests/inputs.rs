use super::*;

// -- ports ----------------------------------------------------------------------------------

#[test]
fn ports_default_when_nothing_is_given() {
    let plan = resolve(&flags(), None, None);
    assert_eq!(ports(&plan), (8080, 8443, 8001));
    assert_eq!(plan.ports.all(), [8080, 8443, 8001]);
    assert_eq!(var(&plan, "GATEWAY_HTTP_PORT"), Some("8080"));
}

#[test]
fn ports_from_wizard_when_nothing_is_saved() {
    let plan = resolve(&flags(), None, Some(&answers()));
    assert_eq!(ports(&plan), (18081, 18444, 18002));
    assert_eq!(var(&plan, "CONSOLE_PORT"), Some("18002"));
}

#[test]
fn saved_ports_beat_the_wizard() {
    let s = saved();
    let plan = resolve(&flags(), Some(&s), Some(&answers()));
    assert_eq!(ports(&plan), (18080, 8443, 8001));
}

#[test]
fn port_flags_beat_saved_and_are_written_to_settings() {
    let s = saved();
    let f = StartFlags {
        http_port: Some(9080),
        console_port: Some(9001),
        ..flags()
    };
    let plan = resolve(&f, Some(&s), Some(&answers()));
    assert_eq!(ports(&plan), (9080, 8443, 9001));
    assert_eq!(var(&plan, "GATEWAY_HTTP_PORT"), Some("9080"));
    assert_eq!(var(&plan, "GATEWAY_HTTPS_PORT"), Some("8443"));
    assert_eq!(var(&plan, "CONSOLE_PORT"), Some("9001"));
}

#[test]
fn each_port_falls_back_on_its_own() {
    let f = StartFlags {
        https_port: Some(9443),
        ..flags()
    };
    let plan = resolve(&f, None, Some(&answers()));
    assert_eq!(ports(&plan), (18081, 9443, 18002));
}

#[test]
fn duplicate_ports_name_both_flags() {
    let f = StartFlags {
        http_port: Some(9000),
        https_port: Some(9000),
        ..flags()
    };
    let e = StartPlan::resolve(&f, None, None, &shanghai()).unwrap_err();
    assert_eq!(e.to_string(), "--https-port and --http-port are both 9000");
    assert_eq!(
        crate::error::user_hint(&e),
        Some("give each port a different number")
    );
    let f = StartFlags {
        console_port: Some(8443),
        ..flags()
    };
    let e = StartPlan::resolve(&f, None, None, &shanghai()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "--console-port and --https-port are both 8443"
    );
}

#[test]
fn duplicate_with_a_saved_port_is_refused_too() {
    // default.cfg has http 18080; asking for the same console port clashes.
    let s = saved();
    let f = StartFlags {
        console_port: Some(18080),
        ..flags()
    };
    let e = StartPlan::resolve(&f, Some(&s), None, &shanghai()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "--console-port and --http-port are both 18080"
    );
}

#[test]
fn ports_named_pairs_each_with_its_flag() {
    let p = Ports {
        http: 1,
        https: 2,
        console: 3,
    };
    assert_eq!(
        p.named(),
        [
            (1, "--http-port"),
            (2, "--https-port"),
            (3, "--console-port")
        ]
    );
}

// -- registry and image -----------------------------------------------------------------------

#[test]
fn registry_from_the_timezone() {
    for (zone, registry) in [
        ("Asia/Shanghai", HANGZHOU),
        ("America/New_York", NORTH_AMERICA),
        ("Asia/Singapore", SOUTHEAST_ASIA),
        ("Europe/Berlin", HANGZHOU),
        ("Not/AZone", HANGZHOU),
    ] {
        let plan = StartPlan::resolve(&flags(), None, None, &tz(zone)).unwrap();
        assert_eq!(plan.registry, registry, "{zone}");
        assert_eq!(plan.registry_reason, format!("timezone {zone} (from TZ)"));
        assert_eq!(plan.image, format!("{registry}/higress/all-in-one:latest"));
        assert_eq!(var(&plan, "PLUGIN_REGISTRY"), Some(registry));
    }
}

#[test]
fn registry_with_unknown_timezone_is_hangzhou() {
    let none = Detected {
        zone: None,
        source: "none",
    };
    let plan = StartPlan::resolve(&flags(), None, None, &none).unwrap();
    assert_eq!(plan.registry, HANGZHOU);
    assert_eq!(plan.registry_reason, "timezone unknown");
}

#[test]
fn registry_flag_beats_saved_and_timezone() {
    let s = saved();
    let f = StartFlags {
        plugin_registry: Some("registry.example.com:5000".into()),
        ..flags()
    };
    let plan = StartPlan::resolve(&f, Some(&s), None, &tz("America/New_York")).unwrap();
    assert_eq!(plan.registry, "registry.example.com:5000");
    assert_eq!(plan.registry_reason, "set by PLUGIN_REGISTRY");
    assert_eq!(
        plan.image,
        "registry.example.com:5000/higress/all-in-one:latest"
    );
    assert_eq!(
        var(&plan, "PLUGIN_REGISTRY"),
        Some("registry.example.com:5000")
    );
}

#[test]
fn saved_registry_beats_the_timezone() {
    let s = saved();
    let plan = StartPlan::resolve(&flags(), Some(&s), None, &tz("America/New_York")).unwrap();
    assert_eq!(plan.registry, HANGZHOU);
    assert_eq!(plan.registry_reason, "saved in default.cfg");
}

#[test]
fn empty_registry_flag_is_ignored() {
    let f = StartFlags {
        plugin_registry: Some("  ".into()),
        ..flags()
    };
    let plan = StartPlan::resolve(&f, None, None, &tz("Asia/Singapore")).unwrap();
    assert_eq!(plan.registry, SOUTHEAST_ASIA);
    assert!(plan.registry_reason.contains("Asia/Singapore"));
}

#[test]
fn image_repo_and_tag_overrides() {
    let f = StartFlags {
        image_repo: Some("my.mirror/higress/aio".into()),
        image_tag: Some("2.1.9".into()),
        ..flags()
    };
    assert_eq!(resolve(&f, None, None).image, "my.mirror/higress/aio:2.1.9");
    let f = StartFlags {
        image_tag: Some("2.1.9".into()),
        ..flags()
    };
    assert_eq!(
        resolve(&f, None, None).image,
        format!("{HANGZHOU}/higress/all-in-one:2.1.9")
    );
    let f = StartFlags {
        image_repo: Some("r/x".into()),
        ..flags()
    };
    assert_eq!(resolve(&f, None, None).image, "r/x:latest");
}

#[test]
fn empty_image_repo_and_tag_are_ignored() {
    let f = StartFlags {
        image_repo: Some(String::new()),
        image_tag: Some(" ".into()),
        ..flags()
    };
    assert_eq!(
        resolve(&f, None, None).image,
        format!("{HANGZHOU}/higress/all-in-one:latest")
    );
}

// -- settings and keys --------------------------------------------------------------------------

#[test]
fn new_settings_have_the_scripts_header_and_every_models_line() {
    let plan = resolve(&flags(), None, None);
    assert!(!plan.reused_settings);
    let env = plan.settings.file.container_env();
    assert_eq!(
        &env[..6],
        &[
            "MODE=full".to_string(),
            "CONFIG_TEMPLATE=ai-gateway".into(),
            "GATEWAY_HTTP_PORT=8080".into(),
            "GATEWAY_HTTPS_PORT=8443".into(),
            "CONSOLE_PORT=8001".into(),
            format!("PLUGIN_REGISTRY={HANGZHOU}"),
        ]
    );
    for p in providers::PROVIDERS {
        assert_eq!(var(&plan, &p.models_var()), Some(p.models), "{}", p.id);
    }
    assert_eq!(
        var(&plan, "CLAUDE_EXTRA_CONFIGS"),
        Some("claudeVersion=\"2023-06-01\"")
    );
    assert!(plan.providers().is_empty());
}

#[test]
fn saved_settings_are_reused_as_they_are() {
    let s = saved();
    let plan = resolve(&flags(), Some(&s), None);
    assert!(plan.reused_settings);
    assert_eq!(plan.settings.render(), SCRIPT_CFG);
}

#[test]
fn saved_settings_keep_unknown_lines() {
    let s = Settings::parse(&format!("# my note\n{SCRIPT_CFG}\nMY_OWN_VAR=1\n"));
    let plan = resolve(&flags(), Some(&s), None);
    let text = plan.settings.render();
    assert!(text.starts_with("# my note\n"));
    assert_eq!(var(&plan, "MY_OWN_VAR"), Some("1"));
}

#[test]
fn flag_keys_are_applied_over_saved_ones() {
    let s = saved();
    let mut f = flags();
    f.providers.insert("deepseek", key("sk-ds-from-flag"));
    f.providers.insert("groq", key("gsk-from-flag"));
    let plan = resolve(&f, Some(&s), None);
    assert_eq!(var(&plan, "DEEPSEEK_API_KEY"), Some("sk-ds-from-flag"));
    assert_eq!(var(&plan, "GROQ_API_KEY"), Some("gsk-from-flag"));
    // Saved keys without a flag stay.
    assert_eq!(var(&plan, "DASHSCOPE_API_KEY"), Some("sk-ref-0123456789"));
    let listed: Vec<_> = plan.providers().into_iter().map(|p| p.provider).collect();
    assert_eq!(listed, vec!["dashscope", "deepseek", "zhipuai", "groq"]);
}

#[test]
fn flag_models_replace_saved_models() {
    let s = saved();
    let mut f = flags();
    f.providers.insert(
        "aliyun",
        ProviderInput {
            models: Some("qwen-max".into()),
            ..Default::default()
        },
    );
    let plan = resolve(&f, Some(&s), None);
    assert_eq!(var(&plan, "DASHSCOPE_MODELS"), Some("qwen-max"));
    assert_eq!(var(&plan, "DASHSCOPE_API_KEY"), Some("sk-ref-0123456789"));
}

#[test]
fn wizard_inputs_are_used_when_given() {
    let mut a = answers();
    a.inputs.insert("moonshot", key("sk-moon-123456"));
    let plan = resolve(&flags(), None, Some(&a));
    assert_eq!(var(&plan, "MOONSHOT_API_KEY"), Some("sk-moon-123456"));
    let listed = plan.providers();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].provider, "moonshot");
    assert_eq!(listed[0].name, "Moonshot (Kimi)");
    assert_eq!(listed[0].keys, vec!["sk-m***3456"]);
    assert_eq!(listed[0].models, "moonshot-*,kimi-*");
}

#[test]
fn flag_inputs_win_over_wizard_answers() {
    // Precedence: a flag beats a wizard answer; the answers add what the flags lack.
    let mut f = flags();
    f.providers.insert("deepseek", key("sk-ds-flag"));
    let mut a = answers();
    a.inputs.insert("moonshot", key("sk-moon"));
    a.inputs.insert("deepseek", key("sk-ds-wizard"));
    let plan = resolve(&f, None, Some(&a));
    assert_eq!(var(&plan, "DEEPSEEK_API_KEY"), Some("sk-ds-flag"));
    assert_eq!(var(&plan, "MOONSHOT_API_KEY"), Some("sk-moon"));
}

#[test]
fn unknown_provider_ids_in_inputs_are_skipped() {
    let mut f = flags();
    f.providers.insert("no-such-provider", key("k"));
    let plan = resolve(&f, None, None);
    assert!(plan.providers().is_empty());
}

#[test]
fn openai_and_azure_together_are_refused() {
    let mut f = flags();
    f.providers.insert("openai", key("sk-openai"));
    f.providers.insert("azure", key("az-key"));
    let e = StartPlan::resolve(&f, None, None, &shanghai()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "OpenAI and Azure OpenAI cannot both be configured"
    );
    assert_eq!(
        crate::error::user_hint(&e),
        Some("pass only one of --openai-key and --azure-key")
    );
}

#[test]
fn azure_flag_with_openai_saved_is_refused() {
    let s = Settings::parse(&format!("{SCRIPT_CFG}\nOPENAI_API_KEY=sk-saved\n"));
    let mut f = flags();
    f.providers.insert("azure", key("az-key"));
    let e = StartPlan::resolve(&f, Some(&s), None, &shanghai()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "OpenAI and Azure OpenAI cannot both be configured"
    );
}

#[test]
fn openai_alone_is_fine() {
    let mut f = flags();
    f.providers.insert("openai", key("sk-openai-12345"));
    let plan = resolve(&f, None, None);
    assert_eq!(plan.providers()[0].provider, "openai");
}

#[test]
fn bind_comes_from_the_flag_then_default_cfg_then_loopback() {
    let plan = resolve(&flags(), None, None);
    assert_eq!(plan.bind, "127.0.0.1");
    assert_eq!(
        plan.settings
            .file
            .value(crate::domain::providers::settings::BIND_KEY),
        None
    );
    let f = StartFlags {
        bind: Some(" 10.254.254.1 ".into()),
        ..flags()
    };
    let plan = resolve(&f, None, None);
    assert_eq!(plan.bind, "10.254.254.1");
    assert_eq!(
        plan.settings
            .file
            .value(crate::domain::providers::settings::BIND_KEY),
        Some("10.254.254.1")
    );
    // A later start without the flag keeps it.
    let plan = resolve(&flags(), Some(&plan.settings), None);
    assert_eq!(plan.bind, "10.254.254.1");
    let f = StartFlags {
        bind: Some("[::1]".into()),
        ..flags()
    };
    assert_eq!(resolve(&f, Some(&plan.settings), None).bind, "::1");
    let f = StartFlags {
        bind: Some("my-host".into()),
        ..flags()
    };
    let e = StartPlan::resolve(&f, None, None, &shanghai()).unwrap_err();
    assert_eq!(e.to_string(), "--bind my-host is not an IP address");
    assert!(is_loopback("127.0.0.2") && is_loopback("::1"));
    assert!(!is_loopback("0.0.0.0") && !is_loopback("10.0.0.1"));
}
