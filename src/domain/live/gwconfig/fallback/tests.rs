//! Golden tests: each resource against one assembled, field by field, from higress-console's
//! code (`AiRouteServiceImpl.java`, `KubernetesModelConverter.java`, the Velocity template
//! `envoyfilter-route-fallback.yaml`), with the file and line each field comes from.

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::*;
use crate::domain::live::gwconfig::{parse, render};

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

/// The primary Ingress as `route_ingress` writes it for provider `openai` (prefix `gpt-`).
const PRIMARY: &str = r#"
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    higress.io/destination: llm-openai.internal.dns:443
    higress.io/ignore-path-case: 'false'
    higress.io/prefix-match-header-x-higress-llm-model: gpt-
    higress.io/enable-proxy-next-upstream: 'true'
    higress.io/proxy-next-upstream-tries: '3'
    higress.io/proxy-next-upstream-timeout: '120'
    higress.io/proxy-next-upstream: error,timeout,non_idempotent
  labels:
    higress.io/resource-definer: higress
  name: ai-route-openai.internal
  namespace: higress-system
  resourceVersion: '1'
spec:
  ingressClassName: higress
  rules:
  - http:
      paths:
      - backend:
          resource:
            apiGroup: networking.higress.io
            kind: McpBridge
            name: default
        path: /
        pathType: Prefix
"#;

#[test]
fn fallback_ingress_is_the_primary_route_plus_the_header_match() {
    // buildRoute(fallbackRouteName, aiRoute) (AiRouteServiceImpl.java:262-263): same labels,
    // path, model predicate (x-higress-llm-model) and proxyNextUpstream as the primary;
    // + header predicate EQUAL x-higress-fallback-from = ai-route-openai.internal (:264-273),
    // written as higress.io/exact-match-header-<key> (KubernetesModelConverter.java:2045-2059);
    // destination: SEQ → the first fallback only (:279-280), one service → `<svc>:<port>`
    // (KubernetesModelConverter.java:1655-1660).
    let expected = yaml(
        r#"
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    higress.io/destination: llm-deepseek.internal.dns:443
    higress.io/ignore-path-case: 'false'
    higress.io/prefix-match-header-x-higress-llm-model: gpt-
    higress.io/enable-proxy-next-upstream: 'true'
    higress.io/proxy-next-upstream-tries: '3'
    higress.io/proxy-next-upstream-timeout: '120'
    higress.io/proxy-next-upstream: error,timeout,non_idempotent
    higress.io/exact-match-header-x-higress-fallback-from: ai-route-openai.internal
  labels:
    higress.io/resource-definer: higress
  name: ai-route-openai.fallback.internal
  namespace: higress-system
  resourceVersion: '1'
spec:
  ingressClassName: higress
  rules:
  - http:
      paths:
      - backend:
          resource:
            apiGroup: networking.higress.io
            kind: McpBridge
            name: default
        path: /
        pathType: Prefix
"#,
    );
    let dest = destination(&[("llm-deepseek.internal.dns".into(), 443)]);
    let got = fallback_ingress(&yaml(PRIMARY), "openai", &dest);
    assert_eq!(got, expected);
    // YAML 1.1-safe: read back the same.
    assert_eq!(parse("x", &render(&got).unwrap()).unwrap(), expected);
}

#[test]
fn rand_destination_is_every_fallback_at_weight_one() {
    // RAND: every upstream, weight 1 (AiRouteServiceImpl.java:276-278); several services →
    // `<weight>% <svc>:<port>` lines (KubernetesModelConverter.java:1661-1674).
    let services = vec![
        ("llm-deepseek.internal.dns".to_string(), 443),
        ("llm-oc-vllm.internal.static".to_string(), 80),
    ];
    assert_eq!(
        destination(&services),
        "1% llm-deepseek.internal.dns:443\n1% llm-oc-vllm.internal.static:80"
    );
    let got = fallback_ingress(&yaml(PRIMARY), "openai", &destination(&services));
    let back = parse("x", &render(&got).unwrap()).unwrap();
    assert_eq!(
        back["metadata"]["annotations"]["higress.io/destination"],
        Value::String(destination(&services))
    );
}

