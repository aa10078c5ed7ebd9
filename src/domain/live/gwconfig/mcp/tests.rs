use serde_yaml::Value;

use super::*;
use crate::domain::live::yaml11;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/mcp/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn proxy(name: &str, url: &str, transport: Transport, description: Option<&str>) -> Server {
    Server {
        name: name.into(),
        description: description.map(str::to_string),
        upstream: parse_upstream("--proxy", url).expect("a valid URL"),
        kind: Kind::Proxy { transport },
    }
}

/// The value as written, read back by a YAML reader: the file the gateway gets.
fn written(v: &Value) -> Value {
    serde_yaml::from_str(&yaml11::to_string(v)).expect("yaml11 output parses")
}

#[test]
fn direct_route_ingresses_match_the_consoles() {
    let remote = proxy(
        "remote",
        "https://mcp.example.com/mcp",
        Transport::Streamable,
        Some("Remote tools"),
    );
    let got = ingress(&remote, "/sse").expect("streamable needs no suffix");
    assert_eq!(written(&got), fixture("direct-route.ingress.yaml"));
    let legacy = proxy("legacy", "http://10.0.0.7:9000/sse", Transport::Sse, None);
    let got = ingress(&legacy, "/sse").expect("the path ends with /sse");
    assert_eq!(written(&got), fixture("direct-route-sse.ingress.yaml"));
}

#[test]
fn open_api_ingress_and_rule_match_the_consoles() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/mcp/weather.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let config = check_tools_yaml("weather.yaml", &text).expect("a valid file");
    let s = Server {
        name: "weather".into(),
        description: Some("Weather tools".into()),
        upstream: parse_upstream("--upstream", "https://weather.example.com").expect("url"),
        kind: Kind::Tools {
            config: config.clone(),
        },
    };
    assert_eq!(
        written(&ingress(&s, "/sse").expect("ingress")),
        fixture("open-api.ingress.yaml")
    );
    let mut plugin = plugin_skeleton(&plugin_url_next_to(None));
    assert!(upsert_plugin_rule(&mut plugin, "weather", &config));
    let rule = plugin_rule(&written(&plugin), "weather").cloned();
    assert_eq!(rule, Some(fixture("open-api.rule.yaml")));
    // Again: replaced, not doubled; without `tools` it is written disabled (the console's rule).
    let bare: Value = serde_yaml::from_str("server: {name: weather}").expect("yaml");
    assert!(!upsert_plugin_rule(&mut plugin, "weather", &bare));
    assert_eq!(
        plugin["spec"]["matchRules"].as_sequence().map(Vec::len),
        Some(1)
    );
    assert_eq!(
        plugin_rule(&plugin, "weather").map(|r| r["configDisable"].clone()),
        Some(Value::Bool(true))
    );
    assert!(remove_plugin_rule(&mut plugin, "weather"));
    assert!(plugin_idle(&plugin));
}

#[test]
fn the_plugin_loads_from_where_ai_proxy_does() {
    let proxy: Value = serde_yaml::from_str(
        "spec: {url: 'http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm'}",
    )
    .expect("yaml");
    assert_eq!(
        plugin_url_next_to(Some(&proxy)),
        "http://localhost:8002/plugins/mcp-server/1.0.0/plugin.wasm"
    );
    let oci: Value =
        serde_yaml::from_str("spec: {url: 'oci://r.example/plugins/ai-proxy:2.0.1'}").expect("y");
    assert_eq!(
        plugin_url_next_to(Some(&oci)),
        "oci://r.example/plugins/mcp-server:2.0.1"
    );
    let skeleton = plugin_skeleton("http://x/plugin.wasm");
    assert_eq!(skeleton["spec"]["priority"].as_u64(), Some(999));
    assert_eq!(
        skeleton["spec"]["phase"].as_str(),
        Some("UNSPECIFIED_PHASE")
    );
    assert_eq!(
        skeleton["metadata"]["name"].as_str(),
        Some("mcp-server.internal")
    );
}

