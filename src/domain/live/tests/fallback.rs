//! Resilience and fallback chains on the live model.

use super::*;
use crate::domain::live::gwconfig::fallback::{Fallback, FallbackUpstream, Strategy};
use crate::domain::live::gwconfig::resilience::{Failover, Retry, UpstreamRetry};
use crate::domain::live::paths::{
    GLOBAL_CUSTOM_RESPONSE, MODEL_MAPPER, envoyfilter_path, fallback_ingress_path,
};

/// groq (gsk-1) and moonshot (two keys) configured, their routes written.
fn two_providers() -> Files {
    let mut files = fixture_files();
    let mut live = load(&files);
    live.set_provider(p("groq"), &key("gsk-1")).unwrap();
    live.set_provider(p("moonshot"), &key("ms-1,ms-2")).unwrap();
    commit(&mut files, &live.writes().unwrap());
    files
}

fn to(provider: &str, map: &[(&str, &str)]) -> FallbackUpstream {
    FallbackUpstream {
        provider: provider.into(),
        model_mapping: map
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    }
}

fn seq(upstreams: Vec<FallbackUpstream>) -> Fallback {
    Fallback {
        upstreams,
        strategy: Strategy::Seq,
        response_codes: vec!["5xx".into()],
    }
}

#[test]
fn a_fallback_writes_the_consoles_resources_in_one_change() {
    let mut files = two_providers();
    let mut live = load(&files);
    let f = seq(vec![to("moonshot", &[("*", "moonshot-v1-8k")])]);
    let notes = live.set_fallback(p("groq"), &f).unwrap();
    assert!(
        notes.iter().any(|n| n.contains("custom_response")),
        "{notes:?}"
    );
    let writes = live.writes().unwrap();
    let mut paths = written(&writes);
    paths.sort();
    assert_eq!(
        paths,
        sorted(vec![
            GLOBAL_CUSTOM_RESPONSE,
            &configmap_path("groq"),
            &envoyfilter_path("groq"),
            &fallback_ingress_path("groq"),
            MODEL_MAPPER,
        ])
    );
    let ing = yaml(put(&writes, &fallback_ingress_path("groq")));
    let a = &ing["metadata"]["annotations"];
    assert_eq!(a["higress.io/destination"], "llm-moonshot.internal.dns:443");
    assert_eq!(
        a["higress.io/exact-match-header-x-higress-fallback-from"],
        "ai-route-groq.internal"
    );
    commit(&mut files, &writes);
    let live = load(&files);
    assert_eq!(
        live.chains(),
        vec![Chain {
            provider: "groq".into(),
            fallback: f
        }]
    );
}

#[test]
fn fallbacks_are_checked() {
    let live = load(&two_providers());
    let mut l = live.clone();
    let e = err_text(l.set_fallback(p("groq"), &seq(vec![to("groq", &[])])));
    assert!(e.contains("itself"), "{e}");
    let e = err_text(l.set_fallback(p("groq"), &seq(vec![to("openai", &[])])));
    assert!(e.contains("openai has no API key"), "{e}");
    let e = err_text(l.set_fallback(p("openai"), &seq(vec![to("groq", &[])])));
    assert!(e.contains("no API key"), "{e}");
}

#[test]
fn rewriting_a_route_keeps_its_fallback_and_annotations() {
    let mut files = two_providers();
    let mut live = load(&files);
    live.set_fallback(p("groq"), &seq(vec![to("moonshot", &[])]))
        .unwrap();
    let change = ResilienceChange {
        upstream: Some(Some(UpstreamRetry {
            tries: 2,
            timeout_s: 30,
        })),
        ..Default::default()
    };
    live.set_resilience(p("groq"), &change).unwrap();
    commit(&mut files, &live.writes().unwrap());
    // `config add --models`: the route and its Ingress are rewritten.
    let mut live = load(&files);
    let input = ProviderInput {
        models: Some("llama-*".into()),
        ..Default::default()
    };
    live.set_provider(p("groq"), &input).unwrap();
    let writes = live.writes().unwrap();
    commit(&mut files, &writes);
    let live = load(&files);
    assert_eq!(live.chains().len(), 1);
    assert_eq!(live.resilience("groq").upstream.unwrap().tries, 2);
    let fb = yaml(files[&fallback_ingress_path("groq")].as_deref().unwrap());
    let a = &fb["metadata"]["annotations"];
    assert_eq!(a["higress.io/proxy-next-upstream-tries"], "2");
    assert_eq!(
        a["higress.io/prefix-match-header-x-higress-llm-model"],
        "llama-"
    );
    let cm = files[&configmap_path("groq")].as_deref().unwrap();
    assert!(cm.contains("proxyNextUpstream") && cm.contains("fallbackConfig"));
}

