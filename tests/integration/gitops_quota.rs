//! Quotas in the Gateway file (#28): `gatewayKeys.quotas` switches ai-quota as `keys quota
//! enable|disable` does, inside apply's one transaction; a key's `quota:` is its initial
//! grant, sent through ai-quota's admin path after the commit, to the keys the apply creates
//! (or all of the file's when it turns quotas on), never again.
//!
//! The stand-in gateway runs no wasm plugin: as in `redis_quota`, the admin requests go to an
//! HTTP stand-in of ai-quota (`GET_AI_GATEWAY_TEST_QUOTA_URL`), which records them. The
//! gateway runs the stand-in Redis beside it (`start --redis`).

use crate::gitops::{file_for, stamps};
use crate::harness::Test;
use crate::redis::{Beside, redis_image};
use crate::redis_quota::{QuotaStandIn, Seen};

const QUOTA: &str = "/data/wasmplugins/ai-quota.internal.yaml";
const AUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";
const ADMIN: &str = "get-ai-gateway-quota";

const ON: &str = r#"gatewayKeys:
  quotas: true
  keys:
    ci: {value: "${CI_KEY}", quota: 1000}
    laptop: {value: "${LAPTOP_KEY}", quota: 500}
"#;

/// Each plugin file's name, size, inode and mtime.
fn listing(t: &Test) -> String {
    let (code, out) = t.exec(&["sh", "-c", "stat -c '%n %s %i %Y' /data/wasmplugins/*"]);
    assert_eq!(code, 0, "{out}");
    out
}

