use super::*;

const PROXY: &str = include_str!("../../../../tests/fixtures/samples/ai-proxy.sample.yaml");
const ROUTER: &str = include_str!("../../../../tests/fixtures/samples/model-router.sample.yaml");
const BRIDGE: &str = include_str!("../../../../tests/fixtures/samples/mcpbridge.sample.yaml");

fn files(extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut f: BTreeMap<String, String> = [
        (AI_PROXY, PROXY),
        (MODEL_ROUTER, ROUTER),
        (MCP_BRIDGE, BRIDGE),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_string(), t.to_string()))
    .collect();
    for (p, t) in extra {
        f.insert(p.to_string(), t.to_string());
    }
    f
}

fn problems(f: &BTreeMap<String, String>) -> Vec<String> {
    check(f)
        .into_iter()
        .map(|x| format!("{}: {}", x.file, x.problem))
        .collect()
}

#[test]
fn the_template_files_are_consistent() {
    assert_eq!(problems(&files(&[])), Vec::<String>::new());
}

#[test]
fn a_rule_go_rejects_is_reported_with_gos_error() {
    let router = ROUTER.replace(
        "    modelToHeader: x-higress-llm-model\n",
        "    modelToHeader: x-higress-llm-model\n    autoRouting:\n      enable: true\n      defaultModel: m\n      rules:\n      - pattern: 'a{1001}'\n        model: x\n      - pattern: ''\n        model: y\n",
    );
    let f = files(&[(MODEL_ROUTER, &router)]);
    let p = problems(&f);
    assert!(
        p.iter()
            .any(|x| x.contains("rule 0") && x.contains("invalid repeat count")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x.contains("rule 1") && x.contains("empty")),
        "{p:?}"
    );
}

#[test]
fn yaml_1_1_words_are_found_with_their_line() {
    let text = "a:\n  model: on\n  key: '1_000'\n  list:\n  - 1_000\n  - yes please\n  - 0b101\n  date: 2001-12-14\n";
    let f = files(&[("/data/configmaps/x.yaml", text)]);
    let p = problems(&f);
    assert!(
        p.iter()
            .any(|x| x.contains("line 2") && x.contains("\"on\"")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x.contains("line 5") && x.contains("1_000")),
        "{p:?}"
    );
    // A date stays a string in the gateway's reader.
    assert!(!p.iter().any(|x| x.contains("line 8")), "{p:?}");
    assert!(
        !p.iter()
            .any(|x| x.contains("line 3") || x.contains("line 6")),
        "{p:?}"
    );
}

#[test]
fn hidden_broken_and_duplicate_files_are_stray() {
    let copy = PROXY.to_string();
    let f = files(&[
        ("/data/wasmplugins/.ai-proxy.internal.yaml", &copy),
        ("/data/configmaps/broken.yaml", "a: [\n"),
    ]);
    let p = problems(&f);
    assert!(p.iter().any(|x| x.contains("hidden file")), "{p:?}");
    assert!(p.iter().any(|x| x.contains("not valid YAML")), "{p:?}");
    assert!(
        p.iter()
            .any(|x| x.contains("second WasmPlugin for ai-proxy")),
        "{p:?}"
    );
}

#[test]
fn token_limit_instances_are_not_copies_of_each_other() {
    use crate::domain::live::{redis::Redis, tokenlimit, yaml11};
    let redis = Redis::beside("gw", &"ab".repeat(24));
    let doc = |w| {
        let d = tokenlimit::set(None, w, "alice", 10, &redis, "oci://r/ai-token-ratelimit:1")
            .unwrap()
            .unwrap();
        (w.path(), yaml11::to_string(&d))
    };
    let (minute, day) = (
        doc(tokenlimit::Window::Minute),
        doc(tokenlimit::Window::Day),
    );
    let copy = ("/data/wasmplugins/.x.yaml".to_string(), day.1.clone());
    let f = files(&[(&minute.0, &minute.1), (&day.0, &day.1)]);
    let p = problems(&f);
    assert!(!p.iter().any(|x| x.contains("second WasmPlugin")), "{p:?}");
    let f = files(&[(&minute.0, &minute.1), (&day.0, &day.1), (&copy.0, &copy.1)]);
    assert!(
        problems(&f)
            .iter()
            .any(|x| x.contains("second WasmPlugin for ai-token-ratelimit")),
        "a real copy is still found"
    );
}

