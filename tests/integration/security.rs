//! Issue #15: keys at rest (modes of the data folder, its files and backups, logs/) and keys
//! out of the container's environment.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::harness::Test;

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";

/// Keys given to `start`; each must reach the gateway's files and never the env.
const START_KEYS: [&str; 5] = [
    "sk-sec-dash-0123456789",
    "sk-sec-openai-987654321",
    "AKIASECACCESS01",
    "bedrock-sec-secret-01",
    "hunyuan-sec-key-01",
];

fn start_flags() -> Vec<&'static str> {
    vec![
        "--dashscope-key",
        START_KEYS[0],
        "--openai-key",
        START_KEYS[1],
        "--bedrock-region",
        "eu-west-1",
        "--bedrock-access-key",
        START_KEYS[2],
        "--bedrock-secret-key",
        START_KEYS[3],
        "--hunyuan-auth-id",
        "hid-sec-01",
        "--hunyuan-auth-key",
        START_KEYS[4],
    ]
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

/// The test's HOME (a 0700 temp dir) opened up, so only the data folder's own modes can
/// keep another user out.
pub fn open_home(t: &Test) {
    let mut dir = t.data();
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    while dir.pop() {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        if dir == t.home.path() {
            break;
        }
    }
}

/// A local user that is not root (created once).
pub fn other_user() -> &'static str {
    let exists = Command::new("id").arg("gagtest").output().unwrap();
    if !exists.status.success() {
        let made = Command::new("useradd")
            .args(["-m", "gagtest"])
            .output()
            .unwrap();
        // Another test may have created it at the same moment.
        let again = Command::new("id").arg("gagtest").output().unwrap();
        assert!(
            again.status.success(),
            "useradd: {}",
            String::from_utf8_lossy(&made.stderr)
        );
    }
    "gagtest"
}

