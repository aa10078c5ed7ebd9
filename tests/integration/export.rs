//! `export`: golden files for a fixed data folder, schema validation of every emitted
//! object, and a round trip through a running stand-in gateway.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml::Value;

use get_ai_gateway::gateway::{AI_PROXY, MODEL_ROUTER};

use crate::harness::{Output, Test};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const CRDS: &str = "reference/helm/crds/customresourcedefinitions.gen.yaml";

fn fixture(rel: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/export").join(rel)
}

/// The Higress CRDs: from `shared/` beside the repository when it is there (then the copy
/// in tests/fixtures must equal it), else the copy.
fn crds() -> PathBuf {
    let copy = fixture("crds.gen.yaml");
    let shared = Path::new(ROOT).join("../shared").join(CRDS);
    if shared.is_file() {
        assert_eq!(
            std::fs::read(&shared).unwrap(),
            std::fs::read(&copy).unwrap(),
            "tests/fixtures/export/crds.gen.yaml differs from {}: copy it again",
            shared.display()
        );
        return shared;
    }
    copy
}

/// Validate every object of `manifests` against its schema; per-kind counts.
fn validate(manifests: &Path) -> BTreeMap<String, usize> {
    let python = std::env::var("GET_AI_GATEWAY_TEST_PYTHON").unwrap_or_else(|_| {
        panic!("GET_AI_GATEWAY_TEST_PYTHON is not set: source tests/setup.d/40-export.sh")
    });
    let out = Command::new(&python)
        .arg(Path::new(ROOT).join("tests/validate_manifests.py"))
        .arg(crds())
        .arg(manifests)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.ends_with("ok\n"),
        "{} does not validate:\n{stdout}{}",
        manifests.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    eprint!("{}: {stdout}", manifests.display());
    stdout
        .lines()
        .filter_map(|l| {
            let mut parts = l.split(' ');
            let n = parts.next()?.parse().ok()?;
            Some((parts.collect::<Vec<_>>().join(" "), n))
        })
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn docs(path: &Path) -> Vec<Value> {
    let text = read(path);
    serde_yaml::Deserializer::from_str(&text)
        .map(|d| serde::Deserialize::deserialize(d).expect("a YAML document"))
        .collect()
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

fn names(objects: &[Value], kind: &str) -> BTreeSet<String> {
    objects
        .iter()
        .filter(|o| o["kind"] == kind)
        .filter_map(|o| o["metadata"]["name"].as_str().map(str::to_string))
        .collect()
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Compare `dir`'s files with the golden ones (GET_AI_GATEWAY_BLESS=1 rewrites them).
fn golden(dir: &Path, expected: &str, files: &[&str]) {
    let want_dir = fixture(expected);
    for f in files {
        let got = read(&dir.join(f));
        if std::env::var_os("GET_AI_GATEWAY_BLESS").is_some() {
            std::fs::create_dir_all(&want_dir).unwrap();
            std::fs::write(want_dir.join(f), &got).unwrap();
        }
        let want = read(&want_dir.join(f));
        assert!(
            got == want,
            "{f} differs from tests/fixtures/export/{expected}/{f} (GET_AI_GATEWAY_BLESS=1 \
             rewrites it):\n{got}"
        );
    }
    let present: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let wanted: BTreeSet<String> = files.iter().map(|f| f.to_string()).collect();
    assert_eq!(present, wanted, "files in {}", dir.display());
}

/// `export --data-folder <fixture> --out out extra…` (no container runs by that name).
fn export_folder(t: &Test, data: &Path, out: &Path, extra: &[&str]) -> Output {
    let (data, out) = (data.to_str().unwrap(), out.to_str().unwrap());
    let mut args = vec!["export", "--data-folder", data, "--out", out];
    args.extend_from_slice(extra);
    t.run(&args)
}

#[test]
fn golden_export_of_a_data_folder_without_docker() {
    let t = Test::new();
    let data = fixture("data");
    let out = t.home.path().join("helm");
    export_folder(&t, &data, &out, &[])
        .ok()
        .stdout_has("kubectl apply -f manifests.yaml");
    let helm_files = ["README.md", "manifests.yaml", "values.yaml"];
    golden(&out, "expected/helm", &helm_files);
    assert_eq!(mode(&out.join("manifests.yaml")), 0o600);
    assert_eq!(mode(&out.join("values.yaml")), 0o644);
    // A second export diffs clean.
    let before = read(&out.join("manifests.yaml"));
    export_folder(&t, &data, &out, &[]).ok();
    golden(&out, "expected/helm", &helm_files);
    let counts = validate(&out.join("manifests.yaml"));
    assert_eq!(
        counts,
        BTreeMap::from([
            ("extensions.higress.io/v1alpha1 WasmPlugin".to_string(), 3),
            ("networking.higress.io/v1 McpBridge".to_string(), 1),
            ("networking.k8s.io/v1 Ingress".to_string(), 20),
            ("v1 ConfigMap".to_string(), 20),
        ])
    );

    let k8s = t.home.path().join("k8s");
    #[rustfmt::skip]
    let extra = ["--format", "k8s", "--secrets", "redact", "--plugin-server", "--namespace", "ai-gw"];
    export_folder(&t, &data, &k8s, &extra).ok();
    golden(&k8s, "expected/k8s-redact", &["manifests.yaml"]);
    assert_eq!(mode(&k8s.join("manifests.yaml")), 0o644);
    validate(&k8s.join("manifests.yaml"));
    no_key_in(&k8s, &fixture_keys());

    // --out - prints the manifests alone.
    let printed = export_folder(&t, &data, Path::new("-"), &["--format", "k8s"]);
    assert_eq!(printed.ok().stdout, before);
}

/// The keys in the fixture's default.cfg.
fn fixture_keys() -> Vec<String> {
    read(&fixture("data/default.cfg"))
        .lines()
        .filter(|l| l.contains("_KEY="))
        .filter_map(|l| l.split_once('=').map(|(_, v)| v.to_string()))
        .collect()
}

/// No file in `dir` holds any of `keys`.
fn no_key_in(dir: &Path, keys: &[String]) {
    assert!(!keys.is_empty());
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = read(&path);
        for key in keys {
            assert!(!text.contains(key.as_str()), "{key} in {}", path.display());
        }
    }
}

#[test]
fn refused_flags_say_why() {
    let t = Test::new();
    let data = fixture("data");
    let out = t.home.path().join("x");
    export_folder(&t, &data, &out, &["--secrets", "secret"])
        .fails(1)
        .stderr_has("Kubernetes Secret")
        .stderr_has("--secrets redact");
    export_folder(&t, &data, Path::new("-"), &[])
        .fails(1)
        .stderr_has("--format k8s");
    export_folder(&t, &data, &out, &["--namespace", "Bad_NS"])
        .fails(1)
        .stderr_has("namespace");
    export_folder(&t, &data, &out, &["--registry", "https://r"])
        .fails(1)
        .stderr_has("registry host");
    let empty = t.home.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    export_folder(&t, &empty, &out, &[])
        .fails(1)
        .stderr_has("no ai-proxy WasmPlugin");
    assert!(!out.exists());
}

/// What the round trip sets up after `start`: a provider the template did not make, rules.
#[rustfmt::skip]
const SETUP: &[&[&str]] = &[
    &["config", "add", "--provider", "groq", "--key", "gsk-groq-roundtrip-3333"],
    &["route", "add", "--model", "deepseek-reasoner", "--trigger", "deep thinking|深入思考"],
    &["route", "add", "--model", "qwen-max", "--pattern", "(?i)translate"],
];

/// `export --out dir extra…`, which must succeed; the objects of its manifests.
fn export_to(t: &Test, dir: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["export", "--out", dir.to_str().expect("a UTF-8 path")];
    args.extend_from_slice(extra);
    t.run(&args).ok();
    docs(&dir.join("manifests.yaml"))
}

#[test]
fn round_trip_from_a_running_gateway() {
    let t = Test::new();
    t.start(&[
        "--dashscope-key",
        "sk-dash-roundtrip-1111",
        "--deepseek-key",
        "sk-deep-roundtrip-2222",
        "--auto-routing",
        "--auto-routing-default-model",
        "qwen-turbo",
    ])
    .ok();
    for args in SETUP {
        t.run(args).ok();
    }
    let keys = [
        "sk-dash-roundtrip-1111",
        "sk-deep-roundtrip-2222",
        "gsk-groq-roundtrip-3333",
    ];

    let out = t.home.path().join("export");
    let objects = export_to(&t, &out, &["--registry", "reg.example.com"]);
    let proxy_file = t.yaml(AI_PROXY);
    let proxy = find(&objects, "WasmPlugin", "ai-proxy.internal");
    // Exactly the providers and keys of the gateway, the tool-created Groq among them.
    assert_eq!(
        proxy["spec"]["defaultConfig"]["providers"],
        proxy_file["spec"]["defaultConfig"]["providers"]
    );
    assert_eq!(
        proxy["spec"]["matchRules"],
        proxy_file["spec"]["matchRules"]
    );
    let text = read(&out.join("manifests.yaml"));
    for key in keys {
        assert!(text.contains(key), "{key} missing");
    }
    assert_eq!(
        proxy["spec"]["url"],
        "oci://reg.example.com/plugins/ai-proxy:1.0.0"
    );
    // The rules and auto-routing.
    let router = find(&objects, "WasmPlugin", "model-router.internal");
    let router_file = t.yaml(MODEL_ROUTER);
    let auto = &router["spec"]["defaultConfig"]["autoRouting"];
    assert_eq!(auto, &router_file["spec"]["defaultConfig"]["autoRouting"]);
    assert_eq!(auto["defaultModel"], "qwen-turbo");
    assert_eq!(auto["rules"][1]["pattern"], "(?i)translate");
    // Every route and registry, the console's registry left out.
    let listed = |dir: &str, suffix: &str| -> BTreeSet<String> {
        t.exec(&["ls", dir])
            .1
            .lines()
            .filter(|l| l.starts_with("ai-route-"))
            .map(|l| l.trim_end_matches(suffix).to_string())
            .collect()
    };
    assert_eq!(
        names(&objects, "ConfigMap"),
        listed("/data/configmaps", ".yaml")
    );
    assert_eq!(
        names(&objects, "Ingress"),
        listed("/data/ingresses", ".yaml")
    );
    assert!(names(&objects, "Ingress").contains("ai-route-groq.internal"));
    let bridge = find(&objects, "McpBridge", "default");
    let mut registries = t.yaml("/data/mcpbridges/default.yaml")["spec"]["registries"].clone();
    if let Some(list) = registries.as_sequence_mut() {
        list.retain(|r| r["name"] != "higress-console");
    }
    assert_eq!(bridge["spec"]["registries"], registries);
    validate(&out.join("manifests.yaml"));

    // With --data-folder and the container running, the container is read: same export.
    let again = t.home.path().join("again");
    let data = t.data();
    let data = data.to_str().unwrap();
    export_to(
        &t,
        &again,
        &["--registry", "reg.example.com", "--data-folder", data],
    );
    for f in ["manifests.yaml", "values.yaml", "README.md"] {
        assert_eq!(read(&again.join(f)), read(&out.join(f)), "{f}");
    }

    // Redacted: the same providers, placeholders instead of keys, no key anywhere in DIR.
    let redacted = t.home.path().join("redacted");
    let objects = export_to(&t, &redacted, &["--secrets", "redact"]);
    let proxy = find(&objects, "WasmPlugin", "ai-proxy.internal");
    let groq = proxy["spec"]["defaultConfig"]["providers"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "groq")
        .expect("groq");
    assert_eq!(groq["apiTokens"][0], "YOUR_GROQ_API_KEY");
    no_key_in(&redacted, &keys.map(str::to_string));
}
