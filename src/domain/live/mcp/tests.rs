use std::collections::BTreeMap;

use super::*;
use crate::domain::live::gwconfig::mcp::{check_tools_yaml, parse_upstream};

const CONFIG: &str = "apiVersion: v1
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
";
const BRIDGE: &str = "apiVersion: networking.higress.io/v1
kind: McpBridge
metadata: {name: default, namespace: higress-system}
spec:
  registries:
  - {name: higress-console, type: static, domain: '127.0.0.1:8001', port: 80}
";
const PROXY: &str = "spec: {url: 'http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm'}\n";
const KEYAUTH_ON: &str = "spec:
  defaultConfigDisable: false
  defaultConfig:
    global_auth: true
    keys: [Authorization]
    consumers:
    - {name: laptop, credential: Bearer sk-1}
    - {name: ci, credential: Bearer sk-2}
";

fn files(extra: &[(&str, &str)]) -> BTreeMap<String, Option<String>> {
    let mut read: BTreeMap<String, Option<String>> =
        paths("gh", []).into_iter().map(|p| (p, None)).collect();
    read.insert(HIGRESS_CONFIG.into(), Some(CONFIG.into()));
    read.insert(MCP_BRIDGE.into(), Some(BRIDGE.into()));
    read.insert(AI_PROXY.into(), Some(PROXY.into()));
    for (p, t) in extra {
        read.insert((*p).into(), Some((*t).into()));
    }
    read
}

fn proxy(name: &str, url: &str, transport: Transport) -> Server {
    Server {
        name: name.into(),
        description: None,
        upstream: parse_upstream("--proxy", url).expect("url"),
        kind: Kind::Proxy { transport },
    }
}

fn tools(name: &str) -> Server {
    let config = check_tools_yaml(
        "t.yaml",
        "server: {name: s}\ntools: [{name: a, description: A}]",
    )
    .expect("valid");
    Server {
        name: name.into(),
        description: Some("REST".into()),
        upstream: parse_upstream("--upstream", "https://api.example.com").expect("url"),
        kind: Kind::Tools { config },
    }
}

fn apply(read: &mut BTreeMap<String, Option<String>>, writes: Vec<Write>) {
    for w in writes {
        match w {
            Write::Put { path, text } => {
                read.insert(path, Some(text));
            }
            Write::Delete { path } => {
                read.insert(path, None);
            }
        }
    }
}

fn tree(read: &BTreeMap<String, Option<String>>) -> BTreeMap<String, String> {
    read.iter()
        .filter_map(|(p, t)| t.clone().map(|t| (p.clone(), t)))
        .collect()
}

#[test]
fn sse_without_redis_is_refused_and_writes_nothing() {
    let mut f = Files::new(files(&[]));
    let err = add(
        &mut f,
        &proxy("gh", "http://172.17.0.1:3000/sse", Transport::Sse),
        &Access::Inherit,
    )
    .unwrap_err();
    let hint = crate::error::user_hint(&err).unwrap_or_default();
    assert!(format!("{err:#}").contains("needs Redis"), "{err:#}");
    assert!(
        hint.contains("get-ai-gateway start --redis` (or --redis-url)"),
        "{hint}"
    );
    assert!(f.writes().is_empty());
}

#[test]
fn sse_with_redis_is_written() {
    let config = CONFIG.replace("redis-address:6379", "172.17.0.1:6379");
    let mut f = Files::new(files(&[(HIGRESS_CONFIG, &config)]));
    let added = add(
        &mut f,
        &proxy("gh", "http://172.17.0.1:3000/sse", Transport::Sse),
        &Access::Inherit,
    )
    .expect("written");
    assert!(!added.no_redis);
    assert_eq!(added.switched, vec!["mcpServer.enable: true".to_string()]);
}

