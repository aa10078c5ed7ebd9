//! config / route: hot-reload edits inside the running container.

use serde_yaml::Value;

use crate::harness::{Test, wait_for};

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
const BRIDGE: &str = "/data/mcpbridges/default.yaml";

fn provider<'a>(doc: &'a Value, id: &str) -> Option<&'a Value> {
    doc["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| p["id"].as_str() == Some(id))
}

fn tokens(doc: &Value, id: &str) -> Vec<String> {
    provider(doc, id).expect(id)["apiTokens"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn rules(t: &Test) -> Vec<(String, String)> {
    let doc = t.yaml(ROUTER);
    doc["spec"]["defaultConfig"]["autoRouting"]["rules"]
        .as_sequence()
        .map(|s| {
            s.iter()
                .map(|r| {
                    (
                        r["pattern"].as_str().unwrap().to_string(),
                        r["model"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn cfg(t: &Test) -> String {
    t.file("/data/default.cfg")
}

#[test]
fn config_add_list_remove_with_reload() {
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-qwen-11112222"]).ok();
    let before = t.reload_count(AI_PROXY);
    let out = t
        .run(&[
            "config",
            "add",
            "--provider",
            "deepseek",
            "--key",
            "sk-deep-33334444",
        ])
        .ok();
    assert!(out.stdout.contains("sk-d***4444"), "{}", out.stdout);
    assert!(!out.stdout.contains("sk-deep-33334444") && !out.stderr.contains("sk-deep-33334444"));
    t.wait_reload(AI_PROXY, before);
    assert_eq!(
        tokens(&t.yaml(AI_PROXY), "deepseek"),
        vec!["sk-deep-33334444"]
    );
    assert!(cfg(&t).contains("\nDEEPSEEK_API_KEY=sk-deep-33334444\n"));
    assert_eq!(
        t.exec(&["stat", "-c", "%a", "/data/default.cfg"]).1.trim(),
        "600"
    );
    // A backup of the previous version sits next to the file.
    assert!(
        t.file("/data/wasmplugins/.ai-proxy.internal.yaml.bak")
            .contains("YOUR_DEEPSEEK_API_KEY")
    );

    let list = t.run(&["config", "list"]).ok();
    assert!(
        list.stdout.contains("deepseek") && list.stdout.contains("sk-d***4444"),
        "{}",
        list.stdout
    );
    assert!(list.stdout.contains("sk-q***2222"), "{}", list.stdout);
    assert!(!list.stdout.contains("sk-deep-33334444"));
    let json = t.run(&["config", "list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let ids: Vec<&str> = v["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["aliyun", "deepseek"]);
    assert_eq!(v["providers"][1]["in_sync"], true);

    // Aliases and the environment as key source.
    let mut t2 = Test::new();
    t2.env("MOONSHOT_API_KEY", "sk-from-env-5678");
    t2.start(&[]).ok();
    t2.run(&["config", "add", "--provider", "kimi"]).ok();
    assert_eq!(
        tokens(&t2.yaml(AI_PROXY), "moonshot"),
        vec!["sk-from-env-5678"]
    );

    let before = t.reload_count(AI_PROXY);
    t.run(&["config", "remove", "--provider", "deepseek"]).ok();
    t.wait_reload(AI_PROXY, before);
    assert_eq!(
        tokens(&t.yaml(AI_PROXY), "deepseek"),
        vec!["YOUR_DEEPSEEK_API_KEY"]
    );
    assert!(!cfg(&t).contains("DEEPSEEK_API_KEY"));
    assert!(!t.file(AI_PROXY).contains("sk-deep-33334444"));
    let snapshot = t.file(AI_PROXY);
    t.run(&["config", "remove", "--provider", "deepseek"])
        .fails(1)
        .stderr_has("no API key");
    assert_eq!(t.file(AI_PROXY), snapshot);
}

#[test]
fn config_add_of_a_skipped_provider_creates_every_piece() {
    let t = Test::new();
    t.start(&[]).ok();
    assert!(provider(&t.yaml(AI_PROXY), "groq").is_none());
    let before = t.reload_count(AI_PROXY);
    t.run(&[
        "config",
        "add",
        "--provider",
        "groq",
        "--key",
        "gsk-1234567890",
        "--models",
        "llama-3*,mixtral-*",
    ])
    .ok();
    t.wait_reload(AI_PROXY, before);
    let doc = t.yaml(AI_PROXY);
    let entry = provider(&doc, "groq").expect("provider entry");
    assert_eq!(entry["type"], "groq");
    assert_eq!(tokens(&doc, "groq"), vec!["gsk-1234567890"]);
    let rule = doc["spec"]["matchRules"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|r| r["config"]["activeProviderId"] == "groq")
        .expect("match rule");
    assert_eq!(rule["service"][0], "llm-groq.internal.dns");
    let bridge = t.yaml(BRIDGE);
    let reg = bridge["spec"]["registries"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "llm-groq.internal")
        .expect("registry");
    assert_eq!(
        (
            reg["domain"].as_str(),
            reg["port"].as_u64(),
            reg["type"].as_str()
        ),
        (Some("api.groq.com"), Some(443), Some("dns"))
    );
    let cm = t.yaml("/data/configmaps/ai-route-groq.yaml");
    let route: serde_json::Value =
        serde_json::from_str(cm["data"]["data"].as_str().unwrap()).unwrap();
    assert_eq!(route["upstreams"][0]["provider"], "groq");
    assert_eq!(route["modelPredicates"][0]["matchValue"], "llama-3");
    assert_eq!(route["modelPredicates"][1]["matchValue"], "mixtral-");
    let ing = t.yaml("/data/ingresses/ai-route-groq.internal.yaml");
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/destination"],
        "llm-groq.internal.dns:443"
    );
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/regex-match-header-x-higress-llm-model"],
        "llama-3.*|mixtral-.*"
    );
    // The other registries and providers are still there.
    assert!(
        bridge["spec"]["registries"]
            .as_sequence()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "higress-console")
    );
    assert!(provider(&doc, "aliyun").is_some());

    t.run(&["config", "remove", "--provider", "groq"]).ok();
    let doc = t.yaml(AI_PROXY);
    assert!(provider(&doc, "groq").is_none());
    assert!(!t.file(AI_PROXY).contains("llm-groq"));
    assert!(!t.file(BRIDGE).contains("llm-groq"));
    assert!(!t.file_exists("/data/configmaps/ai-route-groq.yaml"));
    assert!(!t.file_exists("/data/ingresses/ai-route-groq.internal.yaml"));
    assert!(!cfg(&t).contains("GROQ_API_KEY"));
}

#[test]
fn providers_with_more_than_a_key() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&[
        "config", "add", "--provider", "azure", "--key", "az-key-123456",
        "--azure-service-url", "https://myres.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    assert_eq!(
        provider(&doc, "azure").unwrap()["azureServiceUrl"]
            .as_str()
            .unwrap()
            .split('/')
            .nth(2),
        Some("myres.openai.azure.com")
    );
    assert!(t.file(BRIDGE).contains("domain: myres.openai.azure.com"));
    t.run(&["config", "add", "--provider", "openai", "--key", "sk-o"])
        .fails(1)
        .stderr_has("cannot both");

    t.run(&[
        "config",
        "add",
        "--provider",
        "bedrock",
        "--bedrock-region",
        "eu-west-1",
        "--bedrock-access-key",
        "AKIA1234",
        "--bedrock-secret-key",
        "s3cr3t/+=",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    let b = provider(&doc, "bedrock").unwrap();
    assert_eq!(
        (b["awsRegion"].as_str(), b["awsSecretKey"].as_str()),
        (Some("eu-west-1"), Some("s3cr3t/+="))
    );
    assert!(
        t.file(BRIDGE)
            .contains("bedrock-runtime.eu-west-1.amazonaws.com")
    );

    t.run(&[
        "config",
        "add",
        "--provider",
        "ollama",
        "--ollama-server-host",
        "10.9.8.7",
        "--ollama-server-port",
        "11500",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    assert_eq!(
        provider(&doc, "ollama").unwrap()["ollamaServerPort"].as_u64(),
        Some(11500)
    );
    let bridge = t.yaml(BRIDGE);
    let registries = bridge["spec"]["registries"].as_sequence().unwrap();
    assert!(
        registries
            .iter()
            .any(|r| r["domain"].as_str() == Some("10.9.8.7:11500")),
        "{registries:?}"
    );
    let list = t.run(&["config", "list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    let ids: Vec<&str> = v["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["azure", "bedrock", "ollama"]);
    assert!(!list.stdout.contains("s3cr3t"));

    t.run(&[
        "config",
        "add",
        "--provider",
        "claude",
        "--claude-code-key",
        "oauth-tok-987654321",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    let c = provider(&doc, "claude").unwrap();
    assert_eq!(tokens(&doc, "claude"), vec!["oauth-tok-987654321"]);
    assert_eq!(c["claudeCodeMode"], true);
    assert_eq!(c["claudeVersion"], "2023-06-01");
    assert!(cfg(&t).contains("CLAUDE_CODE_API_KEY=oauth-tok-987654321"));

    // A service-account file: JSON with commas and quotes, stored verbatim on one line.
    let sa = t.home.path().join("sa.json");
    std::fs::write(
        &sa,
        "{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN-----\\nabc\\n\"\n}\n",
    )
    .unwrap();
    t.run(&[
        "config",
        "add",
        "--provider",
        "vertex",
        "--vertex-project-id",
        "proj-1",
        "--vertex-region",
        "europe-west4",
        "--vertex-auth-key-file",
        sa.to_str().unwrap(),
        "--vertex-auth-service-name",
        "svc",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    let v = provider(&doc, "vertex").unwrap();
    assert_eq!(
        v["vertexAuthKey"].as_str(),
        Some("{ \"type\": \"service_account\", \"private_key\": \"-----BEGIN-----\\nabc\\n\" }")
    );
    assert_eq!(v["vertexRegion"], "europe-west4");
    assert!(
        t.file(BRIDGE)
            .contains("europe-west4-aiplatform.googleapis.com")
    );

    t.run(&[
        "config",
        "add",
        "--provider",
        "hunyuan",
        "--hunyuan-auth-id",
        "AKID1",
        "--hunyuan-auth-key",
        "hk-secret",
    ])
    .ok();
    let doc = t.yaml(AI_PROXY);
    assert_eq!(
        provider(&doc, "hunyuan").unwrap()["hunyuanAuthKey"],
        "hk-secret"
    );
    t.run(&[
        "config",
        "add",
        "--provider",
        "hunyuan",
        "--hunyuan-auth-id",
        "AKID1",
    ])
    .fails(1)
    .stderr_has("--hunyuan-auth-id and --hunyuan-auth-key");
    t.run(&["config", "remove", "--provider", "vertex"]).ok();
    assert!(provider(&t.yaml(AI_PROXY), "vertex").is_none());
    for var in [
        "VERTEX_AUTH_KEY",
        "VERTEX_EXTRA_CONFIGS",
        "VERTEX_PROJECT_ID",
        "VERTEX_REGION",
    ] {
        assert!(!cfg(&t).contains(var), "{var} left in default.cfg");
    }
}

#[test]
fn bad_input_changes_nothing() {
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-keep-me-0000"]).ok();
    t.run(&["route", "add", "--model", "m", "--trigger", "a"])
        .ok();
    let proxy = t.file(AI_PROXY);
    let router = t.file(ROUTER);
    let config = cfg(&t);

    t.run(&["config", "add", "--provider", "nope", "--key", "k"])
        .fails(1)
        .stderr_has("unknown provider")
        .stderr_has("dashscope/qwen");
    t.run(&["config", "add", "--provider", "deepseek", "--key", ""])
        .fails(1)
        .stderr_has("empty");
    t.run(&[
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "line1\nline2",
    ])
    .fails(1)
    .stderr_has("line break");
    t.run_with_stdin(
        &["config", "add", "--provider", "deepseek", "--key-stdin"],
        b"",
    )
    .fails(1);
    t.run(&["config", "add", "--provider", "deepseek"])
        .fails(1)
        .stderr_has("DEEPSEEK_API_KEY");
    t.run(&[
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "k",
        "--models",
        "gpt-.*|x",
    ])
    .fails(1);
    // Go's regexp decides, with Go's message and a hint.
    t.run(&["route", "add", "--model", "m", "--pattern", "(unclosed"])
        .fails(1)
        .stderr_has("error parsing regexp: missing closing ): `(unclosed`");
    t.run(&["route", "add", "--model", "m", "--pattern", "a(?=b)"])
        .fails(1)
        .stderr_has("lookaround");
    t.run(&["route", "add", "--model", "m", "--pattern", "a{1001}"])
        .fails(1)
        .stderr_has("invalid repeat count");
    t.run(&["route", "add", "--model", "m", "--pattern", "(?x) a b"])
        .fails(1)
        .stderr_has("(?x)");
    t.run(&["route", "add", "--model", "m", "--pattern", ""])
        .fails(1)
        .stderr_has("empty");
    t.run(&["route", "remove", "--rule-id", "7"])
        .fails(1)
        .stderr_has("valid ids are 0 to 0");
    t.run(&["route", "add", "--model", "m"]).fails(2);
    t.run(&["route", "add", "--model", "", "--trigger", "x"])
        .fails(1);

    assert_eq!(t.file(AI_PROXY), proxy);
    assert_eq!(t.file(ROUTER), router);
    assert_eq!(cfg(&t), config);
    // No temporary files were left behind.
    let (_, hidden) = t.exec(&[
        "sh",
        "-c",
        "ls -a /data /data/wasmplugins | grep gag- || true",
    ]);
    assert_eq!(hidden.trim(), "");
}

#[test]
fn hostile_keys_and_patterns_round_trip_and_run_nothing() {
    let t = Test::new();
    let hostile_start = "sk-\"start'$(touch /tmp/pwned-start)`touch /tmp/pwned-tick`\\n\\\\ ü 密钥";
    t.start(&["--dashscope-key", hostile_start]).ok();
    assert_eq!(tokens(&t.yaml(AI_PROXY), "aliyun"), vec![hostile_start]);

    let hostile = "k'\"$(touch /tmp/pwned)`id`\\x; rm -rf / # é";
    t.run(&["config", "add", "--provider", "deepseek", "--key", hostile])
        .ok();
    let via_stdin = "stdin-key \"$(touch /tmp/pwned2)\" \\ end";
    t.run_with_stdin(
        &["config", "add", "--provider", "openai", "--key-stdin"],
        format!("{via_stdin}\n").as_bytes(),
    )
    .ok();
    let doc = t.yaml(AI_PROXY);
    assert_eq!(tokens(&doc, "deepseek"), vec![hostile]);
    assert_eq!(tokens(&doc, "openai"), vec![via_stdin]);
    let config = cfg(&t);
    assert!(config.contains(&format!("\nDEEPSEEK_API_KEY={hostile}\n")));
    assert!(config.contains(&format!("\nOPENAI_API_KEY={via_stdin}\n")));
    assert!(config.contains(&format!("\nDASHSCOPE_API_KEY={hostile_start}\n")));

    let pattern = r#"(?i)^("|'|\$\(touch /tmp/pwned3\)|`id`|\\)"#;
    t.run(&["route", "add", "--model", "m-'\"$(x)", "--pattern", pattern])
        .ok();
    t.run(&[
        "route",
        "add",
        "--model",
        "m2",
        "--trigger",
        "$(touch /tmp/pwned4)|'; id",
    ])
    .ok();
    let r = rules(&t);
    assert_eq!(r[0], (pattern.to_string(), "m-'\"$(x)".to_string()));
    assert_eq!(r[1].0, r"(?i)^(\$\(touch /tmp/pwned4\)|'; id)");
    let (code, found) = t.exec(&["sh", "-c", "ls /tmp/pwned* 2>/dev/null"]);
    assert_ne!(code, 0, "something ran: {found}");
    assert!(std::fs::read_dir("/tmp").unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("pwned")
    }));
    let test = t.run(&["route", "test", "$(touch /tmp/pwned4) now"]).ok();
    assert!(test.stdout.contains("rule 1"), "{}", test.stdout);
}

#[test]
fn routes_add_list_test_remove_enable_disable() {
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-q"]).ok();
    // No autoRouting block yet: route list explains how to turn it on.
    t.run(&["route", "list"]).ok().stdout_has("route enable");
    let before = t.reload_count(ROUTER);
    t.run(&[
        "route",
        "add",
        "--model",
        "claude-opus-4.5",
        "--trigger",
        "深入思考| deep thinking ",
    ])
    .ok();
    t.wait_reload(ROUTER, before);
    t.run(&[
        "route",
        "add",
        "--model",
        "qwen-coder",
        "--trigger",
        "code:|写代码",
    ])
    .ok();
    t.run(&[
        "route",
        "add",
        "--model",
        "qwen-max",
        "--pattern",
        "(?i)urgent",
        "--position",
        "0",
    ])
    .ok();
    let doc = t.yaml(ROUTER);
    let auto = &doc["spec"]["defaultConfig"]["autoRouting"];
    assert_eq!(auto["enable"], true);
    assert_eq!(auto["defaultModel"], "qwen-turbo");
    assert_eq!(
        doc["spec"]["defaultConfig"]["modelToHeader"],
        "x-higress-llm-model"
    );
    assert_eq!(
        rules(&t),
        vec![
            ("(?i)urgent".into(), "qwen-max".into()),
            (
                "(?i)^(深入思考|deep thinking)".into(),
                "claude-opus-4.5".into()
            ),
            ("(?i)^(code:|写代码)".into(), "qwen-coder".into()),
        ]
    );
    let list = t.run(&["route", "list"]).ok();
    assert!(list.stdout.contains("Default model: qwen-turbo"));
    assert!(
        list.stdout
            .contains("1   (?i)^(深入思考|deep thinking)  claude-opus-4.5"),
        "{}",
        list.stdout
    );
    let json = t.run(&["route", "list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["rules"][2]["model"], "qwen-coder");
    assert_eq!(v["rules"][2]["id"], 2);

    // route test follows the gateway: last user message, rules in order, first match.
    t.run(&["route", "test", "Deep thinking: urgent problem"])
        .ok()
        .stdout_has("rule 0 ((?i)urgent) → qwen-max");
    t.run(&["route", "test", "深入思考 如何设计"])
        .ok()
        .stdout_has("→ claude-opus-4.5");
    t.run(&["route", "test", "hello"])
        .ok()
        .stdout_has("default model qwen-turbo");
    let j = t.run(&["route", "test", "code: fix it", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(
        (v["rule"].as_u64(), v["model"].as_str()),
        (Some(2), Some("qwen-coder"))
    );

    let before = t.reload_count(ROUTER);
    t.run(&["route", "remove", "0"])
        .ok()
        .stdout_has("(?i)urgent");
    t.wait_reload(ROUTER, before);
    assert_eq!(rules(&t).len(), 2);
    let before = t.reload_count(ROUTER);
    t.run(&["route", "disable"]).ok();
    t.wait_reload(ROUTER, before);
    assert_eq!(
        t.yaml(ROUTER)["spec"]["defaultConfig"]["autoRouting"]["enable"],
        false
    );
    assert!(!cfg(&t).contains("ENABLE_AUTO_ROUTING"));
    t.run(&["route", "list"]).ok().stdout_has("disabled");
    t.run(&["route", "enable", "--default-model", "deepseek-chat"])
        .ok();
    let auto = &t.yaml(ROUTER)["spec"]["defaultConfig"]["autoRouting"];
    assert_eq!(
        (auto["enable"].as_bool(), auto["defaultModel"].as_str()),
        (Some(true), Some("deepseek-chat"))
    );
    assert!(
        cfg(&t).contains("ENABLE_AUTO_ROUTING=true\nAUTO_ROUTING_DEFAULT_MODEL=deepseek-chat\n")
    );
    assert_eq!(rules(&t).len(), 2, "rules kept across disable/enable");
    t.run(&[
        "route",
        "add",
        "--model",
        "nobody-serves-this",
        "--trigger",
        "x",
    ])
    .ok()
    .stderr_has("no configured provider serves");
}

#[test]
fn twelve_parallel_route_adds_all_land() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["route", "add", "--model", "m0", "--trigger", "zero"])
        .ok();
    t.run_parallel(
        (1..=12)
            .map(|i| {
                [
                    "route",
                    "add",
                    "--model",
                    &format!("m{i}"),
                    "--trigger",
                    &format!("t{i}"),
                ]
                .iter()
                .map(|s| s.to_string())
                .collect()
            })
            .collect(),
    );
    let r = rules(&t);
    assert_eq!(r.len(), 13);
    let mut models: Vec<String> = r.into_iter().map(|(_, m)| m).collect();
    models.sort();
    let mut expected: Vec<String> = (0..=12).map(|i| format!("m{i}")).collect();
    expected.sort();
    assert_eq!(models, expected);
    // The lock is released and no temporaries remain.
    assert!(t.edit_lock_free());
}

#[test]
fn parallel_config_and_route_edits_do_not_lose_updates() {
    let t = Test::new();
    t.start(&[]).ok();
    let jobs: Vec<Vec<String>> = [
        vec!["config", "add", "--provider", "deepseek", "--key", "k-ds"],
        vec!["config", "add", "--provider", "groq", "--key", "k-groq"],
        vec!["config", "add", "--provider", "grok", "--key", "k-grok"],
        vec!["config", "add", "--provider", "fireworks", "--key", "k-fw"],
        vec!["route", "add", "--model", "a", "--trigger", "a"],
        vec!["route", "add", "--model", "b", "--trigger", "b"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    t.run_parallel(jobs);
    let doc = t.yaml(AI_PROXY);
    for (id, key) in [
        ("deepseek", "k-ds"),
        ("groq", "k-groq"),
        ("grok", "k-grok"),
        ("fireworks", "k-fw"),
    ] {
        assert_eq!(tokens(&doc, id), vec![key]);
    }
    let bridge = t.file(BRIDGE);
    for id in ["groq", "grok", "fireworks"] {
        assert!(bridge.contains(&format!("llm-{id}.internal")), "{bridge}");
    }
    let config = cfg(&t);
    for line in [
        "DEEPSEEK_API_KEY=k-ds",
        "GROQ_API_KEY=k-groq",
        "GROK_API_KEY=k-grok",
        "FIREWORKS_API_KEY=k-fw",
    ] {
        assert!(config.contains(line), "{config}");
    }
    assert_eq!(rules(&t).len(), 2);
}

#[test]
fn stopped_container_is_a_clear_error() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["stop"]).ok();
    let before =
        std::fs::read_to_string(t.data().join("wasmplugins/ai-proxy.internal.yaml")).unwrap();
    t.run(&["config", "add", "--provider", "deepseek", "--key", "k"])
        .fails(1)
        .stderr_has("is not running")
        .stderr_has("get-ai-gateway start");
    t.run(&["route", "add", "--model", "m", "--trigger", "x"])
        .fails(1)
        .stderr_has("is not running");
    t.run(&["route", "list"])
        .fails(1)
        .stderr_has("is not running");
    let after =
        std::fs::read_to_string(t.data().join("wasmplugins/ai-proxy.internal.yaml")).unwrap();
    assert_eq!(before, after);
    assert!(
        !std::fs::read_to_string(t.data().join("default.cfg"))
            .unwrap()
            .contains("DEEPSEEK_API_KEY")
    );
    let absent = Test::new();
    absent
        .run(&["config", "list"])
        .fails(1)
        .stderr_has("no gateway container");
}

#[test]
fn read_only_plugin_folder_is_a_clear_error() {
    let t = Test::new();
    t.start(&[]).ok();
    let before = t.file(ROUTER);
    // Make the folder immutable from the host side of the bind mount: read-only inside too.
    let dir = t.data().join("wasmplugins");
    let status = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&dir)
        .status()
        .expect("chattr");
    assert!(status.success());
    let (code, _) = t.exec(&["touch", "/data/wasmplugins/probe"]);
    assert_ne!(
        code, 0,
        "the folder should be read-only inside the container"
    );
    let out = t.run(&["route", "add", "--model", "m", "--trigger", "x"]);
    let _ = std::process::Command::new("chattr")
        .arg("-i")
        .arg(&dir)
        .status();
    out.fails(1)
        .stderr_has("read-only")
        .stderr_has("nothing was changed");
    assert_eq!(t.file(ROUTER), before);
    assert!(t.edit_lock_free());
}

#[test]
fn auto_routing_at_start_and_on_a_second_start() {
    let t = Test::new();
    t.start(&[
        "--auto-routing",
        "--auto-routing-default-model",
        "deepseek-chat",
    ])
    .ok();
    let auto = t.yaml(ROUTER)["spec"]["defaultConfig"]["autoRouting"].clone();
    assert_eq!(
        (auto["enable"].as_bool(), auto["defaultModel"].as_str()),
        (Some(true), Some("deepseek-chat"))
    );
    t.run(&["route", "disable"]).ok();
    // default.cfg now says off; a second start with --auto-routing turns it back on.
    t.start(&["--auto-routing"])
        .ok()
        .stderr_has("Auto-routing enabled");
    let auto = t.yaml(ROUTER)["spec"]["defaultConfig"]["autoRouting"].clone();
    assert_eq!(auto["enable"], true);
    assert!(cfg(&t).contains("ENABLE_AUTO_ROUTING=true"));
    // Same setting again: nothing to apply, so the file is not rewritten (a write renames
    // a new file into place: inode and change time would both move).
    let stamp = || t.exec(&["stat", "-c", "%i %Z %s", ROUTER]).1;
    let before = stamp();
    t.start(&[]).ok();
    assert_eq!(stamp(), before);
}

#[test]
fn config_list_warns_when_default_cfg_disagrees() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-live-key-12345678"]).ok();
    let path = t.data().join("default.cfg");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "DEEPSEEK_API_KEY=sk-live-key-12345678",
            "DEEPSEEK_API_KEY=sk-other-key-0000",
        ),
    )
    .unwrap();
    let out = t.run(&["config", "list", "--json"]).ok();
    assert!(
        out.stderr.contains("disagree on the DeepSeek key"),
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        v["providers"][0]["keys"][0], "sk-l***5678",
        "the live key is shown"
    );
    assert_eq!(v["providers"][0]["in_sync"], false);
    assert!(!out.stderr.contains("sk-other-key-0000") && !out.stdout.contains("sk-other-key-0000"));
}

#[test]
fn a_stale_lock_does_not_block_forever() {
    let t = Test::new();
    t.start(&[]).ok();
    // What an edit that died leaves: the lock file (flock: no holder, no lock) and, from
    // versions before the flock, a lock directory in /dev/shm, which no longer counts.
    let (code, out) = t.exec(&[
        "sh",
        "-c",
        ": >> /data/.get-ai-gateway.lock && mkdir /dev/shm/get-ai-gateway.edit.lock",
    ]);
    assert_eq!(code, 0, "{out}");
    let started = std::time::Instant::now();
    t.run(&["route", "add", "--model", "m", "--trigger", "after-stale"])
        .ok();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(rules(&t).len(), 1);
    assert!(t.edit_lock_free());
}

#[test]
fn killed_invocations_release_the_lock() {
    use std::time::{Duration, Instant};
    let t = Test::new();
    t.start(&[]).ok();
    for i in 0..8u64 {
        let args = [
            "route",
            "add",
            "--model",
            "k",
            "--trigger",
            "killed",
            "--container-name",
            t.name.as_str(),
        ];
        let mut child = t
            .command(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a different point of the exchange each time.
        std::thread::sleep(Duration::from_millis(10 + i * 12));
        let _ = child.kill();
        let _ = child.wait();
    }
    // The next edit must not wait for the 30 s stale-lock timeout.
    let started = Instant::now();
    t.run(&["route", "add", "--model", "m", "--trigger", "after-kill"])
        .ok();
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the lock leaked: {:?}",
        started.elapsed()
    );
    let r = rules(&t);
    assert_eq!(r.last().unwrap().1, "m");
    assert!(r[..r.len() - 1].iter().all(|(_, m)| m == "k"));
    wait_for("the lock to be released", 10, || {
        t.edit_lock_free().then_some(())
    });
    let (_, hidden) = t.exec(&["sh", "-c", "ls -a /data/wasmplugins | grep gag- || true"]);
    assert_eq!(hidden.trim(), "");
}
