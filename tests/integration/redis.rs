//! Redis beside the gateway (#28): `start --redis` on the stand-in gateway with a stand-in
//! Redis image built here, FROM scratch, from Debian's `redis-server` and the libraries
//! `ldd` lists (no registry). The gateway reaches it by name over the shared network; the
//! password is in no `docker inspect`, no output and no world-readable file; token limits
//! are written, hot-reloaded and refused without Redis.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

use bollard::query_parameters::RemoveContainerOptionsBuilder;

use crate::harness::{Test, block_on, build_image, docker};

static REDIS_IMAGE: OnceLock<String> = OnceLock::new();

/// The files of the stand-in Redis: the binary and what `ldd` says it loads.
fn redis_files() -> Vec<String> {
    let bin = "/usr/bin/redis-server";
    assert!(
        Path::new(bin).exists(),
        "{bin} is missing (apt-get install -y redis-server; tests/run.sh does)"
    );
    let out = std::process::Command::new("ldd")
        .arg(bin)
        .output()
        .expect("ldd");
    let mut files = vec![bin.to_string()];
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let path = match line.split_once("=>") {
            Some((_, right)) => right.split_whitespace().next(),
            None => line.split_whitespace().next(),
        };
        if let Some(p) = path.filter(|p| p.starts_with('/')) {
            files.push(p.to_string());
        }
    }
    files
}

fn redis_context() -> Vec<u8> {
    let dockerfile = "FROM scratch\nCOPY rootfs/ /\n\
        ENTRYPOINT [\"/usr/bin/redis-server\", \"/redis-stack.conf\", \"--dir\", \"/data\", \
        \"--protected-mode\", \"no\"]\n";
    let mut builder = tar::Builder::new(Vec::new());
    builder.mode(tar::HeaderMode::Deterministic);
    let mut header = tar::Header::new_gnu();
    header.set_size(dockerfile.len() as u64);
    header.set_mode(0o644);
    header.set_cksum();
    builder
        .append_data(&mut header, "Dockerfile", dockerfile.as_bytes())
        .expect("Dockerfile");
    for f in redis_files() {
        // Symbolic links are followed: the image holds the files under the linked names.
        builder
            .append_path_with_name(&f, format!("rootfs{f}"))
            .unwrap_or_else(|e| panic!("{f}: {e}"));
    }
    builder.into_inner().expect("tar")
}

/// The stand-in Redis image, built once; its tag is the hash of its build context.
pub fn redis_image() -> &'static str {
    REDIS_IMAGE.get_or_init(|| {
        let context = redis_context();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in &context {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
        let image = format!("get-ai-gateway-standin-redis:{hash:016x}");
        if block_on(docker().inspect_image(&image)).is_err() {
            build_image(&image, context);
        }
        image
    })
}

/// Removes the Redis container and the network of a test's gateway.
pub struct Beside(pub String);

impl Drop for Beside {
    fn drop(&mut self) {
        let docker = docker();
        let redis = format!("{}-redis", self.0);
        let _ = block_on(docker.remove_container(&redis, Some(options_force())));
        let _ = block_on(docker.remove_container(&self.0, Some(options_force())));
        let _ = block_on(docker.remove_network(&format!("{}-net", self.0)));
    }
}

fn options_force() -> bollard::query_parameters::RemoveContainerOptions {
    RemoveContainerOptionsBuilder::default().force(true).build()
}

/// What a Redis answers, from inside the gateway container, to `lines` sent over a plain
/// TCP connection to `host:6379` (bash's /dev/tcp).
pub(crate) fn ask_redis(t: &Test, host: &str, lines: &[&str], answers: usize) -> (i64, String) {
    let script = "exec 3<>\"/dev/tcp/$1/6379\" || exit 9; n=$2; shift 2; \
                  for l in \"$@\"; do printf '%s\\r\\n' \"$l\" >&3; done; \
                  i=0; while [ $i -lt $n ]; do read -r -t 5 a <&3 || break; echo \"$a\"; i=$((i+1)); done";
    let n = answers.to_string();
    let mut cmd = vec!["bash", "-c", script, "gag", host, &n];
    cmd.extend(lines);
    t.exec(&cmd)
}