/// Run `sh -c script` as `user`: (success, stdout + stderr).
pub fn run_as(user: &str, script: &str) -> (bool, String) {
    let out = Command::new("su")
        .args(["-s", "/bin/sh", user, "-c", script])
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

#[test]
fn start_keeps_every_key_out_of_the_container_environment() {
    let t = Test::new();
    t.start(&start_flags()).ok();
    let inspect = serde_json::to_string(&t.inspect().expect("the container")).unwrap();
    for key in START_KEYS {
        assert!(!inspect.contains(key), "{key} is in docker inspect");
    }
    assert!(
        inspect.contains("OPENAI_API_KEY=YOUR_OPENAI_API_KEY"),
        "{inspect}"
    );
    assert!(inspect.contains("MODE=full"));
    assert!(inspect.contains("CONFIG_TEMPLATE=ai-gateway"));

    // The keys reached the gateway's files through the edit engine, and default.cfg.
    let proxy = t.file(AI_PROXY);
    let cfg = std::fs::read_to_string(t.data().join("default.cfg")).unwrap();
    for key in START_KEYS {
        assert!(proxy.contains(key), "{key} not in ai-proxy: {proxy}");
        assert!(cfg.contains(key), "{key} not in default.cfg");
    }
    // OpenAI was configured, so the template left Azure out, as it does with the key.
    assert!(!proxy.contains("id: azure"), "{proxy}");
    let list = t.run(&["config", "list"]).ok();
    assert!(list.stdout.contains("sk-s***6789"), "{}", list.stdout);
    assert!(!list.stdout.contains(START_KEYS[0]));

    // A restart keeps the keys (the template ran once; its marker stays).
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    let proxy = t.file(AI_PROXY);
    for key in START_KEYS {
        assert!(proxy.contains(key), "{key} lost on restart");
    }
    let inspect = serde_json::to_string(&t.inspect().unwrap()).unwrap();
    assert!(!inspect.contains(START_KEYS[0]));
}

#[test]
fn keys_at_rest_are_readable_by_no_other_user() {
    let t = Test::new();
    open_home(&t);
    t.start(&start_flags()).ok();
    let added = "sk-sec-deepseek-55555555";
    // Twice, so the backups hold a key too.
    for key in [added, "sk-sec-ds2-66666666"] {
        t.run(&["config", "add", "--provider", "deepseek", "--key", key])
            .ok();
    }
    let data = t.data();
    assert_eq!(mode(&data), 0o700, "the data folder");
    assert_eq!(mode(&data.join("logs")), 0o700, "logs/");
    for file in [
        "default.cfg",
        ".default.cfg.bak",
        "wasmplugins/ai-proxy.internal.yaml",
        "wasmplugins/.ai-proxy.internal.yaml.bak",
        "secrets/higress-console.yaml",
        "console-admin",
    ] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    let console_password = std::fs::read_to_string(data.join("console-admin")).unwrap();
    assert!(
        std::fs::read_to_string(data.join("wasmplugins/.ai-proxy.internal.yaml.bak"))
            .unwrap()
            .contains(added),
        "the backup holds a key"
    );

    let user = other_user();
    let parent = data.parent().unwrap().display().to_string();
    let (ok, out) = run_as(user, &format!("ls '{parent}'"));
    assert!(
        ok,
        "the parent must be open, or this test proves nothing: {out}"
    );
    let d = data.display().to_string();
    for script in [
        format!("ls '{d}'"),
        format!("cat '{d}/default.cfg'"),
        format!("cat '{d}/.default.cfg.bak'"),
        format!("cat '{d}/wasmplugins/ai-proxy.internal.yaml'"),
        format!("cat '{d}/wasmplugins/.ai-proxy.internal.yaml.bak'"),
        format!("ls '{d}/logs'"),
        format!("cat '{d}/logs/access.log'"),
        format!("cat '{d}/console-admin'"),
        format!("cat '{d}/secrets/higress-console.yaml'"),
        format!("grep -r sk- '{d}'"),
    ] {
        let (ok, out) = run_as(user, &script);
        assert!(!ok, "{user} could run {script}: {out}");
        assert!(
            !out.contains(console_password.trim()),
            "{script} showed the console password"
        );
        for key in START_KEYS.iter().chain([&added]) {
            assert!(!out.contains(key), "{script} showed {key}");
        }
        assert!(!out.contains("ai_log"), "{script} showed a log line");
    }
}

#[test]
fn start_makes_an_existing_data_folder_private_and_says_so() {
    let t = Test::new();
    let data = t.data();
    std::fs::create_dir_all(data.join("logs")).unwrap();
    std::fs::write(
        data.join("default.cfg"),
        "MODE=full\nCONFIG_TEMPLATE=ai-gateway\nDASHSCOPE_API_KEY=sk-sec-old-0123456789\n",
    )
    .unwrap();
    for (path, m) in [
        (data.clone(), 0o755),
        (data.join("logs"), 0o777),
        (data.join("default.cfg"), 0o644),
    ] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(m)).unwrap();
    }
    let out = t.start(&[]).ok();
    assert!(
        out.stderr.contains("Made the data folder private"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("(0755 -> 0700)"), "{}", out.stderr);
    // The files the container made under wasmplugins/ are tightened through the container.
    assert!(
        out.stderr
            .contains("/data/wasmplugins/model-router.internal.yaml (0644 -> 0600)"),
        "{}",
        out.stderr
    );
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("logs")), 0o700);
    assert_eq!(mode(&data.join("default.cfg")), 0o600);
    assert!(t.file(AI_PROXY).contains("sk-sec-old-0123456789"));
    let inspect = serde_json::to_string(&t.inspect().unwrap()).unwrap();
    assert!(!inspect.contains("sk-sec-old-0123456789"));
}

const KEY_AUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";

