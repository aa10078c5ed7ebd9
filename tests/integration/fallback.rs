//! When a provider fails: `config set`, `config fallback` on the stand-in — files written,
//! hot-reloaded, `check` clean, chains surviving a restart.

use serde_yaml::Value;

use crate::harness::{Output, Test};

/// The command printed `text` (messages go to stdout or stderr by kind).
fn says(o: Output, text: &str) {
    assert!(
        o.stdout.contains(text) || o.stderr.contains(text),
        "no {text:?} in\n{}\n{}",
        o.stdout,
        o.stderr
    );
}

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
const FALLBACK_INGRESS: &str = "/data/ingresses/ai-route-deepseek.fallback.internal.yaml";
const ENVOY_FILTER: &str = "/data/envoyfilters/ai-route-deepseek.internal.yaml";
const PRIMARY: &str = "/data/ingresses/ai-route-deepseek.internal.yaml";
const MAPPER: &str = "/data/wasmplugins/model-mapper.internal.yaml";

fn entry<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| p["id"].as_str() == Some(id))
        .unwrap()
}

#[test]
fn fallback_chain_is_written_reloaded_checked_and_survives_restart() {
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-qwen-11112222"]).ok();
    t.run(&[
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "sk-deep-1,sk-deep-2",
    ])
    .ok();
    t.run(&[
        "config",
        "add",
        "--provider",
        "moonshot",
        "--key",
        "sk-moon-33334444",
    ])
    .ok();

    // Per-provider resilience.
    let before = t.reload_count(AI_PROXY);
    says(
        t.run(&[
            "config",
            "set",
            "deepseek",
            "--retries",
            "2",
            "--retry-timeout",
            "30s",
            "--failover",
            "--health-model",
            "deepseek-chat",
            "--upstream-retries",
            "3",
            "--upstream-timeout",
            "120s",
        ])
        .ok(),
        "key retries 2",
    );
    t.wait_reload(AI_PROXY, before);
    let e = entry(&t.yaml(AI_PROXY), "deepseek").clone();
    assert_eq!(e["retryOnFailure"]["maxRetries"], 2);
    assert_eq!(e["retryOnFailure"]["retryTimeout"], 30000);
    assert_eq!(e["failover"]["healthCheckModel"], "deepseek-chat");
    let a = t.yaml(PRIMARY)["metadata"]["annotations"].clone();
    assert_eq!(a["higress.io/proxy-next-upstream-tries"], "3");
    // One key: a warning, not an error.
    says(
        t.run(&["config", "set", "moonshot", "--retries", "1"]).ok(),
        "one key",
    );
    t.run(&["config", "set", "moonshot", "--failover"]).fails(2);

    // The fallback: three resources and the route JSON, one hot reload.
    let before = t.reload_count(FALLBACK_INGRESS);
    says(
        t.run(&[
            "config",
            "fallback",
            "deepseek",
            "--to",
            "moonshot",
            "--on",
            "5xx",
            "--model-map",
            "*=moonshot-v1-8k",
        ])
        .ok(),
        "deepseek → moonshot",
    );
    t.wait_reload(FALLBACK_INGRESS, before);
    assert!(
        t.reloads().iter().any(|l| l == ENVOY_FILTER),
        "{:?}",
        t.reloads()
    );
    let ing = t.yaml(FALLBACK_INGRESS);
    let a = &ing["metadata"]["annotations"];
    assert_eq!(a["higress.io/destination"], "llm-moonshot.internal.dns:443");
    assert_eq!(
        a["higress.io/exact-match-header-x-higress-fallback-from"],
        "ai-route-deepseek.internal"
    );
    assert_eq!(a["higress.io/proxy-next-upstream-tries"], "3");
    let ef = t.yaml(ENVOY_FILTER);
    assert_eq!(ef["kind"], "EnvoyFilter");
    assert!(t.file(MAPPER).contains("moonshot-v1-8k"));
    assert!(
        t.file("/data/configmaps/ai-route-deepseek.yaml")
            .contains("fallbackConfig")
    );

    t.run(&["check"]).ok();
    let list = t.run(&["config", "fallback", "--list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(v["fallbacks"][0]["provider"], "deepseek");
    assert_eq!(v["fallbacks"][0]["upstreams"][0]["provider"], "moonshot");
    t.run(&["config", "list"])
        .ok()
        .stdout_has("fallback: deepseek → moonshot");
    t.run(&["status"]).ok().stdout_has("deepseek → moonshot");

    // A new model list rewrites the route; the chain and the annotations stay.
    t.run(&[
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "sk-deep-1,sk-deep-2",
        "--models",
        "deepseek-*",
    ])
    .ok();
    let ing = t.yaml(FALLBACK_INGRESS);
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/prefix-match-header-x-higress-llm-model"],
        "deepseek-"
    );
    assert_eq!(
        t.yaml(PRIMARY)["metadata"]["annotations"]["higress.io/proxy-next-upstream-tries"],
        "3"
    );

    // A restart keeps it all.
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    assert!(t.file_exists(FALLBACK_INGRESS) && t.file_exists(ENVOY_FILTER));
    t.run(&["check"]).ok();

    // Removing the fallback provider takes it out of the chain.
    says(
        t.run(&["config", "remove", "--provider", "moonshot"]).ok(),
        "fallback chain",
    );
    assert!(!t.file_exists(FALLBACK_INGRESS) && !t.file_exists(ENVOY_FILTER));
    assert!(
        !t.file("/data/configmaps/ai-route-deepseek.yaml")
            .contains("fallbackConfig")
    );
    t.run(&["check"]).ok();
}

#[test]
fn check_finds_a_broken_chain() {
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-qwen-11112222"]).ok();
    t.run(&[
        "config",
        "add",
        "--provider",
        "deepseek",
        "--key",
        "sk-deep-1",
    ])
    .ok();
    t.run(&["config", "fallback", "deepseek", "--to", "qwen"])
        .ok();
    t.run(&["check"]).ok();
    t.exec(&["rm", "-f", FALLBACK_INGRESS]);
    t.run(&["check"])
        .fails(1)
        .stdout_has("ai-route-deepseek.fallback.internal does not exist");
    t.run(&["config", "fallback", "deepseek", "--off"]).ok();
    t.run(&["check"]).ok();
}
