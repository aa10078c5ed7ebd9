use super::*;
use crate::domain::providers::find;
use crate::domain::providers::settings::{ProviderInput, ProviderState, Settings};
use serde_yaml::Value;

const AI_PROXY: &str = include_str!("../../../../tests/fixtures/samples/ai-proxy.sample.yaml");
const MODEL_ROUTER: &str =
    include_str!("../../../../tests/fixtures/samples/model-router.sample.yaml");

fn state(id: &str, key: Option<&str>) -> ProviderState {
    let mut s = Settings::new(1, 2, 3, "r");
    let p = find(id).unwrap();
    s.apply(
        p,
        &ProviderInput {
            key: key.map(str::to_string),
            ..Default::default()
        },
    );
    s.provider(p)
}

#[test]
fn reads_live_providers() {
    let doc = parse("x", AI_PROXY).unwrap();
    let live = live_providers(&doc);
    let aliyun = live.iter().find(|p| p.id == "aliyun").unwrap();
    assert_eq!(aliyun.kind, "qwen");
    assert_eq!(aliyun.keys(), vec!["sk-sample-aliyun-0001"]);
    let deepseek = live.iter().find(|p| p.id == "deepseek").unwrap();
    assert!(deepseek.keys().is_empty());
}

#[test]
fn updating_a_key_keeps_everything_else() {
    let mut doc = parse("x", AI_PROXY).unwrap();
    let before = render(&doc).unwrap();
    let created = upsert_provider(&mut doc, &state("deepseek", Some("sk-'new\"$(x)")));
    assert!(!created);
    let after = render(&doc).unwrap();
    // Only the deepseek token line changed.
    let diff: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert_eq!(before.lines().count(), after.lines().count());
    let back = parse("x", &after).unwrap();
    let ds = live_providers(&back)
        .into_iter()
        .find(|p| p.id == "deepseek")
        .unwrap();
    assert_eq!(ds.tokens, vec!["sk-'new\"$(x)"]);
    // Foreign fields and key order survive.
    assert!(after.contains("failStrategy: FAIL_OPEN"));
    let keys: Vec<_> = back
        .get("spec")
        .unwrap()
        .as_mapping()
        .unwrap()
        .keys()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        keys,
        vec![
            "defaultConfig",
            "defaultConfigDisable",
            "matchRules",
            "failStrategy",
            "phase",
            "priority",
            "url"
        ]
    );
}

#[test]
fn skipped_provider_gets_every_piece() {
    let mut doc = parse("x", AI_PROXY).unwrap();
    let s = state("groq", Some("gsk-1"));
    assert!(upsert_provider(&mut doc, &s));
    let live = live_providers(&doc);
    let groq = live.iter().find(|p| p.id == "groq").unwrap();
    assert_eq!((groq.kind.as_str(), groq.keys()), ("groq", vec!["gsk-1"]));
    let text = render(&doc).unwrap();
    assert!(text.contains("- llm-groq.internal.dns"));
    assert!(text.contains("activeProviderId: groq"));
    // Idempotent: a second upsert adds nothing.
    assert!(!upsert_provider(&mut doc, &s));
    assert_eq!(render(&doc).unwrap(), text);

    let mut bridge = parse(
        "b",
        "apiVersion: networking.higress.io/v1\nkind: McpBridge\nspec:\n  registries:\n  - name: higress-console\n    type: static\n",
    )
    .unwrap();
    upsert_registry(&mut bridge, &s);
    upsert_registry(&mut bridge, &s);
    let regs = bridge["spec"]["registries"].as_sequence().unwrap();
    assert_eq!(regs.len(), 2);
    assert_eq!(regs[1]["domain"].as_str(), Some("api.groq.com"));
    assert_eq!(regs[1]["port"].as_u64(), Some(443));

    let cm = route_configmap(s.provider, &s.models);
    let body = cm["data"]["data"].as_str().unwrap();
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["modelPredicates"][0]["matchType"], "PRE");
    assert_eq!(json["modelPredicates"][0]["matchValue"], "");
    let ing = route_ingress(&s);
    let ann = &ing["metadata"]["annotations"];
    assert_eq!(
        ann["higress.io/destination"].as_str(),
        Some("llm-groq.internal.dns:443")
    );
    assert_eq!(
        ann["higress.io/regex-match-header-x-higress-llm-model"].as_str(),
        Some(".*")
    );

    assert!(remove_provider(&mut doc, "groq"));
    assert!(!render(&doc).unwrap().contains("groq"));
    assert!(remove_registry(&mut bridge, "groq"));
}

