//! Redis beside the gateway through backup, restore and upgrade (#28): a backup holds
//! Redis's dump (saved just before the copy), a restore stops Redis, swaps the folder and
//! starts it again on the restored dump, and an upgrade keeps the Redis container, its
//! network, the gateway's Redis files and what Redis holds.

use std::path::Path;

use get_ai_gateway::domain::ops::backup;

use crate::backup::{Pushed, Variant};
use crate::harness::{Test, block_on, docker};
use crate::redis::{Beside, ask_redis, redis_image, seed_higress_config, world_readable_with};

const MINUTE: &str = "/data/wasmplugins/ai-token-ratelimit-minute.internal.yaml";
const QUOTA: &str = "/data/wasmplugins/ai-quota.internal.yaml";
const HIGRESS_CONFIG: &str = "/data/configmaps/higress-config.yaml";
const BRIDGE: &str = "/data/mcpbridges/default.yaml";
/// Where ai-quota keeps alice's quota (its `redis_key_prefix` and the consumer).
const ALICE_QUOTA: &str = "chat_quota:alice";

pub(crate) fn password(t: &Test) -> String {
    t.file("/data/secrets/redis.conf")
        .lines()
        .find_map(|l| l.strip_prefix("requirepass "))
        .expect("a password")
        .trim()
        .to_string()
}

/// `SET key value` in the Redis beside the gateway.
pub(crate) fn set(t: &Test, redis: &str, password: &str, key: &str, value: &str) {
    let (auth, set) = (format!("AUTH {password}"), format!("SET {key} {value}"));
    let (code, out) = ask_redis(t, redis, &[&auth, &set], 2);
    assert_eq!((code, out.matches("+OK").count()), (0, 2), "{out}");
}

/// `GET key` in the Redis beside the gateway: the value, or what Redis said instead.
pub(crate) fn get(t: &Test, redis: &str, password: &str, key: &str) -> String {
    let (auth, get) = (format!("AUTH {password}"), format!("GET {key}"));
    let (_, out) = ask_redis(t, redis, &[&auth, &get], 3);
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    match lines.as_slice() {
        ["+OK", len, value] if len.starts_with('$') => value.to_string(),
        _ => format!("no value: {out:?}"),
    }
}

pub(crate) fn running(name: &str) -> bool {
    block_on(docker().inspect_container(name, None))
        .ok()
        .and_then(|c| c.state)
        .and_then(|s| s.running)
        == Some(true)
}

pub(crate) fn id_of(name: &str) -> String {
    block_on(docker().inspect_container(name, None))
        .expect("inspect")
        .id
        .expect("id")
}

/// Neither the outputs nor a world-readable file under `dir` hold the password.
fn password_hidden(dir: &Path, password: &str, outputs: &[&crate::harness::Output]) {
    for out in outputs {
        assert!(
            !out.stdout.contains(password) && !out.stderr.contains(password),
            "the password was printed"
        );
    }
    let mut open = Vec::new();
    world_readable_with(dir, password, &mut open);
    assert!(open.is_empty(), "world-readable: {open:?}");
}

#[test]
fn backup_and_restore_keep_what_redis_holds() {
    let t = Test::new();
    let _guard = Beside(t.name.clone());
    t.start(&[]).ok();
    seed_higress_config(&t);
    let pre_redis = t.home.path().join("pre-redis.tar.gz");
    let pre_redis = pre_redis.to_str().expect("path");
    t.run(&["backup", pre_redis]).ok();
    t.start(&["--redis", "--redis-image", redis_image()]).ok();
    let (redis, pw) = (format!("{}-redis", t.name), password(&t));
    t.run(&["keys", "add", "alice", "--tokens-per-minute", "100"])
        .ok();
    set(&t, &redis, &pw, ALICE_QUOTA, "1000");
    // Redis's own save points are minutes away: without the backup's SAVE there would be
    // no dump to copy (what a restore then started Redis on was empty).
    assert!(!t.data().join("redis/dump.rdb").exists());

    let file = t.home.path().join("with-redis.tar.gz");
    let saved = t
        .run(&["backup", file.to_str().expect("path"), "--json"])
        .ok();
    let doc: serde_json::Value = serde_json::from_str(&saved.stdout).expect("json");
    assert_eq!(doc["redis_dump"], "saved", "{doc}");
    let archive = backup::unpack(&std::fs::read(&file).expect("backup")).expect("unpack");
    let dump = archive
        .entries
        .iter()
        .find(|e| e.path == "redis/dump.rdb")
        .expect("redis/dump.rdb is in the backup");
    assert!(
        String::from_utf8_lossy(&dump.bytes).contains(ALICE_QUOTA),
        "the dump holds the key set before the backup"
    );

    set(&t, &redis, &pw, ALICE_QUOTA, "7");
    set(&t, &redis, &pw, "gag-after-backup", "x");
    t.run(&["keys", "set", "alice", "--tokens-per-minute", "50"])
        .ok();
    let redis_id = id_of(&redis);
    let restored = t.run(&["restore", file.to_str().expect("path")]).ok();
    assert!(
        restored.stderr.contains("answers on the restored data"),
        "{}",
        restored.stderr
    );
    assert!(running(&redis), "Redis runs after the restore");
    assert_eq!(id_of(&redis), redis_id, "the same Redis container");
    assert_eq!(get(&t, &redis, &pw, ALICE_QUOTA), "1000");
    assert!(get(&t, &redis, &pw, "gag-after-backup").starts_with("no value"));
    let list = t.run(&["keys", "list", "--json"]).ok();
    let doc: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(doc["limits"]["alice"]["tokens_per_minute"], 100, "{doc}");
    t.run(&["check"]).ok();
    // The home holds the data folder, its backups and the folder the restore kept aside.
    password_hidden(t.home.path(), &pw, &[&saved, &restored, &list]);

    // A backup from before `start --redis`: the gateway comes back, Redis stays stopped.
    let old = t.run(&["restore", pre_redis]).ok();
    assert!(old.stderr.contains("stays stopped"), "{}", old.stderr);
    assert!(!running(&redis));
    assert!(t.inspect().and_then(|i| i.state).and_then(|s| s.running) == Some(true));
}

