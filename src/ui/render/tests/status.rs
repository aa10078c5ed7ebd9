use super::*;

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
    v.engine_why = "context remote (DOCKER_CONTEXT)".into();
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
            "bind",
            "container",
            "created",
            "data_folder",
            "docker_endpoint",
            "docker_endpoint_why",
            "gateway_reachable",
            "grafana",
            "id",
            "image",
            "managed",
            "metrics_port",
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
    assert_eq!(j["docker_endpoint_why"], "the default socket");
    assert_eq!(j["bind"], "127.0.0.1");
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
