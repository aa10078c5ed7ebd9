//! Observability: `tracing` on the stand-in (files written, hot-reloaded, `check` clean).

use crate::harness::Test;

const HIGRESS_CONFIG: &str = "/data/configmaps/higress-config.yaml";
const BRIDGE: &str = "/data/mcpbridges/default.yaml";
/// The all-in-one's own higress-config (standalone `config/configmaps/higress-config.yaml`).
const AIO_CONFIG: &str = "apiVersion: v1
kind: ConfigMap
metadata:
  name: higress-config
  namespace: higress-system
  resourceVersion: \"1\"
data:
  higress: |-
    downstream:
      idleTimeout: 180
      maxRequestHeadersKb: 60
    upstream:
      connectionBufferLimits: 10485760
      idleTimeout: 10
  mesh: |-
    accessLogEncoding: TEXT
    accessLogFile: /dev/stdout
    enablePrometheusMerge: true
    ingressControllerMode: \"OFF\"
";

fn put(t: &Test, path: &str, text: &str) {
    let (code, out) = t.exec(&["sh", "-c", "printf '%s' \"$1\" > \"$2\"", "put", text, path]);
    assert_eq!(code, 0, "{out}");
}

fn higress(t: &Test) -> serde_yaml::Value {
    let outer = t.yaml(HIGRESS_CONFIG);
    serde_yaml::from_str(outer["data"]["higress"].as_str().expect("data.higress")).unwrap()
}

fn status(t: &Test) -> serde_json::Value {
    let out = t.run(&["tracing", "status", "--json"]).ok();
    serde_json::from_str(&out.stdout).expect("tracing status --json")
}

#[test]
fn o11y_tracing_enable_status_disable_and_check() {
    let t = Test::new();
    t.start(&[]).ok();
    put(&t, HIGRESS_CONFIG, AIO_CONFIG);
    assert_eq!(status(&t)["configured"], false);
    let (config_before, bridge_before) = (t.reload_count(HIGRESS_CONFIG), t.reload_count(BRIDGE));
    t.run(&[
        "tracing",
        "enable",
        "--otlp",
        "otel.example.com:4317",
        "--sampling",
        "20",
        "--timeout",
        "800",
    ])
    .ok()
    .stdout_has("Tracing on");
    t.wait_reload(HIGRESS_CONFIG, config_before);
    t.wait_reload(BRIDGE, bridge_before);
    let h = higress(&t);
    assert_eq!(h["tracing"]["enable"], true);
    assert_eq!(h["tracing"]["sampling"], 20);
    assert_eq!(h["tracing"]["timeout"], 800);
    assert_eq!(
        h["tracing"]["opentelemetry"]["service"],
        "otel-collector.dns"
    );
    // A string, as the controller's struct wants it.
    assert_eq!(h["tracing"]["opentelemetry"]["port"], "4317");
    assert_eq!(h["downstream"]["idleTimeout"], 180);
    let outer = t.yaml(HIGRESS_CONFIG);
    assert!(
        outer["data"]["mesh"]
            .as_str()
            .unwrap()
            .contains("enablePrometheusMerge: true")
    );
    let regs = t.yaml(BRIDGE)["spec"]["registries"].clone();
    let otel = regs
        .as_sequence()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "otel-collector")
        .expect("the collector's registry");
    assert_eq!(otel["type"], "dns");
    assert_eq!(otel["domain"], "otel.example.com");
    assert_eq!(otel["port"], 4317);
    assert!(
        regs.as_sequence()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "higress-console")
    );
    t.run(&["check"]).ok();
    let s = status(&t);
    assert_eq!(
        (s["enabled"].clone(), s["accepted"].clone()),
        (true.into(), true.into())
    );

    t.run(&["tracing", "disable"]).ok();
    let s = status(&t);
    assert_eq!(
        (s["configured"].clone(), s["enabled"].clone()),
        (true.into(), false.into())
    );
    assert_eq!(higress(&t)["tracing"]["opentelemetry"]["port"], "4317");

    // Refused before anything is written, with the controller's words.
    t.run(&[
        "tracing",
        "enable",
        "--zipkin",
        "z.example.com:9411",
        "--sampling",
        "101",
    ])
    .fails(1)
    .stderr_has("sampling must be in (0.0 - 100.0)");
    t.run(&["tracing", "enable", "--zipkin", "http://z:9411"])
        .fails(1);
    assert_eq!(higress(&t)["tracing"]["enable"], false);

    // A block the controller would ignore: `check` and `status` say so.
    let bad = AIO_CONFIG.replace(
        "    downstream:\n",
        "    tracing:\n      enable: true\n      zipkin: {service: z.dns, port: 9411}\n    downstream:\n",
    );
    put(&t, HIGRESS_CONFIG, &bad);
    t.run(&["check"])
        .fails(1)
        .stdout_has("where the controller wants a string");
    t.run(&["tracing", "status"]).fails(1);
}

