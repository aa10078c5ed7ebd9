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

const KEY_AUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";

/// (allow, configDisable) of key-auth's rule for `route`.
fn key_rule(t: &Test, route: &str) -> Option<(Vec<String>, bool)> {
    let doc = t.yaml(KEY_AUTH);
    let rule = doc["spec"]["matchRules"]
        .as_sequence()?
        .iter()
        .find(|r| r["ingress"][0].as_str() == Some(route))?
        .clone();
    Some((
        serde_yaml::from_value(rule["config"]["allow"].clone()).unwrap(),
        rule["configDisable"].as_bool().unwrap(),
    ))
}

/// The fallback route of deepseek has deepseek's key rule.
fn mirrors(t: &Test) -> (Vec<String>, bool) {
    let primary = key_rule(t, "ai-route-deepseek.internal").expect("deepseek's rule");
    assert_eq!(
        key_rule(t, "ai-route-deepseek.fallback.internal"),
        Some(primary.clone()),
        "{}",
        t.file(KEY_AUTH)
    );
    primary
}

/// A key refused on a provider is refused on its fallback route too, whatever `keys` does
/// after the fallback was made (issues 26 and 27).
#[test]
fn a_scoped_keys_rule_follows_onto_the_fallback_route() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-fb-scope-0123456789"]).ok();
    t.run(&[
        "config",
        "add",
        "--provider",
        "moonshot",
        "--key",
        "sk-moon-33334444",
    ])
    .ok();
    t.run(&["keys", "add", "laptop"]).ok();
    t.run(&["keys", "add", "ci", "--providers", "moonshot"])
        .ok();
    t.run(&["keys", "enable"]).ok();
    t.run(&["config", "fallback", "deepseek", "--to", "moonshot"])
        .ok();
    assert_eq!(mirrors(&t), (vec!["laptop".to_string()], false));
    t.run(&["check"]).ok();

    // `keys set --providers` changes the provider's rule: the fallback's follows.
    let before = t.reload_count(KEY_AUTH);
    t.run(&["keys", "set", "ci", "--providers", "deepseek,moonshot"])
        .ok();
    t.wait_reload(KEY_AUTH, before);
    assert_eq!(mirrors(&t).0, vec!["laptop".to_string(), "ci".into()]);
    t.run(&["keys", "set", "ci", "--providers", "moonshot"])
        .ok();
    assert_eq!(mirrors(&t).0, vec!["laptop".to_string()]);
    t.run(&["check"]).ok();

    // A new key, disable, enable, remove: still the same rule on both.
    t.run(&["keys", "add", "intern", "--providers", "deepseek"])
        .ok();
    assert_eq!(mirrors(&t).0, vec!["laptop".to_string(), "intern".into()]);
    t.run(&["keys", "disable"]).ok();
    assert!(mirrors(&t).1);
    t.run(&["keys", "enable"]).ok();
    t.run(&["keys", "remove", "laptop"]).ok();
    assert_eq!(mirrors(&t), (vec!["intern".to_string()], false));
    // A provider added after: the fallback's rule stays.
    t.run(&[
        "config",
        "add",
        "--provider",
        "groq",
        "--key",
        "gsk-0123456789",
    ])
    .ok();
    assert_eq!(mirrors(&t).0, vec!["intern".to_string()]);
    t.run(&["check"]).ok();

    // Without its fallback, the route's rule goes with it.
    t.run(&["config", "fallback", "deepseek", "--off"]).ok();
    assert_eq!(key_rule(&t, "ai-route-deepseek.fallback.internal"), None);
    t.run(&["keys", "set", "ci", "--providers", "all"]).ok();
    assert_eq!(key_rule(&t, "ai-route-deepseek.fallback.internal"), None);
    t.run(&["check"]).ok();
}

/// An OpenAI-compatible stand-in: the model asked for picks the answer (`ok-model`: 200,
/// `bad-key`: 401 naming the key it got, `busy`: 429, `slow`: 200 after 3 s). Each
/// request's `Authorization` header is kept in `seen`.
fn serve_openai(
    listener: std::net::TcpListener,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    use std::io::{BufRead, BufReader, Read, Write};
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream);
                let (mut length, mut auth, mut line) = (0usize, String::new(), String::new());
                loop {
                    line.clear();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    if lower.starts_with("authorization:") {
                        auth = line["authorization:".len()..].trim().to_string();
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let req: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                seen.lock().unwrap().push(auth.clone());
                let token = auth.strip_prefix("Bearer ").unwrap_or("");
                let (status, answer) = match req["model"].as_str() {
                    Some("bad-key") => (
                        "401 Unauthorized",
                        format!(
                            r#"{{"error":{{"message":"Incorrect API key provided: {token}"}}}}"#
                        ),
                    ),
                    Some("busy") => (
                        "429 Too Many Requests",
                        r#"{"error":{"message":"Rate limit reached for requests"}}"#.to_string(),
                    ),
                    Some("slow") => {
                        std::thread::sleep(std::time::Duration::from_secs(3));
                        ("200 OK", r#"{"choices":[]}"#.to_string())
                    }
                    _ if req["max_tokens"] != 1 => (
                        "400 Bad Request",
                        r#"{"error":{"message":"not the smallest request"}}"#.to_string(),
                    ),
                    _ => (
                        "200 OK",
                        r#"{"choices":[{"message":{"role":"assistant","content":"p"}}]}"#
                            .to_string(),
                    ),
                };
                let mut stream = reader.into_inner();
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                    answer.len()
                );
            });
        }
    });
}

