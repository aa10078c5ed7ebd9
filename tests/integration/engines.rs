//! Engines: discovery (contexts, DOCKER_HOST, a missing context) through a real second
//! socket to the same engine, `doctor`, `start --bind`, and Podman when it is installed.
//!
//! The second socket is socat relaying a temporary unix socket to the engine's socket: the
//! test needs no second engine and works whether or not dockerd was started by tests/run.sh.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use sha2::{Digest, Sha256};

use crate::harness::{Output, Test, standin_image, wait_for};

const ENGINE_SOCKET: &str = "/var/run/docker.sock";

/// A process the test started, killed (by its id) when the test ends.
struct Spawned(Child);

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A unix socket that leads to `target` through socat.
struct AltSocket {
    relay: Option<Spawned>,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl AltSocket {
    fn to(target: &str) -> AltSocket {
        let dir = tempfile::Builder::new()
            .prefix("gag-alt-")
            .tempdir()
            .expect("temp dir");
        let path = dir.path().join("alt.sock");
        let child = Command::new("socat")
            .arg(format!("UNIX-LISTEN:{},fork", path.display()))
            .arg(format!("UNIX-CONNECT:{target}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("socat (apt-get install socat; tests/run.sh does)");
        let relay = Spawned(child);
        wait_for("socat's socket", 10, || path.exists().then_some(()));
        AltSocket {
            relay: Some(relay),
            path,
            _dir: dir,
        }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }

    fn stop(&mut self) {
        self.relay = None;
    }
}

/// A docker CLI context in `home`, as `docker context create NAME --docker host=HOST` writes it.
fn write_context(home: &Path, name: &str, host: &str) {
    let hash: String = Sha256::digest(name.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let dir = home.join(".docker/contexts/meta").join(hash);
    std::fs::create_dir_all(&dir).expect("context folder");
    let meta = serde_json::json!({
        "Name": name,
        "Metadata": {},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": false}},
    });
    std::fs::write(dir.join("meta.json"), meta.to_string()).expect("meta.json");
}

/// Run with `--container-name` and exactly these engine variables.
fn run_with(t: &Test, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(["--container-name", t.name.as_str()]);
    let mut cmd = t.command(&all);
    for k in ["DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG"] {
        cmd.env_remove(k);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    Output::from(cmd.stdin(Stdio::null()).output().expect("run the binary"))
}

#[test]
fn contexts_choose_the_engine_and_a_missing_one_is_an_error() {
    let mut alt = AltSocket::to(ENGINE_SOCKET);
    let mut t = Test::new();
    write_context(t.home.path(), "ctx2", &alt.host());
    t.env("DOCKER_CONTEXT", "ctx2");
    t.start(&[]).ok();
    let host = alt.host();

    let ctx = [("DOCKER_CONTEXT", "ctx2")];
    run_with(&t, &ctx, &["status"])
        .ok()
        .stdout_has(&format!("{host} (context ctx2 (DOCKER_CONTEXT))"));
    run_with(&t, &[], &["--context", "ctx2", "status"])
        .ok()
        .stdout_has(&format!("{host} (context ctx2 (--context))"));
    // The docker CLI's current context, from its config file.
    let config = t.home.path().join(".docker/config.json");
    std::fs::write(&config, r#"{"auths": {}, "currentContext": "ctx2"}"#).expect("config");
    run_with(&t, &[], &["status"]).ok().stdout_has(&format!(
        "{host} (context ctx2 (currentContext in {}))",
        config.display()
    ));
    // DOCKER_HOST wins over DOCKER_CONTEXT and the current context; --context over both.
    let both = [
        ("DOCKER_CONTEXT", "ctx2"),
        ("DOCKER_HOST", "unix:///var/run/docker.sock"),
    ];
    run_with(&t, &both, &["status"])
        .ok()
        .stdout_has("unix:///var/run/docker.sock (DOCKER_HOST)");
    run_with(&t, &both, &["status", "--context", "ctx2"])
        .ok()
        .stdout_has(&format!("{host} (context ctx2 (--context))"));
    // The doctor says which engine and why.
    run_with(&t, &ctx, &["doctor"])
        .ok()
        .stdout_has(&format!("at {host} (context ctx2 (DOCKER_CONTEXT))"));

    // A context that does not exist is an error, never another engine.
    for (vars, args, from) in [
        (
            &[("DOCKER_CONTEXT", "nope")][..],
            &["status"][..],
            "DOCKER_CONTEXT",
        ),
        (
            &both[1..],
            &["--context", "nope", "status"][..],
            "--context",
        ),
    ] {
        run_with(&t, vars, args)
            .fails(1)
            .stderr_has(&format!(
                "error: no Docker context named nope (from {from})"
            ))
            .stderr_has("hint: list the contexts with `docker context ls`");
    }
    // The context's engine gone: an error naming it, no fallback to the default socket.
    alt.stop();
    run_with(&t, &ctx, &["status"])
        .fails(1)
        .stderr_has(&format!(
            "cannot reach the Docker engine at {host} (context ctx2 (DOCKER_CONTEXT))"
        ));
    // An ssh:// engine is refused with a way around it.
    run_with(&t, &[("DOCKER_HOST", "ssh://user@remote")], &["status"])
        .fails(1)
        .stderr_has("error: the engine address ssh://user@remote (DOCKER_HOST) is not supported")
        .stderr_has("ssh -NL");
}

#[test]
fn doctor_on_a_healthy_a_stopped_and_a_blocked_gateway() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-doctor-0123456789"]).ok();
    let out = t.run(&["doctor"]).ok();
    for line in [
        "ok    engine ",
        &format!(
            "ok    port            {} published by the gateway",
            t.http()
        ),
        "ok    container       ",
        "running, restart policy always",
        "ok    template files  present",
        "ok    gateway         answers on its HTTP port",
        "ok    default.cfg     mode 0600, owned by you",
        "ok    check           no problem in the gateway's files",
    ] {
        assert!(out.stdout.contains(line), "{line:?} in:\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("sk-doctor"), "a key was printed");
    let json: serde_json::Value =
        serde_json::from_str(&t.run(&["doctor", "--json"]).ok().stdout).expect("JSON");
    assert_eq!(json["ok"], true);
    let checks = json["checks"].as_array().expect("checks");
    assert!(checks.iter().all(|c| c["level"] != "fail"), "{json:#}");
    assert!(checks.iter().any(|c| c["check"] == "inotify"));

    t.run(&["stop"]).ok();
    let out = t.run(&["doctor"]).fails(1);
    assert!(
        out.stdout
            .contains(&format!("fail  container       {} is exited", t.name)),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("fix: start it with `get-ai-gateway start`")
    );
    assert!(
        out.stderr.contains("error: 1 check failed"),
        "{}",
        out.stderr
    );

    // Something else on the HTTP port of the stopped gateway: start would fail, doctor says so.
    let _holder = TcpListener::bind(("127.0.0.1", t.http())).expect("hold the port");
    let out = t.run(&["doctor"]).fails(1);
    let port_line = format!(
        "fail  port            {} is used by another program",
        t.http()
    );
    assert!(out.stdout.contains(&port_line), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("start the gateway with --http-port PORT")
    );
    out.stderr_has("error: 2 checks failed");
}

/// A non-loopback IPv4 address of this machine (docker0's, eth0's…).
fn non_loopback_address() -> String {
    let out = Command::new("ip")
        .args(["-4", "-o", "addr", "show", "scope", "global"])
        .output()
        .expect("ip (iproute2)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().skip_while(|w| *w != "inet").nth(1))
        .filter_map(|a| a.split('/').next())
        .map(str::to_string)
        .next()
        .expect("a non-loopback IPv4 address on this machine")
}

#[test]
fn bind_publishes_on_another_address_and_is_kept() {
    let addr = non_loopback_address();
    let t = Test::new();
    let out = t.start(&["--bind", &addr]).ok();
    out.stderr_has(&format!("the ports are published on {addr}"))
        .stderr_has("reachable from the network");
    let bindings = t
        .inspect()
        .and_then(|i| i.host_config)
        .and_then(|h| h.port_bindings)
        .expect("port bindings");
    for port in [t.http(), t.https(), t.console()] {
        let b = bindings[&format!("{port}/tcp")].clone().expect("binding");
        assert_eq!(b[0].host_ip.as_deref(), Some(addr.as_str()));
    }
    wait_for("the gateway on the bind address", 30, || {
        TcpStream::connect((addr.as_str(), t.http())).ok()
    });
    let cfg = std::fs::read_to_string(t.data().join("default.cfg")).expect("default.cfg");
    assert!(
        cfg.contains(&format!("GET_AI_GATEWAY_BIND={addr}\n")),
        "{cfg}"
    );
    t.run(&["status"])
        .ok()
        .stdout_has(&format!("http {addr}:{}", t.http()))
        .stdout_has(&format!(
            "yes (http://{addr}:{}/v1/chat/completions)",
            t.http()
        ));
    let status: serde_json::Value =
        serde_json::from_str(&t.run(&["status", "--json"]).ok().stdout).expect("JSON");
    assert_eq!(status["bind"], addr.as_str());
    t.run(&["doctor"])
        .ok()
        .stdout_has("answers on its HTTP port");

    // Re-created without the flag, the saved address is kept.
    t.run(&["delete", "--force"]).ok();
    let out = t.start(&[]).ok();
    out.stderr_has("reachable from the network");
    let host_ip = t
        .inspect()
        .and_then(|i| i.host_config)
        .and_then(|h| h.port_bindings)
        .and_then(|b| b[&format!("{}/tcp", t.http())].clone())
        .and_then(|b| b[0].host_ip.clone());
    assert_eq!(host_ip.as_deref(), Some(addr.as_str()));
    t.run(&["start", "--bind", "127.0.0.1"])
        .ok()
        .stderr_has("--bind ignored");
}

/// `podman rm -f` on the way out, whatever happened.
struct PodmanContainer(String);

impl Drop for PodmanContainer {
    fn drop(&mut self) {
        let _ = Command::new("podman")
            .args(["rm", "-f", &self.0])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

#[test]
fn podman_through_its_docker_compatible_socket() {
    assert!(
        Command::new("podman").arg("--version").output().is_ok(),
        "podman is not installed (tests/run.sh installs it)"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let socket = dir.path().join("podman.sock");
    // Rootful Podman raises the containers' open-file and process limits (to 1048576 and
    // more) by default, which a machine that is itself a container (no CAP_SYS_RESOURCE)
    // refuses: ask for limits under the ones this machine has.
    let conf = dir.path().join("containers.conf");
    std::fs::write(
        &conf,
        "[containers]\ndefault_ulimits = [\"nofile=1024:1024\", \"nproc=4096:4096\"]\n",
    )
    .expect("containers.conf");
    let _service = Spawned(
        Command::new("podman")
            .args(["system", "service", "--time=0"])
            .arg(format!("unix://{}", socket.display()))
            .env("CONTAINERS_CONF", &conf)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("podman system service"),
    );
    wait_for("Podman's socket", 30, || socket.exists().then_some(()));
    // The stand-in image, copied from the Docker engine into Podman's storage.
    let image = standin_image();
    let copied = Command::new("sh")
        .arg("-c")
        .arg(format!("docker save {image} | podman load"))
        .output()
        .expect("docker save | podman load");
    assert!(copied.status.success(), "{copied:?}");

    let mut t = Test::new();
    let host = format!("unix://{}", socket.display());
    t.env("DOCKER_HOST", &host);
    let _cleanup = PodmanContainer(t.name.clone());
    let mut args: Vec<String> = vec!["start".into(), "--non-interactive".into()];
    args.extend(t.image_flags());
    args[3] = format!("localhost/{}", args[3]);
    args.extend(["--deepseek-key".into(), "sk-podman-0123456789".into()]);
    t.run(&args.iter().map(String::as_str).collect::<Vec<_>>())
        .ok();
    t.run(&["status"])
        .ok()
        .stdout_has(&format!("{host} (DOCKER_HOST)"))
        .stdout_has("deepseek (sk-p***6789)");
    t.run(&["doctor"])
        .ok()
        .stdout_has("ok    engine          Podman Engine");
    t.run(&[
        "config",
        "add",
        "--provider",
        "moonshot",
        "--key",
        "sk-moon-0123456789",
    ])
    .ok();
    t.run(&["config", "list"]).ok().stdout_has("sk-m***6789");
    t.run(&["delete", "--force"]).ok();
}

/// The ids of ai-proxy's providers, and of its match rules.
fn proxy_ids(t: &Test) -> (Vec<String>, Vec<String>) {
    let proxy = t.yaml("/data/wasmplugins/ai-proxy.internal.yaml");
    let ids = |list: &serde_yaml::Value, key: &[&str]| -> Vec<String> {
        list.as_sequence()
            .into_iter()
            .flatten()
            .filter_map(|e| key.iter().try_fold(e, |v, k| v.get(k))?.as_str())
            .map(str::to_string)
            .collect()
    };
    (
        ids(&proxy["spec"]["defaultConfig"]["providers"], &["id"]),
        ids(
            &proxy["spec"]["matchRules"],
            &["config", "activeProviderId"],
        ),
    )
}

#[test]
fn openai_compatible_servers_are_added_listed_and_removed() {
    let t = Test::new();
    t.start(&[]).ok();
    let add = |name: &str, url: &str, extra: &[&str]| {
        let mut args = vec!["config", "add", "--provider", "openai-compatible"];
        args.extend(["--name", name, "--base-url", url]);
        args.extend_from_slice(extra);
        t.run(&args)
    };
    // This machine's loopback is the container's own inside it: refused, nothing written.
    let before = t.file("/data/wasmplugins/ai-proxy.internal.yaml");
    add("vllm", "http://localhost:8000/v1", &[])
        .fails(1)
        .stderr_has("inside the gateway's container is the container itself")
        .stderr_has("hint: use this machine's address as containers see it");
    assert_eq!(t.file("/data/wasmplugins/ai-proxy.internal.yaml"), before);

    add("vllm", "http://172.17.0.1:8000/v1", &["--models", "Qwen/*"])
        .ok()
        .stdout_has("OpenAI-compatible vllm configured");
    add(
        "lmstudio",
        "https://lm.example.com/v1/",
        &["--key", "sk-lmstudio-0123456789", "--models", "llama-*"],
    )
    .ok()
    .stdout_has("OpenAI-compatible lmstudio API key set to sk-l***6789");

    let proxy = t.yaml("/data/wasmplugins/ai-proxy.internal.yaml");
    let entry = |id: &str| {
        proxy["spec"]["defaultConfig"]["providers"]
            .as_sequence()
            .and_then(|l| l.iter().find(|e| e["id"].as_str() == Some(id)).cloned())
            .unwrap_or_else(|| panic!("no {id} provider"))
    };
    assert_eq!(entry("oc-vllm")["type"], "openai");
    assert_eq!(
        entry("oc-vllm")["openaiCustomUrl"],
        "http://172.17.0.1:8000/v1"
    );
    assert_eq!(
        entry("oc-lmstudio")["openaiCustomUrl"],
        "https://lm.example.com/v1"
    );
    assert_eq!(
        entry("oc-lmstudio")["apiTokens"][0],
        "sk-lmstudio-0123456789"
    );
    let (providers, rules) = proxy_ids(&t);
    for id in ["oc-vllm", "oc-lmstudio"] {
        assert!(providers.iter().any(|p| p == id) && rules.iter().any(|r| r == id));
        assert!(t.file_exists(&format!("/data/configmaps/ai-route-{id}.yaml")));
    }
    let ingress = t.yaml("/data/ingresses/ai-route-oc-vllm.internal.yaml");
    assert_eq!(
        ingress["metadata"]["annotations"]["higress.io/destination"],
        "llm-oc-vllm.internal.static:80"
    );
    let bridge = t.yaml("/data/mcpbridges/default.yaml");
    let registry = |name: &str| {
        bridge["spec"]["registries"]
            .as_sequence()
            .and_then(|l| l.iter().find(|r| r["name"].as_str() == Some(name)).cloned())
            .unwrap_or_else(|| panic!("no registry {name}"))
    };
    let vllm = registry("llm-oc-vllm.internal");
    assert_eq!(
        (&vllm["type"], &vllm["domain"]),
        (&"static".into(), &"172.17.0.1:8000".into())
    );
    let lm = registry("llm-oc-lmstudio.internal");
    assert_eq!(
        (&lm["protocol"], &lm["domain"]),
        (&"https".into(), &"lm.example.com".into())
    );
    let cfg = std::fs::read_to_string(t.data().join("default.cfg")).expect("default.cfg");
    assert!(
        cfg.contains("OC_VLLM_BASE_URL=http://172.17.0.1:8000/v1\n"),
        "{cfg}"
    );

    // The gateway's files stay consistent: check and doctor find nothing.
    t.run(&["check"]).ok();
    t.run(&["doctor"]).ok();
    let list = t.run(&["config", "list"]).ok();
    list.stdout_has("OpenAI-compatible vllm")
        .stdout_has("OpenAI-compatible lmstudio")
        .stdout_has("sk-l***6789")
        .stdout_has("Qwen/*");

    // A new data folder holding only the saved default.cfg (another machine, or a fresh
    // start): `start` puts the servers back, as it does for the table's providers.
    t.run(&["delete", "--force"]).ok();
    for entry in std::fs::read_dir(t.data()).expect("data folder") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n != "default.cfg") {
            let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
        }
    }
    t.start(&[]).ok();
    let (providers, _) = proxy_ids(&t);
    assert!(
        providers.iter().any(|p| p == "oc-vllm") && providers.iter().any(|p| p == "oc-lmstudio")
    );
    assert!(t.file_exists("/data/ingresses/ai-route-oc-lmstudio.internal.yaml"));
    t.run(&["check"]).ok();

    for (gone, kept) in [("vllm", Some("oc-lmstudio")), ("lmstudio", None)] {
        let args = [
            "config",
            "remove",
            "--provider",
            "openai-compatible",
            "--name",
            gone,
        ];
        t.run(&args)
            .ok()
            .stdout_has("its provider entry, route and registry were removed");
        let (providers, rules) = proxy_ids(&t);
        let id = format!("oc-{gone}");
        assert!(!providers.contains(&id) && !rules.contains(&id));
        assert!(!t.file_exists(&format!("/data/configmaps/ai-route-{id}.yaml")));
        assert!(!t.file_exists(&format!("/data/ingresses/ai-route-{id}.internal.yaml")));
        assert!(
            !t.file("/data/mcpbridges/default.yaml")
                .contains(&format!("llm-{id}."))
        );
        if let Some(kept) = kept {
            assert!(providers.iter().any(|p| p == kept));
        }
    }
    t.run(&["config", "remove", "--provider", "openai-compatible"])
        .fails(1)
        .stderr_has("needs --name");
}
