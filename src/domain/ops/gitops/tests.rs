use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use super::plan::{Current, CurrentProvider, plan};
use super::refs::{Lookup, Missing, resolve};
use super::*;
use crate::domain::live::gwconfig::{AutoRouting, Rule};

const EXAMPLE: &str = r#"apiVersion: get-ai-gateway/v1
kind: Gateway
name: higress-ai-gateway
start:
  image: {repo: higress/all-in-one, tag: latest}
  bind: 127.0.0.1
  ports: {http: 8080, https: 8443, console: 8001}
providers:
  dashscope: {key: "${DASHSCOPE_API_KEY}", models: ["qwen*"]}
  azure: {key: "${AZURE_KEY}", serviceUrl: "https://x.openai.azure.com/openai"}
openaiCompatible:
  vllm: {baseUrl: "http://10.0.0.5:8000/v1", key: "${VLLM_KEY}", models: ["llama-*"]}
autoRouting:
  enabled: true
  defaultModel: qwen-turbo
  rules:
    - {trigger: "深入思考|think:", model: deepseek-reasoner}
    - {pattern: "(?i)^code:", model: qwen-coder}
gatewayKeys:
  required: true
  keys:
    openclaw: {value: "${OPENCLAW_GATEWAY_KEY}"}
console:
  password: "${file:/run/secrets/console}"
"#;

fn err(text: &str) -> String {
    let e = parse(text).expect_err("should fail");
    let hint = crate::error::user_hint(&e).unwrap_or_default().to_string();
    format!("{e:#} | {hint}")
}

fn head(body: &str) -> String {
    format!("apiVersion: get-ai-gateway/v1\nkind: Gateway\n{body}")
}

#[test]
fn the_example_parses() {
    let d = parse(EXAMPLE).expect("parses");
    let ps = d.providers.as_ref().expect("providers");
    assert_eq!(
        ps["aliyun"].keys,
        vec![Val::Env("DASHSCOPE_API_KEY".into())]
    );
    assert_eq!(
        ps["azure"].extras["AZURE_SERVICE_URL"],
        Val::Lit("https://x.openai.azure.com/openai".into())
    );
    assert!(
        d.compatible
            .as_ref()
            .expect("compat")
            .contains_key("oc-vllm")
    );
    let rules = d
        .auto_routing
        .as_ref()
        .and_then(|r| r.rules.clone())
        .expect("rules");
    assert_eq!(rules[0].pattern, "(?i)^(深入思考|think:)");
    assert_eq!(
        d.console.and_then(|c| c.password),
        Some(Val::File("/run/secrets/console".into()))
    );
    assert_eq!(d.start.and_then(|s| s.http), Some(8080));
}

#[test]
fn an_unknown_field_gets_its_place_and_the_nearest_name() {
    let e = err(&head(
        "autoRouting:\n  enabled: true\n  defaultModle: qwen-turbo\n",
    ));
    assert!(e.contains("line 5, column 3"), "{e}");
    assert!(e.contains("unknown field `defaultModle`"), "{e}");
    assert!(e.contains("did you mean `defaultModel`?"), "{e}");
}

#[test]
fn a_wrong_type_gets_its_line() {
    let e = err(&head("autoRouting:\n  defaultModel: 1.10\n"));
    assert!(e.contains("line 4"), "{e}");
    assert!(e.contains("a number"), "{e}");
}

#[test]
fn a_literal_secret_is_refused_with_the_hint() {
    let e = err(&head("providers:\n  deepseek: {key: sk-0123456789}\n"));
    assert!(
        e.contains("line 4") && e.contains("providers.deepseek.key"),
        "{e}"
    );
    assert!(e.contains("${VAR}"), "{e}");
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"$(rm -rf /)\"}\n",
    ));
    assert!(e.contains("reference"), "{e}");
    let e = err(&head("console:\n  password: hunter2\n"));
    assert!(e.contains("console.password"), "{e}");
}

#[test]
fn an_unknown_provider_lists_the_known_ones() {
    let e = err(&head("providers:\n  moonshoot: {key: \"${K}\"}\n"));
    assert!(e.contains("unknown provider `moonshoot`"), "{e}");
    assert!(e.contains("deepseek") && e.contains("moonshot"), "{e}");
}

#[test]
fn an_invalid_rule_gets_gos_error() {
    let e = err(&head(
        "autoRouting:\n  rules:\n    - {pattern: \"a(\", model: m}\n",
    ));
    assert!(e.contains("missing closing )"), "{e}");
    assert!(e.contains("autoRouting.rules[0].pattern"), "{e}");
}

#[test]
fn header_and_yaml_errors() {
    assert!(err("kind: Gateway\n").contains("apiVersion"));
    assert!(
        err("apiVersion: get-ai-gateway/v1\nkind: Gateway\nproviders: [\n")
            .contains("not valid YAML")
    );
}

