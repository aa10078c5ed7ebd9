use super::*;
use crate::domain::live::yaml11;

const HIGRESS_CONFIG: &str = "apiVersion: v1
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

const BRIDGE: &str = "apiVersion: networking.higress.io/v1
kind: McpBridge
metadata:
  name: default
  namespace: higress-system
spec:
  registries:
  - domain: 127.0.0.1:8001
    name: higress-console
    port: 80
    type: static
";

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

#[test]
fn urls_are_read_or_refused_with_the_form() {
    let r = parse_url("redis://u%40x:p%3Ass@redis.example:6380/2").unwrap();
    assert_eq!(r.host, "redis.example");
    assert_eq!(r.port, 6380);
    assert_eq!(r.username.as_deref(), Some("u@x"));
    assert_eq!(r.password.as_deref(), Some("p:ss"));
    assert_eq!(r.database, 2);
    assert_eq!(r.service_name(), "redis.dns");
    let ip = parse_url("redis://:secret@10.0.0.5").unwrap();
    assert_eq!((ip.port, ip.username.clone()), (6379, None));
    assert_eq!(ip.service_name(), "redis.static");
    assert_eq!(ip.service_port(), 80);
    let v6 = parse_url("redis://[::1]:7000").unwrap();
    assert_eq!(v6.address(), "[::1]:7000");
    for bad in [
        "rediss://h",
        "http://h",
        "redis://",
        "redis://h:0",
        "redis://h:x",
        "redis://h/db",
        "redis://h;rm -rf/0",
        "redis://:%zz@h",
    ] {
        let e = parse_url(bad).unwrap_err();
        assert!(crate::error::user_hint(&e).is_some(), "{bad}");
    }
}

#[test]
fn the_conf_file_holds_only_a_password_this_tool_made() {
    let pw = new_password(&[0xab; 32]);
    assert_eq!(pw.len(), 48);
    let text = conf_text(&pw).unwrap();
    assert_eq!(password_in_conf(&text).as_deref(), Some(pw.as_str()));
    assert!(conf_text("short").is_err());
    assert!(conf_text("0123456789abcdef\nrename-command CONFIG \"\"").is_err());
}

#[test]
fn the_gateway_is_pointed_at_redis_and_reads_it_back() {
    let mut hc = yaml(HIGRESS_CONFIG);
    let mut bridge = yaml(BRIDGE);
    assert_eq!(from_live(Some(&hc), Some(&bridge)), None, "placeholder");
    let redis = Redis::beside("higress-ai-gateway", &"ab".repeat(24));
    set_mcp_redis(&mut hc, &redis).unwrap();
    upsert_registry(&mut bridge, &redis);
    upsert_registry(&mut bridge, &redis);
    assert_eq!(
        bridge["spec"]["registries"].as_sequence().unwrap().len(),
        2,
        "one registry, replaced"
    );
    assert_eq!(from_live(Some(&hc), Some(&bridge)), Some(redis.clone()));
    assert_eq!(from_live(Some(&hc), None), None);
    let inner: Value = yaml(hc["data"]["higress"].as_str().unwrap());
    assert_eq!(inner["mcpServer"]["enable"], Value::Bool(false), "kept");
    assert_eq!(inner["downstream"]["idleTimeout"].as_u64(), Some(180));
    assert_eq!(hc["data"]["mesh"].as_str(), Some("accessLogEncoding: TEXT"));
    let text = yaml11::to_string(&hc);
    assert_eq!(yaml(&text), hc, "reads back the same under YAML 1.1 rules");
    insta::assert_snapshot!("higress_config", text);
    insta::assert_snapshot!("mcp_bridge", yaml11::to_string(&bridge));
}

#[test]
fn an_external_redis_by_address_is_a_static_service() {
    let mut bridge = yaml(BRIDGE);
    let redis = parse_url("redis://:on@192.168.1.10:6379/1").unwrap();
    upsert_registry(&mut bridge, &redis);
    let reg = &bridge["spec"]["registries"][1];
    assert_eq!(reg["type"].as_str(), Some("static"));
    assert_eq!(reg["domain"].as_str(), Some("192.168.1.10:6379"));
    assert_eq!(reg["port"].as_u64(), Some(80));
    let block = yaml11::to_string(&redis.plugin_block());
    assert!(block.contains("password: \"on\""), "{block}");
    assert!(block.contains("database: 1"), "{block}");
    let mut hc = higress_config_skeleton();
    set_mcp_redis(&mut hc, &redis).unwrap();
    assert_eq!(from_live(Some(&hc), Some(&bridge)), Some(redis));
}
