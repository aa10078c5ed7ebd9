use std::collections::BTreeMap;
use std::path::PathBuf;

use super::*;
use crate::domain::gwconfig::Rule;
use crate::domain::plan::{Answers, StartFlags};
use crate::domain::providers::find;
use crate::domain::registry::Detected;
use crate::domain::settings::ProviderInput;
use crate::engine::PublishedPort;

const SCRIPT_CFG: &str = include_str!("../../tests/fixtures/script-default.cfg");

fn no_color() {
    console::set_colors_enabled(false);
}

fn listed(stem: &str, keys: &[&str], models: &str) -> Listed {
    let p = find(stem).unwrap();
    Listed {
        provider: p.stem,
        id: p.id,
        name: p.name,
        keys: keys.iter().map(|k| k.to_string()).collect(),
        models: models.into(),
        in_sync: true,
    }
}

fn auto(enable: bool, default_model: Option<&str>, rules: &[(&str, &str)]) -> AutoRouting {
    AutoRouting {
        present: true,
        enable,
        default_model: default_model.map(str::to_string),
        rules: rules
            .iter()
            .map(|(pattern, model)| Rule {
                pattern: pattern.to_string(),
                model: model.to_string(),
            })
            .collect(),
    }
}

fn info(name: &str, running: bool) -> ContainerInfo {
    ContainerInfo {
        id: "0123456789abcdef0123456789abcdef".into(),
        name: name.into(),
        image: "higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/all-in-one:latest".into(),
        status: if running { "running" } else { "exited" }.into(),
        running,
        started_at: Some("2025-01-02T03:04:05Z".into()),
        created: Some("2025-01-01T00:00:00Z".into()),
        ports: [18080u16, 8443, 8001]
            .into_iter()
            .map(|p| PublishedPort {
                container_port: p,
                host_ip: "127.0.0.1".into(),
                host_port: p,
            })
            .collect(),
        data_folder: Some("/home/u/.local/share/higress-ai-gateway".into()),
        env: vec![
            "MODE=full".into(),
            "GATEWAY_HTTP_PORT=18080".into(),
            "GATEWAY_HTTPS_PORT=8443".into(),
            "CONSOLE_PORT=8001".into(),
        ],
        restart_policy: Some("unless-stopped".into()),
        managed: true,
    }
}

fn view<'a>(info: &'a ContainerInfo) -> StatusView<'a> {
    StatusView {
        info,
        ports: crate::gateway::ports_of(info),
        endpoint: "unix:///var/run/docker.sock".into(),
        local: true,
        providers: vec![
            listed("dashscope", &["sk-r***6789"], "qwen*"),
            listed("deepseek", &["sk-d***cdef"], "deepseek-*"),
        ],
        auto: Some(auto(
            true,
            Some("qwen-turbo"),
            &[("(?i)^(code)", "qwen-coder")],
        )),
        reachable: true,
        uptime: Some("1d 2h".into()),
    }
}

fn change(stem: &str, input: ProviderInput, created: bool) -> ProviderChange {
    let p = find(stem).unwrap();
    let mut s = Settings::parse("");
    s.apply(p, &input);
    ProviderChange {
        state: s.provider(p),
        created,
    }
}

fn key(k: &str) -> ProviderInput {
    ProviderInput {
        key: Some(k.into()),
        ..Default::default()
    }
}

fn tz() -> Detected {
    Detected {
        zone: Some("Asia/Shanghai".into()),
        source: "TZ",
    }
}

fn flags() -> StartFlags {
    StartFlags {
        name: "higress-ai-gateway".into(),
        data_folder: PathBuf::from("/home/u/.local/share/higress-ai-gateway"),
        ..Default::default()
    }
}

fn decision(rule: Option<usize>, model: Option<&str>) -> Decision {
    Decision {
        rule,
        model: model.map(str::to_string),
        skipped: Vec::new(),
    }
}

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s)
        .unwrap()
        .with_timezone(&chrono::Utc)
}

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
                {"id": 0, "pattern": "a", "model": "m0"},
                {"id": 1, "pattern": "b", "model": "m1"},
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
    assert!(text.ends_with("  Auto-routing: off"));
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

// -- status -----------------------------------------------------------------------------------

#[test]
fn status_running() {
    let i = info("higress-ai-gateway", true);
    insta::assert_snapshot!(status(&view(&i)));
}

#[test]
fn status_running_without_providers_or_router() {
    let i = info("higress-ai-gateway", true);
    let mut v = view(&i);
    v.providers.clear();
    v.auto = None;
    v.reachable = false;
    insta::assert_snapshot!(status(&v));
}

