use std::collections::BTreeMap;

use serde_yaml::Value;

use super::*;

const PROXY: &str = r#"apiVersion: extensions.higress.io/v1alpha1
kind: WasmPlugin
metadata:
  labels:
    higress.io/wasm-plugin-name: ai-proxy
  name: ai-proxy.internal
  namespace: higress-system
  resourceVersion: "7"
  creationTimestamp: "2000-01-01T00:00:00Z"
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: "{}"
spec:
  defaultConfig:
    providers:
    - id: deepseek
      type: deepseek
      apiTokens:
      - "sk-deep-1"
      - "sk-deep-2"
    - id: bedrock
      type: bedrock
      apiTokens:
      - "YOUR_BEDROCK_API_KEY"
      awsRegion: "us-east-1"
      awsSecretKey: "aws-secret-9"
  priority: 100
  url: http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm
status:
  phase: ok
"#;

const BRIDGE: &str = "apiVersion: networking.higress.io/v1
kind: McpBridge
metadata:
  name: default
  namespace: higress-system
  resourceVersion: \"1\"
spec:
  registries:
  - domain: 127.0.0.1:8001
    name: higress-console
    port: 80
    type: static
  - name: llm-deepseek.internal
    type: dns
    domain: api.deepseek.com
    port: 443
status: {}
";

const HIGRESS_CONFIG: &str = "apiVersion: v1
kind: ConfigMap
metadata:
  name: higress-config
  namespace: higress-system
data:
  higress: |-
    mcpServer:
      enable: false
    downstream:
      idleTimeout: 180
    upstream:
      idleTimeout: 10
  mesh: |-
    accessLogEncoding: TEXT
";

fn files() -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    let mut put = |p: &str, t: &str| f.insert(format!("/data/{p}"), t.to_string());
    put("wasmplugins/ai-proxy.internal.yaml", PROXY);
    put(
        "wasmplugins/custom.yaml",
        "kind: WasmPlugin\nmetadata:\n  name: custom\n",
    );
    put("wasmplugins/.ai-proxy.internal.yaml", PROXY);
    put("mcpbridges/default.yaml", BRIDGE);
    put("configmaps/higress-config.yaml", HIGRESS_CONFIG);
    put(
        "configmaps/ai-route-deepseek.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ai-route-deepseek\ndata:\n  data: \"{}\"\n",
    );
    put("configmaps/higress-console.yaml", "kind: ConfigMap\n");
    put("secrets/higress-console.yaml", "kind: Secret\n");
    put("services/higress-gateway.yaml", "kind: Service\n");
    put("envoyfilters/x.yaml", "kind: EnvoyFilter\n");
    put("default.cfg", "PLUGIN_REGISTRY=reg.example.com\nO11Y=on\n");
    f
}

/// [`files`] with one more file under `/data`.
fn files_with(rel: &str, text: &str) -> BTreeMap<String, String> {
    let mut f = files();
    f.insert(format!("/data/{rel}"), text.to_string());
    f
}

fn options(secrets: Secrets) -> Options {
    Options {
        namespace: "ai".into(),
        registry: "reg.example.com".into(),
        plugins: PluginSource::Registry("reg.example.com".into()),
        secrets,
    }
}

fn object<'a>(e: &'a Export, kind: &str, name: &str) -> &'a Value {
    e.objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

