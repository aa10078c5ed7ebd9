use super::*;
use crate::domain::live::gwconfig::{DEFAULT_PATH_SUFFIXES, RequestReading};
use crate::domain::ops::check::Finding;
use crate::domain::routing::{HttpRequest, RequestOutcome, route_http};

// -- route list with rules the gateway skips, route test --request, check ------------------

#[test]
fn route_list_marks_skipped_rules() {
    insta::assert_snapshot!(route_list(&auto(
        true,
        Some("qwen-turbo"),
        &[("(?i)^code", "qwen-coder"), ("a{1001}", "m"), ("b", "")],
    )));
}

fn request(model: &str, messages: serde_json::Value) -> Vec<u8> {
    json!({"model": model, "messages": messages})
        .to_string()
        .into_bytes()
}

fn reading() -> RequestReading {
    RequestReading {
        model_key: "model".into(),
        path_suffixes: DEFAULT_PATH_SUFFIXES
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

/// What the gateway does with `body` posted as JSON to /v1/chat/completions.
fn outcome(auto: &AutoRouting, body: &[u8]) -> RequestOutcome {
    http(auto, "/v1/chat/completions", "application/json", body)
}

fn http(auto: &AutoRouting, path: &str, content_type: &str, body: &[u8]) -> RequestOutcome {
    let req = HttpRequest {
        path,
        content_type,
        body,
    };
    route_http(auto, &reading(), &req).unwrap()
}

#[test]
fn route_request_outcomes() {
    let on = auto(
        true,
        Some("qwen-turbo"),
        &[("(?i)^think", "deepseek-reasoner")],
    );
    let off = auto(false, Some("qwen-turbo"), &[]);
    let user = |text: &str| json!([{"role": "user", "content": [{"type": "text", "text": text}]}]);
    let cases = [
        (&on, request("higress/auto", user("Think: why?"))),
        (&on, request("higress/auto", user("hello"))),
        (
            &on,
            request("higress/auto", json!([{"role": "system", "content": "x"}])),
        ),
        (
            &on,
            request("higress/auto", json!([{"role": "user", "content": ""}])),
        ),
        (&on, request("gpt-4o", user("think"))),
        (&off, request("higress/auto", user("think"))),
        (&on, br#"{"messages": []}"#.to_vec()),
        (&on, b"{not json".to_vec()),
    ];
    let mut text: Vec<String> = cases
        .iter()
        .map(|(a, r)| route_request(a, &outcome(a, r)))
        .collect();
    let body = request("higress/auto", user("think"));
    for (path, content_type) in [
        ("/v1/models?x=/completions", "application/json"),
        ("/v1/chat/completions", "text/plain"),
        ("/v1/chat/completions", "multipart/form-data; boundary=x"),
    ] {
        text.push(route_request(&on, &http(&on, path, content_type, &body)));
    }
    insta::assert_snapshot!(text.join("\n---\n"));
}

#[test]
fn route_request_json_keys() {
    let on = auto(true, Some("qwen-turbo"), &[("(?i)^think", "m")]);
    let routed = outcome(
        &on,
        &request(
            "higress/auto",
            json!([{"role": "user", "content": "think"}]),
        ),
    );
    assert!(matches!(routed, RequestOutcome::Routed { .. }));
    assert_eq!(
        route_request_json(&on, &routed),
        json!({"routed": true, "outcome": "routed", "enabled": true, "message": "think", "rule": 0,
               "pattern": "(?i)^think", "model": "m", "skipped": []})
    );
    let other = outcome(&on, &request("gpt-4o", json!([])));
    assert_eq!(
        route_request_json(&on, &other),
        json!({"routed": false, "enabled": true, "outcome": "not_routed", "reason": "wrong_model",
               "request_model": "gpt-4o"})
    );
    let off = auto(false, None, &[]);
    let disabled = outcome(&off, &request("higress/auto", json!([])));
    assert_eq!(
        route_request_json(&off, &disabled),
        json!({"routed": false, "enabled": false, "outcome": "not_routed", "reason": "disabled"})
    );
    let invalid = outcome(&on, b"{\"model\": \"higress/auto\",}");
    assert_eq!(
        route_request_json(&on, &invalid),
        json!({"routed": false, "enabled": true, "outcome": "invalid_json", "reason": "invalid_json"})
    );
    let body = request("higress/auto", json!([]));
    let v = route_request_json(&on, &http(&on, "/v1/models", "application/json", &body));
    assert_eq!(
        (&v["outcome"], &v["path"], &v["enable_on_path_suffix"][0]),
        (
            &json!("path_not_enabled"),
            &json!("/v1/models"),
            &json!("/completions")
        )
    );
    let v = route_request_json(&on, &http(&on, "/v1/chat/completions", "text/json", &body));
    assert_eq!(
        (&v["outcome"], &v["content_type"]),
        (&json!("content_type_not_read"), &json!("text/json"))
    );
    let v = route_request_json(
        &on,
        &http(&on, "/v1/messages", "multipart/form-data", &body),
    );
    assert_eq!(v["outcome"], "multipart_not_routed");
}

#[test]
fn check_output() {
    insta::assert_snapshot!(check(&[], 41));
    let findings = [
        Finding {
            file: "/data/wasmplugins/model-router.internal.yaml".into(),
            problem: "rule 1 (\"a{1001}\" → \"m\") is skipped by the gateway: error parsing regexp: invalid repeat count: `{1001}`".into(),
            fix: "`get-ai-gateway route remove --rule-id 1`, then add it again with a pattern Go accepts".into(),
        },
        Finding {
            file: "/data/configmaps/flags.yaml".into(),
            problem: "line 6: the plain value \"on\" is a string in YAML 1.2 but not in the gateway's YAML 1.1 reader".into(),
            fix: "quote it: \"on\"".into(),
        },
    ];
    insta::assert_snapshot!(check(&findings, 41));
}