const PROM_BEFORE: &str = include_str!("../fixtures/prometheus/before.prom");
const PROM_AFTER: &str = include_str!("../fixtures/prometheus/after.prom");
const QWEN: &str = "outbound|443||llm-qwen.internal.dns";

/// The stand-in's metrics serve `/data/standin-prom/N.prom` to read N (the last file after).
fn serve_prometheus(t: &Test, texts: &[&str]) {
    let (code, out) = t.exec(&[
        "sh",
        "-c",
        "rm -rf /data/standin-prom /var/log/standin/metrics-reads.log && mkdir -p /data/standin-prom",
    ]);
    assert_eq!(code, 0, "{out}");
    for (i, text) in texts.iter().enumerate() {
        put(t, &format!("/data/standin-prom/{i}.prom"), text);
    }
}

fn group<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {report}"))
}

fn close(v: &serde_json::Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-6, "{got} != {want}");
}

#[test]
fn o11y_metrics_json_matches_hand_computed_rates_and_quantiles() {
    let t = Test::new();
    t.start(&[]).ok();
    serve_prometheus(&t, &[PROM_BEFORE, PROM_AFTER]);
    let out = t.run(&["metrics", "--json", "--interval", "0.5"]).ok();
    let report: serde_json::Value = serde_json::from_str(&out.stdout).expect("metrics --json");
    assert_eq!(report["by"], "provider");
    assert!(
        report["source"].as_str().unwrap().starts_with("exec"),
        "{report}"
    );
    let qwen = group(&report, QWEN);
    // 40 requests in 0.5 s; 4 of them 4xx, 6 5xx; p50 = 100 + 400 * 16 / 20.
    close(&qwen["requests_per_second"], 80.0);
    close(&qwen["error_share_4xx"], 0.1);
    close(&qwen["error_share_5xx"], 0.15);
    close(&qwen["p50_ms"], 420.0);
    close(&qwen["p95_ms"], 1000.0);
    close(&qwen["mean_first_token_ms"], 100.0);
    close(&qwen["input_tokens_per_second"], 1600.0);
    let deepseek = group(&report, "outbound|443||llm-deepseek.internal.dns");
    close(&deepseek["requests_per_second"], 20.0);
    close(&deepseek["p50_ms"], 150.0);

    serve_prometheus(&t, &[PROM_BEFORE, PROM_AFTER]);
    let out = t
        .run(&["metrics", "--json", "--by", "model", "--interval", "0.5"])
        .ok();
    let report: serde_json::Value = serde_json::from_str(&out.stdout).expect("--by model");
    let turbo = group(&report, "qwen-turbo");
    close(&turbo["requests_per_second"], 20.0);
    close(&turbo["mean_latency_ms"], 600.0);
    close(&turbo["output_tokens_per_second"], 800.0);
    assert!(turbo["p50_ms"].is_null());
    assert!(report["note"].as_str().unwrap().contains("no percentiles"));
}