fn tokens(proxy: &Value, id: &str) -> Vec<String> {
    let providers = proxy["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap();
    let p = providers.iter().find(|p| p["id"] == id).unwrap();
    serde_yaml::from_value(p["apiTokens"].clone()).unwrap()
}

#[test]
fn plugin_urls_move_to_the_registry_or_the_plugin_server() {
    let url = "http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm";
    assert_eq!(local_plugin(url), Some(("ai-proxy", "1.0.0")));
    assert_eq!(local_plugin("oci://x/plugins/ai-proxy:1.0.0"), None);
    assert_eq!(
        local_plugin("http://localhost:8002/plugins/a/plugin.wasm"),
        None
    );
    let o = options(Secrets::Inline);
    assert_eq!(
        plugin_url("ai-proxy", "1.0.0", &o),
        "oci://reg.example.com/plugins/ai-proxy:1.0.0"
    );
    let o = Options {
        plugins: PluginSource::PluginServer,
        ..o
    };
    assert_eq!(
        plugin_url("model-router", "2.0.0", &o),
        "http://higress-plugin-server.ai.svc/plugins/model-router/2.0.0/plugin.wasm"
    );
    let e = export(&files(), &o).unwrap();
    assert_eq!(e.values["global"]["enablePluginServer"], true);
    let proxy = object(&e, "WasmPlugin", "ai-proxy.internal");
    assert_eq!(
        proxy["spec"]["url"],
        "http://higress-plugin-server.ai.svc/plugins/ai-proxy/1.0.0/plugin.wasm"
    );
}

#[test]
fn server_fields_go_and_the_namespace_is_set() {
    let e = export(&files(), &options(Secrets::Inline)).unwrap();
    let proxy = object(&e, "WasmPlugin", "ai-proxy.internal");
    let meta = proxy["metadata"].as_mapping().unwrap();
    for gone in ["resourceVersion", "creationTimestamp", "annotations"] {
        assert!(!meta.contains_key(gone), "{gone} kept");
    }
    assert!(proxy.get("status").is_none());
    assert_eq!(proxy["metadata"]["namespace"], "ai");
    assert_eq!(
        proxy["spec"]["url"],
        "oci://reg.example.com/plugins/ai-proxy:1.0.0"
    );
    let route = object(&e, "ConfigMap", "ai-route-deepseek");
    assert_eq!(route["metadata"]["namespace"], "ai");
    assert_eq!(route["data"]["data"], "{}");
}

#[test]
fn the_bridge_loses_the_console_registry_only() {
    let e = export(&files(), &options(Secrets::Inline)).unwrap();
    let bridge = object(&e, "McpBridge", "default");
    let names: Vec<&str> = bridge["spec"]["registries"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert_eq!(names, ["llm-deepseek.internal"]);
    assert!(bridge.get("status").is_none());
}

#[test]
fn inline_keeps_keys_and_redact_leaves_none() {
    let e = export(&files(), &options(Secrets::Inline)).unwrap();
    assert!(e.holds_keys());
    let proxy = object(&e, "WasmPlugin", "ai-proxy.internal");
    assert_eq!(tokens(proxy, "deepseek"), ["sk-deep-1", "sk-deep-2"]);
    assert_eq!(
        proxy["spec"]["defaultConfig"]["providers"][1]["awsSecretKey"],
        "aws-secret-9"
    );

    let e = export(&files(), &options(Secrets::Redact)).unwrap();
    assert!(!e.holds_keys());
    let proxy = object(&e, "WasmPlugin", "ai-proxy.internal");
    assert_eq!(
        tokens(proxy, "deepseek"),
        ["YOUR_DEEPSEEK_API_KEY", "YOUR_DEEPSEEK_API_KEY"]
    );
    let bedrock = &proxy["spec"]["defaultConfig"]["providers"][1];
    assert_eq!(bedrock["awsSecretKey"], "YOUR_BEDROCK_SECRET_KEY");
    assert_eq!(bedrock["awsRegion"], "us-east-1");
    let all = format!("{}{}{}", e.manifests(), e.values_yaml(), readme(&e));
    for key in ["sk-deep-1", "sk-deep-2", "aws-secret-9"] {
        assert!(!all.contains(key), "{key} left in the export");
    }
    assert_eq!(placeholder(Some("my-llm")), "YOUR_MY_LLM_API_KEY");
}

#[test]
fn what_is_skipped_says_why() {
    let e = export(&files(), &options(Secrets::Inline)).unwrap();
    let skipped: BTreeMap<&str, &str> = e
        .skipped
        .iter()
        .map(|s| (s.file.as_str(), s.why.as_str()))
        .collect();
    let expect = [
        ("/data/configmaps/higress-console.yaml", "console"),
        ("/data/envoyfilters/x.yaml", "filter"),
        ("/data/secrets/higress-console.yaml", "console"),
        ("/data/services/higress-gateway.yaml", "chart owns"),
        ("/data/wasmplugins/custom.yaml", "by hand"),
        ("/data/wasmplugins/.ai-proxy.internal.yaml", "hidden"),
    ];
    assert_eq!(skipped.len(), expect.len(), "{skipped:?}");
    for (file, why) in expect {
        assert!(skipped[file].contains(why), "{file}: {}", skipped[file]);
    }
    assert_eq!(
        e.counts(),
        BTreeMap::from([
            ("ConfigMap".to_string(), 1),
            ("McpBridge".to_string(), 1),
            ("WasmPlugin".to_string(), 1)
        ])
    );
}

#[test]
fn higress_config_becomes_values() {
    let e = export(&files(), &options(Secrets::Inline)).unwrap();
    let expected = "global:
  hub: reg.example.com
  enablePluginServer: false
  o11y:
    enabled: true
higress-core:
  downstream:
    idleTimeout: 180
  upstream:
    idleTimeout: 10
";
    assert_eq!(e.values_yaml(), expected);
    assert_eq!(e.unmapped, ["mcpServer"]);
    assert!(readme(&e).contains("(mcpServer)"));
}

#[test]
fn the_registry_comes_from_default_cfg_or_is_hangzhou() {
    assert_eq!(saved_registry(&files()), "reg.example.com");
    assert_eq!(saved_registry(&BTreeMap::new()), HANGZHOU);
    let blank = BTreeMap::from([(SETTINGS.to_string(), "PLUGIN_REGISTRY=\n".to_string())]);
    assert_eq!(saved_registry(&blank), HANGZHOU);
}

#[test]
fn broken_or_foreign_folders_are_errors() {
    let f = files_with("ingresses/ai-route-x.internal.yaml", "a: [");
    let err = export(&f, &options(Secrets::Inline)).unwrap_err();
    assert!(
        err.contains("ai-route-x.internal.yaml is not valid YAML"),
        "{err}"
    );
    let mut f = files();
    f.remove("/data/wasmplugins/ai-proxy.internal.yaml");
    let err = export(&f, &options(Secrets::Inline)).unwrap_err();
    assert!(err.contains("no ai-proxy WasmPlugin"), "{err}");
}

#[test]
fn output_is_sorted_stable_and_yaml11_safe() {
    let f = files_with(
        "wasmplugins/model-router.internal.yaml",
        "apiVersion: extensions.higress.io/v1alpha1\nkind: WasmPlugin\nmetadata:\n  name: model-router.internal\nspec:\n  defaultConfig:\n    autoRouting:\n      rules:\n      - pattern: \"(?i)^(on)\"\n        model: \"no\"\n",
    );
    let a = export(&f, &options(Secrets::Inline)).unwrap();
    let b = export(&f, &options(Secrets::Inline)).unwrap();
    assert_eq!(a.manifests(), b.manifests());
    let names: Vec<String> = a
        .objects
        .iter()
        .map(|o| {
            format!(
                "{}/{}",
                o["kind"].as_str().unwrap(),
                o["metadata"]["name"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            "ConfigMap/ai-route-deepseek",
            "McpBridge/default",
            "WasmPlugin/ai-proxy.internal",
            "WasmPlugin/model-router.internal"
        ]
    );
    assert!(a.manifests().contains("model: \"no\""));
    assert!(a.manifests().starts_with("---\napiVersion: v1\n"));
}

#[test]
fn install_commands_name_the_namespace() {
    let [repo, install, apply] = commands("ai");
    assert_eq!(
        repo,
        "helm repo add higress.io https://higress.io/helm-charts"
    );
    assert_eq!(
        install,
        "helm install higress higress.io/higress -n ai --create-namespace -f values.yaml"
    );
    assert_eq!(apply, "kubectl apply -f manifests.yaml");
}

/// key-auth (with its rules) and key-rate-limit go to the cluster; `--secrets redact`
/// replaces every gateway key.
#[test]
fn gateway_keys_and_rates_are_exported_and_redacted() {
    use crate::domain::live::keyscope::{KeyChange, KeyFiles, Providers};
    use crate::domain::live::{keyauth, keyrate};
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut k = KeyFiles {
        auth: keyauth::skeleton(url),
        rate: keyrate::skeleton(&keyrate::url_next_to(url)),
        routes: vec!["deepseek".into()].into(),
    };
    let change = KeyChange {
        providers: Some(Providers::Only(["deepseek".to_string()].into())),
        rate: Some(Some(keyrate::Rate {
            requests: 9,
            per: keyrate::Per::Hour,
        })),
    };
    k.add("ci", "gw-secret-0123456789", &change).unwrap();
    k.set_enabled(true).unwrap();
    let mut f = files();
    f.insert(
        "/data/wasmplugins/key-auth.internal.yaml".into(),
        yaml11::to_string(&k.auth),
    );
    f.insert(
        "/data/wasmplugins/key-rate-limit.internal.yaml".into(),
        yaml11::to_string(&k.rate),
    );
    let inline = export(&f, &options(Secrets::Inline)).unwrap();
    let auth = object(&inline, "WasmPlugin", "key-auth.internal");
    assert_eq!(
        auth["spec"]["url"].as_str(),
        Some("oci://reg.example.com/plugins/key-auth:1.0.0")
    );
    assert_eq!(
        auth["spec"]["matchRules"][0]["config"]["allow"][0].as_str(),
        Some("ci")
    );
    assert!(inline.manifests().contains("gw-secret-0123456789"));
    let rate = object(&inline, "WasmPlugin", "key-rate-limit.internal");
    assert_eq!(
        rate["spec"]["url"].as_str(),
        Some("oci://reg.example.com/plugins/key-rate-limit:1.0.0")
    );
    assert_eq!(
        rate["spec"]["defaultConfig"]["limit_keys"][0]["query_per_hour"].as_u64(),
        Some(9)
    );
    let redacted = export(&f, &options(Secrets::Redact)).unwrap();
    assert!(!redacted.manifests().contains("gw-secret"));
    assert!(redacted.manifests().contains("Bearer YOUR_GATEWAY_KEY"));
}

#[test]
fn the_tracing_block_that_tracing_enable_writes_becomes_chart_values() {
    use crate::domain::live::tracing::{self, Tracer};
    let c = tracing::parse_collector("otel.example.com:4317").unwrap();
    let t = tracing::enabled_settings(Tracer::OpenTelemetry, &c, 25.0, 700, None).unwrap();
    let (config, ()) = tracing::edit_configmap(Some(HIGRESS_CONFIG), |h| {
        tracing::set_block(h, &t);
        Ok(())
    })
    .unwrap();
    let e = export(
        &files_with("configmaps/higress-config.yaml", &config),
        &options(Secrets::Inline),
    )
    .unwrap();
    let v = &e.values["higress-core"]["tracing"];
    assert_eq!(v["enable"], Value::Bool(true));
    assert_eq!(v["sampling"], Value::from(25));
    assert_eq!(v["timeout"], Value::from(700));
    assert_eq!(
        v["opentelemetry"]["service"],
        Value::from("otel-collector.dns")
    );
    assert_eq!(v["opentelemetry"]["port"], Value::from("4317"));
    assert_eq!(
        e.values["higress-core"]["downstream"]["idleTimeout"],
        Value::from(180)
    );
}

#[test]
fn mcp_servers_are_exported_and_their_switch_is_a_manual_step() {
    let ingress = std::fs::read_to_string(format!(
        "{}/tests/fixtures/mcp/open-api.ingress.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let plugin = crate::domain::live::gwconfig::mcp::plugin_skeleton(
        "http://localhost:8002/plugins/mcp-server/1.0.0/plugin.wasm",
    );
    let mut f = files_with("ingresses/mcp-server-weather.internal.yaml", &ingress);
    f.insert(
        "/data/wasmplugins/mcp-server.internal.yaml".into(),
        crate::domain::live::yaml11::to_string(&plugin),
    );
    let e = export(&f, &options(Secrets::Redact)).unwrap();
    let ing = object(&e, "Ingress", "mcp-server-weather.internal");
    assert_eq!(ing["metadata"]["namespace"], "ai");
    let wasm = object(&e, "WasmPlugin", "mcp-server.internal");
    assert_eq!(
        wasm["spec"]["url"],
        "oci://reg.example.com/plugins/mcp-server:1.0.0"
    );
    let text = readme(&e);
    assert!(
        text.contains("the chart has no value for `mcpServer`"),
        "{text}"
    );
    // Without an MCP server, no such line.
    let plain = export(&files(), &options(Secrets::Redact)).unwrap();
    assert!(!readme(&plain).contains("the chart has no value for `mcpServer`"));
}

#[test]
fn a_fallback_is_exported_whole() {
    let mut f = files();
    let mut put = |rel: &str, text: &str| {
        f.insert(format!("/data/{rel}"), text.to_string());
    };
    put(
        "ingresses/ai-route-deepseek.fallback.internal.yaml",
        "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ai-route-deepseek.fallback.internal\n  namespace: higress-system\n",
    );
    put(
        "envoyfilters/ai-route-deepseek.internal.yaml",
        "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: ai-route-deepseek.internal\n  namespace: higress-system\nspec:\n  configPatches: []\n",
    );
    put(
        "wasmplugins/model-mapper.internal.yaml",
        "apiVersion: extensions.higress.io/v1alpha1\nkind: WasmPlugin\nmetadata:\n  name: model-mapper.internal\n  labels:\n    higress.io/wasm-plugin-name: model-mapper\nspec:\n  url: http://localhost:8002/plugins/model-mapper/1.0.0/plugin.wasm\n",
    );
    let e = export(&f, &options(Secrets::Inline)).unwrap();
    object(&e, "Ingress", "ai-route-deepseek.fallback.internal");
    let ef = object(&e, "EnvoyFilter", "ai-route-deepseek.internal");
    assert_eq!(ef["metadata"]["namespace"], "ai");
    let mm = object(&e, "WasmPlugin", "model-mapper.internal");
    assert_eq!(
        mm["spec"]["url"],
        "oci://reg.example.com/plugins/model-mapper:1.0.0"
    );
    // The all-in-one's own filters stay behind.
    assert!(
        e.skipped
            .iter()
            .any(|s| s.file == "/data/envoyfilters/x.yaml")
    );
}

#[test]
fn redis_plugins_move_to_the_charts_redis() {
    use crate::domain::live::{quota, redis::Redis, tokenlimit, yaml11};
    let aio = Redis::beside("higress-ai-gateway", &"ab".repeat(24));
    let url = "http://localhost:8002/plugins/ai-token-ratelimit/1.0.0/plugin.wasm";
    let limit = tokenlimit::set(None, tokenlimit::Window::Minute, "alice", 10, &aio, url)
        .unwrap()
        .unwrap();
    let quota_url = "http://localhost:8002/plugins/ai-quota/1.0.0/plugin.wasm";
    let mut f = files_with(
        "wasmplugins/ai-token-ratelimit-minute.internal.yaml",
        &yaml11::to_string(&limit),
    );
    f.insert(
        quota::path(),
        yaml11::to_string(&quota::instance(quota_url, &aio)),
    );
    let mut bridge: Value = serde_yaml::from_str(BRIDGE).unwrap();
    crate::domain::live::redis::upsert_registry(&mut bridge, &aio);
    f.insert(
        "/data/mcpbridges/default.yaml".into(),
        yaml11::to_string(&bridge),
    );
    let e = export(&f, &options(Secrets::Inline)).unwrap();
    assert_eq!(e.values["global"]["enableRedis"], true);
    let expected: Value = serde_yaml::from_str(
        "service_name: redis-stack-server.ai.svc.cluster.local\nservice_port: 6379\n",
    )
    .unwrap();
    for name in ["ai-token-ratelimit-minute.internal", "ai-quota.internal"] {
        let o = object(&e, "WasmPlugin", name);
        assert_eq!(o["spec"]["defaultConfig"]["redis"], expected, "{name}");
    }
    assert!(!e.manifests().contains(&"ab".repeat(24)), "no AIO password");
    let bridge = object(&e, "McpBridge", "default");
    assert!(
        !yaml11::to_string(bridge).contains("higress-ai-gateway-redis"),
        "the AIO's Redis registry is gone"
    );
    assert!(
        export(&files(), &options(Secrets::Inline)).unwrap().values["global"]
            .get("enableRedis")
            .is_none()
    );
}
