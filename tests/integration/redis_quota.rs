//! Quotas per key (#28): `keys quota enable|disable` writes ai-quota and the tool's admin
//! consumer; `keys quota NAME --set|--add|--show` sends ai-quota's admin requests.
//!
//! The stand-in gateway runs no wasm plugin, so the admin path cannot be exercised end to
//! end. What is tested instead: the plugin config as written, and the HTTP requests the
//! command sends (method, path, query, body, Authorization), against a small HTTP stand-in
//! that answers as ai-quota's README (and source) say. The command is pointed at it with
//! `GET_AI_GATEWAY_TEST_QUOTA_URL`, a test-only override of the gateway's HTTP port. The
//! gateway is given a Redis by `--redis-url` (only files are written: no Redis runs here).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::sync::{Arc, Mutex};

use crate::harness::Test;
use crate::redis::Beside;

const QUOTA: &str = "/data/wasmplugins/ai-quota.internal.yaml";
const AUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";
const ADMIN: &str = "get-ai-gateway-quota";
const REDIS_URL: &str = "redis://:s3cretpw0rd@10.9.9.9:6379/2";

/// One request as the stand-in saw it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Seen {
    pub method: String,
    pub target: String,
    pub authorization: String,
    pub content_type: String,
    pub body: String,
}