#[test]
fn an_upgrade_keeps_redis_its_files_and_its_data() {
    let t = Test::new();
    let images = Pushed::new(
        &t,
        &[
            ("v1", Variant::Standin),
            ("v2", Variant::V2),
            ("broken", Variant::Broken),
        ],
    );
    let repo = images.repo.clone();
    let _guard = Beside(t.name.clone());
    let flags = images.flags(&t, "v1");
    let mut args = vec!["start", "--non-interactive"];
    args.extend(flags.iter().map(String::as_str));
    t.run(&args).ok();
    seed_higress_config(&t);
    args.extend(["--redis", "--redis-image", redis_image()]);
    t.run(&args).ok();
    let (redis, pw) = (format!("{}-redis", t.name), password(&t));
    t.run(&["keys", "add", "alice", "--tokens-per-minute", "100"])
        .ok();
    t.run(&["keys", "quota", "enable"]).ok();
    set(&t, &redis, &pw, ALICE_QUOTA, "1000");
    let files = [
        MINUTE,
        QUOTA,
        HIGRESS_CONFIG,
        BRIDGE,
        "/data/secrets/redis.conf",
    ];
    let before: Vec<String> = files.iter().map(|f| t.file(f)).collect();
    let redis_id = id_of(&redis);

    let out = t.run(&["upgrade", "--image-tag", "v2", "--json"]).ok();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(doc["upgraded"], true, "{doc}");
    let info = t.inspect().expect("gateway");
    assert_eq!(
        info.config.clone().and_then(|c| c.image),
        Some(format!("{repo}:v2"))
    );
    let networks = info
        .network_settings
        .and_then(|n| n.networks)
        .map(|n| n.into_keys().collect::<Vec<_>>())
        .unwrap_or_default();
    assert!(
        networks.contains(&format!("{}-net", t.name)),
        "{networks:?}"
    );
    assert_eq!(id_of(&redis), redis_id, "the Redis container is kept");
    assert!(running(&redis));
    let auth = format!("AUTH {pw}");
    let (_, pong) = ask_redis(&t, &redis, &[&auth, "PING"], 2);
    assert!(pong.contains("+PONG"), "reached by name: {pong}");
    let after: Vec<String> = files.iter().map(|f| t.file(f)).collect();
    assert_eq!(after, before, "the Redis files and the limit plugins");
    assert_eq!(get(&t, &redis, &pw, ALICE_QUOTA), "1000");
    let status = t.run(&["redis", "status", "--json"]).ok();
    let doc: serde_json::Value = serde_json::from_str(&status.stdout).expect("json");
    assert_eq!(doc["reachable_from_gateway"], true, "{doc}");
    let check = t.run(&["check"]).ok();
    password_hidden(t.home.path(), &pw, &[&out, &status, &check]);
    rolled_back_with_redis(&t, &redis, &pw);
    stop_is_advised_not_made(&t, &redis);
}

/// A failed upgrade puts the backed-up data back, and `--rollback` the data of before the
/// upgrade: Redis is started on each and answers with the value of that backup.
fn rolled_back_with_redis(t: &Test, redis: &str, pw: &str) {
    set(t, redis, pw, ALICE_QUOTA, "1001");
    let out = t
        .run(&["upgrade", "--image-tag", "broken", "--wait-timeout", "60"])
        .fails(1);
    assert!(out.stderr.contains("rolled back"), "{}", out.stderr);
    assert!(running(redis));
    assert_eq!(get(t, redis, pw, ALICE_QUOTA), "1001");
    t.run(&["upgrade", "--rollback", "--json"]).ok();
    assert!(running(redis));
    assert_eq!(
        get(t, redis, pw, ALICE_QUOTA),
        "1000",
        "the data of before v2"
    );
    t.run(&["check"]).ok();
}

/// A Gateway file with `start.redis: false`: the plan leaves Redis running and says what
/// still counts in it.
fn stop_is_advised_not_made(t: &Test, redis: &str) {
    let file = t.home.path().join("gateway.yaml");
    let text = "apiVersion: get-ai-gateway/v1\nkind: Gateway\nstart:\n  redis: false\n";
    std::fs::write(&file, text).expect("write");
    let path = file.to_str().expect("path");
    let plan = t.run(&["diff", "-f", path, "--exit-code"]).ok();
    assert!(
        plan.stdout.contains(
            "! start.redis true → false: left as it is: the token limits of key alice and \
             quotas (`keys quota disable`) still count in Redis; remove them first, then \
             `get-ai-gateway redis stop`"
        ),
        "{}",
        plan.stdout
    );
    assert!(!plan.stdout.contains("start --redis"), "{}", plan.stdout);
    t.run(&["apply", "-f", path, "--yes"]).ok();
    assert!(running(redis), "apply leaves Redis running");
}