#[test]
fn add_list_remove_a_proxied_and_a_tools_server() {
    let mut read = files(&[]);
    let mut f = Files::new(read.clone());
    let added = add(
        &mut f,
        &proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable),
        &Access::Inherit,
    )
    .expect("added");
    assert_eq!(added.path, "/mcp-servers/gh");
    assert!(added.no_redis && added.rule_enabled.is_none() && !added.replaced);
    assert_eq!(added.switched.len(), 2);
    let writes = f.writes();
    let written: Vec<&str> = writes.iter().map(Write::path).collect();
    assert_eq!(
        written,
        vec![
            HIGRESS_CONFIG,
            "/data/ingresses/mcp-server-gh.internal.yaml",
            MCP_BRIDGE,
        ]
    );
    apply(&mut read, writes);

    read.insert(ingress_file("rest"), None);
    let mut f = Files::new(read.clone());
    let added = add(&mut f, &tools("rest"), &Access::Inherit).expect("added");
    assert_eq!(added.rule_enabled, Some(true));
    assert!(added.switched.is_empty());
    apply(&mut read, f.writes());
    let plugin: Value =
        serde_yaml::from_str(read[PLUGIN_FILE].as_deref().expect("made")).expect("yaml");
    assert_eq!(
        plugin["spec"]["url"].as_str(),
        Some("http://localhost:8002/plugins/mcp-server/1.0.0/plugin.wasm")
    );

    let listed = list(&tree(&read));
    assert_eq!(listed.len(), 2);
    assert_eq!(
        (listed[0].name.as_str(), listed[0].kind.as_str()),
        ("gh", "proxy")
    );
    assert_eq!(
        listed[0].upstream.as_deref(),
        Some("http://172.17.0.1:3000/mcp")
    );
    assert_eq!(listed[0].transport.as_deref(), Some("streamable"));
    assert_eq!(
        (listed[1].name.as_str(), listed[1].kind.as_str()),
        ("rest", "tools")
    );
    assert_eq!(listed[1].tools.as_ref().map(Vec::len), Some(1));

    let others = vec![ingress_file("gh"), ingress_file("rest")];
    let mut f = Files::new(read.clone());
    let removed = remove(&mut f, "rest", &others).expect("removed");
    assert!(!removed.switched_off, "gh is left");
    apply(&mut read, f.writes());
    assert!(read[PLUGIN_FILE].is_none(), "the idle plugin file goes");
    let mut f = Files::new(read.clone());
    let removed = remove(&mut f, "gh", &others).expect("removed");
    assert!(removed.switched_off);
    apply(&mut read, f.writes());
    let cm: Value = serde_yaml::from_str(read[HIGRESS_CONFIG].as_deref().expect("cm")).expect("y");
    assert!(!m::mcp_switch(&cm).enable);
    let bridge: Value = serde_yaml::from_str(read[MCP_BRIDGE].as_deref().expect("b")).expect("y");
    assert_eq!(
        bridge["spec"]["registries"].as_sequence().map(Vec::len),
        Some(1)
    );
    assert!(list(&tree(&read)).is_empty());
    let err = remove(&mut Files::new(read), "gh", &others).unwrap_err();
    assert!(format!("{err}").contains("no MCP server named gh"));
}

#[test]
fn keys_limit_a_server_and_must_exist() {
    let read = files(&[("/data/wasmplugins/key-auth.internal.yaml", KEYAUTH_ON)]);
    let s = proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable);
    let mut f = Files::new(read.clone());
    let err = add(&mut f, &s, &Access::Keys(vec!["nobody".into()])).unwrap_err();
    assert!(format!("{err}").contains("no gateway key is named nobody"));
    assert!(f.writes().is_empty());
    let mut f = Files::new(read.clone());
    let added = add(&mut f, &s, &Access::Keys(vec!["ci".into()])).expect("ok");
    assert_eq!(added.allowed, Some(vec!["ci".to_string()]));
    let mut read2 = read.clone();
    apply(&mut read2, f.writes());
    assert_eq!(list(&tree(&read2))[0].keys, Some(vec!["ci".to_string()]));
    // Keys required and no --keys: every key works (global_auth), no rule.
    let mut f = Files::new(read2.clone());
    let added = add(&mut f, &s, &Access::Inherit).expect("ok");
    assert_eq!(added.allowed, None);
    apply(&mut read2, f.writes());
    assert_eq!(list(&tree(&read2))[0].keys, None);
}

fn keyauth_of(read: &BTreeMap<String, Option<String>>) -> Value {
    serde_yaml::from_str(
        read["/data/wasmplugins/key-auth.internal.yaml"]
            .as_deref()
            .expect("ka"),
    )
    .expect("yaml")
}