#[test]
fn extras_become_typed_fields() {
    let mut s = Settings::new(1, 2, 3, "r");
    let p = find("ollama").unwrap();
    let mut input = ProviderInput::default();
    input
        .extras
        .insert("OLLAMA_SERVER_HOST".into(), "10.1.2.3".into());
    input
        .extras
        .insert("OLLAMA_SERVER_PORT".into(), "11500".into());
    s.apply(p, &input);
    let st = s.provider(p);
    assert!(st.configured());
    let mut doc = parse("x", AI_PROXY).unwrap();
    upsert_provider(&mut doc, &st);
    let entry = doc["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "ollama")
        .unwrap()
        .clone();
    assert_eq!(entry["ollamaServerPort"].as_u64(), Some(11500));
    assert_eq!(entry["ollamaServerHost"].as_str(), Some("10.1.2.3"));
    let (name, svc, port) = service(&st);
    assert_eq!(
        (name.as_str(), svc.as_str(), port),
        ("llm-ollama.internal", "llm-ollama.internal.static", 80)
    );
    assert_eq!(
        url_host("https://a.b.c:8443/x?y=1").as_deref(),
        Some("a.b.c")
    );
}

#[test]
fn routing_rules() {
    let mut doc = parse("m", MODEL_ROUTER).unwrap();
    assert!(!auto_routing(&doc).present);
    let id = add_rule(
        &mut doc,
        Rule {
            pattern: "(?i)^(a)".into(),
            model: "m1".into(),
        },
        None,
        "qwen-turbo",
    );
    assert_eq!(id, 0);
    add_rule(
        &mut doc,
        Rule {
            pattern: "b".into(),
            model: "m2".into(),
        },
        None,
        "x",
    );
    add_rule(
        &mut doc,
        Rule {
            pattern: "c".into(),
            model: "m0".into(),
        },
        Some(0),
        "x",
    );
    let ar = auto_routing(&doc);
    assert!(ar.present && ar.enable);
    assert_eq!(ar.default_model.as_deref(), Some("qwen-turbo"));
    let models: Vec<_> = ar.rules.iter().map(|r| r.model.as_str()).collect();
    assert_eq!(models, vec!["m0", "m1", "m2"]);
    assert_eq!(remove_rule(&mut doc, 1).map(|r| r.model), Some("m1".into()));
    assert_eq!(remove_rule(&mut doc, 5), None);
    set_auto_routing(&mut doc, false, None, "x");
    assert!(!auto_routing(&doc).enable);
    set_auto_routing(&mut doc, true, Some("deepseek-chat"), "x");
    let ar = auto_routing(&doc);
    assert_eq!(
        (ar.enable, ar.default_model.as_deref()),
        (true, Some("deepseek-chat"))
    );
    assert_eq!(ar.rules.len(), 2);
    let text = render(&doc).unwrap();
    assert!(text.contains("modelToHeader: x-higress-llm-model"));
    let spec_keys: Vec<_> = doc["spec"]["defaultConfig"]
        .as_mapping()
        .unwrap()
        .keys()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(spec_keys, vec!["modelToHeader", "autoRouting"]);
}

#[test]
fn request_reading_defaults_and_overrides() {
    let doc = parse("m", MODEL_ROUTER).unwrap();
    let r = request_reading(&doc);
    assert_eq!(r.model_key, "model");
    assert_eq!(r.path_suffixes, DEFAULT_PATH_SUFFIXES);
    let edited = MODEL_ROUTER.replace(
        "    modelToHeader: x-higress-llm-model\n",
        "    modelToHeader: x-higress-llm-model\n    modelKey: body.model\n    enableOnPathSuffix: ['*', 7, null]\n",
    );
    assert_ne!(edited, MODEL_ROUTER);
    let r = request_reading(&parse("m", &edited).unwrap());
    assert_eq!(r.model_key, "body.model");
    assert_eq!(r.path_suffixes, vec!["*", "7", ""]);
    // An empty modelKey is "model"; a suffix list that is not a list is the default one.
    let edited = MODEL_ROUTER.replace(
        "    modelToHeader: x-higress-llm-model\n",
        "    modelToHeader: x-higress-llm-model\n    modelKey: ''\n    enableOnPathSuffix: /x\n",
    );
    let r = request_reading(&parse("m", &edited).unwrap());
    assert_eq!(r.model_key, "model");
    assert_eq!(r.path_suffixes, DEFAULT_PATH_SUFFIXES);
}

#[test]
fn reset_keeps_the_entry() {
    let mut doc = parse("x", AI_PROXY).unwrap();
    assert!(reset_provider(&mut doc, find("aliyun").unwrap()));
    let aliyun = live_providers(&doc)
        .into_iter()
        .find(|p| p.id == "aliyun")
        .unwrap();
    assert_eq!(aliyun.tokens, vec!["YOUR_DASHSCOPE_API_KEY"]);
}