fn look(
    env: &'static [(&'static str, &'static str)],
) -> impl Fn(&Desired) -> Result<Desired, Missing> {
    move |d| {
        let e = |k: &str| {
            env.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        let f = |p: &str| match p {
            "/s/console" => Ok("pässwörd-1\n".to_string()),
            _ => Err("No such file or directory".to_string()),
        };
        resolve(d, &Lookup { env: &e, file: &f })
    }
}

#[test]
fn references_resolve_through_the_lookups() {
    let d = parse(&head(
        "providers:\n  deepseek: {key: \"${DS}\"}\nconsole:\n  password: \"${file:/s/console}\"\n",
    ))
    .expect("parses");
    let r = look(&[("DS", "sk-$(x)\"'\n")])(&d).expect("resolves");
    assert_eq!(
        r.providers.expect("p")["deepseek"].keys[0],
        Val::Lit("sk-$(x)\"'\n".into())
    );
    assert_eq!(
        r.console.and_then(|c| c.password),
        Some(Val::Lit("pässwörd-1".into()))
    );
    let m = look(&[])(&d).expect_err("missing");
    assert_eq!(m.field, "providers.deepseek.keys[0]");
    assert!(m.message.contains("DS is not set"));
    let d = parse(&head("console:\n  password: \"${file:/nope}\"\n")).expect("parses");
    let m = look(&[])(&d).expect_err("missing file");
    assert!(
        m.message.contains("/nope") && m.field == "console.password",
        "{m:?}"
    );
}

fn current() -> Current {
    let mut providers = BTreeMap::new();
    providers.insert(
        "deepseek".to_string(),
        CurrentProvider {
            keys: vec!["sk-old-0000000000".into()],
            models: "deepseek-*".into(),
            extras: BTreeMap::new(),
            in_sync: true,
            ..Default::default()
        },
    );
    providers.insert(
        "aliyun".to_string(),
        CurrentProvider {
            keys: vec!["sk-qwen-000000000".into()],
            models: "qwen*".into(),
            extras: BTreeMap::new(),
            in_sync: true,
            ..Default::default()
        },
    );
    Current {
        providers,
        routing: AutoRouting {
            present: true,
            enable: true,
            default_model: Some("qwen-turbo".into()),
            rules: vec![Rule {
                pattern: "^a".into(),
                model: "a".into(),
            }],
        },
        keys_required: false,
        keys: BTreeMap::from([("old".to_string(), "gw-old".to_string())]),
        key_providers: BTreeMap::new(),
        key_rates: BTreeMap::new(),
        key_tokens: BTreeMap::new(),
        redis: false,
        redis_beside: false,
        redis_users: Vec::new(),
        quotas: false,
        console_password: None,
        start: None,
        tracing: None,
        mcp: None,
    }
}

fn resolved(body: &str) -> Desired {
    let env = |k: &str| Some(format!("value-of-{k}"));
    let file = |_: &str| Err("no".to_string());
    resolve(
        &parse(&head(body)).expect("parses"),
        &Lookup {
            env: &env,
            file: &file,
        },
    )
    .expect("resolves")
}

#[test]
fn the_plan_is_rendered_terraform_style_with_masked_secrets() {
    let d = resolved(
        "providers:\n  moonshot: {key: \"${MOONSHOT_API_KEY}\"}\n  deepseek: {key: \"${DS}\"}\n\
         autoRouting:\n  rules:\n    - {pattern: \"^a\", model: b}\n    - {pattern: \"^c\", model: c}\n\
         gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\"}\n",
    );
    let p = plan(&d, &current(), false).expect("plan");
    let text = p.render();
    assert_eq!(
        text,
        "~ provider deepseek key sk-o***0000 → valu***f-DS\n\
         + provider moonshot (key valu***_KEY)\n\
         ~ rule 0 model a → b\n\
         + rule 1 ^c → c\n\
         + key ci (valu***f-CI)\n  \
         provider dashscope kept (not in the file)\n  \
         key old kept (not in the file)"
    );
    assert!(!text.contains("value-of"));
    let pruned = plan(&d, &current(), true).expect("plan").render();
    assert!(
        pruned.contains("- provider dashscope reset to its placeholder key"),
        "{pruned}"
    );
    assert!(pruned.contains("- key old"), "{pruned}");
}

#[test]
fn absent_sections_and_equal_ones_make_an_empty_plan() {
    let d =
        resolved("autoRouting:\n  enabled: true\n  rules:\n    - {pattern: \"^a\", model: a}\n");
    let p = plan(&d, &current(), true).expect("plan");
    assert!(p.is_empty(), "{}", p.render());
    assert!(
        plan(&resolved(""), &current(), true)
            .expect("plan")
            .is_empty()
    );
}

#[test]
fn start_differences_need_upgrade() {
    let mut cur = current();
    cur.start = Some(StartSpec {
        image_tag: Some("v1".into()),
        http: Some(8080),
        ..StartSpec::default()
    });
    let d = resolved("start:\n  image: {tag: v2}\n  ports: {http: 9090}\n");
    let p = plan(&d, &cur, false).expect("plan");
    assert!(p.is_empty());
    assert_eq!(
        p.render(),
        "! start.image.tag v1 → v2: needs `upgrade` (left as it is; apply --recreate does it)\n\
         ! start.ports.http 8080 → 9090: needs a new container (left as it is; apply --recreate \
         does it)"
    );
    assert_eq!(
        p.to_json()["needsNewContainer"][0],
        "start.ports.http 8080 → 9090"
    );
    // A data folder written with a trailing `/` is the same folder; another one is listed.
    cur.start.as_mut().unwrap().data_folder = Some("/srv/gw".into());
    let p = plan(&resolved("start: {dataFolder: /srv/gw/}\n"), &cur, false).expect("plan");
    assert!(p.new_container.is_empty(), "{}", p.render());
    let p = plan(&resolved("start: {dataFolder: /srv/gw2}\n"), &cur, false).expect("plan");
    assert_eq!(p.new_container, ["start.dataFolder /srv/gw → /srv/gw2"]);
}

#[test]
fn start_o11y_and_metrics_port_plan_lines() {
    let mut cur = current();
    cur.start = Some(StartSpec {
        o11y: Some(false),
        metrics_port: Some("127.0.0.1:15020".into()),
        ..StartSpec::default()
    });
    let p = plan(
        &resolved("start: {o11y: true, metricsPort: 9100}\n"),
        &cur,
        false,
    )
    .expect("plan");
    assert!(p.is_empty(), "nothing is made: {}", p.render());
    assert_eq!(p.upgrade, ["start.o11y false → true (`upgrade --o11y`)"]);
    assert_eq!(
        p.new_container,
        ["start.metricsPort 127.0.0.1:15020 → 9100"]
    );
    // Back to the plain image: the line says `--no-o11y`.
    cur.start.as_mut().unwrap().o11y = Some(true);
    let p = plan(&resolved("start: {o11y: false}\n"), &cur, false).expect("plan");
    assert_eq!(p.upgrade, ["start.o11y true → false (`upgrade --no-o11y`)"]);
    // The same port written without the loopback address the gateway adds: no line.
    for same in ["15020", "127.0.0.1:15020"] {
        let body = format!("start: {{o11y: true, metricsPort: \"{same}\"}}\n");
        let p = plan(&resolved(&body), &cur, false).expect("plan");
        assert!(
            p.upgrade.is_empty() && p.new_container.is_empty(),
            "{same}: {}",
            p.render()
        );
    }
    // None published yet.
    cur.start.as_mut().unwrap().metrics_port = None;
    let p = plan(&resolved("start: {metricsPort: 15020}\n"), &cur, false).expect("plan");
    assert_eq!(p.new_container, ["start.metricsPort (none) → 15020"]);
}

#[test]
fn the_schema_names_every_section() {
    let s = schema::schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    for f in fields::TOP {
        assert!(s["properties"].get(f.name).is_some(), "{}", f.name);
    }
    assert!(
        s["properties"]["providers"]["properties"]["azure"]["properties"]["serviceUrl"].is_object()
    );
}

fn name() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9]{0,6}"
}

/// A gateway key: a reference, `all` or some providers (the table's ids, or servers'
/// `oc-srv-…`), and no rate or one.
fn any_key() -> impl Strategy<Value = KeySpec> {
    let ids: Vec<String> = crate::domain::providers::PROVIDERS
        .iter()
        .filter(|p| p.stem != crate::domain::providers::compatible::STEM)
        .map(|p| p.id.to_string())
        .collect();
    let id = prop_oneof![
        proptest::sample::select(ids),
        "srv-[a-z]{1,4}".prop_map(|n| format!("oc-{n}")),
    ];
    let per = proptest::sample::select(Per::ALL.to_vec());
    (
        "[A-Z]{1,6}",
        proptest::option::of(prop::collection::btree_set(id, 1..4)),
        proptest::option::of((1u64..100_000, per)),
        prop::collection::vec(proptest::option::of(1u64..10_000_000), 4),
        proptest::option::of(1u64..=fields::MAX_QUOTA),
    )
        .prop_map(|(v, ids, rate, tokens, quota)| {
            let mut limits = crate::domain::ops::gitops::TokenLimits::default();
            for (w, n) in crate::domain::live::tokenlimit::WINDOWS.iter().zip(tokens) {
                limits.put(*w, n);
            }
            KeySpec {
                value: Val::Env(v),
                providers: ids.map_or(Providers::All, Providers::Only),
                rate: rate.map(|(requests, per)| Rate { requests, per }),
                tokens: limits,
                quota,
            }
        })
}