/// The template rendered for one code, comments dropped, with `renderDefaultMetadata`'s
/// labels and comment (KubernetesClientService.java:741-747) and the AIO file's namespace.
const ENVOY_FILTER_5XX: &str = r#"
apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
metadata:
  annotations:
    higress.io/comment: PLEASE DO NOT EDIT DIRECTLY. This resource is managed by Higress.
  labels:
    higress.io/resource-definer: higress
    higress.io/internal: "true"
  name: ai-route-openai.internal
  namespace: higress-system
  resourceVersion: "1"
spec:
  configPatches:
    - applyTo: HTTP_ROUTE
      match:
        context: GATEWAY
        routeConfiguration:
          vhost:
            route:
              name: "ai-route-openai.internal"
      patch:
        operation: MERGE
        value:
          typed_per_filter_config:
            envoy.filters.http.custom_response:
              "@type": type.googleapis.com/udpa.type.v1.TypedStruct
              type_url: type.googleapis.com/envoy.extensions.filters.http.custom_response.v3.CustomResponse
              value:
                custom_response_matcher:
                  matcher_list:
                    matchers:
                      - predicate:
                          single_predicate:
                            input:
                              name: "5xx_response"
                              typed_config:
                                "@type": type.googleapis.com/envoy.type.matcher.v3.HttpResponseStatusCodeClassMatchInput
                            value_match:
                              exact: "5xx"
                        on_match:
                          action:
                            name: action
                            typed_config:
                              "@type": type.googleapis.com/udpa.type.v1.TypedStruct
                              type_url: type.googleapis.com/envoy.extensions.http.custom_response.redirect_policy.v3.RedirectPolicy
                              value:
                                max_internal_redirects: 10
                                use_original_request_uri: true
                                keep_original_response_code: false
                                use_original_request_body: true
                                only_redirect_upstream_code: false
                                request_headers_to_add:
                                  - header:
                                      key: "x-higress-fallback-from"
                                      value: "ai-route-openai.internal"
                                    append: false
                                response_headers_to_add:
                                  - header:
                                      key: "x-higress-fallback-from"
                                      value: "ai-route-openai.internal"
                                    append: false
                with_request_body:
                  max_request_bytes: 1024000
"#;

#[test]
fn envoy_filter_matches_the_console_template_for_one_code() {
    let got = envoy_filter("openai", &["5xx".to_string()]);
    assert_eq!(got, yaml(ENVOY_FILTER_5XX));
    assert_eq!(parse("x", &render(&got).unwrap()).unwrap(), got);
    assert_eq!(envoy_filter_codes(&got), Some(vec!["5xx".to_string()]));
}

/// The console's Velocity template, from `shared/` beside the repository (where CI and
/// `scripts/ci-cold.sh` lay it).
const TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/reference/console/envoyfilter-route-fallback.yaml"
);

/// Render the template as Velocity would for these codes (only the directives it uses:
/// `#if/#else/#end` on the list's size, `#set` of the default, `#foreach`).
fn velocity(template: &str, codes: &[&str], route: &str) -> String {
    let mut out = String::new();
    // (emitting?, in foreach body)
    let mut stack: Vec<bool> = Vec::new();
    let mut foreach: Option<Vec<String>> = None;
    let on = |stack: &Vec<bool>| stack.iter().all(|b| *b);
    for line in template.lines() {
        let t = line.trim_start();
        if t.starts_with("#if( !$responseCodes") {
            stack.push(codes.is_empty());
        } else if t.starts_with("#if( $responseCodes.size() == 1 )") {
            stack.push(codes.len() == 1);
        } else if t.starts_with("#foreach") {
            stack.push(true);
            foreach = Some(Vec::new());
        } else if t.starts_with("#else") {
            let last = stack.pop().unwrap();
            stack.push(!last);
        } else if t.starts_with("#end") {
            stack.pop();
            if let Some(body) = foreach.take() {
                for c in codes {
                    for l in &body {
                        out.push_str(&l.replace("${responseCode}", c));
                        out.push('\n');
                    }
                }
            }
        } else if t.starts_with("#set") {
        } else if on(&stack) {
            match foreach.as_mut() {
                Some(body) => body.push(line.to_string()),
                None => {
                    out.push_str(
                        &line.replace("${responseCodes[0]}", codes.first().copied().unwrap_or("")),
                    );
                    out.push('\n');
                }
            }
        }
    }
    // AiRouteServiceImpl.java:288-291
    out.replace("${name}", route)
        .replace("${routeName}", route)
        .replace("${fallbackHeader}", FALLBACK_HEADER)
}