const PLACEHOLDER_CONFIG: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: higress-config\n  namespace: higress-system\ndata:\n  higress: |-\n    mcpServer:\n      enable: false\n      sse_path_suffix: /sse\n      redis:\n        address: redis-address:6379\n        username: \"\"\n        password: \"\"\n        db: 0\n      match_list: []\n      servers: []\n    downstream:\n      idleTimeout: 180\n";

pub fn seed_higress_config(t: &Test) {
    let script = "printf '%s' \"$1\" > /data/configmaps/higress-config.yaml";
    let (code, out) = t.exec(&["sh", "-c", script, "gag", PLACEHOLDER_CONFIG]);
    assert_eq!(code, 0, "{out}");
}

pub(crate) fn world_readable_with(folder: &Path, secret: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            world_readable_with(&path, secret, found);
        } else if meta.permissions().mode() & 0o004 != 0 {
            let text = std::fs::read(&path).unwrap_or_default();
            if String::from_utf8_lossy(&text).contains(secret) {
                found.push(path.display().to_string());
            }
        }
    }
}

#[test]
fn a_limit_without_redis_is_refused_and_changes_nothing() {
    let mut t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    t.run(&["keys", "add", "laptop"]).ok();
    let before = t.file("/data/wasmplugins/key-auth.internal.yaml");
    let (_, listing) = t.exec(&["ls", "-la", "/data/wasmplugins"]);
    t.run(&["keys", "add", "bob", "--tokens-per-minute", "10"])
        .fails(1)
        .stderr_has("start --redis");
    t.run(&["keys", "set", "laptop", "--tokens-per-day", "10"])
        .fails(1)
        .stderr_has("start --redis");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = gateway_file(&dir, &mut t);
    t.run(&["apply", "-f", &file, "--yes"])
        .fails(1)
        .stderr_has("start --redis");
    assert_eq!(t.file("/data/wasmplugins/key-auth.internal.yaml"), before);
    assert_eq!(t.exec(&["ls", "-la", "/data/wasmplugins"]).1, listing);
    assert!(!t.file_exists("/data/wasmplugins/ai-token-ratelimit-minute.internal.yaml"));
}

/// A Gateway file with a key `ci` limited to 2000 tokens a minute (its value in the
/// environment); its path.
fn gateway_file(dir: &tempfile::TempDir, t: &mut Test) -> String {
    t.env("GATEWAY_KEY_CI", "gw-ci-0123456789");
    let path = dir.path().join("gateway.yaml");
    let text = "apiVersion: get-ai-gateway/v1\nkind: Gateway\ngatewayKeys:\n  keys:\n    \
                ci: {value: \"${GATEWAY_KEY_CI}\", tokensPerMinute: 2000}\n";
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("path").to_string()
}

/// `apply` writes a file's token limit, and a second `apply` has nothing to do.
fn applied_from_a_file(t: &mut Test) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = gateway_file(&dir, t);
    t.run(&["apply", "-f", &file, "--yes"])
        .ok()
        .stdout_has("tokens 2000/minute");
    let list = t.run(&["keys", "list", "--json"]).ok();
    let doc: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(doc["limits"]["ci"]["tokens_per_minute"], 2000, "{doc}");
    t.run(&["apply", "-f", &file, "--yes"])
        .ok()
        .stdout_has("no changes");
}