/// (global_auth, defaultConfigDisable, [(name, credential)]) of the key-auth plugin.
fn key_auth(t: &Test) -> (bool, bool, Vec<(String, String)>) {
    let doc = t.yaml(KEY_AUTH);
    let spec = &doc["spec"];
    let consumers = spec["defaultConfig"]["consumers"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["credential"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (
        spec["defaultConfig"]["global_auth"].as_bool().unwrap(),
        spec["defaultConfigDisable"].as_bool().unwrap(),
        consumers,
    )
}

#[test]
fn gateway_keys_add_remove_enable_disable_change_exactly_what_they_should() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-sec-keys-0123456789"]).ok();
    assert!(!t.file_exists(KEY_AUTH));
    t.run(&["keys", "enable"])
        .fails(1)
        .stderr_has("no gateway key yet");
    assert!(!t.file_exists(KEY_AUTH), "a refused change writes nothing");

    let laptop = t.run(&["keys", "add", "laptop"]).ok();
    let key = laptop.stdout.trim().to_string();
    assert!(key.starts_with("gw-") && key.len() == 43, "{key}");
    assert!(laptop.stderr.contains("shown only this once"));
    let proxy_before = t.file(AI_PROXY);
    let (global, disabled, consumers) = key_auth(&t);
    assert_eq!(
        (global, disabled),
        (false, true),
        "add does not switch it on"
    );
    assert_eq!(consumers, vec![("laptop".into(), format!("Bearer {key}"))]);
    let doc = t.yaml(KEY_AUTH);
    assert_eq!(doc["kind"].as_str(), Some("WasmPlugin"));
    assert_eq!(
        doc["spec"]["defaultConfig"]["keys"][0].as_str(),
        Some("Authorization")
    );
    assert_eq!(doc["spec"]["phase"].as_str(), Some("AUTHN"));
    let mode = t.exec(&["stat", "-c", "%a", KEY_AUTH]).1;
    assert_eq!(mode.trim(), "600");

    let list = t.run(&["keys", "list"]).ok();
    assert!(list.stdout.contains("laptop"), "{}", list.stdout);
    assert!(!list.stdout.contains(&key), "list shows the key masked");
    assert!(list.stdout.contains("not required"));
    t.run(&["keys", "add", "laptop"])
        .fails(1)
        .stderr_has("exists");

    let ci = t.run(&["keys", "add", "ci"]).ok().stdout.trim().to_string();
    t.run(&["keys", "enable"]).ok();
    let (global, disabled, consumers) = key_auth(&t);
    assert_eq!((global, disabled, consumers.len()), (true, false, 2));
    let status = t.run(&["status", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["key_auth"]["enabled"], true);
    assert_eq!(v["key_auth"]["consumers"], 2);
    assert_eq!(v["data_folder_private"], true, "{}", status.stdout);
    let human = t.run(&["status"]).ok();
    assert!(
        human.stdout.contains("Gateway keys: required (2 keys)"),
        "{}",
        human.stdout
    );

    t.run(&["keys", "remove", "laptop"]).ok();
    let (global, disabled, consumers) = key_auth(&t);
    assert_eq!((global, disabled), (true, false));
    assert_eq!(consumers, vec![("ci".into(), format!("Bearer {ci}"))]);
    t.run(&["keys", "remove", "laptop"])
        .fails(1)
        .stderr_has("no gateway key is named laptop");

    t.run(&["keys", "disable"]).ok();
    let (global, disabled, consumers) = key_auth(&t);
    assert_eq!((global, disabled, consumers.len()), (false, true, 1));
    t.run(&["keys", "remove", "ci"]).ok();
    assert!(key_auth(&t).2.is_empty());
    assert_eq!(t.file(AI_PROXY), proxy_before, "keys never touch ai-proxy");
}

#[test]
fn start_require_key_creates_a_key_and_switches_auth_on() {
    let t = Test::new();
    let out = t.start(&["--require-key"]).ok();
    let (global, disabled, consumers) = key_auth(&t);
    assert_eq!((global, disabled), (true, false));
    assert_eq!(consumers.len(), 1);
    assert_eq!(consumers[0].0, "default");
    let key = consumers[0].1.trim_start_matches("Bearer ");
    assert!(
        out.stdout.contains(key),
        "the key is shown once: {}",
        out.stdout
    );
    // A second start keeps the key and shows nothing new.
    let again = t.start(&["--require-key"]).ok();
    assert!(!again.stdout.contains(key));
    assert_eq!(key_auth(&t).2, consumers);
}

const KEY_RATE: &str = "/data/wasmplugins/key-rate-limit.internal.yaml";

/// (route, allow, configDisable) of key-auth's rules.
fn key_rules(t: &Test) -> Vec<(String, Vec<String>, bool)> {
    let doc = t.yaml(KEY_AUTH);
    doc["spec"]["matchRules"]
        .as_sequence()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["ingress"][0].as_str().unwrap().to_string(),
                serde_yaml::from_value(r["config"]["allow"].clone()).unwrap(),
                r["configDisable"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn rule_of(t: &Test, route: &str) -> Option<(Vec<String>, bool)> {
    key_rules(t)
        .into_iter()
        .find(|r| r.0 == route)
        .map(|r| (r.1, r.2))
}

#[test]
fn scoped_keys_and_rates_are_written_reloaded_checked_and_survive_a_restart() {
    let t = Test::new();
    t.start(&["--deepseek-key", "sk-sec-scope-0123456789"]).ok();
    t.run(&["keys", "add", "laptop"]).ok();
    let before = t.reload_count(KEY_AUTH);
    t.run(&[
        "keys",
        "add",
        "ci",
        "--providers",
        "deepseek",
        "--requests-per-minute",
        "60",
    ])
    .ok();
    t.wait_reload(KEY_AUTH, before);
    t.run(&["keys", "enable"]).ok();
    let deepseek = "ai-route-deepseek.internal";
    assert_eq!(
        rule_of(&t, deepseek),
        Some((vec!["laptop".into(), "ci".into()], false))
    );
    let others: Vec<_> = key_rules(&t)
        .into_iter()
        .filter(|r| r.0 != deepseek)
        .collect();
    assert!(!others.is_empty());
    assert!(others.iter().all(|r| r.1 == vec!["laptop".to_string()]));
    let rate = t.yaml(KEY_RATE);
    assert_eq!(
        rate["spec"]["defaultConfig"]["limit_by_header"].as_str(),
        Some("x-mse-consumer")
    );
    assert_eq!(
        rate["spec"]["defaultConfig"]["limit_keys"][0]["query_per_minute"].as_u64(),
        Some(60)
    );
    assert_eq!(rate["spec"]["defaultConfigDisable"].as_bool(), Some(false));
    assert_eq!(t.exec(&["stat", "-c", "%a", KEY_RATE]).1.trim(), "600");
    let list = t.run(&["keys", "list"]).ok().stdout;
    assert!(list.contains("providers: deepseek; 60/minute"), "{list}");
    assert!(list.contains("each gateway process"), "{list}");
    let json: serde_json::Value =
        serde_json::from_str(&t.run(&["keys", "list", "--json"]).ok().stdout).unwrap();
    assert_eq!(json["scoped"], true);
    assert_eq!(json["consumers"][1]["providers"][0], "deepseek");
    assert_eq!(json["consumers"][1]["rate"]["per"], "minute");
    let status = t.run(&["status"]).ok().stdout;
    assert!(status.contains("scoped"), "{status}");
    t.run(&["check"]).ok();

    // a new provider gets its rule in the same transaction; the scoped key is not in it
    t.run(&[
        "config",
        "add",
        "--provider",
        "openai-compatible",
        "--name",
        "vllm",
        "--base-url",
        "http://vllm.example:8000/v1",
        "--key",
        "sk-vllm-0123456789",
    ])
    .ok();
    assert_eq!(
        rule_of(&t, "ai-route-oc-vllm.internal"),
        Some((vec!["laptop".into()], false))
    );
    t.run(&["keys", "set", "ci", "--providers", "deepseek,vllm"])
        .ok();
    assert_eq!(
        rule_of(&t, "ai-route-oc-vllm.internal").unwrap().0,
        vec!["laptop".to_string(), "ci".into()]
    );
    t.run(&[
        "config",
        "remove",
        "--provider",
        "openai-compatible",
        "--name",
        "vllm",
    ])
    .ok();
    assert_eq!(rule_of(&t, "ai-route-oc-vllm.internal"), None);
    t.run(&["keys", "add", "x", "--providers", "nosuchserver"])
        .fails(1)
        .stderr_has("no provider oc-nosuchserver");
    t.run(&["keys", "add", "bad$(id)", "--providers", "deepseek"])
        .fails(1)
        .stderr_has("cannot name a gateway key");

    // disable switches every rule off, and survives a restart with the rates
    t.run(&["keys", "disable"]).ok();
    assert!(key_rules(&t).iter().all(|r| r.2));
    assert_eq!(
        t.yaml(KEY_RATE)["spec"]["defaultConfigDisable"].as_bool(),
        Some(true)
    );
    t.run(&["keys", "enable"]).ok();
    let rules = key_rules(&t);
    let rate_text = t.file(KEY_RATE);
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    assert_eq!(key_rules(&t), rules);
    assert_eq!(t.file(KEY_RATE), rate_text);
    t.run(&["check"]).ok();

    // removing the `all` key leaves routes nobody may use; the last key leaves no rule
    t.run(&["keys", "remove", "laptop"]).ok();
    assert!(
        key_rules(&t)
            .iter()
            .any(|r| r.1 == vec!["(no key)".to_string()])
    );
    t.run(&["check"]).ok();
    t.run(&["keys", "remove", "ci"]).ok();
    assert!(key_rules(&t).is_empty());
    assert!(
        t.yaml(KEY_RATE)["spec"]["defaultConfig"]["limit_keys"]
            .as_sequence()
            .unwrap()
            .is_empty()
    );
    t.run(&["check"]).ok();
}
