//! The gateway's reading is the standard: `route test --request`, rules the gateway skips,
//! `check`, and YAML read back by the gateway's own reader (Go, YAML 1.1).

use crate::fidelity::read_with_go;
use crate::harness::Test;

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
const BRIDGE: &str = "/data/mcpbridges/default.yaml";

fn json(out: &crate::harness::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

#[test]
fn route_test_request_reads_a_whole_request_as_the_gateway_does() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-route-test-0001"]).ok();
    t.run(&[
        "route",
        "add",
        "--model",
        "deepseek-reasoner",
        "--trigger",
        "think|深入思考",
    ])
    .ok();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("req.json");
    // The last user message counts; in array content, the last text part.
    std::fs::write(
        &file,
        r#"{"model": "higress/auto", "messages": [
            {"role": "user", "content": "think about this"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "x"}},
                {"type": "text", "text": "深入思考：为什么"}]}]}"#,
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let v = json(&t.run(&["route", "test", "--request", path, "--json"]).ok());
    assert_eq!(v["routed"], true);
    assert_eq!(v["message"], "深入思考：为什么");
    assert_eq!(
        (v["rule"].as_u64(), v["model"].as_str()),
        (Some(0), Some("deepseek-reasoner"))
    );

    // From standard input, a message that matches no rule: the default model.
    let req = br#"{"model": "higress/auto", "messages": [{"role": "user", "content": "hello"}]}"#;
    let out = t
        .run_with_stdin(&["route", "test", "--request", "-"], req)
        .ok();
    assert!(
        out.stdout.contains("last user message: \"hello\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("no rule matches → default model qwen-turbo"),
        "{}",
        out.stdout
    );

    // Another model: passed through.
    let req = br#"{"model": "gpt-4o", "messages": [{"role": "user", "content": "think"}]}"#;
    let v = json(
        &t.run_with_stdin(&["route", "test", "--request", "-", "--json"], req)
            .ok(),
    );
    assert_eq!(v["routed"], false);
    assert_eq!(v["reason"], "wrong_model");
    assert_eq!(v["request_model"], "gpt-4o");

    // No user message: nothing can match.
    let req = br#"{"model": "higress/auto", "messages": [{"role": "system", "content": "think"}]}"#;
    let out = t
        .run_with_stdin(&["route", "test", "--request", "-"], req)
        .ok();
    assert!(out.stdout.contains("no user message"), "{}", out.stdout);

    // Disabled: not routed, and says why.
    t.run(&["route", "disable"]).ok();
    let req = br#"{"model": "higress/auto", "messages": [{"role": "user", "content": "think"}]}"#;
    let v = json(
        &t.run_with_stdin(&["route", "test", "--request", "-", "--json"], req)
            .ok(),
    );
    assert_eq!(
        (v["routed"].as_bool(), v["reason"].as_str()),
        (Some(false), Some("disabled"))
    );

    // Not JSON: the gateway passes it through; an answer, not an error. Nothing changed.
    let router = t.file(ROUTER);
    let out = t
        .run_with_stdin(&["route", "test", "--request", "-"], b"{not json")
        .ok();
    assert!(out.stdout.contains("not valid JSON"), "{}", out.stdout);
    assert_eq!(t.file(ROUTER), router);
    // A file that cannot be read is an error of the tool.
    t.run(&["route", "test", "--request", "/nonexistent/req.json"])
        .fails(1)
        .stderr_has("cannot read the request");
}