#[test]
fn redis_beside_the_gateway_holds_token_limits() {
    let mut t = Test::new();
    let _guard = Beside(t.name.clone());
    let image = redis_image();
    t.start(&[]).ok();
    seed_higress_config(&t);
    let begun = Instant::now();
    let out = t.start(&["--redis", "--redis-image", image]).ok();
    eprintln!(
        "start --redis took {} ms (an existing gateway); {}",
        begun.elapsed().as_millis(),
        out.stderr
            .lines()
            .find(|l| l.contains("to answer"))
            .unwrap_or(&out.stdout)
    );
    let redis = format!("{}-redis", t.name);
    let conf = t.file("/data/secrets/redis.conf");
    let password = conf
        .lines()
        .find_map(|l| l.strip_prefix("requirepass "))
        .expect("a password")
        .trim()
        .to_string();
    assert!(password.len() >= 32);
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(&password), "the password was printed");
    }
    secrets_stay_hidden(&t, &redis, &password);
    reached_by_name(&t, &redis, &password);
    limits_written_and_reloaded(&t, &password);
    applied_from_a_file(&mut t);
    restart_keeps_it(&t, &redis, &password);
    delete_keeps_the_data(&t, &redis, &password);
}

fn secrets_stay_hidden(t: &Test, redis: &str, password: &str) {
    for name in [redis, t.name.as_str()] {
        let inspect = block_on(docker().inspect_container(name, None)).expect("inspect");
        let text = serde_json::to_string(&inspect).expect("json");
        assert!(
            !text.contains(password),
            "{name}'s inspect shows the password"
        );
    }
    let inspect = block_on(docker().inspect_container(redis, None)).expect("inspect");
    let host = inspect.host_config.clone().unwrap_or_default();
    assert!(
        host.port_bindings.unwrap_or_default().is_empty(),
        "no published port"
    );
    assert_eq!(
        host.restart_policy
            .and_then(|r| r.name)
            .map(|n| n.to_string()),
        Some("always".to_string())
    );
    let nets = |c: &bollard::models::ContainerInspectResponse| -> Vec<String> {
        c.network_settings
            .clone()
            .and_then(|n| n.networks)
            .map(|n| n.into_keys().collect())
            .unwrap_or_default()
    };
    let net = format!("{}-net", t.name);
    assert!(nets(&inspect).contains(&net));
    assert!(nets(&t.inspect().expect("gateway")).contains(&net));
    let data = t.data();
    for rel in ["secrets/redis.conf", "configmaps/higress-config.yaml"] {
        let mode = std::fs::metadata(data.join(rel))
            .expect(rel)
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{rel}");
    }
    let mut open = Vec::new();
    world_readable_with(&data, password, &mut open);
    assert!(
        open.is_empty(),
        "world-readable files hold the password: {open:?}"
    );
    let hc = t.yaml("/data/configmaps/higress-config.yaml");
    let inner: serde_yaml::Value =
        serde_yaml::from_str(hc["data"]["higress"].as_str().expect("higress")).expect("yaml");
    assert_eq!(
        inner["mcpServer"]["redis"]["address"].as_str(),
        Some(format!("{redis}:6379").as_str()),
        "the placeholder is replaced"
    );
    assert_eq!(inner["downstream"]["idleTimeout"].as_u64(), Some(180));
}

fn reached_by_name(t: &Test, redis: &str, password: &str) {
    let (code, out) = ask_redis(t, redis, &["PING"], 1);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("NOAUTH"), "a password is required: {out}");
    let auth = format!("AUTH {password}");
    let (_, out) = ask_redis(t, redis, &[&auth, "PING"], 2);
    assert!(out.contains("+OK") && out.contains("+PONG"), "{out}");
    let status = t.run(&["redis", "status", "--json"]).ok();
    assert!(!status.stdout.contains(password));
    let doc: serde_json::Value = serde_json::from_str(&status.stdout).expect("json");
    assert_eq!(doc["reachable_from_gateway"], true, "{doc}");
    assert_eq!(doc["service"], "redis.dns");
    eprintln!(
        "Redis memory (engine stats): {} bytes",
        doc["memory_bytes"].as_u64().unwrap_or(0)
    );
}