/// Retries, failover, upstream retries and a fallback (to the table's providers, with
/// mappings shared or per fallback), each or none.
fn any_resilience() -> impl Strategy<Value = ResilienceSpec> {
    use crate::domain::live::gwconfig::fallback::Strategy as Strat;
    let ids = ["deepseek", "moonshot", "openai", "oc-srv"];
    let ms = prop_oneof![Just(500u64), Just(5000), Just(120_000), 1u64..100_000];
    let retry =
        (1u64..=100, proptest::option::of(ms.clone())).prop_map(|(max_retries, timeout_ms)| {
            Retry {
                max_retries,
                timeout_ms,
            }
        });
    let failover = (
        "[a-z][a-z0-9.-]{0,8}",
        1u64..=1000,
        1u64..=1000,
        ms.clone(),
        ms,
    )
        .prop_map(|(m, f, s, i, t)| Failover {
            health_model: m,
            failure_threshold: f,
            success_threshold: s,
            health_interval_ms: i,
            health_timeout_ms: t,
        });
    let upstream =
        (1u64..=100, 0u64..1000).prop_map(|(tries, timeout_s)| UpstreamRetry { tries, timeout_s });
    let map = prop::collection::btree_map("[a-z*][a-z0-9*-]{0,6}", "[a-z][a-z0-9-]{0,6}", 0..3);
    let fallback = (
        proptest::sample::subsequence(ids.to_vec(), 1..4),
        map.clone(),
        prop::collection::vec(map, 4),
        any::<bool>(),
        proptest::sample::select(vec![vec!["4xx"], vec!["5xx"], vec!["4xx", "5xx"]]),
    )
        .prop_map(|(to, shared, own, seq, codes)| Fallback {
            upstreams: to
                .iter()
                .zip(own)
                .map(|(id, own)| FallbackUpstream {
                    provider: id.to_string(),
                    model_mapping: own.into_iter().chain(shared.clone()).collect(),
                })
                .collect(),
            strategy: if seq { Strat::Seq } else { Strat::Rand },
            response_codes: codes.into_iter().map(str::to_string).collect(),
        });
    (
        proptest::option::of(retry),
        proptest::option::of(failover),
        proptest::option::of(upstream),
        proptest::option::of(fallback),
    )
        .prop_map(|(retry, failover, upstream, fallback)| ResilienceSpec {
            retry,
            failover,
            upstream,
            fallback,
        })
}

fn any_desired() -> impl Strategy<Value = Desired> {
    let stems: Vec<&'static str> = crate::domain::providers::PROVIDERS
        .iter()
        .map(|p| p.id)
        .collect();
    let provider = (
        proptest::sample::select(stems),
        prop::collection::vec("[A-Z][A-Z0-9_]{0,8}", 1..3),
        proptest::option::of(prop::collection::vec("[a-z]{1,6}-\\*", 1..3)),
        any_resilience(),
    );
    let rule = ("[a-zA-Z0-9 ^:'\"$()#]{1,12}", "[a-z0-9.-]{1,10}")
        .prop_filter("Go compiles it", |(p, _)| {
            crate::domain::routing::check_pattern(p).is_ok()
        });
    (
        proptest::option::of(prop::collection::vec(provider, 0..4)),
        proptest::option::of((
            proptest::option::of(any::<bool>()),
            proptest::option::of("[a-z0-9.-]{1,10}"),
            proptest::option::of(prop::collection::vec(rule, 0..5)),
        )),
        proptest::option::of((
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(prop::collection::btree_map(name(), any_key(), 0..3)),
        )),
        proptest::option::of(name()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(ps, routing, keys, name, redis)| Desired {
            name,
            start: redis.map(|r| StartSpec {
                redis: Some(r),
                ..StartSpec::default()
            }),
            providers: ps.map(|ps| {
                ps.into_iter()
                    .map(|(id, ks, models, resilience)| {
                        let spec = ProviderSpec {
                            keys: ks.into_iter().map(Val::Env).collect(),
                            models,
                            extras: BTreeMap::new(),
                            resilience,
                        };
                        (id.to_string(), spec)
                    })
                    .collect()
            }),
            compatible: None,
            auto_routing: routing.map(|(enabled, default_model, rules)| RoutingSpec {
                enabled,
                default_model,
                rules: rules.map(|rs| {
                    rs.into_iter()
                        .map(|(pattern, model)| RuleSpec { pattern, model })
                        .collect()
                }),
            }),
            gateway_keys: keys.map(|(required, quotas, keys)| KeysSpec {
                required,
                quotas,
                keys,
            }),
            console: None,
            observability: None,
            mcp_servers: None,
        })
}

#[test]
fn a_desired_state_survives_writing_and_parsing() {
    // Fixed seed: the same cases every run (see CONTRIBUTING.md).
    let seed: [u8; 32] = *b"get-ai-gateway gitops round trip";
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 256,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    runner
        .run(&any_desired(), |d| {
            let text = emit::to_text(&d);
            let back = parse(&text).map_err(|e| TestCaseError::fail(format!("{e:#}\n{text}")))?;
            prop_assert_eq!(back, d, "{}", text);
            Ok(())
        })
        .expect("round trip");
}

#[test]
fn an_exported_file_parses_back() {
    let d = parse(EXAMPLE).expect("parses");
    let text = emit::to_text(&d);
    assert!(text.starts_with("# yaml-language-server: $schema="));
    assert_eq!(parse(&text).expect("parses back"), d);
}

#[test]
fn scoped_keys_parse_plan_apply_and_come_back_with_no_changes() {
    use crate::domain::live::{keyauth, keyrate, keyscope};
    let d = resolved(
        "gatewayKeys:\n  required: true\n  keys:\n    ci: {value: \"${CI}\", providers: [deepseek, vllm], requestsPerMinute: 60}\n    old: {value: \"${OLD}\"}\n",
    );
    let keys = d.gateway_keys.clone().and_then(|k| k.keys).expect("keys");
    let ids = ["deepseek", "oc-vllm"].map(str::to_string);
    assert_eq!(keys["ci"].providers, Providers::Only(ids.into()));
    let per_min = Rate {
        requests: 60,
        per: Per::Minute,
    };
    assert_eq!(keys["ci"].rate, Some(per_min));
    assert_eq!(keys["old"].providers, Providers::All);
    let mut cur = current();
    cur.keys.insert("old".into(), "value-of-OLD".into());
    cur.key_rates.insert("old".into(), per_min);
    let p = plan(&d, &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "+ key ci (valu***f-CI; providers deepseek,vllm; rate 60/minute)\n\
         ~ key old rate 60/minute → none\n\
         ~ gateway keys required false → true"
    );
    // Applied to key-auth and key-rate-limit, as the command does in its transaction.
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut auth = keyauth::skeleton(url);
    keyauth::add(&mut auth, "old", "value-of-OLD").expect("add");
    let mut rate = keyrate::skeleton(&keyrate::url_next_to(url));
    keyrate::set(&mut rate, "old", Some(per_min), false).expect("rate");
    let mut files = keyscope::KeyFiles {
        auth,
        rate,
        routes: ["deepseek", "aliyun", "oc-vllm"]
            .map(str::to_string)
            .to_vec()
            .into(),
        mcp: None,
    };
    plan::apply_keys(&p, &mut files).expect("apply");
    let st = files.state();
    assert!(st.enabled && st.scoped);
    assert_eq!(
        keyrate::rates(&files.rate),
        vec![("ci".to_string(), per_min)]
    );
    assert_eq!(
        keyscope::wanted_rules(&files.auth, &files.routes)[1],
        (
            "ai-route-aliyun.internal".to_string(),
            vec!["old".to_string()]
        )
    );
    // What the gateway now has, planned again: nothing to do; exported: the same keys.
    let mut again = cur;
    again.set_keys(&files.auth, &files.rate);
    let p2 = plan(&d, &again, false).expect("plan");
    assert!(p2.is_empty(), "{}", p2.render());
    let (exported, _) = export::from_current(&again, "gw");
    let text = emit::to_text(&exported);
    assert!(
        text.contains("providers:\n      - deepseek\n      - vllm\n      requestsPerMinute: 60"),
        "{text}"
    );
    let back = parse(&text).expect("parses back");
    assert_eq!(
        back.gateway_keys.and_then(|k| k.keys).expect("keys")["ci"].providers,
        keys["ci"].providers
    );
}

#[test]
fn a_key_with_two_rates_or_unknown_providers_is_refused() {
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", requestsPerMinute: 1, requestsPerDay: 2}\n",
    ));
    assert!(
        e.contains("a key has one rate") && e.contains("requestsPerDay"),
        "{e}"
    );
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", providers: every}\n",
    ));
    assert!(e.contains("`all` or a list"), "{e}");
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", providers: [\"Bad Name\"]}\n",
    ));
    assert!(e.contains("unknown provider `Bad Name`"), "{e}");
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", requestsPerHour: 0}\n",
    ));
    assert!(e.contains("at least 1"), "{e}");
}

