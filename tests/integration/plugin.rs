//! The OpenClaw/Clawdbot plugin against the real runtimes installed by
//! tests/setup.d/20-agent-runtimes.sh (Node 24, openclaw 2026.9.6, clawdbot 2026.1.24-3).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::harness::{BIN, Output, Test, wait_for};

const SETUP: &str = "tests/setup.d/20-agent-runtimes.sh";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Rt {
    OpenClaw,
    Clawdbot,
}

impl Rt {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Rt::OpenClaw => "openclaw",
            Rt::Clawdbot => "clawdbot",
        }
    }

    pub(crate) fn cli(self) -> PathBuf {
        let var = match self {
            Rt::OpenClaw => "GET_AI_GATEWAY_TEST_OPENCLAW",
            Rt::Clawdbot => "GET_AI_GATEWAY_TEST_CLAWDBOT",
        };
        let path = std::env::var_os(var).unwrap_or_else(|| {
            panic!("{var} is not set: run the tests with tests/run.sh, which sources {SETUP}")
        });
        PathBuf::from(path)
    }

    fn config(self, home: &Path) -> PathBuf {
        home.join(format!(".{0}/{0}.json", self.name()))
    }
}

fn node_bin() -> PathBuf {
    PathBuf::from(
        std::env::var_os("GET_AI_GATEWAY_TEST_NODE_BIN").unwrap_or_else(|| {
            panic!(
                "GET_AI_GATEWAY_TEST_NODE_BIN is not set: run the tests with tests/run.sh ({SETUP})"
            )
        }),
    )
}

/// PATH with Node 24 and the given runtimes' CLIs, and nothing else of the user's.
pub(crate) fn path_with(rts: &[Rt]) -> String {
    let mut dirs = vec![node_bin()];
    for rt in rts {
        dirs.push(rt.cli().parent().expect("bin dir").to_path_buf());
    }
    dirs.push("/usr/local/bin".into());
    dirs.push("/usr/bin".into());
    dirs.push("/bin".into());
    std::env::join_paths(dirs)
        .expect("PATH")
        .to_string_lossy()
        .into_owned()
}

/// The runtime's own CLI with a private HOME.
fn runtime(rt: Rt, home: &Path, args: &[&str]) -> Output {
    run_private(&rt.cli(), home, &path_with(&[rt]), args)
}

/// get-ai-gateway with a private HOME and the given runtimes on PATH.
fn gag(home: &Path, rts: &[Rt], args: &[&str]) -> Output {
    run_private(Path::new(BIN), home, &path_with(rts), args)
}

/// `program` with a private HOME, this PATH, no colour, no runtime state-dir variables and
/// no stdin.
pub(crate) fn run_private(program: &Path, home: &Path, path: &str, args: &[&str]) -> Output {
    let out = Command::new(program)
        .args(args)
        .env("HOME", home)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env_remove("OPENCLAW_STATE_DIR")
        .env_remove("CLAWDBOT_STATE_DIR")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()));
    Output::from(out)
}

/// A stand-in OpenAI-compatible gateway that records the `model` of every chat request.
struct Capture {
    port: u16,
    models: Arc<Mutex<Vec<String>>>,
}

impl Capture {
    fn start() -> Capture {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let models = Arc::new(Mutex::new(Vec::new()));
        let seen = models.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let seen = seen.clone();
                std::thread::spawn(move || {
                    let _ = serve(stream, &seen);
                });
            }
        });
        Capture { port, models }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

fn serve(stream: std::net::TcpStream, seen: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        if line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let mut out = stream;
    if request_line.starts_with("GET") {
        let json = r#"{"object":"list","data":[{"id":"higress/auto"},{"id":"qwen-turbo"}]}"#;
        write!(
            out,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{json}",
            json.len()
        )?;
        return Ok(());
    }
    let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    seen.lock()
        .expect("lock")
        .push(request["model"].as_str().unwrap_or("").to_string());
    if request["stream"].as_bool() == Some(true) {
        let chunk = |delta: &str, finish: &str| {
            format!(
                "data: {{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{{\"index\":0,\"delta\":{delta},\"finish_reason\":{finish}}}]}}\n\n"
            )
        };
        let body = chunk(
            r#"{"role":"assistant","content":"routed by the gateway"}"#,
            "null",
        ) + &chunk("{}", "\"stop\"")
            + "data: [DONE]\n\n";
        write!(
            out,
            "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n{body}"
        )?;
    } else {
        let json = r#"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"routed by the gateway"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}"#;
        write!(
            out,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{json}",
            json.len()
        )?;
    }
    Ok(())
}