#[test]
fn envoy_filter_equals_the_rendered_console_template() {
    let template = std::fs::read_to_string(TEMPLATE).unwrap_or_else(|e| {
        panic!("{TEMPLATE}: {e}: this test needs shared/ beside the repository, as CI has it")
    });
    for codes in [vec!["5xx"], vec!["4xx"], vec!["4xx", "5xx"]] {
        let mut want = yaml(&velocity(&template, &codes, "ai-route-openai.internal"));
        // renderDefaultMetadata (KubernetesClientService.java:741-747), the AIO namespace.
        let meta = &mut want["metadata"];
        meta["namespace"] = Value::String("higress-system".into());
        meta["resourceVersion"] = Value::String("1".into());
        meta["labels"] =
            yaml("higress.io/resource-definer: higress\nhigress.io/internal: 'true'\n");
        meta["annotations"] = yaml(&format!("higress.io/comment: {INTERNAL_COMMENT}\n"));
        let codes: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
        let got = envoy_filter("openai", &codes);
        assert_eq!(got, want, "{codes:?}");
        assert_eq!(envoy_filter_codes(&got), Some(codes));
    }
}

#[test]
fn fallback_config_json_is_what_gson_writes() {
    // AiRouteFallbackConfig fields in order (AiRouteFallbackConfig.java:38-45); AiUpstream
    // (AiUpstream.java:34-39); SEQ with one upstream: weight 100 (fillDefaultWeights,
    // AiRouteServiceImpl.java:232-240); RAND: weight 1 each (:276-278).
    let mapping = BTreeMap::from([("gpt-4o".to_string(), "deepseek-chat".to_string())]);
    let f = Fallback {
        upstreams: vec![FallbackUpstream {
            provider: "deepseek".into(),
            model_mapping: mapping.clone(),
        }],
        strategy: Strategy::Seq,
        response_codes: vec!["5xx".into()],
    };
    assert_eq!(
        serde_json::to_string(&f.to_json()).unwrap(),
        r#"{"enabled":true,"upstreams":[{"provider":"deepseek","weight":100,"modelMapping":{"gpt-4o":"deepseek-chat"}}],"fallbackStrategy":"SEQ","responseCodes":["5xx"]}"#
    );
    assert_eq!(Fallback::from_json(&f.to_json()), Some(f.clone()));
    let rand = Fallback {
        upstreams: vec![
            FallbackUpstream {
                provider: "deepseek".into(),
                model_mapping: BTreeMap::new(),
            },
            FallbackUpstream {
                provider: "moonshot".into(),
                model_mapping: BTreeMap::new(),
            },
        ],
        strategy: Strategy::Rand,
        response_codes: vec!["4xx".into(), "5xx".into()],
    };
    assert_eq!(
        serde_json::to_string(&rand.to_json()).unwrap(),
        r#"{"enabled":true,"upstreams":[{"provider":"deepseek","weight":1},{"provider":"moonshot","weight":1}],"fallbackStrategy":"RAND","responseCodes":["4xx","5xx"]}"#
    );
    assert_eq!(rand.active().len(), 2);
    let seq = Fallback {
        strategy: Strategy::Seq,
        ..rand
    };
    assert_eq!(seq.active().len(), 1);
    // No strategy: the console's default, RAND.
    let v = serde_json::json!({"enabled": true, "upstreams": [{"provider": "x"}]});
    assert_eq!(Fallback::from_json(&v).unwrap().strategy, Strategy::Rand);
    assert_eq!(
        Fallback::from_json(&serde_json::json!({"enabled": false})),
        None
    );
}