/// The schema the `$schema` line points to is the committed file: regenerate it with
/// `get-ai-gateway schema > docs/gateway.schema.json` when the file's fields change.
#[test]
fn the_committed_schema_is_what_the_schema_command_prints() {
    let committed = include_str!("../../../../docs/gateway.schema.json");
    let printed = serde_json::to_string_pretty(&schema::schema()).expect("json") + "\n";
    assert!(
        committed == printed,
        "docs/gateway.schema.json is stale: run `get-ai-gateway schema > docs/gateway.schema.json`"
    );
    assert!(SCHEMA_URL.ends_with("/main/docs/gateway.schema.json"));
}

#[test]
fn retries_and_fallbacks_are_planned_and_set_exactly() {
    use crate::domain::live::gwconfig::resilience::Retry;
    let d = resolved(
        "providers:\n  deepseek:\n    key: \"${DS}\"\n    retries: {maxRetries: 3, retryTimeout: 30s}\n    upstreamRetries: {tries: 2}\n    fallback: {to: [qwen], onStatus: [5xx], strategy: seq, modelMap: {gpt-4o: qwen-max}}\n  qwen: {key: \"${Q}\"}\n",
    );
    let ds = &d.providers.as_ref().expect("providers")["deepseek"];
    let f = ds.resilience.fallback.as_ref().expect("fallback");
    assert_eq!(f.upstreams[0].provider, "aliyun");
    assert_eq!(f.upstreams[0].model_mapping["gpt-4o"], "qwen-max");
    let mut cur = current();
    for (id, key) in [("deepseek", "value-of-DS"), ("aliyun", "value-of-Q")] {
        if let Some(p) = cur.providers.get_mut(id) {
            p.keys = vec![key.to_string()];
        }
    }
    if let Some(p) = cur.providers.get_mut("deepseek") {
        p.resilience.retry = Some(Retry {
            max_retries: 2,
            timeout_ms: Some(30_000),
        });
    }
    if let Some(p) = cur.providers.get_mut("aliyun") {
        p.fallback = f.clone().into();
    }
    let p = plan(&d, &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "- fallback dashscope\n\
         ~ provider deepseek retries 2 (timeout 30s) → 3 (timeout 30s), upstream retries none → 2 (timeout 0s)\n\
         + fallback deepseek → dashscope (seq; on 5xx; dashscope: gpt-4o=qwen-max)"
    );
    // A fallback to itself, or to a provider the gateway will not have, is refused.
    let e = plan(
        &resolved("providers:\n  deepseek: {key: \"${DS}\", fallback: {to: [deepseek]}}\n"),
        &cur,
        false,
    )
    .expect_err("itself");
    assert!(
        format!("{e:#}").contains("cannot fall back to itself"),
        "{e:#}"
    );
    let e = plan(
        &resolved("providers:\n  deepseek: {key: \"${DS}\", fallback: {to: [moonshot]}}\n"),
        &cur,
        false,
    )
    .expect_err("missing");
    assert!(format!("{e:#}").contains("does not have"), "{e:#}");
    let e = err(&head(
        "providers:\n  deepseek: {key: \"${DS}\", retries: {retryTimeout: 5s}}\n",
    ));
    assert!(e.contains("`maxRetries` is missing"), "{e}");
    let e = err(&head(
        "providers:\n  deepseek: {key: \"${DS}\", fallback: {to: [qwen], strategy: random}}\n",
    ));
    assert!(e.contains("not one of seq, rand"), "{e}");
}

/// The guide's example of retries and fallbacks (the indented block) parses.
#[test]
fn the_guides_resilience_example_parses() {
    let guide = include_str!("../../../../docs/gateway-as-code.md");
    let block = guide
        .split("  ```yaml\n")
        .find(|b| b.starts_with("  providers:"))
        .and_then(|b| b.split("  ```\n").next())
        .expect("the indented yaml block");
    let body: String = block
        .lines()
        .map(|l| format!("{}\n", l.get(2..).unwrap_or_default()))
        .collect();
    let d = parse(&head(&body)).expect("parses");
    let ds = &d.providers.expect("providers")["deepseek"];
    let f = ds.resilience.fallback.as_ref().expect("fallback");
    assert_eq!(f.response_codes, ["5xx"]);
    assert_eq!(f.upstreams[0].provider, "oc-vllm");
    assert_eq!(f.upstreams[1].model_mapping["deepseek-chat"], "kimi");
    assert_eq!(f.upstreams[0].model_mapping.get("deepseek-chat"), None);
    assert_eq!(
        ds.resilience.upstream.as_ref().map(|u| u.timeout_s),
        Some(120)
    );
}

#[test]
fn token_limits_are_planned_and_refused_without_redis() {
    let mut cur = current();
    cur.keys.insert("ci".into(), "value-of-CI".into());
    let have = crate::domain::ops::gitops::TokenLimits {
        tokens_per_minute: Some(1000),
        ..Default::default()
    };
    cur.key_tokens.insert("ci".into(), have);
    let d = resolved("gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", tokensPerMinute: 2000}\n");
    let e = plan(&d, &cur, false).expect_err("no redis");
    let hint = crate::error::user_hint(&e).unwrap_or_default().to_string();
    assert!(format!("{e:#}").contains("Redis"), "{e:#}");
    assert!(hint.contains("start --redis"), "{hint}");
    cur.redis = true;
    let p = plan(&d, &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "~ key ci tokens 1000/minute → 2000/minute\n  key old kept (not in the file)"
    );
    assert!(matches!(
        &p.changes[..],
        [super::plan::Change::SetTokens { request, .. }] if request.tokens_per_minute == Some(2000)
    ));
    // Removing the limit needs no Redis.
    cur.redis = false;
    let d = resolved("gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\"}\n");
    let p = plan(&d, &cur, false).expect("a removal");
    assert!(
        p.render().contains("tokens 1000/minute → none"),
        "{}",
        p.render()
    );
    // start.redis differs: a line, not a change.
    cur.start = Some(StartSpec::default());
    let p = plan(&resolved("start:\n  redis: true\n"), &cur, false).expect("plan");
    assert!(p.is_empty());
    assert!(
        p.render()
            .contains("start.redis false → true: needs `start --redis`"),
        "{}",
        p.render()
    );
}

