use super::*;
use crate::domain::ops::check::Finding;
use crate::domain::routing::{RequestOutcome, route_request as outcome};

// -- route list with rules the gateway skips, route test --request, check ------------------

#[test]
fn route_list_marks_skipped_rules() {
    insta::assert_snapshot!(route_list(&auto(
        true,
        Some("qwen-turbo"),
        &[("(?i)^code", "qwen-coder"), ("a{1001}", "m"), ("b", "")],
    )));
}

fn request(model: &str, messages: serde_json::Value) -> serde_json::Value {
    json!({"model": model, "messages": messages})
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
    ];
    let text: Vec<String> = cases
        .iter()
        .map(|(a, r)| route_request(a, &outcome(a, r)))
        .collect();
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
        json!({"routed": true, "enabled": true, "message": "think", "rule": 0,
               "pattern": "(?i)^think", "model": "m", "skipped": []})
    );
    let other = outcome(&on, &request("gpt-4o", json!([])));
    assert_eq!(
        route_request_json(&on, &other),
        json!({"routed": false, "enabled": true, "reason": "wrong_model", "request_model": "gpt-4o"})
    );
    let off = auto(false, None, &[]);
    let disabled = outcome(&off, &request("higress/auto", json!([])));
    assert_eq!(
        route_request_json(&off, &disabled),
        json!({"routed": false, "enabled": false, "reason": "disabled"})
    );
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