#[test]
fn o11y_metrics_watch_prints_one_line_per_interval_without_a_terminal() {
    let t = Test::new();
    t.start(&[]).ok();
    serve_prometheus(&t, &[PROM_BEFORE, PROM_AFTER, PROM_AFTER]);
    let out = t
        .run(&["metrics", "--watch", "--count", "3", "--interval", "0.2"])
        .ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    assert!(
        lines[0].contains("llm-qwen.internal 200 req/s 4xx 10.0% 5xx 15.0% p50 420ms"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("llm-qwen.internal 0.0 req/s"),
        "{}",
        lines[1]
    );
    assert!(
        lines.iter().all(|l| l.as_bytes()[2] == b':'),
        "{}",
        out.stdout
    );
    let (_, reads) = t.exec(&["cat", "/var/log/standin/metrics-reads.log"]);
    assert_eq!(
        reads.lines().count(),
        4,
        "one read per interval and one before"
    );
}

#[test]
fn o11y_metrics_watch_redraws_on_a_terminal() {
    use expectrl::Expect;
    let t = Test::new();
    t.start(&[]).ok();
    serve_prometheus(&t, &[PROM_BEFORE, PROM_AFTER]);
    let mut cmd = t.command(&[
        "metrics",
        "--watch",
        "--count",
        "2",
        "--interval",
        "0.5",
        "--container-name",
        t.name.as_str(),
    ]);
    cmd.env("TERM", "xterm");
    let mut session = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    // Clear and home, the table, then the same again for the second interval.
    for rps in ["80.0", "0.0"] {
        session.expect("\x1b[2J\x1b[H").expect("a clear screen");
        session.expect("PROVIDER").expect("the header");
        session
            .expect(expectrl::Regex(format!(
                r"llm-qwen\.internal +{} ",
                rps.replace('.', r"\.")
            )))
            .unwrap_or_else(|e| panic!("{rps} req/s: {e}"));
    }
    session.expect("Ctrl-C to stop").expect("the footer");
    session
        .expect(expectrl::Eof)
        .expect("the end after --count 2");
}

/// `doctor`'s o11y row: (level, detail, fix).
fn doctor_o11y(t: &Test) -> (String, String, String) {
    let out = t.run(&["doctor", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("doctor --json");
    let rows = doc["checks"].as_array().cloned().unwrap_or_default();
    let row = rows
        .iter()
        .find(|r| r["check"] == "o11y")
        .unwrap_or_else(|| panic!("no o11y row: {doc}"));
    let text = |k: &str| row[k].as_str().unwrap_or_default().to_string();
    (text("level"), text("detail"), text("fix"))
}

#[test]
fn o11y_start_and_upgrade_choose_the_o11y_tag_publish_metrics_and_roll_back() {
    use crate::backup::{Pushed, Variant, image_of};
    use crate::harness::free_ports;
    let t = Test::new();
    let images = Pushed::new(
        &t,
        &[
            ("v1", Variant::Standin),
            ("v1-o11y", Variant::Standin),
            ("v2-o11y", Variant::Broken),
        ],
    );
    let repo = images.repo.clone();
    let flags = images.flags(&t, "v1");
    let metrics = free_ports(1)[0].to_string();
    let mut args = vec!["start", "--non-interactive", "--o11y", "--metrics-port"];
    args.push(&metrics);
    args.extend(flags.iter().map(String::as_str));
    t.run(&args).ok();
    assert_eq!(image_of(&t), format!("{repo}:v1-o11y"));
    let grafana = format!("http://localhost:{}/grafana/", t.console());
    let status: serde_json::Value =
        serde_json::from_str(&t.run(&["status", "--json"]).ok().stdout).unwrap();
    assert_eq!(status["grafana"], grafana.as_str());
    assert_eq!(status["metrics_port"], format!("127.0.0.1:{metrics}"));
    t.run(&["status"])
        .ok()
        .stdout_has("after the console login");
    assert_eq!(t.run(&["dashboard"]).ok().stdout.trim(), grafana);
    // The stand-in runs none of the stack: doctor asks (one exec) and says so, with the fix.
    let (level, detail, fix) = doctor_o11y(&t);
    assert_eq!(level, "warn", "{detail}");
    assert_eq!(
        detail,
        "Grafana, Prometheus, Loki not answering inside the container"
    );
    assert!(fix.contains("wait a minute"), "{fix}");
    // Through the published port, not an exec.
    serve_prometheus(&t, &[PROM_BEFORE, PROM_AFTER]);
    let out = t.run(&["metrics", "--json", "--interval", "0.5"]).ok();
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(
        report["source"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:"),
        "{report}"
    );
    close(&group(&report, QWEN)["requests_per_second"], 80.0);

    t.run(&["upgrade", "--no-o11y"]).ok();
    assert_eq!(image_of(&t), format!("{repo}:v1"));
    t.run(&["dashboard"]).fails(1).stderr_has("upgrade --o11y");
    let (level, detail, _) = doctor_o11y(&t);
    assert_eq!(
        (level.as_str(), detail.starts_with("not this image")),
        ("ok", true)
    );

    // A broken -o11y image: upgrade's rollback brings back the plain one, port and all.
    let out = t
        .run(&[
            "upgrade",
            "--o11y",
            "--image-tag",
            "v2",
            "--wait-timeout",
            "60",
        ])
        .fails(1);
    assert!(
        out.stderr.contains(&format!("{repo}:v2-o11y")),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("rolled back"), "{}", out.stderr);
    assert_eq!(image_of(&t), format!("{repo}:v1"));

    let out = t.run(&["upgrade", "--o11y", "--json"]).ok();
    let result: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(result["image"], format!("{repo}:v1-o11y"));
    assert_eq!(image_of(&t), format!("{repo}:v1-o11y"));
    let status: serde_json::Value =
        serde_json::from_str(&t.run(&["status", "--json"]).ok().stdout).unwrap();
    assert_eq!(status["metrics_port"], format!("127.0.0.1:{metrics}"));
}

#[test]
fn o11y_metrics_port_on_an_existing_gateway_goes_through_upgrade() {
    let t = Test::new();
    t.start(&[]).ok();
    let metrics = crate::harness::free_ports(1)[0].to_string();
    let _cleanup = crate::backup::Cleanup {
        containers: [format!("{}-pre-upgrade", t.name), t.name.clone()],
        tags: Vec::new(),
    };
    t.run(&["upgrade", "--metrics-port", &metrics]).ok();
    let status: serde_json::Value =
        serde_json::from_str(&t.run(&["status", "--json"]).ok().stdout).unwrap();
    assert_eq!(status["metrics_port"], format!("127.0.0.1:{metrics}"));
    assert!(status["grafana"].is_null());
}