/// Put rules into the router file by hand, as the console or an editor would.
fn hand_edit_rules(t: &Test, rules_yaml: &str) {
    let router = t.file(ROUTER);
    let edited = router.replace(
        "    modelToHeader: x-higress-llm-model\n",
        &format!(
            "    modelToHeader: x-higress-llm-model\n    autoRouting:\n      enable: true\n      defaultModel: qwen-turbo\n      rules:\n{rules_yaml}"
        ),
    );
    assert_ne!(
        edited, router,
        "the stand-in's router has no modelToHeader line"
    );
    // The text arrives as an argument (exec has no stdin here).
    let (code, out) = t.exec(&[
        "sh",
        "-c",
        "printf '%s' \"$1\" > \"$2\"",
        "sh",
        &edited,
        ROUTER,
    ]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn rules_the_gateway_skips_are_marked_and_check_finds_them() {
    let t = Test::new();
    t.start(&[]).ok();
    hand_edit_rules(
        &t,
        "      - pattern: '(?i)^code'\n        model: deepseek-chat\n      - pattern: 'a{1001}'\n        model: x\n      - pattern: 'b'\n        model: ''\n",
    );
    let out = t.run(&["route", "list"]).ok();
    assert!(
        out.stdout.contains(
            "Rule 1 is skipped by the gateway: error parsing regexp: invalid repeat count: `{1001}`"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("Rule 2 is skipped by the gateway: its pattern or model is empty")
    );
    let v = json(&t.run(&["route", "list", "--json"]).ok());
    assert_eq!(v["rules"][0]["skipped"], serde_json::Value::Null);
    assert!(
        v["rules"][1]["skipped"]
            .as_str()
            .unwrap()
            .contains("invalid repeat count")
    );
    // route test ignores them as the gateway does.
    let v = json(&t.run(&["route", "test", "a", "--json"]).ok());
    assert_eq!(v["skipped"], serde_json::json!([1, 2]));
    assert_eq!(v["model"], "qwen-turbo");

    let out = t.run(&["check"]).fails(1);
    assert!(out.stdout.contains("rule 1"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("fix: `get-ai-gateway route remove --rule-id 1`")
    );
    out.stderr_has("check found 2 problems");
    let v = json(&t.run(&["check", "--json"]).fails(1));
    assert_eq!(v["ok"], false);
    assert_eq!(v["findings"].as_array().unwrap().len(), 2);

    t.run(&["route", "remove", "--rule-id", "2"]).ok();
    t.run(&["route", "remove", "--rule-id", "1"]).ok();
    let out = t.run(&["check"]).ok();
    assert!(out.stdout.contains("files checked"), "{}", out.stdout);
}

#[test]
fn check_finds_stray_files_and_yaml_1_1_words() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["check"]).ok();
    let (code, out) = t.exec(&[
        "sh",
        "-c",
        "cp /data/wasmplugins/ai-proxy.internal.yaml '/data/wasmplugins/.ai-proxy copy.yaml' && \
         printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: flags\\ndata:\\n  debug: on\\n' > /data/configmaps/flags.yaml",
    ]);
    assert_eq!(code, 0, "{out}");
    let v = json(&t.run(&["check", "--json"]).fails(1));
    let problems: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["file"].as_str().unwrap(),
                f["problem"].as_str().unwrap()
            )
        })
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains(".ai-proxy copy.yaml a hidden file")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("second WasmPlugin for ai-proxy")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("flags.yaml line 6") && p.contains("\"on\"")),
        "{problems:?}"
    );
}

#[test]
fn values_we_write_arrive_as_the_same_strings_in_the_gateways_reader() {
    let t = Test::new();
    t.start(&["--auto-routing-default-model", "no", "--auto-routing"])
        .ok();
    // Words and numbers that YAML 1.1 reads as booleans, numbers, null or dates.
    t.run(&["config", "add", "--provider", "deepseek", "--key", "on"])
        .ok();
    t.run(&[
        "config",
        "add",
        "--provider",
        "groq",
        "--key",
        "1_000",
        "--models",
        "0x1F",
    ])
    .ok();
    t.run(&["route", "add", "--model", "yes", "--pattern", "2001-12-14"])
        .ok();
    t.run(&["route", "add", "--model", "~", "--trigger", "0b101"])
        .ok();
    let proxy = read_with_go(&t.file(AI_PROXY));
    let tokens = |id: &str| {
        proxy["spec"]["defaultConfig"]["providers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["apiTokens"]
            .clone()
    };
    assert_eq!(tokens("deepseek"), serde_json::json!(["on"]));
    assert_eq!(tokens("groq"), serde_json::json!(["1_000"]));
    let router = read_with_go(&t.file(ROUTER));
    let auto = &router["spec"]["defaultConfig"]["autoRouting"];
    assert_eq!(auto["defaultModel"], "no");
    assert_eq!(auto["rules"][0]["pattern"], "2001-12-14");
    assert_eq!(auto["rules"][0]["model"], "yes");
    assert_eq!(auto["rules"][1]["model"], "~");
    let cm = read_with_go(&t.file("/data/configmaps/ai-route-groq.yaml"));
    assert!(cm["data"]["data"].as_str().unwrap().contains("0x1F"));
    let ing = read_with_go(&t.file("/data/ingresses/ai-route-groq.internal.yaml"));
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/prefix-match-header-x-higress-llm-model"],
        "0x1F"
    );
    read_with_go(&t.file(BRIDGE));
    t.run(&["check"]).ok();
}