#[test]
fn start_redis_true_to_false_leaves_redis_and_says_what_still_counts_in_it() {
    let mut cur = current();
    cur.start = Some(StartSpec::default());
    (cur.redis, cur.redis_beside) = (true, true);
    let off = resolved("start:\n  redis: false\n");
    let p = plan(&off, &cur, false).expect("plan");
    assert!(p.is_empty(), "Redis is not removed by a file");
    let stop = "! start.redis true → false: left as it is; `get-ai-gateway redis stop` stops \
                it (its data stays in redis/)";
    assert_eq!(p.render(), stop);
    assert!(!p.render().contains("start --redis"));
    let json = p.to_json();
    assert_eq!(json["needsRedis"], serde_json::json!([]));
    assert_eq!(json["redisKept"][0], stop.trim_start_matches("! "));

    // Token limits, quotas and SSE MCP servers still count in it: say so, and what to do.
    cur.keys.insert("ci".into(), "value-of-CI".into());
    let limit = crate::domain::ops::gitops::TokenLimits {
        tokens_per_minute: Some(1000),
        ..Default::default()
    };
    cur.key_tokens.insert("ci".into(), limit);
    cur.redis_users = vec![
        "quotas (`keys quota disable`)".into(),
        "the SSE MCP server docs".into(),
    ];
    let p = plan(&off, &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "! start.redis true → false: left as it is: the token limits of key ci, quotas \
         (`keys quota disable`) and the SSE MCP server docs still count in Redis; remove them \
         first, then `get-ai-gateway redis stop`"
    );
    // The same file removing ci's limit: what is left after the plan counts.
    cur.redis_users.clear();
    let both =
        resolved("start:\n  redis: false\ngatewayKeys:\n  keys:\n    ci: {value: \"${CI}\"}\n");
    let p = plan(&both, &cur, false).expect("plan");
    assert!(
        p.render().contains("tokens 1000/minute → none"),
        "{}",
        p.render()
    );
    assert!(p.render().ends_with(stop), "{}", p.render());
    // A Redis of --redis-url is not this tool's to stop.
    cur.redis_beside = false;
    let p = plan(&both, &cur, false).expect("plan");
    assert!(
        p.render()
            .contains("a Redis of its own (--redis-url), which this tool neither runs nor stops"),
        "{}",
        p.render()
    );
    let p = plan(&off, &cur, false).expect("plan");
    assert!(
        p.render()
            .contains("remove them first (the Redis of --redis-url"),
        "{}",
        p.render()
    );
    // No difference, no line.
    let on = resolved("start:\n  redis: true\n");
    assert_eq!(plan(&on, &cur, false).expect("plan").render(), "");
    cur.redis = false;
    assert_eq!(plan(&off, &cur, false).expect("plan").render(), "");
}

const MCP: &str = r#"mcpServers:
  search: {proxy: "https://mcp.example.com/mcp", description: "Web search", keys: [ci]}
  weather:
    upstream: "https://api.example.com"
    tools:
      server: {name: weather}
      tools:
        - name: get-weather
          description: The weather of a city
          args: [{name: city, type: string, required: true}]
          requestTemplate: {method: GET, url: "https://api.example.com/w?city={{.args.city}}"}
"#;

const MCP_CONFIG: &str = "apiVersion: v1
kind: ConfigMap
metadata: {name: higress-config, namespace: higress-system}
data:
  higress: |-
    mcpServer:
      enable: false
      sse_path_suffix: /sse
      redis: {address: redis-address:6379}
";
const MCP_BRIDGE_DOC: &str = "apiVersion: networking.higress.io/v1
kind: McpBridge
metadata: {name: default, namespace: higress-system}
spec:
  registries: []
";

/// The files an apply of `mcpServers` reads, on a gateway with no server (and key `ci`).
fn mcp_files() -> BTreeMap<String, Option<String>> {
    use crate::domain::live::gwconfig::mcp::{HIGRESS_CONFIG, PLUGIN_FILE};
    use crate::domain::live::paths::{AI_PROXY, MCP_BRIDGE};
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut auth = crate::domain::live::keyauth::skeleton(url);
    crate::domain::live::keyauth::add(&mut auth, "ci", "gw-ci").expect("key");
    BTreeMap::from([
        (HIGRESS_CONFIG.to_string(), Some(MCP_CONFIG.to_string())),
        (MCP_BRIDGE.to_string(), Some(MCP_BRIDGE_DOC.to_string())),
        (PLUGIN_FILE.to_string(), None),
        (
            AI_PROXY.to_string(),
            Some(
                "spec: {url: 'http://localhost:8002/plugins/ai-proxy/1.0.0/plugin.wasm'}\n".into(),
            ),
        ),
        (
            crate::domain::live::keyauth::path(),
            Some(serde_yaml::to_string(&auth).expect("yaml")),
        ),
    ])
}

/// Plan `d` against `files`, make the MCP changes with `mcp add`/`remove`'s code, and put
/// the writes into `files`; the plan's text.
fn mcp_round(d: &Desired, files: &mut BTreeMap<String, Option<String>>, prune: bool) -> String {
    use crate::domain::live::Write;
    let mut cur = current();
    cur.keys.insert("ci".into(), "gw-ci".into());
    cur.mcp = Some(mcp::CurrentMcp::of(files.clone()));
    let p = plan(d, &cur, prune).expect("plan");
    let others: Vec<String> = files
        .keys()
        .filter(|f| mcp::is_server_file(f))
        .cloned()
        .chain(
            d.mcp_servers
                .iter()
                .flat_map(|m| m.keys())
                .map(|n| crate::domain::live::mcp::ingress_file(n)),
        )
        .collect();
    let mut live = crate::domain::live::mcp::Files::new(files.clone());
    plan::apply_mcp(&p, &mut live, &others).expect("apply");
    for w in live.writes() {
        match w {
            Write::Put { path, text } => files.insert(path, Some(text)),
            Write::Delete { path } => files.insert(path, None),
        };
    }
    p.render()
}

#[test]
fn mcp_servers_parse_with_their_tools_checked_as_mcp_add_checks_them() {
    let d = parse(&head(MCP)).expect("parses");
    let ms = d.mcp_servers.as_ref().expect("mcpServers");
    assert_eq!(
        ms["search"].via,
        McpVia::Proxy {
            url: "https://mcp.example.com/mcp".into(),
            transport: crate::domain::live::gwconfig::mcp::Transport::Streamable,
        }
    );
    assert_eq!(ms["search"].keys, Some(vec!["ci".to_string()]));
    let McpVia::Tools { upstream, tools } = &ms["weather"].via else {
        panic!("tools: {:?}", ms["weather"]);
    };
    assert_eq!(upstream, "https://api.example.com");
    assert_eq!(tools["tools"][0]["name"], "get-weather");
    // Written and read back: the same.
    assert_eq!(parse(&emit::to_text(&d)).expect("parses back"), d);

    for (body, says) in [
        (
            "mcpServers:\n  search: {proxy: \"https://m.example.com/mcp\", trasnport: sse}\n",
            "did you mean `transport`?",
        ),
        (
            "mcpServers:\n  Bad_Name: {proxy: \"https://m.example.com/mcp\"}\n",
            "cannot name an MCP server",
        ),
        (
            "mcpServers:\n  x: {proxy: \"https://m.example.com/mcp\", upstream: \"https://a.example.com\"}\n",
            "not both",
        ),
        (
            "mcpServers:\n  x: {upstream: \"https://a.example.com\"}\n",
            "`tools` is missing",
        ),
        (
            "mcpServers:\n  x: {upstream: \"https://a.example.com\", transport: sse, tools: {server: {name: x}}}\n",
            "`transport` is for a proxied server",
        ),
        (
            "mcpServers:\n  x: {upstream: \"https://a.example.com\", tools: {server: {name: x}, tools: [{name: t, requestTemplate: {method: FETCH}}]}}\n",
            "FETCH",
        ),
        (
            "mcpServers:\n  x: {upstream: \"https://a.example.com\", tools: {tools: []}}\n",
            "server is missing",
        ),
        (
            "mcpServers:\n  x: {proxy: \"http://localhost:3000/mcp\"}\n",
            "docker0",
        ),
        (
            "mcpServers:\n  x: {proxy: \"https://m.example.com/mcp\", keys: []}\n",
            "names no key",
        ),
        (
            "mcpServers:\n  x: {proxy: \"https://m.example.com/mcp\", transport: websocket}\n",
            "not one of streamable, sse",
        ),
    ] {
        let e = err(&head(body));
        assert!(e.contains(says), "{body}: {e}");
        assert!(
            e.contains("mcpServers.") || e.contains("mcpServers:"),
            "{e}"
        );
    }
}

