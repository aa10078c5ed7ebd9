use super::*;
use crate::domain::live::yaml11;

const URL: &str = "http://localhost:8002/plugins/ai-quota/1.0.0/plugin.wasm";

fn redis() -> Redis {
    Redis::beside("higress-ai-gateway", &"ab".repeat(24))
}

#[test]
fn the_instance_follows_the_readme_and_is_yaml11_safe() {
    let doc = instance(URL, &redis());
    let text = yaml11::to_string(&doc);
    assert_eq!(serde_yaml::from_str::<Value>(&text).unwrap(), doc);
    let config = &doc["spec"]["defaultConfig"];
    assert_eq!(config["redis_key_prefix"], "chat_quota:");
    assert_eq!(config["admin_consumer"], ADMIN_CONSUMER);
    assert_eq!(config["admin_path"], "/quota");
    assert_eq!(config["redis"]["service_name"], "redis.dns");
    assert_eq!(config["redis"]["service_port"], 6379);
    assert_eq!(doc["spec"]["priority"], 750);
    assert!(enabled(Some(&doc)));
    assert!(!enabled(None));
    assert_eq!(
        admin_of(&doc),
        (ADMIN_CONSUMER.to_string(), "/quota".to_string())
    );
    insta::assert_snapshot!("instance", text);
}

#[test]
fn the_url_sits_next_to_ai_proxy() {
    let proxy: Value = serde_yaml::from_str(
        "spec:\n  url: oci://higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-proxy:1.0.0\n",
    )
    .unwrap();
    assert_eq!(
        url_next_to(Some(&proxy)),
        "oci://higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-quota:1.0.0"
    );
    assert_eq!(url_next_to(None), URL);
}

#[test]
fn admin_requests_are_the_readmes() {
    assert_eq!(
        request("/quota", "alice", Op::Show).unwrap(),
        Admin {
            method: "GET",
            path: "/v1/chat/completions/quota?consumer=alice".into(),
            body: None,
        }
    );
    assert_eq!(
        request("/quota", "alice", Op::Set(10000)).unwrap(),
        Admin {
            method: "POST",
            path: "/v1/chat/completions/quota/refresh".into(),
            body: Some("consumer=alice&quota=10000".into()),
        }
    );
    assert_eq!(
        request("/quota", "a.b-c_d", Op::Add(-100)).unwrap(),
        Admin {
            method: "POST",
            path: "/v1/chat/completions/quota/delta".into(),
            body: Some("consumer=a.b-c_d&value=-100".into()),
        }
    );
    assert!(request("/quota", "a&quota=1", Op::Show).is_err());
}

#[test]
fn query_answers_are_read_and_checked() {
    let ok = r#"{"consumer":"alice","quota":10000}"#;
    assert_eq!(parse_query(ok, "alice").unwrap(), 10000);
    assert!(parse_query(ok, "bob").is_err());
    assert!(parse_query("refresh quota successful", "alice").is_err());
    assert!(parse_query(r#"{"consumer":"alice"}"#, "alice").is_err());
}

#[test]
fn refusals_say_what_to_do() {
    let e = refusal(503, "redis error:timeout");
    assert!(e.to_string().contains("Redis"), "{e}");
    assert!(
        refusal(403, "Unauthorized admin consumer.")
            .to_string()
            .contains("403")
    );
    assert!(refusal(418, "").to_string().ends_with("418"));
}
