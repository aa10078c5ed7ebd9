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