fn mcp_ingress(files: &BTreeMap<String, Option<String>>, n: &str) -> Option<String> {
    files
        .get(&crate::domain::live::mcp::ingress_file(n))
        .cloned()
        .flatten()
}

/// The gateway after an apply of [`MCP`]: its files, and its state as the plan reads it.
fn mcp_made() -> (BTreeMap<String, Option<String>>, Current) {
    let mut files = mcp_files();
    mcp_round(&resolved(MCP), &mut files, false);
    let mut cur = current();
    cur.keys.insert("ci".into(), "gw-ci".into());
    cur.mcp = Some(mcp::CurrentMcp::of(files.clone()));
    (files, cur)
}

#[test]
fn mcp_servers_are_planned_made_with_mcp_add_and_come_back_with_no_changes() {
    let d = resolved(MCP);
    let mut files = mcp_files();
    let text = mcp_round(&d, &mut files, false);
    assert!(
        text.contains(
            "+ mcp server search (proxy https://mcp.example.com/mcp, streamable; keys ci)"
        ) && text.contains("+ mcp server weather (tools get-weather → https://api.example.com)"),
        "{text}"
    );
    assert!(mcp_ingress(&files, "search").is_some_and(|t| t.contains("DIRECT_ROUTE")));
    assert!(mcp_ingress(&files, "weather").is_some_and(|t| t.contains("OPEN_API")));
    let cm = files[crate::domain::live::gwconfig::mcp::HIGRESS_CONFIG]
        .clone()
        .expect("config");
    assert!(
        cm.contains("enable: true"),
        "the first server switches MCP on: {cm}"
    );
    // Planned again: nothing; exported: the same servers.
    let (_, again) = mcp_made();
    let p = plan(&d, &again, false).expect("plan");
    assert!(p.is_empty(), "{}", p.render());
    let (exported, _) = export::from_current(&again, "gw");
    assert_eq!(exported.mcp_servers, d.mcp_servers);
}

#[test]
fn mcp_changes_refusals_and_servers_out_of_the_file() {
    let (mut files, again) = mcp_made();
    // SSE without Redis is refused as `mcp add` refuses it.
    let sse = resolved(&MCP.replace(
        "proxy: \"https://mcp.example.com/mcp\"",
        "proxy: \"https://mcp.example.com/sse\", transport: sse",
    ));
    let e = plan(&sse, &again, false).expect_err("no redis");
    let hint = crate::error::user_hint(&e).unwrap_or_default().to_string();
    assert!(
        format!("{e:#}").contains("mcpServers.search: --transport sse needs Redis"),
        "{e:#}"
    );
    assert!(hint.contains("start --redis"), "{hint}");
    let desc = resolved(&MCP.replace("Web search", "Search the web"));
    assert_eq!(
        plan(&desc, &again, false).expect("plan").render(),
        "~ mcp server search description \"Web search\" → \"Search the web\""
    );
    let e = plan(
        &resolved(&MCP.replace("keys: [ci]", "keys: [nobody]")),
        &again,
        false,
    )
    .expect_err("unknown key");
    assert!(
        format!("{e:#}").contains("no gateway key is named nobody"),
        "{e:#}"
    );

    // Out of the file: kept; with --prune: removed with `mcp remove`'s code (the plugin
    // file goes with its last rule).
    let only_search = resolved(MCP.split("  weather:").next().unwrap_or_default());
    assert_eq!(
        mcp_round(&only_search, &mut files.clone(), false),
        "  mcp server weather kept (not in the file)"
    );
    assert_eq!(
        mcp_round(&only_search, &mut files, true),
        "- mcp server weather"
    );
    assert!(mcp_ingress(&files, "weather").is_none());
    assert!(files[crate::domain::live::gwconfig::mcp::PLUGIN_FILE].is_none());
    // An empty section with --prune removes the last, and MCP goes off.
    assert_eq!(
        mcp_round(&resolved("mcpServers: {}\n"), &mut files, true),
        "- mcp server search"
    );
    let cm = files[crate::domain::live::gwconfig::mcp::HIGRESS_CONFIG]
        .clone()
        .expect("config");
    assert!(cm.contains("enable: false"), "{cm}");
}

#[test]
fn a_provider_extra_the_entry_no_longer_has_is_cleared_unless_it_is_needed() {
    let mut cur = current();
    let zhipu = CurrentProvider {
        keys: vec!["value-of-Z".into()],
        models: "glm-*".into(),
        extras: BTreeMap::from([("ZHIPUAI_DOMAIN".to_string(), "api.z.ai".to_string())]),
        in_sync: true,
        ..Default::default()
    };
    cur.providers.insert("zhipuai".into(), zhipu);
    let d = resolved("providers:\n  zhipuai: {key: \"${Z}\", models: [\"glm-*\"]}\n");
    let p = plan(&d, &cur, false).expect("plan");
    assert_eq!(
        p.lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
        ["provider zhipuai domain removed"]
    );
    assert!(p.changes.iter().any(|c| matches!(
        c,
        super::plan::Change::ClearExtras { id, vars } if id == "zhipuai" && vars == &["ZHIPUAI_DOMAIN"]
    )));
    // Written in the entry: no change.
    let same =
        resolved("providers:\n  zhipuai: {key: \"${Z}\", models: [\"glm-*\"], domain: api.z.ai}\n");
    assert!(plan(&same, &cur, false).expect("plan").is_empty());
    let other = resolved(
        "providers:\n  zhipuai: {key: \"${Z}\", models: [\"glm-*\"], domain: open.bigmodel.cn}\n",
    );
    assert_eq!(
        plan(&other, &cur, false).expect("plan").render(),
        "~ provider zhipuai domain set\n  provider dashscope kept (not in the file)\n  provider deepseek kept (not in the file)"
    );
    // An extra at its default is no difference (Claude's API version).
    let claude = CurrentProvider {
        keys: vec!["value-of-C".into()],
        models: "claude-*".into(),
        extras: BTreeMap::from([("CLAUDE_VERSION".to_string(), "2023-06-01".to_string())]),
        in_sync: true,
        ..Default::default()
    };
    cur.providers.insert("claude".into(), claude);
    let d = resolved("providers:\n  claude: {key: \"${C}\", models: [\"claude-*\"]}\n");
    assert!(plan(&d, &cur, false).expect("plan").is_empty());
    // Azure needs its service URL: refused, naming the field.
    let azure = CurrentProvider {
        keys: vec!["value-of-A".into()],
        models: "gpt-*".into(),
        extras: BTreeMap::from([(
            "AZURE_SERVICE_URL".to_string(),
            "https://r.openai.azure.com/openai".to_string(),
        )]),
        in_sync: true,
        ..Default::default()
    };
    cur.providers.insert("azure".into(), azure);
    let e = plan(
        &resolved("providers:\n  azure: {key: \"${A}\"}\n"),
        &cur,
        false,
    )
    .expect_err("needed");
    assert!(
        format!("{e:#}").contains("providers.azure.serviceUrl: Azure OpenAI needs it"),
        "{e:#}"
    );
    let hint = crate::error::user_hint(&e).unwrap_or_default().to_string();
    assert!(hint.contains("keep `serviceUrl`"), "{hint}");
}

