//! `mcp add/list/tools/remove` on the stand-in: the files are written and hot-reloaded,
//! `check` stays clean, and `mcp tools` reads a local MCP server stand-in (a few lines of
//! Streamable HTTP on this machine) that answers `initialize` and `tools/list`, through the
//! stand-in gateway's HTTP port, which forwards `/mcp-servers/NAME` as the real one does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::harness::{Test, block_on, docker};

const CONFIG: &str = "/data/configmaps/higress-config.yaml";
const PLUGIN: &str = "/data/wasmplugins/mcp-server.internal.yaml";
const BRIDGE: &str = "/data/mcpbridges/default.yaml";

/// What the MCP server stand-in was sent: each request's line (`POST /mcp HTTP/1.1`) and
/// its `x-mse-consumer` header (empty when none).
pub(crate) type Seen = Arc<Mutex<Vec<(String, String)>>>;

/// Reads a request's head: records its line and `x-mse-consumer` in `seen`; its length.
fn read_head(reader: &mut BufReader<std::net::TcpStream>, seen: &Seen) -> usize {
    let mut length = 0usize;
    let mut line = String::new();
    let (mut first, mut consumer) = (String::new(), String::new());
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if first.is_empty() {
            first = line.trim_end().to_string();
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if let Some(v) = lower.strip_prefix("x-mse-consumer:") {
            consumer = v.trim().to_string();
        }
    }
    if let Ok(mut seen) = seen.lock() {
        seen.push((first, consumer));
    }
    length
}

/// The MCP server stand-in: answers every POST on any path; `initialize` with a session
/// id, `tools/list` with two tools (as an SSE stream, as servers may), notifications with 202.
pub(crate) fn serve_mcp(listener: TcpListener) -> Seen {
    let seen: Seen = Arc::default();
    let record = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let length = read_head(&mut reader, &record);
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let req: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let id = req["id"].clone();
            let (ctype, answer) = match req["method"].as_str() {
                Some("initialize") => ("application/json", serde_json::json!({"jsonrpc": "2.0", "id": id, "result": {"protocolVersion": "2025-03-26", "capabilities": {"tools": {}}, "serverInfo": {"name": "standin", "version": "1"}}}).to_string()),
                Some("tools/list") => ("text/event-stream", format!("event: message\ndata: {}\n\n", serde_json::json!({"jsonrpc": "2.0", "id": id, "result": {"tools": [{"name": "echo", "description": "Say it back", "inputSchema": {"type": "object"}}, {"name": "add", "description": "Add two numbers", "inputSchema": {"type": "object"}}]}}))),
                _ => ("", String::new()),
            };
            let mut stream = reader.into_inner();
            let head = if ctype.is_empty() {
                "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_string()
            } else {
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nMcp-Session-Id: s-1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    answer.len()
                )
            };
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    seen
}

/// An address of this machine that is not loopback (so `mcp add` takes it): the one a
/// UDP socket would send from (nothing is sent), else the engine's bridge gateway.
pub(crate) fn machine_address() -> String {
    let udp = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").map(|()| s))
        .and_then(|s| s.local_addr());
    if let Ok(addr) = udp {
        if !addr.ip().is_loopback() && !addr.ip().is_unspecified() {
            return addr.ip().to_string();
        }
    }
    block_on(async {
        let net = docker()
            .inspect_network(
                "bridge",
                None::<bollard::query_parameters::InspectNetworkOptions>,
            )
            .await
            .expect("the bridge network");
        net.ipam
            .and_then(|i| i.config)
            .and_then(|c| c.into_iter().find_map(|c| c.gateway))
            .expect("a bridge gateway")
    })
}

/// The MCP server stand-in on a port of this machine, as the gateway's container reaches it:
/// its URL (`/mcp`) and what it has seen.
pub(crate) fn mcp_server() -> (String, Seen) {
    let listener = TcpListener::bind("0.0.0.0:0").expect("a port");
    let port = listener.local_addr().expect("addr").port();
    let seen = serve_mcp(listener);
    (format!("http://{}:{port}/mcp", machine_address()), seen)
}