pub(crate) fn admin_key(t: &Test) -> String {
    t.yaml(AUTH)["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .and_then(|s| s.iter().find(|c| c["name"].as_str() == Some(ADMIN)))
        .and_then(|c| c["credential"].as_str())
        .and_then(|c| c.strip_prefix("Bearer "))
        .expect("the admin consumer")
        .to_string()
}

fn refresh(admin: &str, body: &str) -> Seen {
    Seen {
        method: "POST".into(),
        target: "/v1/chat/completions/quota/refresh".into(),
        authorization: format!("Bearer {admin}"),
        content_type: "application/x-www-form-urlencoded".into(),
        body: body.into(),
    }
}

#[test]
fn quotas_from_the_file_grant_each_new_key_once_and_never_reset_it() {
    let mut t = Test::new();
    let _guard = Beside(t.name.clone());
    t.env("CI_KEY", "gw-ci-0123456789abcdef");
    t.env("LAPTOP_KEY", "gw-laptop-0123456789ab");
    t.env("DOWN_KEY", "gw-down-0123456789abcd");
    let standin = QuotaStandIn::serve(None);
    t.env("GET_AI_GATEWAY_TEST_QUOTA_URL", &standin.url);
    t.start(&[]).ok();
    t.run(&["keys", "add", "old"]).ok();
    let f = file_for(&t, ON);
    let f = f.to_str().expect("path");

    // Without Redis: refused with the fix, nothing written, nothing sent.
    let (auth, files) = (t.file(AUTH), listing(&t));
    t.run(&["apply", "-f", f, "--yes"])
        .fails(1)
        .stderr_has("quotas are kept in Redis")
        .stderr_has("start --redis");
    t.run(&["diff", "-f", f])
        .fails(1)
        .stderr_has("start --redis");
    assert_eq!(t.file(AUTH), auth, "key-auth is byte-identical");
    assert_eq!(listing(&t), files);
    assert!(standin.take().is_empty());

    // With Redis: ai-quota and the admin key in one transaction, then a grant per key.
    t.start(&["--redis", "--redis-image", redis_image()]).ok();
    t.run(&["diff", "-f", f])
        .ok()
        .stdout_has("+ quota of ci: 1000 tokens (initial grant)");
    assert!(standin.take().is_empty(), "diff sends nothing");
    let before = t.reload_count(QUOTA);
    let out = t.run(&["apply", "-f", f, "--yes"]).ok();
    for line in [
        "~ quotas off → on (ai-quota, kept in Redis; every request needs a gateway key)",
        "+ quota of ci: 1000 tokens (initial grant)",
        "+ quota of laptop: 500 tokens (initial grant)",
        "! key old has no quota: ai-quota answers 403 to it until `keys quota old --set N`",
        "Initial quotas granted (tokens): ci 1000, laptop 500.",
    ] {
        assert!(out.stdout.contains(line), "{line}\n{}", out.stdout);
    }
    t.wait_reload(QUOTA, before);
    let config = &t.yaml(QUOTA)["spec"]["defaultConfig"];
    assert_eq!(config["admin_consumer"].as_str(), Some(ADMIN));
    assert_eq!(
        config["redis"]["service_name"].as_str(),
        Some("redis.dns"),
        "counted in the Redis beside the gateway"
    );
    let admin = admin_key(&t);
    assert!(!out.stdout.contains(&admin) && !out.stderr.contains(&admin));
    assert_eq!(
        standin.take(),
        vec![
            refresh(&admin, "consumer=ci&quota=1000"),
            refresh(&admin, "consumer=laptop&quota=500"),
        ]
    );
    // `keys list` shows the grants (and `old`, not in the file, has none), asking ai-quota.
    t.run(&["keys", "list"])
        .ok()
        .stdout_has("\n  old                  quota none (ai-quota answers 403)\n")
        .stdout_has("\n  ci                   quota 1,000\n  laptop               quota 500");
    let mut asked: Vec<String> = standin.take().into_iter().map(|s| s.target).collect();
    asked.sort();
    assert_eq!(
        asked,
        ["ci", "laptop", "old"].map(|k| format!("/v1/chat/completions/quota?consumer={k}"))
    );

    // Again: no changes, no write, no request.
    let (files, stamp) = (listing(&t), stamps(&t));
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("no changes");
    // A changed grant of an existing key is not a change: its balance is spent over time.
    let changed = file_for(&t, &ON.replace("quota: 1000", "quota: 7000"));
    let changed = changed.to_str().expect("path");
    t.run(&["apply", "-f", changed, "--yes"])
        .ok()
        .stdout_has("no changes")
        .stdout_has(
            "quota of ci: not reset (spent over time); `keys quota ci --set 7000` resets it",
        );
    assert!(standin.take().is_empty(), "no admin request");
    assert_eq!((listing(&t), stamps(&t)), (files, stamp));

    // A new key whose grant fails after the commit: named, with the command that gives it.
    let down = format!("{ON}    down: {{value: \"${{DOWN_KEY}}\", quota: 5}}\n");
    let down = file_for(&t, &down);
    let out = t
        .run(&["apply", "-f", down.to_str().expect("path"), "--yes"])
        .fails(1);
    assert!(
        out.stdout.contains("+ quota of down: 5 tokens"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains("no quota was granted to down")
            && out.stderr.contains("503")
            && out
                .stderr
                .contains("`get-ai-gateway keys quota down --set 5`"),
        "{}",
        out.stderr
    );
    assert!(t.file(AUTH).contains("gw-down-0123456789abcd"));
    assert_eq!(standin.take().len(), 1);

    // The export says quotas are on; it names no admin key and no balance.
    let exported = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    assert!(
        exported.stdout.contains("  quotas: true\n"),
        "{}",
        exported.stdout
    );
    assert!(
        !exported.stdout.contains(ADMIN) && !exported.stdout.contains("quota:"),
        "{}",
        exported.stdout
    );

    // Off: ai-quota and the admin key go; keys stay required.
    let off = file_for(&t, "gatewayKeys:\n  quotas: false\n");
    t.run(&["apply", "-f", off.to_str().expect("path"), "--yes"])
        .ok()
        .stdout_has("~ quotas on → off (each key's quota stays in Redis)");
    assert!(!t.file_exists(QUOTA));
    let auth = t.yaml(AUTH);
    assert!(!t.file(AUTH).contains(ADMIN));
    assert_eq!(
        auth["spec"]["defaultConfig"]["global_auth"].as_bool(),
        Some(true)
    );
    assert!(standin.take().is_empty());
}
