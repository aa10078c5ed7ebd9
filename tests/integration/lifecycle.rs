//! start / stop / delete / status / logs against the real engine.

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::harness::{Test, block_on, docker, standin_image, wait_for};

#[test]
fn start_creates_the_container_as_specified() {
    let t = Test::new();
    let out = t
        .start(&[
            "--dashscope-key",
            "sk-life-0123456789",
            "--deepseek-key",
            "sk-ds",
        ])
        .ok();
    assert!(out.stdout.contains(&format!(
        "http://localhost:{}/v1/chat/completions",
        t.http()
    )));
    assert!(
        out.stdout
            .contains(&format!("http://localhost:{}", t.console()))
    );
    assert!(
        !out.stdout.contains("sk-life-0123456789"),
        "welcome shows a key"
    );

    let info = t.inspect().expect("container exists");
    let host = info.host_config.clone().unwrap();
    let bindings = host.port_bindings.unwrap();
    let mut seen = BTreeSet::new();
    for port in [t.http(), t.https(), t.console()] {
        let b = bindings[&format!("{port}/tcp")].clone().unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].host_ip.as_deref(), Some("127.0.0.1"));
        assert_eq!(b[0].host_port.as_deref(), Some(port.to_string().as_str()));
        seen.insert(port);
    }
    assert_eq!(bindings.len(), 3);
    assert_eq!(
        host.restart_policy.unwrap().name.unwrap().to_string(),
        "always"
    );
    let mounts = info.mounts.clone().unwrap();
    let data = t.data();
    let find = |dst: &str| {
        mounts
            .iter()
            .find(|m| m.destination.as_deref() == Some(dst))
            .and_then(|m| m.source.clone())
    };
    assert_eq!(find("/data").as_deref(), Some(data.to_str().unwrap()));
    assert_eq!(
        find("/var/log/proxy").as_deref(),
        Some(data.join("logs").to_str().unwrap())
    );
    let config = info.config.clone().unwrap();
    assert_eq!(
        config.labels.unwrap()["io.higress.get-ai-gateway.managed"],
        "true"
    );

    // default.cfg: the script's format, private, and exactly the container's environment.
    let cfg_path = data.join("default.cfg");
    let mode = std::fs::metadata(&cfg_path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let cfg = std::fs::read_to_string(&cfg_path).unwrap();
    let lines: Vec<&str> = cfg.lines().collect();
    assert_eq!(
        &lines[..6],
        &[
            "MODE=full",
            "CONFIG_TEMPLATE=ai-gateway",
            &format!("GATEWAY_HTTP_PORT={}", t.http()),
            &format!("GATEWAY_HTTPS_PORT={}", t.https()),
            &format!("CONSOLE_PORT={}", t.console()),
            "PLUGIN_REGISTRY=higress-registry.cn-hangzhou.cr.aliyuncs.com",
        ]
    );
    assert!(lines.contains(&"DASHSCOPE_API_KEY=sk-life-0123456789"));
    assert!(lines.contains(&"DEEPSEEK_MODELS=deepseek-*"));
    let vars: Vec<String> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| get_ai_gateway::domain::providers::secrets::redact_line(l))
        .collect();
    let env = config.env.unwrap();
    assert_eq!(
        &env[..vars.len()],
        vars.as_slice(),
        "container env = default.cfg lines without keys"
    );

    // The config template ran and the gateway answers.
    assert!(t.file_exists("/data/wasmplugins/ai-proxy.internal.yaml"));
    assert!(
        t.file("/data/wasmplugins/ai-proxy.internal.yaml")
            .contains("sk-life-0123456789")
    );
    // The environment's CONTAINER_NAME was not used.
    assert!(block_on(docker().inspect_container("not-the-gateway", None)).is_err());
}

#[test]
fn start_again_is_idempotent_and_stop_start_works() {
    let t = Test::new();
    t.start(&[]).ok();
    let id = t.inspect().unwrap().id;
    let again = t.start(&[]).ok();
    assert!(again.stderr.contains("already running"), "{}", again.stderr);
    assert_eq!(t.inspect().unwrap().id, id);

    t.run(&["stop"]).ok().stderr_has("Stopped");
    assert_eq!(t.inspect().unwrap().state.unwrap().running, Some(false));
    t.run(&["stop"]).ok().stderr_has("not running");
    t.run(&["status"]).ok().stdout_has("exited");

    t.start(&[]).ok().stderr_has("Gateway ready");
    let info = t.inspect().unwrap();
    assert_eq!(info.id, id);
    assert_eq!(info.state.unwrap().running, Some(true));
}