#[test]
fn names_are_dns_labels() {
    for ok in ["github", "a", "my-tools-2"] {
        assert!(check_name(ok).is_ok(), "{ok}");
    }
    let long = "a".repeat(41);
    for bad in [
        "",
        "GitHub",
        "-x",
        "x-",
        "a_b",
        "a.b",
        "../etc",
        "a b",
        long.as_str(),
        "é",
    ] {
        assert!(check_name(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn upstream_urls_are_checked() {
    let up = parse_upstream("--proxy", "http://172.17.0.1:3000/mcp/").expect("ok");
    assert_eq!(
        (up.host.as_str(), up.port, up.path.as_str(), up.https),
        ("172.17.0.1", 3000, "/mcp", false)
    );
    assert_eq!(up.destination("x"), "mcp-x.internal.static:80");
    let up = parse_upstream("--proxy", "https://Tools.Example.com").expect("ok");
    assert_eq!((up.port, up.path.as_str()), (443, "/"));
    assert_eq!(up.destination("x"), "mcp-x.internal.dns:443");
    for bad in [
        "http://localhost:3000/mcp",
        "http://127.0.0.1:3000/mcp",
        "http://0.0.0.0/mcp",
        "ftp://h/mcp",
        "http://h/mcp?token=1",
        "http://u:p@h/mcp",
        "http://[fd00::1]:3000/mcp",
        "http://h:99999/mcp",
    ] {
        assert!(
            parse_upstream("--proxy", bad).is_err(),
            "{bad} was accepted"
        );
    }
    let loopback = parse_upstream("--proxy", "http://localhost:3000/mcp").unwrap_err();
    assert!(loopback.hint.contains("docker0"), "{}", loopback.hint);
}

#[test]
fn an_sse_path_ends_with_the_suffix() {
    assert_eq!(
        upstream_prefix("/sse", Transport::Sse, "/sse")
            .ok()
            .as_deref(),
        Some("/")
    );
    assert_eq!(
        upstream_prefix("/api/sse", Transport::Sse, "/sse")
            .ok()
            .as_deref(),
        Some("/api")
    );
    let err = upstream_prefix("/mcp", Transport::Sse, "/sse").unwrap_err();
    assert!(
        err.message.contains("must end with /sse"),
        "{}",
        err.message
    );
    assert_eq!(
        upstream_prefix("/mcp", Transport::Streamable, "/sse")
            .ok()
            .as_deref(),
        Some("/mcp")
    );
}

const AIO_CONFIG: &str = "apiVersion: v1
kind: ConfigMap
metadata:
  name: higress-config
  namespace: higress-system
data:
  higress: |-
    mcpServer:
      enable: false
      sse_path_suffix: /sse
      redis:
        address: redis-address:6379
        username: \"\"
        password: \"\"
        db: 0
      match_list: []
      servers: []
    downstream:
      idleTimeout: 180
  mesh: |-
    accessLogEncoding: TEXT
";

fn with_redis(address: &str) -> Value {
    let text = AIO_CONFIG.replace("redis-address:6379", address);
    serde_yaml::from_str(&text).expect("yaml")
}

#[test]
fn the_placeholder_redis_counts_as_none() {
    let aio: Value = serde_yaml::from_str(AIO_CONFIG).expect("yaml");
    assert_eq!(redis_address(&aio), None);
    assert_eq!(redis_address(&with_redis("your.redis.host:6379")), None);
    assert_eq!(redis_address(&with_redis("\"\"")), None);
    assert_eq!(
        redis_address(&with_redis("172.17.0.1:6379")).as_deref(),
        Some("172.17.0.1:6379")
    );
    assert_eq!(redis_address(&Value::Null), None);
    let sw = mcp_switch(&aio);
    assert!(!sw.enable && sw.placeholder_redis && !sw.other_entries);
    assert_eq!(sw.sse_path_suffix, "/sse");
}

#[test]
fn switching_on_removes_the_placeholder_and_off_again_keeps_the_rest() {
    let mut cm: Value = serde_yaml::from_str(AIO_CONFIG).expect("yaml");
    let changed = switch_on(&mut cm);
    assert_eq!(changed.len(), 2, "{changed:?}");
    let cm = written(&cm);
    let sw = mcp_switch(&cm);
    assert!(sw.enable && !sw.placeholder_redis && sw.redis.is_none());
    let inner: Value =
        serde_yaml::from_str(cm["data"]["higress"].as_str().expect("str")).expect("y");
    assert!(inner["mcpServer"].get("redis").is_none());
    assert_eq!(inner["downstream"]["idleTimeout"].as_u64(), Some(180));
    assert_eq!(cm["data"]["mesh"].as_str(), Some("accessLogEncoding: TEXT"));
    let mut again = cm.clone();
    assert!(switch_on(&mut again).is_empty());
    assert_eq!(again, cm);
    // A real Redis stays.
    let mut real = with_redis("10.0.0.9:6379");
    switch_on(&mut real);
    assert_eq!(redis_address(&real).as_deref(), Some("10.0.0.9:6379"));
    let mut off = cm.clone();
    assert!(switch_off(&mut off));
    assert!(!mcp_switch(&off).enable);
    // servers of its own (the console's DATABASE servers) keep MCP on.
    let text = AIO_CONFIG
        .replace("enable: false", "enable: true")
        .replace("servers: []", "servers: [{name: orders}]");
    let mut busy: Value = serde_yaml::from_str(&text).expect("yaml");
    assert!(!switch_off(&mut busy));
}

#[test]
fn a_tools_file_is_checked_against_the_plugin_spec() {
    let spec_example = "server:
  name: rest-amap-server
  config:
    apiKey: your-api-key-here
tools:
- name: maps-geo
  description: Convert an address
  args:
  - {name: address, type: string, required: true, position: query}
  - {name: output, type: string, enum: [json, xml], default: json, position: query}
  requestTemplate:
    url: https://restapi.amap.com/v3/geocode/geo
    method: GET
    headers:
    - {key: x-api-key, value: '{{.config.apiKey}}'}
  responseTemplate:
    body: '{{ .geocodes }}'
";
    let v = check_tools_yaml("f.yaml", spec_example).expect("the spec's example passes");
    assert_eq!(
        config_tools(&v),
        vec![Tool {
            name: "maps-geo".into(),
            description: "Convert an address".into()
        }]
    );
    let cases = [
        ("tools: []", "server is missing"),
        ("server: x\ntools: []", "server must be an object"),
        ("server: {config: {}}", "server.name is missing"),
        ("server: {name: s}\ntools: {a: 1}", "tools must be a array"),
        (
            "server: {name: s}\ntools: [{description: d}]",
            "tools[0].name is missing",
        ),
        (
            "server: {name: s}\ntools: [{name: a}, {name: a}]",
            "used twice",
        ),
        (
            "server: {name: s}\ntools: [{name: a, args: [{name: x, type: text}]}]",
            "tools[0].args[0].type is \"text\"",
        ),
        (
            "server: {name: s}\ntools: [{name: a, args: [{name: x, position: form}]}]",
            "position",
        ),
        (
            "server: {name: s}\ntools: [{name: a, requestTemplate: {method: FETCH}}]",
            "method",
        ),
        (
            "server: {name: s}\ntools: [{name: a, responseTemplate: {body: b, appendBody: c}}]",
            "excludes",
        ),
        (
            "server: {name: s}\ntools: [{name: a, args: [{name: x, required: yes please}]}]",
            "required must be a boolean",
        ),
        ("- a\n- b", "must hold a mapping"),
        ("server: [", "not valid YAML"),
    ];
    for (text, wanted) in cases {
        let err = check_tools_yaml("f.yaml", text).expect_err(text);
        assert!(err.message.contains(wanted), "{text:?}: {}", err.message);
    }
    // allowTools filters what is served.
    let v = check_tools_yaml(
        "f.yaml",
        "server: {name: s}\nallowTools: [b]\ntools: [{name: a}, {name: b}]",
    )
    .expect("valid");
    assert_eq!(config_tools(&v).len(), 1);
}

#[test]
fn hostile_text_is_stored_verbatim_and_reads_back_the_same() {
    let nasty = "on\n\"quoted\" {{.args}} #not-a-comment: yes";
    let s = Server {
        name: "x".into(),
        description: Some(nasty.into()),
        upstream: parse_upstream("--proxy", "http://h:1/mcp").expect("ok"),
        kind: Kind::Proxy {
            transport: Transport::Streamable,
        },
    };
    let got = written(&ingress(&s, "/sse").expect("ok"));
    assert_eq!(
        got["metadata"]["annotations"]["higress.io/resource-description"].as_str(),
        Some(nasty)
    );
}

#[test]
fn a_route_by_route_key_auth_would_leave_a_server_open() {
    let y = |t: &str| -> Value { serde_yaml::from_str(t).expect("yaml") };
    // This tool's keys: global_auth on, or everything off.
    let on = y(
        "spec: {defaultConfigDisable: false, defaultConfig: {global_auth: true}, \
                matchRules: [{ingress: [ai-route-qwen.internal], config: {allow: [ci]}}]}",
    );
    assert!(!open_while_keys_required(&on, "gh"));
    let off = y(
        "spec: {defaultConfigDisable: true, defaultConfig: {global_auth: false}, \
                 matchRules: [{ingress: [ai-route-qwen.internal], configDisable: true, config: {allow: [ci]}}]}",
    );
    assert!(!open_while_keys_required(&off, "gh"));
    // The console's way: global_auth off, a rule on.
    let console = y(
        "spec: {defaultConfigDisable: false, defaultConfig: {global_auth: false}, \
                     matchRules: [{ingress: [route-a], configDisable: false, config: {allow: [ci]}}]}",
    );
    assert!(open_while_keys_required(&console, "gh"));
    let own = y("spec: {defaultConfigDisable: true, \
                 matchRules: [{ingress: [mcp-server-gh.internal], config: {allow: [ci]}}]}");
    assert!(
        !open_while_keys_required(&own, "gh"),
        "its own rule does not count"
    );
    assert_eq!(allowed_keys(&own, "gh"), Some(vec!["ci".to_string()]));
    assert_eq!(allowed_keys(&own, "other"), None);
}

#[test]
fn registries_are_upserted_and_read_back_as_urls() {
    let mut bridge: Value =
        serde_yaml::from_str("spec: {registries: [{name: llm-x.internal, type: dns}]}").expect("y");
    let up = parse_upstream("--proxy", "https://mcp.example.com/v1/mcp").expect("ok");
    upsert_registry(&mut bridge, "gh", &up);
    upsert_registry(&mut bridge, "gh", &up);
    assert_eq!(
        bridge["spec"]["registries"].as_sequence().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        registry_url(&bridge, "gh", "/v1/mcp").as_deref(),
        Some("https://mcp.example.com:443/v1/mcp")
    );
    let local = parse_upstream("--proxy", "http://172.17.0.1:3000/mcp").expect("ok");
    upsert_registry(&mut bridge, "loc", &local);
    assert_eq!(
        registry_url(&bridge, "loc", "/mcp").as_deref(),
        Some("http://172.17.0.1:3000/mcp")
    );
    assert!(remove_registry(&mut bridge, "gh"));
    assert!(!remove_registry(&mut bridge, "gh"));
}

#[test]
fn the_redis_that_start_writes_is_the_one_mcp_reads_and_the_switch_keeps() {
    use crate::domain::live::redis;
    let beside = redis::Redis::beside("higress-ai-gateway", "0123456789abcdef0123456789abcdef");
    let url = redis::parse_url("redis://app:s%40cret@10.0.0.5:6380/2").expect("url");
    for r in [beside, url] {
        let mut cm: Value = serde_yaml::from_str(AIO_CONFIG).expect("yaml");
        redis::set_mcp_redis(&mut cm, &r).expect("set");
        let cm = written(&cm);
        assert_eq!(redis_address(&cm), Some(r.address()));
        let before = mcp_switch(&cm);
        assert!(!before.placeholder_redis && before.redis.is_some());
        let mut on = cm.clone();
        let changed = switch_on(&mut on);
        assert_eq!(changed, vec!["mcpServer.enable: true".to_string()]);
        let on = written(&on);
        assert_eq!(redis_address(&on), Some(r.address()));
        let mut bridge = Value::Mapping(Default::default());
        redis::upsert_registry(&mut bridge, &r);
        // Every field of the block (user, password, db) survives the switch.
        assert_eq!(redis::from_live(Some(&on), Some(&bridge)), Some(r.clone()));
    }
}