fn model_line<'a>(listing: &'a str, model: &str) -> Option<&'a str> {
    listing
        .lines()
        .find(|l| l.split_whitespace().next() == Some(model))
}

#[test]
fn node_tests_of_index_ts_pass_for_both_variants() {
    for rt in [Rt::OpenClaw, Rt::Clawdbot] {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("plugin");
        gag(
            dir.path(),
            &[],
            &[
                "plugin",
                "install",
                "--runtime",
                rt.name(),
                "--dest",
                dest.to_str().unwrap(),
            ],
        )
        .ok();
        let out = Command::new(node_bin().join("node"))
            .args([
                "--test",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/node/plugin.test.mjs"),
            ])
            .env("PLUGIN_DIR", &dest)
            .env("NODE_NO_WARNINGS", "1")
            .output()
            .expect("node");
        let out = Output::from(out);
        assert_eq!(
            out.code, 0,
            "node --test for {rt:?}:\n{}\n{}",
            out.stdout, out.stderr
        );
        assert!(
            out.stdout.contains("pass 5") && out.stdout.contains("fail 0"),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn openclaw_loads_the_plugin_and_lists_higress_auto() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = gag(h, &[Rt::OpenClaw], &["plugin", "install"]).ok();
    assert!(
        out.stderr.contains("Runtime: OpenClaw (found "),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("openclaw models auth login --provider higress"),
        "{}",
        out.stdout
    );
    let inspect = runtime(
        Rt::OpenClaw,
        h,
        &["plugins", "inspect", "higress-ai-gateway", "--runtime"],
    )
    .ok();
    assert!(
        inspect.stdout.contains("Status: loaded"),
        "{}",
        inspect.stdout
    );
    assert!(
        inspect.stdout.contains("text-inference: higress"),
        "{}",
        inspect.stdout
    );
    assert!(
        !inspect.stdout.to_lowercase().contains("error"),
        "{}",
        inspect.stdout
    );

    let capture = Capture::start();
    gag(
        h,
        &[Rt::OpenClaw],
        &[
            "plugin",
            "install",
            "--runtime",
            "openclaw",
            "--configure",
            "--gateway-url",
            &capture.url(),
            "--models",
            "higress/auto,qwen-turbo",
        ],
    )
    .ok();
    let listing = runtime(Rt::OpenClaw, h, &["models", "list"]).ok();
    let line =
        model_line(&listing.stdout, "higress/auto").unwrap_or_else(|| panic!("{}", listing.stdout));
    assert!(line.contains("default,configured"), "{line}");
    assert!(model_line(&listing.stdout, "higress/qwen-turbo").is_some());
    assert!(
        !listing.stdout.contains("higress/higress/"),
        "{}",
        listing.stdout
    );
    runtime(Rt::OpenClaw, h, &["config", "validate"])
        .ok()
        .stdout_has("Config valid");

    // The gateway receives "higress/auto", the name its auto-routing answers to.
    let turn = runtime(
        Rt::OpenClaw,
        h,
        &[
            "agent",
            "--local",
            "--agent",
            "main",
            "-m",
            "deep thinking: why?",
        ],
    );
    assert_eq!(turn.code, 0, "{}\n{}", turn.stdout, turn.stderr);
    assert!(
        turn.stdout.contains("routed by the gateway"),
        "{}",
        turn.stdout
    );
    assert_eq!(
        capture.models.lock().unwrap().first().map(String::as_str),
        Some("higress/auto")
    );
}

// Over 20 s (24 s alone on 2 cores): it runs the real Clawdbot CLI six times (each start
// loads Node 24 and 1.3 GB of modules, 1-3 s), one of them a whole `agent --local` turn
// against a capture server. Its waits are deadlines, not sleeps.
#[test]
fn clawdbot_loads_the_plugin_and_sends_higress_auto() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = gag(h, &[Rt::Clawdbot], &["plugin", "install"]).ok();
    assert!(
        out.stderr.contains("Runtime: Clawdbot (found "),
        "{}",
        out.stderr
    );
    let info = runtime(Rt::Clawdbot, h, &["plugins", "info", "higress-ai-gateway"]).ok();
    assert!(info.stdout.contains("Status: loaded"), "{}", info.stdout);
    assert!(
        info.stdout.contains("Providers: higress"),
        "{}",
        info.stdout
    );

    let capture = Capture::start();
    gag(
        h,
        &[Rt::Clawdbot],
        &[
            "plugin",
            "install",
            "--configure",
            "--gateway-url",
            &capture.url(),
            "--models",
            "higress/auto,qwen-turbo",
        ],
    )
    .ok();
    let listing = runtime(Rt::Clawdbot, h, &["models", "list"]).ok();
    // Clawdbot writes the provider in front of every model id.
    let line = model_line(&listing.stdout, "higress/higress/auto")
        .unwrap_or_else(|| panic!("{}", listing.stdout));
    assert!(line.contains("default,configured"), "{line}");
    let turn = runtime(
        Rt::Clawdbot,
        h,
        &["agent", "--local", "--agent", "main", "-m", "hello"],
    );
    assert_eq!(turn.code, 0, "{}\n{}", turn.stdout, turn.stderr);
    assert_eq!(
        capture.models.lock().unwrap().first().map(String::as_str),
        Some("higress/auto")
    );
}

#[test]
fn install_twice_keeps_one_copy_and_a_backup() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let ext = h.join(".openclaw/extensions");
    gag(h, &[], &["plugin", "install", "--runtime", "openclaw"])
        .ok()
        .stdout_has("Installed the OpenClaw plugin");
    gag(h, &[], &["plugin", "install", "--runtime", "openclaw"])
        .ok()
        .stdout_has("is up to date");
    // An older copy: replaced, and kept outside the folder the runtime scans.
    std::fs::write(ext.join("higress-ai-gateway/index.ts"), "// old\n").unwrap();
    let out = gag(h, &[], &["plugin", "install", "--runtime", "openclaw"]).ok();
    assert!(
        out.stdout.contains("the previous copy is in"),
        "{}",
        out.stdout
    );
    let entries: Vec<_> = std::fs::read_dir(&ext)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, vec!["higress-ai-gateway"]);
    let backups: Vec<_> = std::fs::read_dir(h.join(".openclaw/plugin-backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].join("index.ts")).unwrap(),
        "// old\n"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(ext.join("higress-ai-gateway"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o002,
        0,
        "the plugin folder must not be world-writable"
    );
    // --force replaces without another backup.
    std::fs::write(ext.join("higress-ai-gateway/index.ts"), "// old again\n").unwrap();
    gag(
        h,
        &[],
        &["plugin", "install", "--runtime", "openclaw", "--force"],
    )
    .ok();
    assert_eq!(
        std::fs::read_dir(h.join(".openclaw/plugin-backups"))
            .unwrap()
            .count(),
        1
    );
    let status = gag(
        h,
        &[],
        &["plugin", "status", "--runtime", "openclaw", "--json"],
    )
    .ok();
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["runtimes"][0]["installed"], true);
    assert_eq!(v["runtimes"][0]["current"], true);
    assert_eq!(v["runtimes"][0]["version"], env!("CARGO_PKG_VERSION"));
    gag(h, &[], &["plugin", "uninstall", "--runtime", "openclaw"]).ok();
    assert!(!ext.join("higress-ai-gateway").exists());
    gag(h, &[], &["plugin", "uninstall", "--runtime", "openclaw"])
        .fails(1)
        .stderr_has("not installed");
}

#[test]
fn configure_keeps_foreign_settings_and_changes_nothing_twice() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let config = Rt::OpenClaw.config(h);
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        r#"{"agents": {"defaults": {"models": {"anthropic/claude-opus-4-5": {"alias": "opus"}}}}, "channels": {}, "tools": {"profile": "coding"}}"#,
    )
    .unwrap();
    let args = [
        "plugin",
        "install",
        "--runtime",
        "openclaw",
        "--configure",
        "--gateway-url",
        "http://127.0.0.1:18080/v1/",
        "--models",
        "higress/auto,deepseek-chat",
        "--api-key",
        "gw-key-1234567890",
    ];
    let first = gag(h, &[], &args).ok();
    assert!(
        first.stderr.contains("gw-k***7890") && !first.stderr.contains("gw-key-1234567890"),
        "{}",
        first.stderr
    );
    let once = std::fs::read(&config).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&once).unwrap();
    assert_eq!(v["tools"]["profile"], "coding");
    assert_eq!(
        v["agents"]["defaults"]["models"]["anthropic/claude-opus-4-5"]["alias"],
        "opus"
    );
    assert_eq!(
        v["models"]["providers"]["higress"]["baseUrl"],
        "http://127.0.0.1:18080/v1"
    );
    assert_eq!(
        v["models"]["providers"]["higress"]["apiKey"],
        "gw-key-1234567890"
    );
    assert_eq!(v["agents"]["defaults"]["model"]["primary"], "higress/auto");
    assert!(v["plugins"].get("allow").is_none());
    gag(h, &[], &args).ok().stdout_has("nothing changed");
    assert_eq!(
        std::fs::read(&config).unwrap(),
        once,
        "second run changed the file"
    );
    assert!(
        h.join(".openclaw/openclaw.json.get-ai-gateway.bak")
            .is_file()
    );
    runtime(Rt::OpenClaw, h, &["config", "validate"])
        .ok()
        .stdout_has("Config valid");
}