#[test]
fn delete_refuses_running_and_keeps_the_data() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["delete"])
        .fails(1)
        .stderr_has("is running")
        .stderr_has("--force");
    assert!(t.inspect().is_some());
    t.run(&["delete", "--force"]).ok();
    assert!(t.inspect().is_none());
    assert!(t.data().join("default.cfg").is_file());
    assert!(
        t.data()
            .join("wasmplugins/ai-proxy.internal.yaml")
            .is_file()
    );
    t.run(&["delete"])
        .fails(1)
        .stderr_has("no gateway container");
    t.run(&["stop"]).fails(1).stderr_has("get-ai-gateway start");
}

#[test]
fn busy_port_fails_before_anything_is_created() {
    let t = Test::new();
    let _holder = TcpListener::bind(("127.0.0.1", t.https())).unwrap();
    let out = t.start_once(&[]).fails(1);
    assert!(
        out.stderr.contains(&format!("port {} ", t.https())),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--https-port"), "{}", out.stderr);
    assert!(t.inspect().is_none());
    assert!(!t.data().join("default.cfg").exists());
}

#[test]
fn invalid_ports_are_usage_errors() {
    let t = Test::new();
    t.run(&["start", "--http-port", "0"]).fails(2);
    t.run(&["start", "--http-port", "65536"]).fails(2);
    t.run(&["start", "--http-port", "http"]).fails(2);
    let p = t.http().to_string();
    t.run(&[
        "start",
        "--non-interactive",
        "--http-port",
        &p,
        "--console-port",
        &p,
    ])
    .fails(1)
    .stderr_has("both");
    assert!(t.inspect().is_none());
}

#[test]
fn openai_and_azure_are_exclusive() {
    let t = Test::new();
    t.start(&[
        "--openai-key",
        "sk-o",
        "--azure-key",
        "az",
        "--azure-service-url",
        "https://r.openai.azure.com/x",
    ])
    .fails(1)
    .stderr_has("OpenAI and Azure OpenAI");
    assert!(t.inspect().is_none());
}

#[test]
fn dead_docker_host_is_explained() {
    let mut t = Test::new();
    t.env("DOCKER_HOST", "unix:///tmp/get-ai-gateway-no-such.sock");
    let out = t.start(&[]).fails(1);
    assert!(
        out.stderr
            .contains("cannot reach the Docker engine at unix:///tmp/get-ai-gateway-no-such.sock"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
    t.run(&["status"])
        .fails(1)
        .stderr_has("cannot reach the Docker engine");
}

#[test]
fn without_a_tty_it_runs_non_interactively() {
    let t = Test::new();
    // No --non-interactive, stdin is a pipe: must not wait for answers.
    let mut args: Vec<String> = t.image_flags();
    args.extend(["--deepseek-key".to_string(), "sk-pipe".to_string()]);
    let out = t
        .run(&args.iter().map(String::as_str).collect::<Vec<_>>())
        .ok();
    assert!(
        out.stderr.contains("running non-interactively"),
        "{}",
        out.stderr
    );
    assert!(t.inspect().is_some());
}

#[test]
fn status_json_and_logs() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-status-secret-1234"]).ok();
    let out = t.run(&["status", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON only on stdout");
    assert_eq!(v["container"], t.name.as_str());
    assert_eq!(v["running"], true);
    assert_eq!(v["ports"]["http"], t.http());
    assert_eq!(v["gateway_reachable"], true);
    assert_eq!(v["data_folder"], t.data().to_str().unwrap());
    assert_eq!(v["providers"][0]["provider"], "deepseek");
    assert_eq!(v["providers"][0]["keys"][0], "sk-s***1234");
    assert!(!out.stdout.contains("sk-status-secret-1234"));

    let logs = t.run(&["logs", "--tail", "50"]).ok();
    assert!(
        logs.stdout.contains("standin: listening"),
        "{}",
        logs.stdout
    );
    let access = t.run(&["logs", "--access"]).ok();
    assert!(access.stdout.contains("\"ai_log\""), "{}", access.stdout);

    t.run(&["stop"]).ok();
    let out = t.run(&["status", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["running"], false);
    let absent = Test::new();
    let out = absent.run(&["status", "--json"]).fails(1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["state"], "absent");
}

#[test]
fn wait_times_out_with_the_last_log_lines() {
    let t = Test::new();
    // A saved default.cfg is reused as the container environment: delay the HTTP port.
    std::fs::create_dir_all(t.data()).unwrap();
    std::fs::write(
        t.data().join("default.cfg"),
        "MODE=full\nCONFIG_TEMPLATE=ai-gateway\nSTANDIN_HTTP_DELAY=600\n",
    )
    .unwrap();
    // 8 s, not less: the last log lines must include the template's line, which a busy
    // 2-core machine can take several seconds to reach.
    let out = t.start(&["--wait-timeout", "8"]).fails(1);
    assert!(out.stderr.contains("not ready after 8 s"), "{}", out.stderr);
    assert!(
        out.stderr.contains("ai-gateway configuration written"),
        "{}",
        out.stderr
    );
    assert_eq!(
        t.inspect().unwrap().state.unwrap().running,
        Some(true),
        "left running"
    );
}

#[test]
fn a_script_made_data_folder_is_used_as_is() {
    let t = Test::new();
    let folder = t.home.path().join("script-data");
    std::fs::create_dir_all(&folder).unwrap();
    let fixture = include_str!("../fixtures/script-default.cfg")
        .replace(
            "GATEWAY_HTTP_PORT=18080",
            &format!("GATEWAY_HTTP_PORT={}", t.http()),
        )
        .replace(
            "GATEWAY_HTTPS_PORT=8443",
            &format!("GATEWAY_HTTPS_PORT={}", t.https()),
        )
        .replace(
            "CONSOLE_PORT=8001",
            &format!("CONSOLE_PORT={}", t.console()),
        );
    std::fs::write(folder.join("default.cfg"), &fixture).unwrap();
    let image = standin_image();
    let (repo, tag) = image.split_once(':').unwrap();
    t.run(&[
        "start",
        "--non-interactive",
        "--data-folder",
        folder.to_str().unwrap(),
        "--image-repo",
        repo,
        "--image-tag",
        tag,
    ])
    .ok()
    .stderr_has("Using the saved settings");
    let env = t.inspect().unwrap().config.unwrap().env.unwrap();
    assert!(env.contains(&"DASHSCOPE_API_KEY=YOUR_DASHSCOPE_API_KEY".to_string()));
    assert!(env.contains(&format!("GATEWAY_HTTP_PORT={}", t.http())));
    let list = t.run(&["config", "list"]).ok();
    assert!(list.stdout.contains("sk-r***6789"), "{}", list.stdout);
    // The saved auto-routing setting was applied.
    let router = t.yaml("/data/wasmplugins/model-router.internal.yaml");
    assert_eq!(
        router["spec"]["defaultConfig"]["autoRouting"]["enable"],
        true
    );
    assert_eq!(
        router["spec"]["defaultConfig"]["autoRouting"]["defaultModel"],
        "qwen-turbo"
    );
    // Commands after start find the data folder from the container, from any directory.
    let out = t.run(&["status", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["data_folder"], folder.to_str().unwrap());
}

#[test]
fn wizard_on_a_terminal() {
    use expectrl::{Expect, Session};
    let t = Test::new();
    let mut args = vec![
        "start".to_string(),
        "--container-name".to_string(),
        t.name.clone(),
    ];
    args.extend(t.image_flags());
    let cmd = t.command(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(60)));
    p.expect("Provider to configure").unwrap();
    // Down once: "Aliyun Dashscope (Qwen)", then Enter.
    press(&mut p, "\x1b[B");
    press(&mut p, "\r");
    p.expect("API key for Aliyun Dashscope").unwrap();
    type_secret(&mut p, "sk-wizard-secret-42\r");
    p.expect("Models routed to").unwrap();
    press(&mut p, "\r");
    p.expect("[configured] Aliyun").unwrap();
    press(&mut p, "\r"); // Done
    p.expect("Gateway HTTP port").unwrap();
    press(&mut p, "\r");
    p.expect("Gateway HTTPS port").unwrap();
    press(&mut p, "\r");
    p.expect("Console port").unwrap();
    press(&mut p, "\r");
    p.expect("Enable auto-routing").unwrap();
    press(&mut p, "y");
    p.expect("Default model when no rule matches").unwrap();
    press(&mut p, "\r");
    p.expect("Higress AI Gateway is running.").unwrap();
    let status = wait_for("the wizard to exit", 30, || {
        match p.get_process().status() {
            Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => Some(code),
            _ => None,
        }
    });
    assert_eq!(status, 0);
    let cfg = std::fs::read_to_string(t.data().join("default.cfg")).unwrap();
    assert!(
        cfg.contains("DASHSCOPE_API_KEY=sk-wizard-secret-42\n"),
        "{cfg}"
    );
    assert!(cfg.contains("ENABLE_AUTO_ROUTING=true\n"), "{cfg}");
    assert!(t.inspect().unwrap().state.unwrap().running.unwrap());
    let router = t.yaml("/data/wasmplugins/model-router.internal.yaml");
    assert_eq!(
        router["spec"]["defaultConfig"]["autoRouting"]["enable"],
        true
    );
}

/// Type `keys` once the wizard reads a key: its terminal in raw mode. console's
/// `read_single_key` turns the line discipline's ICANON off just before each read and back on
/// after it; keys sent in between meet the cooked terminal (ICRNL turns `\r` into `\n`, a
/// partial escape sequence may be read as Escape), so a test that types ahead races the
/// wizard on a busy machine.
fn press(p: &mut expectrl::session::OsSession, keys: &str) {
    use expectrl::Expect as _;
    wait_for_mode(p, "the wizard to read a key", |t| {
        !t.local_modes.contains(rustix::termios::LocalModes::ICANON)
    });
    p.send(keys).unwrap();
}

/// Type a secret line once the wizard reads one: echo off (`read_secure` turns it off with
/// TCSAFLUSH, which drops whatever was typed before).
fn type_secret(p: &mut expectrl::session::OsSession, line: &str) {
    use expectrl::Expect as _;
    wait_for_mode(p, "the wizard to read a secret", |t| {
        !t.local_modes.contains(rustix::termios::LocalModes::ECHO)
    });
    p.send(line).unwrap();
}

fn wait_for_mode(
    p: &expectrl::session::OsSession,
    what: &str,
    ready: impl Fn(&rustix::termios::Termios) -> bool,
) {
    let pty = p.get_process().get_raw_handle().expect("the pty");
    wait_for(what, 30, || {
        let t = rustix::termios::tcgetattr(&pty).ok()?;
        ready(&t).then_some(())
    });
}

/// A registry from Debian's docker-registry on 127.0.0.1. It binds port 0 itself and the
/// port is read from its own "listening on" log line; the readiness probe then checks that
/// the server on that port answers as a registry (its API version header).
pub struct Registry {
    child: std::process::Child,
    _dir: tempfile::TempDir,
    pub port: u16,
}

impl Registry {
    pub fn start() -> Registry {
        use std::io::{BufRead as _, BufReader, Read as _, Write as _};
        let dir = tempfile::tempdir().unwrap();
        let config = format!(
            "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:0\n",
            dir.path().join("store").display()
        );
        std::fs::write(dir.path().join("config.yml"), config).unwrap();
        let mut child = std::process::Command::new("docker-registry")
            .arg("serve")
            .arg(dir.path().join("config.yml"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("docker-registry (Debian package docker-registry; tests/run.sh installs it)");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // Report the port, then keep draining so the registry never blocks on its log.
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on 127.0.0.1:").nth(1) {
                    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    let _ = tx.send(digits.parse::<u16>().ok());
                }
            }
        });
        let port = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .ok()
            .flatten()
            .expect("docker-registry reported no \"listening on\" line within 30 s");
        wait_for("the local registry to answer /v2/", 30, || {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
            s.write_all(b"GET /v2/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                .ok()?;
            let mut reply = String::new();
            s.read_to_string(&mut reply).ok()?;
            reply
                .to_ascii_lowercase()
                .contains("docker-distribution-api-version: registry/2.0")
                .then_some(())
        });
        Registry {
            child,
            _dir: dir,
            port,
        }
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn pulls_from_a_local_registry_with_progress_and_names_missing_images() {
    let registry = Registry::start();
    let repo = format!("127.0.0.1:{}/higress/all-in-one", registry.port);
    let tag = format!("pull-{}", std::process::id());
    let image = format!("{repo}:{tag}");
    let docker = docker();
    block_on(async {
        use bollard::query_parameters::{PushImageOptionsBuilder, TagImageOptionsBuilder};
        use futures_util::StreamExt;
        docker
            .tag_image(
                standin_image(),
                Some(
                    TagImageOptionsBuilder::default()
                        .repo(&repo)
                        .tag(&tag)
                        .build(),
                ),
            )
            .await
            .unwrap();
        let mut push = docker.push_image(
            &repo,
            Some(PushImageOptionsBuilder::default().tag(&tag).build()),
            Some(bollard::auth::DockerCredentials::default()),
        );
        while let Some(item) = push.next().await {
            let info = item.expect("push");
            assert!(info.error_detail.is_none(), "push: {info:?}");
        }
        docker
            .remove_image(
                &image,
                None::<bollard::query_parameters::RemoveImageOptions>,
                None,
            )
            .await
            .unwrap();
    });

    let t = Test::new();
    let (h, s, c) = (
        t.http().to_string(),
        t.https().to_string(),
        t.console().to_string(),
    );
    let out = t
        .run(&[
            "start",
            "--non-interactive",
            "--image-repo",
            &repo,
            "--image-tag",
            &tag,
            "--http-port",
            &h,
            "--https-port",
            &s,
            "--console-port",
            &c,
        ])
        .ok();
    assert!(
        out.stderr.contains(&format!("Pulling {image}")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("  layer "),
        "per-layer progress: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("Pulled {image}")),
        "{}",
        out.stderr
    );
    assert_eq!(t.inspect().unwrap().config.unwrap().image.unwrap(), image);

    let missing = Test::new();
    let out = missing
        .run(&[
            "start",
            "--non-interactive",
            "--image-repo",
            &format!("127.0.0.1:{}/nope/none", registry.port),
            "--image-tag",
            "x",
        ])
        .fails(1);
    assert!(
        out.stderr.contains(&format!(
            "cannot pull image 127.0.0.1:{}/nope/none:x",
            registry.port
        )),
        "{}",
        out.stderr
    );
    assert!(missing.inspect().is_none());
    drop(t);
    let _ = block_on(docker.remove_image(
        &image,
        None::<bollard::query_parameters::RemoveImageOptions>,
        None,
    ));
}

#[test]
fn a_value_without_its_flag_is_not_echoed() {
    let t = Test::new();
    let out = t
        .run(&["start", "--non-interactive", "sk-stray-secret-5555"])
        .fails(2);
    assert!(
        !out.stderr.contains("sk-stray-secret-5555"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("not shown"), "{}", out.stderr);
    t.run(&["start", "--no-such-flag"])
        .fails(2)
        .stderr_has("--no-such-flag");
    assert!(t.inspect().is_none());
}

#[test]
fn dry_run_prints_the_plan_and_changes_nothing() {
    let t = Test::new();
    let key = "sk-dry-run-secret-9876";
    let out = t
        .start(&["--dry-run", "--deepseek-key", key, "--auto-routing"])
        .ok();
    assert!(out.stdout.contains("nothing was changed"), "{}", out.stdout);
    assert!(out.stdout.contains(standin_image()), "{}", out.stdout);
    assert!(
        out.stdout.contains(&format!("http 127.0.0.1:{}", t.http())),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("sk-d***9876"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("Auto-routing: on, default model qwen-turbo")
    );
    assert!(!out.stdout.contains(key) && !out.stderr.contains(key));
    assert!(t.inspect().is_none());
    assert!(!t.data().join("default.cfg").exists());

    let out = t
        .start(&["--dry-run", "--json", "--deepseek-key", key])
        .ok();
    let plan: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(plan["action"], "create");
    assert_eq!(plan["container"], t.name.as_str());
    assert_eq!(plan["image"], standin_image());
    assert_eq!(plan["ports"]["https"], t.https());
    assert_eq!(plan["providers"][0]["provider"], "deepseek");
    assert_eq!(plan["providers"][0]["keys"][0], "sk-d***9876");
    assert_eq!(plan["auto_routing"]["enabled"], false);
    assert!(!out.stdout.contains(key));
    assert!(t.inspect().is_none());

    // With a running container the plan is to change nothing.
    t.start(&[]).ok();
    let out = t.start(&["--dry-run", "--json"]).ok();
    let plan: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(plan["action"], "none");
    t.run(&["start", "--json"]).fails(2);
}