#[test]
fn routes_without_provider_or_registry_are_found() {
    let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ai-route-ghost\ndata:\n  data: '{\"upstreams\": [{\"provider\": \"ghost\"}]}'\n";
    let ing = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ai-route-ghost.internal\n  annotations:\n    higress.io/destination: llm-ghost.internal.dns:443\n";
    let f = files(&[
        ("/data/configmaps/ai-route-ghost.yaml", cm),
        ("/data/ingresses/ai-route-ghost.internal.yaml", ing),
    ]);
    let p = problems(&f);
    assert!(
        p.iter()
            .any(|x| x.contains("provider ghost, which has no ai-proxy entry")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x.contains("llm-ghost.internal, which the McpBridge does not register")),
        "{p:?}"
    );
}

#[test]
fn a_provider_without_type_and_a_created_one_without_routes() {
    let proxy = PROXY.replacen("type: qwen", "type: ''", 1) + "";
    let mut f = files(&[(AI_PROXY, &proxy)]);
    let p = problems(&f);
    assert!(p.iter().any(|x| x.contains("has no type")), "{p:?}");
    let groq = PROXY.replace(
        "    providers:\n",
        "    providers:\n    - id: groq\n      type: groq\n      apiTokens:\n      - gsk\n",
    );
    f.insert(AI_PROXY.to_string(), groq);
    let p = problems(&f);
    assert!(
        p.iter()
            .any(|x| x.contains("provider groq has no ConfigMap, Ingress, registry")),
        "{p:?}"
    );
}

#[test]
fn default_cfg_that_disagrees_is_reported() {
    let cfg = "MODE=full\nDASHSCOPE_API_KEY=sk-other\n";
    let f = files(&[(SETTINGS, cfg)]);
    let p = problems(&f);
    assert!(
        p.iter()
            .any(|x| x.starts_with(SETTINGS) && x.contains("Aliyun")),
        "{p:?}"
    );
}

#[test]
fn v2_resolution_of_plain_words() {
    for s in [
        "on", "Off", "y", "NO", "~", "1_000", "0b101", "017", "0x1F", "0o17", ".5", "1e3", "+1",
        "-2.5", "08", "<<",
    ] {
        assert!(!yaml11::v2_reads_as_string(s), "{s}");
    }
    for s in [
        "oN",
        "yes please",
        "1:20",
        "0x",
        "1.2.3",
        "v1",
        "2001-13-14",
        "-",
        ".",
        "12ab",
        "qwen-turbo",
    ] {
        assert!(yaml11::v2_reads_as_string(s), "{s}");
    }
}

/// key-auth's rules: unknown keys, routes that do not exist, empty allow lists, and rules
/// left on while keys are off; what `keys` writes is clean.
#[test]
fn key_rules_name_known_keys_and_routes() {
    use crate::domain::live::keyscope::{KeyChange, KeyFiles, Providers};
    use crate::domain::live::{keyauth, keyrate};
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut k = KeyFiles {
        auth: keyauth::skeleton(url),
        rate: keyrate::skeleton(url),
        routes: vec!["openai".into(), "qwen".into()].into(),
    };
    let scoped = KeyChange {
        providers: Some(Providers::Only(["openai".to_string()].into())),
        rate: None,
    };
    k.add("ci", "gw-0123456789abcdef", &scoped).unwrap();
    k.set_enabled(true).unwrap();
    let ingress = "kind: Ingress\nmetadata:\n  name: x\n";
    let path = keyauth::path();
    let routes = [
        ("/data/ingresses/ai-route-openai.internal.yaml", ingress),
        ("/data/ingresses/ai-route-qwen.internal.yaml", ingress),
    ];
    let with = |auth: &str| {
        let mut extra: Vec<(&str, &str)> = routes.to_vec();
        extra.push((path.as_str(), auth));
        problems(&files(&extra))
    };
    let clean = yaml11::to_string(&k.auth);
    assert_eq!(with(&clean), Vec::<String>::new(), "{clean}");
    let nobody = "      allow:\n      - (no key)\n";
    assert!(clean.contains(nobody), "{clean}");
    let broken = clean
        .replacen("      - ci\n", "      - ghost\n", 1)
        .replace("ai-route-qwen.internal", "ai-route-gone.internal")
        .replacen(nobody, "      allow: []\n", 1)
        .replacen(
            "defaultConfigDisable: false",
            "defaultConfigDisable: true",
            1,
        );
    let found = with(&broken).join("\n");
    for what in [
        "allows \"ghost\", which is not a gateway key",
        "names the route ai-route-gone.internal, which does not exist",
        "has an empty allow list",
        "is on while keys are off",
    ] {
        assert!(found.contains(what), "{what}\n{found}\n{broken}");
    }
}