#[test]
fn configure_from_the_running_gateway() {
    let t = Test::new();
    t.start(&["--auto-routing"]).ok();
    let h = t.home.path();
    let configure = |home: &std::path::Path| {
        gag(
            home,
            &[],
            &[
                "plugin",
                "install",
                "--runtime",
                "openclaw",
                "--configure",
                "--container-name",
                &t.name,
            ],
        )
    };
    let out = configure(h).ok();
    assert!(
        out.stdout
            .contains(&format!("http://127.0.0.1:{}/v1", t.http())),
        "{}",
        out.stdout
    );
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(Rt::OpenClaw.config(h)).unwrap()).unwrap();
    let provider = &v["models"]["providers"]["higress"];
    assert_eq!(
        provider["baseUrl"],
        format!("http://127.0.0.1:{}/v1", t.http()).as_str()
    );
    let ids: Vec<&str> = provider["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["higress/auto", "qwen-turbo", "deepseek-chat"],
        "models from the gateway's /v1/models"
    );
    assert_eq!(v["agents"]["defaults"]["model"]["primary"], "higress/auto");
    // The key is the gateway key made for the runtime (issue #15), and a second configure
    // uses it again.
    let ka = t.yaml("/data/wasmplugins/key-auth.internal.yaml");
    let consumers = ka["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .unwrap();
    assert_eq!(consumers.len(), 1);
    assert_eq!(consumers[0]["name"].as_str(), Some("openclaw"));
    let credential = consumers[0]["credential"].as_str().unwrap();
    assert_eq!(
        format!("Bearer {}", provider["apiKey"].as_str().unwrap()),
        credential
    );
    assert!(
        out.stderr.contains("Made the gateway key openclaw"),
        "{}",
        out.stderr
    );
    let again = configure(h).ok();
    assert!(
        again.stderr.contains("Using its gateway key openclaw"),
        "{}",
        again.stderr
    );
    let ka_again = t.yaml("/data/wasmplugins/key-auth.internal.yaml");
    assert_eq!(
        ka_again["spec"]["defaultConfig"]["consumers"],
        ka["spec"]["defaultConfig"]["consumers"]
    );
    // A stopped gateway is a clear error and writes nothing.
    let other = tempfile::tempdir().unwrap();
    t.run(&["stop"]).ok();
    configure(other.path()).fails(1).stderr_has("not running");
    assert!(!other.path().join(".openclaw").exists());
}