fn limits_written_and_reloaded(t: &Test, password: &str) {
    let minute = "/data/wasmplugins/ai-token-ratelimit-minute.internal.yaml";
    let day = "/data/wasmplugins/ai-token-ratelimit-day.internal.yaml";
    let before = t.reload_count(minute);
    let out = t
        .run(&[
            "keys",
            "add",
            "alice",
            "--tokens-per-minute",
            "100",
            "--tokens-per-day",
            "5000",
        ])
        .ok();
    assert!(!out.stderr.contains(password));
    t.wait_reload(minute, before);
    let doc = t.yaml(minute);
    let item = &doc["spec"]["defaultConfig"]["rule_items"][0];
    assert_eq!(item["limit_by_per_consumer"].as_str(), Some(""));
    assert_eq!(item["limit_keys"][0]["key"].as_str(), Some("alice"));
    assert_eq!(
        item["limit_keys"][0]["token_per_minute"].as_u64(),
        Some(100)
    );
    assert_eq!(
        doc["spec"]["defaultConfig"]["redis"]["service_name"].as_str(),
        Some("redis.dns")
    );
    assert_eq!(
        t.yaml(day)["spec"]["defaultConfig"]["rule_items"][0]["limit_keys"][0]["token_per_day"]
            .as_u64(),
        Some(5000)
    );
    let list = t.run(&["keys", "list", "--json"]).ok();
    assert!(!list.stdout.contains(password));
    let doc: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(doc["limits"]["alice"]["tokens_per_minute"], 100, "{doc}");
    t.run(&["keys", "list"])
        .ok()
        .stdout_has("100 tokens/min, 5000 tokens/day");
    t.run(&["check"]).ok();
    t.run(&["keys", "set", "alice", "--tokens-per-day", "0"])
        .ok();
    assert!(
        !t.file_exists(day),
        "the last day limit removes the instance"
    );
    t.run(&["keys", "add", "bob"]).ok();
    t.run(&["keys", "remove", "alice"]).ok();
    assert!(!t.file_exists(minute));
    t.run(&["keys", "set", "bob", "--tokens-per-hour", "700"])
        .ok();
}

/// `doctor`'s redis row: (level, fix).
fn doctor_redis(t: &Test) -> (String, String) {
    let out = t.run(&["doctor", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("doctor --json");
    let rows = doc["checks"].as_array().cloned().unwrap_or_default();
    let row = rows
        .iter()
        .find(|r| r["check"] == "redis")
        .unwrap_or_else(|| panic!("no redis row: {doc}"));
    let text = |k: &str| row[k].as_str().unwrap_or_default().to_string();
    (text("level"), text("fix"))
}

fn restart_keeps_it(t: &Test, redis: &str, password: &str) {
    assert_eq!(doctor_redis(t).0, "ok");
    t.run(&["redis", "stop"]).ok();
    assert_eq!(
        doctor_redis(t),
        ("fail".to_string(), "get-ai-gateway redis start".to_string())
    );
    t.run(&["redis", "start"]).ok();
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    let auth = format!("AUTH {password}");
    let (_, out) = ask_redis(t, redis, &[&auth, "PING"], 2);
    assert!(out.contains("+PONG"), "after a restart: {out}");
    let hour = "/data/wasmplugins/ai-token-ratelimit-hour.internal.yaml";
    assert!(t.file_exists(hour));
}

fn delete_keeps_the_data(t: &Test, redis: &str, password: &str) {
    let auth = format!("AUTH {password}");
    let (_, out) = ask_redis(t, redis, &[&auth, "SET gag-test kept", "SAVE"], 3);
    assert!(out.matches("+OK").count() >= 3, "{out}");
    t.run(&["delete", "--force"]).ok();
    assert!(block_on(docker().inspect_container(redis, None)).is_err());
    let dump = t.data().join("redis/dump.rdb");
    assert!(dump.exists(), "the Redis data is kept: {}", dump.display());
}
