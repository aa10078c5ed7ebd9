use super::*;
use crate::domain::live::redis;
use crate::domain::live::yaml11;

fn redis() -> Redis {
    Redis::beside("higress-ai-gateway", &"ab".repeat(24))
}

const URL: &str = "http://localhost:8002/plugins/ai-token-ratelimit/1.0.0/plugin.wasm";

#[test]
fn one_instance_per_window_each_key_once() {
    let r = redis();
    let minute = set(None, Window::Minute, "alice", 1000, &r, URL)
        .unwrap()
        .unwrap();
    let minute = set(Some(minute), Window::Minute, "on", 2000, &r, URL)
        .unwrap()
        .unwrap();
    let minute = set(Some(minute), Window::Minute, "alice", 1500, &r, URL)
        .unwrap()
        .unwrap();
    let day = set(None, Window::Day, "alice", 50_000, &r, URL)
        .unwrap()
        .unwrap();
    let limits = limits_of([(Window::Minute, &minute), (Window::Day, &day)]);
    assert_eq!(
        limits["alice"],
        Limits {
            tokens_per_minute: Some(1500),
            tokens_per_day: Some(50_000),
            ..Limits::default()
        }
    );
    assert_eq!(
        limits["alice"].summary(),
        "1500 tokens/min, 50000 tokens/day"
    );
    assert_eq!(limits["on"].tokens_per_minute, Some(2000));
    let text = yaml11::to_string(&minute);
    assert_eq!(serde_yaml::from_str::<Value>(&text).unwrap(), minute);
    assert!(text.contains("key: \"on\""), "YAML 1.1-safe: {text}");
    insta::assert_snapshot!("minute", text);
    insta::assert_snapshot!("day", yaml11::to_string(&day));
}

#[test]
fn removing_the_last_limit_deletes_the_instance() {
    let r = redis();
    let doc = set(None, Window::Hour, "a", 10, &r, URL).unwrap().unwrap();
    let doc = set(Some(doc), Window::Hour, "b", 20, &r, URL)
        .unwrap()
        .unwrap();
    let doc = set(Some(doc), Window::Hour, "a", 0, &r, URL)
        .unwrap()
        .unwrap();
    assert_eq!(limits_of([(Window::Hour, &doc)]).len(), 1);
    assert_eq!(set(Some(doc), Window::Hour, "b", 0, &r, URL).unwrap(), None);
    assert_eq!(set(None, Window::Hour, "b", 0, &r, URL).unwrap(), None);
}

#[test]
fn a_new_redis_is_written_into_every_instance() {
    let mut doc = set(None, Window::Second, "a", 10, &redis(), URL)
        .unwrap()
        .unwrap();
    let other = redis::parse_url("redis://:pw@10.1.2.3:6380").unwrap();
    point_at(&mut doc, &other);
    let block = &doc["spec"]["defaultConfig"]["redis"];
    assert_eq!(block["service_name"].as_str(), Some("redis.static"));
    assert_eq!(block["password"].as_str(), Some("pw"));
}

#[test]
fn requests_need_redis_only_to_set_a_limit() {
    assert!(!needs_redis(&Limits::default()));
    let removal = Limits {
        tokens_per_day: Some(0),
        ..Limits::default()
    };
    assert!(!needs_redis(&removal));
    let set = Limits {
        tokens_per_day: Some(1),
        ..Limits::default()
    };
    assert!(needs_redis(&set));
    let proxy: Value =
        serde_yaml::from_str("spec:\n  url: oci://r.example/plugins/ai-proxy:1.0.0\n").unwrap();
    assert_eq!(
        url_next_to(Some(&proxy)),
        "oci://r.example/plugins/ai-token-ratelimit:1.0.0"
    );
}