/// A TCP forward on loopback to `to`: the gateway's path, standing in for the gateway's
/// published port (the stand-in container serves files and does not proxy).
fn forward(to: std::net::SocketAddr) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = std::net::TcpStream::connect(to) else {
                continue;
            };
            let (mut c, mut s) = (
                client.try_clone().expect("c"),
                server.try_clone().expect("s"),
            );
            let (mut c2, mut s2) = (client, server);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c, &mut s);
                let _ = s.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s2, &mut c2);
                let _ = c2.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    port
}

#[test]
fn config_test_probes_a_server_directly_and_through_a_forwarding_gateway_port() {
    let listener = std::net::TcpListener::bind("0.0.0.0:0").expect("a port");
    let port = listener.local_addr().expect("addr").port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    serve_openai(listener, seen.clone());
    let t = Test::new();
    t.start(&["--dashscope-key", "sk-qwen-11112222"]).ok();
    let base = format!("http://{}:{port}/v1", crate::mcp::machine_address());
    let key = "sk-lab-secret-0123456789";
    t.run(&[
        "config",
        "add",
        "--provider",
        "openai-compatible",
        "--name",
        "lab",
        "--base-url",
        &base,
        "--key",
        key,
        "--models",
        "ok-model,bad-key,busy,slow",
    ])
    .ok();

    // Directly: the first of its models, 200; 401 with the key masked; 429; too slow.
    let out = t
        .run(&["config", "test", "oc-lab", "--direct", "--json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let r = &v["results"][0];
    assert_eq!(
        (r["ok"].as_bool(), r["status"].as_u64()),
        (Some(true), Some(200)),
        "{r}"
    );
    assert_eq!(r["model"], "ok-model");
    assert_eq!(r["via"], "direct");
    assert_eq!(
        seen.lock().unwrap().last().cloned(),
        Some(format!("Bearer {key}"))
    );
    let out = t
        .run(&["config", "test", "oc-lab", "--direct", "--model", "bad-key"])
        .fails(1);
    assert!(
        out.stdout.contains("401") && out.stdout.contains("sk-l***6789"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains(key) && !out.stderr.contains(key));
    t.run(&["config", "test", "oc-lab", "--direct", "--model", "busy"])
        .fails(1)
        .stdout_has("Rate limit reached");
    t.run(&[
        "config",
        "test",
        "oc-lab",
        "--direct",
        "--model",
        "slow",
        "--timeout",
        "1s",
    ])
    .fails(1)
    .stdout_has("timed out");
    // A provider whose API is not OpenAI-compatible: said, not reimplemented.
    t.run(&[
        "config",
        "add",
        "--provider",
        "claude",
        "--key",
        "sk-ant-000011112222",
    ])
    .ok();
    t.run(&["config", "test", "claude", "--direct"])
        .ok()
        .stdout_has("not OpenAI-compatible");

    // Through the gateway's port, with its own gateway key once keys are required.
    let fwd = forward(format!("127.0.0.1:{port}").parse().expect("addr"));
    let gw_url = format!("http://127.0.0.1:{fwd}");
    let out = t
        .run(&[
            "config",
            "test",
            "oc-lab",
            "--gateway-url",
            &gw_url,
            "--json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(v["results"][0]["via"], "gateway", "{v}");
    assert_eq!(seen.lock().unwrap().last().map(String::as_str), Some(""));
    t.run(&["keys", "add", "laptop"]).ok();
    t.run(&["keys", "enable"]).ok();
    says(
        t.run(&["config", "test", "oc-lab", "--gateway-url", &gw_url])
            .ok(),
        "Made the gateway key get-ai-gateway",
    );
    let sent = seen.lock().unwrap().last().cloned().unwrap_or_default();
    assert!(sent.starts_with("Bearer ") && !sent.contains(key), "{sent}");
    t.run(&["config", "test", "oc-lab", "--gateway-url", &gw_url])
        .ok();
    assert_eq!(
        seen.lock().unwrap().last(),
        Some(&sent),
        "the key is reused"
    );
    t.run(&[
        "config",
        "test",
        "oc-lab",
        "--gateway-url",
        &gw_url,
        "--model",
        "busy",
    ])
    .fails(1)
    .stdout_has("429");
    // The stand-in's own port does not proxy: the probe fails, and says so.
    t.run(&["config", "test", "oc-lab"]).fails(1);
    t.run(&["doctor", "--providers", "--json"]).fails(1);
    t.run(&["config", "test", "deepseek"])
        .fails(1)
        .stderr_has("deepseek has no API key configured");
}