#[test]
fn mcp_servers_are_written_reloaded_listed_and_removed() {
    let (url, seen) = mcp_server();
    let t = Test::new();
    t.start(&[]).ok();

    // Refusals write nothing.
    let before = t.file(CONFIG);
    t.run(&["mcp", "add", "Bad_Name", "--proxy", &url])
        .fails(1)
        .stderr_has("lowercase");
    t.run(&["mcp", "add", "demo", "--proxy", "http://localhost:3000/mcp"])
        .fails(1)
        .stderr_has("docker0");
    t.run(&[
        "mcp",
        "add",
        "old",
        "--proxy",
        &url.replace("/mcp", "/sse"),
        "--transport",
        "sse",
    ])
    .fails(1)
    .stderr_has("get-ai-gateway start --redis` (or --redis-url)");
    assert_eq!(t.file(CONFIG), before);

    let ingress = "/data/ingresses/mcp-server-demo.internal.yaml";
    let reloads = t.reload_count(CONFIG);
    t.run(&[
        "mcp",
        "add",
        "demo",
        "--proxy",
        &url,
        "--description",
        "on: yes",
    ])
    .ok()
    .stdout_has("/mcp-servers/demo");
    t.wait_reload(CONFIG, reloads);
    let ing = t.yaml(ingress);
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/resource-description"],
        "on: yes"
    );
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/mcp-server-upstream-type"],
        "streamable"
    );
    let inner: serde_yaml::Value =
        serde_yaml::from_str(t.yaml(CONFIG)["data"]["higress"].as_str().expect("higress"))
            .expect("yaml");
    assert_eq!(inner["mcpServer"]["enable"], true);
    assert!(
        inner["mcpServer"].get("redis").is_none(),
        "the placeholder Redis is gone"
    );
    assert!(t.file(BRIDGE).contains("mcp-demo.internal"));

    // REST as tools.
    let tools = t.home.path().join("tools.yaml");
    std::fs::write(&tools, "server: {name: rest}\ntools:\n- name: get-weather\n  description: Weather\n  requestTemplate: {method: GET, url: 'https://api.example.com/w'}\n").expect("write");
    let bad = t.home.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "server: {name: rest}\ntools: [{name: x, requestTemplate: {method: FETCH}}]\n",
    )
    .expect("write");
    t.run(&[
        "mcp",
        "add",
        "rest",
        "--tools",
        bad.to_str().unwrap(),
        "--upstream",
        "https://api.example.com",
    ])
    .fails(1)
    .stderr_has("FETCH");
    assert!(!t.file_exists(PLUGIN));
    t.run(&[
        "mcp",
        "add",
        "rest",
        "--tools",
        tools.to_str().unwrap(),
        "--upstream",
        "https://api.example.com",
    ])
    .ok()
    .stderr_has("/sse (SSE) will not work");
    assert!(t.file(PLUGIN).contains("mcp-server-rest.internal"));

    let list = t.run(&["mcp", "list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(v["enabled"], true);
    assert_eq!(v["servers"].as_array().map(Vec::len), Some(2));

    let out = t.run(&["mcp", "tools", "rest", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(
        (v["source"].as_str(), v["tools"][0]["name"].as_str()),
        (Some("file"), Some("get-weather"))
    );
    // Through the gateway's port, which forwards /mcp-servers/demo to the server's /mcp.
    let out = t.run(&["mcp", "tools", "demo", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(
        (&v["source"], &v["tools"]),
        (
            &serde_json::json!("gateway"),
            &serde_json::json!([
                {"name": "echo", "description": "Say it back"},
                {"name": "add", "description": "Add two numbers"}
            ])
        ),
        "{}",
        out.stdout
    );
    assert!(
        v["url"]
            .as_str()
            .is_some_and(|u| u.ends_with(&format!(":{}/mcp-servers/demo", t.http()))),
        "{}",
        out.stdout
    );
    assert!(!out.stderr.contains("did not serve"), "{}", out.stderr);
    let sent = seen.lock().expect("seen").clone();
    assert!(
        !sent.is_empty()
            && sent
                .iter()
                .all(|(line, _)| line.starts_with("POST /mcp HTTP/1.1")),
        "{sent:?}"
    );

    t.run(&["check"]).ok();

    t.run(&["mcp", "remove", "rest"]).ok();
    assert!(!t.file_exists(PLUGIN));
    t.run(&["mcp", "remove", "demo"])
        .ok()
        .stderr_has("MCP is off again");
    assert!(!t.file_exists(ingress));
    assert!(!t.file(BRIDGE).contains("mcp-demo.internal"));
    t.run(&["mcp", "remove", "demo"])
        .fails(1)
        .stderr_has("no MCP server named demo");
    t.run(&["check"]).ok();
}

/// One HTTP/1.1 request to 127.0.0.1:`port`: (status, head in lowercase, body).
fn request(port: u16, path: &str, auth: Option<&str>, body: &str) -> (u16, String, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the gateway's port");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let method = if body.is_empty() { "GET" } else { "POST" };
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json, text/event-stream\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(key) = auth {
        req.push_str(&format!("Authorization: Bearer {key}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).expect("send");
    let mut answer = String::new();
    s.read_to_string(&mut answer).expect("an answer");
    let (head, rest) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, head.to_ascii_lowercase(), rest.to_string())
}

fn sent(seen: &Seen) -> Vec<(String, String)> {
    seen.lock().expect("seen").clone()
}

const INIT: &str = r#"{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;

/// The stand-in gateway's HTTP port forwards `/mcp-servers/NAME[/rest]` as the real gateway
/// does: the prefix replaced by the Ingress's rewrite path, the answer (status, session
/// header, JSON or an event stream) passed back; Envoy's 404 with an empty body where no MCP
/// Ingress matches; key-auth's 401 without a valid key once keys are on, 403 for a key the
/// server's rule does not allow; every other path answered as before.
#[test]
fn the_gateway_port_forwards_mcp_servers_and_checks_their_keys() {
    let (url, seen) = mcp_server();
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["mcp", "add", "demo", "--proxy", &url]).ok();

    let (status, head, body) = request(t.http(), "/mcp-servers/demo", None, INIT);
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(
        head.contains("\r\ncontent-type: application/json")
            && head.contains("\r\nmcp-session-id: s-1"),
        "{head}"
    );
    let v: serde_json::Value = serde_json::from_str(&body).expect("JSON-RPC");
    assert_eq!(
        (&v["id"], &v["result"]["serverInfo"]["name"]),
        (&serde_json::json!(7), &serde_json::json!("standin")),
        "{body}"
    );
    // Below the prefix, with a query: the rest follows the rewrite path; an event stream.
    let list = r#"{"jsonrpc":"2.0","id":8,"method":"tools/list"}"#;
    let (status, head, body) = request(t.http(), "/mcp-servers/demo/sub?x=1", None, list);
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(
        head.contains("\r\ncontent-type: text/event-stream"),
        "{head}"
    );
    assert!(
        body.starts_with("event: message\ndata: {") && body.contains(r#""name":"add""#),
        "{body}"
    );
    let lines = |s: &Seen| -> Vec<String> { sent(s).into_iter().map(|l| l.0).collect() };
    assert_eq!(
        lines(&seen),
        ["POST /mcp HTTP/1.1", "POST /mcp/sub?x=1 HTTP/1.1"]
    );

    // No MCP Ingress: Envoy's answer when no route matches. Other paths are as before.
    for path in [
        "/mcp-servers/nothing",
        "/mcp-servers/demox",
        "/mcp-servers/",
    ] {
        let (status, head, body) = request(t.http(), path, None, INIT);
        assert_eq!((status, body.as_str()), (404, ""), "{path}: {head}");
    }
    // A Streamable HTTP server's `…/sse` is the gateway's own SSE endpoint (mcp-session).
    let (status, _, body) = request(t.http(), "/mcp-servers/demo/sse", None, INIT);
    assert_eq!((status, body.as_str()), (405, "Method not allowed"));
    assert_eq!(sent(&seen).len(), 2, "nothing else reached the server");
    let (status, _, body) = request(t.http(), "/v1/models", None, "");
    assert_eq!(status, 200);
    assert!(body.contains(r#""id":"qwen-turbo""#), "{body}");

    // Keys: none needed while they are off; once on, key-auth answers first.
    let laptop = t
        .run(&["keys", "add", "laptop"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let ci = t.run(&["keys", "add", "ci"]).ok().stdout.trim().to_string();
    assert_eq!(request(t.http(), "/mcp-servers/demo", None, INIT).0, 200);
    t.run(&["keys", "enable"]).ok();
    for auth in [None, Some("gw-not-a-key")] {
        let (status, head, body) = request(t.http(), "/mcp-servers/demo", auth, INIT);
        assert_eq!(
            (status, body.as_str()),
            (401, "Request denied by Key Auth check. Invalid API key."),
            "{head}"
        );
        assert!(
            head.contains("\r\nwww-authenticate: key realm=mse gateway"),
            "{head}"
        );
    }
    assert_eq!(request(t.http(), "/mcp-servers/nothing", None, INIT).0, 401);
    assert_eq!(
        request(t.http(), "/mcp-servers/nothing", Some(&laptop), INIT).0,
        404
    );
    let before = sent(&seen).len();
    let (status, _, body) = request(t.http(), "/mcp-servers/demo", Some(&laptop), INIT);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        sent(&seen)[before..],
        [("POST /mcp HTTP/1.1".to_string(), "laptop".to_string())]
    );

    // A server only some keys may call: another key is refused as key-auth refuses it.
    t.run(&["mcp", "add", "docs", "--proxy", &url, "--keys", "ci"])
        .ok()
        .stderr_has("Only these gateway keys may call it: ci");
    let (status, _, body) = request(t.http(), "/mcp-servers/docs", Some(&laptop), INIT);
    assert_eq!(
        (status, body.as_str()),
        (
            403,
            "Request denied by Key Auth check. Unauthorized consumer."
        )
    );
    let before = sent(&seen).len();
    assert_eq!(
        request(t.http(), "/mcp-servers/docs", Some(&ci), INIT).0,
        200
    );
    assert_eq!(
        sent(&seen)[before..],
        [("POST /mcp HTTP/1.1".to_string(), "ci".to_string())]
    );
    let out = t.run(&["mcp", "tools", "docs", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(
        (v["source"].as_str(), v["tools"][0]["name"].as_str()),
        (Some("gateway"), Some("echo")),
        "{}",
        out.stdout
    );
}

/// The stream an SSE server sends on GET: the `endpoint` event (CRLF lines, as some servers
/// write them), then one message.
const SSE_EVENTS: [&str; 2] = [
    "event: endpoint\r\ndata: /events/messages?sessionId=s9\r\n\r\n",
    "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/ready\"}\n\n",
];

/// An MCP server over SSE (the older transport): GET answers the event stream of
/// [`SSE_EVENTS`] in chunks and ends it; a POST (a message) is taken with 202.
fn serve_sse(listener: TcpListener) -> Seen {
    let seen: Seen = Arc::default();
    let record = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let length = read_head(&mut reader, &record);
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let mut stream = reader.into_inner();
            if length > 0 {
                let _ = stream.write_all(
                    b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
                continue;
            }
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n",
            );
            for event in SSE_EVENTS {
                let _ = write!(stream, "{:x}\r\n{event}\r\n", event.len());
                let _ = stream.flush();
            }
            let _ = stream.write_all(b"0\r\n\r\n");
        }
    });
    seen
}

/// SSE needs Redis: with the Redis that `start --redis` runs (the stand-in Redis image of
/// redis.rs), `mcp add --transport sse` is taken, the Redis block (address, password) stays
/// as `start` wrote it, higress-config stays 0600, and `check` is clean.
#[test]
fn sse_is_taken_with_the_redis_that_start_runs() {
    use std::os::unix::fs::PermissionsExt;

    use crate::redis::{Beside, redis_image, seed_higress_config};
    let listener = TcpListener::bind("0.0.0.0:0").expect("a port");
    let port = listener.local_addr().expect("addr").port();
    let seen = serve_sse(listener);
    let t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    seed_higress_config(&t);
    let sse = format!("http://{}:{port}/events/sse", machine_address());
    let add = [
        "mcp",
        "add",
        "events",
        "--proxy",
        &sse,
        "--transport",
        "sse",
    ];
    let before = t.file(CONFIG);
    t.run(&add)
        .fails(1)
        .stderr_has("get-ai-gateway start --redis` (or --redis-url)");
    assert_eq!(t.file(CONFIG), before, "a refusal writes nothing");
    assert!(!t.file_exists("/data/ingresses/mcp-server-events.internal.yaml"));

    t.start(&["--redis", "--redis-image", redis_image()]).ok();
    let inner = |t: &Test| -> serde_yaml::Value {
        serde_yaml::from_str(t.yaml(CONFIG)["data"]["higress"].as_str().expect("higress"))
            .expect("yaml")
    };
    let redis_before = inner(&t)["mcpServer"]["redis"].clone();
    let password = redis_before["password"]
        .as_str()
        .expect("a password")
        .to_string();
    assert!(password.len() >= 32);
    let out = t.run(&add).ok().stdout_has("/mcp-servers/events");
    assert!(!out.stdout.contains(&password) && !out.stderr.contains(&password));
    assert!(!out.stderr.contains("will not work"), "{}", out.stderr);
    let after = inner(&t);
    assert_eq!(after["mcpServer"]["enable"], true);
    assert_eq!(
        after["mcpServer"]["redis"], redis_before,
        "the Redis block is kept"
    );
    assert_eq!(
        after["mcpServer"]["redis"]["address"].as_str(),
        Some(format!("{}-redis:6379", t.name).as_str())
    );
    let ing = t.yaml("/data/ingresses/mcp-server-events.internal.yaml");
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/mcp-server-upstream-type"],
        "sse"
    );
    let mode = std::fs::metadata(t.data().join("configmaps/higress-config.yaml"))
        .expect("higress-config")
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "higress-config holds a password: {mode:o}");
    t.run(&["check"]).ok();
    let list = t.run(&["mcp", "list"]).ok();
    assert!(list.stdout.contains("events") && !list.stdout.contains(&password));

    // Through the gateway's port: the stream comes back unframed, its `endpoint` event
    // rewritten under the server's path (the mcp-session filter's work); the messages the
    // client then posts there reach the server's own path.
    let (status, head, body) = request(t.http(), "/mcp-servers/events/sse", None, "");
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(
        head.contains("\r\ncontent-type: text/event-stream"),
        "{head}"
    );
    assert_eq!(
        body,
        SSE_EVENTS
            .concat()
            .replace("/events/messages", "/mcp-servers/events/messages")
    );
    let (status, _, _) = request(
        t.http(),
        "/mcp-servers/events/messages?sessionId=s9",
        None,
        INIT,
    );
    assert_eq!(status, 202);
    let lines: Vec<String> = sent(&seen).into_iter().map(|l| l.0).collect();
    assert_eq!(
        lines,
        [
            "GET /events/sse HTTP/1.1",
            "POST /events/messages?sessionId=s9 HTTP/1.1"
        ]
    );
}

/// (route, allow) of key-auth's rules.
fn key_rules(t: &Test) -> Vec<(String, Vec<String>)> {
    let ka = t.yaml("/data/wasmplugins/key-auth.internal.yaml");
    ka["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
        .map(|r| {
            let allow = r["config"]["allow"].as_sequence().into_iter().flatten();
            (
                r["ingress"][0].as_str().unwrap_or("").to_string(),
                allow
                    .filter_map(|a| a.as_str().map(str::to_string))
                    .collect(),
            )
        })
        .collect()
}

fn mcp_rule(t: &Test, server: &str) -> Option<Vec<String>> {
    let route = format!("mcp-server-{server}.internal");
    key_rules(t).into_iter().find(|r| r.0 == route).map(|r| r.1)
}

/// Scoped keys: each MCP server gets its rule with the server; `--keys` limits one; `keys
/// add/remove` keep the rules right; `check` agrees throughout.
#[test]
fn mcp_servers_follow_scoped_keys() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-mcp-scope-0123456789"]).ok();
    let url = format!("http://{}:3998/mcp", machine_address());
    t.run(&["keys", "add", "laptop"]).ok();
    t.run(&["keys", "add", "ci", "--providers", "deepseek"])
        .ok();
    t.run(&["keys", "enable"]).ok();
    t.run(&["mcp", "add", "gh", "--keys", "nobody", "--proxy", &url])
        .fails(1)
        .stderr_has("no gateway key is named nobody");
    assert!(!t.file_exists("/data/ingresses/mcp-server-gh.internal.yaml"));
    t.run(&["mcp", "add", "gh", "--proxy", &url])
        .ok()
        .stderr_has("Every gateway key may call it");
    assert_eq!(mcp_rule(&t, "gh"), Some(vec!["laptop".into(), "ci".into()]));
    t.run(&["mcp", "add", "docs", "--proxy", &url, "--keys", "ci"])
        .ok()
        .stderr_has("Only these gateway keys may call it: ci");
    assert_eq!(mcp_rule(&t, "docs"), Some(vec!["ci".into()]));
    t.run(&["check"]).ok();
    t.run(&["keys", "add", "bob"]).ok();
    assert_eq!(
        mcp_rule(&t, "gh"),
        Some(vec!["laptop".into(), "ci".into(), "bob".into()])
    );
    assert_eq!(mcp_rule(&t, "docs"), Some(vec!["ci".into()]));
    t.run(&["keys", "remove", "ci"]).ok();
    assert_eq!(mcp_rule(&t, "docs"), Some(vec!["(no key)".into()]));
    t.run(&["check"]).ok();
    let list = t.run(&["mcp", "list", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(v["servers"][0]["name"], "docs");
    t.run(&["mcp", "remove", "docs"]).ok();
    assert_eq!(mcp_rule(&t, "docs"), None);
    assert!(
        !t.file("/data/wasmplugins/key-auth.internal.yaml")
            .contains("mcp-keys"),
        "the limit goes with the server"
    );
    t.run(&["check"]).ok();
}