#[test]
fn clearing_an_extra_takes_it_out_of_default_cfg_and_ai_proxy() {
    use crate::domain::live::LiveConfig;
    use crate::domain::providers::settings::ProviderInput;
    let p = crate::domain::providers::by_id("zhipuai").expect("zhipuai");
    let mut live = LiveConfig::from_files([
        (
            crate::domain::live::paths::AI_PROXY.to_string(),
            Some(
                serde_yaml::to_string(&crate::domain::live::gwconfig::ai_proxy_skeleton())
                    .expect("yaml"),
            ),
        ),
        ("/data/default.cfg".to_string(), Some(String::new())),
    ]);
    let input = ProviderInput {
        key: Some("sk-z-0123456789".into()),
        models: None,
        extras: BTreeMap::from([("ZHIPUAI_DOMAIN".to_string(), "api.z.ai".to_string())]),
    };
    live.set_provider(p, &input).expect("set");
    assert!(live.settings().expect("cfg").render().contains("api.z.ai"));
    live.clear_extras(p, &["ZHIPUAI_DOMAIN".to_string()])
        .expect("clear");
    let cfg = live.settings().expect("cfg").render();
    assert!(!cfg.contains("api.z.ai"), "{cfg}");
    let writes = live.writes().expect("writes");
    let proxy = writes
        .iter()
        .find_map(|w| match w {
            crate::domain::live::Write::Put { path, text }
                if path.ends_with("ai-proxy.internal.yaml") =>
            {
                Some(text.clone())
            }
            _ => None,
        })
        .expect("ai-proxy written");
    assert!(
        proxy.contains("sk-z-0123456789") && !proxy.contains("zhipuDomain"),
        "{proxy}"
    );
}

/// The guide's `mcpServers` example parses, with its tools checked.
#[test]
fn the_guides_mcp_example_parses() {
    let guide = include_str!("../../../../docs/gateway-as-code.md");
    let block = guide
        .split("```yaml\n")
        .find(|b| b.contains("mcpServers:"))
        .and_then(|b| b.split("```\n").next())
        .expect("the mcpServers block");
    let d = parse(block).expect("parses");
    let ms = d.mcp_servers.expect("mcpServers");
    assert_eq!(ms["search"].keys, Some(vec!["openclaw".to_string()]));
    assert!(
        matches!(&ms["weather"].via, McpVia::Tools { tools, .. } if tools["tools"][0]["name"] == "get-weather")
    );
}

/// Claude Code's token is the key the gateway uses: an entry without it and without a key
/// is refused; with a key it is cleared (the key is used instead).
#[test]
fn a_claude_code_token_is_cleared_only_for_a_key() {
    let mut cur = current();
    cur.providers.insert(
        "claude".into(),
        CurrentProvider {
            keys: vec!["value-of-T".into()],
            models: "claude-*".into(),
            extras: BTreeMap::from([("CLAUDE_CODE_API_KEY".to_string(), "value-of-T".to_string())]),
            in_sync: true,
            ..Default::default()
        },
    );
    let e = plan(
        &resolved("providers:\n  claude: {models: [\"claude-*\"]}\n"),
        &cur,
        false,
    )
    .expect_err("needed");
    assert!(
        format!("{e:#}").contains("providers.claude.codeKey"),
        "{e:#}"
    );
    let p = plan(
        &resolved("providers:\n  claude: {key: \"${K}\", models: [\"claude-*\"]}\n"),
        &cur,
        false,
    )
    .expect("plan");
    assert!(p.render().contains("codeKey removed"), "{}", p.render());
}

#[test]
fn quotas_and_a_keys_quota_parse_and_are_checked() {
    let d = parse(&head(
        "gatewayKeys:\n  quotas: true\n  keys:\n    ci: {value: \"${CI}\", quota: 100000}\n",
    ))
    .expect("parses");
    let keys = d.gateway_keys.expect("keys");
    assert_eq!(keys.quotas, Some(true));
    assert_eq!(keys.keys.expect("keys")["ci"].quota, Some(100_000));
    for bad in ["0", "-5", "\"lots\"", "1.5", "9223372036854775808"] {
        let e = err(&head(&format!(
            "gatewayKeys:\n  keys:\n    ci: {{value: \"${{CI}}\", quota: {bad}}}\n"
        )));
        assert!(
            e.contains("gatewayKeys.keys.ci.quota: expected a number of tokens from 1 to"),
            "{bad}: {e}"
        );
    }
    let e = err(&head("gatewayKeys:\n  quota: true\n"));
    assert!(e.contains("did you mean `quotas`?"), "{e}");
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", quotas: 5}\n",
    ));
    assert!(e.contains("did you mean `quota`?"), "{e}");
    let e = err(&head("gatewayKeys:\n  quotas: yes please\n"));
    assert!(e.contains("expected true or false"), "{e}");
    let e = err(&head(
        "gatewayKeys:\n  keys:\n    get-ai-gateway-quota: {value: \"${Q}\"}\n",
    ));
    assert!(
        e.contains("the key the tool manages quotas with") && e.contains("another name"),
        "{e}"
    );
    let schema = schema::schema();
    let keys = &schema["properties"]["gatewayKeys"]["properties"];
    assert_eq!(keys["quotas"]["type"], "boolean");
    let quota = &keys["keys"]["additionalProperties"]["properties"]["quota"];
    assert_eq!(quota["minimum"], 1);
    assert_eq!(quota["maximum"], fields::MAX_QUOTA);
}

const QUOTAS_ON: &str = "gatewayKeys:\n  quotas: true\n  keys:\n    ci: {value: \"${CI}\", quota: 1000}\n    old: {value: \"${OLD}\", quota: 500}\n";

fn refusal(d: &Desired, cur: &Current) -> String {
    let e = plan(d, cur, false).expect_err("refused");
    let hint = crate::error::user_hint(&e).unwrap_or_default().to_string();
    format!("{e:#} | {hint}")
}

#[test]
fn turning_quotas_on_grants_each_keys_quota_and_needs_redis() {
    use super::plan::Change;
    let mut cur = current();
    cur.keys.insert("old".into(), "value-of-OLD".into());
    let d = resolved(QUOTAS_ON);
    let e = refusal(&d, &cur);
    assert!(
        e.contains("quotas are kept in Redis") && e.contains("start --redis"),
        "{e}"
    );
    cur.redis = true;
    let p = plan(&d, &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "+ key ci (valu***f-CI)\n\
         ~ quotas off → on (ai-quota, kept in Redis; every request needs a gateway key)\n\
         ~ gateway keys required false → true (quotas need keys)\n\
         + quota of ci: 1000 tokens (initial grant)\n\
         + quota of old: 500 tokens (initial grant)"
    );
    assert_eq!(plan::quotas_switch(&p), Some(true));
    assert!(p.changes.contains(&Change::RequireKeys(true)));
    assert_eq!(
        plan::grants(&p),
        vec![("ci".to_string(), 1000), ("old".to_string(), 500)]
    );
    assert_eq!(p.to_json()["quotaKept"], serde_json::json!([]));
    // A gateway about to be created with Redis needs none now.
    let mut fresh = current();
    fresh.keys.clear();
    let created = resolved(&format!("start:\n  redis: true\n{QUOTAS_ON}"));
    assert_eq!(
        plan::grants(&plan(&created, &fresh, false).expect("plan")).len(),
        2
    );
    // Every key of the file needs a quota; keys must stay required.
    let e = refusal(
        &resolved("gatewayKeys:\n  quotas: true\n  keys:\n    ci: {value: \"${CI}\"}\n"),
        &cur,
    );
    assert!(
        e.contains("gatewayKeys.keys.ci: quotas are on and the key has no `quota:`")
            && e.contains("403")
            && e.contains("quota: 100000"),
        "{e}"
    );
    let e = refusal(
        &resolved("gatewayKeys:\n  quotas: true\n  required: false\n"),
        &cur,
    );
    assert!(e.contains("401") && e.contains("quotas: false"), "{e}");
    // Keys out of the file are kept without a quota: the plan says what that means.
    let p = plan(
        &resolved("gatewayKeys:\n  quotas: true\n  required: true\n  keys:\n    ci: {value: \"${CI}\", quota: 1}\n"),
        &cur,
        false,
    )
    .expect("plan");
    assert!(
        p.render().contains(
            "! key old has no quota: ai-quota answers 403 to it until `keys quota old --set N`"
        ),
        "{}",
        p.render()
    );
    assert!(!p.render().contains("quotas need keys"), "{}", p.render());
}