#[test]
fn model_mapper_rule_targets_the_route_and_the_upstream_service() {
    // targets {ROUTE: ai-route-<name>.fallback.internal, SERVICE: <svc>} (AiRouteServiceImpl.java:356-357),
    // config {modelMapping} (:374), one matchRules item (KubernetesModelConverter.java:792-809).
    let mut doc = model_mapper_skeleton(&model_mapper_url(None));
    let map = BTreeMap::from([("*".to_string(), "deepseek-chat".to_string())]);
    set_model_mapping(
        &mut doc,
        "ai-route-openai.fallback.internal",
        "llm-deepseek.internal.dns",
        &map,
    );
    set_model_mapping(
        &mut doc,
        "ai-route-openai.fallback.internal",
        "llm-deepseek.internal.dns",
        &map,
    );
    let expected = yaml(
        r#"
- config:
    modelMapping:
      '*': deepseek-chat
  configDisable: false
  ingress: [ai-route-openai.fallback.internal]
  service: [llm-deepseek.internal.dns]
"#,
    );
    assert_eq!(doc["spec"]["matchRules"], expected);
    assert_eq!(
        doc["metadata"]["name"],
        Value::String("model-mapper.internal".into())
    );
    assert_eq!(doc["spec"]["phase"], Value::String("AUTHN".into()));
    let back = parse("x", &render(&doc).unwrap()).unwrap();
    assert_eq!(back, doc);
    assert!(clear_model_mappings(
        &mut doc,
        "ai-route-openai.fallback.internal"
    ));
    assert!(model_mapper_empty(&doc));
}

#[test]
fn model_mapper_url_sits_next_to_ai_proxy() {
    let proxy = yaml("spec:\n  url: oci://registry/plugins/ai-proxy:2.0.0\n");
    assert_eq!(
        model_mapper_url(Some(&proxy)),
        "oci://registry/plugins/model-mapper:2.0.0"
    );
    let odd = yaml("spec:\n  url: file:///x.wasm\n");
    assert!(model_mapper_url(Some(&odd)).contains("/model-mapper/1.0.0/"));
}

#[test]
fn the_primary_allow_rule_is_copied_to_the_fallback_route() {
    let mut ka = yaml(
        r#"
spec:
  defaultConfig: {consumers: []}
  matchRules:
  - config: {allow: [team-a]}
    configDisable: false
    ingress: [ai-route-openai.internal]
  - config: {allow: [stale]}
    configDisable: false
    ingress: [ai-route-openai.fallback.internal]
"#,
    );
    assert!(copy_allow_rule(
        &mut ka,
        "ai-route-openai.internal",
        "ai-route-openai.fallback.internal"
    ));
    let rules = ka["spec"]["matchRules"].as_sequence().unwrap();
    assert_eq!(rules.len(), 2);
    assert_eq!(
        rules[1]["config"]["allow"][0],
        Value::String("team-a".into())
    );
    assert_eq!(
        rules[1]["ingress"][0],
        Value::String("ai-route-openai.fallback.internal".into())
    );
    assert!(drop_allow_rule(
        &mut ka,
        "ai-route-openai.fallback.internal"
    ));
    // No rule on the primary: nothing to copy, and a stale copy goes.
    let mut none = yaml("spec: {matchRules: []}\n");
    assert!(!copy_allow_rule(&mut none, "a", "b"));
}

#[test]
fn fallback_names_read_back() {
    assert_eq!(
        fallback_of("ai-route-openai.fallback.internal"),
        Some("openai")
    );
    assert_eq!(
        fallback_of("ai-route-oc-vllm.fallback.internal"),
        Some("oc-vllm")
    );
    assert_eq!(fallback_of("ai-route-openai.internal"), None);
    assert_eq!(fallback_of("ai-route-.fallback.internal"), None);
}

#[test]
fn the_global_filter_inserts_custom_response() {
    assert!(inserts_custom_response(&global_custom_response()));
    assert!(!inserts_custom_response(&envoy_filter("x", &[])));
}