#[test]
fn status_running_routing_off() {
    let i = info("higress-ai-gateway", true);
    let mut v = view(&i);
    v.auto = Some(auto(false, Some("qwen-turbo"), &[]));
    let text = status(&v);
    assert!(text.contains("Auto-routing:      off\n"), "{text}");
}

#[test]
fn status_stopped() {
    let i = info("higress-ai-gateway", false);
    let mut v = view(&i);
    v.uptime = None;
    v.reachable = false;
    insta::assert_snapshot!(status(&v));
}

#[test]
fn status_remote_engine() {
    let i = info("higress-ai-gateway", true);
    let mut v = view(&i);
    v.endpoint = "tcp://10.0.0.2:2375".into();
    v.local = false;
    v.reachable = false;
    insta::assert_snapshot!(status(&v));
}

#[test]
fn status_not_managed() {
    let mut i = info("someone-elses-gateway", false);
    i.managed = false;
    i.restart_policy = None;
    i.data_folder = None;
    let mut v = view(&i);
    v.uptime = None;
    insta::assert_snapshot!(status(&v));
}

#[test]
fn status_json_keys_and_values() {
    let i = info("higress-ai-gateway", true);
    let j = status_json(&view(&i));
    let mut keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        vec![
            "auto_routing",
            "container",
            "created",
            "data_folder",
            "docker_endpoint",
            "gateway_reachable",
            "id",
            "image",
            "managed",
            "ports",
            "providers",
            "restart_policy",
            "running",
            "started_at",
            "state",
            "uptime",
        ]
    );
    assert_eq!(j["state"], "running");
    assert_eq!(j["running"], true);
    assert_eq!(
        j["ports"],
        json!({"http": 18080, "https": 8443, "console": 8001})
    );
    assert_eq!(
        j["auto_routing"],
        json!({"enabled": true, "default_model": "qwen-turbo", "rules": 1})
    );
    assert_eq!(j["providers"][0]["provider"], "dashscope");
    assert_eq!(j["providers"][0]["keys"], json!(["sk-r***6789"]));
    assert_eq!(j["providers"][0]["in_sync"], true);
    assert_eq!(j["uptime"], "1d 2h");
    assert_eq!(j["docker_endpoint"], "unix:///var/run/docker.sock");
}

#[test]
fn status_json_for_a_stopped_unmanaged_container() {
    let mut i = info("x", false);
    i.managed = false;
    i.restart_policy = None;
    let mut v = view(&i);
    v.auto = None;
    v.uptime = None;
    v.reachable = false;
    let j = status_json(&v);
    assert_eq!(j["managed"], false);
    assert_eq!(j["restart_policy"], Value::Null);
    assert_eq!(j["auto_routing"], Value::Null);
    assert_eq!(j["uptime"], Value::Null);
    assert_eq!(j["gateway_reachable"], false);
}

// -- uptime -----------------------------------------------------------------------------------

#[test]
fn uptime_units() {
    let start = "2025-01-01T00:00:00Z";
    let cases = [
        ("2025-01-01T00:00:00Z", "0s"),
        ("2025-01-01T00:00:07Z", "7s"),
        ("2025-01-01T00:00:59Z", "59s"),
        ("2025-01-01T00:01:00Z", "1m 0s"),
        ("2025-01-01T00:05:03Z", "5m 3s"),
        ("2025-01-01T00:59:59Z", "59m 59s"),
        ("2025-01-01T01:00:00Z", "1h 0m"),
        ("2025-01-01T02:05:09Z", "2h 5m"),
        ("2025-01-01T23:59:59Z", "23h 59m"),
        ("2025-01-02T00:00:00Z", "1d 0h"),
        ("2025-01-04T04:30:00Z", "3d 4h"),
        ("2025-03-12T01:00:00Z", "70d 1h"),
    ];
    for (now, want) in cases {
        assert_eq!(uptime(Some(start), at(now)).as_deref(), Some(want), "{now}");
    }
}

#[test]
fn uptime_with_offsets_and_fractions() {
    assert_eq!(
        uptime(
            Some("2025-01-01T08:00:00.123456789+08:00"),
            at("2025-01-01T00:00:10Z")
        )
        .as_deref(),
        Some("9s")
    );
}

#[test]
fn uptime_none_when_negative_missing_or_unparseable() {
    let now = at("2025-01-01T00:00:00Z");
    assert_eq!(uptime(Some("2025-01-01T00:00:01Z"), now), None);
    assert_eq!(uptime(None, now), None);
    assert_eq!(uptime(Some(""), now), None);
    assert_eq!(uptime(Some("yesterday"), now), None);
    // Docker's zero time for a container that never started: a large uptime.
    assert_eq!(
        uptime(Some("0001-01-01T00:00:00Z"), now).as_deref(),
        Some("739251d 0h")
    );
}