/// A fallback route is a known route, and has its provider's key rule; without it, a
/// finding (the fallback would serve the keys its provider refuses).
#[test]
fn a_fallback_route_needs_its_providers_key_rule() {
    use crate::domain::live::keyscope::{KeyChange, KeyFiles, Providers};
    use crate::domain::live::{keyauth, keyrate};
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut k = KeyFiles {
        auth: keyauth::skeleton(url),
        rate: keyrate::skeleton(url),
        routes: vec!["openai".into(), "qwen".into()].into(),
    };
    k.routes.fallbacks.insert("openai".into());
    let scoped = KeyChange {
        providers: Some(Providers::Only(["qwen".to_string()].into())),
        rate: None,
    };
    k.add("ci", "gw-0123456789abcdef", &scoped).unwrap();
    k.set_enabled(true).unwrap();
    let ingress = "kind: Ingress\nmetadata:\n  name: x\n";
    let path = keyauth::path();
    let with = |auth: &str| {
        let f = files(&[
            ("/data/ingresses/ai-route-openai.internal.yaml", ingress),
            (
                "/data/ingresses/ai-route-openai.fallback.internal.yaml",
                ingress,
            ),
            ("/data/ingresses/ai-route-qwen.internal.yaml", ingress),
            (path.as_str(), auth),
        ]);
        problems(&f)
            .into_iter()
            .filter(|p| p.contains("key-auth"))
            .collect::<Vec<_>>()
    };
    let clean = yaml11::to_string(&k.auth);
    assert!(
        clean.contains("ai-route-openai.fallback.internal"),
        "{clean}"
    );
    assert_eq!(with(&clean), Vec::<String>::new(), "{clean}");
    // the rule the keys transaction of old left: none on the fallback route
    k.routes.fallbacks.clear();
    k.sync().unwrap();
    let found = with(&yaml11::to_string(&k.auth)).join("\n");
    assert!(
        found.contains("does not have ai-route-openai.internal's key rule"),
        "{found}"
    );
}

#[test]
fn tracing_the_controller_would_ignore_is_a_finding() {
    use crate::domain::live::tracing::{self, HIGRESS_CONFIG, Tracer};
    let c = tracing::parse_collector("otel.example.com:4317").unwrap();
    let t = tracing::enabled_settings(Tracer::OpenTelemetry, &c, 50.0, 500, None).unwrap();
    let (config, ()) = tracing::edit_configmap(None, |h| {
        tracing::set_block(h, &t);
        Ok(())
    })
    .unwrap();
    let mut bridge: Value = serde_yaml::from_str(BRIDGE).unwrap();
    tracing::set_collector(&mut bridge, Tracer::OpenTelemetry, &c);
    let bridge = yaml11::to_string(&bridge);
    let written = files(&[(HIGRESS_CONFIG, &config), (MCP_BRIDGE, &bridge)]);
    assert_eq!(problems(&written), Vec::<String>::new());
    // The same block without its registry: spans go nowhere.
    let p = problems(&files(&[(HIGRESS_CONFIG, &config)]));
    assert!(p.len() == 1 && p[0].contains("does not register"), "{p:?}");
    let block = |b: &str| format!("kind: ConfigMap\ndata:\n  higress: |-\n    tracing:\n{b}");
    for (body, words) in [
        (
            "      enable: true\n      timeout: 0\n      zipkin: {service: z.dns, port: \"1\"}\n",
            "timeout can not be less than zero",
        ),
        ("      enable: true\n", "only one of skywalking"),
        (
            "      zipkin: {service: z.dns, port: 9411}\n",
            "a number where the controller wants a string",
        ),
    ] {
        let p = problems(&files(&[(HIGRESS_CONFIG, &block(body))]));
        assert!(p.len() == 1 && p[0].contains(words), "{body}: {p:?}");
    }
}