/// An HTTP stand-in for ai-quota's admin path: the README's endpoints, 401 without the
/// admin key (any Bearer key when it is None: one made by the command under test), 403 on a
/// bad form and for the consumer `refused` (as ai-quota refuses an admin consumer it does not
/// know), 503 ("redis error") for the consumer `down`.
pub(crate) struct QuotaStandIn {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

fn read_request(stream: &mut std::net::TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut headers = BTreeMap::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    let header = |k: &str| headers.get(k).cloned().unwrap_or_default();
    Some(Seen {
        method,
        target,
        authorization: header("authorization"),
        content_type: header("content-type"),
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn form(text: &str) -> BTreeMap<String, String> {
    text.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// What ai-quota answers (status, content type, body), with the quotas in `store`.
fn answer(
    seen: &Seen,
    admin_key: Option<&str>,
    store: &mut BTreeMap<String, i64>,
) -> (u16, String) {
    let bearer = seen
        .authorization
        .strip_prefix("Bearer ")
        .unwrap_or_default();
    if bearer.is_empty() || admin_key.is_some_and(|k| k != bearer) {
        return (401, "Request denied by Key Auth check.".into());
    }
    let (path, query) = seen.target.split_once('?').unwrap_or((&seen.target, ""));
    let args = if seen.method == "GET" {
        form(query)
    } else {
        form(&seen.body)
    };
    let Some(consumer) = args.get("consumer").cloned() else {
        return (403, "consumer can't be empty.".into());
    };
    if consumer == "down" {
        return (503, "redis error:connection refused".into());
    }
    if consumer == "refused" {
        return (
            403,
            "Request denied by ai quota check. Unauthorized admin consumer.".into(),
        );
    }
    let num = |k: &str| args.get(k).and_then(|v| v.parse::<i64>().ok());
    match (seen.method.as_str(), path) {
        ("GET", "/v1/chat/completions/quota") => {
            let q = store.get(&consumer).copied().unwrap_or(0);
            (
                200,
                format!("{{\"consumer\":\"{consumer}\",\"quota\":{q}}}"),
            )
        }
        ("POST", "/v1/chat/completions/quota/refresh") => match num("quota") {
            Some(q) => {
                store.insert(consumer, q);
                (200, "refresh quota successful".into())
            }
            None => (403, "quota must be integer.".into()),
        },
        ("POST", "/v1/chat/completions/quota/delta") => match num("value") {
            Some(v) => {
                *store.entry(consumer).or_default() += v;
                (200, "delta quota successful".into())
            }
            None => (403, "value must be integer.".into()),
        },
        _ => (404, String::new()),
    }
}

impl QuotaStandIn {
    pub(crate) fn serve(admin_key: Option<String>) -> QuotaStandIn {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            let mut store = BTreeMap::new();
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(req) = read_request(&mut stream) else {
                    continue;
                };
                let (status, body) = answer(&req, admin_key.as_deref(), &mut store);
                log.lock().expect("log").push(req);
                let kind = if body.starts_with('{') {
                    "application/json"
                } else {
                    "text/plain"
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        QuotaStandIn { url, seen }
    }

    pub(crate) fn take(&self) -> Vec<Seen> {
        std::mem::take(&mut *self.seen.lock().expect("log"))
    }
}

fn mode(t: &Test, path: &str) -> u32 {
    let rel = path.trim_start_matches("/data/");
    std::fs::metadata(t.data().join(rel))
        .expect(rel)
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn quotas_without_redis_are_refused_and_change_nothing() {
    let t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    t.run(&["keys", "add", "laptop"]).ok();
    let before = t.file(AUTH);
    let (_, listing) = t.exec(&["ls", "-la", "/data/wasmplugins"]);
    t.run(&["keys", "quota", "enable"])
        .fails(1)
        .stderr_has("start --redis");
    assert_eq!(t.file(AUTH), before);
    assert_eq!(t.exec(&["ls", "-la", "/data/wasmplugins"]).1, listing);
    t.run(&["keys", "quota", "laptop", "--show"])
        .fails(1)
        .stderr_has("keys quota enable");
}

#[test]
fn a_key_and_its_limits_are_one_transaction() {
    let t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    t.start(&["--redis-url", REDIS_URL]).ok();
    t.run(&["keys", "add", "laptop", "--tokens-per-minute", "100"])
        .ok();
    // An instance this tool cannot read: the limit fails inside the transaction.
    let minute = "/data/wasmplugins/ai-token-ratelimit-minute.internal.yaml";
    let script =
        format!("sed -i 's/limit_keys:/limit_keyz:/; s/rule_items:/rule_itemz:/' {minute}");
    assert_eq!(t.exec(&["sh", "-c", &script]).0, 0);
    let (auth, limits) = (t.file(AUTH), t.file(minute));
    let (_, listing) = t.exec(&["ls", "-la", "/data/wasmplugins"]);
    let out = t
        .run(&["keys", "add", "carol", "--tokens-per-minute", "10"])
        .fails(1);
    assert!(
        !out.stdout.contains("gw-"),
        "no key was shown: {}",
        out.stdout
    );
    assert_eq!(t.file(AUTH), auth, "key-auth is byte-identical");
    assert_eq!(t.file(minute), limits);
    assert_eq!(t.exec(&["ls", "-la", "/data/wasmplugins"]).1, listing);
}

#[test]
fn quotas_are_managed_through_the_admin_path() {
    let mut t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    t.start(&["--redis-url", REDIS_URL]).ok();
    t.run(&["keys", "add", "alice"]).ok();
    let before = t.reload_count(QUOTA);
    let out = t.run(&["keys", "quota", "enable"]).ok();
    assert!(
        out.stderr.contains("403") && out.stderr.contains("alice"),
        "{}",
        out.stderr
    );
    t.wait_reload(QUOTA, before);
    let doc = t.yaml(QUOTA);
    let config = &doc["spec"]["defaultConfig"];
    assert_eq!(config["admin_consumer"].as_str(), Some(ADMIN));
    assert_eq!(config["admin_path"].as_str(), Some("/quota"));
    assert_eq!(config["redis_key_prefix"].as_str(), Some("chat_quota:"));
    assert_eq!(
        config["redis"]["service_name"].as_str(),
        Some("redis.static")
    );
    assert_eq!(config["redis"]["service_port"].as_u64(), Some(80));
    assert_eq!(config["redis"]["database"].as_u64(), Some(2));
    assert_eq!(mode(&t, QUOTA), 0o600, "ai-quota holds the Redis password");
    assert_eq!(mode(&t, AUTH), 0o600, "key-auth holds the admin key");
    let auth = t.yaml(AUTH);
    assert_eq!(
        auth["spec"]["defaultConfig"]["global_auth"].as_bool(),
        Some(true)
    );
    let admin_key = auth["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .and_then(|s| s.iter().find(|c| c["name"].as_str() == Some(ADMIN)))
        .and_then(|c| c["credential"].as_str())
        .and_then(|c| c.strip_prefix("Bearer "))
        .expect("the admin consumer")
        .to_string();
    t.run(&["check"]).ok();
    t.run(&["keys", "list"]).ok().stdout_has("Quotas: on");

    let standin = QuotaStandIn::serve(Some(admin_key.clone()));
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &standin.url);
    admin_requests(&t, &standin, &admin_key);
    refusals(&t, &standin, &admin_key);

    let off = t.run(&["keys", "quota", "disable"]).ok();
    assert!(format!("{}{}", off.stdout, off.stderr).contains("stays in Redis"));
    assert!(!t.file_exists(QUOTA));
    assert!(!t.file(AUTH).contains(ADMIN));
    t.run(&["keys", "quota", "alice", "--show"])
        .fails(1)
        .stderr_has("quotas are off");
}

fn admin_requests(t: &Test, standin: &QuotaStandIn, admin_key: &str) {
    let bearer = format!("Bearer {admin_key}");
    let form = "application/x-www-form-urlencoded";
    let mut outputs = Vec::new();
    outputs.push(t.run(&["keys", "quota", "alice", "--set", "1000"]).ok());
    outputs.push(t.run(&["keys", "quota", "alice", "--add", "500"]).ok());
    outputs.push(t.run(&["keys", "quota", "alice", "--add", "-200"]).ok());
    let shown = t.run(&["keys", "quota", "alice", "--show"]).ok();
    assert_eq!(shown.stdout.trim(), "1300");
    outputs.push(shown);
    let seen = standin.take();
    let expect = |method: &str, target: &str, content_type: &str, body: &str| Seen {
        method: method.into(),
        target: target.into(),
        authorization: bearer.clone(),
        content_type: content_type.into(),
        body: body.into(),
    };
    assert_eq!(
        seen,
        vec![
            expect(
                "POST",
                "/v1/chat/completions/quota/refresh",
                form,
                "consumer=alice&quota=1000"
            ),
            expect(
                "POST",
                "/v1/chat/completions/quota/delta",
                form,
                "consumer=alice&value=500"
            ),
            expect(
                "POST",
                "/v1/chat/completions/quota/delta",
                form,
                "consumer=alice&value=-200"
            ),
            expect("GET", "/v1/chat/completions/quota?consumer=alice", "", ""),
        ]
    );
    for out in outputs {
        assert!(!out.stdout.contains(admin_key) && !out.stderr.contains(admin_key));
    }
}

fn refusals(t: &Test, standin: &QuotaStandIn, admin_key: &str) {
    t.run(&["keys", "add", "down"]).ok().stderr_has("needs one");
    let out = t.run(&["keys", "quota", "down", "--set", "5"]).fails(1);
    assert!(
        out.stderr.contains("503") && out.stderr.contains("Redis"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(admin_key));
    t.run(&["keys", "quota", "nobody", "--show"])
        .fails(1)
        .stderr_has("no gateway key is named nobody");
    t.run(&["keys", "quota", ADMIN, "--show"]).fails(1);
    t.run(&["keys", "remove", ADMIN])
        .fails(1)
        .stderr_has("keys quota disable");
    t.run(&["keys", "add", ADMIN]).fails(1);
    assert_eq!(standin.take().len(), 1, "only the 503 request was sent");
}

fn json_of(out: &crate::harness::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).expect("keys list --json")
}

/// The lines of stdout from `from` on.
fn tail_from(stdout: &str, from: &str) -> String {
    let at = stdout
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{stdout}"));
    stdout[at..].trim_end().to_string()
}

const QUOTAS_HEADER: &str =
    "Quotas: on (ai-quota, in Redis; get-ai-gateway-quota is the tool's admin key, with no quota):";

#[test]
fn keys_list_shows_each_keys_quota() {
    let mut t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    t.start(&["--redis-url", REDIS_URL]).ok();
    t.run(&["keys", "add", "alice"]).ok();
    t.run(&["keys", "add", "bob"]).ok();
    let standin = QuotaStandIn::serve(None);
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &standin.url);

    // Quotas off: one read of the files, no admin request.
    let text = t.run(&["keys", "list"]).ok().stdout;
    assert!(!text.to_lowercase().contains("quota"), "{text}");
    let doc = json_of(&t.run(&["keys", "list", "--json"]).ok());
    assert_eq!(doc["quotas"], false, "{doc}");
    let consumers = doc["consumers"].as_array().expect("consumers");
    assert!(consumers.iter().all(|c| c.get("quota").is_none()), "{doc}");
    assert!(
        standin.take().is_empty(),
        "no admin request with quotas off"
    );

    t.run(&["keys", "quota", "enable"]).ok();
    t.run(&["keys", "add", "refused"]).ok();
    t.run(&["keys", "add", "down"]).ok();
    let admin_key = crate::gitops_quota::admin_key(&t);
    t.run(&["keys", "quota", "alice", "--set", "1234"]).ok();
    standin.take();

    let out = t.run(&["keys", "list"]).ok();
    let refused = "ai-quota refused the request (403): Request denied by ai quota check. \
                   Unauthorized admin consumer.";
    let down = "ai-quota could not reach Redis (503): redis error:connection refused";
    assert_eq!(
        tail_from(&out.stdout, "Quotas:"),
        format!(
            "{QUOTAS_HEADER}\n  \
             alice                quota 1,234\n  \
             bob                  quota none (ai-quota answers 403)\n  \
             refused              quota unknown: {refused}\n  \
             down                 quota unknown: {down}\n  \
             (give a key tokens with `keys quota NAME --set N` or `--add N`)"
        )
    );
    assert!(
        !out.stdout
            .lines()
            .any(|l| l.trim_start().starts_with(ADMIN)),
        "the admin key is no key of the list:\n{}",
        out.stdout
    );
    let json = t.run(&["keys", "list", "--json"]).ok();
    let doc = json_of(&json);
    assert_eq!(doc["quotas"], true);
    let rows: Vec<_> = doc["consumers"]
        .as_array()
        .expect("consumers")
        .iter()
        .map(|c| {
            (
                c["name"].clone(),
                c["quota"].clone(),
                c.get("quota_error").cloned(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("alice".into(), 1234.into(), None),
            ("bob".into(), 0.into(), None),
            (
                "refused".into(),
                serde_json::Value::Null,
                Some(refused.into())
            ),
            ("down".into(), serde_json::Value::Null, Some(down.into())),
        ]
    );
    let mut seen = standin.take();
    seen.sort_by(|a, b| a.target.cmp(&b.target));
    let query = |name: &str| Seen {
        method: "GET".into(),
        target: format!("/v1/chat/completions/quota?consumer={name}"),
        authorization: format!("Bearer {admin_key}"),
        content_type: String::new(),
        body: String::new(),
    };
    let each = [
        "alice", "alice", "bob", "bob", "down", "down", "refused", "refused",
    ];
    assert_eq!(
        seen,
        each.map(query).to_vec(),
        "one query per key and listing"
    );
    for o in [&out, &json] {
        assert!(!o.stdout.contains(&admin_key) && !o.stderr.contains(&admin_key));
    }

    admin_endpoint_down(&mut t);

    t.run(&["keys", "quota", "disable"]).ok();
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &standin.url);
    let text = t.run(&["keys", "list"]).ok().stdout;
    assert!(!text.contains("Quotas"), "{text}");
    assert!(
        standin.take().is_empty(),
        "no admin request once quotas are off"
    );
}

/// Nothing listening, then a listener that never answers: each key's quota is unknown, with
/// why, and `keys list` succeeds. The keys are asked at once: four keys that each wait
/// 3 s take about 3 s, not 12.
fn admin_endpoint_down(t: &mut Test) {
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        format!("http://{}", l.local_addr().expect("addr"))
    };
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &closed);
    let out = t.run(&["keys", "list"]).ok();
    let section = tail_from(&out.stdout, "Quotas:");
    let lines: Vec<&str> = section.lines().skip(1).collect();
    assert_eq!(lines.len(), 4, "{section}");
    for (line, name) in lines.iter().zip(["alice", "bob", "refused", "down"]) {
        let start = format!("  {name:<20} quota unknown: the gateway did not answer at {closed} (");
        assert!(
            line.starts_with(&start)
                && line[start.len()..]
                    .to_lowercase()
                    .contains("connection refused"),
            "{line}"
        );
    }
    let doc = json_of(&t.run(&["keys", "list", "--json"]).ok());
    for c in doc["consumers"].as_array().expect("consumers") {
        assert_eq!(c["quota"], serde_json::Value::Null, "{doc}");
        let why = c["quota_error"].as_str().unwrap_or_default();
        assert!(why.starts_with("the gateway did not answer"), "{doc}");
    }

    let silent = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", silent.local_addr().expect("addr"));
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &url);
    let started = std::time::Instant::now();
    let out = t.run(&["keys", "list"]).ok();
    let took = started.elapsed();
    let why = format!("quota unknown: the gateway did not answer at {url} (no answer within 3 s)");
    assert_eq!(
        tail_from(&out.stdout, "Quotas:"),
        format!(
            "{QUOTAS_HEADER}\n  alice                {why}\n  \
             bob                  {why}\n  refused              {why}\n  \
             down                 {why}"
        )
    );
    assert!(
        took < std::time::Duration::from_secs(9),
        "the keys were asked one after another ({took:?})"
    );
    drop(silent);
}