#[test]
fn removing_a_provider_removes_the_fallbacks_to_it() {
    let mut files = two_providers();
    let mut live = load(&files);
    live.set_fallback(p("groq"), &seq(vec![to("moonshot", &[("*", "m")])]))
        .unwrap();
    commit(&mut files, &live.writes().unwrap());
    let mut live = load(&files);
    live.remove_provider(p("moonshot")).unwrap();
    let writes = live.writes().unwrap();
    for gone in [fallback_ingress_path("groq"), envoyfilter_path("groq")] {
        assert!(writes.contains(&Write::Delete { path: gone }));
    }
    assert!(writes.contains(&Write::Delete {
        path: MODEL_MAPPER.into()
    }));
    commit(&mut files, &writes);
    assert!(load(&files).chains().is_empty());
    // The global filter stays: the image ships it.
    assert!(files[GLOBAL_CUSTOM_RESPONSE].is_some());
}

#[test]
fn resilience_lands_in_the_provider_entry_and_warns_with_one_key() {
    let mut live = load(&two_providers());
    let change = ResilienceChange {
        retry: Some(Some(Retry {
            max_retries: 2,
            timeout_ms: None,
        })),
        failover: Some(Some(Failover::new("llama3-8b"))),
        upstream: None,
    };
    let warned = live.set_resilience(p("groq"), &change).unwrap();
    assert_eq!(warned.len(), 2, "{warned:?}");
    let quiet = live.set_resilience(p("moonshot"), &change).unwrap();
    assert!(quiet.is_empty(), "{quiet:?}");
    let r = live.resilience("groq");
    assert_eq!(r.retry.unwrap().max_retries, 2);
    assert_eq!(r.failover.unwrap().health_model, "llama3-8b");
    let off = ResilienceChange {
        retry: Some(None),
        failover: Some(None),
        upstream: Some(None),
    };
    live.set_resilience(p("groq"), &off).unwrap();
    assert_eq!(live.resilience("groq"), Default::default());
    let e = err_text(live.set_resilience(p("openai"), &off));
    assert!(e.contains("no API key"), "{e}");
}

/// key-auth's rules as (route, allow), in the file's order.
fn key_rules(files: &Files) -> Vec<(String, Vec<String>)> {
    let auth = yaml(files[&keyauth::path()].as_deref().unwrap());
    auth["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
        .map(|r| {
            let list = |v: &Value| -> Vec<String> {
                v.as_sequence()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            };
            (list(&r["ingress"]).join(","), list(&r["config"]["allow"]))
        })
        .collect()
}

fn allow_of(files: &Files, route: &str) -> Option<Vec<String>> {
    key_rules(files)
        .into_iter()
        .find(|(r, _)| r == route)
        .map(|(_, a)| a)
}

#[test]
fn a_fallback_route_keeps_its_providers_key_rule_through_other_changes() {
    use crate::domain::live::keyscope::{KeyChange, KeyFiles, Providers};
    let mut files = two_providers();
    let url = "http://localhost:8002/plugins/key-auth/1.0.0/plugin.wasm";
    let mut k = KeyFiles {
        auth: keyauth::skeleton(url),
        rate: Value::Null,
        routes: load(&files).key_routes().unwrap(),
    };
    let only = |id: &str| KeyChange {
        providers: Some(Providers::Only([id.to_string()].into())),
        rate: None,
    };
    k.add("a", "gw-1111111111111111", &only("groq")).unwrap();
    k.add("b", "gw-2222222222222222", &only("moonshot"))
        .unwrap();
    k.set_enabled(true).unwrap();
    files.insert(keyauth::path(), Some(yaml11::to_string(&k.auth)));
    // `config fallback groq --to moonshot`: the fallback route gets groq's rule
    let mut live = load(&files);
    live.set_fallback(p("groq"), &seq(vec![to("moonshot", &[])]))
        .unwrap();
    commit(&mut files, &live.writes().unwrap());
    let fallback = fb_route("groq");
    assert_eq!(allow_of(&files, &fallback), Some(vec!["a".to_string()]));
    assert_eq!(
        allow_of(&files, &fallback),
        allow_of(&files, "ai-route-groq.internal")
    );
    // `config add --provider moonshot` reads moonshot's files only: groq's fallback rule stays
    let scope: Vec<String> = Scope::Provider(p("moonshot")).paths();
    let mut live = LiveConfig::from_files(scope.iter().map(|p| (p.clone(), files[p].clone())));
    live.set_provider(p("moonshot"), &key("ms-3")).unwrap();
    commit(&mut files, &live.writes().unwrap());
    assert_eq!(allow_of(&files, &fallback), Some(vec!["a".to_string()]));
    // `config fallback groq --off`: its rule goes, the provider's stays
    let mut live = load(&files);
    live.remove_fallback("groq").unwrap();
    commit(&mut files, &live.writes().unwrap());
    assert_eq!(allow_of(&files, &fallback), None);
    assert!(allow_of(&files, "ai-route-groq.internal").is_some());
}

fn fb_route(id: &str) -> String {
    crate::domain::live::gwconfig::fallback::fallback_route_name(id)
}