#[test]
fn with_scoped_keys_every_server_gets_its_rule_in_the_same_change() {
    let scoped = KEYAUTH_ON.replace(
        "spec:\n",
        "metadata:\n  annotations:\n    get-ai-gateway.higress.io/key-providers: '{\"ci\":[\"qwen\"]}'\nspec:\n",
    ) + "  matchRules:\n  - {ingress: [ai-route-qwen.internal], configDisable: false, config: {allow: [laptop, ci]}}\n";
    let with_qwen = "spec:\n  url: 'http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm'\n  \
                     defaultConfig: {providers: [{id: qwen, type: qwen}]}\n";
    let mut read = files(&[
        ("/data/wasmplugins/key-auth.internal.yaml", &scoped),
        (AI_PROXY, with_qwen),
    ]);
    let gh = proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable);
    let mut f = Files::new(read.clone());
    let added = add(&mut f, &gh, &Access::Inherit).expect("ok");
    assert_eq!(
        added.allowed,
        Some(vec!["laptop".to_string(), "ci".to_string()])
    );
    assert!(!added.limited && !added.keys_off);
    apply(&mut read, f.writes());
    let docs = proxy("docs", "http://172.17.0.1:3001/mcp", Transport::Streamable);
    let mut f = Files::new(read.clone());
    let added = add(&mut f, &docs, &Access::Keys(vec!["ci".into()])).expect("ok");
    assert_eq!(added.allowed, Some(vec!["ci".to_string()]));
    apply(&mut read, f.writes());
    let ka = keyauth_of(&read);
    let routes: Vec<&str> = ka["spec"]["matchRules"]
        .as_sequence()
        .expect("rules")
        .iter()
        .filter_map(|r| r["ingress"][0].as_str())
        .collect();
    assert_eq!(
        routes,
        [
            "ai-route-qwen.internal",
            "mcp-server-gh.internal",
            "mcp-server-docs.internal"
        ],
        "the AI route's rule is kept, each server has its own"
    );
    let others = vec![ingress_file("gh"), ingress_file("docs")];
    let mut f = Files::new(read.clone());
    remove(&mut f, "docs", &others).expect("removed");
    apply(&mut read, f.writes());
    let ka = keyauth_of(&read);
    assert_eq!(m::allowed_keys(&ka, "docs"), None);
    assert!(
        keyscope::mcp_limits(&ka).is_empty(),
        "its limit goes with it"
    );
    assert!(m::allowed_keys(&ka, "gh").is_some());
}

#[test]
fn keys_off_a_limited_server_gets_a_rule_that_waits_for_them() {
    let off = KEYAUTH_ON
        .replace("defaultConfigDisable: false", "defaultConfigDisable: true")
        .replace("global_auth: true", "global_auth: false");
    let read = files(&[("/data/wasmplugins/key-auth.internal.yaml", &off)]);
    let mut f = Files::new(read.clone());
    let s = proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable);
    let added = add(&mut f, &s, &Access::Keys(vec!["ci".into()])).expect("ok");
    assert!(added.keys_off && added.limited);
    let mut read2 = read.clone();
    apply(&mut read2, f.writes());
    let ka = keyauth_of(&read2);
    assert_eq!(ka["spec"]["matchRules"][0]["configDisable"], true);
}

#[test]
fn a_server_open_to_all_while_keys_are_required_is_refused() {
    let console = KEYAUTH_ON.replace("global_auth: true", "global_auth: false")
        + "  matchRules:\n  - {ingress: [route-a], config: {allow: [ci]}, configDisable: false}\n";
    let read = files(&[("/data/wasmplugins/key-auth.internal.yaml", &console)]);
    let s = proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable);
    for access in [Access::Inherit, Access::Keys(vec!["ci".into()])] {
        let mut f = Files::new(read.clone());
        let err = add(&mut f, &s, &access).unwrap_err();
        assert!(format!("{err}").contains("open to every caller"), "{err}");
        assert!(f.writes().is_empty());
    }
}

#[test]
fn a_broken_file_is_an_error_not_a_rewrite() {
    let read = files(&[(MCP_BRIDGE, "spec: [")]);
    let mut f = Files::new(read);
    let s = proxy("gh", "http://172.17.0.1:3000/mcp", Transport::Streamable);
    assert!(add(&mut f, &s, &Access::Inherit).is_err());
}
