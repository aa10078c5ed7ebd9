//! Gateway as code: `apply`, `diff`, `export --format gateway` against the stand-in.

use crate::harness::{Test, standin_image};

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
const KEYAUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";
const CFG: &str = "/data/default.cfg";

fn file_for(t: &Test, body: &str) -> std::path::PathBuf {
    let (repo, tag) = standin_image().split_once(':').expect("tag");
    let text = format!(
        "apiVersion: get-ai-gateway/v1\nkind: Gateway\nstart:\n  image: {{repo: \"{repo}\", tag: \"{tag}\"}}\n  \
         ports: {{http: {}, https: {}, console: {}}}\n{body}",
        t.http(),
        t.https(),
        t.console()
    );
    let path = t.home.path().join("gateway.yaml");
    std::fs::write(&path, text).expect("write the file");
    path
}

const BODY: &str = r#"providers:
  deepseek: {key: "${DS_KEY}", models: ["deepseek-*"]}
autoRouting:
  enabled: true
  defaultModel: deepseek-chat
  rules:
    - {trigger: "深入思考|think:", model: deepseek-reasoner}
    - {pattern: "(?i)^code:", model: deepseek-chat}
gatewayKeys:
  required: true
  keys:
    ci: {value: "${CI_GATEWAY_KEY}"}
"#;

/// inode and mtime of each file, as the container sees them.
fn stamps(t: &Test) -> String {
    let (code, out) = t.exec(&["stat", "-c", "%n %i %Y %y", AI_PROXY, ROUTER, KEYAUTH, CFG]);
    assert_eq!(code, 0, "{out}");
    out
}

#[test]
fn one_apply_makes_a_gateway_and_a_second_changes_nothing() {
    let mut t = Test::new();
    t.env("DS_KEY", "sk-deepseek-1234567890");
    t.env("CI_GATEWAY_KEY", "gw-ci-$(touch /tmp/x)'\"");
    let f = file_for(&t, BODY);
    let f = f.to_str().expect("path");
    t.run(&["diff", "-f", f, "--exit-code"])
        .fails(1)
        .stdout_has("+ gateway container");
    let out = t.run(&["apply", "-f", f, "--yes"]).ok();
    assert!(out.stdout.contains("+ provider deepseek"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("sk-deepseek-1234567890"),
        "{}",
        out.stdout
    );
    let router = t.file(ROUTER);
    assert!(
        router.contains("deepseek-reasoner") && router.contains("(?i)^code:"),
        "{router}"
    );
    assert!(t.file(KEYAUTH).contains("Bearer gw-ci-$(touch /tmp/x)'\""));
    assert!(t.file(CFG).contains("sk-deepseek-1234567890"));

    let before = stamps(&t);
    let reloads = t.reload_count(ROUTER);
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("no changes");
    t.run(&["diff", "-f", f, "--exit-code"])
        .ok()
        .stdout_has("no changes");
    assert_eq!(stamps(&t), before, "a no-op apply wrote a file");
    assert_eq!(t.reload_count(ROUTER), reloads);

    // The export, applied back with its variables set, changes nothing.
    let exported = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    assert!(
        exported
            .stdout
            .starts_with("# yaml-language-server: $schema=")
    );
    assert!(!exported.stdout.contains("sk-deepseek-1234567890"));
    let back = t.home.path().join("exported.yaml");
    std::fs::write(&back, &exported.stdout).expect("write");
    t.env("DEEPSEEK_API_KEY", "sk-deepseek-1234567890");
    t.env("GATEWAY_KEY_CI", "gw-ci-$(touch /tmp/x)'\"");
    let console = t.run(&["console", "password", "--show"]).ok().stdout;
    t.env("CONSOLE_PASSWORD", console.trim());
    t.run(&["apply", "-f", back.to_str().expect("path"), "--yes"])
        .ok()
        .stdout_has("no changes");
    assert_eq!(stamps(&t), before);

    // --prune: a key the file lacks is kept, then removed.
    t.run(&["keys", "add", "extra"]).ok();
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("key extra kept (not in the file)");
    t.run(&["apply", "-f", f, "--yes", "--prune"])
        .ok()
        .stdout_has("- key extra");
    assert!(!t.file(KEYAUTH).contains("extra"));
}

#[test]
fn every_error_leaves_the_files_as_they_were() {
    let mut t = Test::new();
    t.start(&["--deepseek-key", "sk-deepseek-1234567890"]).ok();
    t.env("DS_KEY", "sk-other-000000000000");
    let before: Vec<String> = [AI_PROXY, ROUTER, CFG].iter().map(|p| t.file(p)).collect();
    let cases = [
        (
            "autoRouting:\n  defaultModle: x\n",
            "did you mean `defaultModel`?",
        ),
        ("autoRouting:\n  defaultModel: 1.10\n", "a number"),
        (
            "providers:\n  deepseek: {key: sk-literal-123456}\n",
            "${VAR}",
        ),
        (
            "providers:\n  deepseek: {key: \"${NOT_SET_ANYWHERE}\"}\n",
            "NOT_SET_ANYWHERE is not set",
        ),
        (
            "providers:\n  moonshoot: {key: \"${DS_KEY}\"}\n",
            "known providers:",
        ),
        (
            "autoRouting:\n  rules:\n    - {pattern: \"a(\", model: m}\n",
            "missing closing )",
        ),
    ];
    for (body, says) in cases {
        let f = file_for(&t, body);
        t.run(&["apply", "-f", f.to_str().expect("path"), "--yes"])
            .fails(1)
            .stderr_has(says);
    }
    let after: Vec<String> = [AI_PROXY, ROUTER, CFG].iter().map(|p| t.file(p)).collect();
    assert_eq!(before, after);
}

#[test]
fn route_add_of_a_rule_already_there_writes_nothing() {
    let t = Test::new();
    t.start(&[]).ok();
    t.run(&["route", "add", "--model", "m", "--pattern", "^p"])
        .ok();
    let before = t.file(ROUTER);
    let reloads = t.reload_count(ROUTER);
    t.run(&["route", "add", "--model", "m", "--pattern", "^p"])
        .ok()
        .stdout_has("already present as rule 0");
    assert_eq!(t.file(ROUTER), before);
    assert_eq!(t.reload_count(ROUTER), reloads);
}