#[test]
fn an_existing_keys_quota_is_never_reset_and_quotas_turn_off() {
    use super::plan::Change;
    let mut cur = current();
    cur.keys.insert("old".into(), "value-of-OLD".into());
    cur.keys.insert("ci".into(), "value-of-CI".into());
    cur.keys_required = true;
    (cur.redis, cur.quotas) = (true, true);
    let p = plan(&resolved(QUOTAS_ON), &cur, false).expect("plan");
    assert!(p.is_empty(), "{}", p.render());
    let changed = QUOTAS_ON.replace("quota: 1000", "quota: 7000");
    let p = plan(&resolved(&changed), &cur, false).expect("plan");
    assert!(p.is_empty(), "{}", p.render());
    assert_eq!(
        p.render(),
        "  quota of ci: not reset (spent over time); `keys quota ci --set 7000` resets it\n  \
         quota of old: not reset (spent over time); `keys quota old --set 500` resets it"
    );
    // A key the file adds gets its grant; without one it is refused.
    let added = format!("{changed}    new: {{value: \"${{NEW}}\", quota: 10}}\n");
    let p = plan(&resolved(&added), &cur, false).expect("plan");
    assert_eq!(plan::grants(&p), vec![("new".to_string(), 10)]);
    assert!(
        p.render()
            .starts_with("+ key new (valu***-NEW)\n+ quota of new: 10 tokens (initial grant)"),
        "{}",
        p.render()
    );
    let e = refusal(
        &resolved("gatewayKeys:\n  keys:\n    new: {value: \"${NEW}\"}\n"),
        &cur,
    );
    assert!(e.contains("gatewayKeys.keys.new: quotas are on"), "{e}");
    // Off: the switch, and no `quota:` allowed.
    let p = plan(&resolved("gatewayKeys:\n  quotas: false\n"), &cur, false).expect("plan");
    assert_eq!(
        p.render(),
        "~ quotas on → off (each key's quota stays in Redis)"
    );
    assert_eq!(p.changes, vec![Change::Quotas(false)]);
    let e = refusal(&resolved(&QUOTAS_ON.replace("true", "false")), &cur);
    assert!(
        e.contains("gatewayKeys.keys.ci.quota: quotas are off") && e.contains("quotas: true"),
        "{e}"
    );
    // Turned off with Redis in the same file: quotas no longer count in it.
    cur.start = Some(StartSpec::default());
    (cur.redis_beside, cur.redis_users) = (true, vec!["quotas (`keys quota disable`)".into()]);
    let p = plan(
        &resolved("start:\n  redis: false\ngatewayKeys:\n  quotas: false\n"),
        &cur,
        false,
    )
    .expect("plan");
    assert!(
        p.render().ends_with(
            "! start.redis true → false: left as it is; `get-ai-gateway redis stop` stops it \
             (its data stays in redis/)"
        ),
        "{}",
        p.render()
    );
    cur.quotas = false;
    let e = refusal(
        &resolved("gatewayKeys:\n  keys:\n    ci: {value: \"${CI}\", quota: 5}\n"),
        &cur,
    );
    assert!(e.contains("quotas are off"), "{e}");
}

#[test]
fn the_quota_switch_makes_and_removes_the_admin_key_which_is_no_key_of_the_file() {
    use crate::domain::live::quota::ADMIN_CONSUMER;
    use crate::domain::live::{keyauth, keyrate, keyscope};
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut auth = keyauth::skeleton(url);
    keyauth::add(&mut auth, "ci", "value-of-CI").expect("add");
    let mut files = keyscope::KeyFiles {
        auth,
        rate: keyrate::skeleton(&keyrate::url_next_to(url)),
        routes: ["deepseek"].map(str::to_string).to_vec().into(),
        mcp: None,
    };
    let mut cur = current();
    cur.keys = BTreeMap::from([("ci".to_string(), "value-of-CI".to_string())]);
    cur.redis = true;
    let d =
        resolved("gatewayKeys:\n  quotas: true\n  keys:\n    ci: {value: \"${CI}\", quota: 9}\n");
    let p = plan(&d, &cur, false).expect("plan");
    plan::apply_quotas(&p, &mut files, "gw-admin-secret").expect("on");
    plan::apply_keys(&p, &mut files).expect("keys");
    assert_eq!(
        keyauth::key_of(&files.auth, ADMIN_CONSUMER).as_deref(),
        Some("gw-admin-secret")
    );
    assert!(files.state().enabled);
    // The admin key is not a key of the file: not kept, not pruned, not exported.
    let mut again = cur.clone();
    again.set_keys(&files.auth, &files.rate);
    again.quotas = true;
    assert_eq!(again.keys.keys().collect::<Vec<_>>(), ["ci"]);
    let p2 = plan(&d, &again, true).expect("plan");
    assert!(
        p2.is_empty() && !p2.render().contains(ADMIN_CONSUMER),
        "{}",
        p2.render()
    );
    let (exported, _) = export::from_current(&again, "gw");
    let text = emit::to_text(&exported);
    assert!(text.contains("  quotas: true\n"), "{text}");
    assert!(
        !text.contains(ADMIN_CONSUMER) && !text.contains("quota:"),
        "{text}"
    );
    // Its keys (their values as the variables hold them) applied back: no changes.
    let mut keys = parse(&text).expect("parses").gateway_keys.expect("keys");
    for k in keys.keys.iter_mut().flat_map(|m| m.values_mut()) {
        k.value = Val::Lit("value-of-CI".into());
    }
    let back = Desired {
        gateway_keys: Some(keys),
        ..Desired::default()
    };
    assert!(plan(&back, &again, false).expect("plan").is_empty());
    // Off: the admin key goes; keys stay required while a key is left.
    let off = plan(&resolved("gatewayKeys:\n  quotas: false\n"), &again, false).expect("plan");
    plan::apply_quotas(&off, &mut files, "unused").expect("off");
    plan::apply_keys(&off, &mut files).expect("keys");
    assert!(keyauth::key_of(&files.auth, ADMIN_CONSUMER).is_none());
    assert!(files.state().enabled);
}

/// The guide's quotas example (an indented block) parses: quotas on, each key's grant.
#[test]
fn the_guides_quotas_example_parses() {
    let guide = include_str!("../../../../docs/gateway-as-code.md");
    let block = guide
        .split("  ```yaml\n")
        .find(|b| b.starts_with("  gatewayKeys:"))
        .and_then(|b| b.split("  ```\n").next())
        .expect("the quotas block");
    let body: String = block
        .lines()
        .map(|l| format!("{}\n", l.get(2..).unwrap_or_default()))
        .collect();
    let keys = parse(&head(&body))
        .expect("parses")
        .gateway_keys
        .expect("keys");
    assert_eq!(keys.quotas, Some(true));
    let quota = |n: &str| keys.keys.as_ref().and_then(|k| k[n].quota);
    assert_eq!(
        (quota("ci"), quota("laptop")),
        (Some(1_000_000), Some(50_000))
    );
}