#[test]
fn auto_needs_a_runtime_on_path_and_start_mentions_the_plugin() {
    let home = tempfile::tempdir().unwrap();
    gag(home.path(), &[], &["plugin", "install"])
        .fails(1)
        .stderr_has("neither openclaw nor clawdbot is on PATH")
        .stderr_has("--runtime");
    assert!(!home.path().join(".openclaw").exists());
    // Both on PATH, only Clawdbot has a home: Clawdbot, and the reason is given.
    std::fs::create_dir_all(home.path().join(".clawdbot")).unwrap();
    gag(
        home.path(),
        &[Rt::OpenClaw, Rt::Clawdbot],
        &["plugin", "install"],
    )
    .ok()
    .stderr_has("Runtime: Clawdbot (both are on PATH; only Clawdbot has a home folder)");

    let mut t = Test::new();
    t.env("PATH", &path_with(&[Rt::OpenClaw]));
    t.start(&[])
        .ok()
        .stdout_has("get-ai-gateway plugin install --runtime openclaw");
}

#[test]
fn interactive_login_in_openclaw() {
    use expectrl::{Expect, Session};
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    gag(h, &[], &["plugin", "install", "--runtime", "openclaw"]).ok();
    let capture = Capture::start();
    let mut cmd = Command::new(Rt::OpenClaw.cli());
    cmd.args(["models", "auth", "login", "--provider", "higress"])
        .env("HOME", h)
        .env("PATH", path_with(&[Rt::OpenClaw]))
        .env_remove("OPENCLAW_STATE_DIR");
    let mut p = Session::spawn(cmd).expect("pty");
    p.get_process_mut()
        .set_window_size(140, 40)
        .expect("window size");
    p.set_expect_timeout(Some(Duration::from_secs(90)));
    p.expect("Higress AI Gateway URL").unwrap();
    // Replace the suggested URL; a trailing /v1/ must not give /v1/v1.
    p.send("\x7f".repeat(40)).unwrap();
    p.send(format!("{}/v1/\r", capture.url())).unwrap();
    p.expect("Higress Console URL").unwrap();
    p.send("\r").unwrap();
    p.expect("API key for the gateway").unwrap();
    p.send("\r").unwrap();
    p.expect("Models to offer").unwrap();
    p.send("\r").unwrap();
    p.expect("no auto-routing rule matches").unwrap();
    p.send("\r").unwrap();
    p.expect("Updated config").unwrap();
    let config = Rt::OpenClaw.config(h);
    let v: serde_json::Value = wait_for("the login to write the config", 60, || {
        let text = std::fs::read_to_string(&config).ok()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        v["models"]["providers"]["higress"].is_object().then_some(v)
    });
    let provider = &v["models"]["providers"]["higress"];
    assert_eq!(
        provider["baseUrl"],
        format!("{}/v1", capture.url()).as_str()
    );
    let ids: Vec<&str> = provider["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["higress/auto", "qwen-turbo"],
        "models fetched from the gateway"
    );
    let refs: Vec<&String> = v["agents"]["defaults"]["models"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(refs, ["higress/auto", "higress/qwen-turbo"]);
    assert_eq!(
        v["plugins"]["entries"]["higress-ai-gateway"]["config"]["autoRoutingDefaultModel"],
        "qwen-turbo"
    );
}

/// `--configure` writes the gateway's MCP servers into OpenClaw's `mcp.servers`, with the
/// runtime's gateway key when keys are required, in a form the real CLI validates and lists;
/// Clawdbot has no place for them and is told so.
#[test]
fn configure_writes_the_gateways_mcp_servers_for_openclaw() {
    let t = Test::new();
    t.start(&[]).ok();
    let url = format!("http://{}:3997/mcp", crate::mcp::machine_address());
    t.run(&["keys", "add", "laptop"]).ok();
    t.run(&["keys", "enable"]).ok();
    t.run(&["mcp", "add", "gh", "--proxy", &url]).ok();
    let h = t.home.path();
    let args = |rt: &'static str| {
        [
            "plugin",
            "install",
            "--runtime",
            rt,
            "--configure",
            "--models",
            "higress/auto",
            "--container-name",
            &t.name,
        ]
        .map(str::to_string)
    };
    let a: Vec<String> = args("openclaw").to_vec();
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let out = gag(h, &[], &a).ok();
    assert!(out.stderr.contains("mcp.servers: gh"), "{}", out.stderr);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(Rt::OpenClaw.config(h)).unwrap()).unwrap();
    let key = v["models"]["providers"]["higress"]["apiKey"]
        .as_str()
        .unwrap();
    let gh = &v["mcp"]["servers"]["gh"];
    assert_eq!(
        gh["url"],
        format!("http://127.0.0.1:{}/mcp-servers/gh", t.http()).as_str()
    );
    assert_eq!(gh["transport"], "streamable-http");
    assert_eq!(
        gh["headers"]["Authorization"],
        format!("Bearer {key}").as_str()
    );
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(key), "the key was printed");
    }
    runtime(Rt::OpenClaw, h, &["config", "validate"])
        .ok()
        .stdout_has("Config valid");
    runtime(Rt::OpenClaw, h, &["mcp", "list"])
        .ok()
        .stdout_has("gh");
    // The server gone: a second configure takes its entry away.
    t.run(&["mcp", "remove", "gh"]).ok();
    gag(h, &[], &a).ok();
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(Rt::OpenClaw.config(h)).unwrap()).unwrap();
    assert!(v["mcp"]["servers"].get("gh").is_none(), "{v}");
    runtime(Rt::OpenClaw, h, &["config", "validate"]).ok();
    // Clawdbot: no place for MCP servers, said so.
    t.run(&["mcp", "add", "gh", "--proxy", &url]).ok();
    let other = tempfile::tempdir().unwrap();
    let a: Vec<String> = args("clawdbot").to_vec();
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    gag(other.path(), &[], &a)
        .ok()
        .stderr_has("Clawdbot has no place for MCP servers");
    let c = std::fs::read_to_string(Rt::Clawdbot.config(other.path())).unwrap();
    assert!(!c.contains("mcp-servers"), "{c}");
}
